// A step of buildDataset: the six curated tables, from bytes to typed rows. A table that cannot be read is
// reported once and gives no rows; a row that fails its schema is reported field by field and left out.
import type { z } from 'zod';
import { decodeDocument } from '../text/decode';
import { readCsv, type CsvTable } from './csv';
import { problemList, type AddProblem, type Problem } from './problem';
import { detail } from './problem-codes';
import {
  CSV_COLUMNS,
  documentRow,
  fieldIssue,
  ignoredRow,
  indicatorRow,
  observationRow,
  regionRow,
  topicRow,
  type DocumentRow,
  type IgnoredRow,
  type IndicatorRow,
  type ObservationRow,
  type RegionRow,
  type TopicRow,
} from './rows';

export type TableName = keyof typeof CSV_COLUMNS;
export const TABLE_NAMES = Object.keys(CSV_COLUMNS) as TableName[];

/** The catalogue tables are tens of KB; anything near this is not a catalogue. */
export const MAX_TABLE_BYTES = 20 * 1024 * 1024;
const SAVE_CSV = 'save it from Excel as "CSV UTF-8 (逗号分隔)"';

/** Each curated table: its display path (data/observations.csv) and raw bytes, or null when missing. */
export type TableSources = Record<TableName, { file: string; bytes: Uint8Array } | null>;

/** A row that passed its schema, and its line in the file. */
export interface Row<T> {
  line: number;
  row: T;
}

export interface Catalogue {
  regions: Row<RegionRow>[];
  topics: Row<TopicRow>[];
  documents: Row<DocumentRow>[];
  indicators: Row<IndicatorRow>[];
  observations: Row<ObservationRow>[];
  ignored: Row<IgnoredRow>[];
}

/**
 * Every value of a column as written, valid row or not: a reference to a row that is itself wrong is not
 * reported again (that row's own problem says what to fix).
 */
export interface Written {
  /** Whether the column holds the value; always true for a table that could not be read at all (references
   *  into it are not checked, its own problem says enough). */
  has(table: TableName, column: string, value: string): boolean;
  /** The values of the column (none for a table that could not be read). */
  values(table: TableName, column: string): ReadonlySet<string>;
}

export interface Tables {
  catalogue: Catalogue;
  /** Each table's display path, also for a missing table (data/<name>.csv). */
  files: Record<TableName, string>;
  written: Written;
  problems: Problem[];
}

export function readTables(sources: TableSources): Tables {
  const { problems, add } = problemList();
  const unreadable = new Set<TableName>();
  const written = new Map<string, Set<string>>();
  const table = (name: TableName): CsvTable | null => {
    const t = readTable(name, sources[name], add, problems);
    if (!t) unreadable.add(name);
    for (const { values } of t?.records ?? []) {
      for (const [col, value] of Object.entries(values)) {
        const key = `${name}.${col}`;
        written.set(key, (written.get(key) ?? new Set()).add(value));
      }
    }
    return t;
  };
  // In this order: each table's problems, then its rows' problems, table by table.
  const catalogue: Catalogue = {
    regions: rows(table('regions'), regionRow, add),
    topics: rows(table('topics'), topicRow, add),
    documents: rows(table('documents'), documentRow, add),
    indicators: rows(table('indicators'), indicatorRow, add),
    observations: rows(table('observations'), observationRow, add),
    ignored: rows(table('ignored'), ignoredRow, add),
  };
  return {
    catalogue,
    files: Object.fromEntries(TABLE_NAMES.map((n) => [n, fileOf(n, sources[n])])) as Record<
      TableName,
      string
    >,
    written: {
      has: (name, col, value) => unreadable.has(name) || (written.get(`${name}.${col}`)?.has(value) ?? false),
      values: (name, col) => written.get(`${name}.${col}`) ?? new Set(),
    },
    problems,
  };
}

const fileOf = (name: TableName, src: TableSources[TableName]) => src?.file ?? `data/${name}.csv`;

/** The table's records, or null (and why, in `problems`) when it cannot be read as a whole. */
export function readTable(
  name: TableName,
  src: TableSources[TableName],
  add: AddProblem,
  problems: Problem[],
): CsvTable | null {
  const file = fileOf(name, src);
  const header = CSV_COLUMNS[name].required.join(',');
  if (!src) {
    add(
      file,
      undefined,
      `file not found: create it with the header row ${header}`,
      detail('table-missing', { header }),
    );
    return null;
  }
  if (src.bytes.length === 0) {
    add(file, 1, `the file is empty: expected a header row (${header})`, detail('table-empty', { header }));
    return null;
  }
  if (src.bytes.length > MAX_TABLE_BYTES) {
    add(
      file,
      undefined,
      `larger than ${MAX_TABLE_BYTES / 1024 / 1024} MB: not a catalogue table (is it the right file?)`,
      detail('table-too-large', { limitMb: MAX_TABLE_BYTES / 1024 / 1024 }),
    );
    return null;
  }
  const decoded = decodeDocument(src.bytes);
  if (!decoded.ok) {
    add(
      file,
      undefined,
      `${decoded.error}: ${SAVE_CSV}`,
      detail('table-undecodable', { detail: decoded.error }),
    );
    return null;
  }
  const { table: t, problems: p } = readCsv(decoded.value, file, CSV_COLUMNS[name]);
  problems.push(...p);
  return p.length > 0 ? null : t;
}

/** The records that pass `schema`, each with its line; every failing field reported as file:line. */
export function rows<S extends z.ZodType>(t: CsvTable | null, schema: S, add: AddProblem): Row<z.infer<S>>[] {
  if (!t) return [];
  const out: Row<z.infer<S>>[] = [];
  for (const rec of t.records) {
    const parsed = schema.safeParse(rec.values);
    if (parsed.success) out.push({ line: rec.line, row: parsed.data });
    else
      for (const issue of parsed.error.issues) {
        const col = String(issue.path[0] ?? '');
        const value = rec.values[col] ?? '';
        add(
          t.file,
          rec.line,
          `${col} "${value}" ${issue.message}`,
          detail('field', { column: col, value, issue: fieldIssue(issue) }),
        );
      }
  }
  return out;
}
