// Reads a curated CSV with papaparse and keeps the file line of every record, so every problem can be
// reported as file:line. Refuses what Excel users commonly produce by mistake, with a hint how to fix it.
import Papa from 'papaparse';
import type { Problem } from './problem';
import { detail } from './problem-codes';
import { lineIndex } from './line-index';

export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  records: CsvRecord[];
}

export function readCsv(
  text: string,
  file: string,
  columns: { required: readonly string[]; optional?: readonly string[]; trailing?: readonly string[] },
): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineOf = lineIndex(body);
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: ',' });
  const rows = parsed.data;
  const table: CsvTable = { file, records: [] };

  // papaparse gives no line numbers: walk the rows and find each row's start from its cell texts.
  const rowLines = rowStartLines(body, rows.length, lineOf);
  for (const err of parsed.errors) {
    if (err.code === 'UndetectableDelimiter') continue;
    const line = err.row !== undefined && err.row !== null ? rowLines[err.row] : undefined;
    const unclosedQuote = err.code === 'MissingQuotes' || err.code === 'InvalidQuotes';
    const hint = unclosedQuote
      ? ' (a quote " is not closed or not doubled): close the quoted cell, and write a " inside a cell as ""'
      : '';
    problems.push({
      file,
      ...(line !== undefined ? { line } : {}),
      message: `CSV syntax: ${err.message}${hint}`,
      ...detail('csv-syntax', { detail: err.message, unclosedQuote }),
    });
  }
  if (problems.length > 0) return { table, problems };

  const header = (rows[0] ?? []).map((h) => h.trim());
  if (header.length === 0 || header.every((h) => h === '')) {
    problems.push({
      file,
      line: 1,
      message: `the file is empty: expected a header row (${columns.required.join(',')})`,
      ...detail('table-empty', { header: columns.required.join(',') }),
    });
    return { table, problems };
  }
  const separator = header.length === 1 ? [';', '\t'].find((c) => (header[0] ?? '').includes(c)) : undefined;
  if (separator) {
    problems.push({
      file,
      line: 1,
      message:
        `columns are separated by ${separator === ';' ? "';'" : 'tabs'}, not commas — ` +
        'save the file as CSV with commas (Excel: 另存为 "CSV UTF-8 (逗号分隔)")',
      ...detail('csv-separator', { separator: separator === ';' ? 'semicolon' : 'tab' }),
    });
    return { table, problems };
  }
  const known = new Set([...columns.required, ...(columns.optional ?? [])]);
  for (const col of columns.required) {
    if (!header.includes(col))
      problems.push({
        file,
        line: 1,
        message: `missing column "${col}" in the header (expected: ${[...known].join(', ')})`,
        ...detail('csv-missing-column', { column: col, expected: [...known] }),
      });
  }
  for (const col of header) {
    if (!known.has(col)) {
      problems.push({
        file,
        line: 1,
        message: `unknown column "${col}" (expected: ${[...known].join(', ')})`,
        ...detail('csv-unknown-column', { column: col, expected: [...known] }),
      });
    }
  }
  const seen = new Set<string>();
  for (const col of header) {
    if (seen.has(col))
      problems.push({
        file,
        line: 1,
        message: `column "${col}" appears twice`,
        ...detail('csv-duplicate-column', { column: col }),
      });
    seen.add(col);
  }
  if (problems.length > 0) return { table, problems };

  const trailing = new Set(columns.trailing ?? []);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const line = rowLines[r] ?? r + 1;
    // Blank lines, and the rows of empty cells (,,,,) Excel writes for rows that were once touched.
    if (row.every((cell) => cell.trim() === '')) continue;
    // A row written before a trailing column (draft) was added to the header ends before it: empty cells.
    const short = row.length < header.length && header.slice(row.length).every((c) => trailing.has(c));
    if (row.length !== header.length && !short) {
      problems.push({
        file,
        line,
        message: `expected ${header.length} cells (${header.join(',')}) but found ${row.length}; quote cells that contain a comma`,
        ...detail('csv-cell-count', { expected: header.length, found: row.length, header }),
      });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((col, i) => {
      values[col] = (row[i] ?? '').trim();
    });
    table.records.push({ line, values });
  }
  return { table, problems };
}

/** Line (1-based) on which each parsed row starts; quoted cells may span several lines. */
function rowStartLines(body: string, rowCount: number, lineOf: (offset: number) => number): number[] {
  const lines = [1];
  let inQuotes = false;
  for (let i = 0; i < body.length && lines.length < rowCount; i++) {
    const c = body[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || (c === '\r' && body[i + 1] !== '\n'))) lines.push(lineOf(i + 1));
  }
  return lines;
}
