// The list's default order (the status sort): what most needs attention first, then by Chinese name, then
// by id. One home for it: the app's list (src/store/list-prepare.ts) sorts with it, and the build orders
// the dataset's first part with it (src/domain/catalogue/split-dataset.ts), so the first part holds exactly
// the indicators the first screen shows.
import type { Dataset, Indicator } from './dataset-schema';
import { isoToDate } from './period';
import { computeProgress, progressContext } from './progress';
import type { Status } from './progress-types';

/** Order for the status sort: what most needs attention first. */
export const STATUS_ORDER: readonly Status[] = [
  'missed',
  'deterioration',
  'limited-progress',
  'needs-acceleration',
  'awaiting-result',
  'on-track',
  'achieved',
  'insufficient-data',
  'not-yet-set',
  'no-target',
];

/** The status sort's comparison, given each indicator's status (null: progress could not be computed). */
export function byStatusThenName(
  statusOf: (i: Indicator) => Status | null | undefined,
  collator: Intl.Collator = new Intl.Collator('zh-CN'),
): (a: Indicator, b: Indicator) => number {
  const rank = (i: Indicator) => {
    const s = statusOf(i);
    return s ? STATUS_ORDER.indexOf(s) : STATUS_ORDER.length;
  };
  return (a, b) =>
    rank(a) - rank(b) || collator.compare(a.name.zh, b.name.zh) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The dataset's indicators in the default order as of `asOf` (no imported figures: the build's view). */
export function defaultOrder(dataset: Pick<Dataset, 'indicators' | 'documents'>, asOf: string): Indicator[] {
  const date = isoToDate(asOf);
  const context = progressContext(dataset.documents);
  const status = new Map<string, Status | null>();
  for (const ind of dataset.indicators) {
    try {
      status.set(ind.id, computeProgress(ind, date, [], context).status);
    } catch {
      status.set(ind.id, null);
    }
  }
  return [...dataset.indicators].sort(byStatusThenName((i) => status.get(i.id)));
}
