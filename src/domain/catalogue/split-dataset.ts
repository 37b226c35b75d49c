// The last step of the build: the whole dataset split into what the panels need (indicators.json, without any
// document's text or mentions) and one file per document with its text and mentions, loaded when its
// provenance panel opens. The first screen then fetches a file that grows with the indicators only, not with
// the documents' text (docs/boot.md has the figures). A document file is named for its content, so a page
// holding an older indicators.json never reads a newer text against its offsets, and the build can write the
// new files before it replaces indicators.json.
import {
  SCHEMA_VERSION,
  type Dataset,
  type DatasetMention,
  type DocumentFile,
  type WholeDataset,
} from '../dataset-schema';

export interface DatasetFiles {
  /** indicators.json: every document with `textFile` in place of `text`; no `mentions`. */
  index: Dataset;
  /** Each document's file, by its path relative to indicators.json ('documents/<id>.<hash>.json'). */
  documents: { path: string; file: DocumentFile; json: string }[];
}

/** `digest` names a file for its content (the build passes a hash; the names stay deterministic). */
export function splitDataset(whole: WholeDataset, digest: (json: string) => string): DatasetFiles {
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
