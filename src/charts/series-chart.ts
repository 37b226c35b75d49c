// The time series of an indicator's level: actuals as a line (time axis at each period's end date),
// level targets as points labelled with their qualifier, and for a growth-rate target the implied
// level path from the baseline as a dashed line.
import type { EChartsOption, SeriesOption } from 'echarts';
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { Observation } from '../domain/dataset-schema';
import { dateToIso, isoToDate, periodEndIso } from '../domain/period';

import { observationPeriodText } from '../i18n/progress-words';
import { translator } from '../i18n/translate';
import type { ChartInput } from './chart-input';
import { formatFigure, formatPeriod, formatValue } from '../domain/format';
import { valueAxis } from './chart-format';
import { finite, rateText, valueAtPeriod } from './chart-labels';
import { chartFrame, COLORS, escapeHtml, FONT_FAMILY, pointsOnly, textBox } from './chart-style';

const LEGEND_HEIGHT = 28;
const MAX_YEAR_LABELS = 6;

type Datum = { value: [string, number]; name: string; [key: string]: unknown };

function byDate(a: Datum, b: Datum): number {
  return a.value[0] < b.value[0] ? -1 : a.value[0] > b.value[0] ? 1 : 0;
}

/** Level actuals of the indicator plus those the progress used (imported figures live only there). */
function levelActuals(input: ChartInput): Observation[] {
  const { indicator, progress } = input;
  const byPeriod = new Map<string, Observation>();
  for (const o of indicator.observations) {
    if (o.role === 'actual' && o.basis === 'level' && finite(o.value)) byPeriod.set(o.period, o);
  }
  for (const p of [progress.baseline, progress.latest]) {
    const o = p?.observation;
    if (o && o.role === 'actual' && o.basis === 'level' && finite(o.value)) byPeriod.set(o.period, o);
  }
  return [...byPeriod.values()];
}

/** Year-end ticks ('2017' sits on 31 Dec 2017, where a '2017' figure is drawn), at most six of them. */
function yearEndTicks(days: string[]): string[] {
  const years = days.map((d) => isoToDate(d).getFullYear());
  const first = Math.min(...years) - 1;
  const last = Math.max(...years);
  const step = Math.max(1, Math.ceil((last - first + 1) / MAX_YEAR_LABELS));
  const ticks: string[] = [];
  for (let y = last; y >= first; y -= step) ticks.unshift(periodEndIso(String(y)));
  return ticks;
}

export function seriesChartOption(input: ChartInput): EChartsOption {
  const { indicator, progress, locale, decoration } = input;
  const unit = indicator.unit;
  const t = translator(locale);
  const frame = chartFrame(decoration);
  const series: SeriesOption[] = [];
  // Every figure with its qualifier in words (突破18亿元 → 超过18 亿元, 2000余家), actuals and targets alike.
  // A draft figure (not reviewed) says 待核 wherever it shows.
  const qualified = (o: Pick<Observation, 'qualifier' | 'value' | 'period' | 'source' | 'dated' | 'draft'>) =>
    t('chart.valueAt', {
      value: formatFigure(o.value, unit, o.qualifier, locale, o.source.quote),
      period: observationPeriodText(o, locale),
    }) + (o.draft ? t('text.parenthesis', { text: t('panel.draft') }) : '');

  const actuals: Datum[] = levelActuals(input)
    .map((o) => ({
      value: [periodEndIso(o.period), o.value] as [string, number],
      name: qualified(o) + (o.userSupplied ? t('text.parenthesis', { text: t('chart.userSupplied') }) : ''),
      ...(o.userSupplied
        ? {
            symbol: 'emptyCircle',
            itemStyle: { color: COLORS.userSupplied, borderColor: COLORS.userSupplied },
          }
        : {}),
    }))
    .sort(byDate);
  if (actuals.length > 0) {
    series.push({
      type: 'line',
      name: t('chart.actual'),
      data: actuals,
      symbol: 'circle',
      symbolSize: 7,
      z: 3,
      lineStyle: { color: COLORS.actual, width: 2 },
      itemStyle: { color: COLORS.actual },
      label: {
        show: true,
        position: 'top',
        color: COLORS.actual,
        fontSize: 11,
        formatter: (p: unknown) => formatValue((p as { value: [string, number] }).value[1], unit, locale),
      },
      labelLayout: { hideOverlap: true },
    });
  }

  const latestValue = actuals[actuals.length - 1]?.value[1];
  const targets: Datum[] = indicator.observations
    .filter((o) => o.role === 'target' && o.basis === 'level' && finite(o.value))
    .map((o) => ({
      value: [periodEndIso(o.period), o.value] as [string, number],
      name: qualified(o),
      // below the point when the target lies below the latest actual (a falling indicator), so the
      // label does not run into the line
      label: { position: latestValue !== undefined && o.value < latestValue ? 'bottom' : 'top' },
    }))
    .sort(byDate);
  if (targets.length > 0) {
    series.push({
      ...pointsOnly({ color: COLORS.target }),
      name: t('chart.target'),
      data: targets,
      symbol: 'diamond',
      symbolSize: 12,
      z: 4,
      label: { show: true, position: 'top', formatter: '{b}', color: COLORS.target, fontSize: 11 },
      labelLayout: { hideOverlap: true },
    });
  }

  const path = (progress.impliedPath ?? []).filter((p) => finite(p.value));
  const target = progress.target;
  if (path.length >= 2) {
    const rate = target ? rateText(target, locale) : null;
    const implied = t('chart.impliedPath');
    const name = rate ? implied + t('text.parenthesis', { text: t('chart.perYear', { rate }) }) : implied;
    const lastIndex = path.length - 1;
    series.push({
      type: 'line',
      name,
      z: 2,
      data: path.map((p, i) => ({
        value: [periodEndIso(p.period), p.value] as [string, number],
        name: t('chart.point', { name, value: valueAtPeriod(p.value, p.period, unit, locale) }),
        symbol: i === lastIndex ? 'diamond' : 'none',
        symbolSize: i === lastIndex ? 12 : 0,
        label:
          i === lastIndex
            ? {
                show: true,
                position: 'top',
                color: COLORS.implied,
                fontSize: 11,
                formatter: escapeBraces(valueAtPeriod(p.value, p.period, unit, locale)),
              }
            : { show: false },
      })),
      lineStyle: { color: COLORS.implied, width: 2, type: 'dashed' },
      itemStyle: { color: COLORS.implied },
    });
  }

  const days = series.flatMap((s) => ((s.data ?? []) as Datum[]).map((d) => d.value[0]));
  // Labels of the rightmost points end at their point, so they stay inside the chart.
  const lastDay = days.reduce((a, b) => (b > a ? b : a), '');
  for (const s of series) {
    for (const d of (s.data ?? []) as Datum[]) {
      if (d.value[0] === lastDay) d.label = { ...(d.label as object | undefined), align: 'right' };
    }
  }
  const texts = [...(frame.parts.title ?? [])];
  if (days.length === 0) {
    texts.push(
      textBox(
        'empty',
        t('chart.noData'),
        { left: 'center', top: frame.top + 60 },
        { fontSize: 12, color: COLORS.muted },
      ),
    );
  }
  const ticks = days.length > 0 ? yearEndTicks(days) : [];
  // The value axis names its unit, in the one the plotted figures are shown in (万元 where all are small).
  const axis = valueAxis(
    unit,
    locale,
    series.flatMap((s) => ((s.data ?? []) as Datum[]).map((d) => d.value[1])),
  );
  const yearLabel = (value: number) => formatPeriod(String(new Date(value).getFullYear()), locale);

  return {
    ...frame.parts,
    ...(texts.length > 0 ? { title: texts } : {}),
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY },
    legend: {
      show: series.length > 1,
      top: frame.top + 4,
      left: 'center',
      itemWidth: 18,
      itemHeight: 10,
      textStyle: { fontSize: 11, color: COLORS.text },
    },
    grid: {
      left: 16,
      right: 32,
      top: frame.top + LEGEND_HEIGHT + 14,
      bottom: frame.bottom + 8,
      // The axis labels inside the grid's box: ECharts 6's form of `containLabel: true`, which without
      // the LegacyGridContainLabel feature does the same but logs a warning on every chart.
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'time',
      ...(ticks.length > 0 ? { min: ticks[0], max: padAfter(ticks[0]!, lastDay) } : {}),
      axisLabel: {
        customValues: ticks,
        formatter: yearLabel,
        color: COLORS.muted,
        fontSize: 11,
        hideOverlap: true,
      },
      axisTick: { customValues: ticks },
      splitLine: { show: false },
      axisLine: { lineStyle: { color: COLORS.axis } },
    },
    yAxis: {
      type: 'value',
      scale: false,
      // headroom above the highest point for its label, below the unit name
      max: (extent: { max: number }) => (extent.max > 0 ? niceCeil(extent.max * 1.12) : 0),
      name: axis.name,
      nameTextStyle: { color: COLORS.muted, fontSize: 11, align: 'left' },
      axisLabel: { formatter: axis.tick, color: COLORS.muted, fontSize: 11 },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => escapeHtml(String((p as { name?: unknown }).name ?? '')),
    },
    series,
  };
}

/** A day after `last` by 5 % of the span (at least 30 days), so the last point is not on the edge. */
function padAfter(first: string, last: string): string {
  const end = isoToDate(last);
  const pad = Math.max(30, Math.round(differenceInCalendarDays(end, isoToDate(first)) * 0.05));
  return dateToIso(addDays(end, pad));
}

/** The smallest "nice" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above x > 0. */
export function niceCeil(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * p >= x * (1 - 1e-12)) ?? 10;
  return Number((step * p).toPrecision(12));
}

/** A literal label text: ECharts reads {…} in a formatter string as a template. */
function escapeBraces(text: string): string {
  return text.replace(/[{}]/g, '');
}
