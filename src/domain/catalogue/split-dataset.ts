// The last step of the build: the whole dataset split into what the panels need and what loads later.
// 1. Documents: each document's text and mentions in a file of its own (documents/<id>.<hash>.json), loaded
//    when its provenance panel opens; the dataset keeps its metadata with `textFile` in place of `text`.
// 2. Indicators (schema version 3), once there are more than the first screen needs (FIRST_PART): indicators.json
//    becomes a head (regions, topics, counts, the first part's order, the list of parts) and the indicators go
//    into parts/<n>.<hash>.json: the first part the top FIRST_PART of the default view as of the build day,
//    then the rest in dataset order, PART_SIZE a part. Each part carries the documents' metadata its
//    indicators are the first to cite (the last part, every document none cites), so the head does not grow
//    with the documents (docs/boot.md has the figures). A smaller dataset stays one file.
// Files are named for their content, so a page holding an older indicators.json never reads a newer file
// against it, and the build can write the new files before it replaces indicators.json.
import { defaultOrder } from '../default-order';
import {
  SCHEMA_VERSION,
  type Dataset,
  type DatasetHead,
  type DatasetMention,
  type DatasetPart,
  type DocumentFile,
  type Indicator,
  type SourceDocument,
  type WholeDataset,
} from '../dataset-schema';
import { snapshotValidUntil } from '../snapshot-window';

/** Indicators in the first part: more than the first screen shows, even scrolled a little. */
export const FIRST_PART = 100;
/** Indicators in each later part. */
export const PART_SIZE = 3000;

export interface SplitOptions {
  /** The build day (YYYY-MM-DD): the first part is the default view's top as of it. */
  asOf: string;
  firstPart?: number;
  partSize?: number;
}

export interface DatasetFiles {
  /** indicators.json: the dataset without any document's text or mentions, or the head of its parts. */
  index: Dataset | DatasetHead;
  /** Each document's file, by its path relative to indicators.json ('documents/<id>.<hash>.json'). */
  documents: { path: string; file: DocumentFile; json: string }[];
  /** The part files ('parts/<n>.<hash>.json'), in order; none when the indicators are inline. */
  parts: { path: string; part: DatasetPart; json: string }[];
}

/**
 * Step 1 alone: the dataset without its documents' texts and mentions, and their files. `digest` names a
 * file for its content (the build passes a hash; the names stay deterministic).
 */
export function splitDocuments(
  whole: WholeDataset,
  digest: (json: string) => string,
): Pick<DatasetFiles, 'documents'> & { index: Dataset } {
  const byDocument = new Map<string, DatasetMention[]>(whole.documents.map((d) => [d.id, []]));
  for (const m of whole.mentions) byDocument.get(m.document)?.push(m);
  const documents = whole.documents.map((d) => {
    const file: DocumentFile = {
      schemaVersion: SCHEMA_VERSION,
      id: d.id,
      text: d.text,
      mentions: byDocument.get(d.id) ?? [],
    };
    const json = JSON.stringify(file) + '\n';
    return { path: `documents/${d.id}.${digest(json)}.json`, file, json };
  });
  const index: Dataset = {
    schemaVersion: whole.schemaVersion,
    documents: whole.documents.map(({ text: _text, ...d }, i) => ({ ...d, textFile: documents[i]!.path })),
    regions: whole.regions,
    topics: whole.topics,
    indicators: whole.indicators,
  };
  return { index, documents };
}

/** Both steps: what the build writes. */
export function splitDataset(
  whole: WholeDataset,
  digest: (json: string) => string,
  { asOf, firstPart = FIRST_PART, partSize = PART_SIZE }: SplitOptions,
): DatasetFiles {
  const { index, documents } = splitDocuments(whole, digest);
  if (index.indicators.length <= firstPart) return { index, documents, parts: [] };
  return { ...splitIndicators(index, digest, asOf, firstPart, partSize), documents };
}

function splitIndicators(
  index: Dataset,
  digest: (json: string) => string,
  asOf: string,
  firstPart: number,
  partSize: number,
): Pick<DatasetFiles, 'index' | 'parts'> {
  const first = defaultOrder(index, asOf).slice(0, firstPart);
  const inFirst = new Set(first.map((i) => i.id));
  const rest = index.indicators.filter((i) => !inFirst.has(i.id));
  const groups: Indicator[][] = [first];
  for (let i = 0; i < rest.length; i += partSize) groups.push(rest.slice(i, i + partSize));
  const placed = new Set<string>();
  const docsOf = (indicators: readonly Indicator[]): SourceDocument[] => {
    const cited = new Set(indicators.flatMap((i) => i.observations.map((o) => o.source.document)));
    const out = index.documents.filter((d) => cited.has(d.id) && !placed.has(d.id));
    for (const d of out) placed.add(d.id);
    return out;
  };
  const docGroups = groups.map(docsOf);
  docGroups[docGroups.length - 1]!.push(...index.documents.filter((d) => !placed.has(d.id)));
  const parts = groups.map((indicators, n) => {
    const part: DatasetPart = { schemaVersion: SCHEMA_VERSION, documents: docGroups[n]!, indicators };
    const json = JSON.stringify(part) + '\n';
    return { path: `parts/${n}.${digest(json)}.json`, part, json };
  });
  const head: DatasetHead = {
    schemaVersion: SCHEMA_VERSION,
    regions: index.regions,
    topics: index.topics,
    indicatorCount: index.indicators.length,
    documentCount: index.documents.length,
    order: { sort: 'status', asOf, until: snapshotValidUntil(index, asOf) },
    parts: parts.map((p) => ({ file: p.path, indicators: p.part.indicators.length })),
  };
  return { index: head, parts };
}
