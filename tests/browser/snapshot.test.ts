// The build-time snapshot in index.html (scripts/prerender.ts): the first screen's numbers without any
// script, shown only on visits it is true for, and replaced by the live page without a flash of anything
// else. Scripts are blocked in some tests so what the HTML and CSS alone show can be checked.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { launch, serveDist, systemHasCjkFont, type FontSetup } from '../../scripts/lib/browser';
import { SNAPSHOT_PANELS } from '../../src/components/list/SnapshotList';

const INDEX = readFileSync('dist/index.html', 'utf8');
const AS_OF = /data-as-of="(\d{4}-\d{2}-\d{2})"/.exec(INDEX)?.[1] ?? '';
const UNTIL = /data-valid-until="(\d{4}-\d{2}-\d{2})"/.exec(INDEX)?.[1] ?? '';

let browser: Browser;
let noCjkBrowser: Browser; // the machine's fonts less every one that covers Chinese
let server: StaticServer;
beforeAll(async () => {
  browser = await launch();
  noCjkBrowser = await launch('no-cjk');
  server = await serveDist();
});
afterAll(async () => {
  await browser?.close();
  await noCjkBrowser?.close();
  await server?.close();
});

interface Visit {
  search?: string;
  scripts?: boolean; // false: the app's module scripts are blocked (the inline guard still runs)
  javaScript?: boolean; // false: JavaScript off in the browser
  clock?: string; // the visitor's date, YYYY-MM-DD, midday local time
  stored?: Record<string, string>;
  init?: string; // a script run in the page before any of its own
  viewport?: { width: number; height: number }; // 1280×900 unless given
  fonts?: FontSetup; // the machine's own unless given
}

// Records every element removed from the page that is, or holds, the header's title: the live page must
// hydrate the snapshot's nodes, not replace them (a replaced first screen paints again, later). And the
// order of: the snapshot's numbers in the page, a frame drawn after that, the app's script added.
const WATCH_TITLE = `window.__titleRemoved = 0;
new MutationObserver((ms) => { for (const m of ms) for (const n of m.removedNodes)
  if (n.nodeType === 1 && (n.matches('h1') || n.querySelector('h1'))) window.__titleRemoved++; })
  .observe(document, { childList: true, subtree: true });
window.__order = [];
new MutationObserver(() => {
  const o = window.__order;
  if (!o.length && document.querySelector('article.panel .panel-figures')) {
    o.push('numbers in the page');
    requestAnimationFrame(() => o.push('frame'));
  }
  if (!o.includes('app script added') && document.querySelector('head > script[src*="/assets/index-"]'))
    o.push('app script added');
}).observe(document, { childList: true, subtree: true });`;

// Every layout shift of the page, with what moved (element and its rectangles before → after).
const WATCH_SHIFTS = `window.__shifts = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value.toFixed(4) + ' ' +
  e.sources.map((s) => (s.node && s.node.className) + ' ' + JSON.stringify(s.previousRect) + ' → ' +
    JSON.stringify(s.currentRect)).join('; ')); }).observe({ type: 'layout-shift', buffered: true });`;

async function visit(v: Visit): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const context = await (v.fonts === 'no-cjk' ? noCjkBrowser : browser).newContext({
    viewport: v.viewport ?? { width: 1280, height: 900 },
    locale: 'zh-CN',
    javaScriptEnabled: v.javaScript ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (v.init) await page.addInitScript(v.init);
  if (v.scripts === false) await page.route(/\.js$/, (r) => r.abort());
  if (v.clock) await page.clock.setFixedTime(new Date(`${v.clock}T12:00:00`));
  if (v.stored) {
    const origin = new URL(server.url).origin;
    await page.goto(`${origin}/favicon-not-here`);
    await page.evaluate((s) => {
      for (const [k, val] of Object.entries(s)) localStorage.setItem(k, val);
    }, v.stored);
  }
  await page.goto(`${server.url}${v.search ?? ''}`, { waitUntil: 'load' });
  return { page, close: () => context.close(), errors };
}

const firstFigures = (page: Page) => page.locator('article.panel .panel-figures').first();
const loadingLine = (page: Page) => page.locator('.snapshot-loading');

describe('the snapshot of the first screen', () => {
  it('was rendered at build time as of the build day, true until the next period end', () => {
    expect(AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(UNTIL > AS_OF).toBe(true);
    expect(INDEX.match(/<article class="panel/g)?.length).toBe(SNAPSHOT_PANELS);
    expect(SNAPSHOT_PANELS).toBe(4);
  });

  it('shows the numbers before any app script has run, the same the live page then shows', async () => {
    const blocked = await visit({ scripts: false, clock: AS_OF });
    expect(await blocked.page.evaluate(() => document.documentElement.className)).toBe('snapshot-ok');
    await expect.poll(() => firstFigures(blocked.page).isVisible()).toBe(true);
    const before = await firstFigures(blocked.page).innerText();
    expect(before).toMatch(/\d/);
    expect(await loadingLine(blocked.page).isVisible()).toBe(false);
    await blocked.close();

    const live = await visit({ clock: AS_OF, init: WATCH_TITLE });
    // The live page hydrates the snapshot (the header's nodes stay), then its windowed list takes the place
    // of the snapshot's grid.
    const windowed = live.page.locator('.list-cell:not(.list-cell--snapshot)').first();
    await expect.poll(() => windowed.isVisible()).toBe(true);
    expect(await live.page.locator('.list-cell--snapshot').count()).toBe(0);
    expect(
      await live.page.evaluate(() => (window as unknown as { __titleRemoved: number }).__titleRemoved),
    ).toBe(0);
    expect(await firstFigures(live.page).innerText()).toBe(before);
    // The app's script was only added to the page after a frame with the snapshot's numbers in it.
    expect(await live.page.evaluate(() => (window as unknown as { __order: string[] }).__order)).toEqual([
      'numbers in the page',
      'frame',
      'app script added',
    ]);
    // It is live: a filter works.
    await live.page.locator('input[type="search"]').fill('贷款');
    await expect.poll(() => live.page.url()).toContain('q=');
    expect(live.errors).toEqual([]);
    await live.close();
  });

  // With the scripts blocked, the bundled CJK font never comes (the app's script brings its @font-face rules):
  // on a machine without a CJK font that page is laid out with the placeholder font only. The live page then
  // gets Noto Sans SC; nothing may move when it does.
  it.each<[string, { width: number; height: number }, FontSetup]>([
    ['a phone', { width: 412, height: 823 }, 'system'],
    ['a wide screen', { width: 1280, height: 900 }, 'system'],
    ['a phone without a CJK font', { width: 412, height: 823 }, 'no-cjk'],
    ['a wide screen without a CJK font', { width: 1280, height: 900 }, 'no-cjk'],
  ])(
    'on %s, nothing moves when the live page and its font arrive (places kept at their size, no layout shift)',
    async (_, viewport, fonts) => {
      const tops = `[...document.querySelectorAll('.list-scroll, article.panel')].slice(0, 2)
      .map((e) => Math.round(e.getBoundingClientRect().top))`;
      const blocked = await visit({ scripts: false, clock: AS_OF, viewport, fonts });
      await expect.poll(() => firstFigures(blocked.page).isVisible()).toBe(true);
      const before = await blocked.page.evaluate(tops);
      await blocked.close();
      const live = await visit({ clock: AS_OF, viewport, init: WATCH_SHIFTS, fonts });
      await expect.poll(() => live.page.locator('.export-toolbar[role="toolbar"]').count()).toBe(1);
      await expect
        .poll(() => live.page.locator('.list-cell:not(.list-cell--snapshot)').count())
        .toBeGreaterThan(0);
      // The bundled font has arrived where the machine has no CJK font of its own, and only there.
      const notoLoaded = () =>
        live.page.evaluate(() =>
          document.fonts.ready.then(
            () =>
              [...document.fonts].filter((f) => f.family === 'Noto Sans SC' && f.status === 'loaded').length,
          ),
        );
      if (fonts === 'no-cjk' || !systemHasCjkFont()) await expect.poll(notoLoaded).toBeGreaterThan(0);
      else expect(await notoLoaded()).toBe(0);
      expect(await live.page.evaluate(tops)).toEqual(before);
      // Nor for a frame in between (the browser's own layout-shift entries, as CLS counts them): within the
      // target, CLS ≤ 0.01 (issue 20). Not zero: on a busy machine without a CJK font, chromium now and then
      // paints a frame while a font file is still loading with a line a few pixels off (0.0002–0.0011 seen,
      // about one load in ten under load); the faults this catches were 0.008 (desktop) and a 97 px move
      // of the phone's list.
      await live.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
      const shifts = await live.page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
      const total = shifts.reduce((sum, s) => sum + Number(s.split(' ')[0]), 0);
      expect(total, shifts.join('\n')).toBeLessThanOrEqual(0.01);
      await live.close();
    },
  );

  it("without a CJK font, draws the snapshot's Chinese in its own cut of the bundled font, before any script", async () => {
    const { page, close } = await visit({ scripts: false, clock: AS_OF, fonts: 'no-cjk' });
    await expect.poll(() => firstFigures(page).isVisible()).toBe(true);
    const title = await page.locator('article.panel .panel-title').first().innerText();
    // Each Chinese character of the first panel's title has a loaded face of the first-screen cut.
    const uncovered = () =>
      page.evaluate(async (text) => {
        await document.fonts.ready;
        const faces = [...document.fonts].filter(
          (f) => f.family === 'Noto Sans SC First' && f.status === 'loaded',
        );
        const covers = (range: string, cp: number) =>
          range.split(',').some((r) => {
            const [a = '', b] = r.trim().replace(/^U\+/i, '').split('-');
            return cp >= parseInt(a, 16) && cp <= parseInt(b ?? a, 16);
          });
        return [...text].filter(
          (ch) =>
            ch.codePointAt(0)! >= 0x2e80 && !faces.some((f) => covers(f.unicodeRange, ch.codePointAt(0)!)),
        );
      }, title);
    expect(/[\u4e00-\u9fff]/.test(title)).toBe(true);
    await expect.poll(uncovered).toEqual([]);
    // The whole font's files came with none: they come with the app's script.
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family === 'Noto Sans SC'))).toBe(
      false,
    );
    await close();
  });

  it('shows with JavaScript off, under the note that the dashboard needs it', async () => {
    const { page, close } = await visit({ javaScript: false });
    expect(await page.locator('p.noscript').innerText()).toContain('本看板需要启用 JavaScript');
    expect(await page.locator('p.noscript').isVisible()).toBe(true);
    expect(await firstFigures(page).isVisible()).toBe(true);
    expect(await loadingLine(page).isVisible()).toBe(false);
    await close();
  });

  it.each<[string, Visit]>([
    ['a view in the URL', { search: '?q=%E8%B4%B7%E6%AC%BE' }],
    [
      'imported figures in the browser',
      { stored: { 'scitech-dashboard:imports:v1': '{"version":1,"imports":[]}' } },
    ],
    ['a day after its window', { clock: UNTIL }],
    ['a clock before the build day', { clock: '2020-01-01' }],
  ])('stays hidden on a visit it is not true for (%s): a loading line instead', async (_name, v) => {
    const { page, close } = await visit({ ...v, scripts: false });
    expect(await page.evaluate(() => document.documentElement.className)).toBe('');
    expect(await firstFigures(page).isVisible()).toBe(false);
    expect(await loadingLine(page).isVisible()).toBe(true);
    expect(await loadingLine(page).innerText()).toBe('正在加载数据…');
    await close();
  });

  it('on a later day of its window shows, without the marks that move daily', async () => {
    const next = new Date(`${AS_OF}T12:00:00`);
    next.setDate(next.getDate() + 1);
    const day = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`;
    if (day >= UNTIL) return; // the window is a single day: nothing to check
    const { page, close } = await visit({ scripts: false, clock: day });
    expect(await page.evaluate(() => document.documentElement.className)).toBe('snapshot-ok snapshot-later');
    expect(await firstFigures(page).isVisible()).toBe(true);
    const stale = page.locator('.app-header .as-of-snapshot');
    expect(await stale.count()).toBe(1);
    expect(await stale.isVisible()).toBe(false);
    await close();

    // The live page hydrates the snapshot as of its own day, then moves to the visitor's.
    const live = await visit({ clock: day, init: WATCH_TITLE });
    const date = live.page.locator('.app-header input[type="date"]');
    await expect.poll(() => date.isVisible()).toBe(true);
    expect(await date.inputValue()).toBe(day);
    expect(await live.page.evaluate(() => document.documentElement.className)).toBe('snapshot-ok');
    expect(
      await live.page.evaluate(() => (window as unknown as { __titleRemoved: number }).__titleRemoved),
    ).toBe(0);
    expect(live.page.url()).not.toContain('asOf=');
    expect(live.errors).toEqual([]);
    await live.close();
  });

  it('a search typed before the app arrived starts again from the snapshot; the filter boxes come with the live page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${AS_OF}T12:00:00`));
    let release = () => {};
    const arrived = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    // No box to tick that would filter nothing: the groups are not drawn until the page is live.
    const filters = page.getByRole('complementary', { name: '筛选' });
    expect(await filters.getByRole('checkbox').count()).toBe(0);
    expect(await filters.getByText('筛选项加载中…').isVisible()).toBe(true);
    await page.getByRole('searchbox').fill('贷款');
    await page.locator('details.import-section > summary').click();
    release();
    const windowed = page.locator('.list-cell:not(.list-cell--snapshot)').first();
    await expect.poll(() => windowed.isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    expect(await page.locator('details.import-section').getAttribute('open')).toBeNull();
    const shown = await page.getByText(/显示 \d+ \/ \d+ 项指标/).innerText();
    expect(shown).toMatch(/显示 (\d+) \/ \1 /);
    // Live: the groups are there, below the search box, and a box filters.
    expect(await filters.getByText('筛选项加载中…').count()).toBe(0);
    const topic = filters.getByRole('group', { name: '主题' }).getByRole('checkbox').first();
    await topic.check();
    await expect
      .poll(() => page.getByText(/显示 \d+ \/ \d+ 项指标/).innerText())
      .not.toMatch(/显示 (\d+) \/ \1 /);
    await context.close();
  });

  it('a dataset replaced after the build: the live page renders afresh with its figures, and says why', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.clock.setFixedTime(new Date(`${AS_OF}T12:00:00`));
    let release = () => {};
    const read = new Promise<void>((r) => (release = r));
    await page.route(/\/data\/indicators\.json$/, async (route) => {
      await read; // the snapshot's title is read first
      const res = await route.fetch();
      const data = (await res.json()) as { indicators: { name: { zh: string } }[] };
      for (const ind of data.indicators) ind.name.zh = `新${ind.name.zh}`;
      await route.fulfill({ response: res, body: JSON.stringify(data) });
    });
    // (Not 'load': the held dataset request could be one the load event waits for.)
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    const title = page.locator('article.panel h3').first();
    const before = await title.innerText();
    expect(before.startsWith('新')).toBe(false);
    release();
    await expect.poll(() => title.innerText()).toBe(`新${before}`);
    expect(errors.some((e) => e.includes('did not match its build-time snapshot'))).toBe(true);
    await context.close();
  });

  it("starts the app under a host's own policy that does not allow the guard: no snapshot, the live page", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${AS_OF}T12:00:00`));
    // The host sends its own policy, without the guard's hash, instead of ours.
    await page.route(/\/reports\/scitech-finance\/(\?.*)?$/, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace(/ 'sha256-[^']+'/g, '');
      await route.fulfill({
        response: res,
        body: html,
        headers: { ...res.headers(), 'content-security-policy': "default-src 'self'; script-src 'self'" },
      });
    });
    await page.goto(server.url, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.className)).toBe('');
    const windowed = page.locator('.list-cell:not(.list-cell--snapshot)').first();
    await expect.poll(() => windowed.isVisible()).toBe(true);
    expect(await page.locator('.snapshot').count()).toBe(0);
    await context.close();
  });

  it('on a visit with a view in the URL, the live page shows that view', async () => {
    const { page, close, errors } = await visit({ search: '?q=%E8%B4%B7%E6%AC%BE' });
    await expect
      .poll(() => page.getByText(/显示 \d+ \/ \d+ 项指标/).innerText())
      .not.toMatch(/显示 (\d+) \/ \1 /);
    expect(errors).toEqual([]);
    await close();
  });
});
