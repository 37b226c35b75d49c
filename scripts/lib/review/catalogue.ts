// The catalogue as the review server sees it at one moment: the six curated tables' bytes, every seed
// document's text, the build's result over them, and a version (a hash of the tables) that a page sends back
// with each decision so that a write over a file changed since is refused. Seed texts are cached by size and
// modification time: a PDF is read once, not on every request.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, type BuildInput } from '../../../src/domain/catalogue/build-dataset';
import { formatProblem, problemList, type Problem } from '../../../src/domain/catalogue/problem';
import { readTable, TABLE_NAMES, type TableName } from '../../../src/domain/catalogue/read-tables';
import { DRAFT_COLUMN, DRAFT_MARK } from '../../../src/domain/catalogue/rows';
import type { Result } from '../../../src/domain/types';
import { readSeed } from '../build-input';

export type TableBytes = Record<TableName, Buffer | null>;

export interface Snapshot {
  tables: TableBytes;
  /** Display path of each table (what build problems name). */
  paths: Record<TableName, string>;
  seeds: Map<string, Result<string>>;
  version: string;
  built: ReturnType<typeof buildDataset>;
}

/** A hash of the tables' bytes: equal versions, equal tables. */
export function versionOf(tables: TableBytes): string {
  const h = createHash('sha256');
  for (const name of TABLE_NAMES) {
    const b = tables[name];
    h.update(`${name}:${b === null ? -1 : b.length}:`);
    if (b) h.update(b);
  }
  return h.digest('hex').slice(0, 32);
}

export class Catalogue {
  private readonly seedCache = new Map<string, { key: string; text: Result<string> }>();

  constructor(
    readonly dataDir: string,
    readonly seedsDir: string,
  ) {}

  tablePath(name: TableName): string {
    return join(this.dataDir, `${name}.csv`);
  }

  /** The tables and documents on disk now, and the build's result over them. */
  async load(): Promise<Snapshot> {
    const tables = Object.fromEntries(
      TABLE_NAMES.map((n) => [n, existsSync(this.tablePath(n)) ? readFileSync(this.tablePath(n)) : null]),
    ) as TableBytes;
    const seeds = await this.readSeeds();
    const snapshot = { tables, seeds, paths: this.paths(), version: versionOf(tables) };
    return { ...snapshot, built: buildDataset(this.input(snapshot)) };
  }

  paths(): Record<TableName, string> {
    return Object.fromEntries(TABLE_NAMES.map((n) => [n, this.tablePath(n)])) as Record<TableName, string>;
  }

  /** The build's input from (possibly changed) tables and seeds. */
  input(s: Pick<Snapshot, 'tables' | 'seeds'>): BuildInput {
    const tables = Object.fromEntries(
      TABLE_NAMES.map((n) => {
        const b = s.tables[n];
        return [n, b === null ? null : { file: this.tablePath(n), bytes: new Uint8Array(b) }];
      }),
    ) as BuildInput['tables'];
    return { tables, seeds: s.seeds };
  }

  private async readSeeds(): Promise<Map<string, Result<string>>> {
    const seeds = new Map<string, Result<string>>();
    if (!existsSync(this.seedsDir)) return seeds;
    for (const name of readdirSync(this.seedsDir).sort()) {
      const path = join(this.seedsDir, name);
      if (name.startsWith('.')) continue;
      const st = statSync(path);
      if (!st.isFile()) continue;
      const key = `${st.size}:${st.mtimeMs}`;
      const hit = this.seedCache.get(name);
      const text = hit && hit.key === key ? hit.text : await readSeed(path);
      this.seedCache.set(name, { key, text });
      seeds.set(`seeds/${name}`, text);
    }
    return seeds;
  }
}

/** What a change adds to the build's problems: those of the changed build not in the snapshot's. */
export function newProblems(before: Snapshot['built'], after: Snapshot['built']): Problem[] {
  if (after.ok) return [];
  const old = new Set((before.ok ? [] : before.error).map(formatProblem));
  return after.error.filter((p) => !old.has(formatProblem(p)));
}

/** A record of a table as written: its line and its cells (trimmed strings, a missing trailing cell empty). */
export interface WrittenRow {
  line: number;
  cells: Record<string, string>;
}

/** The records of a table as written, in file order; none when it cannot be read. */
export function recordsOf(s: Pick<Snapshot, 'tables' | 'paths'>, table: TableName): WrittenRow[] {
  const bytes = s.tables[table];
  if (bytes === null) return [];
  const { problems, add } = problemList();
  const t = readTable(table, { file: s.paths[table], bytes: new Uint8Array(bytes) }, add, problems);
  return (t?.records ?? []).map((r) => ({ line: r.line, cells: r.values }));
}

/**
 * The draft row that proposes the figure at `offset` of `document` (the build's drafts.figures), with the
 * draft indicator row it names, when it names one; null when no draft row covers the figure.
 */
export function draftRowOf(s: Snapshot, document: string, offset: number) {
  const figure = s.built.ok
    ? s.built.value.drafts.figures.find((f) => f.document === document && f.offset === offset)
    : undefined;
  if (!figure) return null;
  const observation = recordsOf(s, 'observations').find((r) => r.line === figure.line);
  if (!observation) return null;
  return { observation, indicator: draftIndicatorOf(s, observation.cells.indicator ?? '') };
}

/** The draft indicator row of that id, if there is one. */
export function draftIndicatorOf(s: Pick<Snapshot, 'tables' | 'paths'>, id: string): WrittenRow | null {
  return (
    recordsOf(s, 'indicators').find((r) => r.cells.id === id && r.cells[DRAFT_COLUMN] === DRAFT_MARK) ?? null
  );
}
