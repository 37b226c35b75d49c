// A curator's path through a press release of about 2,000 characters with ten figures, in chromium: the
// document is chosen, its row checked, and each figure reviewed with the keyboard — one key where the draft
// is right, and where it is not, one action per corrected field and Enter. The actions are counted and
// printed (README, "Review mode / 审核模式"); the catalogue then holds the ten curated rows and
// build:data --strict passes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { reviewWord, type ReviewWord } from '../../src/i18n/review-words';
import { launch } from '../../scripts/lib/browser';
import { startReviewServer, type ReviewServer } from '../../scripts/lib/review-server';
import { copyProject, type Project } from '../scripts/review/project';

const w = (key: ReviewWord, vars?: Record<string, string | number>) => reviewWord('zh-CN', key, vars);
const FILE = 'tests/fixtures/review/press-release.txt';
const DOC = 'cq-2025-h1-press';

/** What a curator writes for each figure (the rest of each row is the draft's, which is right). */
const CURATED: Record<string, { indicator: string; period: string; basis: string }> = {
  '8200亿元': { indicator: 'cq-tech-loan-balance', period: '2025-06', basis: 'level' },
  '18.6%': { indicator: 'cq-tech-loan-balance', period: '2025-06', basis: 'yoy' },
  '86款': { indicator: 'cq-tech-credit-products', period: '2025-06', basis: 'level' },
  '215亿元': { indicator: 'cq-ipv-loan-amount', period: '2025-06', basis: 'level' },
  '9800亿元': { indicator: 'cq-mfg-loan-balance', period: '2025-06', basis: 'level' },
  '12.5%': { indicator: 'cq-mfg-loan-share', period: '2025-06', basis: 'level' },
  '300亿元': { indicator: 'cq-relending-small', period: '2025-06', basis: 'level' },
  '150亿元': { indicator: 'cq-rediscount', period: '2025-06', basis: 'level' },
  '120笔': { indicator: 'cq-first-set-policies', period: '2025-06', basis: 'level' },
  '45场': { indicator: 'cq-roadshows', period: '2025-06', basis: 'level' },
};
const FIELDS = [
  ['indicator', 'indicatorSearch'],
  ['period', 'obs.period'],
  ['basis', 'obs.basis'],
] as const;

let p: Project;
let server: ReviewServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'review-page-'));
  await build({ configFile: 'vite.review.config.ts', logLevel: 'warn', build: { outDir: out } });
  p = copyProject(false);
  server = await startReviewServer({ dataDir: p.data, seedsDir: p.seeds, reviewDir: out });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    await page?.screenshot({ path: join(tmpdir(), 'review-press-failed.png') });
});

const visible = (locator: ReturnType<Page['locator']>) => locator.waitFor({ state: 'visible' });

it('ten figures of a press release: actions per figure', async () => {
  const text = readFileSync(FILE, 'utf8');
  expect(text.length).toBeGreaterThan(1900);
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}review.html`);
  let actions = 0;

  // The document: chosen (1), its row completed where the text does not say (id, issuer), added (1).
  await page.getByLabel(w('choose')).setInputFiles(FILE);
  actions++;
  await visible(page.getByRole('heading', { name: w('newDocument', { file: 'seeds/press-release.txt' }) }));
  expect(await page.getByLabel(w('doc.published')).inputValue()).toBe('2025-07-18');
  expect(await page.getByLabel(w('doc.title')).inputValue()).toMatch(/^重庆市地方金融管理局2025年上半年/);
  await page.getByLabel(w('doc.id'), { exact: true }).fill(DOC);
  await page.getByLabel(w('doc.issuer')).fill('重庆市地方金融管理局');
  await page.getByRole('button', { name: w('addDocument') }).click();
  actions += 3;
  const rowActions = actions;

  const perFigure: { text: string; actions: number; corrected: string[] }[] = [];
  await visible(page.locator('.review-text .fig[aria-pressed="true"]'));
  while ((await page.locator('.review-text .fig-draft').count()) > 0) {
    const selected = page.locator('.review-text .fig-draft[aria-pressed="true"]');
    await visible(selected);
    const figure = (await selected.textContent()) ?? '';
    await visible(page.locator('.review-form').getByText(w('noProblems')));
    const want = CURATED[figure]!;
    const corrected: string[] = [];
    for (const [field, label] of FIELDS) {
      const control = page.getByLabel(w(label), { exact: true });
      if ((await control.inputValue()) === want[field]) continue;
      if (field === 'basis') await control.selectOption(want[field]);
      else await control.fill(want[field]);
      corrected.push(field);
    }
    if (corrected.length) {
      await visible(page.locator('.review-form').getByText(w('noProblems')));
      // Enter in the period field accepts the corrected row.
      await page.getByLabel(w('obs.period'), { exact: true }).press('Enter');
    } else await page.keyboard.press('a');
    perFigure.push({ text: figure, actions: corrected.length + 1, corrected });
    await visible(page.locator('.message', { hasText: figure }));
  }
  expect(perFigure.map((f) => f.text).sort()).toEqual(Object.keys(CURATED).sort());

  const rows = Papa.parse<Record<string, string>>(readFileSync(join(p.data, 'observations.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.filter((r) => r.document === DOC);
  expect(rows.map((r) => [r.indicator, r.period, r.basis, r.role]).sort()).toEqual(
    Object.values(CURATED)
      .map((c) => [c.indicator, c.period, c.basis, 'actual'])
      .sort(),
  );
  const strict = spawnSync(
    join('node_modules', '.bin', 'tsx'),
    [
      'scripts/build-data.ts',
      ...['--data', p.data, '--seeds', p.seeds, '--out', join(p.root, 'out', 'indicators.json'), '--strict'],
    ],
    { encoding: 'utf8' },
  );
  expect(strict.stderr).toBe('');
  expect(strict.status).toBe(0);

  const total = perFigure.reduce((n, f) => n + f.actions, 0);
  const right = perFigure.filter((f) => f.corrected.length === 0);
  console.log(
    `press release (${text.length} characters, ${perFigure.length} figures): ${rowActions} actions for the ` +
      `document and its row, ${total} for the figures (${(total / perFigure.length).toFixed(1)} a figure); ` +
      `${right.length} drafts right at 1 key each; corrected: ` +
      perFigure
        .filter((f) => f.corrected.length)
        .map((f) => `${f.text} (${f.corrected.join(', ')})`)
        .join('; '),
  );
  for (const f of right) expect(f.actions).toBe(1);
});
