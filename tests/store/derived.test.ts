// The store's memos (src/store/derived.ts): what each keeps, and that prepareFirstRender fills the very
// memos the first render reads. The pure functions are wrapped to count the computations they do.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedObservation } from '../../src/import/import-csv';
import { createAppStore } from '../../src/store/app-store';
import { prepareList } from '../../src/store/list-prepare';
import { listView } from '../../src/store/list-view';
import { progressMap } from '../../src/store/progress-map';
import { indexDataset } from '../../src/store/dataset-index';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';

vi.mock(import('../../src/store/progress-map'), async (original) => {
  const m = await original();
  return { ...m, progressMap: vi.fn(m.progressMap) };
});
vi.mock(import('../../src/store/list-prepare'), async (original) => {
  const m = await original();
  return { ...m, prepareList: vi.fn(m.prepareList) };
});
vi.mock(import('../../src/store/list-view'), async (original) => {
  const m = await original();
  return { ...m, listView: vi.fn(m.listView) };
});
vi.mock(import('../../src/store/dataset-index'), async (original) => {
  const m = await original();
  return { ...m, indexDataset: vi.fn(m.indexDataset) };
});

const dataset = makeSyntheticDataset({ indicators: 400, regions: 20, seed: 9 });
const make = () => createAppStore({ today: '2025-03-31', dataset, storage: null });
const computed = () => ({
  progress: vi.mocked(progressMap).mock.calls.length,
  list: vi.mocked(prepareList).mock.calls.length,
  view: vi.mocked(listView).mock.calls.length,
  index: vi.mocked(indexDataset).mock.calls.length,
});
const NONE = { progress: 0, list: 0, view: 0, index: 0 };
const noPause = async () => {};

beforeEach(() => {
  vi.clearAllMocks();
});

describe('prepareFirstRender', () => {
  it('fills the memos the first render reads: reading them then computes nothing', async () => {
    const store = make();
    let pauses = 0;
    await store.derived.prepareFirstRender(store.getState(), async () => void pauses++);
    expect(pauses).toBeGreaterThan(3);
    // The sliced versions did the work, and the view was made from the prepared list.
    expect(computed()).toEqual({ progress: 0, list: 0, view: 1, index: 1 });
    vi.clearAllMocks();
    const s = store.getState();
    expect(store.derived.listView(s).ids).toHaveLength(400);
    expect(store.derived.progress(s).size).toBe(400);
    expect(store.derived.index(s)?.indicatorById.size).toBe(400);
    expect(computed()).toEqual(NONE);
  });

  it("fills them for a state the store is about to take (App's later day), keeping the current ones", async () => {
    const store = make();
    const now = store.derived.listView(store.getState());
    vi.clearAllMocks();
    const day = { today: '2026-06-30', asOf: '2026-06-30' };
    await store.derived.prepareFirstRender({ ...store.getState(), ...day }, noPause);
    expect(store.derived.listView(store.getState())).toBe(now);
    store.setState(day);
    vi.clearAllMocks();
    store.derived.listView(store.getState());
    expect(computed()).toEqual(NONE);
  });

  it("fills only its own store's memos", async () => {
    const a = make();
    await a.derived.prepareFirstRender(a.getState(), noPause);
    vi.clearAllMocks();
    const b = make();
    b.derived.listView(b.getState());
    expect(computed()).toEqual({ progress: 1, list: 1, view: 1, index: 1 });
  });

  it('reuses what is already there', async () => {
    const store = make();
    const view = store.derived.listView(store.getState());
    let pauses = 0;
    await store.derived.prepareFirstRender(store.getState(), async () => void pauses++);
    expect(pauses).toBe(2); // only the two between the steps: nothing computed in slices
    expect(store.derived.listView(store.getState())).toBe(view);
  });
});

describe("a store's memos", () => {
  it('find a view again by the text of the filters: typing a letter and deleting it computes nothing', () => {
    const store = make();
    const { setQuery } = store.getState();
    const all = store.derived.listView(store.getState());
    setQuery('区域2');
    const some = store.derived.listView(store.getState());
    setQuery('');
    expect(store.derived.listView(store.getState())).toBe(all);
    setQuery(' 区域2 ');
    expect(store.derived.listView(store.getState())).toBe(some);
    expect(computed().view).toBe(2);
  });

  it('keep 16 views: the 17th filter set pushes the oldest out', () => {
    const store = make();
    store.getState().setQuery('区域2');
    const first = store.derived.listView(store.getState());
    for (let i = 0; i < 16; i++) {
      store.getState().setQuery(`ind${i}`);
      store.derived.listView(store.getState());
    }
    store.getState().setQuery('区域2');
    const again = store.derived.listView(store.getState());
    expect(again).not.toBe(first);
    expect(again.ids).toEqual(first.ids);
  });

  it('sort again only when the order can change: the language matters to the name sort alone', () => {
    const store = make();
    const s = () => store.getState();
    store.derived.listView(s());
    s().setLocale('en');
    store.derived.listView(s());
    expect(computed().list).toBe(1);
    s().setSort('name');
    store.derived.listView(s());
    s().setLocale('zh-CN');
    store.derived.listView(s());
    expect(computed().list).toBe(3);
    s().setSort('status');
    store.derived.listView(s());
    expect(computed().list).toBe(3);
  });

  it('compute progress once per as-of date, and again for a new dataset or new imported figures', () => {
    const store = make();
    const s = () => store.getState();
    const first = store.derived.progress(s());
    s().toggleFilter('topic', 'credit');
    s().setSort('gap');
    expect(store.derived.progress(s())).toBe(first);
    s().setAsOf('2026-01-01');
    store.derived.progress(s());
    s().setAsOf('2025-03-31');
    expect(store.derived.progress(s())).toBe(first);
    expect(computed().progress).toBe(2);
    const id = dataset.indicators[0]!.id;
    const figure: ImportedObservation = {
      indicator: id,
      line: 2,
      role: 'actual',
      period: '2025-02',
      value: 1,
      qualifier: '=',
      basis: 'level',
      userSupplied: true,
      source: { document: 'user-import', quote: 'note', offset: 0 },
    };
    s().addImport('a.csv', [figure]);
    expect(store.derived.extra(s()).get(id)).toEqual([figure]);
    expect(store.derived.progress(s())).not.toBe(first);
    s().setDataset(structuredClone(dataset));
    store.derived.progress(s());
    expect(computed().progress).toBe(4);
    expect(computed().index).toBe(0);
    store.derived.index(s());
    expect(computed().index).toBe(1);
  });
});
