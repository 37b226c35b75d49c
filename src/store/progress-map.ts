// Every indicator's progress at one as-of date, with the user's imported figures: a map by indicator id.
// Pure: the store keeps the maps it computed (src/store/derived.ts).
import type { Dataset, Indicator, Observation } from '../domain/dataset-schema';
import type { Progress } from '../domain/progress-types';
import { isoToDate } from '../domain/period';
import { computeProgress, progressContext } from '../domain/progress';
import type { ProgressContext } from '../domain/progress-types';

/** A failed computation is kept as an error so the panel can show it in its own error boundary. */
export type ProgressEntry = { ok: true; progress: Progress } | { ok: false; error: Error };
export type ProgressMap = ReadonlyMap<string, ProgressEntry>;

export type ExtraObservations = ReadonlyMap<string, readonly Observation[]>;
const NO_EXTRA: ExtraObservations = new Map();

/** The documents' publication dates: parsed once per map, not once per indicator. */
const contextOf = (dataset: Dataset): ProgressContext => progressContext(dataset.documents);

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
  const date = isoToDate(asOf);
  const map = new Map<string, ProgressEntry>();
  const context = contextOf(dataset);
  for (const indicator of dataset.indicators) map.set(indicator.id, entry(indicator, date, extra, context));
  return map;
}

/** Indicators computed per slice by progressMapInSlices: a few milliseconds of work on a slow machine. */
export const PROGRESS_SLICE = 100;

/**
 * progressMap computed PROGRESS_SLICE indicators at a time with `pause()` between slices: the first render
 * that needs every indicator's status (thousands of them) then finds it ready instead of computing it in
 * one long task.
 */
export async function progressMapInSlices(
  dataset: Dataset,
  asOf: string,
  extra: ExtraObservations,
  pause: () => Promise<void>,
): Promise<ProgressMap> {
  const date = isoToDate(asOf);
  const map = new Map<string, ProgressEntry>();
  const all = dataset.indicators;
  const context = contextOf(dataset);
  for (let start = 0; start < all.length; start += PROGRESS_SLICE) {
    await pause();
    for (const indicator of all.slice(start, start + PROGRESS_SLICE))
      map.set(indicator.id, entry(indicator, date, extra, context));
  }
  return map;
}
