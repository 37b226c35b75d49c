// Click every export button of the built dashboard in chromium, as a user would, and check the file that
// downloads. The app is served from a subpath on loopback. This machine has no CJK system font: Chinese in
// the PNGs can only come from the bundled Noto Sans SC.
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import type { StaticServer } from '../../scripts/lib/static-server';
import { foreignRequests, launch, openPage, serveDist, type PageLog } from '../../scripts/lib/browser';
import { pngDpi } from '../../src/export/png-phys';
import { renderOutlinedSvg } from '../../scripts/lib/export-render';

const dataset = JSON.parse(readFileSync('dist/data/indicators.json', 'utf8')) as Dataset;
// The loan balances: a handful of indicators from three documents, found the way a user finds them.
const VIEW = `?q=${encodeURIComponent('贷款余额')}&asOf=2025-06-30`;
const PANEL = '本外币贷款余额';
let N = 0;
let browser: Browser;
let server: StaticServer;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
  ({ page, log } = await openPage(browser, `${server.url}${VIEW}`));
  await page.getByRole('toolbar', { name: '导出当前筛选结果' }).waitFor();
  const shown = await page.getByText(/显示 \d+ \/ \d+ 项指标/).innerText();
  N = Number(/显示 (\d+)/.exec(shown)?.[1]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function download(
  name: RegExp | string,
  within = page.getByRole('main'),
): Promise<{ file: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    within.getByRole('button', { name }).first().click(),
  ]);
  const path = await dl.path();
  return { file: dl.suggestedFilename(), bytes: readFileSync(path!) };
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngWidth = (b: Uint8Array) => Buffer.from(b).readUInt32BE(16);

const panel = () => page.getByRole('article', { name: PANEL, exact: true });

describe('export from the dashboard', () => {
  it('shows a handful of indicators to export', () => {
    expect(N).toBeGreaterThanOrEqual(3);
    expect(N).toBeLessThan(dataset.indicators.length);
  });

  it('PNG of a panel: at least 1200 px wide at 2× and 3×, on white, with the Chinese font loaded', async () => {
    const { file, bytes } = await download(/导出 PNG 图片（2×）/, panel());
    expect(file).toBe('gx-loan-balance.png');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(pngWidth(bytes)).toBe(2400);
    const three = await download(/导出 PNG（3×）图片/, panel());
    expect(pngWidth(three.bytes)).toBe(3600);
    // Each says its pixel ratio as its DPI, so Word inserts it 1200 CSS px (12.5 in) wide, not 25 or 37.5 in.
    expect(pngDpi(new Uint8Array(bytes))!.x).toBeCloseTo(192, 0);
    expect(pngDpi(new Uint8Array(three.bytes))!.x).toBeCloseTo(288, 0);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '来源重庆高新区'))).toBe(
      true,
    );
  });

  it('SVG of a panel: its text drawn as outlines (no font inside), titled, and under 150 KB', async () => {
    const { file, bytes } = await download(/导出 SVG 矢量图/, panel());
    expect(file).toBe('gx-loan-balance.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^<svg/);
    expect(bytes.length).toBeLessThanOrEqual(150 * 1024);
    // It shows its Chinese on a machine without any CJK font: every line is glyph outlines, no font, no text.
    expect(svg).not.toContain('@font-face');
    expect(svg).not.toMatch(/<text\b/);
    expect(svg).toMatch(/<use xlink:href="#g7-/); // bold glyphs: the title and the status
    expect(svg).toMatch(/<title>[^<]*本外币贷款余额<\/title>/);
    // The as-of date the status is judged on, and the source line, are drawn and also said in <desc>.
    const desc = /<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain('评估日期：2025年6月30日');
    expect(desc).toContain(
      '来源：《重庆高新区管委会办公室关于印发重庆高新区金融发展“十四五”规划的通知》，重庆高新区管委会办公室，2022年7月4日',
    );
    // The browser's outlines are the CLI's: the same glyph for the same character and weight.
    const glyph = /<path id="(g7-[0-9a-f]+)" d="([^"]+)"\/>/.exec(svg)!;
    const cli = renderOutlinedSvg(
      {
        title: {
          text: String.fromCodePoint(parseInt(glyph[1]!.slice(3), 16)),
          textStyle: { fontWeight: 'bold' },
        },
      },
      100,
      40,
      { title: 't' },
    );
    expect(cli).toContain(`<path id="${glyph[1]}" d="${glyph[2]}"/>`);
  });

  it('CSV starts with the UTF-8 BOM', async () => {
    const { bytes } = await download(/导出 CSV 表格/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('科技型企业贷款余额');
    // The exact source sentence travels with each figure.
    expect(csv).toContain('全市科技型企业贷款余额6950亿元');
    expect(csv).toMatch(/^\uFEFF指标代码,指标名称,英文名称,/);
    expect(csv).not.toContain("'=");
  });

  it('XLSX holds a sheet of indicators and one of sources, values as numbers', async () => {
    const { file, bytes } = await download(/导出 XLSX：Excel 工作簿/);
    expect(file).toBe('indicators-20250630.xlsx');
    const files = unzipSync(new Uint8Array(bytes));
    expect(strFromU8(files['xl/workbook.xml']!)).toMatch(/name="指标".*name="来源文件"/s);
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('指标代码');
    // J: the value column (indicator, names, region, role, period, since, dated, qualifier, value).
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toMatch(/<c r="J2"><v>[\d.]+<\/v><\/c>/);
  });

  it('ZIP holds a PNG and an SVG per panel', async () => {
    const { bytes } = await download(/导出 ZIP（PNG\+SVG）压缩包/);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).filter((f) => f.endsWith('.png'))).toHaveLength(N);
    expect(Object.keys(files).filter((f) => f.endsWith('.svg'))).toHaveLength(N);
    for (const [name, data] of Object.entries(files)) {
      if (name.endsWith('.png')) expect(pngWidth(data)).toBeGreaterThanOrEqual(1200);
    }
  });

  it('PPTX opens as a zip with a cover and one slide per panel, each chart drawn for its slide', async () => {
    const { bytes } = await download(/导出 PPTX 演示文稿/);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(N + 1);
    for (let n = 2; n <= N + 1; n++) {
      const xml = strFromU8(files[`ppt/slides/slide${n}.xml`]!);
      expect(xml.split('来源：')).toHaveLength(2);
      expect(xml.split('状态：')).toHaveLength(2);
    }
    // The canvas renderer's pictures: the chart's 888 × 191 pt box at 2×, saying 144 DPI.
    const pictures = Object.keys(files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    expect(pictures).toHaveLength(N);
    for (const name of pictures) {
      const png = files[name]!;
      expect([...png.subarray(0, 8)]).toEqual(PNG_MAGIC);
      expect([pngWidth(png), Buffer.from(png).readUInt32BE(20)]).toEqual([1776, 382]);
      expect(pngDpi(png)!.x).toBeCloseTo(144, 0);
    }
  });

  it('dataset JSON downloads', async () => {
    const { bytes } = await download(/下载数据集 JSON/);
    expect(JSON.parse(bytes.toString('utf8')).indicators).toHaveLength(dataset.indicators.length);
  });

  it('print layout: every panel drawn as a vector chart (the PDF itself: print.test.ts)', async () => {
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: /打印 \/ PDF/ }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.locator('.print-sheet .print-chart svg').count()).toBe(N);
    expect(await page.locator('.print-sheet .print-source').allTextContents()).toHaveLength(N);
  });

  it('made no request off the loopback host and logged no error', () => {
    expect(foreignRequests(log, server.url.replace(/\/reports.*$/, ''))).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
