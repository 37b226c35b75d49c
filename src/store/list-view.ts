// The filtered, sorted list and its facet counts, over a prepared list (list-prepare.ts): a filter change
// walks plain arrays and counts into typed arrays. Pure: the store keeps the last few views by filterKey
// (src/store/derived.ts), so typing a letter and deleting it, or going back to a filter set, costs nothing.
import { STATUSES } from '../domain/progress-types';
import type { Codes, ListView, PreparedList } from './list-prepare';
import type { Filters } from './store-types';

export function searchTerms(q: string): string[] {
  return q.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** The filters that shape a view, as a string (the query by its search terms): equal keys, equal views. */
export function filterKey(filters: Filters): string {
  const SEP = '\u0001';
  const key = [filters.region, filters.topic, filters.doc, filters.status, searchTerms(filters.q)]
    .map((list) => list.join(SEP))
    .join('\u0002');
  return filters.draft ? `${key}\u0002draft` : key;
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

/** The view of a prepared list under these filters. */
export function listView(list: PreparedList, filters: Filters): ListView {
  const terms = searchTerms(filters.q);
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
  const onlyDrafts = filters.draft === true;
  for (let i = 0; i < n; i++) {
    // Like the search, the 待核 filter narrows every facet's counts.
    if (onlyDrafts && list.draft[i] !== 1) continue;
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
