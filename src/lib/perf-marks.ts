// The page's own timing marks, read by the benchmark (npm run bench: scripts/bench/page-probe.ts collects every
// mark, browser-section.ts reports them). One home for their names, so a mark the benchmark looks for cannot
// be renamed or duplicated in one place only; each is set once per page load, at its first occurrence.

/**
 * - `app-ready`: the live page has replaced the snapshot or the loading line (App).
 * - `dataset-complete`: the whole dataset is in the store (at once, or after its parts: App).
 * - `first-panel-numbers`: the first panel's numbers are on screen (IndicatorList).
 * - `first-chart-drawn`: the first ECharts instance has drawn (the chart facade).
 */
export type PerfMark = 'app-ready' | 'dataset-complete' | 'first-panel-numbers' | 'first-chart-drawn';

/** Whether the mark has been set on this page. */
export function isMarked(name: PerfMark): boolean {
  return performance.getEntriesByName(name, 'mark').length > 0;
}

/** Sets the mark unless it is already set: the benchmark wants the first time, not the last. */
export function markOnce(name: PerfMark): void {
  if (!isMarked(name)) performance.mark(name);
}
