// The review mode as a curator uses it, in chromium, against a copy of the project: drop a .txt, choose an
// .html page, a .docx and a .pdf, check each one's catalogue row (and correct one in place), then review
// their figures with the keyboard — accept into an existing indicator, create a new indicator, ignore with a
// reason, undo, shorten a quote by selecting it. The CSVs then hold
// exactly those rows (a golden diff), the dashboard's dataset has the new figures with their quotes, and
// `build:data --strict` passes once every figure is decided. The actions per figure are counted and printed
// (README, "Review mode / 审核模式"). The published build (dist/) has no review code.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import { reviewWord, type ReviewWord } from '../../src/i18n/review-words';
import { launch } from '../../scripts/lib/browser';
import { startReviewServer, type ReviewServer } from '../../scripts/lib/review-server';
import { governmentPage, printedPdfs, wordFile } from '../support/format-fixtures';
import { catalogueDiff, copyProject, NEW_TEXT, type Project } from '../scripts/review/project';

const w = (key: ReviewWord, vars?: Record<string, string | number>) => reviewWord('zh-CN', key, vars);
const HTML_PARAGRAPHS = [
  '截至2025年9月末，全市科技型企业贷款余额8500亿元。',
  '全市累计培育科技型企业6.5万家。',
];
const PDF_PARAGRAPHS = ['重庆市科技金融工作简报', '截至2025年3月末，全市科技型企业贷款余额7600亿元。'];
const DOCX_PARAGRAPHS = ['重庆高新区科技金融情况通报', '截至2025年6月末，高新区科技型企业贷款余额900亿元。'];

let p: Project;
let server: ReviewServer;
let browser: Browser;
let page: Page;
/** Keys pressed and clicks made, per figure or document row. */
const actions = new Map<string, number>();
let counting = '';
const count = (n = 1) => actions.set(counting, (actions.get(counting) ?? 0) + n);

beforeAll(async () => {
  const page = mkdtempSync(join(tmpdir(), 'review-page-'));
  await build({ configFile: 'vite.review.config.ts', logLevel: 'warn', build: { outDir: page } });
  p = copyProject(false);
  server = await startReviewServer({ dataDir: p.data, seedsDir: p.seeds, reviewDir: page, appDir: 'dist' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  const per = [...actions].map(([what, n]) => `${what}: ${n}`).join('; ');
  console.log(`review actions — ${per}`);
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    await page?.screenshot({ path: join(tmpdir(), 'review-failed.png') });
});

const key = async (k: string) => {
  await page.keyboard.press(k);
  count();
};
const click = async (locator: ReturnType<Page['locator']>) => {
  await locator.click();
  count();
};
/** Typing a field's new value: one action per field (however many characters). */
const fill = async (label: string, value: string) => {
  await page.getByLabel(label, { exact: true }).fill(value);
  count();
};

const selected = () => page.locator('.review-text .fig[aria-pressed="true"]');
const form = () => page.locator('.review-form');

/** Waits for the form of `text` to be selected and checked by the build with no problem. */
async function ready(text: string) {
  await expect.poll(() => selected().textContent()).toBe(text);
  await visible(form().getByText(w('noProblems')));
}

const visible = (locator: ReturnType<Page['locator']>) => locator.waitFor({ state: 'visible' });

/** The dropped or chosen document's row: fill what its text did not say, then add it. */
async function addRow(file: string, cells: Record<string, string>) {
  counting = `row ${file}`;
  await visible(page.getByRole('heading', { name: w('newDocument', { file: `seeds/${file}` }) }));
  for (const [label, value] of Object.entries(cells)) await fill(w(label as ReviewWord), value);
  await click(page.getByRole('button', { name: w('addDocument') }));
}

/** axe-core's serious and critical findings on the page as it stands (a draft's form open). */
async function seriousViolations(): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    type Found = { id: string; impact: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Found[] }> } })
      .axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('review mode', () => {
  it('drop, review with keys, undo: the CSVs hold exactly those rows', async () => {
    // CSP bypassed only so that axe-core can be injected at the end.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}review.html`);
    await visible(page.getByRole('navigation', { name: w('queue') }));
    // Headings and buttons draw their Chinese in a CJK font where the machine has none (bold in a system
    // Latin font drew boxes): the bundled Noto Sans SC is in their font stack, before system-ui.
    const stacks = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, button, a')].map((e) => getComputedStyle(e).fontFamily),
    );
    expect(stacks.length).toBeGreaterThan(3);
    for (const stack of stacks) expect(stack.indexOf('"Noto Sans SC"')).toBeGreaterThanOrEqual(0);
    for (const stack of stacks)
      expect(stack.indexOf('"Noto Sans SC"')).toBeLessThan(stack.indexOf('system-ui'));

    // A .txt dropped onto the page.
    const dropped = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], '进展情况.txt', { type: 'text/plain' }));
      return dt;
    }, NEW_TEXT);
    await page.dispatchEvent('.drop', 'drop', { dataTransfer: dropped });
    await addRow('进展情况.txt', {
      'doc.id': 'cq-2025-progress',
      'doc.title': '重庆市科技金融工作进展情况',
      'doc.issuer': '重庆市地方金融管理局',
      'doc.published': '2025-07-15',
    });
    expect(readFileSync(join(p.seeds, '进展情况.txt'), 'utf8')).toBe(NEW_TEXT);

    // 8000亿元 continues an existing indicator: one key.
    counting = '8000亿元 (existing indicator)';
    await ready('8000亿元');
    await key('a');
    // 20.5%: its year-on-year growth, one key.
    counting = '20.5% (existing, yoy)';
    await ready('20.5%');
    await key('a');
    // 12个: a new indicator, its names corrected.
    counting = '12个 (new indicator, names corrected)';
    await ready('12个');
    expect(await page.getByLabel(w('newIndicator')).isChecked()).toBe(true);
    await fill(w('ind.id'), 'cq-scifin-service-centres');
    await fill(w('ind.name_zh'), '科技金融服务中心数');
    await fill(w('ind.name_en'), 'Sci-tech finance service centres');
    await visible(form().getByText(w('noProblems')));
    // Enter in a field of the form accepts.
    await key('Enter');
    // 3000家: ignored with a reason.
    counting = '3000家 (ignored)';
    await ready('3000家');
    await key('i');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('reason');
    await page.keyboard.type('服务对象数，非监测指标');
    count();
    await key('Enter');
    // 300亿元: the drafted new indicator as it stands, then undone.
    counting = '300亿元 (new indicator as drafted)';
    await ready('300亿元');
    await key('a');
    await visible(page.locator('.message', { hasText: w('written', { what: `${w('accept')} 300亿元` }) }));
    counting = 'undo';
    await key('u');
    await visible(page.locator('.message', { hasText: w('undone', { what: '' }) }));
    await ready('300亿元');
    await visible(
      page.getByRole('button', { name: /重庆市科技金融工作进展情况/ }).getByText(w('unreviewed', { n: 1 })),
    );

    expect(catalogueDiff(p)).toBe(readFileSync('tests/browser/golden/review.diff', 'utf8'));
    expect(errors).toEqual([]);
    expect(await seriousViolations()).toEqual([]);
  });

  it('an .html page, a .docx and a .pdf join the queue; once all is decided build:data --strict passes', async () => {
    // The target left after the undo: accepted now.
    counting = '300亿元 (new indicator as drafted)';
    await key('a');
    await visible(
      page.getByRole('button', { name: /重庆市科技金融工作进展情况/ }).getByText(w('allReviewed')),
    );

    const html = governmentPage(
      HTML_PARAGRAPHS,
      '关于全市科技金融运行情况的通报',
      '[ 发布机构 ]重庆市地方金融管理局 [ 成文日期 ]2025-10-20',
    );
    await page
      .getByLabel(w('choose'))
      .setInputFiles({ name: 'tongbao.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    // The page's title is read from its text; its issuer and date (in the site's table, outside the article
    // the reader keeps) are not.
    await addRow('tongbao.html', {
      'doc.id': 'cq-2025-q3-bulletin',
      'doc.issuer': '重庆市地方金融管理局',
      'doc.published': '2025-10-20',
    });
    counting = '8500亿元 (html, existing)';
    await ready('8500亿元');
    await key('a');
    counting = '6.5万家 (html, ignored)';
    await ready('6.5万家');
    await key('i');
    await page.keyboard.type('累计数，口径不同');
    count();
    await key('Enter');

    const docx = Buffer.from(await wordFile(DOCX_PARAGRAPHS));
    await page.getByLabel(w('choose')).setInputFiles({
      name: 'gaoxin.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await addRow('gaoxin.docx', {
      'doc.id': 'gx-2025-h1-bulletin',
      'doc.title': '重庆高新区科技金融情况通报',
      'doc.issuer': '重庆高新区管委会',
      'doc.published': '2025-07-20',
    });
    expect(readFileSync(join(p.seeds, 'gaoxin.docx'))).toEqual(docx);
    counting = '900亿元 (docx, quote shortened by selecting it)';
    await ready('900亿元');
    // Selecting text in the document makes it the quote.
    await page.evaluate(() => {
      const button = document.querySelector('.review-text .fig[aria-pressed="true"]')!;
      const before = button.previousSibling!;
      const range = document.createRange();
      range.setStart(before, before.textContent!.indexOf('贷款余额'));
      range.setEnd(button.firstChild!, button.textContent!.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      button.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    count();
    await expect.poll(() => page.getByLabel(w('obs.quote')).inputValue()).toBe('贷款余额900亿元');
    await visible(form().getByText(w('noProblems')));
    await key('a');
    await visible(
      page.getByRole('button', { name: /重庆高新区科技金融情况通报/ }).getByText(w('allReviewed')),
    );

    // A PDF with a text layer, printed by chromium.
    const [pdf] = await printedPdfs([PDF_PARAGRAPHS]);
    await page
      .getByLabel(w('choose'))
      .setInputFiles({ name: 'jianbao.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf!) });
    await addRow('jianbao.pdf', {
      'doc.id': 'cq-2025-q1-brief',
      'doc.issuer': '重庆市地方金融管理局',
      'doc.published': '2025-04-15',
    });
    counting = '7600亿元 (pdf)';
    await ready('7600亿元');
    await key('a');

    // The document's own row, corrected in place.
    await page.getByRole('button', { name: /重庆高新区科技金融情况通报/ }).click();
    await page.getByRole('button', { name: w('docDetails') }).click();
    await page.getByLabel(w('doc.title')).fill('重庆高新区2025年上半年科技金融情况通报');
    await page.getByRole('button', { name: w('save') }).click();
    await visible(page.getByRole('heading', { name: '重庆高新区2025年上半年科技金融情况通报' }));
    expect(readFileSync(join(p.data, 'documents.csv'), 'utf8').split('\n').slice(-4, -1)).toEqual([
      'cq-2025-q3-bulletin,seeds/tongbao.html,关于全市科技金融运行情况的通报,重庆市地方金融管理局,2025-10-20,chongqing,notice,',
      'gx-2025-h1-bulletin,seeds/gaoxin.docx,重庆高新区2025年上半年科技金融情况通报,重庆高新区管委会,2025-07-20,chongqing,notice,',
      'cq-2025-q1-brief,seeds/jianbao.pdf,重庆市科技金融工作简报,重庆市地方金融管理局,2025-04-15,chongqing,notice,',
    ]);

    const strict = spawnSync(
      join('node_modules', '.bin', 'tsx'),
      [
        'scripts/build-data.ts',
        '--data',
        p.data,
        '--seeds',
        p.seeds,
        '--out',
        join(p.root, 'out', 'indicators.json'),
        '--strict',
      ],
      { encoding: 'utf8' },
    );
    expect(strict.stderr).toBe('');
    expect(strict.status).toBe(0);

    await server.rebuilt();
    expect(readFileSync(join(p.data, 'observations.csv'), 'utf8')).toContain(
      ',gx-2025-h1-bulletin,贷款余额900亿元,,\n',
    );
    const dataset = (await (await fetch(`${server.url}data/indicators.json`)).json()) as Dataset;
    const loans = dataset.indicators.find((i) => i.id === 'cq-tech-loan-balance')!;
    expect(loans.observations.map((o) => [o.value, o.source.document, o.source.quote])).toEqual(
      expect.arrayContaining([
        [8000, 'cq-2025-progress', '全市科技型企业贷款余额8000亿元'],
        [8500, 'cq-2025-q3-bulletin', '全市科技型企业贷款余额8500亿元'],
        [7600, 'cq-2025-q1-brief', '全市科技型企业贷款余额7600亿元'],
      ]),
    );

    // The dashboard the server serves shows the new latest figure of the loans.
    const dashboard = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await dashboard.goto(`${server.url}?q=${encodeURIComponent('科技型企业贷款余额')}&asOf=2025-12-31`);
    // Two series of that name: the city's, and the Hi-tech Zone's that its 900亿元 started (the sentence names
    // 高新区, so the draft put it there rather than in the city's series).
    const panel = dashboard.getByRole('article', { name: '科技型企业贷款余额', exact: true });
    await expect.poll(() => panel.count()).toBe(2);
    await expect.poll(() => panel.filter({ hasNotText: '高新区' }).innerText()).toContain('8,500 亿元');
    await expect.poll(() => panel.filter({ hasText: '高新区' }).innerText()).toContain('900 亿元');
    await dashboard.close();
  });
});

describe('two tabs', () => {
  it('the later write is refused with a message; after reloading, what was typed is still there', async () => {
    const text = '截至2025年5月末，全市科技型企业贷款余额7900亿元。\n全市服务科技型企业的信贷产品80款。\n';
    await page
      .getByLabel(w('choose'))
      .setInputFiles({ name: 'two-tabs.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await addRow('two-tabs.txt', {
      'doc.id': 'cq-2025-may',
      'doc.title': '五月情况',
      'doc.issuer': '重庆市地方金融管理局',
      'doc.published': '2025-06-10',
    });
    await ready('7900亿元');
    const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await other.goto(`${server.url}review.html`);
    await other.getByRole('button', { name: /五月情况/ }).click();
    await other.locator('.review-text .fig', { hasText: '80款' }).click();
    await other.getByLabel(w('obs.note'), { exact: true }).fill('typed in the second tab');

    // The first tab writes; the second, which read the tables before, is refused.
    await page.keyboard.press('a');
    await visible(page.locator('.message', { hasText: w('written', { what: `${w('accept')} 7900亿元` }) }));
    const observations = readFileSync(join(p.data, 'observations.csv'));
    await other.getByLabel(w('obs.note'), { exact: true }).press('Enter');
    await visible(other.locator('.message', { hasText: w('conflict') }));
    expect(readFileSync(join(p.data, 'observations.csv'))).toEqual(observations);
    await other.getByRole('button', { name: w('reload') }).click();
    await expect
      .poll(() => other.getByLabel(w('obs.note'), { exact: true }).inputValue())
      .toBe('typed in the second tab');
    await visible(other.locator('.review-form').getByText(w('noProblems')));
    await other.getByLabel(w('obs.note'), { exact: true }).press('Enter');
    await visible(other.locator('.message', { hasText: w('written', { what: `${w('accept')} 80款` }) }));
    expect(readFileSync(join(p.data, 'observations.csv'), 'utf8')).toContain(
      ',cq-2025-may,全市服务科技型企业的信贷产品80款,typed in the second tab,\n',
    );
    await other.close();
  });
});

describe('problems in the page language', () => {
  it('a wrong quote and a bad period are said in Chinese on the form, with file and line; in English after the switch', async () => {
    const text = '截至2025年4月末，全市科技型企业贷款余额7700亿元。\n';
    // The page read the tables before the other tab wrote: read them afresh.
    await page.goto(`${server.url}review.html`);
    await visible(page.getByRole('navigation', { name: w('queue') }));
    await page
      .getByLabel(w('choose'))
      .setInputFiles({ name: 'quote-check.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await addRow('quote-check.txt', {
      'doc.id': 'cq-2025-april',
      'doc.title': '四月情况',
      'doc.issuer': '重庆市地方金融管理局',
      'doc.published': '2025-05-10',
    });
    await ready('7700亿元');
    const problems = form().locator('.problems li');
    await page.getByLabel(w('obs.quote'), { exact: true }).fill('全市科技型企业贷款余额7070亿元');
    await expect
      .poll(() => problems.allInnerTexts())
      .toContainEqual(
        expect.stringMatching(
          /observations\.csv 第 \d+ 行：引文在文件 seeds\/quote-check\.txt 中未找到：“全市科技型企业贷款余额7070亿元”；文件与引文一致到“型企业贷款余额7”/,
        ),
      );
    // Accepting anyway: nothing is written, and the page says so in its language.
    const before = readFileSync(join(p.data, 'observations.csv'));
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await visible(page.locator('.message', { hasText: w('problems') }));
    expect(readFileSync(join(p.data, 'observations.csv'))).toEqual(before);
    await page.getByRole('button', { name: w('language') }).click();
    await expect
      .poll(() => problems.allInnerTexts())
      .toContainEqual(
        expect.stringMatching(/observations\.csv:\d+: quote not found in seeds\/quote-check\.txt/),
      );
    await page.getByRole('button', { name: reviewWord('en', 'language') }).click();
    await page.getByLabel(w('obs.period'), { exact: true }).fill('2025-13');
    await expect
      .poll(() => problems.allInnerTexts())
      .toContainEqual('数值行：期间（period）“2025-13”不是有效期间：没有 13 月');
  });
});

describe('the published build', () => {
  it('dist/ holds no review page, token or review API', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk('dist');
    expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
    expect(files.filter((f) => /review/i.test(f))).toEqual([]);
    for (const f of files.filter((f) => /\.(html|js|css)$/.test(f))) {
      const text = readFileSync(f, 'utf8');
      for (const marker of ['__REVIEW_TOKEN__', 'x-review-token', 'api/decide', w('addDocument')])
        expect(text.includes(marker), `${f} holds ${marker}`).toBe(false);
    }
  });
});
