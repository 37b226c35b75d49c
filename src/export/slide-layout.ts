// Where each text and the chart go on a slide of the deck, in inches on a 16:9 wide slide (13.333 × 7.5 in,
// PowerPoint's "Widescreen"), every text fitted to its box (slide-text.ts). Pure: the deck writer
// (pptx-deck.ts) only hands these boxes to pptxgenjs.
import type { SlideFacts } from './slide-facts';
import { fitText, type FitOptions } from './slide-text';

export const SLIDE = { w: 13.333, h: 7.5 } as const;
const MARGIN = 0.5;
const WIDTH = SLIDE.w - 2 * MARGIN;
const FACT_GAP = 0.25;

export const COLOR = { text: '111827', muted: '6B7280', cover: '4B5563' } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SlideText extends Box {
  /** What it is ('title', 'status', 'fact-baseline-label', …): the shape's name in the file. */
  name: string;
  text: string;
  /** In points. */
  size: number;
  /** Exact line spacing, in points. */
  lineSpacing: number;
  /** How many lines it was fitted as. */
  lines: number;
  bold: boolean;
  /** RRGGBB */
  color: string;
  valign: 'top' | 'middle' | 'bottom';
}

export interface ChartSlideText {
  title: string;
  /** Unit, period and as-of date. */
  subtitle: string;
  sourceLine: string;
  facts: SlideFacts;
}

export interface ChartSlideLayout {
  texts: SlideText[];
  /** The chart's box: its picture is drawn for this size (export-option.ts slideChart). */
  chart: Box;
}

function text(
  name: string,
  box: Box,
  content: string,
  fit: FitOptions,
  style: { bold?: boolean; color: string; valign?: SlideText['valign'] },
): SlideText {
  const f = fitText(content, box.w, box.h, fit);
  return {
    name,
    lines: f.lines,
    ...box,
    text: f.text,
    size: f.size,
    lineSpacing: f.lineSpacing,
    bold: style.bold ?? false,
    color: style.color,
    valign: style.valign ?? 'top',
  };
}

/** The chart's box on every chart slide: full width, between the subtitle and the status. */
export const CHART_BOX: Box = { x: MARGIN, y: 1.75, w: WIDTH, h: 2.65 };

/**
 * Title (up to two lines, 28 pt down to 18) and subtitle on top; the chart across the slide; the status
 * under it; baseline, latest, target and gap in four columns; the source line at the foot.
 */
export function chartSlideLayout(content: ChartSlideText): ChartSlideLayout {
  const { facts } = content;
  const column = (WIDTH - 3 * FACT_GAP) / 4;
  const texts = [
    text(
      'title',
      { x: MARGIN, y: 0.3, w: WIDTH, h: 0.9 },
      content.title,
      { maxPt: 28, minPt: 18 },
      { bold: true, color: COLOR.text, valign: 'bottom' },
    ),
    text(
      'subtitle',
      { x: MARGIN, y: 1.22, w: WIDTH, h: 0.45 },
      content.subtitle,
      { maxPt: 14, minPt: 12 },
      { color: COLOR.muted },
    ),
    text(
      'status',
      { x: MARGIN, y: 4.55, w: WIDTH, h: 0.7 },
      facts.status,
      { maxPt: 18, minPt: 12 },
      { bold: true, color: COLOR.text },
    ),
    ...facts.facts.flatMap((fact, i) => {
      const x = MARGIN + i * (column + FACT_GAP);
      return [
        text(
          `${fact.key}-label`,
          { x, y: 5.35, w: column, h: 0.3 },
          fact.label,
          { maxPt: 12, minPt: 12 },
          { color: COLOR.muted },
        ),
        text(
          fact.key,
          { x, y: 5.65, w: column, h: 0.95 },
          fact.value,
          { maxPt: 16, minPt: 12 },
          { color: COLOR.text },
        ),
      ];
    }),
    text(
      'source',
      { x: MARGIN, y: 6.7, w: WIDTH, h: 0.55 },
      content.sourceLine,
      { maxPt: 12, minPt: 10 },
      { color: COLOR.muted },
    ),
  ];
  return { texts, chart: CHART_BOX };
}

export interface CoverText {
  title: string;
  /** The filter in words ("地区：重庆市；状态：需加快"). */
  filterText: string;
  /** "评估日期：2025年6月30日" */
  asOfText: string;
  /** e.g. "共 12 项指标" */
  countText?: string;
}

/** The deck's title, then the filter (as long as it is: fitted to its box), the as-of date and the count. */
export function coverLayout(cover: CoverText): SlideText[] {
  const title = text(
    'title',
    { x: MARGIN, y: 1.9, w: WIDTH, h: 1.3 },
    cover.title,
    { maxPt: 36, minPt: 24 },
    { bold: true, color: COLOR.text, valign: 'bottom' },
  );
  const style = { color: COLOR.cover };
  const fit = { maxPt: 18, minPt: 12 };
  const filter = text('filter', { x: MARGIN, y: 3.4, w: WIDTH, h: 2 }, cover.filterText, fit, style);
  // The lines below follow the filter's last line, however many it has.
  filter.h = Math.ceil((filter.lines * filter.lineSpacing * 100) / 72) / 100;
  const lines = [filter];
  for (const [name, content] of [
    ['as-of', cover.asOfText],
    ['count', cover.countText],
  ] as const) {
    if (!content) continue;
    const last = lines[lines.length - 1]!;
    lines.push(text(name, { x: MARGIN, y: last.y + last.h + 0.08, w: WIDTH, h: 0.4 }, content, fit, style));
  }
  return [title, ...lines];
}
