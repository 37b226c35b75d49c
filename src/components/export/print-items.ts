// What the print layout says of each panel, as text: its title, where and in what unit, the status with its
// reason, the figures (baseline, latest, target, then the gap and growth rows a detailed panel shows) and the
// source line; and its chart, drawn bare (no title, status or source inside it: each fact is said once).
// Pure: no DOM, no React.
import { progressChartOption } from '../../charts/progress-chart';
import type { Dataset, Indicator, Observation } from '../../domain/dataset-schema';
import { formatPeriod, sharedMoneyUnit } from '../../domain/format';
import { amountsShown } from '../../domain/progress';
import type { Progress } from '../../domain/progress-types';
import type { ExportChart } from '../../export/export-option';
import { indicatorSourceLine, indicatorTitle, statusText } from '../../export/source-line';
import { printWord } from '../../i18n/print-words';
import { translator, type Locale } from '../../i18n/translate';
import { growthRows, pointWithPeriod, targetText } from '../../i18n/panel-facts';
import { PRINT_LIMIT } from './print-limit';

/**
 * The print sheet's width: A4's 210 mm less its two 12 mm margins (styles/print.css), in CSS px. A chart
 * drawn this wide is printed at its own size: its 11 px axis labels are 8.25 pt on paper.
 */
export const PRINT_WIDTH_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);

/**
 * The chart's height: taller than the panel's (CHART_HEIGHTS.progress.plain, 150 px), so its label lanes
 * breathe and three panels fill an A4 page (48 mm of 273).
 */
export const PRINT_CHART_HEIGHT_PX = 180;

export interface PrintFact {
  key: string;
  label: string;
  value: string;
}

export interface PrintItem {
  id: string;
  title: string;
  /**
   * The unit the figures are in, as the panel names it: '单位：亿元', '单位：bn yuan'; null when they are shown
   * partly in 亿元 and partly in 万元 (each figure says its own). The title names the region.
   */
  unit: string | null;
  statusText: string;
  facts: PrintFact[];
  sourceLine: string;
  chart: ExportChart;
}

export interface PrintInput {
  dataset: Pick<Dataset, 'documents' | 'regions'>;
  indicators: readonly Indicator[];
  progress: ReadonlyMap<string, Progress | null>;
  extra?: ReadonlyMap<string, readonly Observation[]>;
  locale: Locale;
  asOf: Date;
}

/** Baseline, latest and target, then the rows under them (gap, growth needed and observed, trend, result). */
export function printFacts(p: Progress, indicator: Indicator, locale: Locale): PrintFact[] {
  const t = translator(locale);
  let latest = pointWithPeriod(p.latest, indicator.unit, t, locale);
  if (p.flow) {
    const from = formatPeriod(p.flow.windowStart, locale);
    const to = formatPeriod(p.flow.windowEnd, locale);
    latest += `${t('text.phraseSeparator')}${t('panel.flowWindow', { from, to })}`;
  }
  return [
    {
      key: 'baseline',
      label: t('panel.baseline'),
      value: pointWithPeriod(p.baseline, indicator.unit, t, locale),
    },
    { key: 'latest', label: t('panel.latest'), value: latest },
    { key: 'target', label: t('panel.target'), value: targetText(p, indicator, t, locale) },
    ...growthRows(p, indicator, t, locale).map((r) => ({ key: r.key, label: r.label, value: r.value })),
  ];
}

/** The unit line of the panel's header (IndicatorPanel.tsx): money in the unit its amounts are shown in. */
function unitLine(p: Progress, indicator: Indicator, locale: Locale): string | null {
  const t = translator(locale);
  const unit =
    indicator.unit === '亿元' ? sharedMoneyUnit(amountsShown(p), locale) : t(`unit.${indicator.unit}`);
  return unit === null ? null : t('panel.unit', { unit });
}

/** The panel's progress chart as the page draws it (bare, transparent), as wide as the printed column. */
export function printChart(
  indicator: Indicator,
  progress: Progress,
  locale: Locale,
  asOf: Date,
): ExportChart {
  const option = progressChartOption({ indicator, progress, locale, asOf });
  return {
    option: { ...option, animation: false, tooltip: { show: false } },
    width: PRINT_WIDTH_PX,
    height: PRINT_CHART_HEIGHT_PX,
    text: '',
    // Printed as real text beside the panel's own title: the chart needs no label of its own.
    label: { title: '', description: '' },
  };
}

/**
 * One item per indicator with a progress, in the order given, the first `limit`; an indicator whose progress
 * failed is left out.
 */
export function printItems(input: PrintInput, limit = PRINT_LIMIT): PrintItem[] {
  const { dataset, indicators, progress, extra, locale, asOf } = input;
  return indicators.slice(0, limit).flatMap((indicator) => {
    const p = progress.get(indicator.id);
    if (!p) return [];
    return [
      {
        id: indicator.id,
        title: indicatorTitle(indicator, dataset, locale),
        unit: unitLine(p, indicator, locale),
        statusText: statusText(p, indicator.unit, locale),
        facts: printFacts(p, indicator, locale),
        sourceLine: indicatorSourceLine(indicator, dataset, locale, extra?.get(indicator.id) ?? []),
        chart: printChart(indicator, p, locale, asOf),
      },
    ];
  });
}

const CHART_WORDS = [
  'chart.label.baseline',
  'chart.label.latest',
  'chart.label.target',
  'chart.label.impliedTarget',
  'chart.label.expected',
  'chart.label.projection',
  'chart.noActual',
  'chart.noData',
] as const;

/**
 * Every character the print layout of a view draws (its charts' words and digits included), without
 * building the charts: what a machine without a Chinese font must have loaded of the bundled font before
 * the browser's own print lays the sheet out.
 */
export function printText(input: PrintInput, limit = PRINT_LIMIT): string {
  const { dataset, progress, extra, locale } = input;
  const indicators = input.indicators.slice(0, limit);
  const t = translator(locale);
  const parts: string[] = CHART_WORDS.map((key) => t(key, { value: '' }));
  if (input.indicators.length > limit) parts.push(printWord(locale, 'limited', { shown: 0, total: 0 }));
  parts.push('0123456789.,%-−+~—…()（）');
  for (const indicator of indicators) {
    const p = progress.get(indicator.id);
    if (!p) continue;
    parts.push(
      indicatorTitle(indicator, dataset, locale),
      unitLine(p, indicator, locale) ?? '',
      statusText(p, indicator.unit, locale),
      indicatorSourceLine(indicator, dataset, locale, extra?.get(indicator.id) ?? []),
    );
    for (const f of printFacts(p, indicator, locale)) parts.push(f.label, f.value);
  }
  return [...new Set(parts.join(''))].join('');
}
