import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import { STATUSES, type Status } from '../../src/domain/progress-types';
import { indexDataset } from '../../src/store/dataset-index';
import { prepareList, prepareListInSlices, statusOf } from '../../src/store/list-prepare';
import { filterKey, listView } from '../../src/store/list-view';
import { progressMap, type ProgressMap } from '../../src/store/progress-map';
import { EMPTY_FILTERS, type Filters } from '../../src/store/store-types';
import { makeSmallDataset } from '../support/small-dataset';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';

// The list and its counts as the plain definition says, one indicator at a time: what the prepared,
// typed-array version must agree with.
function reference(dataset: Dataset, progress: ProgressMap, order: string[], f: Filters) {
  const index = indexDataset(dataset);
  const byId = index.indicatorById;
  const regions = new Set(f.region.flatMap((r) => [...(index.selfAndDescendants.get(r) ?? [])]));
  const terms = f.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const counts = {
    region: new Map<string, number>(),
    topic: new Map<string, number>(),
    doc: new Map<string, number>(),
    status: new Map<Status, number>(),
  };
  const inc = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  const ids: string[] = [];
  for (const id of order) {
    const ind = byId.get(id)!;
    const docs = index.documentsOfIndicator.get(id) ?? [];
    const region = index.regionById.get(ind.region)?.name;
    const topic = index.topicById.get(ind.topic)?.name;
    const text = [
      ind.name.zh,
      ind.name.en,
      ind.id,
      region?.zh,
      region?.en,
      topic?.zh,
      topic?.en,
      ...docs.map((d) => index.documentById.get(d)?.title),
    ]
      .map((x) => (x ?? '').toLowerCase())
      .join('\u0000');
    if (!terms.every((t) => text.includes(t))) continue;
    const status = statusOf(progress.get(id));
    const okRegion = f.region.length === 0 || regions.has(ind.region);
    const okTopic = f.topic.length === 0 || f.topic.includes(ind.topic);
    const okDoc = f.doc.length === 0 || docs.some((d) => f.doc.includes(d));
    const okStatus = f.status.length === 0 || (status !== null && f.status.includes(status));
    if (okTopic && okDoc && okStatus)
      for (const r of index.selfAndAncestors.get(ind.region) ?? []) inc(counts.region, r);
    if (okRegion && okDoc && okStatus) inc(counts.topic, ind.topic);
    if (okRegion && okTopic && okStatus) for (const d of docs) inc(counts.doc, d);
    if (okRegion && okTopic && okDoc && status) inc(counts.status, status);
    if (okRegion && okTopic && okDoc && okStatus) ids.push(id);
  }
  return { ids, counts };
}

const sorted = <K>(m: ReadonlyMap<K, number>) =>
  [...m].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

const synthetic = makeSyntheticDataset({ indicators: 600, regions: 40, seed: 7 });
const syntheticIndex = indexDataset(synthetic);
const syntheticProgress = progressMap(synthetic, '2025-03-31');

describe('listView', () => {
  const list = prepareList(synthetic, syntheticIndex, syntheticProgress, 'status', 'zh-CN');
  const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

  it.each<[string, Partial<Filters>]>([
    ['no filter', {}],
    ['a region, with the regions within it', { region: ['chengyu'] }],
    ['two regions and a topic', { region: ['hefei', 'r12'], topic: ['credit'] }],
    ['a document', { doc: ['doc3'] }],
    ['statuses', { status: ['on-track', 'achieved'] }],
    ['Chinese text', { q: '贷款' }],
    ['English text, any case, two terms', { q: '  LOANS  hefei ' }],
    ['text that matches nothing', { q: 'zzz' }],
    [
      'every facet at once',
      { region: ['yrd'], topic: ['credit', 'equity'], status: ['on-track'], q: '区域' },
    ],
  ])('%s: the same list and counts as the plain definition', (_, over) => {
    const want = reference(synthetic, syntheticProgress, list.ids, f(over));
    const got = listView(list, f(over));
    expect(got.ids).toEqual(want.ids);
    expect(got.total).toBe(600);
    for (const facet of ['region', 'topic', 'doc', 'status'] as const)
      expect(sorted(got.counts[facet])).toEqual(sorted(want.counts[facet]));
  });

  it('agrees with the plain definition on any combination of filters', () => {
    const pick = <T>(xs: readonly T[]) => fc.uniqueArray(fc.constantFrom(...xs), { maxLength: 3 });
    fc.assert(
      fc.property(
        pick(synthetic.regions.map((r) => r.id)),
        pick(synthetic.topics.map((t) => t.id)),
        pick(synthetic.documents.map((d) => d.id)),
        pick(STATUSES),
        fc.constantFrom('', '区域1', 'fund', '上市 区域', 'ind0001', 'x'),
        (region, topic, doc, status, q) => {
          const filters = { region, topic, doc, status, q };
          const want = reference(synthetic, syntheticProgress, list.ids, filters);
          const got = listView(list, filters);
          expect(got.ids).toEqual(want.ids);
          for (const facet of ['region', 'topic', 'doc', 'status'] as const)
            expect(sorted(got.counts[facet])).toEqual(sorted(want.counts[facet]));
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('the status order puts what needs attention first; only the name order reads the language', () => {
    const statuses = list.ids.map((id) => statusOf(syntheticProgress.get(id)));
    const firstOnTrack = statuses.indexOf('on-track');
    expect(firstOnTrack).toBeGreaterThan(0);
    expect(statuses.slice(firstOnTrack)).not.toContain('missed');
    expect(statuses.slice(firstOnTrack)).not.toContain('deterioration');
    const byName = prepareList(synthetic, syntheticIndex, syntheticProgress, 'name', 'en');
    expect([...byName.ids].sort()).toEqual([...list.ids].sort());
    expect(byName.ids).not.toEqual(list.ids);
    expect(prepareList(synthetic, syntheticIndex, syntheticProgress, 'name', 'zh-CN').ids).not.toEqual(
      byName.ids,
    );
    // Ties in the status order fall to the Chinese name whatever the language.
    expect(prepareList(synthetic, syntheticIndex, syntheticProgress, 'status', 'en').ids).toEqual(list.ids);
  });

  it('filterKey: equal for filters that show the same view, different otherwise', () => {
    expect(filterKey(f({ q: ' 区域2  Fund ' }))).toBe(filterKey(f({ q: '区域2 fund' })));
    expect(filterKey(f({ region: ['a', 'b'] }))).not.toBe(filterKey(f({ region: ['ab'] })));
    expect(filterKey(f({ region: ['a'] }))).not.toBe(filterKey(f({ topic: ['a'] })));
    expect(filterKey(f({ q: 'a b' }))).not.toBe(filterKey(f({ q: 'ab' })));
  });

  it('an indicator whose region the dataset does not list counts under no region', () => {
    const ds = makeSmallDataset();
    ds.indicators[0]!.region = 'atlantis';
    const p = progressMap(ds, '2025-03-31');
    const prepared = prepareList(ds, indexDataset(ds), p, 'status', 'zh-CN');
    const v = listView(prepared, EMPTY_FILTERS);
    expect(v.ids).toContain(ds.indicators[0]!.id);
    expect(v.counts.region.has('atlantis')).toBe(false);
    expect(listView(prepared, f({ region: ['atlantis'] })).ids).toEqual([]);
  });
});

describe('free-text search', () => {
  const ds = makeSmallDataset();
  const prepared = prepareList(ds, indexDataset(ds), progressMap(ds, '2025-03-31'), 'name', 'zh-CN');
  const search = (q: string) => [...listView(prepared, { ...EMPTY_FILTERS, q }).ids].sort();
  it.each<[string, string, string[]]>([
    ['a name and a region, together', '贷款余额 重庆市', ['cq-loans']],
    ['part of a region name and of a name', '高新 基金', ['hitech-funds']],
    ['the region in English', 'hi-tech zone equity', ['hitech-funds']],
    ['a topic, in either language', 'tech credit', ['cq-loans']],
    ['a topic in Chinese', '股权投资', ['hitech-funds']],
    ['a word of a document title', '试验区', ['sh-listed', 'yrd-fintech']],
    ['every word must match', '贷款余额 上海', []],
    ['no word spans two fields', '余额科技', []],
  ])('%s: %s', (_, q, want) => {
    expect(search(q)).toEqual(want);
  });
});

describe('prepareListInSlices', () => {
  it.each(['status', 'gap', 'deadline', 'name'] as const)(
    'prepares, with pauses, the list prepareList prepares (sort by %s)',
    async (sort) => {
      const data = makeSyntheticDataset({ indicators: 800, regions: 30, seed: 11 });
      const index = indexDataset(data);
      const progress = progressMap(data, '2025-03-31');
      let pauses = 0;
      const list = await prepareListInSlices(data, index, progress, sort, 'en', async () => void pauses++);
      expect(pauses).toBeGreaterThan(1);
      const plain = prepareList(data, index, progress, sort, 'en');
      expect(list.ids).toHaveLength(800);
      expect(list.ids).toEqual(plain.ids);
      expect([...list.status]).toEqual([...plain.status]);
      expect(list.text).toEqual(plain.text);
    },
  );
});

describe('sort by gap', () => {
  it('puts the largest share still missing first and exceeded targets last, the most exceeded last', () => {
    const data = makeSyntheticDataset({ indicators: 300, regions: 10, seed: 5 });
    const progress = progressMap(data, '2025-03-31');
    const signed = (id: string) => {
      const entry = progress.get(id);
      const g = entry?.ok ? entry.progress.gap : null;
      return g ? (g.exceeded ? -g.relative : g.relative) : null;
    };
    const gaps = prepareList(data, indexDataset(data), progress, 'gap', 'zh-CN')
      .ids.map(signed)
      .filter((g): g is number => g !== null);
    expect(gaps.some((g) => g < 0) && gaps.some((g) => g > 0)).toBe(true);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeLessThanOrEqual(gaps[i - 1]!);
  });
});
