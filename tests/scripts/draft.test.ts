// `npm run draft -- seeds/FILE --write` as a curator uses it: drafts are appended to data/observations.csv
// and data/indicators.csv as rows marked draft, every reviewed row kept byte for byte; the build reads them
// as drafts; a second run adds nothing; a document the catalogue does not list is refused with what it says
// about itself, and nothing is written.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/catalogue/build-dataset';
import { readBuildInput } from '../../scripts/lib/build-input';

const DOC = 'cq-2018-reply-0108';
const SEED = 'seeds/002_918b6d436871ed29.txt';
const TSX = join('node_modules', '.bin', 'tsx');
const draft = (data: string, file = SEED) =>
  spawnSync(TSX, ['scripts/draft.ts', file, '--write', '--data', data], { encoding: 'utf8' });

const parse = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.replace(/^\uFEFF/, ''),
  });
const save = (file: string, fields: string[], rows: Record<string, string>[]) =>
  writeFileSync(file, Papa.unparse({ fields, data: rows }, { newline: '\n' }) + '\n');

/** A copy of data/ without the reply's rows (its figures all unreviewed) and the indicators only it gave. */
function catalogueWithoutReply(): string {
  const data = join(mkdtempSync(join(tmpdir(), 'draft-cli-')), 'data');
  cpSync('data', data, { recursive: true });
  let used = new Set<string>();
  for (const name of ['observations', 'ignored']) {
    const file = join(data, `${name}.csv`);
    const parsed = parse(file);
    const kept = parsed.data.filter((r) => r.document !== DOC);
    expect(kept.length).toBeLessThan(parsed.data.length);
    if (name === 'observations') used = new Set(kept.map((r) => r.indicator!));
    save(file, parsed.meta.fields!, kept);
  }
  const indicators = parse(join(data, 'indicators.csv'));
  save(
    join(data, 'indicators.csv'),
    indicators.meta.fields!,
    indicators.data.filter((r) => used.has(r.id!)),
  );
  return data;
}

/** The file's bytes, and the same split at its first line end: the header, and the rest. */
function headerAndRest(file: string) {
  const text = readFileSync(file, 'utf8');
  const nl = text.indexOf('\n');
  return { text, header: text.slice(0, nl), rest: text.slice(nl) };
}

describe('npm run draft -- FILE --write', () => {
  it('appends a draft row for every unreviewed figure, reviewed rows untouched; a second run adds nothing', async () => {
    const data = catalogueWithoutReply();
    const before = {
      observations: headerAndRest(join(data, 'observations.csv')),
      indicators: headerAndRest(join(data, 'indicators.csv')),
      others: ['documents', 'regions', 'topics', 'ignored'].map((n) => readFileSync(join(data, `${n}.csv`))),
    };
    const first = draft(data);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/drafted \d+ observation\(s\) and [1-9]\d* new indicator\(s\) into /);

    for (const name of ['observations', 'indicators'] as const) {
      const after = headerAndRest(join(data, `${name}.csv`));
      // The header gains the draft column; every reviewed row keeps its bytes; the drafts come after them.
      expect(after.header).toBe(`${before[name].header},draft`);
      expect(after.rest.startsWith(before[name].rest)).toBe(true);
      const added = after.rest.slice(before[name].rest.length).split('\n').filter(Boolean);
      expect(added.length).toBeGreaterThan(0);
      for (const line of added) expect(line).toMatch(/,1$/);
    }
    expect(
      ['documents', 'regions', 'topics', 'ignored'].map((n) => readFileSync(join(data, `${n}.csv`))),
    ).toEqual(before.others);
    expect(existsSync(join(data, 'drafts'))).toBe(false);

    const rows = parse(join(data, 'observations.csv'));
    const drafts = rows.data.filter((r) => r.draft === '1');
    expect(drafts.length).toBeGreaterThan(25);
    expect(drafts.every((r) => r.document === DOC)).toBe(true);
    expect(drafts.find((r) => r.quote === '总保费2781万元')).toMatchObject({
      role: 'actual',
      period: '2017',
      value: '0.2781',
      basis: 'level',
      document: DOC,
    });

    // The build reads them as drafts: each in the dataset marked draft, the figures still unreviewed.
    const built = buildDataset(await readBuildInput(data, 'seeds'));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const shown = built.value.dataset.indicators.flatMap((i) => i.observations).filter((o) => o.draft);
    expect(shown.length + built.value.drafts.covered).toBe(drafts.length);
    expect(built.value.drafts.rows.length).toBeGreaterThan(drafts.length);

    const written = {
      observations: readFileSync(join(data, 'observations.csv')),
      indicators: readFileSync(join(data, 'indicators.csv')),
    };
    const again = draft(data);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/drafted 0 observation\(s\) and 0 new indicator\(s\); nothing written/);
    expect(readFileSync(join(data, 'observations.csv'))).toEqual(written.observations);
    expect(readFileSync(join(data, 'indicators.csv'))).toEqual(written.indicators);
  }, 120_000);

  it('refuses a document the catalogue does not list, with what the document says about itself', () => {
    const data = catalogueWithoutReply();
    const files = () => readdirSync(data).map((n) => [n, readFileSync(join(data, n))]);
    const before = files();
    const other = join(mkdtempSync(join(tmpdir(), 'draft-new-')), 'new.txt');
    cpSync('seeds/000_0294bc5628748d2f.txt', other);
    const r = draft(data, other);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('seeds/new.txt is not in');
    expect(r.stderr).toContain('2025-07-28');
    expect(files()).toEqual(before);
  });
});
