// The store's slices. Each owns a part of the state and the actions that change it.
import type { StateCreator } from 'zustand';
import { STATUSES, type Status } from '../domain/progress-types';
import type { LoadError } from '../data/load-dataset';
import type { LoadDocument } from '../data/load-document';
import type {
  AppState,
  DataSlice,
  DocumentText,
  FiltersSlice,
  SelectionSlice,
  ViewSlice,
} from './store-types';
import { EMPTY_FILTERS } from './store-types';
import { isAsOfDate } from './as-of';

type Slice<T> = StateCreator<AppState, [], [], T>;

const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);

export const createFiltersSlice: Slice<FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  toggleFilter: (key, id) =>
    set((s) => {
      const current: string[] = s.filters[key];
      const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
      return { filters: { ...s.filters, [key]: key === 'status' ? next.filter(isStatus) : next } };
    }),
  setFilterValues: (key, ids) =>
    set((s) => ({ filters: { ...s.filters, [key]: key === 'status' ? ids.filter(isStatus) : [...ids] } })),
  setQuery: (q) => set((s) => ({ filters: { ...s.filters, q } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  toggleDraftFilter: () =>
    set((s) => {
      const { draft, ...rest } = s.filters;
      return { filters: draft ? rest : { ...rest, draft: true } };
    }),
});

export const createViewSlice =
  (today: string): Slice<ViewSlice> =>
  (set) => ({
    locale: 'zh-CN',
    asOf: today,
    today,
    sort: 'status',
    density: 'detailed',
    setLocale: (locale) => set({ locale }),
    setAsOf: (asOf) => {
      if (isAsOfDate(asOf)) set({ asOf });
    },
    setSort: (sort) => set({ sort }),
    setDensity: (density) => set({ density }),
  });

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selection: null,
  openSource: (selection) => set({ selection }),
  closeSource: () => set({ selection: null }),
});

/** Why a file could not be used, in one line (a document's panel, the header for a part of the dataset). */
export function loadErrorDetail(error: LoadError): string {
  if (error.kind === 'schema') return error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return error.detail;
}

export const createDataSlice =
  (loadDocument: LoadDocument): Slice<DataSlice> =>
  (set, get) => ({
    dataset: null,
    pending: null,
    documentTexts: {},
    loadDocumentText: (id) => {
      const doc = get().dataset?.documents.find((d) => d.id === id);
      const file = doc?.textFile;
      if (!doc || file === undefined) return;
      const current = get().documentTexts[file];
      if (current && current.status !== 'error') return;
      const put = (text: DocumentText) =>
        set((s) => ({ documentTexts: { ...s.documentTexts, [file]: text } }));
      put({ status: 'loading' });
      void loadDocument(doc).then(
        (r) =>
          put(
            r.ok
              ? { status: 'ready', text: r.value.text, mentions: r.value.mentions }
              : { status: 'error', detail: loadErrorDetail(r.error) },
          ),
        (e: unknown) => put({ status: 'error', detail: e instanceof Error ? e.message : String(e) }),
      );
    },
    droppedParams: [],
    setDataset: (dataset, pending = null) => set({ dataset, pending }),
    setDroppedParams: (droppedParams) => set({ droppedParams }),
    dismissNotice: () => set({ droppedParams: [] }),
  });
