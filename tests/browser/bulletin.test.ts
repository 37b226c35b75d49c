// The bulletin button of the built dashboard in chromium, as a user clicks it: its chunk loads on the click,
// the charts are drawn by the app's PNG renderer (the bundled font; this machine has no CJK font), and the
// .docx of the current view downloads.
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { foreignRequests, launch, openPage, serveDist, type PageLog } from '../../scripts/lib/browser';

// The loan balances, as export.test.ts finds them: some with a target (本外币贷款余额), some without.
const VIEW = `?q=${encodeURIComponent('贷款余额')}&asOf=2025-06-30`;
let browser: Browser;
let server: StaticServer;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
  ({ page, log } = await openPage(browser, `${server.url}${VIEW}`));
  await page.getByRole('toolbar', { name: '导出当前筛选结果' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pngWidth = (b: Uint8Array) => Buffer.from(b).readUInt32BE(16);

describe('the bulletin from the dashboard', () => {
  it('downloads the Word bulletin of the view, with each target’s chart drawn by the app', async () => {
    const scripts = () => log.requests.filter((r) => /bulletin-file-[\w-]+\.js$/.test(r)).length;
    expect(scripts(), 'the bulletin code is not loaded before the click').toBe(0);
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: '生成监测通报（Word）' }).click(),
    ]);
    expect(dl.suggestedFilename()).toBe('bulletin-20250630.docx');
    expect(scripts()).toBe(1);
    const files = unzipSync(new Uint8Array(readFileSync((await dl.path())!)));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('全部地区科技金融发展监测通报（截至2025年6月30日）');
    expect(xml).toContain('指标进展表');
    expect(xml).toContain('本外币贷款余额');
    expect(xml).toContain('搜索：“贷款余额”');
    const pictures = Object.entries(files).filter(([f]) => /^word\/media\/.+\.png$/.test(f));
    expect(pictures.length).toBeGreaterThanOrEqual(1);
    for (const [, png] of pictures) expect(pngWidth(png)).toBeGreaterThanOrEqual(1200);
    expect(foreignRequests(log, server.url)).toEqual([]);
    expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);
  });
});
