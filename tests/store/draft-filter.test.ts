// The 待核 filter in the store: which indicators it keeps, how it narrows the counts, its count and its toggle,
// and its URL form (`draft=1`).
import { describe, expect, it } from 'vitest';
import type { WholeDataset } from '../../src/domain/dataset-schema';
import { createAppStore } from '../../src/store/app-store';
import { indexDataset } from '../../src/store/dataset-index';
import { isDraftIndicator, prepareList } from '../../src/store/list-prepare';
import { filterKey, listView } from '../../src/store/list-view';
import { progressMap } from '../../src/store/progress-map';
import { selectDraftCount, selectVisibleIds } from '../../src/store/selectors';
import { EMPTY_FILTERS } from '../../src/store/store-types';
import { parseUrlState, serializeUrlState } from '../../src/store/url-state';
import { makeSmallDataset } from '../support/small-dataset';

const TODAY = '2025-03-31';

/** cq-loans has one draft figure; hitech-funds is a draft indicator. */
function withDrafts(): WholeDataset {
  const dataset = makeSmallDataset();
  for (const indicator of dataset.indicators) {
    if (indicator.id === 'cq-loans')
      indicator.observations = indicator.observations.map((o) =>
        o.period === '2023' ? { ...o, draft: true } : o,
      );
    if (indicator.id === 'hitech-funds') indicator.draft = true;
  }
  return dataset;
}

function storeWith(dataset: WholeDataset) {
  const store = createAppStore({ today: TODAY, storage: null });
  store.getState().setDataset(dataset);
  return store;
}

describe('isDraftIndicator', () => {
  it('is true for a draft indicator and for one with a draft figure only', () => {
    const byId = new Map(withDrafts().indicators.map((i) => [i.id, isDraftIndicator(i)]));
    expect(byId).toEqual(
      new Map([
        ['cq-loans', true],
        ['hitech-funds', true],
        ['hitech-gva', false],
        ['sh-listed', false],
        ['yrd-fintech', false],
      ]),
    );
  });
});

describe('listView with the 待核 filter', () => {
  const dataset = withDrafts();
  const list = prepareList(dataset, indexDataset(dataset), progressMap(dataset, TODAY), 'name', 'en');

  it('keeps only the drafts, in the list order, and narrows every count', () => {
    const all = listView(list, EMPTY_FILTERS);
    const drafts = listView(list, { ...EMPTY_FILTERS, draft: true });
    expect(drafts.ids).toEqual(all.ids.filter((id) => id === 'cq-loans' || id === 'hitech-funds'));
    expect(drafts.total).toBe(5);
    expect(drafts.counts.topic).toEqual(
      new Map([
        ['credit', 1],
        ['equity', 1],
      ]),
    );
    expect(drafts.counts.region.get('chengyu')).toBe(2);
    expect(drafts.counts.region.has('yrd')).toBe(false);
    expect([...drafts.counts.status.values()].reduce((x, y) => x + y, 0)).toBe(2);
  });

  it('combines with the other filters', () => {
    expect(listView(list, { ...EMPTY_FILTERS, draft: true, topic: ['credit', 'listing'] }).ids).toEqual([
      'cq-loans',
    ]);
  });

  it('gives the filter its own view key', () => {
    expect(filterKey({ ...EMPTY_FILTERS, draft: true })).not.toBe(filterKey(EMPTY_FILTERS));
  });
});

describe('the store', () => {
  it('counts the drafts and toggles the filter on and off', () => {
    const store = storeWith(withDrafts());
    const d = store.derived;
    expect(selectDraftCount(store.getState(), d)).toBe(2);
    store.getState().toggleDraftFilter();
    expect(store.getState().filters.draft).toBe(true);
    expect([...selectVisibleIds(store.getState(), d)].sort()).toEqual(['cq-loans', 'hitech-funds']);
    // The count is of the dataset, not of the view.
    store.getState().toggleFilter('topic', 'credit');
    expect(selectDraftCount(store.getState(), d)).toBe(2);
    store.getState().toggleDraftFilter();
    expect(store.getState().filters).toEqual({ ...EMPTY_FILTERS, topic: ['credit'] });
    expect(selectVisibleIds(store.getState(), d)).toEqual(['cq-loans']);
  });

  it('counts 0 where nothing is a draft', () => {
    const store = storeWith(makeSmallDataset());
    expect(selectDraftCount(store.getState(), store.derived)).toBe(0);
  });
});

describe('the URL', () => {
  const ds = makeSmallDataset();
  const base = { locale: 'zh-CN', asOf: TODAY, today: TODAY, sort: 'status', density: 'detailed' } as const;

  it('writes draft=1 when the filter is on, nothing when off', () => {
    expect(serializeUrlState({ ...base, filters: { ...EMPTY_FILTERS, draft: true } })).toBe('?draft=1');
    expect(serializeUrlState({ ...base, filters: EMPTY_FILTERS })).toBe('');
  });

  it('round-trips with the other filters', () => {
    const filters = { ...EMPTY_FILTERS, region: ['chongqing'], status: ['on-track' as const], draft: true };
    const search = serializeUrlState({ ...base, filters });
    expect(search).toBe('?region=chongqing&status=on-track&draft=1');
    const parsed = parseUrlState(search, ds);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.state.filters).toEqual(filters);
  });

  it.each(['true', '0', 'yes', '<b>'])('drops draft=%s', (value) => {
    const parsed = parseUrlState(`?draft=${encodeURIComponent(value)}`, ds);
    expect(parsed.state.filters).toEqual(EMPTY_FILTERS);
    expect(parsed.dropped).toEqual([`draft=${value}`]);
  });

  it('leaves the filter off, with no draft key, when the URL does not name it', () => {
    expect(parseUrlState('?region=chongqing', ds).state.filters).not.toHaveProperty('draft');
  });
});
