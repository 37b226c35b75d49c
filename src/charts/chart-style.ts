// Colours, fonts and the export header/footer shared by the chart builders.
import type { ChartDecoration } from './chart-input';

/**
 * The bundled font first (loaded for export), then common system CJK fonts. Single quotes inside:
 * ECharts' SVG renderer writes this into a double-quoted style attribute, and double quotes there
 * make the exported SVG invalid.
 */
export const FONT_FAMILY =
  "'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif";

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
    title?: Record<string, unknown>;
    graphic?: Record<string, unknown>[];
  };
}

const HEADER = 92;
const FOOTER = 34;
const SIDE = 16;

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
      title: {
        text: decoration.title,
        subtext: decoration.subtitle,
        left: SIDE,
        top: 10,
        itemGap: 6,
        textStyle: { fontSize: 18, fontWeight: 'bold', color: COLORS.text, fontFamily: FONT_FAMILY },
        subtextStyle: { fontSize: 12, color: COLORS.muted, fontFamily: FONT_FAMILY },
      },
      graphic: [
        {
          type: 'text',
          id: 'status',
          left: SIDE,
          top: 64,
          silent: true,
          style: {
            text: decoration.statusText,
            fontSize: 13,
            fontWeight: 'bold',
            fill: COLORS.text,
            fontFamily: FONT_FAMILY,
          },
        },
        {
          type: 'text',
          id: 'source',
          left: SIDE,
          bottom: 10,
          silent: true,
          style: { text: decoration.sourceLine, fontSize: 11, fill: COLORS.muted, fontFamily: FONT_FAMILY },
        },
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
