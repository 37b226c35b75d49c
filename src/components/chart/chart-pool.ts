// ECharts instances, counted and kept for reuse. A filter change unmounts the panels in view and mounts
// others a moment later, and clearing the search brings the first ones back. A chart that leaves the page
// is parked (its element detached) with what it shows: a chart that wants to show exactly that again takes
// it as it is, with no drawing at all; when the pool is full, a chart of the same size takes the oldest one
// and draws over it, which saves creating an instance. At most POOL_MAX are parked; beyond that the oldest
// is disposed, so the page keeps a few dozen instances at most.

type EChartsCore = (typeof import('../../charts/echarts-setup'))['echarts'];
export type EChartsLib = Pick<EChartsCore, 'init' | 'dispose'>;
export type Chart = ReturnType<EChartsCore['init']>;
export type Renderer = 'svg' | 'canvas';

/** Parked instances kept for reuse; beyond this the oldest is disposed. */
export const POOL_MAX: number = 8;

interface Parked {
  chart: Chart;
  size: string;
  /** What the chart shows, as its owner described it; null: nothing that can be shown again. */
  drawn: unknown;
}

export interface Taken {
  chart: Chart;
  /** What it already shows (a match for the request), or null when it must be drawn. */
  drawn: unknown;
}

let live = 0;
/** Oldest first. */
const parked: Parked[] = [];
const owners = new WeakMap<Chart, EChartsLib>();

/** How many ECharts instances exist right now, in view or parked (for tests and the scroll benchmark). */
export function getLiveChartCount(): number {
  return live;
}

/** How many instances are parked for reuse. */
export function getParkedChartCount(): number {
  return parked.length;
}

const sizeKey = (renderer: Renderer, width: number, height: number) =>
  `${renderer}|${Math.round(width)}|${Math.round(height)}`;

function markFirstChart(chart: Chart): void {
  // Timing mark for the benchmark (npm run bench): the first chart drawn on the page.
  if (performance.getEntriesByName('first-chart-drawn').length > 0) return;
  chart.on('finished', () => {
    if (performance.getEntriesByName('first-chart-drawn').length === 0) performance.mark('first-chart-drawn');
  });
}

/**
 * A chart of exactly this size, its element out of the document: a parked one that already shows what
 * `shows` accepts; else, when the pool is full, the oldest parked one of this size; else a new instance.
 * The size is given, not measured, so creating it forces no layout.
 */
export function takeChart(
  lib: EChartsLib,
  renderer: Renderer,
  width: number,
  height: number,
  shows: (drawn: unknown) => boolean = () => false,
): Taken {
  const size = sizeKey(renderer, width, height);
  const fits = (p: Parked) => p.size === size && owners.get(p.chart) === lib;
  let i = parked.findLastIndex((p) => fits(p) && p.drawn !== null && shows(p.drawn));
  if (i >= 0) {
    const p = parked.splice(i, 1)[0]!;
    return { chart: p.chart, drawn: p.drawn };
  }
  i = parked.length >= POOL_MAX ? parked.findIndex(fits) : -1;
  if (i >= 0) return { chart: parked.splice(i, 1)[0]!.chart, drawn: null };

  const el = document.createElement('div');
  el.style.width = '100%';
  el.style.height = `${height}px`;
  const chart = lib.init(el, undefined, { renderer, width, height });
  owners.set(chart, lib);
  live += 1;
  markFirstChart(chart);
  return { chart, drawn: null };
}

function disposeChart(chart: Chart): void {
  if (chart.isDisposed()) return;
  owners.get(chart)?.dispose(chart);
  live -= 1;
}

/**
 * Give a chart back: its element leaves the page and it is parked with what it shows (`drawn`), or
 * disposed when it cannot be trusted (`reusable` false: it failed to draw).
 */
export function releaseChart(chart: Chart, renderer: Renderer, drawn: unknown, reusable = true): void {
  chart.getDom().remove();
  if (!reusable || POOL_MAX === 0) {
    disposeChart(chart);
    return;
  }
  parked.push({ chart, size: sizeKey(renderer, chart.getWidth(), chart.getHeight()), drawn });
  while (parked.length > POOL_MAX) disposeChart(parked.shift()!.chart);
}

/** Dispose every parked instance (tests; a page that wants its memory back). */
export function drainChartPool(): void {
  for (const p of parked.splice(0)) disposeChart(p.chart);
}
