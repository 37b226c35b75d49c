// The one React wrapper around ECharts. A chart exists only while its box is near the viewport:
// created when the box scrolls within ~200px of view, given back when it leaves, so a page of hundreds
// of panels keeps a few dozen instances. ECharts itself is fetched with import() the first time any chart
// is needed, so it is not in the critical path.
//
// A filter change paints the panels' numbers first; their charts follow in the next frame, when the
// observer reports the new boxes in view. Each chart is created at the size the observer measured (no
// forced layout) or taken from the pool of parked instances (chart-pool.ts): as it is when it already
// shows the same input (a search cleared, a panel scrolled back into view), else drawn once, off-page.
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { EChartsOption } from 'echarts';
import type { ChartInput } from '../../charts/chart-input';
import { chartDescription } from '../../charts/chart-text';
import {
  getLiveChartCount,
  releaseChart,
  takeChart,
  type Chart,
  type EChartsLib,
  type Renderer,
} from './chart-pool';

export { getLiveChartCount } from './chart-pool';

declare global {
  interface Window {
    __liveCharts?: number;
  }
}

if (typeof window !== 'undefined') {
  Object.defineProperty(window, '__liveCharts', { get: getLiveChartCount, configurable: true });
}

// ---- lazy loading ----------------------------------------------------------------------------------

let loaded: EChartsLib | null = null;
let loading: Promise<EChartsLib> | null = null;

function loadECharts(): Promise<EChartsLib> {
  loading ??= import('../../charts/echarts-setup').then(
    (setup) => (loaded = setup.echarts),
    (error: unknown) => {
      loading = null; // let the next chart that comes into view try again
      throw error;
    },
  );
  return loading;
}

// ---- component -------------------------------------------------------------------------------------

export interface LazyChartProps {
  input: ChartInput;
  /** A pure option builder (progressChartOption, seriesChartOption); called only while visible. */
  build: (input: ChartInput) => EChartsOption;
  /** Fixed height in px: the placeholder and the chart have the same size, so nothing jumps. */
  height: number;
  renderer?: Renderer;
  className?: string;
  /** Overrides the generated description. */
  label?: string;
}

const ROOT_MARGIN = '200px 0px';

/** Near the viewport or not, and the box's width as the observer measured it (null: not measured). */
interface Nearness {
  near: boolean;
  width: number | null;
}

function useNearViewport(ref: React.RefObject<HTMLElement | null>): Nearness {
  // Without an observer (very old browser) draw eagerly rather than never.
  const [state, setState] = useState<Nearness>(() => ({
    near: typeof IntersectionObserver === 'undefined',
    width: null,
  }));
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        const width = entry.boundingClientRect?.width || null;
        setState((s) =>
          s.near === entry.isIntersecting && (!entry.isIntersecting || s.width === width)
            ? s
            : { near: entry.isIntersecting, width },
        );
      },
      { rootMargin: ROOT_MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return state;
}

export function LazyChart({ input, build, height, renderer = 'svg', className, label }: LazyChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { near, width } = useNearViewport(boxRef);
  const [lib, setLib] = useState<EChartsLib | null>(loaded);

  useEffect(() => {
    if (!near || lib) return;
    let cancelled = false;
    loadECharts().then(
      (l) => {
        if (!cancelled) setLib(l);
      },
      () => {
        // stays a placeholder; the description still carries the figures
      },
    );
    return () => {
      cancelled = true;
    };
  }, [near, lib]);

  const description = label ?? chartDescription(input);
  const style: CSSProperties = { height, width: '100%' };

  return (
    <div
      ref={boxRef}
      role="img"
      aria-label={description}
      className={className ? `lazy-chart ${className}` : 'lazy-chart'}
      style={{ position: 'relative', height }}
    >
      {near && lib ? (
        <EChart lib={lib} input={input} build={build} renderer={renderer} width={width} height={height} />
      ) : (
        <div className="lazy-chart__placeholder" aria-hidden="true" style={style} />
      )}
    </div>
  );
}

/** What a chart shows: the builder and its input. Two drawings are the same when both are. */
interface Drawing {
  build: LazyChartProps['build'];
  input: ChartInput;
}

function sameInput(a: ChartInput, b: ChartInput): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x: unknown = a[k as keyof ChartInput];
    const y: unknown = b[k as keyof ChartInput];
    if (x instanceof Date && y instanceof Date ? x.getTime() !== y.getTime() : !Object.is(x, y)) return false;
  }
  return true;
}

const sameDrawing = (a: unknown, b: Drawing): boolean =>
  a !== null &&
  typeof a === 'object' &&
  (a as Drawing).build === b.build &&
  sameInput((a as Drawing).input, b.input);

/**
 * One live chart: taken from the pool on mount (as it is, when a parked chart already shows this input),
 * drawn when its input changes, followed on resize, given back on unmount.
 */
function EChart({
  lib,
  input,
  build,
  renderer,
  width,
  height,
}: {
  lib: EChartsLib;
  input: ChartInput;
  build: LazyChartProps['build'];
  renderer: Renderer;
  width: number | null;
  height: number;
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<Chart | null>(null);
  /** What the chart shows now; null until drawn, or after it failed to draw. */
  const shownRef = useRef<Drawing | null>(null);
  const failedRef = useRef(false);
  const wantedRef = useRef<Drawing>({ build, input });
  // The size it was created at; later changes come from the ResizeObserver, not from re-creating it.
  const [initialWidth] = useState(width);

  useLayoutEffect(() => {
    wantedRef.current = { build, input };
  }, [build, input]);

  useLayoutEffect(() => {
    const host = hostRef.current!;
    const taken = takeChart(lib, renderer, initialWidth ?? host.clientWidth, height, (drawn) =>
      sameDrawing(drawn, wantedRef.current),
    );
    const chart = taken.chart;
    chartRef.current = chart;
    shownRef.current = taken.drawn as Drawing | null;
    failedRef.current = false;
    let ro: ResizeObserver | undefined;
    if (typeof ResizeObserver !== 'undefined') {
      ro = new ResizeObserver((entries) => {
        const w = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
        if (w > 0 && w !== Math.round(chart.getWidth())) chart.resize({ width: w, height });
      });
      ro.observe(host);
    }
    return () => {
      ro?.disconnect();
      chartRef.current = null;
      // A tooltip left open would show again wherever the chart is reused.
      if (!failedRef.current) chart.dispatchAction({ type: 'hideTip' });
      releaseChart(chart, renderer, shownRef.current, !failedRef.current);
    };
  }, [lib, renderer, height, initialWidth]);

  useLayoutEffect(() => {
    const chart = chartRef.current;
    const host = hostRef.current;
    if (!chart || !host) return;
    const el = chart.getDom();
    const wanted = { build, input };
    if (!sameDrawing(shownRef.current, wanted)) {
      const option = build(input);
      // Drawn while its element is out of the document: ECharts reads offsets while it draws (the tooltip
      // does), and a read inside the page would force a layout of the whole page for every chart drawn.
      el.remove();
      shownRef.current = null;
      try {
        chart.setOption(option, { notMerge: true });
        shownRef.current = wanted;
      } catch (e) {
        // A chart that cannot draw stays empty (its box still describes the figures); the panel stays up.
        failedRef.current = true;
        console.error(e);
      }
    }
    if (el.parentNode !== host) host.appendChild(el);
  }, [build, input, lib, renderer, height, initialWidth]);

  return <div ref={hostRef} className="lazy-chart__chart" style={{ height, width: '100%' }} />;
}
