// The value axis speaks the unit the figures around it are shown in: the panel header's (sharedMoneyUnit).
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { valueAxis } from '../../src/charts/chart-format';
import { progressChartOption } from '../../src/charts/progress-chart';
import { seriesChartOption } from '../../src/charts/series-chart';
import { empty } from '../../src/domain/progress-core';
import type { Progress } from '../../src/domain/progress-types';
import { AS_OF, indicator, obs, point, targetRef, techLoans } from './fixtures';

type Axis = { name?: string; axisLabel: { formatter: (v: number) => string } };

// 首台（套）保险总保费: 2781万元 (2017), the real catalogue's figure, stored as 0.2781 亿元.
const premium2017 = obs('actual', '2017', 0.2781);
const premium = {
  indicator: indicator('cq-first-set-premium', '首台（套）保险总保费', 'First-set premiums', '亿元', [
    premium2017,
  ]),
  progress: {
    ...empty('no-target', 'no-target'),
    baseline: point(premium2017),
    latest: point(premium2017),
  } satisfies Progress,
};

describe('valueAxis', () => {
  it('money all under 1 亿元: ticks in 万元 (zh) and m yuan (en), as the header names it', () => {
    const zh = valueAxis('亿元', 'zh-CN', [0.2781, 0.02]);
    expect([zh.name, zh.tick(0.3), zh.tick(0.05), zh.shared]).toEqual(['万元', '3,000', '500', true]);
    const en = valueAxis('亿元', 'en', [0.2781]);
    expect([en.name, en.tick(0.3), en.shared]).toEqual(['m yuan', '30', true]);
  });

  it('money of 1 亿元 and more: ticks in 亿元 and bn yuan', () => {
    const zh = valueAxis('亿元', 'zh-CN', [800, 6950]);
    expect([zh.name, zh.tick(7000), zh.shared]).toEqual(['亿元', '7,000', true]);
    const en = valueAxis('亿元', 'en', [800, 6950]);
    expect([en.name, en.tick(7000), en.shared]).toEqual(['bn yuan', '700', true]);
  });

  it('money shown in two units: ticks in the larger, marked as not shared', () => {
    const zh = valueAxis('亿元', 'zh-CN', [0.5, 3]);
    expect([zh.name, zh.tick(2), zh.shared]).toEqual(['亿元', '2', false]);
  });

  it('other units: the number as it is', () => {
    const axis = valueAxis('家', 'zh-CN', [816]);
    expect([axis.name, axis.tick(1000), axis.shared]).toEqual(['家', '1,000', true]);
  });
});

describe('the charts use it', () => {
  const yAxis = (o: EChartsOption) => o.yAxis as Axis;
  const xAxis = (o: EChartsOption) => o.xAxis as Axis;

  it('series chart of a figure in 万元: axis named 万元, ticks in 万元', () => {
    const zh = yAxis(seriesChartOption({ ...premium, locale: 'zh-CN', asOf: AS_OF }));
    expect(zh.name).toBe('万元');
    expect(zh.axisLabel.formatter(0.3)).toBe('3,000');
    const en = yAxis(seriesChartOption({ ...premium, locale: 'en', asOf: AS_OF }));
    expect([en.name, en.axisLabel.formatter(0.3)]).toEqual(['m yuan', '30']);
  });

  it('series chart in 亿元 is unchanged', () => {
    const zh = yAxis(seriesChartOption({ ...techLoans, locale: 'zh-CN', asOf: AS_OF }));
    expect([zh.name, zh.axisLabel.formatter(7000)]).toEqual(['亿元', '7,000']);
  });

  it('progress chart: ticks in the header unit, or each tick with its unit where the header names none', () => {
    const small = xAxis(progressChartOption({ ...premium, locale: 'zh-CN', asOf: AS_OF }));
    expect(small.axisLabel.formatter(0.2)).toBe('2,000');
    const base = obs('actual', '2021', 0.5);
    const goal = obs('target', '2025', 3);
    const mixed = {
      indicator: indicator('mixed', '混合', 'Mixed', '亿元', [base, goal]),
      progress: {
        ...empty('on-track', 'ratio'),
        baseline: point(base),
        latest: point(base),
        target: targetRef(goal),
      } satisfies Progress,
    };
    const axis = xAxis(progressChartOption({ ...mixed, locale: 'zh-CN', asOf: AS_OF }));
    expect(axis.axisLabel.formatter(2)).toBe('2 亿元');
  });
});
