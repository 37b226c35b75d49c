// The one React wrapper around ECharts. A chart exists only while its box is near the viewport: created when
// the box scrolls within ~200px of view, disposed when it leaves (use-near-viewport.ts), so a page of hundreds
// of panels keeps a few dozen live instances. ECharts is fetched the first time any chart is needed
// (echarts-loader.ts), and the charts that waited for it are first drawn one at a time (chart-turns.ts).
// Instances are counted, and the benchmark's first-chart mark set, by the object the loader hands to
// echarts-for-react (echarts-facade.ts).
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { ChartKind } from '../../charts/chart-builders';
import type { ChartInput } from '../../charts/chart-input';
import { chartDescription } from '../../charts/chart-text';
import { useIsSnapshot } from '../common/snapshot-context';
import { takeTurn } from './chart-turns';
import { loadECharts, loadedECharts, type LoadedECharts } from './echarts-loader';
import { useNearViewport } from './use-near-viewport';

// The list marks its scroller with these props; exported here, beside the component they are for.
export { CHART_CLIP } from './use-near-viewport';

/** The only renderer registered (echarts-setup.ts). */
const SVG = { renderer: 'svg' } as const;

export interface LazyChartProps {
  input: ChartInput;
  /** Which chart: its option is built (CHART_BUILDERS, loaded with ECharts) only while visible. */
  chart: ChartKind;
  /** Fixed height in px: the placeholder and the chart have the same size, so nothing jumps. */
  height: number;
  className?: string;
  /** Overrides the generated description. */
  label?: string;
}

export function LazyChart({ input, chart, height, className, label }: LazyChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  // While the build-time snapshot is hydrated, its boxes stay empty: the live list replaces them next, and
  // reading their layout then would force the whole page's layout inside that task.
  const near = useNearViewport(boxRef, !useIsSnapshot());
  const [lib, setLib] = useState<LoadedECharts | null>(loadedECharts);

  // The turn this chart holds while it is first drawn (see chart-turns.ts), ended when it has drawn or is gone.
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
  const option = useMemo(() => (near && lib ? lib.builders[chart](input) : null), [near, lib, chart, input]);
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
