// Server-side chart rendering for `npm run export`: ECharts SSR to SVG (the same option builders, decoration
// and ECharts parts as the app: echarts-setup), its text drawn as outlines of the shipped Noto Sans SC
// (src/export/svg-outline.ts), and that SVG to PNG with resvg: no font is loaded, so the PNG is the SVG's
// picture, the same on every machine.
import { Resvg } from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';
import { echarts } from '../../src/charts/echarts-setup';
import { exportGlyphs } from './export-fonts';
import { svgTextByWeight } from '../../src/export/svg-fonts';
import { outlineSvgText, type OutlineLabel } from '../../src/export/svg-outline';
import { withPixelRatio } from '../../src/export/png-phys';

export function renderSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart's SVG with its text as outlines of the shipped font, titled. */
export function renderOutlinedSvg(
  option: EChartsOption,
  width: number,
  height: number,
  label: OutlineLabel,
): string {
  const svg = renderSvg(option, width, height);
  return outlineSvgText(svg, exportGlyphs(svgTextByWeight(svg)), label);
}

/** PNG of an (outlined) SVG, `scale` times its size, on white. */
export function svgToPng(svg: string, scale: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false },
    logLevel: 'off',
  });
  // The scale as the PNG's DPI, as the app writes it (src/export/png-phys.ts).
  return Buffer.from(withPixelRatio(resvg.render().asPng(), scale));
}
