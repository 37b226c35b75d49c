// How the export components draw and save files. The browser implementation loads the rendering code
// (ECharts renderers, the font) on first use only; tests pass their own.
import type { ChartRenderer } from '../../export/batch';
import { downloadFile } from '../../export/download';
import type { ExportChart } from '../../export/export-option';

export interface Exporter extends ChartRenderer {
  png: (chart: ExportChart, pixelRatio?: 2 | 3) => Promise<Uint8Array>;
  /** PNG for a deck's slide, where it can be drawn faster than `png` (the canvas renderer); else `png`. */
  deckPng?: (chart: ExportChart, pixelRatio: 2 | 3) => Promise<Uint8Array>;
  save: (data: Uint8Array | string, fileName: string, type: string) => void;
  print: () => void;
  /** Draw a chart into an element of the print layout; resolves to its disposer. */
  mount: (host: HTMLElement, chart: ExportChart) => Promise<() => void>;
  /** Make the bundled font ready for the characters of `text` (used for the print layout's own text). */
  loadFont: (text: string) => Promise<unknown>;
}

const rendering = () => import('../../export/render-chart');

export const browserExporter: Exporter = {
  png: async (chart, pixelRatio = 2) => (await rendering()).renderPng(chart, { pixelRatio }),
  svg: async (chart) => (await rendering()).renderSvg(chart),
  deckPng: async (chart, pixelRatio) =>
    (await import('../../export/canvas-png')).renderCanvasPng(chart, pixelRatio),
  save: downloadFile,
  print: () => window.print(),
  mount: async (host, chart) => (await rendering()).mountChart(host, chart, 2),
  loadFont: async (text) => (await rendering()).ensureExportFont(text),
};
