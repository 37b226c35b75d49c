// Whether indicators.json is the head of a dataset in parts (schema version 3), and when that dataset's first
// part may stand for the first screen. Tiny and apart from dataset-parts.ts (the parts' schemas and joining):
// the page needs only these two before it knows it has a dataset in parts (docs/boot.md).
import type { DatasetHead } from './dataset-schema';

/** indicators.json is a head (it lists part files) rather than a dataset with its indicators inline. */
export function isDatasetHead(json: unknown): json is { parts: unknown[] } {
  return !!json && typeof json === 'object' && Array.isArray((json as { parts?: unknown }).parts);
}

/**
 * The first part is the top of the default view as of `day`: the build ordered it on a day from which no
 * status of any indicator changes before `day` (and none could have been judged before the build day).
 */
export function orderHolds(order: DatasetHead['order'], day: string): boolean {
  return order.asOf <= day && (order.until === null || day < order.until);
}
