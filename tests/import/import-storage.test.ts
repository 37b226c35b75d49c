import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { ImportedObservation } from '../../src/import/import-csv';
import { createImportSlice, type ImportSlice } from '../../src/store/import-slice';
import {
  BACKUP_KEY,
  extraByIndicator,
  LEGACY_KEY,
  loadImports,
  noticeText,
  STORAGE_KEY,
  type StorageLike,
  type StoredImport,
} from '../../src/import/import-storage';

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites = false;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.data.delete(k);
  }
}

const obs = (indicator: string, line: number, value = 1): ImportedObservation => ({
  indicator,
  line,
  role: 'actual',
  period: '2024',
  value,
  qualifier: '=',
  basis: 'level',
  userSupplied: true,
  source: { document: 'user-import', quote: '<b>note</b>', offset: 0 },
});

const batch = (id: string, observations = [obs('cq-loans', 2)]): StoredImport => ({
  id,
  fileName: 'a.csv',
  importedAt: '2025-06-30T00:00:00.000Z',
  observations,
});

function makeStore(storage: StorageLike | null) {
  let t = 0;
  return createStore<ImportSlice>()(createImportSlice({ storage, now: () => new Date(1750000000000 + t++) }));
}

describe('loadImports', () => {
  it('reads nothing from empty or missing storage', () => {
    expect(loadImports(new MemoryStorage())).toEqual({ imports: [], notices: [], readOnly: false });
    expect(loadImports(null)).toEqual({ imports: [], notices: [], readOnly: false });
  });

  it('round-trips what the slice stores', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    expect(store.getState().addImport('新数据.csv', [obs('cq-loans', 2), obs('sh-listed', 3)])).toBe(true);
    const loaded = loadImports(storage);
    expect(loaded.notices).toEqual([]);
    expect(loaded.imports).toEqual(store.getState().imports);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(1);
  });

  it.each([
    ['not JSON', '{"version":1,"imports":[', /corrupt/],
    ['a wrong shape', '"hello"', /corrupt/],
    ['null', 'null', /corrupt/],
  ])('drops %s with a notice, keeping a backup', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const loaded = loadImports(storage);
    expect(loaded.imports).toEqual([]);
    expect(loaded.notices[0]!.kind).toBe('corrupt');
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keeps the valid batches and drops the invalid ones', () => {
    const storage = new MemoryStorage();
    const bad = { ...batch('b'), observations: [{ ...obs('x', 2), value: 'NaN' }] };
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, imports: [batch('a'), bad, 42] }));
    const loaded = loadImports(storage);
    expect(loaded.imports.map((b) => b.id)).toEqual(['a']);
    expect(loaded.notices).toEqual([{ kind: 'dropped', count: 2 }]);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).imports).toHaveLength(1);
  });

  it('migrates the unversioned legacy array to the versioned key', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_KEY, JSON.stringify([batch('old')]));
    const loaded = loadImports(storage);
    expect(loaded.imports.map((b) => b.id)).toEqual(['old']);
    expect(loaded.notices).toEqual([{ kind: 'migrated', from: LEGACY_KEY }]);
    expect(storage.getItem(LEGACY_KEY)).toBeNull();
    expect(loadImports(storage)).toEqual({ imports: loaded.imports, notices: [], readOnly: false });
  });

  it('leaves a value written by a newer version untouched and refuses to overwrite it', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ version: 2, imports: [{ anything: true }] });
    storage.setItem(STORAGE_KEY, raw);
    const store = makeStore(storage);
    expect(store.getState().importsReadOnly).toBe(true);
    expect(store.getState().addImport('x.csv', [obs('cq-loans', 2)])).toBe(false);
    store.getState().clearImports();
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('survives storage that throws on read', () => {
    const storage: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(loadImports(storage).notices).toEqual([{ kind: 'unavailable', detail: 'SecurityError' }]);
  });

  it('has a message for every notice in both languages', () => {
    for (const n of [
      { kind: 'corrupt', detail: 'x' },
      { kind: 'dropped', count: 2 },
      { kind: 'migrated', from: 'k' },
      { kind: 'newer', version: 3 },
      { kind: 'unavailable', detail: 'x' },
      { kind: 'save-failed', detail: 'x' },
    ] as const) {
      expect(noticeText(n, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(noticeText(n, 'en')).toMatch(/[a-z]/);
    }
  });
});

describe('import slice', () => {
  it('adds, removes one figure, removes a batch, and clears', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const s = () => store.getState();
    s().addImport('a.csv', [obs('cq-loans', 2), obs('cq-loans', 3, 2)]);
    s().addImport('b.csv', [obs('sh-listed', 2)]);
    expect(s().imports).toHaveLength(2);
    expect(
      extraByIndicator(s().imports)
        .get('cq-loans')!
        .map((o) => o.value),
    ).toEqual([1, 2]);
    s().removeImportedObservation(s().imports[0]!.id, 3);
    expect(s().imports[0]!.observations).toHaveLength(1);
    s().removeImport(s().imports[1]!.id);
    expect(s().imports.map((b) => b.fileName)).toEqual(['a.csv']);
    expect(extraByIndicator(s().imports).has('sh-listed')).toBe(false);
    s().clearImports();
    expect(s().imports).toEqual([]);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('changes nothing when the browser refuses the write, and says so', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.getState().addImport('a.csv', [obs('cq-loans', 2)]);
    const before = storage.getItem(STORAGE_KEY);
    storage.failWrites = true;
    expect(store.getState().addImport('b.csv', [obs('cq-loans', 3)])).toBe(false);
    expect(store.getState().imports).toHaveLength(1);
    expect(store.getState().importNotices.at(-1)).toMatchObject({ kind: 'save-failed' });
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('ignores an empty batch (a file with only bad rows stores nothing)', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    expect(store.getState().addImport('bad.csv', [])).toBe(false);
    expect(storage.data.size).toBe(0);
  });
});
