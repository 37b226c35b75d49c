// A dataset prepared for filtering, for one progress map and order: the indicators in sort order as
// parallel arrays, each facet value a small integer, the search text lowercased. list-view.ts filters and
// counts over it. Pure: the store keeps the lists it prepared (src/store/derived.ts).
import type { Dataset, Indicator } from '../domain/dataset-schema';
import { byStatusThenName, STATUS_ORDER } from '../domain/default-order';
import { STATUSES, type Status } from '../domain/progress-types';
import { localName } from '../i18n/local-name';
import type { Locale } from '../i18n/translate';
import type { DatasetIndex } from './dataset-index';
import { sortInSlices } from './sort-in-slices';
import type { ProgressEntry, ProgressMap } from './progress-map';
import type { Sort } from './store-types';

export { STATUS_ORDER };

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

/** An indicator the drafter proposed, or one with a figure it proposed: neither reviewed yet (待核). */
export function isDraftIndicator(ind: Indicator): boolean {
  return ind.draft === true || ind.observations.some((o) => o.draft === true);
}

/** Values of one facet as small integers, in first-seen order. */
export class Codes {
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
  /**
   * What free-text search looks in, lowercased: the indicator's names (zh, en) and id, its region's and
   * topic's names in both languages and the titles of its documents, joined by NUL (no term spans two).
   */
  text: string[];
  region: Int32Array;
  topic: Int32Array;
  /** 1 for an indicator that is a draft or has a draft figure (待核), else 0. */
  draft: Uint8Array;
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
}

/**
 * The locale an order is made in. Sorting by name is the only place the language matters; the other
 * orders break ties by the Chinese name (the dataset's own language), so switching the language does not
 * move the panels, and the order is the same whatever the language was when it was first computed.
 */
export function orderLocale(sort: Sort, locale: Locale): Locale {
  return sort === 'name' ? locale : 'zh-CN';
}

function compareBy(
  sort: Sort,
  locale: Locale,
  progress: ProgressMap,
): (a: Indicator, b: Indicator) => number {
  const collator = new Intl.Collator(locale);
  const byName = (a: Indicator, b: Indicator) =>
    collator.compare(localName(a.name, locale), localName(b.name, locale)) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const p = (i: Indicator) => {
    const e = progress.get(i.id);
    return e?.ok ? e.progress : null;
  };
  // Missing values sort last in every order.
  const num = (x: number | null | undefined, y: number | null | undefined) =>
    x == null ? (y == null ? 0 : 1) : y == null ? -1 : x - y;
  switch (sort) {
    case 'status':
      // The build orders the dataset's first part with the same comparison (src/domain/default-order.ts).
      return byStatusThenName((i) => p(i)?.status, collator);
    case 'gap': {
      // Largest share of the target still missing first; exceeded targets last, the most exceeded last.
      const gap = (i: Indicator) => {
        const g = p(i)?.gap;
        if (g == null || !Number.isFinite(g.relative)) return null;
        return g.exceeded ? g.relative : -g.relative;
      };
      return (a, b) => num(gap(a), gap(b)) || byName(a, b);
    }
    case 'deadline':
      return (a, b) => num(p(a)?.target?.date.getTime(), p(b)?.target?.date.getTime()) || byName(a, b);
    case 'name':
      return byName;
  }
}

/** The list in the order `sort` makes (in `locale` when sorting by name: orderLocale). */
export function prepareList(
  dataset: Dataset,
  index: DatasetIndex,
  progress: ProgressMap,
  sort: Sort,
  locale: Locale,
): PreparedList {
  const sorted = [...dataset.indicators].sort(compareBy(sort, orderLocale(sort, locale), progress));
  return build(dataset, index, progress, sorted);
}

/** prepareList with the sort done in slices, `pause()` between them. */
export async function prepareListInSlices(
  dataset: Dataset,
  index: DatasetIndex,
  progress: ProgressMap,
  sort: Sort,
  locale: Locale,
  pause: () => Promise<void>,
): Promise<PreparedList> {
  const sorted = await sortInSlices(
    dataset.indicators,
    compareBy(sort, orderLocale(sort, locale), progress),
    pause,
  );
  await pause();
  return build(dataset, index, progress, sorted);
}

function build(
  dataset: Dataset,
  index: DatasetIndex,
  progress: ProgressMap,
  sorted: readonly Indicator[],
): PreparedList {
  const n = sorted.length;
  const regions = new Codes();
  const topics = new Codes();
  const docs = new Codes();
  for (const r of dataset.regions) regions.code(r.id);
  for (const t of dataset.topics) topics.code(t.id);
  for (const d of dataset.documents) docs.code(d.id);
  const statusCode = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));
  // Region, topic and document text is shared by many indicators: made once per value, not per indicator.
  const regionText = new Map<string, string>();
  for (const r of dataset.regions) regionText.set(r.id, `${r.name.zh}\u0000${r.name.en}`);
  const topicText = new Map<string, string>();
  for (const t of dataset.topics) topicText.set(t.id, `${t.name.zh}\u0000${t.name.en}`);

  const region = new Int32Array(n);
  const topic = new Int32Array(n);
  const status = new Int8Array(n);
  const draft = new Uint8Array(n);
  const docStart = new Int32Array(n + 1);
  const docCodes: number[] = [];
  const text: string[] = new Array<string>(n);
  const ids: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const ind = sorted[i]!;
    ids[i] = ind.id;
    if (isDraftIndicator(ind)) draft[i] = 1;
    region[i] = regions.code(ind.region);
    topic[i] = topics.code(ind.topic);
    const s = statusOf(progress.get(ind.id));
    status[i] = s === null ? -1 : (statusCode.get(s) ?? -1);
    docStart[i] = docCodes.length;
    let t = `${ind.name.zh}\u0000${ind.name.en}\u0000${ind.id}\u0000${regionText.get(ind.region) ?? ''}\u0000${topicText.get(ind.topic) ?? ''}`;
    for (const d of index.documentsOfIndicator.get(ind.id) ?? []) {
      docCodes.push(docs.code(d));
      t += `\u0000${index.documentById.get(d)?.title ?? ''}`;
    }
    text[i] = t.toLowerCase();
  }
  docStart[n] = docCodes.length;

  // A region that indicators name but the dataset does not list is in no tree: it counts nowhere and
  // selecting it selects nothing.
  const codesOf = (list: Iterable<string>) => Int32Array.from(list, (id) => regions.code(id));
  const regionChain = regions.ids.map((id) => codesOf(index.selfAndAncestors.get(id) ?? []));
  const regionSubtree = regions.ids.map((id) => codesOf(index.selfAndDescendants.get(id) ?? []));

  return {
    ids,
    text,
    region,
    topic,
    draft,
    status,
    docStart,
    docList: Int32Array.from(docCodes),
    regions,
    topics,
    docs,
    regionChain,
    regionSubtree,
  };
}
