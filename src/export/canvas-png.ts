// A chart drawn straight onto a canvas by ECharts' canvas renderer, for the PPTX deck: no SVG string, no font
// subsets embedded in it and no image to decode per chart, where the export SVG route (render-chart.ts
// renderPng) spent most of a 58-slide deck's time. The canvas draws with the page's own fonts: the bundled
// Noto Sans SC subsets the chart's text needs are loaded first (ensureExportFont). CanvasRenderer is
// registered here, so only the click that needs it loads it (ACTIONS in scripts/lib/bundle.ts).
import { use as registerParts } from 'echarts/lib/extension.js';
import { CanvasRenderer } from 'echarts/renderers';
import { echarts } from '../charts/echarts-setup';
import type { ExportChart } from './export-option';
import { CSS_DPI, withPixelRatio } from './png-phys';
import { ensureExportFont } from './export-font';

registerParts([CanvasRenderer]);

/**
 * PNG bytes of a slide's chart at `pixelRatio` times its size, on white. A slide's chart is sized in points
 * (export-option.ts slideChart), so its DPI is 72 × pixelRatio: copied out of the deck, it keeps its size.
 */
export async function renderCanvasPng(chart: ExportChart, pixelRatio: 2 | 3): Promise<Uint8Array> {
  await ensureExportFont(chart.text);
  const instance = echarts.init(document.createElement('div'), null, {
    renderer: 'canvas',
    width: chart.width,
    height: chart.height,
    devicePixelRatio: pixelRatio,
  });
  try {
    // setOption paints at once; the chart's own canvas is the picture (renderToCanvas would paint it again).
    instance.setOption({ ...chart.option, backgroundColor: '#ffffff' });
    const canvas = instance.getDom().querySelector('canvas');
    if (!canvas) throw new Error('ECharts drew no canvas');
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the PNG');
    return withPixelRatio(new Uint8Array(await blob.arrayBuffer()), (pixelRatio * 72) / CSS_DPI);
  } finally {
    instance.dispose();
  }
}
