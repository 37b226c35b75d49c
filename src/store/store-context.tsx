// React access to the store: components select narrow pieces, `useAppStore((s) => s.locale)`, and derived
// values through the selector's second argument, the store's own memos: `useAppStore((s, d) => d.index(s))`.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppStore } from './app-store';
import type { Selector } from './selectors';
import type { AppState } from './store-types';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreProvider is missing');
  return store;
}

export function useAppStore<T>(selector: Selector<T>): T {
  const store = useAppStoreApi();
  return useStore(store, (s: AppState) => selector(s, store.derived));
}

/** useAppStore for a selector that builds an array or object: re-renders only when its items change. */
export function useAppStoreShallow<T>(selector: Selector<T>): T {
  const store = useAppStoreApi();
  return useStore(
    store,
    useShallow((s: AppState) => selector(s, store.derived)),
  );
}
