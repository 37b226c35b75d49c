// Import a CSV of newer observations: decode (UTF-8, BOM, GB18030/GBK), parse (papaparse), validate every
// row (zod), and report every bad row with its line. Pure: bytes and the dataset in, a result out.
import Papa from 'papaparse';
import * as z from 'zod/mini';
import { BASES, USER_IMPORT_DOCUMENT, type Dataset, type Observation } from '../domain/dataset-schema';
import { parsePeriod } from '../domain/period';
import { decodeDocument } from '../domain/text/decode';
import { QUALIFIERS, type Result } from '../domain/types';
import { translator, type Locale } from '../i18n/translate';
import { importWord } from '../i18n/import-words';
import { echo, formatBytes } from './message-values';
import { lineIndex } from '../domain/catalogue/line-index';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;
export const MAX_NOTE_LENGTH = 500;
const MAX_CELL_LENGTH = 200;

export const IMPORT_COLUMNS = [
  'indicator',
  'role',
  'period',
  'value',
  'qualifier',
  'basis',
  'source_note',
] as const;
const REQUIRED_COLUMNS = ['indicator', 'role', 'period', 'value', 'source_note'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];

/** An imported figure: an Observation (userSupplied, source 'user-import') plus where it belongs and came from. */
export interface ImportedObservation extends Observation {
  indicator: string;
  /** Line of the row in the imported file (1 = the header). */
  line: number;
  userSupplied: true;
}

export interface BadRow {
  line: number;
  message: string;
}

export interface ImportResult {
  good: ImportedObservation[];
  bad: BadRow[];
  /** Data rows read (good + bad), blank lines and unfilled template rows not counted. */
  rows: number;
  /** Template rows left unfilled (no period, value or source note): skipped, not errors. */
  unfilled: number;
}

export interface ImportOptions {
  locale?: Locale;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
/** The first C0/C1 control (tab and line breaks included) or bidi override that can make text read backwards. */
function forbiddenChar(s: string): string | null {
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
      return ch;
  }
  return null;
}

function rowSchema(indicatorIds: ReadonlySet<string>, locale: Locale) {
  const t = translator(locale);
  const cell = (column: Column, limit = MAX_CELL_LENGTH) =>
    z.string().check(
      z.superRefine((s, ctx) => {
        if (s.length > limit)
          ctx.addIssue({
            code: 'custom',
            message: t('import.problem.tooLong', { column, length: s.length, limit }),
          });
        const bad = forbiddenChar(s);
        if (bad) {
          const code = `U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
          ctx.addIssue({ code: 'custom', message: t('import.problem.control', { column, code }) });
        }
      }),
    );
  return z.object({
    indicator: cell('indicator').check(
      z.superRefine((s, ctx) => {
        if (s === '') ctx.addIssue({ code: 'custom', message: t('import.problem.emptyIndicator') });
        else if (!indicatorIds.has(s))
          ctx.addIssue({ code: 'custom', message: t('import.problem.unknownIndicator', { value: echo(s) }) });
      }),
    ),
    role: cell('role').check(
      z.superRefine((s, ctx) => {
        if (s !== 'actual' && s !== 'target')
          ctx.addIssue({ code: 'custom', message: t('import.problem.role', { value: echo(s) }) });
      }),
    ),
    period: cell('period').check(
      z.superRefine((s, ctx) => {
        if (!parsePeriod(s).ok)
          ctx.addIssue({ code: 'custom', message: t('import.problem.period', { value: echo(s) }) });
      }),
    ),
    value: cell('value').check(
      z.superRefine((s, ctx) => {
        if (!PLAIN_DECIMAL.test(s) || !Number.isFinite(Number(s)))
          ctx.addIssue({ code: 'custom', message: t('import.problem.value', { value: echo(s) }) });
      }),
    ),
    qualifier: cell('qualifier').check(
      z.superRefine((s, ctx) => {
        if (s !== '' && !(QUALIFIERS as readonly string[]).includes(s))
          ctx.addIssue({ code: 'custom', message: t('import.problem.qualifier', { value: echo(s) }) });
      }),
    ),
    basis: cell('basis').check(
      z.superRefine((s, ctx) => {
        if (s !== '' && !(BASES as readonly string[]).includes(s))
          ctx.addIssue({ code: 'custom', message: t('import.problem.basis', { value: echo(s) }) });
      }),
    ),
    source_note: cell('source_note', MAX_NOTE_LENGTH).check(
      z.superRefine((s, ctx) => {
        if (s === '') ctx.addIssue({ code: 'custom', message: t('import.problem.noteMissing') });
      }),
    ),
  });
}

function toObservation(row: Record<Column, string>, line: number): ImportedObservation {
  return {
    indicator: row.indicator,
    line,
    role: row.role as Observation['role'],
    period: row.period,
    value: Number(row.value),
    qualifier: (row.qualifier || '=') as Observation['qualifier'],
    basis: (row.basis || 'level') as Observation['basis'],
    userSupplied: true,
    source: { document: USER_IMPORT_DOCUMENT, quote: row.source_note, offset: 0 },
  };
}

/**
 * Read an import file. A file that cannot be used at all (too large, not text, no header, too many rows)
 * is an error; otherwise every row is either good or bad, and every bad row says its line and problem.
 */
export function parseImportCsv(
  bytes: Uint8Array,
  dataset: Pick<Dataset, 'indicators'>,
  { locale = 'zh-CN' }: ImportOptions = {},
): Result<ImportResult> {
  const t = translator(locale);
  if (bytes.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: t('import.problem.tooLarge', {
        size: formatBytes(bytes.length),
        limit: formatBytes(MAX_IMPORT_BYTES),
      }),
    };
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return { ok: false, error: t('import.problem.unreadable', { detail: decoded.error }) };
  const text = decoded.value;
  const lineOf = lineIndex(text);

  const records: { fields: string[]; line: number; error?: string }[] = [];
  let rowStart = 0;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step: (results, parser) => {
      const line = lineOf(rowStart);
      const cursor = results.meta.cursor;
      // The next row starts after this one's line break.
      rowStart = cursor;
      while (rowStart < text.length && /\s/.test(text[rowStart]!)) rowStart++;
      const error = results.errors[0];
      records.push({ fields: results.data, line, ...(error ? { error: error.message } : {}) });
      if (records.length > MAX_IMPORT_ROWS + 1) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) return { ok: false, error: t('import.problem.tooManyRows', { limit: MAX_IMPORT_ROWS }) };

  const header = records.shift();
  if (!header) return { ok: false, error: t('import.problem.noRows') };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  if (names.length === 1 && names[0]!.includes(';'))
    return { ok: false, error: t('import.problem.semicolon') };
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      error: t('import.problem.missingColumns', {
        columns: missing.join(', '),
        expected: IMPORT_COLUMNS.join(','),
      }),
    };
  }
  if (records.length === 0) return { ok: false, error: t('import.problem.noRows') };

  const ids = new Set(dataset.indicators.map((i) => i.id));
  // An indicator may be given by its Chinese name where that name is unique.
  const byName = new Map<string, string[]>();
  for (const i of dataset.indicators) byName.set(i.name.zh, [...(byName.get(i.name.zh) ?? []), i.id]);
  const schema = rowSchema(ids, locale);
  const good: ImportedObservation[] = [];
  const bad: BadRow[] = [];
  const seen = new Map<string, number>();
  let unfilled = 0;
  for (const record of records) {
    const { line } = record;
    if (record.error) {
      bad.push({ line, message: t('import.problem.csvSyntax', { detail: record.error }) });
      continue;
    }
    if (
      record.fields.length > names.length &&
      record.fields.slice(names.length).some((f) => f.trim() !== '')
    ) {
      bad.push({ line, message: t('import.problem.extraFields', { count: record.fields.length }) });
      continue;
    }
    const row = Object.fromEntries(
      IMPORT_COLUMNS.map((c) => [c, (record.fields[names.indexOf(c)] ?? '').trim()]),
    ) as Record<Column, string>;
    // A template row nobody filled in (it came with its indicator and role only).
    if (row.period === '' && row.value === '' && row.source_note === '') {
      unfilled++;
      continue;
    }
    if (!ids.has(row.indicator)) {
      const named = byName.get(row.indicator);
      if (named?.length === 1) row.indicator = named[0]!;
      else if (named) {
        bad.push({
          line,
          message: importWord(locale, 'ambiguous', { value: echo(row.indicator), ids: named.join(', ') }),
        });
        continue;
      }
    }
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) bad.push({ line, message: issue.message });
      continue;
    }
    const observation = toObservation(parsed.data, line);
    const key = [observation.indicator, observation.role, observation.period, observation.basis].join(
      '\u0000',
    );
    const first = seen.get(key);
    if (first !== undefined) {
      bad.push({ line, message: t('import.problem.duplicate', { line: first }) });
      continue;
    }
    seen.set(key, line);
    good.push(observation);
  }
  return { ok: true, value: { good, bad, rows: records.length - unfilled, unfilled } };
}

/** An indicator of the current view, as the template lists it. */
export interface TemplateRow {
  id: string;
  name: string;
  region: string;
  unit: string;
  /** The period of its latest actual on the as-of date; '' when it has none. */
  latestPeriod: string;
}

/** Columns the template adds for the reader, which the import does not read. */
const REFERENCE_COLUMNS = ['name', 'region', 'unit', 'latest_period'] as const;

/** A CSV cell: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a formula is
 * neutralised with a leading apostrophe. */
function cell(s: string): string {
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The template offered for download: one row per indicator of the current view, with its id, name, region,
 * unit and latest period filled in, role 'actual', and the period, value and source note left for the user.
 * With no indicator, one example row per role.
 */
export function importTemplateCsv(rows: readonly TemplateRow[]): string {
  const header = ['indicator', ...REFERENCE_COLUMNS, ...IMPORT_COLUMNS.slice(1)];
  const lines =
    rows.length > 0
      ? rows.map((r) =>
          [r.id, r.name, r.region, r.unit, r.latestPeriod, 'actual', '', '', '', '', ''].map(cell).join(','),
        )
      : [
          'indicator-id,,,,,actual,2024,1234.5,=,level,2024年统计公报',
          'indicator-id,,,,,target,2027,2000,>=,level,2025年新规划',
        ];
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
