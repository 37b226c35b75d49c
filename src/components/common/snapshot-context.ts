// True while the app renders the build-time snapshot (src/app/render-snapshot.tsx): parts that load their
// code on demand show their placeholder instead of suspending, as on the live page's first frame.
import { createContext, useContext } from 'react';
import { useAppStore } from '../../store/store-context';

export const SnapshotContext = createContext(false);

export function useIsSnapshot(): boolean {
  return useContext(SnapshotContext);
}

/**
 * True while the page cannot act on the whole dataset: the snapshot, or only the first part of a dataset in
 * parts there (docs/boot.md). Filters, the as-of date and exports wait, as in the snapshot.
 */
export function useIsPending(): boolean {
  const snapshot = useIsSnapshot();
  const partial = useAppStore((s) => s.pending !== null);
  return snapshot || partial;
}
