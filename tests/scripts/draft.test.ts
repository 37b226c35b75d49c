// `npm run draft -- seeds/FILE --write` as a curator uses it: drafts land in data/drafts/, in the catalogue's
// columns; a second run adds nothing; a document the catalogue does not list is refused with what it says
// about itself.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

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

describe('npm run draft', () => {
  it('drafts rows for every unreviewed figure into data/drafts/, and nothing more on a second run', () => {
    const data = catalogueWithoutReply();
    const first = draft(data);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/drafted \d+ observation\(s\) and \d+ new indicator\(s\)/);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(join(data, 'drafts', 'observations.csv'), 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(rows.meta.fields).toEqual([
      'indicator',
      'role',
      'period',
      'value',
      'qualifier',
      'basis',
      'document',
      'quote',
      'since',
      'note',
      'dated',
    ]);
    expect(rows.data.length).toBeGreaterThan(25);
    expect(rows.data.find((r) => r.quote === '总保费2781万元')).toMatchObject({
      role: 'actual',
      period: '2017',
      value: '0.2781',
      basis: 'level',
      document: DOC,
    });
    const again = draft(data);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/drafted 0 observation\(s\) and 0 new indicator\(s\)/);
    expect(
      readFileSync(join(data, 'drafts', 'observations.csv'), 'utf8')
        .trim()
        .split('\n').length,
    ).toBe(rows.data.length + 1);
  });

  it('refuses a document the catalogue does not list, with what the document says about itself', () => {
    const data = catalogueWithoutReply();
    const other = join(mkdtempSync(join(tmpdir(), 'draft-new-')), 'new.txt');
    cpSync('seeds/000_0294bc5628748d2f.txt', other);
    const r = draft(data, other);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('seeds/new.txt is not in');
    expect(r.stderr).toContain('2025-07-28');
    expect(existsSync(join(data, 'drafts'))).toBe(false);
  });
});
