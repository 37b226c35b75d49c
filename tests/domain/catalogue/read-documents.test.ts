import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { MAX_DOCUMENT_BYTES, readDocuments } from '../../../src/domain/catalogue/read-documents';
import { readTables } from '../../../src/domain/catalogue/read-tables';
import { DOC_TEXT, inputFrom, validTables, type Tables } from '../../support/build-fixture';

const t = validTables();
const DOC_B = 'doc-b,seeds/b.txt,另一份答复,重庆市金融办,2025-07-28,chongqing,reply';

function read(tables: Partial<Tables>, seeds: Record<string, Uint8Array | string> = {}) {
  const input = inputFrom(tables, seeds);
  const { catalogue, files, written } = readTables(input.tables);
  const { docs, problems } = readDocuments(catalogue.documents, input.seeds, files.documents, written);
  return { docs, problems: problems.map(formatProblem) };
}

describe('readDocuments reads every catalogued document', () => {
  it('as normalised text, with its mentions and a line index', () => {
    const { docs, problems } = read({}, { 'seeds/a.txt': DOC_TEXT.replace('6950', '６９５０') });
    expect(problems).toEqual([]);
    const doc = docs.get('doc-a');
    expect(doc?.row.title).toBe('重庆科技金融答复');
    expect(doc?.text).toBe(DOC_TEXT);
    const loan = doc?.mentions.find((m) => m.text === '6950亿元');
    expect(loan).toMatchObject({ value: 6950, unit: '亿元', class: 'figure' });
    expect(doc?.lineOf(loan?.offset ?? -1)).toBe(2);
    expect(doc?.lineOf(0)).toBe(1);
  });

  it('keys them by id, in catalogue order; a duplicate id keeps its place and takes the later row', () => {
    const dup = DOC_B.replace('doc-b', 'doc-a');
    const { docs } = read(
      { documents: t.documents + DOC_B + '\n' + dup + '\n' },
      { 'seeds/b.txt': '第二份' },
    );
    expect([...docs.keys()]).toEqual(['doc-a', 'doc-b']);
    expect(docs.get('doc-a')?.row.file).toBe('seeds/b.txt');
  });
});

describe('readDocuments refuses a document it cannot read, and lists it no further', () => {
  it.each([
    [
      'a file that is not there',
      { documents: t.documents + DOC_B + '\n' },
      {},
      [
        'data/documents.csv:3: file "seeds/b.txt" does not exist: put the document there, or correct the file name',
      ],
    ],
    [
      'a text far too big for a policy document',
      {},
      { 'seeds/a.txt': new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x41) },
      [
        'seeds/a.txt: its text is larger than 2 MB, far more than a policy document: is it the right file? Keep only the text of the document',
      ],
    ],
    [
      'a binary file',
      {},
      { 'seeds/a.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
      [
        "seeds/a.txt: binary data: a PNG image, not a text file: put the document's plain text in it, saved as UTF-8 (or use its .html, .docx or .pdf file)",
      ],
    ],
    [
      'an empty file',
      {},
      { 'seeds/a.txt': '' },
      [
        "seeds/a.txt: the document is empty (0 bytes): put the document's plain text in it, saved as UTF-8 (or use its .html, .docx or .pdf file)",
      ],
    ],
  ] as [string, Partial<Tables>, Record<string, Uint8Array | string>, string[]][])(
    '%s',
    (_name, tables, seeds, expected) => {
      const { docs, problems } = read(tables, seeds);
      expect(problems).toEqual(expected);
      expect([...docs.keys()]).toEqual(expected[0]?.startsWith('data/') ? ['doc-a'] : []);
    },
  );
});

describe('readDocuments wants every seed file catalogued', () => {
  it('names each file that no row lists, in file order', () => {
    expect(read({}, { 'seeds/c.txt': '三', 'seeds/b.txt': '二' }).problems).toEqual([
      'seeds/b.txt: not listed in data/documents.csv: add a row for it (see README, "Adding a document")',
      'seeds/c.txt: not listed in data/documents.csv: add a row for it (see README, "Adding a document")',
    ]);
  });

  it('takes a file named by a row that is itself wrong as listed', () => {
    const wrong = DOC_B.replace('2025-07-28', '2025-02-30');
    const { docs, problems } = read({ documents: t.documents + wrong + '\n' }, { 'seeds/b.txt': '二' });
    expect(problems).toEqual([]);
    expect([...docs.keys()]).toEqual(['doc-a']);
  });
});
