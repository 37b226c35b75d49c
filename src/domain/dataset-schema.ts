// The dataset contract (public/data/indicators.json): one zod schema, used by the build to check what it
// writes and by the app to check what it loads. Field names are stable; new fields may be added.
import { z } from 'zod';
import { MENTION_CLASSES, QUALIFIERS, UNITS } from './types';

export const SCHEMA_VERSION = 1;

export const PERIOD_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const localizedSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const regionSchema = z.object({
  id: z.string().min(1),
  name: localizedSchema,
  parent: z.string().min(1).optional(),
});

export const topicSchema = z.object({ id: z.string().min(1), name: localizedSchema });

export const documentSchema = z.object({
  id: z.string().min(1),
  file: z.string().regex(/^seeds\/.+\.txt$/),
  title: z.string().min(1),
  issuer: z.string().min(1),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  region: z.string().min(1),
  kind: z.string().min(1),
  /** The normalised text that every quote offset points into. */
  text: z.string(),
});

export const sourceSchema = z.object({
  document: z.string().min(1),
  quote: z.string().min(1),
  offset: z.number().int().nonnegative(),
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

export const observationSchema = z.object({
  role: z.enum(['actual', 'target']),
  period: z.string().regex(PERIOD_RE),
  value: z.number().finite(),
  qualifier: z.enum(QUALIFIERS),
  basis: z.enum(BASES),
  /** For flows and growth rates: the first period of the window the value covers (e.g. 2024 for 2024—2027). */
  since: z.string().regex(PERIOD_RE).optional(),
  note: z.string().optional(),
  /** true for figures a user imported in the browser (never set by the build). */
  userSupplied: z.boolean().optional(),
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
  id: z.string().min(1),
  name: localizedSchema,
  region: z.string().min(1),
  topic: z.string().min(1),
  unit: z.enum(UNITS),
  measure: z.enum(MEASURES),
  direction: z.enum(['increase', 'decrease']),
  note: z.string().optional(),
  observations: z.array(observationSchema),
});

export const mentionStatusSchema = z.enum(['used', 'ignored', 'unreviewed']);

export const datasetMentionSchema = z.object({
  document: z.string().min(1),
  offset: z.number().int().nonnegative(),
  text: z.string(),
  value: z.number().nullable(),
  unit: z.enum(UNITS).nullable(),
  qualifier: z.enum(QUALIFIERS),
  class: z.enum(MENTION_CLASSES),
  period: z.string().optional(),
  status: mentionStatusSchema,
  /** Why an ignored mention is not a figure (from data/ignored.csv, or its class). */
  reason: z.string().optional(),
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(documentSchema),
  regions: z.array(regionSchema),
  topics: z.array(topicSchema),
  indicators: z.array(indicatorSchema),
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
