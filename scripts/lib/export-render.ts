// Server-side chart rendering for `npm run export`: ECharts SSR to SVG (the same option builders and
// decoration as the app), and SVG to PNG with resvg using the shipped Noto Sans SC (no system fonts, so
// the output is the same on every machine).
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { EXPORT_FONT_FAMILY, withExportFamily, type ExportFonts } from './export-fonts';

export function renderSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** All text drawn in an SVG (for choosing font subsets): the content of its <text>/<tspan> elements. */
export function svgText(svg: string): string {
  const out: string[] = [];
  for (const m of svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)</g)) out.push(m[1]!);
  return out
    .join('')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
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
  return resvg.render().asPng();
}
