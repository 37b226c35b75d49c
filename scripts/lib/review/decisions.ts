// A curator's decision on one figure, from the page's JSON to the rows it adds: accept (into an existing
// indicator, or a new one written beside it), correct-and-accept (the same, with edited cells), or ignore
// with a reason. A figure that a draft row proposes (`npm run draft -- FILE --write`) is decided in that row's
// place: accepted, the row is rewritten where it is with the draft mark cleared (and the draft indicator it
// is accepted into with it); ignored, the draft row goes. Every cell is checked by the catalogue's own zod
// schema, then the whole build runs over the tables as they would be: the rows are written only when the
// build finds nothing new wrong with them and credits the chosen figure. Pure: bytes in, bytes out; the
// server writes them.
import { z } from 'zod';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import type { TableName } from '../../../src/domain/catalogue/read-tables';
import {
  CSV_COLUMNS,
  DRAFT_COLUMN,
  documentRow,
  fieldIssue,
  ignoredRow,
  indicatorRow,
  observationRow,
} from '../../../src/domain/catalogue/rows';
import type { Result } from '../../../src/domain/types';
import { detail, type RecordKind, type ReportedProblem } from '../../../src/domain/catalogue/problem-codes';
import {
  draftIndicatorOf,
  draftRowOf,
  newProblems,
  recordsOf,
  type Catalogue,
  type Snapshot,
} from './catalogue';
import { appendRow, removeRow, replaceRow } from './csv-append';
import { readTables } from '../../../src/domain/catalogue/read-tables';

/** A cell as the page sends it: a string of reasonable length (a quote is a clause, a note a sentence). */
const cell = z.string().max(2000, 'is longer than 2000 characters');
const cellsOf = (table: TableName, omit: readonly string[] = []) => {
  const required = CSV_COLUMNS[table].required.filter((c) => !omit.includes(c));
  const optional = CSV_COLUMNS[table].optional;
  return z.strictObject(
    Object.fromEntries([...required.map((c) => [c, cell]), ...optional.map((c) => [c, cell.optional()])]),
  ) as z.ZodType<Record<string, string | undefined>>;
};

const base = {
  version: z.string().max(64),
  document: z.string().max(200),
  offset: z.int().nonnegative(),
};

export const decisionSchema = z.discriminatedUnion('action', [
  z.strictObject({
    ...base,
    action: z.literal('accept'),
    observation: cellsOf('observations'),
    indicator: cellsOf('indicators').optional(),
  }),
  z.strictObject({ ...base, action: z.literal('ignore'), ignore: cellsOf('ignored') }),
]);
export type Decision = z.infer<typeof decisionSchema>;

/** A catalogued document's row, corrected: every cell but its id and file, which stay. */
export const documentMetaRequest = z.strictObject({
  version: z.string().max(64),
  id: z.string().max(200),
  row: cellsOf('documents', ['id', 'file']),
});

export const documentRowRequest = z.strictObject({
  version: z.string().max(64),
  pending: z.string().max(64),
  /** The file is the server's: the name the upload was given. */
  row: cellsOf('documents', ['file']),
});

/** The new bytes of each table a decision changes, and the build's result over them. */
export interface Plan {
  writes: { table: TableName; bytes: Buffer }[];
  after: Snapshot['built'];
}

/** What a decision meets before the build runs: its English message, code and parameters. */
type Refusal = ReportedProblem;

/** Each field the schema refuses, as the build words it: `what: column "value" problem`. */
function fieldProblems(
  schema: z.ZodType,
  cells: Record<string, string | undefined>,
  what: RecordKind,
): Refusal[] {
  const parsed = schema.safeParse(cells);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => {
    const column = String(i.path[0] ?? '');
    const value = cells[column] ?? '';
    return {
      message: `${what}: ${column} "${value}" ${i.message}`,
      ...detail('field', { column, value, issue: fieldIssue(i), record: what }),
    };
  });
}

/** A row appended to a table, or the record on `line` replaced by `cells`, or removed (`cells` null). */
type RowChange =
  | { table: TableName; cells: Record<string, string | undefined>; line?: number }
  | { table: TableName; cells: null; line: number };

/** Rows changed in the snapshot's tables, run through the build. */
function simulate(
  catalogue: Catalogue,
  s: Snapshot,
  rows: RowChange[],
  seeds = s.seeds,
): Result<Plan, Refusal[]> {
  const tables = { ...s.tables };
  const problems: Refusal[] = [];
  // Records in place first, the last line first (a removed record moves the ones after it), then appends.
  const ordered = [...rows].sort((a, b) => (b.line ?? -1) - (a.line ?? -1));
  for (const { table, cells, line } of ordered) {
    const bytes = tables[table];
    if (bytes === null)
      problems.push({
        message: `${s.paths[table]}: file not found`,
        ...detail('decision-table-missing', { file: s.paths[table] }),
      });
    else if (line === undefined) tables[table] = appendRow(bytes, cells!);
    else tables[table] = cells === null ? removeRow(bytes, line) : replaceRow(bytes, line, cells);
  }
  if (problems.length) return { ok: false, error: problems };
  const after = buildDataset(catalogue.input({ tables, seeds }));
  const found = newProblems(s.built, after);
  if (found.length) return { ok: false, error: found };
  const changed = [...new Set(rows.map((r) => r.table))];
  return { ok: true, value: { writes: changed.map((t) => ({ table: t, bytes: tables[t]! })), after } };
}

export function planDecision(catalogue: Catalogue, s: Snapshot, d: Decision): Result<Plan, Refusal[]> {
  if (!s.built.ok)
    return {
      ok: false,
      error: [
        {
          message: 'the catalogue has problems the build reports: fix them first',
          ...detail('catalogue-broken', {}),
        },
        ...s.built.error,
      ],
    };
  const doc = s.built.ok ? s.built.value.dataset.documents.find((x) => x.id === d.document) : undefined;
  if (!doc)
    return {
      ok: false,
      error: [
        {
          message: `document "${d.document}" is not in the catalogue`,
          ...detail('decision-document-unknown', { document: d.document }),
        },
      ],
    };
  const mention = s.built.ok
    ? s.built.value.dataset.mentions.find((m) => m.document === d.document && m.offset === d.offset)
    : undefined;
  if (!mention || mention.class !== 'figure')
    return {
      ok: false,
      error: [
        {
          message: `no figure at offset ${d.offset} of ${doc.file}`,
          ...detail('decision-no-figure', { offset: d.offset, file: doc.file }),
        },
      ],
    };
  if (mention.status !== 'unreviewed')
    return {
      ok: false,
      error: [
        {
          message: `"${mention.text}" is ${mention.status} already`,
          ...detail('decision-decided', { text: mention.text, status: mention.status }),
        },
      ],
    };

  const rows: RowChange[] = [];
  const problems: Refusal[] = [];
  // The draft row that proposes this figure, if any, and the draft indicator it names: decided in place.
  const drafted = draftRowOf(s, d.document, d.offset);
  const draftIndicator = drafted?.indicator ?? null;
  // The draft indicator has no other observation row: it goes (or is corrected in place) with this one.
  const alone =
    draftIndicator !== null &&
    !recordsOf(s, 'observations').some(
      (r) => r.line !== drafted?.observation.line && r.cells.indicator === draftIndicator.cells.id,
    );
  const reviewed = { [DRAFT_COLUMN]: '' };
  if (d.action === 'accept') {
    const observation: Record<string, string | undefined> = {
      ...d.observation,
      document: d.document,
      ...reviewed,
    };
    if (d.indicator) {
      problems.push(...fieldProblems(indicatorRow, d.indicator, 'new indicator'));
      if (d.indicator.id !== observation.indicator)
        problems.push({
          message: `observation: indicator "${observation.indicator}" is not the new indicator "${d.indicator.id}"`,
          ...detail('decision-indicator-mismatch', {
            indicator: observation.indicator ?? '',
            newIndicator: d.indicator.id ?? '',
          }),
        });
    }
    // The indicator the figure goes into is reviewed with it when it is a draft (corrected, when the page
    // sends its cells); else a new indicator takes the place of the draft row's own, when it is alone.
    const into = draftIndicatorOf(s, observation.indicator ?? '');
    const renamed = !into && d.indicator !== undefined && alone;
    if (into)
      rows.push({
        table: 'indicators',
        line: into.line,
        cells: { ...(d.indicator ?? into.cells), ...reviewed },
      });
    else if (renamed)
      rows.push({ table: 'indicators', line: draftIndicator.line, cells: { ...d.indicator, ...reviewed } });
    else if (d.indicator) rows.push({ table: 'indicators', cells: { ...d.indicator, ...reviewed } });
    if (alone && !renamed && into?.line !== draftIndicator.line)
      rows.push({ table: 'indicators', line: draftIndicator.line, cells: null });
    problems.push(...fieldProblems(observationRow, observation, 'observation'));
    rows.push({
      table: 'observations',
      cells: observation,
      ...(drafted ? { line: drafted.observation.line } : {}),
    });
  } else {
    const ignore = { ...d.ignore, document: d.document };
    problems.push(...fieldProblems(ignoredRow, ignore, 'ignore'));
    rows.push({ table: 'ignored', cells: ignore });
    if (drafted) rows.push({ table: 'observations', line: drafted.observation.line, cells: null });
    if (alone) rows.push({ table: 'indicators', line: draftIndicator.line, cells: null });
  }
  if (problems.length) return { ok: false, error: problems };

  const plan = simulate(catalogue, s, rows);
  if (!plan.ok) return plan;
  // The build credits a quote's first matching figure: it must be the one the curator chose.
  const after = plan.value.after;
  const now = after.ok
    ? after.value.dataset.mentions.find((m) => m.document === d.document && m.offset === d.offset)
    : undefined;
  const want = d.action === 'accept' ? 'used' : 'ignored';
  if (now?.status !== want)
    return {
      ok: false,
      error: [
        {
          message:
            `the quote does not prove "${mention.text}" (at ${d.offset}): it proves another figure; ` +
            'shorten or move the quote so that it holds this figure first',
          ...detail('decision-other-figure', { text: mention.text, offset: d.offset }),
        },
      ],
    };
  return plan;
}

/** A new document's row, with its file (not yet in seeds/) read as `text`. */
export function planDocumentRow(
  catalogue: Catalogue,
  s: Snapshot,
  file: string,
  text: Result<string>,
  cells: Record<string, string | undefined>,
): Result<Plan, Refusal[]> {
  const row = { ...cells, file };
  const problems = fieldProblems(documentRow, row, 'document');
  if (problems.length) return { ok: false, error: problems };
  const seeds = new Map(s.seeds).set(file, text);
  return simulate(catalogue, s, [{ table: 'documents', cells: row }], seeds);
}

/** The cells of a catalogued document's row as written, and its line; null when it has none. */
export function documentRowOf(catalogue: Catalogue, s: Snapshot, id: string) {
  const found = readTables(catalogue.input(s).tables).catalogue.documents.find((r) => r.row.id === id);
  if (!found) return null;
  const { note, ...rest } = found.row;
  return { line: found.line, cells: { ...rest, note: note ?? '' } as Record<string, string> };
}

/** A catalogued document's row corrected in place (its id and file kept). */
export function planDocumentMeta(
  catalogue: Catalogue,
  s: Snapshot,
  id: string,
  cells: Record<string, string | undefined>,
): Result<Plan, Refusal[]> {
  const current = documentRowOf(catalogue, s, id);
  if (!current)
    return {
      ok: false,
      error: [
        {
          message: `document "${id}" has no valid row in ${s.paths.documents}`,
          ...detail('decision-row-missing', { id, table: s.paths.documents }),
        },
      ],
    };
  const row = { ...cells, id, file: current.cells.file };
  const problems = fieldProblems(documentRow, row, 'document');
  if (problems.length) return { ok: false, error: problems };
  return simulate(catalogue, s, [{ table: 'documents', cells: row, line: current.line }]);
}
