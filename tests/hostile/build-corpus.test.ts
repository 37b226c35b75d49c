// Every broken input of tests/fixtures/broken through the build. Inputs that real tools write (GBK, BOM,
// CRLF, full-width digits, Excel's CSVs) must build with the same figures as the clean base; everything
// else must be refused with `file:line: message` that says how to fix it. The whole corpus runs in
// process through buildDataset; a representative handful also runs through the real CLI, with a good
// dataset already in place that must stay byte-identical, with no temp file left beside it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../src/domain/catalogue/problem';
import type { Dataset } from '../../src/domain/dataset-schema';
import { readBuildInput } from '../../scripts/lib/build-input';
import { CORPUS, loadCases, materialize, type BrokenCase } from './corpus';

const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('scripts/build-data.ts');
const cases = loadCases();
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function inputOf(c: BrokenCase) {
  const dir = materialize(c);
  dirs.push(dir);
  return { dir, input: await readBuildInput(join(dir, 'data'), join(dir, 'seeds')) };
}

/** The figures of a dataset: every observation with its quote, without offsets (which move when
 *  normalisation drops characters such as a zero-width space). */
function figures(dataset: Dataset) {
  return dataset.indicators.map((i) => ({
    ...i,
    observations: i.observations.map(({ source: { offset: _offset, ...source }, ...o }) => ({
      ...o,
      source,
    })),
  }));
}

const baseResult = buildDataset((await inputOf({ name: 'base', broken: 'nothing', exit: 0 })).input);
if (!baseResult.ok) throw new Error(baseResult.error.map(formatProblem).join('\n'));
const base = baseResult.value.dataset;
const baseJson = JSON.stringify(base) + '\n';

describe('the corpus', () => {
  it('has at least 30 cases, each described, each overlay directory in the manifest', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const names = cases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of cases) {
      expect(c.broken.length, c.name).toBeGreaterThan(5);
      if (c.exit === 1) expect(c.expect && c.hint, c.name).toBeTruthy();
    }
    const dirsOnDisk = readdirSync(CORPUS).filter((n) => n !== 'base' && n !== 'cases.json');
    for (const d of dirsOnDisk) expect(names).toContain(d);
  });

  it('keeps the encodings it claims (nobody re-saved a fixture as UTF-8)', () => {
    const bytes = (p: string) => readFileSync(join(CORPUS, p));
    const isUtf8 = (b: Buffer) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(b);
        return true;
      } catch {
        return false;
      }
    };
    expect(isUtf8(bytes('doc-gb18030/seeds/a.txt'))).toBe(false);
    expect(isUtf8(bytes('doc-gbk-crlf/seeds/a.txt'))).toBe(false);
    expect(bytes('doc-gbk-crlf/seeds/a.txt').includes('\r\n')).toBe(true);
    expect(isUtf8(bytes('csv-excel-gbk-crlf/data/observations.csv'))).toBe(false);
    expect([...bytes('doc-utf8-bom/seeds/a.txt').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes('doc-utf16le-bom/seeds/a.txt').subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes('doc-fullwidth/seeds/a.txt').toString('utf8')).toMatch(/６９５０亿元/);
  });
});

describe('inputs that real tools write build, with the figures of the clean original', () => {
  it.each(cases.filter((c) => c.exit === 0).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = buildDataset((await inputOf(c)).input);
    if (!result.ok) throw new Error(result.error.map(formatProblem).join('\n'));
    expect(figures(result.value.dataset)).toEqual(figures(base));
    expect(result.value.unreviewed.map(formatProblem)).toEqual([]);
  });
});

describe('broken inputs are refused with file:line: message and how to fix it', () => {
  it.each(cases.filter((c) => c.exit === 1).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { dir, input } = await inputOf(c);
    const result = buildDataset(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.error.map(formatProblem).map((l) => l.replaceAll(`${dir}/`, ''));
    const line = lines.find((l) => l.startsWith(c.expect as string));
    expect(line, `no problem starts with ${c.expect}:\n${lines.join('\n')}`).toBeDefined();
    expect(line).toContain(c.hint);
    // One mistake, one message: no follow-on errors about what the broken row would have provided.
    expect(lines).toHaveLength(c.problems ?? 1);
  });
});

describe('through the CLI, with a good dataset in place', () => {
  async function run(c: BrokenCase) {
    const { dir } = await inputOf(c);
    mkdirSync(join(dir, 'out'));
    const out = join(dir, 'out', 'indicators.json');
    writeFileSync(out, baseJson);
    const started = Date.now();
    const cli = spawnSync(
      TSX,
      [SCRIPT, '--data', 'data', '--seeds', 'seeds', '--out', 'out/indicators.json'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    return { cli, out, dir, seconds: (Date.now() - started) / 1000 };
  }

  it.each(cases.filter((c) => c.cli).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { cli, out, dir, seconds } = await run(c);
    expect(cli.signal, cli.stderr).toBeNull();
    expect(cli.status, cli.stderr).toBe(c.exit);
    expect(seconds).toBeLessThan(20);
    // A failed build writes nothing: not even the documents folder of a split dataset.
    expect(readdirSync(join(dir, 'out'))).toEqual(
      c.exit === 0 ? ['documents', 'indicators.json'] : ['indicators.json'],
    );
    if (c.exit === 0) {
      const written = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
      expect(figures(written)).toEqual(figures(base));
      return;
    }
    const line = cli.stderr.split('\n').find((l) => l.startsWith(c.expect as string));
    expect(line, cli.stderr).toBeDefined();
    expect(line).toContain(c.hint);
    expect(cli.stderr).toMatch(/build:data: \d+ problem\(s\); out\/indicators\.json left unchanged\./);
    expect(readFileSync(out, 'utf8')).toBe(baseJson);
  });
});
