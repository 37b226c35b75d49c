// Issue 14: derived values belong to one store. Two stores — two tests, or the page and a snapshot render —
// with different datasets, filters or languages never see each other's values, and nothing one does to
// its values reaches the other.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import { createAppStore, type AppStore } from '../../src/store/app-store';
import { selectIndex, selectListView, selectProgressMap } from '../../src/store/selectors';
import { makeSmallDataset } from '../support/small-dataset';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';

const TODAY = '2025-03-31';
// Shared by the tests of this file, as fixtures are.
const small = makeSmallDataset();
const synthetic = makeSyntheticDataset({ indicators: 300, regions: 25, seed: 5 });

const make = (dataset: Dataset) => createAppStore({ today: TODAY, dataset, storage: null });
const view = (store: AppStore) => selectListView(store.getState(), store.derived);
const index = (store: AppStore) => selectIndex(store.getState(), store.derived)!;

/** The view of the store's state computed afresh: by a new store, over a copy of its dataset. */
function expected(store: AppStore) {
  const { dataset, filters, sort, locale, asOf } = store.getState();
  const alone = make(structuredClone(dataset!));
  alone.setState({ filters, sort, locale, asOf });
  return view(alone);
}

function expectOwn(store: AppStore) {
  const got = view(store);
  const want = expected(store);
  expect(got.ids).toEqual(want.ids);
  expect(got.total).toBe(want.total);
  expect(got.counts).toEqual(want.counts);
}

describe('two stores', () => {
  it('with different datasets and filters, read each its own values, whatever the other read in between', () => {
    const a = make(small);
    const b = make(synthetic);
    a.getState().toggleFilter('region', 'chongqing');
    b.getState().toggleFilter('status', 'on-track');
    b.getState().setQuery('区域1');
    expectOwn(a);
    expectOwn(b);
    a.getState().setAsOf('2026-06-30');
    expectOwn(b);
    expectOwn(a);
    b.getState().setSort('name');
    b.getState().setLocale('en');
    expectOwn(a);
    expectOwn(b);
    expect(view(a).total).toBe(small.indicators.length);
    expect(view(b).total).toBe(synthetic.indicators.length);
  });

  it('over one dataset, with different filters, share no derived value: what one does to its own stays there', () => {
    const a = make(synthetic);
    const b = make(synthetic);
    b.getState().toggleFilter('topic', 'credit');
    expect(index(a)).not.toBe(index(b));
    expect(selectProgressMap(a.getState(), a.derived)).not.toBe(selectProgressMap(b.getState(), b.derived));
    expect(view(a)).not.toBe(view(b));
    // A test that spends its store's values (here: empties its index and its list) leaves the other's whole.
    const id = synthetic.indicators[0]!.id;
    index(a).indicatorById.clear();
    view(a).ids.length = 0;
    expect(index(b).indicatorById.get(id)).toBe(synthetic.indicators[0]);
    b.getState().toggleFilter('topic', 'credit');
    expectOwn(b);
    expect(view(b).ids).toHaveLength(synthetic.indicators.length);
  });
});

describe('a list order', () => {
  it('does not depend on what was computed before: a language switch and back to the same filters keep it', () => {
    const a = make(synthetic);
    const before = [...view(a).ids];
    a.getState().setLocale('en');
    a.getState().toggleFilter('topic', 'credit');
    a.getState().toggleFilter('topic', 'credit');
    expect(view(a).ids).toEqual(before);
    // And a store that starts in English shows the same order.
    const b = make(synthetic);
    b.getState().setLocale('en');
    expect(view(b).ids).toEqual(before);
  });
});
