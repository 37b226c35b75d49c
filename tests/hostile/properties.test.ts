// Random strings and random bytes through every reader of outside input: the document reader and the
// extractor, the catalogue CSV reader and the whole build, and the user CSV import. None may throw, and
// none may produce a figure without a source: every mention is the slice of the text at its offset, every
// imported observation carries its source note.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/catalogue/build-dataset';
import { readCsv } from '../../src/domain/catalogue/csv';
import { CSV_COLUMNS } from '../../src/domain/catalogue/rows';
import { USER_IMPORT_DOCUMENT } from '../../src/domain/dataset-schema';
import { PERIOD_RE } from '../../src/domain/period';
import { extractMentions } from '../../src/domain/extract/extract-mentions';
import { decodeDocument } from '../../src/domain/text/decode';
import { normalizeText } from '../../src/domain/text/normalize';
import { IMPORT_COLUMNS, parseImportCsv } from '../../src/import/import-csv';
import { inputFrom, validTables } from '../support/build-fixture';

const RUNS = { numRuns: 300 };
/** C0/C1 controls and bidi overrides: what the import refuses inside a cell. */
const isControl = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
};
const utf8 = (s: string) => new TextEncoder().encode(s);

// Characters that the readers react to, so that random text reaches their rules.
const TEXTY = [
  ...'0123456789０１２３４５６７８９.,，．%％-+/ \t\r\n"\'',
  ...'〇一二三四五六七八九十百千万亿年月日末亿元万元家个项以上多余约超过',
  ...'\u3000\u00a0\u200b\ufeff\u202e\u0000\u0007\u001b<>&=@',
];
const texty = fc.string({ unit: fc.constantFrom(...TEXTY), maxLength: 400 });
const anyText = fc.oneof(
  texty,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary' }),
);
const bytes = fc.uint8Array({ maxLength: 2000 });
/** Bytes as they arrive in files: raw, UTF-8, GB18030, UTF-16 with a BOM, with a UTF-8 BOM. */
const fileBytes = fc.oneof(
  bytes,
  anyText.map(utf8),
  anyText.map((s) => new Uint8Array(iconv.encode(s, 'gb18030'))),
  anyText.map((s) => new Uint8Array([0xff, 0xfe, ...iconv.encode(s, 'utf-16le')])),
  anyText.map((s) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)])),
);

/** The whole document path: decode, normalise, extract; every mention sits in the text at its offset. */
function readDocument(input: Uint8Array): void {
  const decoded = decodeDocument(input);
  if (!decoded.ok) {
    expect(decoded.error.length).toBeGreaterThan(0);
    return;
  }
  const text = normalizeText(decoded.value);
  for (const m of extractMentions(text)) {
    expect(m.text.length).toBeGreaterThan(0);
    expect(text.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
    if (m.value !== null) expect(Number.isFinite(m.value)).toBe(true);
    if (m.period !== undefined) expect(m.period).toMatch(PERIOD_RE);
  }
}

describe('the document reader and the extractor', () => {
  it('never throw on random bytes or encoded random text, and every mention has its source', () => {
    fc.assert(fc.property(fileBytes, readDocument), RUNS);
  });

  it('normalising is idempotent: a normalised text is a normal text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      RUNS,
    );
  });
});

describe('the catalogue CSV reader and the build', () => {
  it('readCsv never throws; every record and problem is located in the file', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { table, problems } = readCsv(text, 'data/x.csv', CSV_COLUMNS.topics);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const r of table.records) {
          expect(r.line).toBeGreaterThanOrEqual(2);
          expect(r.line).toBeLessThanOrEqual(lines);
        }
        for (const p of problems) {
          expect(p.file).toBe('data/x.csv');
          expect(p.message.length).toBeGreaterThan(0);
          if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('buildDataset never throws on a random table or document, and fails with located problems', () => {
    const names = ['observations', 'indicators', 'documents', 'ignored'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...names), fileBytes, fileBytes, (name, table, doc) => {
        const input = inputFrom({}, { 'seeds/a.txt': doc });
        input.tables[name] = { file: `data/${name}.csv`, bytes: table };
        const result = buildDataset(input);
        if (result.ok) {
          // A build that passes proves every figure against its document.
          const text = new Map(result.value.dataset.documents.map((d) => [d.id, d.text]));
          for (const o of result.value.dataset.indicators.flatMap((i) => i.observations)) {
            const { document, offset, quote } = o.source;
            expect(text.get(document)?.slice(offset, offset + quote.length)).toBe(quote);
          }
        } else {
          for (const p of result.error) expect(p.file).toMatch(/^(data\/\w+\.csv|seeds\/a\.txt|public\/)/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('random rows appended to observations.csv never throw, and never build a figure its quote lacks', () => {
    const cell = fc.oneof(
      texty,
      fc.constantFrom('tech-loan', 'actual', 'target', '2024-06', '6950', '=', 'level', 'doc-a'),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const csv = validTables().observations + Papa.unparse(rows, { newline: '\n' });
        const result = buildDataset(inputFrom({ observations: csv }));
        if (!result.ok) return;
        const doc = result.value.dataset.documents[0]?.text ?? '';
        for (const o of result.value.dataset.indicators.flatMap((i) => i.observations))
          expect(doc.slice(o.source.offset, o.source.offset + o.source.quote.length)).toBe(o.source.quote);
      }),
      RUNS,
    );
  });
});

describe('the user CSV import', () => {
  // Ids and names: the import takes an indicator by either.
  const dataset = {
    indicators: [
      { id: 'cq-loans', name: { zh: '科技型企业贷款余额', en: 'Loans' } },
      { id: 'sh-funds', name: { zh: '基金规模', en: 'Funds' } },
    ],
  } as Parameters<typeof parseImportCsv>[1];
  const hostile = fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil.example","点我")',
    '+1+1',
    '-2',
    '@SUM(A1)',
    '\u202eevil',
    'a\u0000b',
    'x'.repeat(5000),
    '"',
    '',
  );
  const cell = fc.oneof(
    texty,
    hostile,
    fc.constantFrom(
      'cq-loans',
      'sh-funds',
      'actual',
      'target',
      '2024',
      '2025-06',
      '1234.5',
      '=',
      '>=',
      'level',
    ),
  );

  function checkImport(input: Uint8Array): void {
    const r = parseImportCsv(input, dataset);
    if (!r.ok) {
      expect(r.error.length).toBeGreaterThan(0);
      return;
    }
    const lines = new TextDecoder().decode(input).split('\n').length + 1;
    for (const o of r.value.good) {
      expect(o.userSupplied).toBe(true);
      expect(o.source.document).toBe(USER_IMPORT_DOCUMENT);
      expect(o.source.quote.trim().length).toBeGreaterThan(0);
      expect(Number.isFinite(o.value)).toBe(true);
      expect(o.period).toMatch(PERIOD_RE);
      expect(['cq-loans', 'sh-funds']).toContain(o.indicator);
    }
    for (const b of r.value.bad) {
      expect(b.line).toBeGreaterThanOrEqual(2);
      expect(b.line).toBeLessThanOrEqual(lines);
      expect(b.message.length).toBeGreaterThan(0);
    }
  }

  it('never throws on random bytes or random text', () => {
    fc.assert(fc.property(fileBytes, checkImport), RUNS);
  });

  it('never throws on CSVs of random and hostile cells, and every good row carries its source note', () => {
    const row = fc.array(cell, { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.boolean(), (rows, bom) => {
        const csv = (bom ? '\ufeff' : '') + Papa.unparse([[...IMPORT_COLUMNS], ...rows], { newline: '\r\n' });
        checkImport(utf8(csv));
      }),
      RUNS,
    );
  });

  it('keeps a well-formed row with a hostile source note, verbatim, as a figure with that source', () => {
    const note = fc.oneof(hostile, texty, fc.string({ unit: 'grapheme', maxLength: 60 }));
    const good = fc.record({
      indicator: fc.constantFrom('cq-loans', 'sh-funds'),
      role: fc.constantFrom('actual', 'target'),
      period: fc.constantFrom('2024', '2025-06', '2027-12-31'),
      value: fc.integer({ min: -1e9, max: 1e9 }).map(String),
      qualifier: fc.constantFrom('', '=', '>=', '~'),
      basis: fc.constantFrom('', 'level', 'yoy'),
      source_note: note,
    });
    fc.assert(
      fc.property(good, (row) => {
        const csv = Papa.unparse([[...IMPORT_COLUMNS], IMPORT_COLUMNS.map((c) => row[c])], {
          newline: '\r\n',
        });
        const r = parseImportCsv(utf8(csv), dataset);
        const kept = row.source_note.trim();
        const legal = kept !== '' && kept.length <= 500 && ![...kept].some(isControl);
        // A note with NUL or many control characters makes the whole file unreadable: refused, not kept.
        if (!r.ok) {
          expect(legal).toBe(false);
          return;
        }
        if (legal) {
          expect(r.value.bad).toEqual([]);
          expect(r.value.good).toHaveLength(1);
          expect(r.value.good[0]?.source).toEqual({ document: USER_IMPORT_DOCUMENT, quote: kept, offset: 0 });
          expect(r.value.good[0]?.value).toBe(Number(row.value));
        } else {
          expect(r.value.good).toEqual([]);
          expect(r.value.bad.map((b) => b.line)).toContain(2);
        }
      }),
      RUNS,
    );
  });
});
