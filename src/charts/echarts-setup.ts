// ECharts with only the parts the option builders use (see the tests that check every option against
// these lists). Loaded with a dynamic import() by the chart wrapper, so it stays off the critical path.
// ECharts' core module itself rather than 'echarts/core': that entry also registers LabelLayout as a side
// effect, which the production bundle drops (ECharts declares the file side-effect free) but Node runs, so
// tests and SSR would draw with a part the app does not ship.
import { use as registerParts } from 'echarts/lib/extension.js';
import { dispose, getInstanceByDom, init } from 'echarts/lib/core/echarts.js';
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent, LegendPlainComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { ItemTooltipComponent, LabelHideOverlap } from './echarts-parts';

registerParts([
  // Line only: points without a line are a line series too (chart-style.ts pointsOnly), not ScatterChart.
  LineChart,
  // Grid and tooltip without the axis pointer (GridComponent and TooltipComponent each install it).
  GridSimpleComponent,
  ItemTooltipComponent,
  // Every text placed on its own (export title, subtitle, status, source line; "no data") is a title
  // (chart-style.ts textBox); GraphicComponent would cost 4.6 kB gzip more.
  TitleComponent,
  // The plain legend only: LegendComponent adds the scrolling legend (type: 'scroll'), which no chart uses.
  LegendPlainComponent,
  // labelLayout.hideOverlap alone, not the whole LabelLayout feature.
  LabelHideOverlap,
  // SVG only: the panels draw SVG, and the PNG export and print layout draw the export SVG on a canvas
  // (src/export/render-chart.ts). CanvasRenderer would cost 4.5 kB gzip more; init() with
  // renderer 'canvas' now throws.
  SVGRenderer,
]);

/** Series types and top-level components registered above; an option using anything else draws nothing. */
export const REGISTERED_SERIES = ['line'] as const;
export const REGISTERED_COMPONENTS = ['grid', 'xAxis', 'yAxis', 'tooltip', 'title', 'legend'] as const;

/**
 * Only the functions the chart wrapper (echarts-for-react) and the exporter call. Re-exporting the whole
 * `echarts/core` namespace would keep every helper it exports in the bundle.
 */
export const echarts = { init, getInstanceByDom, dispose };
