// CSV of the filtered indicators and their observations, and the whole-dataset JSON download. Pure.
// Opens correctly in Excel on Chinese Windows: UTF-8 with a BOM, CRLF line ends, and every text cell that
// Excel would read as a formula neutralised.
import Papa from 'papaparse';
import {
  USER_IMPORT_DOCUMENT,
  type Dataset,
  type Indicator,
  type Observation,
} from '../domain/dataset-schema';
import type { Status } from '../domain/progress-types';

export const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'indicator_id',
  'name_zh',
  'name_en',
  'region',
  'region_name',
  'topic',
  'unit',
  'role',
  'period',
  'qualifier',
  'value',
  'basis',
  'since',
  'status',
  'document_id',
  'document_title',
  'document_issuer',
  'document_published',
  'quote',
  'user_supplied',
] as const;

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection), plus tab and CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefix a text cell that a spreadsheet would evaluate (`=HYPERLINK(…)`, `+1`, `-2+3`, `@SUM`) with an
 * apostrophe, so it is shown as text. Numbers we format ourselves are left alone: a finite JS number
 * printed by String() is never a formula, and `-12.5` must stay a number in Excel.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvExportInput {
  dataset: Pick<Dataset, 'documents' | 'regions'>;
  /** The filtered indicators, in the order shown. */
  indicators: readonly Indicator[];
  /** Status per indicator id (computed with the imported observations). */
  statuses?: ReadonlyMap<string, Status | null>;
  /** The user's imported observations per indicator id. */
  extra?: ReadonlyMap<string, readonly Observation[]>;
}

type Cell = string | number;

export function csvRows(input: CsvExportInput): Cell[][] {
  const docs = new Map(input.dataset.documents.map((d) => [d.id, d]));
  const regions = new Map(input.dataset.regions.map((r) => [r.id, r]));
  const rows: Cell[][] = [];
  for (const indicator of input.indicators) {
    const status = input.statuses?.get(indicator.id) ?? '';
    const observations = [...indicator.observations, ...(input.extra?.get(indicator.id) ?? [])];
    for (const o of observations) {
      const doc = docs.get(o.source.document);
      const user = o.userSupplied === true;
      const row: Record<(typeof CSV_COLUMNS)[number], Cell> = {
        indicator_id: indicator.id,
        name_zh: indicator.name.zh,
        name_en: indicator.name.en,
        region: indicator.region,
        region_name: regions.get(indicator.region)?.name.zh ?? '',
        topic: indicator.topic,
        unit: indicator.unit,
        role: o.role,
        period: o.period,
        qualifier: o.qualifier,
        value: o.value,
        basis: o.basis,
        since: o.since ?? '',
        status,
        document_id: user ? USER_IMPORT_DOCUMENT : o.source.document,
        document_title: doc?.title ?? '',
        document_issuer: doc?.issuer ?? '',
        document_published: doc?.published ?? '',
        quote: o.source.quote,
        user_supplied: user ? 'true' : 'false',
      };
      rows.push(CSV_COLUMNS.map((c) => row[c]));
    }
  }
  return rows;
}

/** Cells to text: numbers as written by String(), text neutralised against formula injection. */
function safeCells(rows: readonly (readonly Cell[])[]): string[][] {
  return rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : neutralizeCell(c))));
}

/** Any table as CSV text with a BOM (papaparse quotes cells with commas, quotes and line breaks). */
export function toCsv(fields: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const body = Papa.unparse(
    { fields: [...fields], data: safeCells(rows) },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${BOM}${body}\r\n`;
}

/** The CSV export of the current filter: one row per observation, BOM included. */
export function indicatorsCsv(input: CsvExportInput): string {
  return toCsv(CSV_COLUMNS, csvRows(input));
}

/** Text to the bytes of a download (TextEncoder writes U+FEFF as EF BB BF). */
export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * The whole dataset as JSON. With imports, each indicator's imported observations are appended, marked
 * `userSupplied: true`, so the file says which figures did not come from the documents.
 */
export function datasetJson(dataset: Dataset, extra?: ReadonlyMap<string, readonly Observation[]>): string {
  const out: Dataset =
    extra && extra.size > 0
      ? {
          ...dataset,
          indicators: dataset.indicators.map((i) => {
            const more = extra.get(i.id);
            return more && more.length > 0
              ? {
                  ...i,
                  observations: [...i.observations, ...more.map((o) => ({ ...o, userSupplied: true }))],
                }
              : i;
          }),
        }
      : dataset;
  return `${JSON.stringify(out, null, 2)}\n`;
}

export { safeFileName } from './names';
