// Every option drawn by the ECharts that the app ships (echarts-setup: only the registered parts), to an
// SVG string as in the export. ECharts says so (console.error/warn/log) when it is asked to draw something
// it has no part for; the drawing then silently lacks it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderSvg } from '../../scripts/lib/export-render';
import { CHART_HEIGHTS, type ChartInput } from '../../src/charts/chart-input';
import { progressChartOption } from '../../src/charts/progress-chart';
import { seriesChartOption } from '../../src/charts/series-chart';
import { ALL, AS_OF, DECORATION } from './fixtures';

let warnings: unknown[][];
beforeEach(() => {
  warnings = [];
  const collect = (...args: unknown[]) => void warnings.push(args);
  vi.spyOn(console, 'log').mockImplementation(collect);
  vi.spyOn(console, 'warn').mockImplementation(collect);
  vi.spyOn(console, 'error').mockImplementation(collect);
});
afterEach(() => vi.restoreAllMocks());

const KINDS = [
  ['progress', progressChartOption, CHART_HEIGHTS.progress],
  ['series', seriesChartOption, CHART_HEIGHTS.series],
] as const;

describe.each(Object.entries(ALL))('%s drawn with the registered parts', (_name, f) => {
  describe.each(KINDS)('%s chart', (_kind, build, heights) => {
    it.each(['zh-CN', 'en'] as const)('plain and decorated, without a warning (%s)', (locale) => {
      const input: ChartInput = { ...f, locale, asOf: AS_OF };
      renderSvg(build(input), 400, heights.plain);
      const decorated = renderSvg(build({ ...input, decoration: DECORATION }), 1200, heights.decorated);
      expect(warnings).toEqual([]);
      for (const text of [DECORATION.title, DECORATION.subtitle, DECORATION.statusText]) {
        expect(decorated).toContain(text);
      }
      expect(decorated).toContain('来源：《重庆市科技金融发展报告》');
    });
  });
});
