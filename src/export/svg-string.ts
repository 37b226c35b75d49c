// A chart's SVG as ECharts' SSR string renderer draws it, its text as <text> in the page's font: the print
// layout places it inline (real, selectable text); render-chart outlines it for the exported file.
import type { ExportChart } from './export-option';
import { echarts } from '../charts/echarts-setup';

export function renderSvgString(chart: ExportChart): string {
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: chart.width,
    height: chart.height,
  });
  try {
    instance.setOption(chart.option);
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
