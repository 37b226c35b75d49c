import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseExportArgs, regionClosure, runExport, type ExportOptions } from '../../scripts/lib/export-cli';
import { exportFonts, parseUnicodeRange, subsetsFor, withExportFamily } from '../../scripts/lib/export-fonts';
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

describe('font subsets', () => {
  it('parses unicode ranges and picks the subsets that cover the text', () => {
    expect(parseUnicodeRange('U+4e00-4e2f, U+3000,bad')).toEqual([
      [0x4e00, 0x4e2f],
      [0x3000, 0x3000],
    ]);
    expect(subsetsFor('A')).toContain('latin');
    expect(subsetsFor('来源').length).toBeGreaterThan(0);
  });

  it('loads the chinese-simplified faces first and names their family first in the SVG', () => {
    const fonts = exportFonts('来源 ≥ →');
    expect(fonts.files[0]).toMatch(/chinese-simplified-400\.ttf$/);
    expect(fonts.files[1]).toMatch(/chinese-simplified-700\.ttf$/);
    expect(fonts.family).toMatch(/^Noto Sans SC/);
    const ttf = readFileSync(fonts.files[0]!);
    expect(ttf.readUInt32BE(0)).toBe(0x00010000); // an sfnt with TrueType outlines
    expect(withExportFamily(`font-family:'Noto Sans SC', sans-serif`, 'Noto Sans SC Thin')).toBe(
      `font-family:'Noto Sans SC Thin', 'Noto Sans SC', sans-serif`,
    );
    expect(withExportFamily('font-family:&quot;Noto Sans SC&quot;', 'X')).toBe(
      "font-family:'X', &quot;Noto Sans SC&quot;",
    );
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
    expect(svg).toContain('重庆市 · 科技型企业贷款余额');
    expect(svg).toContain('来源：《重庆高新区金融发展“十四五”规划》，重庆高新区管委会办公室，2022年7月4日');
    expect(svg).toContain('单位：亿元');
    expect(svg).toMatch(/状态：/);
    // Valid XML attributes: no double-quoted font names inside a double-quoted style attribute.
    expect(svg).not.toMatch(/font-family:"/);
    // The Chinese travels with the file: the regular and bold subsets it draws are embedded as WOFF2.
    const faces = [
      ...svg.matchAll(
        /@font-face\{font-family:'Noto Sans SC';font-style:normal;font-weight:(\d+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g,
      ),
    ];
    expect(new Set(faces.map((f) => f[1]))).toEqual(new Set(['400', '700']));
    for (const f of faces)
      expect(Buffer.from(f[2]!, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');

    const png = readFileSync(join(out, 'cq-loans.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(width).toBe(2400);
    expect(height).toBe(560);

    const index = readFileSync(join(out, 'index.csv'), 'utf8');
    expect(index.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(index.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'indicator_id',
      'name_zh',
      'name_en',
      'region',
      'status',
      'title',
      'source_line',
      'svg',
      'png',
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['cq-loans', 'hitech-funds', 'hitech-gva']);
    expect(rows[1]![7]).toBe('cq-loans.svg');
  });

  it('writes only the formats asked for, in English when asked', () => {
    const out = join(dir, 'svg-only');
    const r = runExport(options({ out, formats: ['svg'], locale: 'en', regions: ['yrd'] }));
    expect(r.ok).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['index.csv', 'sh-listed.svg', 'yrd-fintech.svg']);
    expect(readFileSync(join(out, 'sh-listed.svg'), 'utf8')).toContain('Source: &quot;');
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
