// One store, built from the slices, with its own derived values. A factory (not a module singleton) so each
// test and each page gets its own.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset } from '../domain/dataset-schema';
import { createImportSlice } from './import-slice';
import type { StorageLike } from '../import/import-storage';
import type { LoadDocument } from '../data/load-document';
import { createDataSlice, createFiltersSlice, createSelectionSlice, createViewSlice } from './slices';
import type { AppState, Pending } from './store-types';
import { dateToIso } from '../domain/period';
import { createDerived, type Derived } from './derived';

/** The store and the memos of what is derived from its state (derived.ts): they live and die together. */
export type AppStore = StoreApi<AppState> & { readonly derived: Derived };

export interface StoreOptions {
  /** The date treated as today (defaults to the clock); tests pass a fixed one. */
  today?: string;
  dataset?: Dataset;
  /** The dataset is the first part of one in parts, the rest loading (store-types.ts, Pending). */
  pending?: Pending;
  /** Where imported observations are kept; defaults to localStorage, null for none (tests). */
  storage?: StorageLike | null;
  /** How a document's file is fetched when its provenance opens; defaults to the network (tests pass one). */
  loadDocument?: LoadDocument;
}

export function createAppStore({
  today = dateToIso(new Date()),
  dataset,
  pending,
  storage,
  // Its code (and the document file's schema) loads with the first provenance panel: off the critical path.
  loadDocument = (doc) => import('../data/load-document').then((m) => m.loadDocumentFile(doc)),
}: StoreOptions = {}): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createFiltersSlice(...a),
    ...createViewSlice(today)(...a),
    ...createSelectionSlice(...a),
    ...createDataSlice(loadDocument)(...a),
    ...createImportSlice<AppState>(storage === undefined ? {} : { storage })(...a),
    // Part of the initial state, which is what React reads while it hydrates the build-time snapshot.
    ...(dataset ? { dataset, pending: pending ?? null } : {}),
  }));
  return Object.assign(store, { derived: createDerived() });
}
