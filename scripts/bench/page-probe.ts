// Plain JS (strings, not functions, so no compiler helper leaks into the page) run inside the page under
// test. The init script watches the DOM from the first byte and records, in window.__bench:
// - firstPanelPaint: the first frame painted after the first panel's numbers are in the DOM and visible
//   (a requestAnimationFrame, then a task after it, i.e. after that frame's paint on the main thread; a task
//   the page queues ahead of it would delay it, though not the paint);
// - firstPanelPresented: when that frame reached the screen, as Element Timing reports it (renderTime; the
//   probe marks the numbers with an elementtiming attribute as soon as they are in the DOM, before a frame
//   can paint them): it includes rasterising the whole screen, which the main-thread figure does not;
// - firstChartPaint: the same for the first ECharts instance (ECharts marks its container with the
//   _echarts_instance_ attribute) once it has a canvas or svg;
// - longTasks: durations of long tasks (≥ 50 ms), for the smoothness of scrolling.
// The floor page (plain HTML, no JS) uses the same markup classes, so the same probe times both.

export const FIRST_PANEL_SELECTOR = 'article.panel .panel-figures';
export const FIRST_CHART_SELECTOR = '[_echarts_instance_] canvas, [_echarts_instance_] svg';

export const INIT_SCRIPT = `(() => {
  const rec = (window.__bench = {
    firstPanelDom: null, firstPanelPaint: null, firstPanelPresented: null, firstChartDom: null,
    firstChartPaint: null, longTasks: [],
  });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        const t = e.identifier === 'bench-first-panel' ? e.renderTime || e.loadTime : 0;
        if (t && (rec.firstPanelPresented === null || t < rec.firstPanelPresented)) rec.firstPanelPresented = t;
      }
    }).observe({ type: 'element', buffered: true });
  } catch (e) {}
  const afterPaint = (key) =>
    requestAnimationFrame(() => setTimeout(() => { if (rec[key] === null) rec[key] = performance.now(); }, 0));
  const check = () => {
    if (rec.firstPanelDom === null) {
      const figs = document.querySelector(${JSON.stringify(FIRST_PANEL_SELECTOR)});
      if (figs && /\\d/.test(figs.textContent || '')) {
        for (const el of [figs, ...figs.querySelectorAll('*')])
          if (!el.hasAttribute('elementtiming')) el.setAttribute('elementtiming', 'bench-first-panel');
        // Only numbers that can be seen count (a page may carry a hidden snapshot): until then, look again
        // each frame.
        if (figs.getClientRects().length > 0) { rec.firstPanelDom = performance.now(); afterPaint('firstPanelPaint'); }
        else if (!rec.recheck) { rec.recheck = true; requestAnimationFrame(() => { rec.recheck = false; check(); }); }
      }
    }
    if (rec.firstChartDom === null) {
      const c = document.querySelector(${JSON.stringify(FIRST_CHART_SELECTOR)});
      if (c) { rec.firstChartDom = performance.now(); afterPaint('firstChartPaint'); }
    }
    if (rec.firstPanelDom !== null && rec.firstChartDom !== null) mo.disconnect();
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['_echarts_instance_'] });
  setTimeout(() => mo.disconnect(), 60000);
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) rec.longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();`;

/** Paint entries and any performance marks the app sets, for the record. */
export const READ_TIMINGS = `(() => {
  const b = window.__bench;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    firstPanelPaint: b.firstPanelPaint, firstPanelPresented: b.firstPanelPresented,
    firstChartPaint: b.firstChartPaint,
    fcp: fcp ? fcp.startTime : null,
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
  };
})()`;

/** The number of live ECharts instances: the app's window.__liveCharts, else the instances in the DOM. */
export const LIVE_CHARTS = `(() => {
  const v = window.__liveCharts;
  const n = typeof v === 'function' ? v() : v;
  return { app: typeof n === 'number' ? n : null, dom: document.querySelectorAll('[_echarts_instance_]').length,
    panels: document.querySelectorAll('article.panel').length };
})()`;

/**
 * One filter change: set the search box's value as a user would (React listens to 'input'), then wait
 * until the DOM has been quiet for 3 frames (max 5 s). The latency runs from the input event to the first
 * frame after the last DOM mutation. Returns null if nothing changed.
 */
export const FILTER_CHANGE = `async (value) => {
  const input = document.querySelector('input[type="search"]') || document.querySelector('input[type="text"]');
  if (!input) throw new Error('no search box (input[type=search]) on the page');
  const root = document.body;
  let last = null;
  const mo = new MutationObserver(() => { last = performance.now(); });
  mo.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const t0 = performance.now();
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  let settledAt = null, frameAfterLast = null, seen = null, quiet = 0;
  while (performance.now() - t0 < 5000) {
    const t = await frame();
    if (last !== null && last <= t && (frameAfterLast === null || frameAfterLast < last)) frameAfterLast = t;
    if (last !== null && last === seen) {
      if (++quiet >= 3) { settledAt = frameAfterLast; break; }
    } else quiet = 0;
    seen = last;
  }
  mo.disconnect();
  return settledAt === null ? null : Math.max(0, settledAt - t0);
}`;

/**
 * Scroll the whole list a viewport at a time (the window, or the largest scrollable element; larger
 * steps when the list would need more than maxSteps), sampling the live chart count after each step;
 * bounded by steps and time.
 */
export const SCROLL_ALL = `async ({ maxSteps, maxMs, settleMs }) => {
  const big = [...document.querySelectorAll('*')].filter((e) => {
    const s = getComputedStyle(e);
    return (s.overflowY === 'auto' || s.overflowY === 'scroll') && e.scrollHeight > e.clientHeight + 10;
  }).sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
  const doc = document.scrollingElement;
  const el = doc.scrollHeight > innerHeight + 10 ? doc : big || doc;
  const live = () => {
    const v = window.__liveCharts;
    const n = typeof v === 'function' ? v() : v;
    return typeof n === 'number' ? n : document.querySelectorAll('[_echarts_instance_]').length;
  };
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const t0 = performance.now();
  let maxLive = live(), maxPanels = 0, steps = 0, step = 0;
  const longBefore = window.__bench ? window.__bench.longTasks.length : 0;
  const frameGaps = [];
  while (steps < maxSteps && performance.now() - t0 < maxMs) {
    const view = el === doc ? innerHeight : el.clientHeight;
    const atEnd = el.scrollTop + view >= el.scrollHeight - 2;
    if (atEnd) break;
    // A viewport per step; on a very long list, larger steps so the whole list fits in maxSteps.
    step = Math.max(view, Math.ceil(el.scrollHeight / maxSteps));
    el.scrollTop += step;
    steps++;
    const f1 = await frame();
    const f2 = await frame();
    frameGaps.push(f2 - f1);
    await new Promise((r) => setTimeout(r, settleMs));
    maxLive = Math.max(maxLive, live());
    maxPanels = Math.max(maxPanels, document.querySelectorAll('article.panel').length);
  }
  await frame(); await frame();
  await new Promise((r) => setTimeout(r, 300));
  const long = window.__bench ? window.__bench.longTasks.slice(longBefore) : [];
  frameGaps.sort((a, b) => a - b);
  return {
    steps, step, ms: performance.now() - t0, scrollHeight: el.scrollHeight, window: el === doc,
    reachedEnd: el.scrollTop + (el === doc ? innerHeight : el.clientHeight) >= el.scrollHeight - 2,
    maxLive, endLive: live(), maxPanels,
    longTasks: long.length, longestTask: long.length ? Math.max(...long) : 0,
    frameGapP95: frameGaps.length ? frameGaps[Math.min(frameGaps.length - 1, Math.ceil(frameGaps.length * 0.95) - 1)] : null,
  };
}`;

/**
 * Every number of the first viewport, for the plain-HTML floor page (floor-page.ts FirstScreen): the
 * header's counts and totals, the toolbar's result count, and each visible panel's texts.
 */
export const FIRST_SCREEN = `(() => {
  const text = (el) => (el ? el.textContent.replace(/\\s+/g, ' ').trim() : '');
  const parts = (el) => (el ? [...el.childNodes].map(text).filter(Boolean).join(' ') : '');
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.top < innerHeight && r.bottom > 0; };
  const pairs = (root, sel) => [...root.querySelectorAll(sel)]
    .map((f) => ({ label: text(f.querySelector('dt')), value: parts(f.querySelector('dd')) }));
  return {
    summary: [...document.querySelectorAll('.status-count, .coverage-item, .toolbar-results')]
      .filter(visible).map(parts).filter(Boolean),
    panels: [...document.querySelectorAll('article.panel')].filter(visible).map((a) => ({
      title: text(a.querySelector('h3') || a),
      meta: text(a.querySelector('.panel-meta')),
      figures: pairs(a, '.panel-figures .figure'),
      growth: pairs(a, '.panel-growth > div'),
    })),
  };
})()`;
