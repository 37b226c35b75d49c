import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/app-store';
import { selectListView, selectProgressEntry } from '../../src/store/selectors';
import { indexDataset } from '../../src/store/dataset-index';
import { makeSmallDataset } from '../support/small-dataset';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';

const make = () => createAppStore({ today: '2025-03-31', dataset: makeSmallDataset(), storage: null });

describe('dataset index', () => {
  it('builds the region tree and the descendants of each region', () => {
    const idx = indexDataset(makeSmallDataset());
    expect(idx.regionTree.map((n) => n.region.id)).toEqual(['chengyu', 'yrd']);
    expect([...idx.selfAndDescendants.get('chengyu')!].sort()).toEqual(['chengyu', 'chongqing', 'cq-hitech']);
    expect(idx.selfAndAncestors.get('cq-hitech')).toEqual(['cq-hitech', 'chongqing', 'chengyu']);
  });

  it('survives a cycle in the region parents', () => {
    const ds = makeSmallDataset();
    ds.regions[0]!.parent = 'cq-hitech'; // chengyu → cq-hitech → chongqing → chengyu
    const idx = indexDataset(ds);
    expect(idx.selfAndAncestors.get('cq-hitech')).toEqual(['cq-hitech', 'chongqing', 'chengyu']);
  });
});

describe('selectListView', () => {
  it('filters by region including descendants, with faceted counts', () => {
    const store = make();
    store.getState().toggleFilter('region', 'chongqing');
    const v = selectListView(store.getState(), store.derived);
    expect([...v.ids].sort()).toEqual(['cq-loans', 'hitech-funds', 'hitech-gva']);
    // the region facet ignores the region filter itself
    expect(v.counts.region.get('yrd')).toBe(2);
    // the topic facet applies it
    expect(v.counts.topic.get('listing')).toBeUndefined();
    expect(v.counts.topic.get('credit')).toBe(1);
  });

  it('is memoised: the same state gives the same object; a new asOf recomputes statuses', () => {
    const store = make();
    const a = selectListView(store.getState(), store.derived);
    store.getState().setLocale('en'); // not read unless sorting by name
    expect(selectListView(store.getState(), store.derived)).toBe(a);
    expect(selectProgressEntry(store.getState(), store.derived, 'cq-loans')).toMatchObject({
      ok: true,
      progress: { status: 'on-track' },
    });
    store.getState().setAsOf('2026-06-30');
    expect(selectProgressEntry(store.getState(), store.derived, 'cq-loans')).toMatchObject({
      ok: true,
      progress: { status: 'awaiting-result' },
    });
    expect(selectListView(store.getState(), store.derived)).not.toBe(a);
  });

  it('computes progress once per (indicator, asOf)', () => {
    const store = make();
    const first = selectProgressEntry(store.getState(), store.derived, 'cq-loans');
    store.getState().toggleFilter('topic', 'credit');
    expect(selectProgressEntry(store.getState(), store.derived, 'cq-loans')).toBe(first);
  });

  it('ignores invalid as-of dates', () => {
    const store = make();
    store.getState().setAsOf('2025-02-30');
    expect(store.getState().asOf).toBe('2025-03-31');
  });

  it('handles 5,000 indicators', () => {
    const store = createAppStore({
      today: '2025-03-31',
      dataset: makeSyntheticDataset({ indicators: 5000, regions: 300, seed: 1 }),
      storage: null,
    });
    const all = selectListView(store.getState(), store.derived);
    expect(all.ids).toHaveLength(5000);
    const sum = [...all.counts.status.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBe(5000);
    store.getState().toggleFilter('status', 'achieved');
    expect(selectListView(store.getState(), store.derived).ids).toHaveLength(
      all.counts.status.get('achieved')!,
    );
  });
});
