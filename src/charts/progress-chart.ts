// The bullet/progress chart: baseline → latest actual as a bar, the target and today's expected
// position as vertical markers. Drawn on two value axes: x is the indicator's value, y is a fixed
// [-1, 1] band holding the bar at 0 and four label lanes, so no two labels can share a row.
import type { EChartsOption, SeriesOption } from 'echarts';
import { monthPeriodOf } from '../domain/period';
import type { PointRef } from '../domain/progress-types';
import { translator } from '../i18n/translate';
import type { ChartInput } from './chart-input';
import { chartFrame, COLORS, escapeHtml, FONT_FAMILY, pointsOnly, textBox } from './chart-style';
import { finite, pointText, targetText, valueAtPeriod } from './chart-labels';
import { valueAxis, type ValueAxis } from './chart-format';
import { amountsShown } from '../domain/progress';

/** Label lanes (y), top to bottom: target, latest, [bar at 0], baseline, expected. */
const LANE = { target: 0.8, latest: 0.38, baseline: -0.38, expected: -0.8 } as const;
const MARKER_HALF = 0.6;
const BAR_WIDTH = 14;

type Align = 'left' | 'center' | 'right';

interface Label {
  x: number;
  lane: number;
  text: string;
  color: string;
}

/** Anchor a label so it grows away from the nearer edge of the axis and is never clipped there. */
function alignFor(x: number, lo: number, hi: number): Align {
  if (hi === lo) return 'center';
  const f = (x - lo) / (hi - lo);
  if (f < 0.35) return 'left';
  if (f > 0.65) return 'right';
  return 'center';
}

function segment(name: string, x0: number, x1: number, y0: number, y1: number, style: object, z: number) {
  return {
    type: 'line',
    name,
    data: [
      [x0, y0],
      [x1, y1],
    ],
    symbol: 'none',
    silent: true,
    z,
    lineStyle: style,
    emphasis: { disabled: true },
  } as SeriesOption;
}

/**
 * The progress bar's ticks, in the unit the panel header names; where it names none (money shown in
 * different units) each tick says its unit, as nothing else near the axis does.
 */
function axisTicks(axis: ValueAxis): (value: number) => string {
  return axis.shared ? axis.tick : (v) => `${axis.tick(v)} ${axis.name}`;
}

export function progressChartOption(input: ChartInput): EChartsOption {
  const { indicator, progress, locale, asOf, decoration } = input;
  const unit = indicator.unit;
  const t = translator(locale);
  const frame = chartFrame(decoration);

  const baseline = progress.baseline && finite(progress.baseline.value) ? progress.baseline : null;
  const latestRaw = progress.latest && finite(progress.latest.value) ? progress.latest : null;
  // With one actual the method may report it as both baseline and latest: draw it once.
  const latest = latestRaw && !(baseline && latestRaw.period === baseline.period) ? latestRaw : null;
  const target = progress.target && finite(progress.target.value) ? progress.target : null;
  const expected = target && baseline && finite(progress.expectedNow) ? progress.expectedNow : null;
  // Awaiting a result: where the observed trend would have put the indicator at the deadline (推算). Drawn
  // dashed and hollow, labelled as a projection: never mistaken for a figure.
  const projection =
    expected === null && progress.projection && finite(progress.projection.value)
      ? progress.projection
      : null;

  const xs = [baseline?.value, latest?.value, target?.value, expected ?? undefined, projection?.value].filter(
    finite,
  );
  const lo = Math.min(0, ...xs);
  const hi = Math.max(0, ...xs);

  const series: SeriesOption[] = [];
  if (baseline && target) {
    series.push(
      segment(
        'track',
        baseline.value,
        target.value,
        0,
        0,
        { color: COLORS.track, width: BAR_WIDTH, cap: 'butt' },
        1,
      ),
    );
  }
  if (baseline && latest) {
    series.push(
      segment(
        'bar',
        baseline.value,
        latest.value,
        0,
        0,
        { color: COLORS.actual, width: BAR_WIDTH, cap: 'butt' },
        2,
      ),
    );
  }
  if (target) {
    series.push(
      segment(
        'target',
        target.value,
        target.value,
        -MARKER_HALF,
        MARKER_HALF,
        { color: COLORS.target, width: 2.5 },
        4,
      ),
    );
  }
  if (expected !== null) {
    series.push(
      segment(
        'expected',
        expected,
        expected,
        -MARKER_HALF,
        MARKER_HALF,
        {
          color: COLORS.expected,
          width: 2,
          type: 'dashed',
        },
        4,
      ),
    );
  }

  if (projection) {
    series.push(
      segment(
        'projection',
        projection.value,
        projection.value,
        -MARKER_HALF,
        MARKER_HALF,
        { color: COLORS.expected, width: 2, type: 'dotted' },
        4,
      ),
    );
  }

  // A draft figure (not reviewed) says 待核 wherever it shows.
  const draft = (p: PointRef) =>
    p.observation.draft ? t('text.parenthesis', { text: t('panel.draft') }) : '';
  const labels: Label[] = [];
  const points: { value: [number, number]; name: string; itemStyle: object; symbol: string }[] = [];
  if (baseline) {
    const text = t('chart.label.baseline', { value: pointText(baseline, unit, locale) }) + draft(baseline);
    labels.push({ x: baseline.value, lane: LANE.baseline, text, color: COLORS.baseline });
    points.push({
      value: [baseline.value, 0],
      name: text,
      symbol: 'circle',
      itemStyle: { color: COLORS.background, borderColor: COLORS.baseline, borderWidth: 2 },
    });
  }
  if (latest) {
    const text = t('chart.label.latest', { value: pointText(latest, unit, locale) }) + draft(latest);
    labels.push({ x: latest.value, lane: LANE.latest, text, color: COLORS.actual });
    points.push({
      value: [latest.value, 0],
      name: text,
      symbol: 'circle',
      itemStyle: { color: COLORS.actual },
    });
  }
  if (target) {
    // A growth-rate target is drawn at the level it implies, and says so (the rate is on the panel and in the
    // series chart's path): with the rate in the label it no longer fits a panel-wide chart.
    const text =
      (target.rate !== undefined
        ? t('chart.label.impliedTarget', { value: valueAtPeriod(target.value, target.period, unit, locale) })
        : t('chart.label.target', { value: targetText(target, unit, locale) })) + draft(target);
    labels.push({ x: target.value, lane: LANE.target, text, color: COLORS.target });
    points.push({
      value: [target.value, 0],
      name: text,
      symbol: 'diamond',
      itemStyle: { color: COLORS.target },
    });
  }
  if (expected !== null) {
    const text = t('chart.label.expected', {
      value: valueAtPeriod(expected, monthPeriodOf(asOf), unit, locale),
    });
    labels.push({ x: expected, lane: LANE.expected, text, color: COLORS.expected });
  }
  if (projection) {
    const text = t('chart.label.projection', {
      value: valueAtPeriod(projection.value, projection.period, unit, locale),
    });
    labels.push({ x: projection.value, lane: LANE.expected, text, color: COLORS.expected });
  }

  if (points.length > 0) {
    series.push({
      ...pointsOnly(),
      name: 'points',
      data: points,
      symbolSize: 10,
      z: 5,
      emphasis: { scale: 1.3 },
    });
  }
  if (labels.length > 0) {
    series.push({
      ...pointsOnly(),
      name: 'labels',
      silent: true,
      symbolSize: 0,
      z: 6,
      data: labels.map((l) => ({
        value: [l.x, l.lane],
        name: l.text,
        label: {
          show: true,
          position: 'inside',
          formatter: '{b}',
          align: alignFor(l.x, lo, hi),
          color: l.color,
          fontSize: 12,
          fontFamily: FONT_FAMILY,
          backgroundColor: COLORS.background,
          padding: [1, 3],
        },
      })),
    });
  }

  const texts = [...(frame.parts.title ?? [])];
  if (!baseline && !latestRaw) {
    texts.push(
      textBox(
        'empty',
        target ? t('chart.noActual') : t('chart.noData'),
        { left: 'center', top: frame.top + 6 + 40 },
        { fontSize: 12, color: COLORS.muted },
      ),
    );
  }
  return {
    ...frame.parts,
    ...(texts.length > 0 ? { title: texts } : {}),
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY },
    grid: { left: 16, right: 24, top: frame.top + 6, bottom: frame.bottom + 26 },
    xAxis: {
      type: 'value',
      scale: false,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: {
        color: COLORS.muted,
        fontSize: 11,
        formatter: axisTicks(valueAxis(unit, locale, amountsShown(progress))),
        hideOverlap: true,
      },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    yAxis: { type: 'value', min: -1, max: 1, show: false },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => escapeHtml(String((p as { name?: unknown }).name ?? '')),
    },
    series,
  };
}
