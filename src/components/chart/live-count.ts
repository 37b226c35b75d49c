// How many ECharts instances exist right now. A page of hundreds of panels must keep only the few dozen near
// the viewport alive; the browser tests and the scroll benchmark (scripts/bench/page-probe.ts) hold it to
// that by reading window.__liveCharts. Instances are counted where they are made and disposed
// (echarts-facade.ts), each once however often it is reported.

let live = 0;
const counted = new WeakSet<object>();

/** How many ECharts instances exist right now (for tests and the scroll benchmark). */
export function getLiveChartCount(): number {
  return live;
}

declare global {
  interface Window {
    __liveCharts?: number;
  }
}

if (typeof window !== 'undefined') {
  Object.defineProperty(window, '__liveCharts', { get: getLiveChartCount, configurable: true });
}

/** A new instance exists. */
export function countCreated(instance: object): void {
  if (counted.has(instance)) return;
  counted.add(instance);
  live += 1;
}

/** An instance counted before is being disposed. */
export function countDisposed(instance: object): void {
  if (counted.delete(instance)) live -= 1;
}

/** Tests: start again from no instances, whatever an earlier test left. */
export function resetLiveCount(): void {
  live = 0;
}
