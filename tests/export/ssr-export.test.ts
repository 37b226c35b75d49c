import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseExportArgs, regionClosure, runExport, type ExportOptions } from '../../scripts/lib/export-cli';
import { exportGlyphs } from '../../scripts/lib/export-fonts';
import { datasetSchema } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import { indicatorsCsv, safeFileName } from '../../src/export/csv-export';
import { makeSmallDataset } from '../support/small-dataset';

const dataset = makeSmallDataset();
let dir: string;
let data: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-test-'));
  data = join(dir, 'indicators.json');
  writeFileSync(data, JSON.stringify(dataset));
});

const options = (extra: Partial<ExportOptions>): ExportOptions => ({
  out: join(dir, 'out'),
  regions: [],
  formats: ['svg', 'png'],
  asOf: '2025-06-30',
  locale: 'zh-CN',
  data,
  scale: 2,
  ...extra,
});

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('parseExportArgs', () => {
  it('reads the documented flags', () => {
    const r = parseExportArgs([
      '--out',
      'x',
      '--region',
      'chongqing,yrd',
      '--format',
      'svg',
      '--as-of',
      '2025-01-31',
    ]);
    expect(r).toMatchObject({
      ok: true,
      value: {
        out: 'x',
        regions: ['chongqing', 'yrd'],
        formats: ['svg'],
        asOf: '2025-01-31',
        locale: 'zh-CN',
      },
    });
  });
  it.each([
    [[], /--out DIR is required/],
    [['--out', 'x', '--format', 'gif'], /unknown format: gif/],
    [['--out', 'x', '--as-of', '2025-02-30'], /not a date/],
    [['--out', 'x', '--bogus'], /Unknown option/],
    [['--out', 'x', '--scale', '5'], /--scale must be 2 or 3/],
  ])('refuses %j', (argv, message) => {
    const r = parseExportArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('regionClosure', () => {
  it('includes the regions below a selected one', () => {
    const r = regionClosure(dataset, ['chongqing']);
    expect(r.ok && [...r.value].sort()).toEqual(['chongqing', 'cq-hitech']);
  });
  it('refuses unknown ids, naming the known ones', () => {
    const r = regionClosure(dataset, ['chongqing', 'atlantis']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/unknown region id: atlantis; known: chengyu, chongqing/);
  });
});

describe("exportGlyphs (the package's WOFF slices)", () => {
  it('draws regular and bold text, each from its weight, and knows no glyph outside the font', () => {
    const glyphs = exportGlyphs({ regular: '来源 ≥ A', bold: '来源' });
    const cp = (ch: string) => ch.codePointAt(0)!;
    const regular = glyphs(cp('来'), false)!;
    const bold = glyphs(cp('来'), true)!;
    expect(regular.glyphId(cp('来'))).toBeGreaterThan(0);
    // The bold outline is a different (thicker) shape than the regular one.
    expect(bold.path(bold.glyphId(cp('来')))).not.toBe(regular.path(regular.glyphId(cp('来'))));
    expect(glyphs(cp('≥'), false)?.glyphId(cp('≥'))).toBeGreaterThan(0);
    expect(glyphs(cp('A'), false)?.glyphId(cp('A'))).toBeGreaterThan(0);
    expect(glyphs(cp('\u{1F600}'), false)).toBeNull();
  });
});

describe('runExport (ECharts SSR + resvg)', () => {
  it('writes an SVG and a PNG per indicator and an index.csv', () => {
    const r = runExport(options({ regions: ['chongqing'] }));
    if (!r.ok) throw new Error(r.error);
    const out = join(dir, 'out');
    expect(readdirSync(out).sort()).toEqual([
      'cq-loans.png',
      'cq-loans.svg',
      'hitech-funds.png',
      'hitech-funds.svg',
      'hitech-gva.png',
      'hitech-gva.svg',
      'index.csv',
    ]);

    const svg = readFileSync(join(out, 'cq-loans.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    // The text is drawn as outlines: no font, no <text>; the words travel as the title and description.
    expect(svg).not.toContain('@font-face');
    expect(svg).not.toMatch(/<text\b/);
    expect(svg).toMatch(/<title>重庆市 · 科技型企业贷款余额<\/title>/);
    const desc = /<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain('来源：《重庆高新区金融发展“十四五”规划》，重庆高新区管委会办公室，2022年7月4日');
    expect(desc).toContain('单位：亿元');
    expect(desc).toMatch(/状态：/);
    expect(svg).toMatch(/<path id="g7-91cd" d="M[^"]+"\/>/); // 重, bold, in the title

    const png = readFileSync(join(out, 'cq-loans.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(width).toBe(2400);
    expect(height).toBe(560);

    // index.csv is the app's CSV of the exported indicators (table-rows.ts), in the chosen language.
    const index = readFileSync(join(out, 'index.csv'), 'utf8');
    expect(index).toBe(
      indicatorsCsv({
        dataset,
        indicators: dataset.indicators.filter((i) =>
          ['cq-loans', 'hitech-funds', 'hitech-gva'].includes(i.id),
        ),
        statuses: new Map(
          dataset.indicators.map((i) => [i.id, computeProgress(i, new Date(2025, 5, 30)).status]),
        ),
        locale: 'zh-CN',
      }),
    );
    const rows = Papa.parse<string[]>(index.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 3)).toEqual(['指标代码', '指标名称', '英文名称']);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(
      new Set(['cq-loans', 'hitech-funds', 'hitech-gva']),
    );
  });

  it('writes only the formats asked for, in English when asked', () => {
    const out = join(dir, 'svg-only');
    const r = runExport(options({ out, formats: ['svg'], locale: 'en', regions: ['yrd'] }));
    expect(r.ok).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['index.csv', 'sh-listed.svg', 'yrd-fintech.svg']);
    expect(readFileSync(join(out, 'sh-listed.svg'), 'utf8')).toMatch(/<desc>[^<]*Source: &quot;/);
    const index = readFileSync(join(out, 'index.csv'), 'utf8');
    expect(index).toMatch(/^\uFEFFIndicator code,/);
  });

  it('draws the Chinese glyphs with the shipped font (the text area is not blank)', () => {
    const out = join(dir, 'png-only');
    runExport(options({ out, formats: ['png'], regions: ['shanghai'] }));
    const png = readFileSync(join(out, 'sh-listed.png'));
    // A PNG of mostly white with drawn text compresses to well above an empty canvas.
    expect(png.length).toBeGreaterThan(20_000);
  });

  it('fails with a message for a missing dataset', () => {
    const r = runExport(options({ data: join(dir, 'nope.json') }));
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/not found; run `npm run build:data` first/),
    });
  });
});

describe('the real dataset exported as SVG (tests/golden)', () => {
  const golden = datasetSchema.parse(JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')));
  let out = '';
  beforeAll(() => {
    out = join(dir, 'golden');
    const r = runExport(options({ out, data: 'tests/golden/indicators.json', formats: ['svg'] }));
    if (!r.ok) throw new Error(r.error);
  });

  /** Where each drawn line of text starts: its group's two translations (anchor start: the inner x is 0). */
  const lines = (svg: string) =>
    [
      ...svg.matchAll(
        /<g [^>]*transform="translate\(([-\d.]+) [-\d.]+\) translate\(([-\d.]+) [-\d.]+\) scale\(([\d.]+) [^"]*">(.*?)<\/g>/g,
      ),
    ].map((m) => ({
      left: Number(m[1]) + Number(m[2]),
      size: Number(m[3]) * 1000,
      glyphs: m[4]!.split('<use').length - 1,
    }));

  it.each(golden.indicators.map((i) => i.id))('%s: at most 150 KB, no font inside, titled, aligned', (id) => {
    const svg = readFileSync(join(out, `${safeFileName(id)}.svg`), 'utf8');
    expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(150 * 1024);
    expect(svg).not.toContain('@font-face');
    expect(svg).not.toMatch(/<text\b/);
    const indicator = golden.indicators.find((i) => i.id === id)!;
    expect(svg).toMatch(new RegExp(`^<svg [^>]*><title>[^<]*${indicator.name.zh}</title>`));
    // Title (18 px), subtitle (12 px), status (13 px) and the source line (the longest 11 px line) all start
    // at the frame's left edge.
    const drawn = lines(svg);
    const first = (size: number) => drawn.find((l) => l.size === size)!;
    const source = drawn.filter((l) => l.size === 11).sort((a, b) => b.glyphs - a.glyphs)[0]!;
    expect([first(18), first(12), first(13), source].map((l) => l.left)).toEqual([16, 16, 16, 16]);
  });
});

describe('npm run export (the CLI process)', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { encoding: 'utf8' });

  it('exits non-zero on an unknown region, with a message', () => {
    const r = run(['--out', join(dir, 'cli'), '--data', data, '--region', 'atlantis']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown region id: atlantis/);
  });

  it('exports and exits 0', () => {
    const r = run(['--out', join(dir, 'cli'), '--data', data, '--region', 'shanghai', '--format', 'svg']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 indicators, 2 files/);
  });
});
