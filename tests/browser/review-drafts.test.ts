// The review mode over draft rows (`npm run draft -- FILE --write`), in chromium: a drafted figure opens with
// its draft row's cells and says which row that is; one key accepts it, rewriting that row where it is with
// the draft mark cleared (the git diff is that line); undo restores the bytes; a figure drafted into a new
// draft indicator is accepted into it, and the indicator's row is reviewed in place with it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewWord, type ReviewWord } from '../../src/i18n/review-words';
import { launch } from '../../scripts/lib/browser';
import { startReviewServer, type ReviewServer } from '../../scripts/lib/review-server';
import { catalogueDiff, draftedProject, filesOf, type Project } from '../scripts/review/project';

const w = (key: ReviewWord, vars?: Record<string, string | number>) => reviewWord('zh-CN', key, vars);

let p: Project;
let server: ReviewServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'review-page-'));
  await build({ configFile: 'vite.review.config.ts', logLevel: 'warn', build: { outDir: dir } });
  p = draftedProject();
  server = await startReviewServer({ dataDir: p.data, seedsDir: p.seeds, reviewDir: dir, appDir: 'dist' });
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visible = (locator: ReturnType<Page['locator']>) => locator.waitFor({ state: 'visible' });
const selected = () => page.locator('.review-text .fig[aria-pressed="true"]');
const form = () => page.locator('.review-form');
async function ready(text: string) {
  await expect.poll(() => selected().textContent()).toBe(text);
  await visible(form().getByText(w('noProblems')));
}
const written = (text: string) =>
  visible(page.locator('.message', { hasText: w('written', { what: `${w('accept')} ${text}` }) }));

/** The lines of the catalogue's diff that are changes (hunk headers and file names aside). */
const changed = () =>
  catalogueDiff(p)
    .split('\n')
    .filter((l) => /^[-+][^-+]/.test(l));

describe('review mode over draft rows', () => {
  it('accepts a drafted figure in its row’s place, undoes it, and reviews a draft indicator with its figure', async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}review.html`);
    await page.getByRole('button', { name: /重庆市科技金融工作进展情况/ }).click();
    const observations = join(p.data, 'observations.csv');
    const indicators = join(p.data, 'indicators.csv');
    const start = filesOf(p);

    // 8000亿元: its form from its draft row, which it names; one key accepts it in place.
    await ready('8000亿元');
    await visible(form().getByText(w('draftRow', { row: `${observations}:78` })));
    await page.keyboard.press('a');
    await written('8000亿元');
    const lines = readFileSync(observations, 'utf8').split('\n');
    expect(lines[77]).toBe(
      'cq-tech-loan-balance,actual,2025-06,8000,=,level,,test-2025-progress,全市科技型企业贷款余额8000亿元,,,',
    );
    expect(changed()).toEqual([
      expect.stringMatching(/^-cq-tech-loan-balance,actual,2025-06,8000,.*,1$/),
      `+${lines[77]}`,
    ]);

    // Undo: the bytes as they were, the figure a draft again.
    await page.keyboard.press('u');
    await visible(page.locator('.message', { hasText: w('undone', { what: '' }) }));
    expect(filesOf(p)).toEqual(start);

    // 300亿元: drafted into a new draft indicator; accepted as drafted, both rows are reviewed in place.
    await page.locator('.review-text .fig', { hasText: '300亿元' }).click();
    await ready('300亿元');
    expect(await page.getByLabel(w('newIndicator')).isChecked()).toBe(true);
    await page.keyboard.press('a');
    await written('300亿元');
    expect(changed()).toEqual([
      expect.stringMatching(/^-draft-test-2025-progress-3,力争全市知识产权质押融资额,.*,1$/),
      expect.stringMatching(/^\+draft-test-2025-progress-3,力争全市知识产权质押融资额,.*increase,,$/),
      expect.stringMatching(/^-draft-test-2025-progress-3,target,2027,300,.*,1$/),
      expect.stringMatching(/^\+draft-test-2025-progress-3,target,2027,300,.*达到300亿元,,,$/),
    ]);
    expect(
      readFileSync(indicators, 'utf8')
        .split('\n')
        .filter((l) => l.endsWith(',1')),
    ).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});
