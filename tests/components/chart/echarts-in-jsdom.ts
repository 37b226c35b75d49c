// ECharts for the chart tests, without the chart tests depending on how long ECharts takes to import (0.9 s
// idle, over 2 s on a busy machine): each file imports it once, before its tests, and every test then
// starts from a clean page — no instance counted, no turn held, and ECharts handed over from memory, at
// once (`preloaded`) or when the test says (`deferredSource`).
// zrender's own entry, not 'echarts/core': that one also registers ECharts parts the app does not ship
// (src/charts/echarts-setup.ts), and the tests must draw with exactly the shipped ones.
import { setPlatformAPI } from 'zrender/lib/core/platform.js';
import { resetTurns } from '../../../src/components/chart/chart-turns';
import {
  importECharts,
  resetEChartsLoader,
  type EChartsModules,
  type EChartsSource,
} from '../../../src/components/chart/echarts-loader';
import { resetLiveCount } from '../../../src/components/chart/live-count';

/** jsdom has no layout and no canvas: boxes get a size and ECharts a text measurer. Returns the modules. */
export async function importEChartsForJsdom(): Promise<EChartsModules> {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 150 });
  setPlatformAPI({ measureText: (text = '') => ({ width: text.length * 7 }) });
  return importECharts();
}

/** A clean page whose charts load ECharts from `source`. */
export function resetCharts(source: EChartsSource): void {
  resetLiveCount();
  resetTurns();
  resetEChartsLoader(source);
}

export function preloaded(modules: EChartsModules): EChartsSource {
  return () => Promise.resolve(modules);
}

/** A source whose load the test settles itself, and which counts how often it was asked. */
export function deferredSource() {
  let settle = { resolve: (_: EChartsModules) => {}, reject: (_: unknown) => {} };
  const d = {
    calls: 0,
    source: (() => {
      d.calls += 1;
      return new Promise<EChartsModules>((resolve, reject) => {
        settle = { resolve, reject };
      });
    }) as EChartsSource,
    resolve: (modules: EChartsModules) => settle.resolve(modules),
    reject: (error: unknown) => settle.reject(error),
  };
  return d;
}
