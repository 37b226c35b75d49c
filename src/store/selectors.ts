// Derived values, computed from state and memoised on the inputs they read (never stored in the store).
import { indexDataset, type DatasetIndex } from './dataset-index';
import { prepareList, prepareListInSlices, type FacetCounts, type ListView } from './list-prepare';
import { listView } from './list-view';
import { prepareProgressMap, progressMap, type ProgressEntry, type ProgressMap } from './progress-cache';
import type { AppState, Filters, ListFilter } from './store-types';
import { selectExtra } from './import-slice';

export { STATUS_ORDER, statusOf, type FacetCounts, type ListView } from './list-prepare';

const EMPTY_VIEW: ListView = {
  ids: [],
  total: 0,
  counts: { region: new Map(), topic: new Map(), doc: new Map(), status: new Map() },
};

let last: { args: unknown[]; view: ListView } | null = null;

/** The filtered, sorted list and the facet counts; recomputed only when an input it reads changes. */
export function selectListView(s: AppState): ListView {
  if (!s.dataset) return EMPTY_VIEW;
  // Sorting by name is the only place the locale matters.
  const progress = selectProgressMap(s);
  const args = [s.dataset, progress, s.filters, s.sort, s.sort === 'name' ? s.locale : null];
  if (last && last.args.every((a, i) => a === args[i])) return last.view;
  const view = listView(prepareList(s.dataset, progress, s.sort, s.locale), s.filters);
  last = { args, view };
  return view;
}

export const selectVisibleIds = (s: AppState): string[] => selectListView(s).ids;
export const selectCounts = (s: AppState): FacetCounts => selectListView(s).counts;

/** How many indicators one option of a facet would show: a number, so a row re-renders only when it changes. */
export function selectFacetCount(s: AppState, facet: ListFilter, id: string): number {
  return (selectCounts(s)[facet] as ReadonlyMap<string, number>).get(id) ?? 0;
}

export function selectIndex(s: AppState): DatasetIndex | null {
  return s.dataset ? indexDataset(s.dataset) : null;
}

const NO_PROGRESS: ProgressMap = new Map();

/** Progress of every indicator at the as-of date, with imported figures; cached per (dataset, imports, asOf). */
export function selectProgressMap(s: AppState): ProgressMap {
  return s.dataset ? progressMap(s.dataset, s.asOf, selectExtra(s)) : NO_PROGRESS;
}

export function selectProgressEntry(s: AppState, id: string): ProgressEntry | undefined {
  return selectProgressMap(s).get(id);
}

/** How many options of the region, topic, document and status groups are ticked. */
export function countTicked(f: Filters): number {
  return f.region.length + f.topic.length + f.doc.length + f.status.length;
}

export function hasActiveFilters(f: Filters): boolean {
  return countTicked(f) > 0 || f.q.trim() !== '';
}

/**
 * Compute, ahead of the first render of a newly loaded dataset, what that render reads about every
 * indicator (progress, the list and its counts, the index), in slices with `pause()` between them, so that
 * render is not one long task.
 */
export async function prepareFirstRender(s: AppState, pause: () => Promise<void>): Promise<void> {
  if (!s.dataset) return;
  await prepareProgressMap(s.dataset, s.asOf, selectExtra(s), pause);
  await pause();
  selectIndex(s);
  await pause();
  await prepareListInSlices(s.dataset, selectProgressMap(s), s.sort, s.locale, pause);
  selectListView(s);
}
