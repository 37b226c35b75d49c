// Derived values, computed from state and memoised on the inputs they read (never stored in the store).
import type { Indicator } from '../domain/dataset-schema';
import type { Status } from '../domain/progress-types';
import { indexDataset, type DatasetIndex } from './dataset-index';
import { progressMap, type ProgressEntry, type ProgressMap } from './progress-cache';
import type { AppState, Filters, Sort } from './store-types';
import type { Locale } from '../i18n/translate';
import { selectExtra } from '../import/import-slice';

/** Order for the status sort: what most needs attention first. */
export const STATUS_ORDER: readonly Status[] = [
  'deadline-passed',
  'deterioration',
  'limited-progress',
  'needs-acceleration',
  'on-track',
  'achieved',
  'insufficient-data',
  'no-target',
];

export interface FacetCounts {
  region: Map<string, number>;
  topic: Map<string, number>;
  doc: Map<string, number>;
  status: Map<Status, number>;
}

export interface ListView {
  /** Indicator ids that pass every filter, in sort order. */
  ids: string[];
  total: number;
  /** For each facet: how many indicators each option would show, given the other filters. */
  counts: FacetCounts;
}

const EMPTY_VIEW: ListView = {
  ids: [],
  total: 0,
  counts: { region: new Map(), topic: new Map(), doc: new Map(), status: new Map() },
};

export function statusOf(entry: ProgressEntry | undefined): Status | null {
  return entry?.ok ? entry.progress.status : null;
}

// Built once per dataset: the lowercased text that free-text search looks in.
const haystacks = new WeakMap<object, Map<string, string>>();
function haystackOf(dataset: NonNullable<AppState['dataset']>): Map<string, string> {
  let map = haystacks.get(dataset);
  if (!map) {
    map = new Map(
      dataset.indicators.map((i) => [i.id, `${i.name.zh}\u0000${i.name.en}\u0000${i.id}`.toLowerCase()]),
    );
    haystacks.set(dataset, map);
  }
  return map;
}

// The sort order depends on the dataset, progress, sort key and locale, not on the filters: sort once and
// let each filter change walk the sorted list (5,000 indicators re-sorted per keystroke was the hot spot).
const orders = new WeakMap<ProgressMap, Map<string, Indicator[]>>();
function sortedIndicators(
  dataset: NonNullable<AppState['dataset']>,
  progress: ProgressMap,
  sort: Sort,
  locale: Locale,
): Indicator[] {
  let perProgress = orders.get(progress);
  if (!perProgress) {
    perProgress = new Map();
    orders.set(progress, perProgress);
  }
  const key = `${sort}|${locale}`;
  let sorted = perProgress.get(key);
  if (!sorted || sorted.length !== dataset.indicators.length) {
    sorted = [...dataset.indicators].sort(compareBy(sort, locale, progress));
    perProgress.set(key, sorted);
  }
  return sorted;
}

function compareBy(
  sort: Sort,
  locale: Locale,
  progress: ProgressMap,
): (a: Indicator, b: Indicator) => number {
  const collator = new Intl.Collator(locale);
  const byName = (a: Indicator, b: Indicator) =>
    collator.compare(
      locale === 'zh-CN' ? a.name.zh : a.name.en,
      locale === 'zh-CN' ? b.name.zh : b.name.en,
    ) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const p = (i: Indicator) => {
    const e = progress.get(i.id);
    return e?.ok ? e.progress : null;
  };
  // Missing values sort last in every order.
  const num = (x: number | null | undefined, y: number | null | undefined) =>
    x == null ? (y == null ? 0 : 1) : y == null ? -1 : x - y;
  switch (sort) {
    case 'status': {
      const rank = (i: Indicator) => {
        const s = p(i)?.status;
        return s ? STATUS_ORDER.indexOf(s) : STATUS_ORDER.length;
      };
      return (a, b) => rank(a) - rank(b) || byName(a, b);
    }
    case 'gap': {
      // Largest share of the target still missing first.
      const gap = (i: Indicator) => {
        const g = p(i)?.gap?.relative;
        return g == null || !Number.isFinite(g) ? null : -g;
      };
      return (a, b) => num(gap(a), gap(b)) || byName(a, b);
    }
    case 'deadline':
      return (a, b) => num(p(a)?.target?.date.getTime(), p(b)?.target?.date.getTime()) || byName(a, b);
    case 'name':
      return byName;
  }
}

function computeView(
  dataset: NonNullable<AppState['dataset']>,
  progress: ProgressMap,
  filters: Filters,
  sort: Sort,
  locale: Locale,
): ListView {
  const index: DatasetIndex = indexDataset(dataset);
  const regionSet = new Set<string>();
  for (const r of filters.region) for (const d of index.selfAndDescendants.get(r) ?? []) regionSet.add(d);
  const topicSet = new Set(filters.topic);
  const docSet = new Set(filters.doc);
  const statusSet = new Set<string>(filters.status);
  const terms = filters.q.trim().toLowerCase().split(/\s+/).filter(Boolean);

  const counts: FacetCounts = { region: new Map(), topic: new Map(), doc: new Map(), status: new Map() };
  const inc = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  const passing: Indicator[] = [];
  const hay = haystackOf(dataset);
  for (const ind of sortedIndicators(dataset, progress, sort, locale)) {
    if (terms.length > 0) {
      const text = hay.get(ind.id) ?? '';
      if (!terms.every((t) => text.includes(t))) continue;
    }
    const docs = index.documentsOfIndicator.get(ind.id) ?? [];
    const status = statusOf(progress.get(ind.id));
    const okRegion = regionSet.size === 0 || regionSet.has(ind.region);
    const okTopic = topicSet.size === 0 || topicSet.has(ind.topic);
    const okDoc = docSet.size === 0 || docs.some((d) => docSet.has(d));
    const okStatus = statusSet.size === 0 || (status !== null && statusSet.has(status));
    // Faceted counts: an option's count applies every filter except its own facet.
    if (okTopic && okDoc && okStatus)
      for (const r of index.selfAndAncestors.get(ind.region) ?? []) inc(counts.region, r);
    if (okRegion && okDoc && okStatus) inc(counts.topic, ind.topic);
    if (okRegion && okTopic && okStatus) for (const d of docs) inc(counts.doc, d);
    if (okRegion && okTopic && okDoc && status) inc(counts.status, status);
    if (okRegion && okTopic && okDoc && okStatus) passing.push(ind);
  }
  return { ids: passing.map((i) => i.id), total: dataset.indicators.length, counts };
}

let last: { args: unknown[]; view: ListView } | null = null;

/** The filtered, sorted list and the facet counts; recomputed only when an input it reads changes. */
export function selectListView(s: AppState): ListView {
  if (!s.dataset) return EMPTY_VIEW;
  // Sorting by name is the only place the locale matters.
  const progress = selectProgressMap(s);
  const args = [s.dataset, progress, s.filters, s.sort, s.sort === 'name' ? s.locale : null];
  if (last && last.args.every((a, i) => a === args[i])) return last.view;
  const view = computeView(s.dataset, progress, s.filters, s.sort, s.locale);
  last = { args, view };
  return view;
}

export const selectVisibleIds = (s: AppState): string[] => selectListView(s).ids;
export const selectCounts = (s: AppState): FacetCounts => selectListView(s).counts;

export function selectIndex(s: AppState): DatasetIndex | null {
  return s.dataset ? indexDataset(s.dataset) : null;
}

const NO_PROGRESS: ProgressMap = new Map();

/** Progress of every indicator at the as-of date, with imported figures; cached per (dataset, imports, asOf). */
export function selectProgressMap(s: AppState): ProgressMap {
  return s.dataset ? progressMap(s.dataset, s.asOf, selectExtra(s)) : NO_PROGRESS;
}

export function selectProgressEntry(s: AppState, id: string): ProgressEntry | undefined {
  return selectProgressMap(s).get(id);
}

export function hasActiveFilters(f: Filters): boolean {
  return f.region.length + f.topic.length + f.doc.length + f.status.length > 0 || f.q.trim() !== '';
}
