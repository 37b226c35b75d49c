// What every chart-option builder takes. Pure data: no DOM, no React.
import type { Indicator } from '../domain/dataset-schema';
import type { Progress } from '../domain/progress-types';
import type { Locale } from '../i18n/translate';

export type ChartLocale = Locale;

/** Text drawn inside the image when a chart is exported (title, unit/period, status, source line). */
export interface ChartDecoration {
  title: string;
  subtitle: string;
  sourceLine: string;
  statusText: string;
}

export interface ChartInput {
  indicator: Indicator;
  progress: Progress;
  locale: ChartLocale;
  asOf: Date;
  /** Present means "for export": the texts are drawn inside the chart on a white background. */
  decoration?: ChartDecoration;
}

/**
 * Heights (px) the options are laid out for. The progress chart's label lanes need a plot area of at
 * least ~80 px; decoration adds a header (title, subtitle, status) and a footer (source line).
 */
export const CHART_HEIGHTS = {
  progress: { plain: 150, decorated: 280 },
  series: { plain: 240, decorated: 380 },
} as const;

/** Minimum export width the decorated layouts are designed for. */
export const EXPORT_WIDTH = 1200;
