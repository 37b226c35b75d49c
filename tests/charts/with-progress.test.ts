// The option builders fed by the real progress method (src/domain/progress.ts), not hand-made objects.
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/domain/progress';
import { progressChartOption } from '../../src/charts/progress-chart';
import { seriesChartOption } from '../../src/charts/series-chart';
import { chartDescription } from '../../src/charts/chart-text';
import { ALL, AS_OF, badValues, DECORATION, financeValueAdded } from './fixtures';

describe.each(Object.entries(ALL))('%s with computeProgress', (_name, f) => {
  const progress = computeProgress(f.indicator, AS_OF);
  it.each(['zh-CN', 'en'] as const)('builds NaN-free options and a description (%s)', (locale) => {
    const input = { indicator: f.indicator, progress, locale, asOf: AS_OF };
    expect(badValues(progressChartOption(input))).toEqual([]);
    expect(badValues(seriesChartOption({ ...input, decoration: DECORATION }))).toEqual([]);
    expect(chartDescription(input)).not.toMatch(/NaN|undefined|null/);
  });
});

it('金融业增加值: the implied path from the method ends at 74.28', () => {
  const progress = computeProgress(financeValueAdded.indicator, AS_OF);
  const o = seriesChartOption({
    indicator: financeValueAdded.indicator,
    progress,
    locale: 'zh-CN',
    asOf: AS_OF,
  });
  const path = (o.series as { name: string; data: { value: [string, number] }[] }[]).find((s) =>
    s.name.startsWith('隐含路径'),
  )!;
  expect(path.data.at(-1)!.value[0]).toBe('2025-12-31');
  expect(path.data.at(-1)!.value[1]).toBeCloseTo(74.28, 2);
});
