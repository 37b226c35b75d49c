// A step of buildDataset: the seed documents. Every catalogued file is read as text, normalised, and its
// numeric mentions extracted; every seed file must be catalogued.
import { extractMentions } from '../extract/extract-mentions';
import { decodeDocument } from '../text/decode';
import { normalizeText } from '../text/normalize';
import type { Mention } from '../types';
import { lineIndex } from './line-index';
import { problemList, type Problem } from './problem';
import type { Row, Written } from './read-tables';
import type { DocumentRow } from './rows';

/** A policy document is tens of KB (the largest seed is 32 KB) and its text ships inside the dataset. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const SAVE_TEXT =
  "put the document's plain text in it, saved as UTF-8 (copy the text out of a PDF or Word file)";

/** A catalogued document as read: its row, its normalised text and the mentions in it, by offset. */
export interface SeedDocument {
  row: DocumentRow;
  text: string;
  mentions: Mention[];
  lineOf: (offset: number) => number;
}

/**
 * The documents that could be read, by id (a duplicate id keeps its first place and its last row; the
 * duplicate is reported by checkReferences). `file` is the display path of the documents table.
 */
export function readDocuments(
  documents: readonly Row<DocumentRow>[],
  seeds: ReadonlyMap<string, Uint8Array>,
  file: string,
  written: Written,
): { docs: Map<string, SeedDocument>; problems: Problem[] } {
  const { problems, add } = problemList();
  const docs = new Map<string, SeedDocument>();
  for (const { line, row } of documents) {
    const bytes = seeds.get(row.file);
    if (!bytes) {
      add(file, line, `file "${row.file}" does not exist: put the document there, or correct the file name`);
      continue;
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      add(
        row.file,
        undefined,
        `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB, far more than a policy document: ` +
          'is it the right file? Keep only the text of the document',
      );
      continue;
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) {
      add(row.file, undefined, `${decoded.error}: ${SAVE_TEXT}`);
      continue;
    }
    const text = normalizeText(decoded.value);
    docs.set(row.id, { row, text, mentions: extractMentions(text), lineOf: lineIndex(text) });
  }
  // A file named in a row that is itself wrong counts as listed: that row's own problem says what to fix.
  const listed = new Set<string>(written.values('documents', 'file'));
  for (const { row } of documents) listed.add(row.file);
  for (const seed of [...seeds.keys()].sort()) {
    if (!listed.has(seed))
      add(seed, undefined, `not listed in ${file}: add a row for it (see README, "Adding a document")`);
  }
  return { docs, problems };
}
