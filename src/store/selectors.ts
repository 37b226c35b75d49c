// The selectors components use, `useAppStore(selectIndex)`: narrow pieces of the state and of the store's
// derived values (src/store/derived.ts), which each selector receives as its second argument.
import type { SourceDocument } from '../domain/dataset-schema';
import type { DatasetIndex } from './dataset-index';
import type { Derived } from './derived';
import type { FacetCounts, ListView } from './list-prepare';
import type { ProgressEntry, ProgressMap } from './progress-map';
import type { AppState, Filters, ListFilter } from './store-types';

export { STATUS_ORDER, statusOf, type FacetCounts, type ListView } from './list-prepare';

/** A selector: what a component reads from the state and the derived values of its store. */
export type Selector<T> = (s: AppState, d: Derived) => T;

export const selectListView: Selector<ListView> = (s, d) => d.listView(s);
export const selectVisibleIds: Selector<string[]> = (s, d) => d.listView(s).ids;
export const selectCounts: Selector<FacetCounts> = (s, d) => d.listView(s).counts;

/** How many indicators one option of a facet would show: a number, so a row re-renders only when it changes. */
export function selectFacetCount(s: AppState, d: Derived, facet: ListFilter, id: string): number {
  return (selectCounts(s, d)[facet] as ReadonlyMap<string, number>).get(id) ?? 0;
}

/** How many indicators of the dataset are drafts or have a draft figure (待核); 0 hides the header's count. */
export const selectDraftCount: Selector<number> = (s, d) => d.draftCount(s);

export const selectIndex: Selector<DatasetIndex | null> = (s, d) => d.index(s);

/** Progress of every indicator at the as-of date, with imported figures. */
export const selectProgressMap: Selector<ProgressMap> = (s, d) => d.progress(s);

export function selectProgressEntry(s: AppState, d: Derived, id: string): ProgressEntry | undefined {
  return d.progress(s).get(id);
}

export const selectExtra: Selector<ReturnType<Derived['extra']>> = (s, d) => d.extra(s);

/** How many options of the region, topic, document and status groups are ticked. */
export function countTicked(f: Filters): number {
  return f.region.length + f.topic.length + f.doc.length + f.status.length;
}

export function hasActiveFilters(f: Filters): boolean {
  return countTicked(f) > 0 || f.q.trim() !== '' || f.draft === true;
}

/**
 * The documents of the selected regions (and of the regions within them) when no indicator lies in any of
 * them: regions whose documents give no quantified figure (长三角's plan has measures, no figures). Empty
 * when no region is selected or any indicator lies there (then the view is empty only by its filters).
 */
export const selectDocumentsWithoutFigures: Selector<SourceDocument[]> = (s, d) => {
  const index = d.index(s);
  if (!s.dataset || !index || s.filters.region.length === 0) return [];
  const within = new Set(s.filters.region.flatMap((r) => [...(index.selfAndDescendants.get(r) ?? [])]));
  if (s.dataset.indicators.some((i) => within.has(i.region))) return [];
  return s.dataset.documents.filter((doc) => within.has(doc.region));
};
