// CSV of the filtered indicators and their observations, and the whole-dataset JSON download. Pure.
// Opens correctly in Excel on Chinese Windows: UTF-8 with a BOM, CRLF line ends, periods in a form no
// spreadsheet reads as a date (table-rows.ts), and every text cell that Excel would read as a formula
// neutralised.
import Papa from 'papaparse';
import type { Dataset, Observation } from '../domain/dataset-schema';
import { indicatorTable, type TableCell, type TableInput } from './table-rows';

export const BOM = '\uFEFF';

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

export type CsvExportInput = TableInput;
type Cell = TableCell;

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

/**
 * The CSV export of the current filter: one row per observation, BOM included, headers and words in the
 * UI's language (table-rows.ts). Only user text (a quote, an imported note) can need neutralising: our own
 * words and qualifiers never start with = + - @.
 */
export function indicatorsCsv(input: CsvExportInput): string {
  const table = indicatorTable(input);
  return toCsv(
    table.columns.map((c) => c.header),
    table.rows,
  );
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
