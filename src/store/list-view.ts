// The filtered, sorted list and its facet counts, from a dataset prepared once per (dataset, progress, sort,
// locale): the indicators in sort order as parallel arrays, each facet value a small integer, the search
// text lowercased. A filter change then walks plain arrays and counts into typed arrays; the last few views
// are kept, so typing a letter and deleting it, or going back to a filter set, costs nothing.
import type { Dataset, Indicator } from '../domain/dataset-schema';
import { STATUSES, type Status } from '../domain/progress-types';
import type { Locale } from '../i18n/translate';
import { indexDataset } from './dataset-index';
import type { ProgressEntry, ProgressMap } from './progress-cache';
import type { Filters, Sort } from './store-types';

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

export function statusOf(entry: ProgressEntry | undefined): Status | null {
  return entry?.ok ? entry.progress.status : null;
}

/** Values of one facet as small integers, in first-seen order. */
class Codes {
  readonly ids: string[] = [];
  private readonly byId = new Map<string, number>();
  code(id: string): number {
    let c = this.byId.get(id);
    if (c === undefined) {
      c = this.ids.length;
      this.ids.push(id);
      this.byId.set(id, c);
    }
    return c;
  }
  get(id: string): number | undefined {
    return this.byId.get(id);
  }
}

export interface PreparedList {
  /** Indicator ids in sort order; the arrays below are parallel to it. */
  ids: string[];
  /** Lowercased `name.zh \0 name.en \0 id`, what free-text search looks in. */
  text: string[];
  region: Int32Array;
  topic: Int32Array;
  /** STATUSES index, -1 when progress could not be computed. */
  status: Int8Array;
  /** Documents of indicator i: docList[docStart[i] .. docStart[i + 1]). */
  docStart: Int32Array;
  docList: Int32Array;
  regions: Codes;
  topics: Codes;
  docs: Codes;
  /** For each region code: itself and every region containing it, as codes. */
  regionChain: Int32Array[];
  /** For each region code: itself and every region within it, as codes. */
  regionSubtree: Int32Array[];
  /** Recent views by filter key, oldest first. */
  views: Map<string, ListView>;
}

const KEEP_VIEWS = 16;

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

// Sorted and prepared once per (progress map, sort, locale); a progress map belongs to one dataset.
const prepared = new WeakMap<ProgressMap, Map<string, PreparedList>>();

export function prepareList(
  dataset: Dataset,
  progress: ProgressMap,
  sort: Sort,
  locale: Locale,
): PreparedList {
  let perProgress = prepared.get(progress);
  if (!perProgress) {
    perProgress = new Map();
    prepared.set(progress, perProgress);
  }
  const key = `${sort}|${locale}`;
  const hit = perProgress.get(key);
  if (hit && hit.ids.length === dataset.indicators.length) return hit;

  const index = indexDataset(dataset);
  const sorted = [...dataset.indicators].sort(compareBy(sort, locale, progress));
  const n = sorted.length;
  const regions = new Codes();
  const topics = new Codes();
  const docs = new Codes();
  for (const r of dataset.regions) regions.code(r.id);
  for (const t of dataset.topics) topics.code(t.id);
  for (const d of dataset.documents) docs.code(d.id);
  const statusCode = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));

  const region = new Int32Array(n);
  const topic = new Int32Array(n);
  const status = new Int8Array(n);
  const docStart = new Int32Array(n + 1);
  const docCodes: number[] = [];
  const text: string[] = new Array<string>(n);
  const ids: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const ind = sorted[i]!;
    ids[i] = ind.id;
    text[i] = `${ind.name.zh}\u0000${ind.name.en}\u0000${ind.id}`.toLowerCase();
    region[i] = regions.code(ind.region);
    topic[i] = topics.code(ind.topic);
    const s = statusOf(progress.get(ind.id));
    status[i] = s === null ? -1 : (statusCode.get(s) ?? -1);
    docStart[i] = docCodes.length;
    for (const d of index.documentsOfIndicator.get(ind.id) ?? []) docCodes.push(docs.code(d));
  }
  docStart[n] = docCodes.length;

  // A region that indicators name but the dataset does not list is in no tree: it counts nowhere and
  // selecting it selects nothing.
  const codesOf = (list: Iterable<string>) => Int32Array.from(list, (id) => regions.code(id));
  const regionChain = regions.ids.map((id) => codesOf(index.selfAndAncestors.get(id) ?? []));
  const regionSubtree = regions.ids.map((id) => codesOf(index.selfAndDescendants.get(id) ?? []));

  const list: PreparedList = {
    ids,
    text,
    region,
    topic,
    status,
    docStart,
    docList: Int32Array.from(docCodes),
    regions,
    topics,
    docs,
    regionChain,
    regionSubtree,
    views: new Map(),
  };
  perProgress.set(key, list);
  return list;
}

export function searchTerms(q: string): string[] {
  return q.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** The filters that shape a view, as a cache key (the query by its search terms). */
function filterKey(filters: Filters, terms: readonly string[]): string {
  const SEP = '\u0001';
  return [filters.region, filters.topic, filters.doc, filters.status, terms]
    .map((list) => list.join(SEP))
    .join('\u0002');
}

/** Flags for the selected codes; null when nothing is selected (the facet does not filter). */
function selection(codes: Codes, selected: readonly string[], size: number): Uint8Array | null {
  if (selected.length === 0) return null;
  const flags = new Uint8Array(size);
  for (const id of selected) {
    const c = codes.get(id);
    if (c !== undefined) flags[c] = 1;
  }
  return flags;
}

function toMap<K extends string>(ids: readonly K[], counts: Int32Array): Map<K, number> {
  const m = new Map<K, number>();
  for (let c = 0; c < counts.length; c++) if (counts[c]! > 0) m.set(ids[c]!, counts[c]!);
  return m;
}

function computeView(list: PreparedList, filters: Filters, terms: readonly string[]): ListView {
  const n = list.ids.length;
  const nRegions = list.regions.ids.length;
  // A selected region selects every region within it.
  let regionSel: Uint8Array | null = null;
  if (filters.region.length > 0) {
    regionSel = new Uint8Array(nRegions);
    for (const id of filters.region) {
      const c = list.regions.get(id);
      if (c !== undefined) for (const d of list.regionSubtree[c]!) regionSel[d] = 1;
    }
  }
  const topicSel = selection(list.topics, filters.topic, list.topics.ids.length);
  const docSel = selection(list.docs, filters.doc, list.docs.ids.length);
  let statusSel: Uint8Array | null = null;
  if (filters.status.length > 0) {
    statusSel = new Uint8Array(STATUSES.length);
    for (const s of filters.status) if (STATUSES.includes(s)) statusSel[STATUSES.indexOf(s)] = 1;
  }

  const regionCount = new Int32Array(nRegions);
  const topicCount = new Int32Array(list.topics.ids.length);
  const docCount = new Int32Array(list.docs.ids.length);
  const statusCount = new Int32Array(STATUSES.length);
  const ids: string[] = [];
  const { text, region, topic, status, docStart, docList, regionChain } = list;
  for (let i = 0; i < n; i++) {
    if (terms.length > 0) {
      const t = text[i]!;
      let all = true;
      for (const term of terms)
        if (!t.includes(term)) {
          all = false;
          break;
        }
      if (!all) continue;
    }
    const r = region[i]!;
    const tp = topic[i]!;
    const s = status[i]!;
    const d0 = docStart[i]!;
    const d1 = docStart[i + 1]!;
    const okRegion = regionSel === null || regionSel[r] === 1;
    const okTopic = topicSel === null || topicSel[tp] === 1;
    let okDoc = docSel === null;
    for (let k = d0; !okDoc && k < d1; k++) okDoc = docSel![docList[k]!] === 1;
    const okStatus = statusSel === null || (s >= 0 && statusSel[s] === 1);
    // Faceted counts: an option's count applies every filter except its own facet.
    if (okTopic && okDoc && okStatus) for (const a of regionChain[r]!) regionCount[a]!++;
    if (okRegion && okDoc && okStatus) topicCount[tp]!++;
    if (okRegion && okTopic && okStatus) for (let k = d0; k < d1; k++) docCount[docList[k]!]!++;
    if (okRegion && okTopic && okDoc) {
      if (s >= 0) statusCount[s]!++;
      if (okStatus) ids.push(list.ids[i]!);
    }
  }
  return {
    ids,
    total: n,
    counts: {
      region: toMap(list.regions.ids, regionCount),
      topic: toMap(list.topics.ids, topicCount),
      doc: toMap(list.docs.ids, docCount),
      status: toMap(STATUSES, statusCount),
    },
  };
}

/** The view of a prepared list under these filters: from the recent views if it was seen lately. */
export function listView(list: PreparedList, filters: Filters): ListView {
  const terms = searchTerms(filters.q);
  const key = filterKey(filters, terms);
  const hit = list.views.get(key);
  if (hit) {
    // Most recently used last.
    list.views.delete(key);
    list.views.set(key, hit);
    return hit;
  }
  const view = computeView(list, filters, terms);
  list.views.set(key, view);
  if (list.views.size > KEEP_VIEWS) list.views.delete(list.views.keys().next().value!);
  return view;
}
