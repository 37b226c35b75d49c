// A dataset in parts (schema version 3) in the built page: the page goes live on the head and the first part
// with the loading state the snapshot showed, counts and filters nothing until the rest is there, then takes
// in the whole; a part that fails is said and what is shown stays. The later parts are held by the test, not
// timed: the page is checked while they are held, then they are let through.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, SUBPATH } from '../../scripts/lib/browser';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';
import { writeSplitDataset } from '../../scripts/lib/write-dataset';
import { localToday, prerender } from '../../scripts/prerender';

const TOTAL = 600;
const LATER_PART = /\/data\/parts\/[1-9]\d*\.[\w]+\.json$/;
let root: string;
let browser: Browser;
let server: StaticServer;
let firstTitle: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'parts-page-'));
  cpSync('dist', root, { recursive: true });
  rmSync(join(root, 'data'), { recursive: true, force: true });
  const out = join(root, 'data', 'indicators.json');
  const today = localToday();
  writeSplitDataset(out, makeSyntheticDataset({ indicators: TOTAL, regions: 20, seed: 5 }), today);
  await prerender(root, '.snapshot/render-snapshot.js', today);
  const head = JSON.parse(readFileSync(out, 'utf8')) as { parts: { file: string }[] };
  const first = JSON.parse(readFileSync(join(root, 'data', head.parts[0]!.file), 'utf8')) as {
    indicators: { name: { zh: string } }[];
  };
  firstTitle = first.indicators[0]!.name.zh;
  browser = await launch();
  server = await startStaticServer({ root, base: SUBPATH });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** A page whose later parts wait until `release()`, or answer 404 with `fail`. */
async function open(fail = false) {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await context.route(LATER_PART, async (route) => {
    await held;
    if (fail) await route.fulfill({ status: 404, body: 'not found' });
    else await route.continue();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  return { context, page, release, errors };
}

describe('the page over a dataset in parts', () => {
  it('goes live on the first part saying it is loading, and counts and filters only the whole', async () => {
    const { context, page, release, errors } = await open();
    const status = page.locator('.parts-status');
    // The snapshot says it already, then the live page (the windowed list) keeps saying it.
    await expect.poll(() => status.innerText()).toBe(`正在加载数据… 100 / ${TOTAL}`);
    await page.locator('.list-cell:not(.list-cell--snapshot)').first().waitFor();
    expect(await page.locator('article.panel h3').first().innerText()).toBe(firstTitle);
    // Hydrated as it is: the snapshot was rendered in the same loading state.
    expect(await page.evaluate(() => document.documentElement.classList.contains('snapshot-ok'))).toBe(true);
    expect(errors.filter((e) => e.includes('build-time snapshot'))).toEqual([]);
    expect(await status.innerText()).toBe(`正在加载数据… 100 / ${TOTAL}`);
    expect(await page.getByRole('searchbox').isDisabled()).toBe(true);
    expect(await page.getByRole('combobox', { name: '排序' }).isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByText(`显示 100 / ${TOTAL} 项指标`).count()).toBe(1);

    release();
    const counts = page.getByRole('group', { name: '按状态统计（点击筛选）' });
    await counts.waitFor({ timeout: 30_000 });
    const numbers = await counts.locator('.status-count-n').allInnerTexts();
    expect(numbers.map((n) => Number(n.replace(/\D/g, ''))).reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(await status.count()).toBe(0);
    const search = page.getByRole('searchbox');
    expect(await search.isDisabled()).toBe(false);
    await search.fill('区域1');
    await expect
      .poll(() => page.locator('.toolbar-results').innerText())
      .toMatch(new RegExp(`/ ${TOTAL} 项指标$`));
    expect(await page.locator('.toolbar-results').innerText()).not.toBe(`显示 ${TOTAL} / ${TOTAL} 项指标`);
    await context.close();
  });

  it('says which part failed, and keeps the first part on screen, still not counted', async () => {
    const { context, page, release } = await open(true);
    await page.locator('.list-cell:not(.list-cell--snapshot)').first().waitFor();
    release();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toMatch(/^无法获取数据文件 .*\/data\/parts\/1\.\w+\.json：HTTP 404$/);
    expect(await page.locator('article.panel h3').first().innerText()).toBe(firstTitle);
    expect(await page.getByRole('group', { name: '按状态统计（点击筛选）' }).count()).toBe(0);
    expect(await page.getByRole('searchbox').isDisabled()).toBe(true);
    await context.close();
  });
});
