// The build as a user runs it: a broken catalogue exits non-zero, names file and line, and leaves the
// previous dataset byte-identical; a good one writes the dataset and prints a summary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOC_TEXT, validTables, withLine, type Tables } from '../support/build-fixture';

const TSX = join('node_modules', '.bin', 'tsx');

function setUp(tables: Tables): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'a.txt'), DOC_TEXT);
  for (const [name, text] of Object.entries(tables)) writeFileSync(join(dir, 'data', `${name}.csv`), text);
  return dir;
}

function build(dir: string) {
  return spawnSync(
    TSX,
    [
      'scripts/build-data.ts',
      '--data',
      join(dir, 'data'),
      '--seeds',
      join(dir, 'seeds'),
      '--out',
      join(dir, 'out', 'indicators.json'),
    ],
    {
      encoding: 'utf8',
    },
  );
}

describe('npm run build:data', () => {
  let dir: string;
  let first: ReturnType<typeof build>;
  beforeAll(() => {
    dir = setUp(validTables());
    first = build(dir);
  });

  it('writes the dataset and prints a summary', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /1 documents, 2 indicators, 3 observations \(2 actual, 1 target\); mentions \d+ used \/ \d+ ignored \/ 0 unreviewed/,
    );
    const json = JSON.parse(readFileSync(join(dir, 'out', 'indicators.json'), 'utf8'));
    expect(json.indicators.map((i: { id: string }) => i.id)).toEqual(['tech-loan', 'mfg-new']);
  });

  it('writes byte-identical output on a second run, and leaves no temp file', () => {
    const before = readFileSync(join(dir, 'out', 'indicators.json'));
    expect(build(dir).status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'indicators.json')).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['indicators.json']);
  });

  it('fails on a broken row, names file and line, and leaves the previous dataset untouched', () => {
    const before = readFileSync(join(dir, 'out', 'indicators.json'));
    const broken = withLine(
      validTables().observations,
      3,
      'tech-loan,actual,2024-06,24.4,=,yoy,,doc-a,同比增长42.4%,',
    );
    writeFileSync(join(dir, 'data', 'observations.csv'), broken);
    const run = build(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(dir, 'data', 'observations.csv')}:3: the quote does not hold 24.4 %`,
    );
    expect(run.stderr).toMatch(/1 problem\(s\); .*indicators\.json left unchanged/);
    expect(readFileSync(join(dir, 'out', 'indicators.json')).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['indicators.json']);
  });

  it('with --strict, refuses unreviewed figures and writes nothing', () => {
    const d = setUp({ ...validTables(), ignored: 'document,quote,text,reason\n' });
    const run = spawnSync(
      TSX,
      [
        'scripts/build-data.ts',
        '--strict',
        '--data',
        join(d, 'data'),
        '--seeds',
        join(d, 'seeds'),
        '--out',
        join(d, 'out.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/warning: seeds\/a\.txt:3: unreviewed figure "三大/);
    expect(() => readFileSync(join(d, 'out.json'))).toThrow();
  });
});
