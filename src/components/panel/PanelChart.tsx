// The chart slots of a panel. Detailed panels draw ECharts through LazyChart (created near the viewport,
// disposed when it leaves, ECharts fetched on first use). Compact panels draw a CSS bullet instead, so a
// dense overview costs no chart instance at all.
import { useMemo } from 'react';
import type { Indicator } from '../../domain/dataset-schema';
import type { Progress } from '../../domain/progress-types';
import type { Locale } from '../../i18n/translate';
import { CHART_HEIGHTS, type ChartInput } from '../../charts/chart-input';
import { chartDescription } from '../../charts/chart-text';
import { LazyChart } from '../chart/LazyChart';
import { isoToDate } from '../../domain/period';

export const PANEL_CHART_HEIGHT = {
  progress: CHART_HEIGHTS.progress.plain,
  series: CHART_HEIGHTS.series.plain,
};

function useChartInput(indicator: Indicator, progress: Progress, locale: Locale, asOf: string): ChartInput {
  return useMemo(
    () => ({ indicator, progress, locale, asOf: isoToDate(asOf) }),
    [indicator, progress, locale, asOf],
  );
}

export function PanelChart(props: {
  indicator: Indicator;
  progress: Progress;
  locale: Locale;
  asOf: string;
  kind: 'progress' | 'series';
}) {
  const input = useChartInput(props.indicator, props.progress, props.locale, props.asOf);
  return (
    <LazyChart
      input={input}
      chart={props.kind}
      height={PANEL_CHART_HEIGHT[props.kind]}
      className={`panel-chart panel-chart-${props.kind}`}
    />
  );
}

/** Compact: baseline → latest as a filled bar towards the target, with a tick where it should be today. */
export function ProgressBullet(props: {
  indicator: Indicator;
  progress: Progress;
  locale: Locale;
  asOf: string;
}) {
  const input = useChartInput(props.indicator, props.progress, props.locale, props.asOf);
  const { distanceCovered: covered, timeElapsed } = props.progress;
  return (
    <div className="bullet-box" role="img" aria-label={chartDescription(input)}>
      <div className="bullet">
        {covered !== null && (
          <div className="bullet-fill" style={{ width: `${Math.max(0, Math.min(1, covered)) * 100}%` }} />
        )}
        {covered !== null && timeElapsed !== null && (
          <div className="bullet-expected" style={{ left: `${timeElapsed * 100}%` }} />
        )}
      </div>
    </div>
  );
}
