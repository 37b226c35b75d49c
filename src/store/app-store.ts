// One store, built from the slices. A factory (not a module singleton) so each test and each page gets its own.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset } from '../domain/dataset-schema';
import { createDataSlice, createFiltersSlice, createSelectionSlice, createViewSlice } from './slices';
import type { AppState } from './store-types';
import { dateToIso } from './dates';

export type AppStore = StoreApi<AppState>;

export interface StoreOptions {
  /** The date treated as today (defaults to the clock); tests pass a fixed one. */
  today?: string;
  dataset?: Dataset;
}

export function createAppStore({ today = dateToIso(new Date()), dataset }: StoreOptions = {}): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createFiltersSlice(...a),
    ...createViewSlice(today)(...a),
    ...createSelectionSlice(...a),
    ...createDataSlice(...a),
  }));
  if (dataset) store.setState({ dataset });
  return store;
}
