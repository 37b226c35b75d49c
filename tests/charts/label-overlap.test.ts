// Labels that would overlap are hidden (labelLayout.hideOverlap) by the ECharts the app ships as by the
// complete ECharts with its LabelLayout feature. The expected labels were recorded by drawing these options
// with the complete ECharts (`import * as echarts from 'echarts'`; it cannot run here: its registrations
// would apply to this file's ECharts too).
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { echarts } from '../../src/charts/echarts-setup';
import { seriesChartOption } from '../../src/charts/series-chart';
import type { ChartInput } from '../../src/charts/chart-input';
import { AS_OF, indicator, ipPledge, obs, techLoans } from './fixtures';

type Chart = ReturnType<typeof echarts.init>;

/** The data labels a chart draws (texts with a value in 亿元), in order. */
function drawnLabels(chart: Chart): string[] {
  const texts = [...chart.renderToSVGString().matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
  return texts.filter((t) => / 亿元/.test(t)).map((t) => t.replace('&gt;', '>'));
}

function dataLabels(option: EChartsOption, width: number): string[] {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: 240 });
  try {
    chart.setOption(option);
    return drawnLabels(chart);
  } finally {
    chart.dispose();
  }
}

/** Monthly actuals through 2024 and a December target, `step` apart: their labels collide when narrow. */
function crowded(months: number, step: number): ChartInput {
  const actuals = Array.from({ length: months }, (_, i) =>
    obs('actual', `2024-${String(i + 1).padStart(2, '0')}`, 6000 + i * step),
  );
  const target = obs('target', '2024-12', 6000 + months * step, { qualifier: '>=' });
  return {
    indicator: indicator('crowded', '拥挤', 'Crowded', '亿元', [...actuals, target]),
    progress: { ...techLoans.progress, baseline: null, latest: null },
    locale: 'zh-CN',
    asOf: AS_OF,
  };
}

const values = (...v: string[]) => v.map((x) => `${x} 亿元`);

describe('hiding overlapping labels, as ECharts with LabelLayout does', () => {
  it.each([
    [320, [...values('6,000'), '6,060 亿元以上（2024年12月）']],
    [480, [...values('6,000', '6,010', '6,020'), '6,060 亿元以上（2024年12月）']],
    [
      900,
      [
        ...values('6,000', '6,005', '6,010', '6,015', '6,020', '6,025', '6,030', '6,035', '6,040'),
        '6,060 亿元以上（2024年12月）',
      ],
    ],
  ])('12 nearly level monthly actuals and a target, %i px wide', (width, expected) => {
    expect(dataLabels(seriesChartOption(crowded(12, 5)), width)).toEqual(expected);
  });

  it.each([
    [320, [...values('6,000', '6,800', '7,600'), '8,400 亿元以上（2024年12月）']],
    [480, [...values('6,000', '6,800', '7,600'), '8,400 亿元以上（2024年12月）']],
    [900, [...values('6,000', '6,400', '6,800', '7,200', '7,600', '8,000'), '8,400 亿元以上（2024年12月）']],
  ])('6 rising monthly actuals and a target, %i px wide', (width, expected) => {
    expect(dataLabels(seriesChartOption(crowded(6, 400)), width)).toEqual(expected);
  });

  it.each([320, 900])('a roomy chart keeps every label (%i px)', (width) => {
    const option = seriesChartOption({ ...ipPledge, locale: 'zh-CN', asOf: AS_OF });
    expect(dataLabels(option, width)).toEqual([
      ...values('30', '52', '80'),
      '100 亿元以上（2025年）',
      '超过150 亿元（2027年）',
    ]);
  });

  it('shows hidden labels again when the chart widens or is reused for a roomy chart', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 320, height: 240 });
    try {
      chart.setOption(seriesChartOption(crowded(12, 5)));
      expect(drawnLabels(chart)).toHaveLength(2);
      chart.resize({ width: 900, height: 240 });
      expect(drawnLabels(chart)).toEqual(dataLabels(seriesChartOption(crowded(12, 5)), 900));
      chart.setOption(seriesChartOption({ ...ipPledge, locale: 'zh-CN', asOf: AS_OF }), { notMerge: true });
      expect(drawnLabels(chart)).toHaveLength(5);
    } finally {
      chart.dispose();
    }
  });
});
