// Progress is computed once per (indicator, asOf, imported figures): one map per dataset, imports and as-of
// date, the last few dates kept.
import type { Dataset, Observation } from '../domain/dataset-schema';
import type { Progress } from '../domain/progress-types';
import { isoToDate } from './dates';
import { computeProgress } from './progress-source';

/** A failed computation is kept as an error so the panel can show it in its own error boundary. */
export type ProgressEntry = { ok: true; progress: Progress } | { ok: false; error: Error };
export type ProgressMap = ReadonlyMap<string, ProgressEntry>;

const KEEP = 4;
export type ExtraObservations = ReadonlyMap<string, readonly Observation[]>;
const NO_EXTRA: ExtraObservations = new Map();
const cache = new WeakMap<Dataset, WeakMap<ExtraObservations, Map<string, ProgressMap>>>();

export function progressMap(
  dataset: Dataset,
  asOf: string,
  extra: ExtraObservations = NO_EXTRA,
): ProgressMap {
  let perExtra = cache.get(dataset);
  if (!perExtra) {
    perExtra = new WeakMap();
    cache.set(dataset, perExtra);
  }
  let perDate = perExtra.get(extra);
  if (!perDate) {
    perDate = new Map();
    perExtra.set(extra, perDate);
  }
  const hit = perDate.get(asOf);
  if (hit) return hit;
  const date = isoToDate(asOf);
  const map = new Map<string, ProgressEntry>();
  for (const indicator of dataset.indicators) {
    try {
      map.set(indicator.id, {
        ok: true,
        progress: computeProgress(indicator, date, [...(extra.get(indicator.id) ?? [])]),
      });
    } catch (e) {
      map.set(indicator.id, { ok: false, error: e instanceof Error ? e : new Error(String(e)) });
    }
  }
  perDate.set(asOf, map);
  if (perDate.size > KEEP) perDate.delete(perDate.keys().next().value!);
  return map;
}
