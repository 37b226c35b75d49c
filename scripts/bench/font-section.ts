// Section 5 of `npm run bench`: the first screen on a machine without a CJK font (the machine's fonts less
// every one that covers Chinese), unthrottled. Lighthouse's LCP counts the first panel's title as painted
// when the CJK placeholder holds its place (scripts/lib/placeholder-font.ts), before its glyphs are there;
// this section times what a reader sees: the first panel's numbers painted, and its Chinese title drawn in
// the bundled Noto Sans SC or its first-screen cut (a loaded face for each character, then a frame). Also the layout shift
// of the whole load (CLS as the browser counts it, until the title's glyphs are drawn and 500 ms after).
import type { Browser } from 'playwright-core';
import { launch, serveDist } from '../lib/browser';
import { formatSummary, summarize } from '../lib/stats';
import { INIT_SCRIPT } from './page-probe';
import type { SectionResult } from './section';

const VIEWPORT = { width: 412, height: 823 }; // a phone: the first panel is on the first screen

// Watches the first panel's title until the bundled font can draw every character of it.
const WATCH_TITLE = `(() => {
  const rec = (window.__fonts = { titleDrawn: null, shift: 0 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) rec.shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    const title = document.querySelector('article.panel h3, article.panel h2');
    if (!title || rec.titleDrawn !== null) return;
    // Every Chinese character of it covered by a loaded face of the bundled font (or its first-screen cut).
    const covers = (face, cp) => face.unicodeRange.split(',').some((r) => {
      const [a, b] = r.trim().replace(/^U\\+/i, '').split('-');
      return cp >= parseInt(a, 16) && cp <= parseInt(b || a, 16);
    });
    const faces = [...document.fonts].filter((f) => f.status === 'loaded' && /^Noto Sans SC( First)?$/.test(f.family));
    const drawn = [...(title.textContent || '')].every((ch) => ch.codePointAt(0) < 0x2e80 || faces.some((f) => covers(f, ch.codePointAt(0))));
    if (drawn)
      requestAnimationFrame(() => setTimeout(() => { if (rec.titleDrawn === null) rec.titleDrawn = performance.now(); }, 0));
  };
  document.fonts.addEventListener('loadingdone', check);
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

interface Times {
  numbers: number;
  title: number;
  shift: number;
}

async function timeOnce(browser: Browser, url: string): Promise<Times> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', bypassCSP: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.addInitScript(INIT_SCRIPT);
    await page.addInitScript(WATCH_TITLE);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      'window.__bench.firstPanelPaint !== null && window.__fonts.titleDrawn !== null',
    );
    await page.waitForTimeout(500);
    return (await page.evaluate(
      '({ numbers: window.__bench.firstPanelPaint, title: window.__fonts.titleDrawn, shift: window.__fonts.shift })',
    )) as Times;
  } finally {
    await context.close();
  }
}

export async function benchFonts(dist: string, runs = 5): Promise<SectionResult> {
  const server = await serveDist(dist);
  const browser = await launch('no-cjk');
  try {
    await timeOnce(browser, server.url); // warm-up: the browser's caches, untimed
    const times: Times[] = [];
    for (let i = 0; i < runs; i++) times.push(await timeOnce(browser, server.url));
    const row = (pick: (t: Times) => number, unit: string, digits: number) =>
      formatSummary(summarize(times.map(pick)), unit, digits);
    return {
      lines: [
        `no CJK font, phone ${VIEWPORT.width}×${VIEWPORT.height}, unthrottled, ${runs} loads (a fresh context each)`,
        `first panel's numbers painted: ${row((t) => t.numbers, 'ms', 0)}`,
        `first panel's Chinese title drawn in the bundled font: ${row((t) => t.title, 'ms', 0)}`,
        `layout shift over the load: ${row((t) => t.shift, '', 4)} (target ≤ 0.01)`,
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
