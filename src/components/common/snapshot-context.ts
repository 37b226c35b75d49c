// True while the app renders the build-time snapshot (src/app/render-snapshot.tsx): parts that load their
// code on demand show their placeholder instead of suspending, as on the live page's first frame.
import { createContext, useContext } from 'react';

export const SnapshotContext = createContext(false);

export function useIsSnapshot(): boolean {
  return useContext(SnapshotContext);
}
