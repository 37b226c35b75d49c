// A dataset split in parts (schema version 3, src/domain/catalogue/split-dataset.ts): the schemas of the head
// that indicators.json then is and of a part file, and the parts put back together. Apart from
// dataset-schema.ts because only a dataset in parts needs them: the app loads them with the chunk that loads
// parts (src/data/load-parts.ts), off the first screen's critical path (docs/boot.md).
import * as z from 'zod/mini';
import { ISO_DATE_RE } from './period';
import {
  type Dataset,
  documentSchema,
  indicatorSchema,
  matching,
  regionSchema,
  SCHEMA_VERSION,
  topicSchema,
} from './dataset-schema';

const isoDate = () => matching(ISO_DATE_RE, 'a date YYYY-MM-DD');

/** A part file of a split dataset, as the head lists it. */
export const partRefSchema = z.object({
  /** Relative to the dataset's own URL; named for its content. */
  file: matching(/^parts\/[\w.-]+\.json$/, "'parts/<name>.json'"),
  /** How many indicators it holds. */
  indicators: z.int().check(z.positive('must be positive')),
});

/** indicators.json of a dataset split in parts (version 3): no indicators, no documents of its own. */
export const datasetHeadSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  regions: z.array(regionSchema),
  topics: z.array(topicSchema),
  /** Indicators and documents in all the parts together. */
  indicatorCount: z.int().check(z.nonnegative('must not be negative')),
  documentCount: z.int().check(z.nonnegative('must not be negative')),
  /**
   * The first part's order: the default view (sort by status, no filters, no imported figures) as of `asOf`,
   * the build day; true for every as-of date before `until` (exclusive; null: ever after), as the snapshot's
   * window (src/domain/snapshot-window.ts) over the whole dataset.
   */
  order: z.object({ sort: z.literal('status'), asOf: isoDate(), until: z.nullable(isoDate()) }),
  parts: z.array(partRefSchema).check(z.minLength(1, 'must list at least one part')),
});

/** One part file: its indicators, and the documents they are the first to cite (the last: every other one). */
export const datasetPartSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(documentSchema),
  indicators: z.array(indicatorSchema),
});

export type PartRef = z.infer<typeof partRefSchema>;
export type DatasetHead = z.infer<typeof datasetHeadSchema>;
export type DatasetPart = z.infer<typeof datasetPartSchema>;

/** The dataset the head and these parts make (all of them: the whole; the first: what the first screen shows). */
export function joinParts(head: DatasetHead, parts: readonly DatasetPart[]): Dataset {
  return {
    schemaVersion: head.schemaVersion,
    documents: parts.flatMap((p) => p.documents),
    regions: head.regions,
    topics: head.topics,
    indicators: parts.flatMap((p) => p.indicators),
  };
}
