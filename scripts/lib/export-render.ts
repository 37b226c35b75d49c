// Server-side chart rendering for `npm run export`: ECharts SSR to SVG (the same option builders, decoration
// and ECharts parts as the app: echarts-setup), and SVG to PNG with resvg using the shipped Noto Sans SC (no
// system fonts, so the output is the same on every machine).
import { Resvg } from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';
import { echarts } from '../../src/charts/echarts-setup';
import { EXPORT_FONT_FAMILY, withExportFamily, type ExportFonts } from './export-fonts';
import { svgTextByWeight } from '../../src/export/svg-fonts';
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

/** All text drawn in an SVG (for choosing font subsets). */
export function svgText(svg: string): string {
  const { regular, bold } = svgTextByWeight(svg);
  return regular + bold;
}

/** PNG of an SVG, `scale` times its size, on white. */
export function svgToPng(svg: string, fonts: ExportFonts, scale: number): Buffer {
  const resvg = new Resvg(withExportFamily(svg, fonts.family), {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      fontFiles: fonts.files,
      loadSystemFonts: false,
      defaultFontFamily: EXPORT_FONT_FAMILY,
      sansSerifFamily: EXPORT_FONT_FAMILY,
    },
    logLevel: 'off',
  });
  // The scale as the PNG's DPI, as the app writes it (src/export/png-phys.ts).
  return Buffer.from(withPixelRatio(resvg.render().asPng(), scale));
}
