// Progress is computed once per (indicator, asOf): one map per dataset and as-of date, the last few kept.
import type { Dataset } from '../domain/dataset-schema';
import type { Progress } from '../domain/progress-types';
import { isoToDate } from './dates';
import { computeProgress } from './progress-source';

/** A failed computation is kept as an error so the panel can show it in its own error boundary. */
export type ProgressEntry = { ok: true; progress: Progress } | { ok: false; error: Error };
export type ProgressMap = ReadonlyMap<string, ProgressEntry>;

const KEEP = 4;
const cache = new WeakMap<Dataset, Map<string, ProgressMap>>();

export function progressMap(dataset: Dataset, asOf: string): ProgressMap {
  let perDate = cache.get(dataset);
  if (!perDate) {
    perDate = new Map();
    cache.set(dataset, perDate);
  }
  const hit = perDate.get(asOf);
  if (hit) return hit;
  const date = isoToDate(asOf);
  const map = new Map<string, ProgressEntry>();
  for (const indicator of dataset.indicators) {
    try {
      map.set(indicator.id, { ok: true, progress: computeProgress(indicator, date) });
    } catch (e) {
      map.set(indicator.id, { ok: false, error: e instanceof Error ? e : new Error(String(e)) });
    }
  }
  perDate.set(asOf, map);
  if (perDate.size > KEEP) perDate.delete(perDate.keys().next().value!);
  return map;
}
