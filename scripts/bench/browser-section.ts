// Section 3 of `npm run bench`: headless chromium (Debian's, via playwright-core) against the built app on
// loopback, for the real dataset and a synthetic one of 5,000 indicators across 300 regions; and the same
// first-paint timing for a plain-HTML floor page with the same first-screen numbers.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, SUBPATH } from '../lib/browser';
import { makeSyntheticDataset } from '../lib/synthetic-dataset';
import { writeSplitDataset } from '../lib/write-dataset';
import { startStaticServer } from '../lib/static-server';
import { localToday, prerender } from '../prerender';
import { BENCH_SSR } from './bundle-section';
import { floorPage, withoutApp, type FirstScreen } from './floor-page';
import {
  FILTER_CHANGE,
  FIRST_SCREEN,
  INIT_SCRIPT,
  LIVE_CHARTS,
  READ_TIMINGS,
  SCROLL_ALL,
} from './page-probe';
import type { SectionResult } from './section';
import { formatSummary, pairedRatio, summarize } from '../lib/stats';

export interface BrowserOptions {
  dist: string;
  runs: number;
  filterChanges: number;
  /** CDP CPU throttling rate (1 = none, 4 = a slow machine). */
  cpuThrottle: number;
  syntheticIndicators: number;
  syntheticRegions: number;
  /** Only the filter-change latency on the synthetic dataset (a quick figure while working on it). */
  filterOnly: boolean;
  /** The heap target printed beside the figure after scrolling (150 MiB at 5,000 indicators). */
  heapTargetMiB?: number;
}

export const DEFAULT_BROWSER: BrowserOptions = {
  dist: '.bench/dist',
  runs: 21,
  filterChanges: 40,
  cpuThrottle: 1,
  syntheticIndicators: 5000,
  syntheticRegions: 300,
  filterOnly: false,
};

const VIEWPORT = { width: 1280, height: 900 };

interface Timings {
  firstPanelPaint: number | null;
  firstPanelPresented: number | null;
  firstChartPaint: number | null;
  fcp: number | null;
  marks: [string, number][];
}

/**
 * A copy of the built app with a synthetic dataset swapped in (split as the build writes it), and its index.html snapshot
 * rendered again from that dataset, as a build of it would.
 */
export async function syntheticDist(dist: string, indicators: number, regions: number): Promise<string> {
  const out = `${dist}-synthetic-${indicators}`;
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const data = makeSyntheticDataset({ indicators, regions, seed: 42 });
  rmSync(join(out, 'data'), { recursive: true, force: true });
  writeSplitDataset(join(out, 'data', 'indicators.json'), data);
  if (existsSync(BENCH_SSR)) await prerender(out, BENCH_SSR, localToday());
  return out;
}

async function newPage(
  browser: Browser,
  cpuThrottle: number,
): Promise<{ context: BrowserContext; page: Page }> {
  // bypassCSP: the app's CSP (script-src 'self') would refuse the string predicates of waitForFunction.
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.addInitScript(INIT_SCRIPT);
  if (cpuThrottle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  }
  return { context, page };
}

/** Navigate and wait for the first panel's numbers painted, then (up to 10 s) for the first chart. */
async function loadAndTime(page: Page, url: string, expectChart: boolean): Promise<Timings> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__bench && window.__bench.firstPanelPaint !== null');
  // Element Timing reports the frame's presentation a moment later (or never, where unsupported).
  await page
    .waitForFunction('window.__bench.firstPanelPresented !== null', undefined, { timeout: 1000 })
    .catch(() => undefined);
  if (expectChart) {
    await page
      .waitForFunction('window.__bench.firstChartPaint !== null', undefined, { timeout: 10_000 })
      .catch(() => undefined);
  }
  return (await page.evaluate(READ_TIMINGS)) as Timings;
}

async function heapMB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/**
 * One untimed load of the app (it warms the browser's caches, and gives the first screen's texts and the
 * font-family the plain floor is made of).
 */
async function warmUp(
  browser: Browser,
  url: string,
  opts: BrowserOptions,
): Promise<{ firstScreen: FirstScreen; fontFamily: string; chart: boolean }> {
  const { context, page } = await newPage(browser, opts.cpuThrottle);
  try {
    const t = await loadAndTime(page, url, true);
    return {
      firstScreen: (await page.evaluate(FIRST_SCREEN)) as FirstScreen,
      fontFamily: (await page.evaluate('getComputedStyle(document.body).fontFamily')) as string,
      chart: t.firstChartPaint !== null,
    };
  } finally {
    await context.close();
  }
}

/**
 * Time each page `opts.runs` times, taking turns (app, floor, app without scripts, app, …) so that a machine
 * getting busier or quieter during the section weighs on all of them alike; each load in a fresh context.
 */
async function timeInterleaved(
  browser: Browser,
  pages: readonly { url: string; expectChart: boolean }[],
  opts: BrowserOptions,
): Promise<Timings[][]> {
  const runs: Timings[][] = pages.map(() => []);
  for (let i = 0; i < opts.runs; i++) {
    for (const [k, p] of pages.entries()) {
      const { context, page } = await newPage(browser, opts.cpuThrottle);
      try {
        runs[k]!.push(await loadAndTime(page, p.url, p.expectChart));
      } finally {
        await context.close();
      }
    }
  }
  return runs;
}

function ms(values: (number | null)[]): string {
  const ok = values.filter((v): v is number => v !== null);
  if (ok.length === 0) return 'n/a (never appeared)';
  const missing = values.length - ok.length;
  return formatSummary(summarize(ok), 'ms', 0) + (missing ? ` (${missing} runs without it)` : '');
}

export async function datasetFigures(
  browser: Browser,
  label: string,
  root: string,
  opts: BrowserOptions,
  withFilter: boolean,
): Promise<string[]> {
  const lines: string[] = [];
  const server = await startStaticServer({ root, base: SUBPATH });
  try {
    // The references (floor-page.ts): the same first-screen numbers as plain HTML in the app's font, served
    // the same way; and the app's own page without its scripts, beside it in the same folder.
    const { firstScreen, fontFamily, chart } = await warmUp(browser, server.url, opts);
    const floorDir = `.bench/floor-${label.replace(/\W+/g, '-')}`;
    mkdirSync(floorDir, { recursive: true });
    writeFileSync(join(floorDir, 'index.html'), floorPage(firstScreen, fontFamily));
    writeFileSync(join(root, 'no-scripts.html'), withoutApp(readFileSync(join(root, 'index.html'), 'utf8')));
    const floorServer = await startStaticServer({ root: floorDir, base: SUBPATH });
    let runs: Timings[];
    let floor: Timings[];
    let scriptless: Timings[];
    try {
      [runs, floor, scriptless] = (await timeInterleaved(
        browser,
        [
          { url: server.url, expectChart: chart },
          { url: floorServer.url, expectChart: false },
          { url: `${server.url}no-scripts.html`, expectChart: false },
        ],
        opts,
      )) as [Timings[], Timings[], Timings[]];
    } finally {
      await floorServer.close();
    }
    const panel = (r: Timings) => r.firstPanelPaint;
    const presented = (r: Timings) => r.firstPanelPresented;
    const median = (t: Timings[], figure: (r: Timings) => number | null) =>
      summarize(t.map((r) => figure(r) ?? NaN)).median;
    const panelMed = median(runs, panel);
    const floorMed = median(floor, panel);
    const scriptlessMed = median(scriptless, panel);
    lines.push(`[${label}] first panel numbers painted: ${ms(runs.map(panel))}`);
    lines.push(`[${label}] first chart drawn: ${ms(runs.map((r) => r.firstChartPaint))}`);
    lines.push(`[${label}] first contentful paint: ${ms(runs.map((r) => r.fcp))}`);
    const markAt = (r: Timings, name: string) => r.marks.find(([n]) => n === name)?.[1] ?? null;
    lines.push(
      `[${label}] live page ready (scripts run, dataset validated, app rendered; mark app-ready): ` +
        ms(runs.map((r) => markAt(r, 'app-ready'))),
    );
    const marks = runs[0]?.marks ?? [];
    if (marks.length > 0)
      lines.push(
        `[${label}] app marks (run 1): ${marks.map(([n, t]) => `${n}=${t.toFixed(0)} ms`).join(', ')}`,
      );
    const paired = pairedRatio(runs.map(panel), floor.map(panel));
    const pairedPresented = pairedRatio(runs.map(presented), floor.map(presented));
    lines.push(
      `[${label}] plain-HTML floor (every number of the first screen: ${firstScreen.summary.length} header and toolbar items, ` +
        `${firstScreen.panels.length} panels; no JS, the app's font-family): ${ms(floor.map(panel))}`,
      `[${label}] ratio app / plain floor: ${(panelMed / floorMed).toFixed(2)} from the medians, ` +
        `${paired?.toFixed(2) ?? 'n/a'} the median of the ${runs.length} pairs (target ≤ 1.5)`,
      `[${label}] the app's page without its scripts (same snapshot and CSS; the difference is what the JS costs ` +
        `the first frame): ${ms(scriptless.map(panel))}, on screen ${ms(scriptless.map(presented))}; ratio app / it ` +
        `${(panelMed / scriptlessMed).toFixed(2)}, on screen ` +
        `${(median(runs, presented) / median(scriptless, presented)).toFixed(2)}`,
      `[${label}] first panel numbers on screen (Element Timing render time, includes rasterising the screen): ` +
        `app ${ms(runs.map(presented))}; plain floor ${ms(floor.map(presented))}; ratio ` +
        `${(median(runs, presented) / median(floor, presented)).toFixed(2)} from the medians, ` +
        `${pairedPresented?.toFixed(2) ?? 'n/a'} the median of the pairs`,
    );

    // Heap after load, then scroll the whole list: live charts, panels in the DOM, long tasks, heap.
    const { context, page } = await newPage(browser, opts.cpuThrottle);
    try {
      await loadAndTime(page, server.url, true);
      const complete = await datasetComplete(page);
      await page.waitForTimeout(1000);
      const afterLoad = await heapMB(context, page);
      const atLoad = (await page.evaluate(LIVE_CHARTS)) as {
        app: number | null;
        dom: number;
        panels: number;
      };
      const scroll = (await page.evaluate(
        `(${SCROLL_ALL})({ maxSteps: 1200, maxMs: 200000, settleMs: 30 })`,
      )) as {
        steps: number;
        step: number;
        ms: number;
        scrollHeight: number;
        window: boolean;
        reachedEnd: boolean;
        maxLive: number;
        endLive: number;
        maxPanels: number;
        longTasks: number;
        longestTask: number;
        frameGapP95: number | null;
      };
      const afterScroll = await heapMB(context, page);
      lines.push(
        `[${label}] the whole dataset in the store (mark dataset-complete; a dataset in parts: after the ` +
          `first part went live): ${complete.toFixed(0)} ms`,
      );
      lines.push(
        `[${label}] after load: ${atLoad.panels} panels in the DOM, live charts ${atLoad.app ?? `n/a (window.__liveCharts unset; ${atLoad.dom} in DOM)`}; JS heap ${afterLoad.toFixed(1)} MiB (after GC)`,
      );
      lines.push(
        `[${label}] scroll of the whole list (${scroll.steps} steps of ${scroll.step} px, ${(scroll.scrollHeight / 1000).toFixed(0)}k px, ` +
          `${scroll.window ? 'window' : 'inner scroller'}${scroll.reachedEnd ? '' : ', END NOT REACHED'}, ${(scroll.ms / 1000).toFixed(1)} s): ` +
          `live charts max ${scroll.maxLive}, at end ${scroll.endLive} (target ≤ 40); max panels in the DOM ${scroll.maxPanels}; ` +
          `long tasks ${scroll.longTasks} (longest ${scroll.longestTask.toFixed(0)} ms); frame interval after a scroll step p95 ${scroll.frameGapP95?.toFixed(0) ?? 'n/a'} ms`,
      );
      lines.push(
        `[${label}] JS heap after scrolling: ${afterScroll.toFixed(1)} MiB (after GC; target ≤ ${opts.heapTargetMiB ?? 150})`,
      );
    } finally {
      await context.close();
    }

    if (withFilter) lines.push(...(await filterLatency(browser, server.url, label, opts)));
  } finally {
    await server.close();
  }
  return lines;
}

/** A dataset in parts: the page is live on its first part; scrolling and filtering want the whole. */
async function datasetComplete(page: Page): Promise<number> {
  const mark = "performance.getEntriesByName('dataset-complete', 'mark')";
  await page.waitForFunction(`${mark}.length > 0`, undefined, { timeout: 120_000 });
  return (await page.evaluate(`${mark}[0].startTime`)) as number;
}

/** Alternate between queries (each narrows the list) and the empty query (the whole list). */
export function filterQueries(n: number): string[] {
  const terms = ['区域1', '贷款', 'Hefei', '上市', '区域27', 'fund', '重庆', '机构', '区域2', 'Loans'];
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? terms[(i / 2) % terms.length]! : ''));
}

export async function filterLatency(
  browser: Browser,
  url: string,
  label: string,
  opts: BrowserOptions,
): Promise<string[]> {
  const { context, page } = await newPage(browser, opts.cpuThrottle);
  try {
    await loadAndTime(page, url, false);
    await datasetComplete(page);
    await page.waitForTimeout(500);
    const latencies: (number | null)[] = [];
    for (const q of filterQueries(opts.filterChanges))
      latencies.push((await page.evaluate(`(${FILTER_CHANGE})(${JSON.stringify(q)})`)) as number | null);
    const ok = latencies.filter((v): v is number => v !== null);
    const s = summarize(ok);
    const none = latencies.length - ok.length;
    return [
      `[${label}] filter change (search box, ${latencies.length} changes): median ${s.median.toFixed(0)} ms, ` +
        `p95 ${s.p95.toFixed(0)} ms, min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)} (target p95 ≤ 100 ms)` +
        (none ? `; ${none} changes left the DOM unchanged` : ''),
    ];
  } finally {
    await context.close();
  }
}

export async function benchBrowser(opts = DEFAULT_BROWSER): Promise<SectionResult> {
  if (!existsSync(join(opts.dist, 'index.html')))
    throw new Error(`${opts.dist}/index.html missing: build first`);
  const browser = await launch();
  const lines = [
    `chromium ${browser.version()} headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}, loopback, ` +
      `CPU throttle ${opts.cpuThrottle}×, ` +
      (opts.filterOnly
        ? 'filter changes only (--filter-only)'
        : `after one untimed load, ${opts.runs} navigations per page taking turns (app, plain floor, app without scripts), each in a fresh context`),
  ];
  try {
    if (opts.filterOnly) {
      const label = `synthetic ${opts.syntheticIndicators} indicators / ${opts.syntheticRegions} regions`;
      const root = await syntheticDist(opts.dist, opts.syntheticIndicators, opts.syntheticRegions);
      const server = await startStaticServer({ root, base: SUBPATH });
      try {
        lines.push(...(await filterLatency(browser, server.url, label, opts)));
      } finally {
        await server.close();
      }
      return { lines };
    }
    for (const [label, root, filter] of [
      ['real dataset', opts.dist, false],
      [
        `synthetic ${opts.syntheticIndicators} indicators / ${opts.syntheticRegions} regions`,
        await syntheticDist(opts.dist, opts.syntheticIndicators, opts.syntheticRegions),
        true,
      ],
    ] as const) {
      try {
        lines.push(...(await datasetFigures(browser, label, root, opts, filter)));
      } catch (e) {
        lines.push(`[${label}] FAILED: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
  }
  return { lines };
}
