// Click every export button in chromium and check the file that downloads. The export components run on
// a small harness page (tests/export/browser-harness) built here with vite, served from a subpath on
// loopback, so the test does not depend on where the app mounts them. This machine has no CJK system
// font: Chinese in the PNGs can only come from the bundled Noto Sans SC.
import react from '@vitejs/plugin-react';
import { unzipSync, strFromU8 } from 'fflate';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { makeSmallDataset } from '../support/small-dataset';
import { foreignRequests, launch, openPage, serveDist, type PageLog } from './support/browser';

const dataset = makeSmallDataset();
const N = dataset.indicators.length;
let browser: Browser;
let server: StaticServer;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'export-harness-'));
  await build({
    root: 'tests/export/browser-harness',
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  server = await serveDist(outDir);
  browser = await launch();
  ({ page, log } = await openPage(browser, `${server.url}index.html`));
  await page.getByRole('toolbar', { name: '导出当前筛选结果' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function download(name: RegExp | string): Promise<{ file: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await dl.path();
  return { file: dl.suggestedFilename(), bytes: readFileSync(path!) };
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngWidth = (b: Uint8Array) => Buffer.from(b).readUInt32BE(16);

describe('export in the browser', () => {
  it('PNG of a panel: at least 1200 px wide at 2× and 3×, on white, with the Chinese font loaded', async () => {
    const { file, bytes } = await download(/导出 PNG 图片（2×）/);
    expect(file).toBe('cq-loans.png');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(pngWidth(bytes)).toBe(2400);
    const three = await download(/导出 PNG 图片（3×）/);
    expect(pngWidth(three.bytes)).toBe(3600);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '来源重庆高新区'))).toBe(
      true,
    );
  });

  it('SVG of a panel carries the title and source line', async () => {
    const { file, bytes } = await download(/导出 SVG 矢量图/);
    expect(file).toBe('cq-loans.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('重庆市 · 科技型企业贷款余额');
    expect(svg).toContain('来源：《重庆高新区金融发展“十四五”规划》，重庆高新区管委会办公室，2022年7月4日');
  });

  it('CSV starts with the UTF-8 BOM', async () => {
    const { bytes } = await download(/导出 CSV 表格/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('科技型企业贷款余额');
  });

  it('ZIP holds a PNG and an SVG per panel', async () => {
    const { bytes } = await download(/导出 ZIP 压缩包/);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).filter((f) => f.endsWith('.png'))).toHaveLength(N);
    expect(Object.keys(files).filter((f) => f.endsWith('.svg'))).toHaveLength(N);
    for (const [name, data] of Object.entries(files)) {
      if (name.endsWith('.png')) expect(pngWidth(data)).toBeGreaterThanOrEqual(1200);
    }
  });

  it('PPTX opens as a zip with a cover and one slide per panel', async () => {
    const { bytes } = await download(/导出 PPTX 演示文稿/);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(N + 1);
    expect(strFromU8(files['ppt/slides/slide2.xml']!)).toContain('来源：');
  });

  it('dataset JSON downloads', async () => {
    const { bytes } = await download(/下载数据集 JSON/);
    expect(JSON.parse(bytes.toString('utf8')).indicators).toHaveLength(N);
  });

  it('print layout: every panel drawn, two a page on A4', async () => {
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: /打印 \/ PDF/ }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.locator('.print-sheet canvas').count()).toBe(N);
    expect(await page.locator('.print-sheet .print-source').allTextContents()).toHaveLength(N);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(Math.ceil(N / 2));
  });

  it('made no request off the loopback host and logged no error', () => {
    expect(foreignRequests(log, server.url.replace(/\/reports.*$/, ''))).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
