// The one React wrapper around ECharts. A chart exists only while its box is near the viewport:
// created when the box scrolls within ~200px of view, disposed when it leaves, so a page of hundreds
// of panels keeps a few dozen live instances. ECharts itself is fetched with import() the first time
// any chart is needed, so it is not in the critical path.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type CSSProperties,
} from 'react';
import type { EChartsOption } from 'echarts';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import type { ChartInput } from '../../charts/chart-input';
import { chartDescription } from '../../charts/chart-text';
import { useIsSnapshot } from '../common/snapshot-context';
import { yieldToMain } from '../../lib/yield-to-main';
import { isMarked, markOnce } from '../../lib/perf-marks';

type EChartsCore = (typeof import('../../charts/echarts-setup'))['echarts'];

interface Loaded {
  Chart: ComponentType<EChartsReactProps>;
  echarts: Pick<EChartsCore, 'init' | 'dispose' | 'getInstanceByDom'>;
}

// ---- live-instance counter -------------------------------------------------------------------------

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

/**
 * echarts-for-react creates and disposes instances through the `echarts` object it is given; handing it
 * this facade counts every real instance (including its temporary first one) at the source.
 */
function countingFacade(ec: EChartsCore): Loaded['echarts'] {
  return {
    init: ((...args: Parameters<EChartsCore['init']>) => {
      const instance = ec.init(...args);
      if (!counted.has(instance)) {
        counted.add(instance);
        live += 1;
      }
      // Timing mark for the benchmark (npm run bench): the first chart drawn on the page.
      if (!isMarked('first-chart-drawn')) instance.on('finished', () => markOnce('first-chart-drawn'));
      return instance;
    }) as EChartsCore['init'],
    dispose: (target) => {
      const instance =
        typeof target === 'string' ? undefined : 'nodeType' in target ? ec.getInstanceByDom(target) : target;
      if (instance && counted.has(instance) && !instance.isDisposed()) {
        counted.delete(instance);
        live -= 1;
      }
      ec.dispose(target);
    },
    getInstanceByDom: (dom) => ec.getInstanceByDom(dom),
  };
}

// ---- lazy loading ----------------------------------------------------------------------------------

let loaded: Loaded | null = null;
let loading: Promise<Loaded> | null = null;

function loadECharts(): Promise<Loaded> {
  loading ??= Promise.all([
    import('../../charts/echarts-setup'),
    // esm/core, not lib/core: the CommonJS build crashes in the browser.
    import('echarts-for-react/esm/core'),
  ]).then(
    ([setup, core]) => {
      loaded = {
        Chart: core.default as ComponentType<EChartsReactProps>,
        echarts: countingFacade(setup.echarts),
      };
      return loaded;
    },
    (error: unknown) => {
      loading = null; // let the next chart that comes into view try again
      throw error;
    },
  );
  return loading;
}

/** The longest a chart holds its turn (one that never finishes drawing must not hold up the others). */
const TURN_MS = 1000;
let queue: Promise<void> = Promise.resolve();

/**
 * Charts that were waiting for ECharts to load are created one at a time, each after the one before it has
 * drawn: echarts-for-react creates an instance, waits a frame for it to finish, measures it and creates it
 * again with the option, and all the charts of a screen doing that in the same frame made one long task.
 * Resolves with the function that ends this chart's turn.
 */
function takeTurn(): Promise<() => void> {
  let release = () => {};
  const turn = queue.then(yieldToMain);
  queue = turn.then(
    () =>
      new Promise<void>((resolve) => {
        release = resolve;
        setTimeout(resolve, TURN_MS);
      }),
  );
  return turn.then(() => release);
}

/** The only renderer registered (echarts-setup.ts). */
const SVG = { renderer: 'svg' } as const;

// ---- component -------------------------------------------------------------------------------------

export interface LazyChartProps {
  input: ChartInput;
  /** A pure option builder (progressChartOption, seriesChartOption); called only while visible. */
  build: (input: ChartInput) => EChartsOption;
  /** Fixed height in px: the placeholder and the chart have the same size, so nothing jumps. */
  height: number;
  className?: string;
  /** Overrides the generated description. */
  label?: string;
}

/** How far beyond the viewport (above and below) a box counts as near. */
const MARGIN_PX = 200;
const ROOT_MARGIN = `${MARGIN_PX}px 0px`;

/** Props that mark the scroller clipping the charts inside it (the list's), for the check at mount below. */
export const CHART_CLIP = { 'data-chart-clip': '' } as const;

/**
 * What the observer's first report will say, known now: the box meets the viewport (± the margin) within
 * its scroller. One layout read; in a commit, every box after the first reads it for free.
 */
function nearNow(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false; // not laid out (hidden, or no layout at all)
  let top = -MARGIN_PX;
  let bottom = window.innerHeight + MARGIN_PX;
  let left = 0;
  let right = window.innerWidth;
  const clip = el.closest('[data-chart-clip]')?.getBoundingClientRect();
  if (clip) {
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
    left = Math.max(left, clip.left);
    right = Math.min(right, clip.right);
  }
  return r.bottom > top && r.top < bottom && r.right > left && r.left < right;
}

function useNearViewport(ref: React.RefObject<HTMLElement | null>, watch: boolean): boolean {
  // Without an observer (very old browser) draw eagerly rather than never.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  // A box that is already near when it mounts (a panel a filter change put in view) gets its chart in the
  // same commit as its numbers. Waiting for the observer's first report would cost a frame, and with
  // echarts-for-react, whose first instance is measured a frame later and created again, a second one.
  useLayoutEffect(() => {
    const el = ref.current;
    if (watch && el && typeof IntersectionObserver !== 'undefined' && nearNow(el)) setNear(true);
  }, [ref, watch]);
  useEffect(() => {
    const el = ref.current;
    if (!watch || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry) setNear(entry.isIntersecting);
      },
      { rootMargin: ROOT_MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, watch]);
  return near;
}

export function LazyChart({ input, build, height, className, label }: LazyChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  // While the build-time snapshot is hydrated, its boxes stay empty: the live list replaces them next, and
  // reading their layout then would force the whole page's layout inside that task.
  const near = useNearViewport(boxRef, !useIsSnapshot());
  const [lib, setLib] = useState<Loaded | null>(loaded);

  // The turn this chart holds while it is first drawn (see takeTurn), ended when it has drawn or is gone.
  const endTurn = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!near || lib) return;
    let cancelled = false;
    loadECharts()
      .then((l) => takeTurn().then((release) => ({ l, release })))
      .then(
        ({ l, release }) => {
          if (cancelled) return release();
          endTurn.current = release;
          setLib(l);
        },
        () => {
          // stays a placeholder; the description still carries the figures
        },
      );
    return () => {
      cancelled = true;
    };
  }, [near, lib]);
  useEffect(() => () => endTurn.current?.(), []);
  // Called once the chart's real instance has its option, drawn at once (setOption draws synchronously).
  const onChartReady = useCallback(() => {
    endTurn.current?.();
    endTurn.current = null;
  }, []);

  const description = label ?? chartDescription(input);
  const option = useMemo(() => (near ? build(input) : null), [near, build, input]);
  const style: CSSProperties = { height, width: '100%' };

  return (
    <div
      ref={boxRef}
      role="img"
      aria-label={description}
      className={className ? `lazy-chart ${className}` : 'lazy-chart'}
      style={{ position: 'relative', height }}
    >
      {near && lib && option ? (
        <lib.Chart
          echarts={lib.echarts}
          option={option}
          notMerge
          opts={SVG}
          style={style}
          onChartReady={onChartReady}
        />
      ) : (
        <div className="lazy-chart__placeholder" aria-hidden="true" style={style} />
      )}
    </div>
  );
}
