// ECharts with only the parts the option builders use (tests/charts: registered.ts checks every option
// against the lists below; render.test.ts draws them with exactly these parts). Loaded with a dynamic
// import() by the chart wrapper, so it stays off the critical path; `npm run export` draws with it too.
// What each part costs and what it was traded for is in the comments below (gzip, measured on this chunk).
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
  // Line only: points without a line are a line series too (chart-style.ts pointsOnly), not ScatterChart
  // (1.9 kB).
  LineChart,
  // Grid and tooltip without the axis pointer, which GridComponent and TooltipComponent each install
  // (7 kB). The item tooltip itself costs 9.1 kB.
  GridSimpleComponent,
  ItemTooltipComponent,
  // Every text placed on its own (export title, subtitle, status, source line; "no data") is a title
  // (0.7 kB; chart-style.ts textBox); GraphicComponent would cost 4.6 kB more.
  TitleComponent,
  // The plain legend only (3.8 kB): LegendComponent adds the scrolling legend, which no chart uses (1.8 kB).
  LegendPlainComponent,
  // labelLayout.hideOverlap alone (0.2 kB), not the whole LabelLayout feature (4.4 kB).
  LabelHideOverlap,
  // SVG only (8.9 kB): the panels draw SVG, and the PNG export and print layout draw the export SVG on a
  // canvas (src/export/render-chart.ts). CanvasRenderer would cost 4.5 kB more; init() with renderer
  // 'canvas' throws.
  SVGRenderer,
]);

/** Series types and top-level components registered above; an option using anything else draws nothing. */
export const REGISTERED_SERIES = ['line'] as const;
export const REGISTERED_COMPONENTS = ['grid', 'xAxis', 'yAxis', 'tooltip', 'title', 'legend'] as const;

/**
 * Only the functions the chart wrapper (LazyChart) and the exporters call. Re-exporting ECharts' whole
 * namespace would keep every helper it exports in the bundle.
 */
export const echarts = { init, getInstanceByDom, dispose };
