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
  /** Make the bundled font ready for the characters of `text` (a deck loads it once for all its charts). */
  loadFont?: (text: string) => Promise<unknown>;
}

const rendering = () => import('../../export/render-chart');

export const browserExporter: Exporter = {
  png: async (chart, pixelRatio = 2) => (await rendering()).renderPng(chart, { pixelRatio }),
  svg: async (chart) => (await rendering()).renderSvg(chart),
  deckPng: async (chart, pixelRatio) =>
    (await import('../../export/canvas-png')).renderCanvasPng(chart, pixelRatio),
  save: downloadFile,
  print: () => window.print(),
  loadFont: async (text) => (await import('../../export/export-font')).ensureExportFont(text),
};
