// The dataset contract (public/data/indicators.json and its document files): one zod schema, used by the build
// to check what it writes and by the app to check what it loads. Field names are stable; new fields may be added.
// Version 2 splits the dataset: indicators.json holds what the panels need; each document's text and mentions
// are in a file of their own (documents[].textFile), loaded when its provenance panel opens. A dataset that
// carries them inline (documents[].text, mentions) is valid too: one file for tests, golden files and exports.
// Version 3 splits the indicators too, for a dataset larger than its first screen: indicators.json is then a
// head (regions, topics, counts, the first part's order and the list of part files), and the documents'
// metadata and the indicators are in parts/<n>.<hash>.json, the first part holding what the first screen shows
// (src/domain/catalogue/split-dataset.ts; their schemas and joining: dataset-parts.ts). A smaller dataset stays one
// file, indicators inline (versions 2 and 3 alike).
// zod/mini: the same validator core as zod, tree-shakable, so the app's first paint does not carry all of zod.
import * as z from 'zod/mini';
import { ISO_DATE_RE, PERIOD_RE } from './period';
import { SEED_FILE_RE, SEED_FILE_SHAPE } from './text/seed-formats';
import { MENTION_CLASSES, QUALIFIERS, UNITS, type Unit } from './types';

export const SCHEMA_VERSION = 3;
/** The versions whose one-file shape (indicators inline) is the same: an inline dataset of either reads. */
const INLINE_VERSIONS = z.literal([2, SCHEMA_VERSION]);

/** Where the built app finds the dataset, relative to its page (the app loads it; the page's starter has it
 *  downloaded early). */
export const DATASET_PATH = 'data/indicators.json';

/** Field values shared by the dataset and the curated CSVs' rows (src/domain/catalogue/rows.ts). */
export const ROLES = ['actual', 'target'] as const;
export const DIRECTIONS = ['increase', 'decrease'] as const;
/** What a document is; the build checks it (rows.ts), the dataset carries it as text. */
export const DOCUMENT_KINDS = ['reply', 'plan', 'notice', 'interpretation'] as const;

export const nonEmpty = () => z.string().check(z.minLength(1, 'must not be empty'));
export const matching = (re: RegExp, what: string) => z.string().check(z.regex(re, `must be ${what}`));

export const localizedSchema = z.object({ zh: nonEmpty(), en: nonEmpty() });

export const regionSchema = z.object({
  id: nonEmpty(),
  name: localizedSchema,
  parent: z.optional(nonEmpty()),
});

export const topicSchema = z.object({ id: nonEmpty(), name: localizedSchema });

export const documentSchema = z.object({
  id: nonEmpty(),
  file: matching(SEED_FILE_RE, SEED_FILE_SHAPE),
  title: nonEmpty(),
  issuer: nonEmpty(),
  published: matching(ISO_DATE_RE, 'a date YYYY-MM-DD'),
  region: nonEmpty(),
  kind: nonEmpty(),
  /** The normalised text that every quote offset points into, when the dataset carries it inline. */
  text: z.optional(z.string()),
  /** Otherwise: its document file (documentFileSchema), relative to the dataset's own URL. */
  textFile: z.optional(matching(/^documents\/[\w.-]+\.json$/, "'documents/<name>.json'")),
});

/** The document id that imported observations carry in `source.document`; no document of the dataset has it. */
export const USER_IMPORT_DOCUMENT = 'user-import';

export const sourceSchema = z.object({
  document: nonEmpty(),
  quote: nonEmpty(),
  offset: z.int().check(z.nonnegative('must not be negative')),
});

/**
 * basis: what the value measures.
 * - 'level': the indicator's own quantity at `period` (a balance, a count, a cumulative total, a share).
 * - 'cagr': an average annual growth rate in percent up to `period` (金融业增加值年均增速8%以上); a target of
 *   this basis becomes an implied level path from the baseline.
 * - 'yoy': a year-on-year growth rate in percent at `period` (同比增长42.4%).
 * - 'growth': a total percent change from `since` to `period` (近两年增长了50%以上).
 */
export const BASES = ['level', 'cagr', 'yoy', 'growth'] as const;
export type Basis = (typeof BASES)[number];

/** The unit an observation's value is in: the indicator's for a level, % for a rate (cagr, yoy, growth). */
export function observationUnit(basis: Basis, indicatorUnit: Unit): Unit {
  return basis === 'level' ? indicatorUnit : '%';
}

/**
 * dated: how the period was found, when not in the quoted sentence or its paragraph. 'assumed': the document
 * gives no date for the figure and the curator chose one (纳入试点范围的企业数从300家增加至2000余家: the 300 is
 * before a dated expansion, its own date unknown). A span, a rate or a trend is never computed from an assumed
 * date; the period is shown marked as assumed.
 */
export const DATINGS = ['assumed'] as const;
export type Dating = (typeof DATINGS)[number];

export const observationSchema = z.object({
  role: z.enum(ROLES),
  period: matching(PERIOD_RE, "a period 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'"),
  // zod numbers refuse NaN and ±Infinity.
  value: z.number(),
  qualifier: z.enum(QUALIFIERS),
  basis: z.enum(BASES),
  /** For flows and growth rates: the first period of the window the value covers (e.g. 2024 for 2024—2027). */
  since: z.optional(matching(PERIOD_RE, "a period 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")),
  note: z.optional(z.string()),
  dated: z.optional(z.enum(DATINGS)),
  /** true for a figure the drafter proposed (a draft row of data/observations.csv) that no curator has reviewed yet: shown 待核. */
  draft: z.optional(z.boolean()),
  /** true for figures a user imported in the browser (never set by the build). */
  userSupplied: z.optional(z.boolean()),
  source: sourceSchema,
});

/**
 * measure: how the indicator accumulates.
 * - 'stock': a balance or count at a moment (贷款余额, 机构数)
 * - 'cumulative': a running total since a start (累计基金总规模, 累计发放)
 * - 'flow': an amount within a period (新增500亿元, 2017年发放37亿元)
 * - 'share': a ratio in percent (占比10%)
 * - 'rate': a growth rate in percent that is itself the indicator
 */
export const MEASURES = ['stock', 'cumulative', 'flow', 'share', 'rate'] as const;
export type Measure = (typeof MEASURES)[number];

export const indicatorSchema = z.object({
  id: nonEmpty(),
  name: localizedSchema,
  region: nonEmpty(),
  topic: nonEmpty(),
  unit: z.enum(UNITS),
  measure: z.enum(MEASURES),
  direction: z.enum(DIRECTIONS),
  note: z.optional(z.string()),
  /** true for an indicator the drafter proposed (a draft row of data/indicators.csv), not yet reviewed: shown 待核. */
  draft: z.optional(z.boolean()),
  observations: z.array(observationSchema),
});

export const mentionStatusSchema = z.enum(['used', 'ignored', 'unreviewed']);

export const datasetMentionSchema = z.object({
  document: nonEmpty(),
  offset: z.int().check(z.nonnegative('must not be negative')),
  text: z.string(),
  value: z.nullable(z.number()),
  unit: z.nullable(z.enum(UNITS)),
  qualifier: z.enum(QUALIFIERS),
  class: z.enum(MENTION_CLASSES),
  period: z.optional(z.string()),
  status: mentionStatusSchema,
  /** Why an ignored mention is not a figure (from data/ignored.csv, or its class). */
  reason: z.optional(z.string()),
});

export const datasetSchema = z.object({
  schemaVersion: INLINE_VERSIONS,
  documents: z.array(documentSchema),
  regions: z.array(regionSchema),
  topics: z.array(topicSchema),
  indicators: z.array(indicatorSchema),
  /** Every mention of every document carried inline; absent when each document's file holds its own. */
  mentions: z.optional(z.array(datasetMentionSchema)),
});

/** One document's file (documents/<id>.<hash>.json beside indicators.json): its text and its mentions. */
export const documentFileSchema = z.object({
  schemaVersion: INLINE_VERSIONS,
  id: nonEmpty(),
  text: z.string(),
  mentions: z.array(datasetMentionSchema),
});

export type Localized = z.infer<typeof localizedSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type SourceDocument = z.infer<typeof documentSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type DatasetMention = z.infer<typeof datasetMentionSchema>;
export type MentionStatus = z.infer<typeof mentionStatusSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type DocumentFile = z.infer<typeof documentFileSchema>;
export type { DatasetHead, DatasetPart, PartRef } from './dataset-parts';
/** A dataset in one piece: every document's text and every mention inline (what the build assembles). */
export type WholeDocument = SourceDocument & { text: string };
export type WholeDataset = Omit<Dataset, 'documents' | 'mentions'> & {
  documents: WholeDocument[];
  mentions: DatasetMention[];
};
