// The `echarts` object handed to echarts-for-react. It creates and disposes every instance through this
// object (its temporary first one included), so here, at the source, each is counted (live-count.ts) and
// the first one to draw sets the benchmark's mark.
import type { echarts as setupECharts } from '../../charts/echarts-setup';
import { isMarked, markOnce } from '../../lib/perf-marks';
import { countCreated, countDisposed } from './live-count';

export type EChartsCore = typeof setupECharts;
/** What echarts-for-react calls. */
export type EChartsFacade = Pick<EChartsCore, 'init' | 'dispose' | 'getInstanceByDom'>;

export function countingFacade(ec: EChartsFacade): EChartsFacade {
  return {
    init: ((...args: Parameters<EChartsCore['init']>) => {
      const instance = ec.init(...args);
      countCreated(instance);
      if (!isMarked('first-chart-drawn')) instance.on('finished', () => markOnce('first-chart-drawn'));
      return instance;
    }) as EChartsCore['init'],
    dispose: (target) => {
      const instance =
        typeof target === 'string' ? undefined : 'nodeType' in target ? ec.getInstanceByDom(target) : target;
      if (instance && !instance.isDisposed()) countDisposed(instance);
      ec.dispose(target);
    },
    getInstanceByDom: (dom) => ec.getInstanceByDom(dom),
  };
}
