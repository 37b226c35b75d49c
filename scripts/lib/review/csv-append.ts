// One row added to (or replaced in, or removed from) a curated CSV the way a curator would do it by hand: the
// file's other bytes kept as they are (header, order, quoting, line ends, a BOM), the row in the file's own
// column order, quoted only where a cell needs it, as papaparse and Excel write. `git diff` then shows only
// that line. Used by the review server and by `npm run draft -- FILE --write`.
import Papa from 'papaparse';

/** The header's column names, as the file writes them (BOM and spaces aside). */
export function headerOf(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return (Papa.parse<string[]>(first, { header: false }).data[0] ?? []).map((h) => h.trim());
}

/** The file's line end: CRLF when its header line ends so, else LF. */
function lineEnd(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('utf8');
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** One CSV line (without its end) of `cells` in the order of `columns`; a column not given is empty. */
export function csvLine(
  columns: readonly string[],
  cells: Readonly<Record<string, string | undefined>>,
): string {
  return Papa.unparse([columns.map((c) => cells[c] ?? '')], { header: false, newline: '\n' });
}

/** The file's bytes with the row appended (a missing last line end is added first). */
export function appendRow(bytes: Uint8Array, cells: Readonly<Record<string, string | undefined>>): Buffer {
  const end = lineEnd(bytes);
  const text = Buffer.from(bytes).toString('utf8');
  const sep = text.length === 0 || text.endsWith('\n') ? '' : end;
  return Buffer.concat([
    Buffer.from(bytes),
    Buffer.from(sep + csvLine(headerOf(bytes), cells) + end, 'utf8'),
  ]);
}

/** The file's bytes with `column` added at the end of its header line; every other byte kept. */
export function withColumn(bytes: Uint8Array, column: string): Buffer {
  const text = Buffer.from(bytes).toString('utf8');
  const nl = text.indexOf('\n');
  const end = nl < 0 ? text.length : nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
  return Buffer.from(`${text.slice(0, end)},${column}${text.slice(end)}`, 'utf8');
}

/** Where the record that starts on `line` (1-based) lies: from its first character to its line end. */
function recordAt(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) throw new Error(`line ${line} is past the end of the file`);
    start = nl + 1;
  }
  // The record ends at the first line end outside a quoted cell.
  let end = start;
  let quoted = false;
  for (; end < text.length; end++) {
    const c = text[end];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) break;
  }
  return { start, end };
}

/**
 * The file's bytes with the record that starts on `line` (1-based, as the build reports it) replaced by
 * `cells`; every other byte, the record's own line end included, kept.
 */
export function replaceRow(
  bytes: Uint8Array,
  line: number,
  cells: Readonly<Record<string, string | undefined>>,
): Buffer {
  const text = Buffer.from(bytes).toString('utf8');
  const { start, end: nl } = recordAt(text, line);
  const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
  return Buffer.from(text.slice(0, start) + csvLine(headerOf(bytes), cells) + text.slice(end), 'utf8');
}

/** The file's bytes without the record that starts on `line`, its line end included. */
export function removeRow(bytes: Uint8Array, line: number): Buffer {
  const text = Buffer.from(bytes).toString('utf8');
  const { start, end } = recordAt(text, line);
  return Buffer.from(text.slice(0, start) + text.slice(Math.min(text.length, end + 1)), 'utf8');
}
