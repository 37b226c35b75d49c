// The zustand slice of imported observations, for the combined store:
//   ...createImportSlice<AppState>()(...a),
// It loads what is stored when the store is created and writes through on every change. A change the
// browser refuses to store is not applied, so the screen never shows what a reload would lose.
import type { StateCreator } from 'zustand';
import type { ImportedObservation } from '../import/import-csv';
import {
  loadImports,
  newBatch,
  saveImports,
  type StorageLike,
  type StorageNotice,
  type StoredImport,
} from '../import/import-storage';

export interface ImportSlice {
  imports: StoredImport[];
  importNotices: StorageNotice[];
  /** Stored by a newer app version: shown read-only, never overwritten. */
  importsReadOnly: boolean;
  reloadImports: () => void;
  /** Stores a confirmed batch; false (with a notice) when the browser refused to store it. */
  addImport: (fileName: string, observations: readonly ImportedObservation[]) => boolean;
  removeImport: (batchId: string) => void;
  /** Remove one imported figure, by its batch and line. */
  removeImportedObservation: (batchId: string, line: number) => void;
  clearImports: () => void;
  dismissImportNotices: () => void;
}

function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access itself can throw (sandboxed iframes, disabled storage)
  }
}

export interface ImportSliceOptions {
  storage?: StorageLike | null;
  now?: () => Date;
}

export function createImportSlice<S extends ImportSlice>({
  storage = browserStorage(),
  now = () => new Date(),
}: ImportSliceOptions = {}): StateCreator<S, [], [], ImportSlice> {
  return (set, get) => {
    const setSlice = (partial: Partial<ImportSlice>) => set(partial as Partial<S>);
    /** Persist `next`; apply it to the state only when it was stored (or storage is absent altogether). */
    const commit = (next: StoredImport[]): boolean => {
      const s = get();
      if (s.importsReadOnly) return false;
      const failed = storage ? saveImports(storage, next) : null;
      if (failed) {
        setSlice({ importNotices: [...s.importNotices, failed] });
        return false;
      }
      setSlice({ imports: next });
      return true;
    };
    const initial = loadImports(storage);
    return {
      imports: initial.imports,
      importNotices: initial.notices,
      importsReadOnly: initial.readOnly,
      reloadImports: () => {
        const loaded = loadImports(storage);
        setSlice({
          imports: loaded.imports,
          importNotices: loaded.notices,
          importsReadOnly: loaded.readOnly,
        });
      },
      addImport: (fileName, observations) => {
        if (observations.length === 0) return false;
        return commit([...get().imports, newBatch(fileName, observations, now())]);
      },
      removeImport: (batchId) => {
        commit(get().imports.filter((b) => b.id !== batchId));
      },
      removeImportedObservation: (batchId, line) => {
        const next = get()
          .imports.map((b) =>
            b.id === batchId ? { ...b, observations: b.observations.filter((o) => o.line !== line) } : b,
          )
          .filter((b) => b.observations.length > 0);
        commit(next);
      },
      clearImports: () => {
        commit([]);
      },
      dismissImportNotices: () => setSlice({ importNotices: [] }),
    };
  };
}
