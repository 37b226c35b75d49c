// The chart option of one exported panel: the app's option builder with the decoration drawn inside, made
// safe for SVG serialisation. Shared by the browser export and `npm run export`. Pure.
import type { EChartsOption } from 'echarts';
import { CHART_HEIGHTS, EXPORT_WIDTH, type ChartLocale } from '../charts/chart-input';
import { progressChartOption } from '../charts/progress-chart';
import type { Dataset, Indicator, Observation } from '../domain/dataset-schema';
import type { Progress } from '../domain/progress-types';
import { chartDecoration } from './source-line';

export interface ExportChartInput {
  indicator: Indicator;
  progress: Progress;
  dataset: Pick<Dataset, 'documents' | 'regions'>;
  locale: ChartLocale;
  asOf: Date;
  /** The user's imported observations of this indicator (already included in `progress`). */
  extra?: readonly Observation[];
  width?: number;
}

export interface ExportChart {
  option: EChartsOption;
  width: number;
  height: number;
  /** Every text drawn, for loading the font subsets before drawing. */
  text: string;
}

/**
 * ECharts writes `font-family` into an SVG `style="…"` attribute without escaping, so a family name in
 * double quotes ends the attribute and makes the SVG invalid XML. Single quotes are equivalent in CSS.
 */
export function singleQuoteFonts(value: unknown, seen = new Set<unknown>()): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) {
    if (key === 'fontFamily' && typeof v === 'string') record[key] = v.replace(/"/g, "'");
    else singleQuoteFonts(v, seen);
  }
}

function strings(value: unknown, out: string[], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) strings(v, out, seen);
  }
  return out;
}

export function exportChart(input: ExportChartInput): ExportChart {
  const { indicator, progress, dataset, locale, asOf, extra = [] } = input;
  const decoration = chartDecoration(indicator, progress, dataset, locale, extra);
  const option = progressChartOption({ indicator, progress, locale, asOf, decoration });
  singleQuoteFonts(option);
  // An exported image has no pointer: no tooltip, no animation frame to wait for.
  const exported: EChartsOption = { ...option, animation: false, tooltip: { show: false } };
  const text = [...strings(option.series, []), ...Object.values(decoration)].join('') + '0123456789.,%-';
  return {
    option: exported,
    width: Math.max(input.width ?? EXPORT_WIDTH, EXPORT_WIDTH),
    height: CHART_HEIGHTS.progress.decorated,
    text,
  };
}
