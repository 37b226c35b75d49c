// The build as a user runs it: a broken catalogue exits non-zero, names file and line, and leaves the
// previous dataset byte-identical; a good one writes the dataset and prints a summary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOC_TEXT, validTables, withDrafts, withLine, type Tables } from '../support/build-fixture';
import { governmentPage, printedPdfs, wordFile } from '../support/format-fixtures';

const TSX = join('node_modules', '.bin', 'tsx');

function setUp(tables: Tables): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'a.txt'), DOC_TEXT);
  for (const [name, text] of Object.entries(tables)) writeFileSync(join(dir, 'data', `${name}.csv`), text);
  return dir;
}

const args = (dir: string) => [
  'scripts/build-data.ts',
  '--data',
  join(dir, 'data'),
  '--seeds',
  join(dir, 'seeds'),
];

/** JSON's view of an object: fields set to undefined are absent. */
const strip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

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
    expect(readdirSync(join(dir, 'out'))).toEqual(['documents', 'indicators.json']);
    expect(readdirSync(join(dir, 'out', 'documents'))).toEqual([
      expect.stringMatching(/^doc-a\.[0-9a-f]{12}\.json$/),
    ]);
  });

  it('splits the dataset: indicators.json without texts or mentions, each document in its own file', () => {
    const index = JSON.parse(readFileSync(join(dir, 'out', 'indicators.json'), 'utf8'));
    expect(index.schemaVersion).toBe(3);
    expect(index.mentions).toBeUndefined();
    const [doc] = index.documents;
    expect(doc.text).toBeUndefined();
    const file = JSON.parse(readFileSync(join(dir, 'out', doc.textFile), 'utf8'));
    expect(file).toMatchObject({ schemaVersion: 3, id: 'doc-a', text: DOC_TEXT });
    // Together they are the dataset --whole writes in one file.
    const whole = join(dir, 'whole.json');
    const run = spawnSync(TSX, [...args(dir), '--out', whole, '--whole'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const one = JSON.parse(readFileSync(whole, 'utf8'));
    expect(one.mentions).toEqual(file.mentions);
    expect(one.mentions.length).toBeGreaterThan(0);
    expect(one.documents).toEqual([{ ...doc, textFile: undefined, text: file.text }].map(strip));
    expect(one.indicators).toEqual(index.indicators);
  });

  it('names a changed document file anew and removes the old one only after indicators.json points away', () => {
    const d = setUp(validTables());
    const out = join(d, 'out', 'indicators.json');
    expect(spawnSync(TSX, [...args(d), '--out', out]).status).toBe(0);
    const [before] = readdirSync(join(d, 'out', 'documents'));
    writeFileSync(join(d, 'seeds', 'a.txt'), DOC_TEXT + '\n附：本文件另有说明。\n');
    expect(spawnSync(TSX, [...args(d), '--out', out]).status).toBe(0);
    const [after, ...more] = readdirSync(join(d, 'out', 'documents'));
    expect(more).toEqual([]);
    expect(after).not.toBe(before);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents[0].textFile).toBe(`documents/${after}`);
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
    expect(readdirSync(join(dir, 'out'))).toEqual(['documents', 'indicators.json']);
    expect(readdirSync(join(dir, 'out', 'documents'))).toHaveLength(1);
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

  it('with --strict, refuses draft rows, naming each by file and line; without it, builds them', () => {
    const tables = validTables();
    const d = setUp({
      ...tables,
      observations: withDrafts(
        withLine(tables.observations, 3, ''),
        'tech-loan,actual,2024-06,42.4,=,yoy,,doc-a,同比增长42.4%,,1',
      ),
    });
    const run = (...extra: string[]) =>
      spawnSync(TSX, [...args(d), '--whole', '--out', join(d, 'out.json'), ...extra], { encoding: 'utf8' });
    const strict = run('--strict');
    expect(strict.status).toBe(1);
    const observations = join(d, 'data', 'observations.csv');
    expect(strict.stderr).toContain(
      `${observations}:5: a draft row (draft 1): --strict takes reviewed rows only\n`,
    );
    expect(strict.stderr).toContain(
      `--strict: 1 draft observation(s) and 0 draft indicator(s) wait for review (shown 待核) in ${observations}`,
    );
    expect(() => readFileSync(join(d, 'out.json'))).toThrow();
    const loose = run();
    expect(loose.status, loose.stderr).toBe(0);
    const dataset = JSON.parse(readFileSync(join(d, 'out.json'), 'utf8')) as {
      indicators: { observations: { value: number; draft?: boolean }[] }[];
    };
    expect(dataset.indicators.flatMap((i) => i.observations).filter((o) => o.draft)).toMatchObject([
      { value: 42.4 },
    ]);
  });
});

describe('npm run build:data with the document as a web page, a Word file or a PDF', () => {
  const paragraphs = DOC_TEXT.split('\n').filter(Boolean);
  const formats: [string, () => Promise<Uint8Array>][] = [
    [
      'a.html',
      async () => new TextEncoder().encode(governmentPage(paragraphs.slice(1), paragraphs[0] ?? '')),
    ],
    ['a.docx', () => wordFile(paragraphs)],
    ['a.pdf', async () => (await printedPdfs([paragraphs]))[0] as Uint8Array],
  ];

  it.each(formats)(
    '%s builds the figures of the .txt, and each quote is at its offset in the text shipped beside',
    async (file, make) => {
      const d = setUp(validTables());
      rmSync(join(d, 'seeds', 'a.txt'));
      writeFileSync(join(d, 'seeds', file), await make());
      const csv = join(d, 'data', 'documents.csv');
      writeFileSync(csv, readFileSync(csv, 'utf8').replace('seeds/a.txt', `seeds/${file}`));
      const run = build(d);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/1 documents, 2 indicators, 3 observations .* 0 unreviewed/);
      const index = JSON.parse(readFileSync(join(d, 'out', 'indicators.json'), 'utf8'));
      expect(index.documents[0].file).toBe(`seeds/${file}`);
      const shipped = JSON.parse(readFileSync(join(d, 'out', index.documents[0].textFile), 'utf8'));
      const sources = index.indicators.flatMap(
        (i: { observations: { source: { quote: string; offset: number } }[] }) =>
          i.observations.map((o) => o.source),
      );
      expect(sources).toHaveLength(3);
      for (const { quote, offset } of sources)
        expect(shipped.text.slice(offset, offset + quote.length)).toBe(quote);
    },
    60_000,
  );
});
