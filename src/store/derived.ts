// The store's derived values: everything computed from state (imported figures per indicator, the dataset's
// index, progress at the as-of date, the prepared list, the filtered view), each memoised with memo()
// (src/lib/memo.ts) on the identity of its inputs. One per store: createAppStore makes it and hangs it on
// the store (`store.derived`); components get it as a selector's second argument,
// `useAppStore((s, d) => d.listView(s).ids)`. Nothing here lives in module scope, so two stores (two tests,
// the page and a snapshot render) never see each other's values.
import type { Dataset } from '../domain/dataset-schema';
import type { ImportedObservation } from '../import/import-csv';
import { extraByIndicator } from '../import/import-storage';
import type { Locale } from '../i18n/translate';
import { memo } from '../lib/memo';
import { indexDataset, type DatasetIndex } from './dataset-index';
import {
  isDraftIndicator,
  orderLocale,
  prepareList,
  prepareListInSlices,
  type ListView,
} from './list-prepare';
import { filterKey, listView } from './list-view';
import { progressMap, progressMapInSlices, type ExtraObservations, type ProgressMap } from './progress-map';
import type { AppState, Sort } from './store-types';

export interface Derived {
  /** Imported observations per indicator id (the `extra` of computeProgress). */
  extra: (s: Pick<AppState, 'imports'>) => ReadonlyMap<string, ImportedObservation[]>;
  index: (s: AppState) => DatasetIndex | null;
  /** How many indicators are drafts or have a draft figure (待核), whatever the filters. */
  draftCount: (s: AppState) => number;
  /** Every indicator's progress at the as-of date, with the imported figures. */
  progress: (s: AppState) => ProgressMap;
  /** The filtered, sorted list and the facet counts. */
  listView: (s: AppState) => ListView;
  /**
   * Compute, ahead of the first render of a newly loaded dataset, what that render reads about every
   * indicator (progress, the index, the list and its counts), in slices with `pause()` between them, so
   * that render is not one long task. It fills the memos the render then reads (docs/boot.md).
   */
  prepareFirstRender: (s: AppState, pause: () => Promise<void>) => Promise<void>;
}

/** How many results each memo keeps. */
const KEEP = {
  /** As-of dates: going back to a date, or the snapshot's date and today's, costs nothing. */
  progress: 4,
  /** Orders (4 sorts, and the language when sorting by name) per progress map. */
  list: 8,
  /** Filter sets per prepared list: typing a letter and deleting it finds the view again. */
  view: 16,
} as const;

export function createDerived(): Derived {
  // What a store without a dataset shows; its own too, like everything here.
  const emptyView: ListView = {
    ids: [],
    total: 0,
    counts: { region: new Map(), topic: new Map(), doc: new Map(), status: new Map() },
  };
  const noProgress: ProgressMap = new Map();
  const extraOf = memo(extraByIndicator);
  const indexOf = memo(indexDataset);
  const draftCountOf = memo((dataset: Dataset) => dataset.indicators.filter(isDraftIndicator).length);
  const progressOf = memo(
    (dataset: Dataset, extra: ExtraObservations, asOf: string) => progressMap(dataset, asOf, extra),
    { keep: KEEP.progress },
  );
  // `locale` is orderLocale's: the language matters to the name sort only.
  const listOf = memo(
    (dataset: Dataset, progress: ProgressMap, sort: Sort, locale: Locale) =>
      prepareList(dataset, indexOf(dataset), progress, sort, locale),
    { keep: KEEP.list },
  );
  // Views by the text of the filters: new filter objects that say the same find the same view.
  const viewOf = memo(listView, { keep: KEEP.view, key: (list, filters) => [list, filterKey(filters)] });
  // By identity, one kept: every facet row reads the view on every store change; this answers it with a
  // few comparisons.
  const currentView = memo(
    (dataset: Dataset, progress: ProgressMap, filters: AppState['filters'], sort: Sort, locale: Locale) =>
      viewOf(listOf(dataset, progress, sort, locale), filters),
  );

  const progress = (s: AppState): ProgressMap =>
    s.dataset ? progressOf(s.dataset, extraOf(s.imports), s.asOf) : noProgress;
  const view = (s: AppState): ListView =>
    s.dataset
      ? currentView(s.dataset, progress(s), s.filters, s.sort, orderLocale(s.sort, s.locale))
      : emptyView;

  return {
    extra: (s) => extraOf(s.imports),
    index: (s) => (s.dataset ? indexOf(s.dataset) : null),
    draftCount: (s) => (s.dataset ? draftCountOf(s.dataset) : 0),
    progress,
    listView: view,
    prepareFirstRender: async (s, pause) => {
      const dataset = s.dataset;
      if (!dataset) return;
      const extra = extraOf(s.imports);
      const map =
        progressOf.peek(dataset, extra, s.asOf) ??
        progressOf.prime([dataset, extra, s.asOf], await progressMapInSlices(dataset, s.asOf, extra, pause));
      await pause();
      const index = indexOf(dataset);
      await pause();
      const locale = orderLocale(s.sort, s.locale);
      if (!listOf.peek(dataset, map, s.sort, locale))
        listOf.prime(
          [dataset, map, s.sort, locale],
          await prepareListInSlices(dataset, index, map, s.sort, locale, pause),
        );
      view(s);
    },
  };
}
