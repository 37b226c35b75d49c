// @vitest-environment jsdom
// The live chart's tooltip, as a mouse brings it up: the ECharts the app ships, drawn into an element with
// the SVG renderer as on the dashboard, then a pointer moved over a point.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EChartsOption } from 'echarts';
import { echarts } from '../../src/charts/echarts-setup';
import { progressChartOption } from '../../src/charts/progress-chart';
import { seriesChartOption } from '../../src/charts/series-chart';
import { AS_OF, ipPledge, obs, point, techLoans } from './fixtures';

type Chart = ReturnType<typeof echarts.init>;
const charts: Chart[] = [];
beforeEach(() => {
  // jsdom has no canvas: text is measured by ECharts' own estimate (jsdom would log each attempt).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const c of charts.splice(0)) c.dispose();
  document.body.innerHTML = '';
});

function draw(option: EChartsOption): { chart: Chart; host: HTMLElement } {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const chart = echarts.init(host, undefined, { renderer: 'svg', width: 480, height: 240 });
  charts.push(chart);
  chart.setOption(option);
  return { chart, host };
}

/** Move the pointer to a data point, as the browser's mousemove would. */
function hover(chart: Chart, seriesName: string, value: [number | string, number]): void {
  const option = chart.getOption() as { series: { name: string }[] };
  const seriesIndex = option.series.findIndex((s) => s.name === seriesName);
  const [x, y] = chart.convertToPixel({ seriesIndex }, value) as number[];
  const zr = chart.getZr() as unknown as { handler: { dispatch(type: string, e: object): void } };
  zr.handler.dispatch('mousemove', { zrX: x, zrY: y, offsetX: x, offsetY: y });
}

/** The tooltip's element: ECharts adds it to the chart's element, after the drawing's own. */
function tooltip(host: HTMLElement): HTMLElement | null {
  const el = host.children[1] as HTMLElement | undefined;
  return el && el.style.display !== 'none' ? el : null;
}
const tooltipText = (host: HTMLElement) => tooltip(host)?.textContent ?? '';

describe('tooltip on the live charts', () => {
  it('progress chart: the point under the pointer, by name', () => {
    const { chart, host } = draw(progressChartOption({ ...ipPledge, locale: 'zh-CN', asOf: AS_OF }));
    expect(tooltipText(host)).toBe('');
    hover(chart, 'points', [80, 0]);
    expect(tooltipText(host)).toBe('最新 80 亿元（2024年）');
  });

  it('series chart: an actual with its period and import mark, a target with its qualifier', () => {
    const imported = obs('actual', '2025-03', 7200, { userSupplied: true });
    const input = { ...techLoans, progress: { ...techLoans.progress, latest: point(imported) } };
    const { chart, host } = draw(seriesChartOption({ ...input, locale: 'zh-CN', asOf: AS_OF }));
    hover(chart, '实际值', ['2025-03-31', 7200]);
    expect(tooltipText(host)).toContain('7,200 亿元（2025年3月）（用户导入）');

    const targets = draw(seriesChartOption({ ...ipPledge, locale: 'zh-CN', asOf: AS_OF }));
    hover(targets.chart, '目标', ['2027-12-31', 150]);
    expect(tooltipText(targets.host)).toBe('超过150 亿元（2027年）');
  });

  it('survives a redraw under the pointer (a filter change while hovering)', async () => {
    const option = progressChartOption({ ...ipPledge, locale: 'zh-CN', asOf: AS_OF });
    const { chart, host } = draw(option);
    hover(chart, 'points', [30, 0]);
    chart.setOption(option, { notMerge: true });
    await new Promise((resolve) => setTimeout(resolve, 20)); // ECharts re-shows the tip a tick later
    hover(chart, 'points', [30, 0]);
    expect(tooltipText(host)).toBe('基线 30 亿元（2020年）');
  });

  it('shows names from an imported file as text, not markup', () => {
    const o = progressChartOption({ ...ipPledge, locale: 'zh-CN', asOf: AS_OF });
    const points = (o.series as { name: string; data: { name: string }[] }[]).find(
      (s) => s.name === 'points',
    )!;
    points.data[1]!.name = '<img src=x onerror=alert(1)>';
    const { chart, host } = draw(o);
    hover(chart, 'points', [80, 0]);
    expect(tooltipText(host)).toBe('<img src=x onerror=alert(1)>');
    expect(tooltip(host)!.querySelector('img')).toBeNull();
  });
});
