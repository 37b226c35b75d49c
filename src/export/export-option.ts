// The chart option of one exported panel: the app's option builder with the decoration drawn inside, made
// safe for SVG serialisation. Shared by the browser export and `npm run export`. Pure.
import type { EChartsOption } from 'echarts';
import { CHART_HEIGHTS, EXPORT_WIDTH, type ChartLocale } from '../charts/chart-input';
import { EXPORT_FONT_FAMILY } from '../charts/chart-style';
import { progressChartOption } from '../charts/progress-chart';
import type { Dataset, Indicator, Observation } from '../domain/dataset-schema';
import type { Progress } from '../domain/progress-types';
import { localName } from '../i18n/local-name';
import { chartDecoration } from './source-line';
import type { OutlineLabel } from './svg-outline';

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
  /** What the picture says in words (its SVG's <title> and <desc>: the text itself is drawn as outlines). */
  label: OutlineLabel;
}

/** Every text of an exported chart in the bundled font first (EXPORT_FONT_FAMILY, single-quoted). */
export function setExportFont(value: unknown, seen = new Set<unknown>()): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) {
    if (key === 'fontFamily' && typeof v === 'string') record[key] = EXPORT_FONT_FAMILY;
    else setExportFont(v, seen);
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

const SOURCE_FONT_SIZE = 11;
const SOURCE_LINE_HEIGHT = 15;
const SIDE_MARGINS = 32;

function charWidth(ch: string, fontSize: number): number {
  // CJK, full-width forms and CJK punctuation are square; the rest about half as wide.
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”‘’]/.test(
    ch,
  )
    ? fontSize
    : fontSize * 0.58;
}

export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, fontSize);
  return w;
}

/**
 * Break a source line so it fits `maxWidth`: between documents ('；' / '; ') where possible, inside a
 * citation only when one alone is too long. Estimated widths, with a margin to spare.
 */
export function wrapSourceLine(line: string, maxWidth: number, fontSize = SOURCE_FONT_SIZE): string[] {
  const segments = line.match(/[^；;]+(?:；|; ?|$)/g) ?? [line];
  const lines: string[] = [];
  let current = '';
  const push = () => {
    if (current) lines.push(current.trimEnd());
    current = '';
  };
  for (const segment of segments) {
    if (textWidth(current + segment, fontSize) <= maxWidth) {
      current += segment;
      continue;
    }
    push();
    for (const ch of segment) {
      if (textWidth(current + ch, fontSize) > maxWidth) push();
      current += ch;
    }
  }
  push();
  return lines.length > 0 ? lines : [line];
}

type TextBox = { id?: string; text?: unknown; textStyle?: Record<string, unknown> };

/** Give a long source line as many lines as it needs, growing the image downwards. Returns the extra height. */
function wrapSource(option: EChartsOption, width: number): number {
  const texts = (Array.isArray(option.title) ? option.title : []) as TextBox[];
  const source = texts.find((t) => t.id === 'source');
  if (!source || typeof source.text !== 'string') return 0;
  const lines = wrapSourceLine(source.text, width - SIDE_MARGINS);
  if (lines.length < 2) return 0;
  source.text = lines.join('\n');
  source.textStyle = { ...source.textStyle, lineHeight: SOURCE_LINE_HEIGHT };
  const extra = (lines.length - 1) * SOURCE_LINE_HEIGHT;
  const grid = option.grid as { bottom?: unknown } | undefined;
  if (grid && typeof grid.bottom === 'number') grid.bottom += extra;
  return extra;
}

export function exportChart(input: ExportChartInput): ExportChart {
  const { indicator, progress, dataset, locale, asOf, extra = [] } = input;
  const decoration = chartDecoration(indicator, progress, dataset, locale, asOf, extra);
  const option = progressChartOption({ indicator, progress, locale, asOf, decoration });
  setExportFont(option);
  // An exported image has no pointer: no tooltip, no animation frame to wait for.
  const exported: EChartsOption = { ...option, animation: false, tooltip: { show: false } };
  const text = [...strings(option.series, []), ...Object.values(decoration)].join('') + '0123456789.,%-';
  const width = Math.max(input.width ?? EXPORT_WIDTH, EXPORT_WIDTH);
  const grown = wrapSource(exported, width);
  const label = {
    title: decoration.title,
    description: [decoration.subtitle, decoration.statusText, decoration.sourceLine].join('\n'),
  };
  return { option: exported, width, height: CHART_HEIGHTS.progress.decorated + grown, text, label };
}

/** The smallest text of a slide's chart, in points on the slide shown at its size. */
export const SLIDE_CHART_MIN_PT = 14;
// ECharts draws a text with no size of its own at 12 px.
const ECHARTS_DEFAULT_FONT_SIZE = 12;

function fontSizes(value: unknown, out: number[] = [], seen = new Set<unknown>()): number[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  for (const [key, v] of Object.entries(value)) {
    if (key === 'fontSize' && typeof v === 'number') out.push(v);
    else fontSizes(v, out, seen);
  }
  return out;
}

function scaleFontSizes(value: unknown, factor: number, seen = new Set<unknown>()): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) {
    if (key === 'fontSize' && typeof v === 'number') record[key] = Math.round(v * factor * 10) / 10;
    else scaleFontSizes(v, factor, seen);
  }
}

/** Every font size an option sets. */
export function optionFontSizes(option: EChartsOption): number[] {
  return fontSizes(option);
}

/**
 * A panel's chart for a slide, drawn for its box there: `width` × `height` in points become as many px, so one
 * px of the picture is one point on the slide, and every font is enlarged so the smallest is `minPt`. No
 * title, status or source inside: the slide carries them as text. White, for any slide background.
 */
export function slideChart(
  input: Omit<ExportChartInput, 'width' | 'dataset' | 'extra'>,
  size: { width: number; height: number },
  minPt = SLIDE_CHART_MIN_PT,
): ExportChart {
  const { indicator, progress, locale, asOf } = input;
  const option = progressChartOption({ indicator, progress, locale, asOf });
  setExportFont(option);
  option.textStyle = { ...(option.textStyle as object), fontSize: ECHARTS_DEFAULT_FONT_SIZE };
  const factor = Math.max(1, minPt / Math.min(...fontSizes(option)));
  scaleFontSizes(option, factor);
  // The axis labels under the plot need room for their larger size.
  const grid = option.grid as { bottom?: unknown } | undefined;
  if (grid && typeof grid.bottom === 'number') grid.bottom = Math.round(grid.bottom * factor);
  const exported: EChartsOption = {
    ...option,
    backgroundColor: '#ffffff',
    animation: false,
    tooltip: { show: false },
  };
  const text = [...strings(option.series, []), ...strings(option.title, [])].join('') + '0123456789.,%-';
  // The slide says the title, status and source as its own text; the picture names what it shows.
  const label = { title: localName(indicator.name, locale), description: '' };
  return { option: exported, width: Math.round(size.width), height: Math.round(size.height), text, label };
}
