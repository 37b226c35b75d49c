// Lookups derived from a dataset: the region tree, documents per indicator, mentions per document. Pure: the
// store keeps the index of its dataset (src/store/derived.ts).
import type {
  Dataset,
  DatasetMention,
  Indicator,
  Region,
  SourceDocument,
  Topic,
} from '../domain/dataset-schema';

export interface RegionNode {
  region: Region;
  children: RegionNode[];
  depth: number;
}

export interface DatasetIndex {
  indicatorById: Map<string, Indicator>;
  regionById: Map<string, Region>;
  topicById: Map<string, Topic>;
  documentById: Map<string, SourceDocument>;
  /** Roots of the region forest, children in dataset order. */
  regionTree: RegionNode[];
  /** A region and all regions within it. */
  selfAndDescendants: Map<string, Set<string>>;
  /** A region and all regions containing it, nearest first. */
  selfAndAncestors: Map<string, string[]>;
  documentsOfIndicator: Map<string, string[]>;
  mentionsOfDocument: Map<string, DatasetMention[]>;
  /** Indicators with at least two level actuals: their panels carry a time series. */
  withSeries: Set<string>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const regionById = new Map(dataset.regions.map((r) => [r.id, r]));
  const nodes = new Map<string, RegionNode>(
    dataset.regions.map((r) => [r.id, { region: r, children: [], depth: 0 }]),
  );
  const regionTree: RegionNode[] = [];
  for (const r of dataset.regions) {
    const node = nodes.get(r.id)!;
    const parent = r.parent ? nodes.get(r.parent) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else regionTree.push(node);
  }
  const selfAndAncestors = new Map<string, string[]>();
  for (const r of dataset.regions) {
    const chain = [r.id];
    const seen = new Set(chain);
    let p = r.parent;
    // `seen` guards against a cycle in bad data.
    while (p && regionById.has(p) && !seen.has(p)) {
      chain.push(p);
      seen.add(p);
      p = regionById.get(p)!.parent;
    }
    selfAndAncestors.set(r.id, chain);
  }
  const selfAndDescendants = new Map<string, Set<string>>(
    dataset.regions.map((r) => [r.id, new Set<string>()]),
  );
  for (const [id, chain] of selfAndAncestors) for (const a of chain) selfAndDescendants.get(a)!.add(id);
  const setDepth = (n: RegionNode, depth: number, seen: Set<RegionNode>) => {
    if (seen.has(n)) return;
    seen.add(n);
    n.depth = depth;
    for (const c of n.children) setDepth(c, depth + 1, seen);
  };
  const seen = new Set<RegionNode>();
  for (const n of regionTree) setDepth(n, 0, seen);

  const documentsOfIndicator = new Map<string, string[]>();
  for (const i of dataset.indicators)
    documentsOfIndicator.set(i.id, [...new Set(i.observations.map((o) => o.source.document))]);
  const mentionsOfDocument = new Map<string, DatasetMention[]>();
  for (const m of dataset.mentions ?? []) {
    const list = mentionsOfDocument.get(m.document) ?? [];
    list.push(m);
    mentionsOfDocument.set(m.document, list);
  }
  for (const list of mentionsOfDocument.values()) list.sort((a, b) => a.offset - b.offset);

  const withSeries = new Set(
    dataset.indicators
      .filter((i) => i.observations.filter((o) => o.role === 'actual' && o.basis === 'level').length >= 2)
      .map((i) => i.id),
  );
  return {
    indicatorById: new Map(dataset.indicators.map((i) => [i.id, i])),
    regionById,
    topicById: new Map(dataset.topics.map((t) => [t.id, t])),
    documentById: new Map(dataset.documents.map((d) => [d.id, d])),
    regionTree,
    selfAndDescendants,
    selfAndAncestors,
    documentsOfIndicator,
    mentionsOfDocument,
    withSeries,
  };
}
