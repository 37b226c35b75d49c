// The `echarts` object handed to echarts-for-react. It creates and disposes every instance through this
// object (its temporary first one included), so here, at the source, each is counted (live-count.ts) and
// the first one to draw sets the benchmark's mark.
//
// echarts-for-react creates every chart twice: a first instance, which it disposes once it has drawn, to
// create at once, on the same element and in the same task, the real one at the measured size. Here the
// disposal of an element's instance waits for the end of the task (a microtask), and an init of the same
// element with the same theme and options before then gets that instance back, resized to the size asked:
// one instance per chart, not two (at 50,000 indicators a return from an empty view created its two charts
// twice each: BENCHMARKS.md). The count goes down at the dispose and up again at the reuse, so it is exact
// whenever anyone can read it.
import type { echarts as setupECharts } from '../../charts/echarts-setup';
import { isMarked, markOnce } from '../../lib/perf-marks';
import { countCreated, countDisposed } from './live-count';

export type EChartsCore = typeof setupECharts;
/** What echarts-for-react calls. */
export type EChartsFacade = Pick<EChartsCore, 'init' | 'dispose' | 'getInstanceByDom'>;

type Instance = ReturnType<EChartsCore['init']>;
type InitArgs = Parameters<EChartsCore['init']>;
type InitOpts = NonNullable<InitArgs[2]>;

/** An instance disposed in this task, kept for an init of its element before the task ends. */
interface Leaving {
  instance: Instance;
  theme: InitArgs[1];
  opts: InitOpts | undefined;
}

/** The options other than the size are the same (the size is what the second init adds). */
function sameOpts(a: InitOpts | undefined, b: InitOpts | undefined): boolean {
  const rest = (o: InitOpts | undefined) => {
    const { width: _w, height: _h, ...others } = o ?? {};
    return others as Record<string, unknown>;
  };
  const [x, y] = [rest(a), rest(b)];
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

export function countingFacade(ec: EChartsFacade): EChartsFacade {
  /** The options each live instance was created with, to tell whether a new init may take it over. */
  const made = new WeakMap<Instance, { theme: InitArgs[1]; opts: InitOpts | undefined }>();
  const leaving = new Map<HTMLElement, Leaving>();

  const watchFirstDraw = (instance: Instance) => {
    if (!isMarked('first-chart-drawn')) instance.on('finished', () => markOnce('first-chart-drawn'));
  };

  /** The real disposal of a leaving instance, unless an init took it over meanwhile. */
  const finish = (dom: HTMLElement, instance: Instance) => {
    if (leaving.get(dom)?.instance !== instance) return;
    leaving.delete(dom);
    ec.dispose(instance);
  };

  const reuse = (dom: HTMLElement, theme: InitArgs[1], opts: InitOpts | undefined): Instance | null => {
    const left = leaving.get(dom);
    if (!left) return null;
    leaving.delete(dom);
    if (left.theme !== theme || !sameOpts(left.opts, opts) || left.instance.isDisposed()) {
      ec.dispose(left.instance);
      return null;
    }
    const { instance } = left;
    // The handlers bound to the first instance go with it, as a disposal would take them: echarts-for-react's
    // 'finished' handler would otherwise dispose and re-init the chart after every later draw.
    instance.off('finished');
    const width = typeof opts?.width === 'number' ? opts.width : undefined;
    const height = typeof opts?.height === 'number' ? opts.height : undefined;
    if (
      (width ?? instance.getWidth()) !== instance.getWidth() ||
      (height ?? instance.getHeight()) !== instance.getHeight()
    )
      instance.resize({ width, height });
    made.set(instance, { theme, opts });
    countCreated(instance);
    watchFirstDraw(instance);
    return instance;
  };

  return {
    init: ((...args: InitArgs) => {
      const [dom, theme, opts] = args;
      const again = dom ? reuse(dom, theme, opts) : null;
      if (again) return again;
      const instance = ec.init(...args);
      if (!made.has(instance)) made.set(instance, { theme, opts });
      countCreated(instance);
      watchFirstDraw(instance);
      return instance;
    }) as EChartsCore['init'],
    dispose: (target) => {
      const instance =
        typeof target === 'string' ? undefined : 'nodeType' in target ? ec.getInstanceByDom(target) : target;
      if (!instance || instance.isDisposed()) return ec.dispose(target);
      const dom = instance.getDom();
      if (leaving.has(dom)) return; // disposed already in this task
      countDisposed(instance);
      const how = made.get(instance);
      leaving.set(dom, { instance, theme: how?.theme, opts: how?.opts });
      queueMicrotask(() => finish(dom, instance));
    },
    // An instance being disposed is gone already for its callers.
    getInstanceByDom: (dom) => (leaving.has(dom) ? undefined : ec.getInstanceByDom(dom)),
  };
}
