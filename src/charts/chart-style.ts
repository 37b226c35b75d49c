// Colours, fonts and the export header/footer shared by the chart builders.
import type { ChartDecoration } from './chart-input';

// Single quotes inside the font lists: ECharts' SVG renderer writes them into a double-quoted style
// attribute, and double quotes there would make an exported SVG invalid.
export const SYSTEM_CJK =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', " +
  "'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei'";

/**
 * The page's CJK placeholder font (scripts/lib/placeholder-font.ts): one empty glyph as wide as Noto Sans SC's
 * ideographs, which holds the place of Chinese text until Noto Sans SC arrives on a machine without a CJK font.
 */
export const PLACEHOLDER_FAMILY = 'Scitech CJK Placeholder';

/**
 * On screen, as the page's CSS (--font in src/styles/base.css): a system CJK font first, so that a machine
 * with one never downloads the bundled Noto Sans SC (a chart's text would otherwise fetch its subsets on
 * every machine); Latin in system-ui, so it never changes font; the first screen's cut of Noto Sans SC (its
 * rules are in the built page: scripts/lib/first-screen-font.ts); the placeholder while Noto Sans SC loads.
 */
export const FONT_FAMILY = `${SYSTEM_CJK}, system-ui, 'Noto Sans SC First', 'Noto Sans SC', '${PLACEHOLDER_FAMILY}', sans-serif`;

/** In exported images: the bundled font first (the export draws its glyphs as outlines), the same on any machine. */
export const EXPORT_FONT_FAMILY = `'Noto Sans SC', ${SYSTEM_CJK}, sans-serif`;

export const COLORS = {
  text: '#1f2937',
  muted: '#6b7280',
  axis: '#9ca3af',
  grid: '#e5e7eb',
  track: '#e5e7eb',
  actual: '#2563eb',
  baseline: '#64748b',
  target: '#111827',
  expected: '#d97706',
  implied: '#7c3aed',
  userSupplied: '#0891b2',
  background: '#ffffff',
} as const;

export interface Frame {
  /** px reserved above the chart body */
  top: number;
  /** px reserved below the chart body */
  bottom: number;
  /** option parts to spread into the EChartsOption */
  parts: {
    backgroundColor?: string;
    title?: TextBox[];
  };
}

/** A text drawn at a place of its own: an entry of the option's `title` list. */
export type TextBox = Record<string, unknown> & { id: string; text: string };

const HEADER = 92;
const FOOTER = 34;
const SIDE = 16;

/**
 * A line of text at a place of the chart, e.g. `{ left: 16, bottom: 10 }`. ECharts' title component draws
 * it (a chart can have several): the graphic component would draw the same for 4.6 kB gzip more.
 */
export function textBox(
  id: string,
  text: string,
  place: Record<string, number | string>,
  style: { fontSize: number; color: string; fontWeight?: 'bold' },
): TextBox {
  const textStyle = { fontWeight: 'normal', ...style, fontFamily: FONT_FAMILY }; // a title is bold by default
  return { id, text, ...place, padding: 0, textStyle };
}

/**
 * The export frame: title + subtitle (unit, period) at the top left, the status on its own line below
 * them (so a long title never runs into it), the source line at the bottom left, white background.
 * Without decoration the chart is drawn bare and transparent, for the panel.
 */
export function chartFrame(decoration: ChartDecoration | undefined): Frame {
  if (!decoration) return { top: 0, bottom: 0, parts: {} };
  return {
    top: HEADER,
    bottom: FOOTER,
    parts: {
      backgroundColor: COLORS.background,
      title: [
        {
          id: 'title',
          text: decoration.title,
          subtext: decoration.subtitle,
          left: SIDE,
          top: 15,
          // No padding, as the status and source lines (textBox): all three start at x = SIDE. ECharts' 5 px
          // default put the title at 21 and the rest at 16; top 15 keeps the title where it was.
          padding: 0,
          itemGap: 6,
          textStyle: { fontSize: 18, fontWeight: 'bold', color: COLORS.text, fontFamily: FONT_FAMILY },
          subtextStyle: { fontSize: 12, color: COLORS.muted, fontFamily: FONT_FAMILY },
        },
        textBox(
          'status',
          decoration.statusText,
          { left: SIDE, top: 64 },
          { fontSize: 13, fontWeight: 'bold', color: COLORS.text },
        ),
        textBox(
          'source',
          decoration.sourceLine,
          { left: SIDE, bottom: 10 },
          { fontSize: 11, color: COLORS.muted },
        ),
      ],
    },
  };
}

/**
 * A series drawn as points only: a line series whose line has no width (so no hover outline either), with
 * the 80 % opacity of ECharts' scatter series. It draws what a scatter series did, without shipping
 * ECharts' ScatterChart too.
 */
export function pointsOnly(itemStyle: Record<string, unknown> = {}) {
  return { type: 'line', lineStyle: { width: 0 }, itemStyle: { opacity: 0.8, ...itemStyle } } as const;
}

/** Escape text for ECharts' HTML tooltip: names and notes may come from a user's imported file. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
