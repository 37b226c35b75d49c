// The built dashboard in Debian's chromium, served from a subpath on loopback, used as a person would.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import type { StaticServer } from '../../scripts/lib/static-server';
import { foreignRequests, launch, openPage, screenshot, serveDist } from '../../scripts/lib/browser';

const dataset = JSON.parse(readFileSync('dist/data/indicators.json', 'utf8')) as Dataset;
const total = dataset.indicators.length;
const inGaoxin = dataset.indicators.filter((i) => i.region === 'cq-gaoxin').length;
const AS_OF = 'asOf=2025-06-30';
const LOAN = `q=${encodeURIComponent('科技型企业贷款余额')}&${AS_OF}`;

let browser: Browser;
let server: StaticServer;
let origin: string;

beforeAll(async () => {
  browser = await launch();
  server = await serveDist();
  origin = new URL(server.url).origin;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Run in the page: every panel's parts that spill out of its box, sideways or below, or a cut unit or date. */
const fitProblems = (): string[] => {
  const out: string[] = [];
  for (const panel of document.querySelectorAll('article.panel')) {
    const name = panel.querySelector('.panel-title')?.textContent ?? '?';
    const meta = panel.querySelector('.panel-meta');
    const unit = meta?.lastElementChild;
    if (meta && unit && meta.children.length > 1) {
      const a = unit.getBoundingClientRect();
      const box = meta.getBoundingClientRect();
      if (a.right > box.right + 0.5 || unit.scrollWidth > unit.clientWidth + 1)
        out.push(`${name}: unit "${unit.textContent}" cut off`);
    }
    const own = panel.getBoundingClientRect();
    for (const el of panel.querySelectorAll(
      '.panel-figures, .panel-reason, .panel-foot, .panel-head, .panel-source',
    )) {
      const r = el.getBoundingClientRect();
      if (r.right > own.right + 0.5) out.push(`${name}: ${el.className} wider than the panel`);
      // Panels have a fixed height and hide what spills: every part shown must end inside the box.
      if (r.height > 0 && r.bottom > own.bottom + 0.5) out.push(`${name}: ${el.className} cut off below`);
    }
    // The source line's date is never cut; its title gives way.
    const date = panel.querySelector('.panel-source')?.lastElementChild;
    if (date && date.scrollWidth > date.clientWidth + 1) out.push(`${name}: source date cut off`);
    // Every text a drawn chart shows lies inside the chart (a label anchored at the edge used to run off).
    for (const svg of panel.querySelectorAll('.lazy-chart svg')) {
      const box = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
          out.push(`${name}: chart text "${text.textContent}" runs off the chart`);
      }
    }
  }
  return out;
};

describe('the dashboard, served from a subpath', () => {
  it('shows every indicator with its figures, asks nothing of other hosts, and logs no error', async () => {
    const { page, context, log } = await openPage(browser, `${server.url}?${LOAN}`);
    await expect.poll(() => page.getByText(`共 ${total} 项指标`).count()).toBe(1);
    const loan = page.getByRole('article', { name: '科技型企业贷款余额', exact: true });
    await expect.poll(() => loan.count()).toBe(1);
    const text = await loan.innerText();
    expect(text).toContain('6,950 亿元');
    expect(text).toContain('800 亿元');
    // The charts of the first screen are drawn (ECharts is loaded lazily, from our own origin).
    await expect
      .poll(() => page.evaluate(() => (window as { __liveCharts?: number }).__liveCharts ?? 0))
      .toBeGreaterThan(0);
    await screenshot(page, 'dashboard-zh');
    expect(foreignRequests(log, origin)).toEqual([]);
    // The dataset was downloaded once, and fetched and parsed by the worker (from our own origin, allowed
    // by the page's policy), not by the page: the page's own resource timings do not list it.
    expect(
      log.requests.filter((u) => u.endsWith('/reports/scitech-finance/data/indicators.json')),
    ).toHaveLength(1);
    expect(
      log.requests.some((u) => /\/reports\/scitech-finance\/assets\/dataset-worker-[\w-]+\.js$/.test(u)),
    ).toBe(true);
    const pageFetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(pageFetched.some((u) => /\/assets\/index-[\w-]+\.js$/.test(u))).toBe(true);
    expect(pageFetched).not.toContain('/reports/scitech-finance/data/indicators.json');
    // The chunk that draws the charts asks V8 to compile all of it while it downloads (vite.config.ts);
    // the entry chunk does not (eager compiling it made its first task longer).
    const firstLine = (path: string) => readFileSync(`dist${path}`, 'utf8').split('\n', 1)[0];
    const chunk = (re: RegExp) =>
      pageFetched.find((u) => re.test(u))?.replace('/reports/scitech-finance', '');
    expect(firstLine(chunk(/\/assets\/echarts-setup-[\w-]+\.js$/) ?? '')).toBe(
      '//# allFunctionsCalledOnLoad',
    );
    expect(firstLine(chunk(/\/assets\/index-[\w-]+\.js$/) ?? '')).not.toContain('allFunctionsCalledOnLoad');
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('filters by region from the link, including the regions below it', async () => {
    const { page, context } = await openPage(browser, `${server.url}?region=cq-gaoxin&${AS_OF}`);
    await expect.poll(() => page.getByText(`显示 ${inGaoxin} / ${total} 项指标`).count()).toBe(1);
    const regions = await page.locator('article .panel-region, article [data-region]').allInnerTexts();
    for (const r of regions) expect(r).toContain('重庆高新区');
    await context.close();

    const parent = await openPage(browser, `${server.url}?region=chongqing&${AS_OF}`);
    const inChongqing = dataset.indicators.filter(
      (i) => i.region === 'chongqing' || i.region === 'cq-gaoxin',
    ).length;
    await expect.poll(() => parent.page.getByText(`显示 ${inChongqing} / ${total} 项指标`).count()).toBe(1);
    await parent.context.close();
  });

  it('drops unknown and hostile link values with a notice, and still works', async () => {
    const { page, context, log } = await openPage(
      browser,
      `${server.url}?region=atlantis&status=<img src=x onerror=alert(1)>&asOf=2025-02-30`,
    );
    const notice = page.getByRole('status').filter({ hasText: '已忽略' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).toContain('atlantis');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await expect.poll(() => page.getByText(`共 ${total} 项指标`).count()).toBe(1);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('switches to English: texts, names and the link', async () => {
    const { page, context } = await openPage(browser, `${server.url}?${LOAN}`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() =>
        page.getByRole('article', { name: 'Loan balance of tech-based enterprises', exact: true }).count(),
      )
      .toBe(1);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'dashboard-en');
    await context.close();
  });

  it('opens the source document at the quote of a number', async () => {
    const { page, context } = await openPage(browser, `${server.url}?${LOAN}`);
    const loan = page.getByRole('article', { name: '科技型企业贷款余额', exact: true });
    await loan
      .getByRole('button', { name: /6,950 亿元/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    const quote = dataset.indicators
      .find((i) => i.id === 'cq-tech-loan-balance')
      ?.observations.find((o) => o.value === 6950)?.source.quote;
    expect(await dialog.locator('mark').first().innerText()).toBe(quote);
    expect(await dialog.innerText()).toContain('中共重庆市委金融委员会办公室');
    await screenshot(page, 'provenance');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await context.close();
  });

  it('on a phone, folds the filter groups behind a button so the first panel is on the first screen', async () => {
    const phone = { width: 412, height: 823 };
    const { page, context, log } = await openPage(browser, `${server.url}?${AS_OF}`, phone);
    await expect.poll(() => page.getByText(`共 ${total} 项指标`).count()).toBe(1);
    const toggle = page.getByRole('button', { name: '展开地区、主题、状态和来源文件' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    const regionGroup = page.getByRole('group', { name: '地区' });
    expect(await regionGroup.isVisible()).toBe(false);
    expect(await page.getByRole('searchbox', { name: '搜索指标名称' }).isVisible()).toBe(true);
    const firstPanel = page.locator('article.panel').first();
    const top = await firstPanel.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(phone.height - 100);
    await screenshot(page, 'phone-folded');
    // The first panel's figures themselves are on the first screen, in both languages (the English toolbar's
    // third row once pushed them below it).
    for (const lang of ['zh', 'en']) {
      const view =
        lang === 'zh' ? page : (await openPage(browser, `${server.url}?${AS_OF}&lang=en`, phone)).page;
      const figure = view.locator('article.panel').first().locator('.panel-figures .source-number').first();
      await expect.poll(() => figure.count()).toBe(1);
      const bottom = await figure.evaluate((el) => el.getBoundingClientRect().bottom);
      expect(bottom, `${lang}: the first figure's bottom`).toBeLessThanOrEqual(phone.height);
      if (view !== page) await view.context().close();
    }

    await toggle.click();
    expect(await regionGroup.isVisible()).toBe(true);
    await regionGroup.getByRole('checkbox', { name: /^重庆高新区/ }).check();
    await expect.poll(() => page.getByText(`显示 ${inGaoxin} / ${total} 项指标`).count()).toBe(1);
    await page.getByRole('button', { name: '收起地区、主题、状态和来源文件 已选 1 项' }).click();
    expect(await regionGroup.isVisible()).toBe(false);
    expect(log.pageErrors).toEqual([]);
    await context.close();

    // On a wide screen there is nothing to fold: no button, the groups shown.
    const wide = await openPage(browser, `${server.url}?${AS_OF}`);
    await expect.poll(() => wide.page.getByRole('group', { name: '地区' }).isVisible()).toBe(true);
    expect(await wide.page.locator('.filters-toggle').isVisible()).toBe(false);
    await wide.context.close();
  });

  it.each([
    ['zh', 1440],
    ['en', 1440],
    ['zh', 412],
    ['en', 412],
  ] as const)(
    '%s at %i px: every panel header shows its whole unit, and no panel part is wider or taller than its box',
    async (lang, width) => {
      // The 重庆高新区 panels (whose English unit was cut), and the compact panel with the most lines (its
      // figures wrap in English).
      const problems: string[] = [];
      for (const view of ['region=cq-gaoxin', 'q=cq-ipv-pilot-firms']) {
        const { page, context } = await openPage(browser, `${server.url}?lang=${lang}&${view}`, {
          width,
          height: 900,
        });
        await expect.poll(() => page.locator('article.panel').count()).toBeGreaterThan(0);
        // Both densities: compact, then detailed (charts, growth rows and the export menu at the foot).
        for (const [density, label] of [
          ['compact', lang === 'zh' ? '紧凑' : 'Compact'],
          ['detailed', lang === 'zh' ? '详细' : 'Detailed'],
        ] as const) {
          await page.getByRole('button', { name: label, exact: true }).click();
          await expect.poll(() => page.locator(`article.panel-${density}`).count()).toBeGreaterThan(0);
          // The charts in view are drawn (one per turn) before their texts are measured; on a phone the
          // first panel is scrolled into view first.
          if (density === 'detailed') {
            await page.locator('article.panel .lazy-chart').first().scrollIntoViewIfNeeded();
            await expect
              .poll(() =>
                page.evaluate(() => document.querySelectorAll('article.panel .lazy-chart svg text').length),
              )
              .toBeGreaterThan(0);
          }
          problems.push(...(await page.evaluate(fitProblems)).map((p) => `${view}, ${density}: ${p}`));
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    },
  );

  it('search finds indicators by several words of name, region, topic and document, in either language', async () => {
    const { page, context } = await openPage(browser, `${server.url}?${AS_OF}`);
    const search = page.getByRole('searchbox', { name: '搜索指标名称' });
    await expect.poll(() => search.isEnabled()).toBe(true);
    await search.fill('贷款余额 高新');
    const want = dataset.indicators
      .filter((i) => i.region === 'cq-gaoxin' && i.name.zh.includes('贷款余额'))
      .map((i) => i.name.zh)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await page.locator('article.panel .panel-title').allInnerTexts()).sort())
      .toEqual(want);
    await context.close();
  });

  it('a search that finds nothing shows its note alone; cleared, the same panels and charts come back', async () => {
    const { page, context } = await openPage(browser, `${server.url}?${AS_OF}`);
    const search = page.getByRole('searchbox', { name: '搜索指标名称' });
    await expect.poll(() => search.isEnabled()).toBe(true);
    const live = () => page.evaluate(() => (window as { __liveCharts?: number }).__liveCharts ?? 0);
    // Each chart's instance (ECharts' id on its element), once every chart that exists has drawn.
    const drawnCharts = () =>
      page.evaluate(() => {
        const boxes = [...document.querySelectorAll('[_echarts_instance_]')];
        return boxes.every((b) => b.querySelector('svg text'))
          ? boxes.map((b) => b.getAttribute('_echarts_instance_')).join(' ')
          : null;
      });
    await expect.poll(live).toBeGreaterThan(0);
    await expect.poll(drawnCharts).not.toBeNull();
    const charts = await drawnCharts();
    const count = await live();
    const titles = await page.locator('article.panel .panel-title').allInnerTexts();

    await search.fill('没有这样的指标');
    await expect.poll(() => page.getByText('没有符合筛选条件的指标。').count()).toBe(1);
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await page.getByRole('list', { name: '指标列表' }).count()).toBe(0);
    // The panels wait, hidden, with their charts (still counted: they exist).
    expect(await live()).toBe(count);

    await search.fill('');
    await expect.poll(() => page.getByText('没有符合筛选条件的指标。').count()).toBe(0);
    await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(0);
    expect(await page.locator('article.panel .panel-title').allInnerTexts()).toEqual(titles);
    expect(await page.locator('article.panel').first().isVisible()).toBe(true);
    expect(await drawnCharts()).toBe(charts); // not one created again
    expect(await live()).toBe(count);
    await context.close();
  });

  it('the first Tab reaches a skip link to the panels; the legend opens from the header and a badge', async () => {
    const { page, context } = await openPage(browser, `${server.url}?${LOAN}`);
    const loan = page.getByRole('article', { name: '科技型企业贷款余额', exact: true });
    await expect.poll(() => loan.count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到指标面板');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panels');

    const badge = loan.locator('button.status-badge');
    const name = await badge.getAttribute('aria-label');
    expect(name).toContain(await loan.locator('.panel-reason').innerText());
    await badge.click();
    const legend = page.getByRole('dialog', { name: '状态说明' });
    await expect.poll(() => legend.count()).toBe(1);
    expect(await legend.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await legend.innerText()).toContain('R ≥ 0.95');
    // The whole dialog is on screen, on this laptop-sized page.
    const box = (await legend.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await screenshot(page, 'legend');
    await page.keyboard.press('Escape');
    await expect.poll(() => legend.count()).toBe(0);
    expect(await badge.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('长三角 has a document but no quantified figure: the list says so and links the document', async () => {
    const yrd = dataset.documents.filter((d) => d.region === 'yrd');
    expect(dataset.indicators.some((i) => i.region === 'yrd')).toBe(false);
    const { page, context } = await openPage(browser, `${server.url}?region=yrd`);
    await expect.poll(() => page.getByText('长三角有文件，但文件中没有量化的指标数据：').count()).toBe(1);
    for (const d of yrd) expect(await page.getByRole('button', { name: `《${d.title}》` }).count()).toBe(1);
    await context.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}?${AS_OF}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByText(`共 ${total} 项指标`).count()).toBe(1);
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
