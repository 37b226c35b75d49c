// ECharts (~190 kB gzip) is fetched with import() the first time any chart is needed, so it stays off the
// critical path; every chart shares that one load. Where the modules come from can be swapped (tests hand
// over modules they imported beforehand, or a promise they settle themselves), so no test depends on how
// long the real import takes.
import type { ComponentType } from 'react';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import { countingFacade, type EChartsFacade } from './echarts-facade';

export interface LoadedECharts {
  Chart: ComponentType<EChartsReactProps>;
  echarts: EChartsFacade;
}

export interface EChartsModules {
  setup: { echarts: EChartsFacade };
  core: { default: unknown };
}

export type EChartsSource = () => Promise<EChartsModules>;

/** The real modules, each its own lazily loaded chunk (vite.config.ts gives echarts-setup's a compile hint). */
export const importECharts: EChartsSource = () =>
  Promise.all([
    import('../../charts/echarts-setup'),
    // esm/core, not lib/core: the CommonJS build crashes in the browser.
    import('echarts-for-react/esm/core'),
  ]).then(([setup, core]) => ({ setup, core }));

let source: EChartsSource = importECharts;
let loaded: LoadedECharts | null = null;
let loading: Promise<LoadedECharts> | null = null;
/** Bumped by a reset, so a load begun before it cannot fill in the state after it. */
let generation = 0;

/** ECharts if it has loaded already: a chart mounted after that draws without waiting a turn. */
export function loadedECharts(): LoadedECharts | null {
  return loaded;
}

export function loadECharts(): Promise<LoadedECharts> {
  const current = generation;
  loading ??= source().then(
    ({ setup, core }) => {
      const done: LoadedECharts = {
        Chart: core.default as ComponentType<EChartsReactProps>,
        echarts: countingFacade(setup.echarts),
      };
      if (current === generation) loaded = done;
      return done;
    },
    (error: unknown) => {
      if (current === generation) loading = null; // let the next chart that comes into view try again
      throw error;
    },
  );
  return loading;
}

/** Tests: forget what was loaded, and load from `from` next time. */
export function resetEChartsLoader(from: EChartsSource = importECharts): void {
  source = from;
  generation += 1;
  loaded = null;
  loading = null;
}
