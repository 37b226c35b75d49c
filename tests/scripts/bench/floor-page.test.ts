// @vitest-environment jsdom
// The floors of the first-panel timing (scripts/bench/floor-page.ts) and the probe that reads the app's
// first screen for the plain one (FIRST_SCREEN in page-probe.ts), run on the app's real snapshot.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderSnapshot } from '../../../src/app/render-snapshot';
import { floorPage, withoutApp, type FirstScreen } from '../../../scripts/bench/floor-page';
import { deferStart } from '../../../scripts/lib/snapshot-html';
import { FIRST_PANEL_SELECTOR, FIRST_SCREEN } from '../../../scripts/bench/page-probe';

const dataset = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as unknown;
const TODAY = '2026-11-21';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The snapshot in the page, its first `visiblePanels` panels (and all else) on screen, the rest below it. */
function readFirstScreen(visiblePanels: number): FirstScreen {
  const snap = renderSnapshot(dataset, TODAY);
  if (!snap.ok) throw new Error(snap.error);
  document.body.innerHTML = `<div id="root">${snap.value.html}</div>`;
  const panels = [...document.querySelectorAll('article.panel')];
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const article = this.closest('article.panel');
    const top = article && panels.indexOf(article) >= visiblePanels ? 2000 : 100;
    return DOMRect.fromRect({ x: 0, y: top, width: 100, height: 20 });
  });
  return window.eval(FIRST_SCREEN) as FirstScreen;
}

describe('the first screen read for the plain floor', () => {
  it("has the header's counts and totals, the toolbar's count, and each visible panel's numbers with its title and unit", () => {
    const screen = readFirstScreen(2);
    expect(screen.summary).toContain('结果待公布 8');
    expect(screen.summary).toContain('共 58 项指标');
    expect(screen.summary).toContain('显示 58 / 58 项指标');
    expect(screen.panels).toHaveLength(2);
    const [first] = screen.panels;
    expect(first).toMatchObject({
      title: '本外币贷款余额',
      meta: '重庆高新区（西部（重庆）科学城） · 单位：亿元',
    });
    expect(first!.figures).toEqual([
      { label: '基线', value: '608.2 亿元 2021年12月' },
      // The one actual is the latest too (it predates the plan), never 无 beside it; with its age on the
      // as-of date (2021-12-31 → 2026-11-21).
      { label: '最新实际', value: '608.2 亿元 2021年12月 4年10个月前' },
      { label: '目标', value: '年均增速 15%以上 对应水平 1,063.75 亿元以上 截止 2025年' },
    ]);
    // The deadline (2025) has passed with no later actual: no gap from the 2021 baseline, no growth still
    // needed, and one actual gives no projection.
    expect(first!.growth).toEqual([]);
  });

  it('becomes a page with every one of those numbers, the probe classes, and no script', () => {
    const screen = readFirstScreen(2);
    const html = floorPage(screen, '"WenQuanYi Zen Hei", sans-serif');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('article.panel')).toHaveLength(2);
    expect(html).toContain('body{margin:0;font-family:"WenQuanYi Zen Hei", sans-serif}');
    expect(doc.querySelector(FIRST_PANEL_SELECTOR)?.textContent).toContain('608.2 亿元');
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    for (const item of screen.summary) expect(text).toContain(item);
    for (const p of screen.panels)
      for (const f of [...p.figures, ...p.growth]) expect(text).toContain(`${f.label}${f.value}`);
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes what it is given', () => {
    const html = floorPage(
      { summary: ['<i>'], panels: [{ title: '<b>', meta: '', figures: [], growth: [] }] },
      'A}</style><script>x()</script>',
    );
    expect(html).toContain('&#60;b&#62;');
    expect(html).toContain('&#60;i&#62;');
    expect(html).not.toContain('<b>');
    expect(html).toContain('font-family:A/stylescriptx()/script}');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('the app without its scripts', () => {
  it('takes out the starter and the app it would add, and nothing else', () => {
    const page = deferStart(
      '<html><head><script type="module" crossorigin src="./assets/index-B.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/v.js"><style>p{}</style></head>' +
        '<body><div id="root"><p>6950亿元</p></div></body></html>',
      { worker: './assets/w.js', dataset: './data/indicators.json' },
    );
    if (!page.ok) throw new Error(page.error);
    const out = withoutApp(page.value);
    expect(out).toBe(
      '<html><head><style>p{}</style></head><body><div id="root"><p>6950亿元</p></div></body></html>',
    );
    expect(() => withoutApp(out)).toThrow(/app-start/);
  });
});
