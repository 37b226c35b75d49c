// The print layout as users get it, printed to PDF by chromium with print media: through the print button
// (the dialog replaced by a counter), and through the browser's own print (Ctrl+P: chromium's print to PDF
// fires beforeprint and afterprint as the dialog does), before and after a print from the button. Each PDF is
// read back with pdftotext and pdfjs-dist. The browser sees no Chinese system font: the text can only be
// drawn in the bundled Noto Sans SC.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import { indicatorTitle } from '../../src/export/source-line';
import type { StaticServer } from '../../scripts/lib/static-server';
import { launch, openPage, serveDist, type PageLog } from '../../scripts/lib/browser';
import { clickPrintButton, pdfFacts, printPage, squeeze, type PdfFacts } from '../../scripts/lib/print-pdf';

const dataset = JSON.parse(readFileSync('dist/data/indicators.json', 'utf8')) as Dataset;
const AS_OF = '2025-06-30';
const BUTTON = /^打印 \/ PDF/;
const SMALLEST_PT = 8;
// Chromium writes 8 pt text with a matrix of 7.995 (its layout units): a rounding, not smaller text.
const ROUNDING = 0.01;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch('no-cjk');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(view: string): Promise<{ page: Page; log: PageLog; shown: number }> {
  const { page, log } = await openPage(browser, `${server.url}?${view}`);
  await page.getByRole('toolbar', { name: '导出当前筛选结果' }).waitFor();
  const text = await page.getByText(/显示 \d+ \/ \d+ 项指标/).innerText();
  return { page, log, shown: Number(/显示 (\d+)/.exec(text)?.[1]) };
}

/**
 * The browser's own print has no time to load anything: it waits for nothing after beforeprint. The page
 * makes its print code and, on a machine without a Chinese font, the font's files for the view ready when
 * idle; a user pressing Ctrl+P on a settled page finds them there. Settled: the print chunk fetched and
 * run (importing it again resolves once it has), and the view's names drawable in the bundled font.
 */
async function settled(page: Page, names: readonly string[]): Promise<void> {
  const chunk = await page.waitForFunction(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((url) => /\/PrintSheet-[\w-]+\.js$/.test(url)),
  );
  const url = (await chunk.jsonValue())!;
  // A string: vitest would rewrite an import() written in the test's own code.
  await page.evaluate(`import(${JSON.stringify(url)}).then(() => true)`);
  await page.waitForFunction((text) => document.fonts.check('16px "Noto Sans SC"', text), names.join(''));
}

const titles = (ids: readonly string[]) =>
  ids.map((id) =>
    indicatorTitle(
      dataset.indicators.find((i) => i.id === id)!,
      dataset,
      'zh-CN',
    ),
  );
const count = (text: string, part: string) => text.split(part).length - 1;

function imagesIn(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'print-test-'));
  writeFileSync(join(dir, 'p.pdf'), pdf);
  const list = execFileSync('pdfimages', ['-list', join(dir, 'p.pdf')], { encoding: 'utf8' });
  return list.trim().split('\n').length - 2;
}

/** What every print of a view must be: checked on the PDF alone. */
function expectPrintOf(facts: PdfFacts, panelTitles: readonly string[], pdf: Buffer) {
  const n = panelTitles.length;
  const all = squeeze(facts.pageTexts.join(''));
  // Every panel's title (region · name) is text in the PDF, and so the indicator's name.
  for (const title of panelTitles) expect(all, title).toContain(squeeze(title));
  // The header line: the filter in words and the as-of date, on the first page.
  expect(squeeze(facts.pageTexts[0]!)).toContain(squeeze(`评估日期：2025年6月30日 · 共 ${n} 项指标`));
  // Every page says its number and the as-of date its statuses are judged on.
  for (const [i, text] of facts.pageTexts.entries()) {
    expect(squeeze(text), `page ${i + 1}`).toContain(`${i + 1}/${facts.pages}`);
    expect(squeeze(text), `page ${i + 1}`).toContain('科技金融指标看板·评估日期：2025年6月30日');
  }
  // No text smaller than 8 pt, the charts' included (they are text in the PDF, not pictures).
  const small = facts.runs.filter((r) => r.size < SMALLEST_PT - ROUNDING);
  expect(small.slice(0, 5)).toEqual([]);
  expect(imagesIn(pdf)).toBe(0);
  // Two or three panels a page, only the last page may hold fewer than two; each panel's status line and
  // source line on the same page.
  const perPage = facts.pageTexts.map((p) => [count(p, '状态：'), count(p, '来源：')] as const);
  for (const [i, [statuses, sources]] of perPage.entries()) {
    expect({ page: i + 1, sources }).toEqual({ page: i + 1, sources: statuses });
    expect(statuses, `page ${i + 1}`).toBeLessThanOrEqual(3);
    if (i < perPage.length - 1) expect(statuses, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
  }
  expect(perPage.reduce((sum, [statuses]) => sum + statuses, 0)).toBe(n);
  // None split after its title: on the page of each title, its status and source lines follow it.
  const pages = facts.pageTexts.map(squeeze);
  for (const title of panelTitles.map(squeeze)) {
    const page = pages.find((p) => p.includes(title));
    const rest = page!.slice(page!.lastIndexOf(title));
    expect(rest, title).toMatch(/状态：[^]*来源：/);
  }
  expect(facts.pages).toBeGreaterThanOrEqual(Math.ceil(n / 3));
  expect(facts.pages).toBeLessThanOrEqual(Math.ceil(n / 2));
}

describe('print of every indicator (58 panels)', () => {
  let page: Page;
  let log: PageLog;
  const names = dataset.indicators.map((i) => i.name.zh);
  const ids = dataset.indicators.map((i) => i.id);

  beforeAll(async () => {
    let shown: number;
    ({ page, log, shown } = await open(`asOf=${AS_OF}`));
    expect(shown).toBe(dataset.indicators.length);
  });

  it('through the button: vector charts, every name as text, nothing under 8 pt, 3 panels a page', async () => {
    await clickPrintButton(page, BUTTON);
    // The sheet is ready when the dialog opens: every chart drawn, as inline SVG (no canvas, no picture).
    expect(await page.locator('.print-sheet .print-chart svg').count()).toBe(names.length);
    expect(await page.locator('.print-sheet canvas, .print-sheet img').count()).toBe(0);
    const pdf = await printPage(page);
    expectPrintOf(await pdfFacts(pdf), titles(ids), pdf);
    // The print's afterprint took the sheet away: the live page is back as it was.
    expect(await page.locator('.print-sheet').count()).toBe(0);
    expect(await page.getByRole('button', { name: BUTTON }).isEnabled()).toBe(true);
  });

  it('Ctrl+P after a print from the button gives the same print layout again', async () => {
    await settled(page, names);
    const pdf = await printPage(page);
    expectPrintOf(await pdfFacts(pdf), titles(ids), pdf);
    expect(await page.locator('.print-sheet').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
  });
});

describe('Ctrl+P on a filtered view, without the button', () => {
  it('prints the whole view (not only the panels the list has mounted) and nothing else', async () => {
    const { page, log, shown } = await open(`q=${encodeURIComponent('贷款')}&asOf=${AS_OF}`);
    const inView = dataset.indicators.filter((i) => i.name.zh.includes('贷款'));
    expect(shown).toBe(inView.length);
    // More panels than the window mounts at once.
    expect(await page.locator('.list-cell').count()).toBeLessThan(shown);
    await settled(
      page,
      inView.map((i) => i.name.zh),
    );
    const pdf = await printPage(page);
    const facts = await pdfFacts(pdf);
    expectPrintOf(facts, titles(inView.map((i) => i.id)), pdf);
    const all = squeeze(facts.pageTexts.join(''));
    for (const other of dataset.indicators.filter((i) => !i.name.zh.includes('贷款')))
      expect(all).not.toContain(squeeze(indicatorTitle(other, dataset, 'zh-CN')));
    expect(log.pageErrors).toEqual([]);
  });
});

describe('Ctrl+P before the print code has loaded', () => {
  it('prints the live panels whole, in one column, without empty chart boxes or controls', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.route(/PrintSheet-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${server.url}?asOf=${AS_OF}`, { waitUntil: 'networkidle' });
    await page.getByRole('toolbar', { name: '导出当前筛选结果' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const panels = [...document.querySelectorAll('.panel')].map((p) => p.getBoundingClientRect());
      const visible = (sel: string) =>
        [...document.querySelectorAll(sel)].filter((e) => e.getBoundingClientRect().height > 0).length;
      return {
        width,
        panels: panels.length,
        clipped: panels.filter((r) => r.left < 0 || r.right > width + 0.5).length,
        lefts: new Set(panels.map((r) => Math.round(r.left))).size,
        placeholders: visible('.lazy-chart__placeholder'),
        controls: visible('.export-toolbar') + visible('.filters') + visible('.panel-foot'),
      };
    });
    expect(layout.panels).toBeGreaterThan(0);
    const first = await page.locator('.panel-title').first().innerText();
    expect(layout).toMatchObject({ clipped: 0, lefts: 1, placeholders: 0, controls: 0 });
    await page.emulateMedia({ media: null });
    const pdf = await printPage(page);
    const text = squeeze(execPdfText(pdf));
    expect(text).toContain(squeeze(first));
    await context.close();
  });
});

function execPdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'print-test-'));
  writeFileSync(join(dir, 'p.pdf'), pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
}
