// A step of buildDataset: the seed documents. Every catalogued file arrives as text (or as the reason it could
// not be read: the format readers are I/O and live in scripts/lib/read-format); here it is normalised and its
// numeric mentions extracted. Every seed file must be catalogued.
import { extractMentions } from '../extract/extract-mentions';
import { normalizeText } from '../text/normalize';
import { SEED_EXTENSIONS, seedExtension, unsupportedFormat } from '../text/seed-formats';
import type { Mention, Result } from '../types';
import { lineIndex } from './line-index';
import { problemList, type Problem } from './problem';
import { detail } from './problem-codes';
import type { Row, Written } from './read-tables';
import type { DocumentRow } from './rows';

/**
 * A policy document's text is tens of KB (the largest seed is 32 KB) and ships in its own file beside the
 * dataset: a text over this is not one document. A .txt or .html file over it is refused unread (the
 * readers' own file limits, scripts/lib/read-format, allow more for DOCX and PDF, which carry fonts and
 * images).
 */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** What a document over MAX_DOCUMENT_BYTES is told; `what` is 'larger' (the file) or 'its text is larger'. */
export function tooLarge(what: string, limit = MAX_DOCUMENT_BYTES): string {
  return (
    `${what} than ${limit / 1024 / 1024} MB, far more than a policy document: ` +
    'is it the right file? Keep only the text of the document'
  );
}

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
  seeds: ReadonlyMap<string, Result<string>>,
  file: string,
  written: Written,
): { docs: Map<string, SeedDocument>; problems: Problem[] } {
  const { problems, add } = problemList();
  const docs = new Map<string, SeedDocument>();
  for (const { line, row } of documents) {
    const read = seeds.get(row.file);
    if (!read) {
      add(
        file,
        line,
        `file "${row.file}" does not exist: put the document there, or correct the file name`,
        detail('seed-missing', { file: row.file }),
      );
      continue;
    }
    if (!read.ok) {
      add(row.file, undefined, read.error, detail('seed-unreadable', { detail: read.error }));
      continue;
    }
    if (utf8Length(read.value) > MAX_DOCUMENT_BYTES) {
      add(
        row.file,
        undefined,
        tooLarge('its text is larger'),
        detail('seed-too-large', { limitMb: MAX_DOCUMENT_BYTES / 1024 / 1024 }),
      );
      continue;
    }
    const text = normalizeText(read.value);
    docs.set(row.id, { row, text, mentions: extractMentions(text), lineOf: lineIndex(text) });
  }
  // A file named in a row that is itself wrong counts as listed: that row's own problem says what to fix.
  const listed = new Set<string>(written.values('documents', 'file'));
  for (const { row } of documents) listed.add(row.file);
  for (const seed of [...seeds.keys()].sort()) {
    if (listed.has(seed)) continue;
    if (seedExtension(seed) === null)
      add(
        seed,
        undefined,
        unsupportedFormat(seed),
        detail('seed-unsupported', {
          extension: /\.([^./]+)$/.exec(seed)?.[1] ?? null,
          accepted: [...SEED_EXTENSIONS],
        }),
      );
    else
      add(
        seed,
        undefined,
        `not listed in ${file}: add a row for it (see README, "Adding a document")`,
        detail('seed-not-listed', { table: file }),
      );
  }
  return { docs, problems };
}

/** UTF-8 length of a string, without encoding it. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}
