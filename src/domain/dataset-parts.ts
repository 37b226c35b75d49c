// A dataset split in parts (schema version 3, src/domain/catalogue/split-dataset.ts) put back together, and
// when its first part may stand for the first screen. Pure: the app, the snapshot's renderer and the tools
// all join parts this way.
import type { Dataset, DatasetHead, DatasetPart } from './dataset-schema';

/** indicators.json is a head (it lists part files) rather than a dataset with its indicators inline. */
export function isDatasetHead(json: unknown): json is { parts: unknown[] } {
  return !!json && typeof json === 'object' && Array.isArray((json as { parts?: unknown }).parts);
}

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

/**
 * The first part is the top of the default view as of `day`: the build ordered it on a day from which no
 * status of any indicator changes before `day` (and none could have been judged before the build day).
 */
export function orderHolds(order: DatasetHead['order'], day: string): boolean {
  return order.asOf <= day && (order.until === null || day < order.until);
}
