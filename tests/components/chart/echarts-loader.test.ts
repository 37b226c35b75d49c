// Loading ECharts once for every chart, from a source the test settles itself.
import { beforeEach, expect, it } from 'vitest';
import {
  loadECharts,
  loadedECharts,
  resetEChartsLoader,
  type EChartsModules,
} from '../../../src/components/chart/echarts-loader';
import { getLiveChartCount, resetLiveCount } from '../../../src/components/chart/live-count';
import { deferredSource } from './echarts-in-jsdom';
import { CHART_BUILDERS } from '../../../src/charts/chart-builders';

/** Stand-ins for the two modules: enough to tell them apart and to see the facade at work. */
function fakeModules(): EChartsModules {
  const instance = { isDisposed: () => false, on: () => {} };
  return {
    setup: {
      echarts: {
        init: () => instance,
        dispose: () => {},
        getInstanceByDom: () => instance,
      } as unknown as EChartsModules['setup']['echarts'],
    },
    core: { default: function Chart() {} },
    builders: { CHART_BUILDERS },
  };
}

beforeEach(() => resetLiveCount());

it('loads once, however many charts ask, and is known as loaded only when it has', async () => {
  const load = deferredSource();
  resetEChartsLoader(load.source);
  const first = loadECharts();
  const second = loadECharts();
  expect(load.calls).toBe(1);
  expect(loadedECharts()).toBeNull();
  const modules = fakeModules();
  load.resolve(modules);
  const [a, b] = await Promise.all([first, second]);
  expect(a).toBe(b);
  expect(loadedECharts()).toBe(a);
  expect(a.Chart).toBe(modules.core.default);
  await loadECharts();
  expect(load.calls).toBe(1);
});

it('hands echarts-for-react the counting facade, not ECharts itself', async () => {
  const load = deferredSource();
  resetEChartsLoader(load.source);
  const loading = loadECharts();
  const modules = fakeModules();
  load.resolve(modules);
  const { echarts } = await loading;
  expect(echarts).not.toBe(modules.setup.echarts);
  echarts.init(null as unknown as HTMLElement);
  expect(getLiveChartCount()).toBe(1);
});

it('after a failed load, the next chart that asks tries again', async () => {
  const load = deferredSource();
  resetEChartsLoader(load.source);
  const failed = loadECharts();
  load.reject(new Error('offline'));
  await expect(failed).rejects.toThrow('offline');
  expect(loadedECharts()).toBeNull();
  const retry = loadECharts();
  expect(load.calls).toBe(2);
  load.resolve(fakeModules());
  const loaded = await retry;
  expect(loadedECharts()).toBe(loaded);
});

it('a load begun before a reset does not count as loaded after it', async () => {
  const before = deferredSource();
  resetEChartsLoader(before.source);
  const stale = loadECharts();
  const after = deferredSource();
  resetEChartsLoader(after.source);
  before.resolve(fakeModules());
  await stale;
  expect(loadedECharts()).toBeNull();
  void loadECharts();
  expect(after.calls).toBe(1);
});
