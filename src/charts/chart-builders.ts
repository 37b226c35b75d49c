// The panels' option builders by chart kind, loaded with ECharts (components/chart/echarts-loader.ts): no
// option is built before ECharts is there to draw it, so they need not be on the first screen's path.
import { progressChartOption } from './progress-chart';
import { seriesChartOption } from './series-chart';

export const CHART_BUILDERS = { progress: progressChartOption, series: seriesChartOption } as const;
export type ChartKind = keyof typeof CHART_BUILDERS;
