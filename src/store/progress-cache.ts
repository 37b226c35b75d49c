// Progress is computed once per (indicator, asOf, imported figures): one map per dataset, imports and as-of
// date, the last few dates kept.
import type { Dataset, Indicator, Observation } from '../domain/dataset-schema';
import type { Progress } from '../domain/progress-types';
import { isoToDate } from '../domain/period';
import { computeProgress, progressContext } from '../domain/progress';
import type { ProgressContext } from '../domain/progress-types';

/** A failed computation is kept as an error so the panel can show it in its own error boundary. */
export type ProgressEntry = { ok: true; progress: Progress } | { ok: false; error: Error };
export type ProgressMap = ReadonlyMap<string, ProgressEntry>;

const KEEP = 4;
export type ExtraObservations = ReadonlyMap<string, readonly Observation[]>;
const NO_EXTRA: ExtraObservations = new Map();
const cache = new WeakMap<Dataset, WeakMap<ExtraObservations, Map<string, ProgressMap>>>();

function datesFor(dataset: Dataset, extra: ExtraObservations): Map<string, ProgressMap> {
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
  return perDate;
}

function keep(perDate: Map<string, ProgressMap>, asOf: string, map: ProgressMap): ProgressMap {
  perDate.set(asOf, map);
  if (perDate.size > KEEP) perDate.delete(perDate.keys().next().value!);
  return map;
}

const contexts = new WeakMap<Dataset, ProgressContext>();
/** The documents' publication dates, once per dataset. */
function contextOf(dataset: Dataset): ProgressContext {
  let c = contexts.get(dataset);
  if (!c) contexts.set(dataset, (c = progressContext(dataset.documents)));
  return c;
}

function entry(
  indicator: Indicator,
  date: Date,
  extra: ExtraObservations,
  context: ProgressContext,
): ProgressEntry {
  try {
    const own = [...(extra.get(indicator.id) ?? [])];
    return { ok: true, progress: computeProgress(indicator, date, own, context) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e : new Error(String(e)) };
  }
}

export function progressMap(
  dataset: Dataset,
  asOf: string,
  extra: ExtraObservations = NO_EXTRA,
): ProgressMap {
  const perDate = datesFor(dataset, extra);
  const hit = perDate.get(asOf);
  if (hit) return hit;
  const date = isoToDate(asOf);
  const map = new Map<string, ProgressEntry>();
  const context = contextOf(dataset);
  for (const indicator of dataset.indicators) map.set(indicator.id, entry(indicator, date, extra, context));
  return keep(perDate, asOf, map);
}

/** Indicators computed per slice by prepareProgressMap: a few milliseconds of work on a slow machine. */
export const PROGRESS_SLICE = 100;

/**
 * progressMap computed PROGRESS_SLICE indicators at a time with `pause()` between slices, and cached: the
 * first render that needs every indicator's status (thousands of them) then finds it ready instead of
 * computing it in one long task.
 */
export async function prepareProgressMap(
  dataset: Dataset,
  asOf: string,
  extra: ExtraObservations,
  pause: () => Promise<void>,
): Promise<ProgressMap> {
  const perDate = datesFor(dataset, extra);
  const date = isoToDate(asOf);
  const map = new Map<string, ProgressEntry>();
  const all = dataset.indicators;
  const context = contextOf(dataset);
  for (let start = 0; start < all.length; start += PROGRESS_SLICE) {
    await pause();
    for (const indicator of all.slice(start, start + PROGRESS_SLICE))
      map.set(indicator.id, entry(indicator, date, extra, context));
  }
  return perDate.get(asOf) ?? keep(perDate, asOf, map);
}
