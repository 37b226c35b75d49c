import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { progressChartOption } from '../../src/charts/progress-chart';
import type { ChartInput } from '../../src/charts/chart-input';
import {
  ALL,
  AS_OF,
  badValues,
  DECORATION,
  equityFirms,
  financeValueAdded,
  ipPledge,
  nplRatio,
  techLoans,
  placedText,
} from './fixtures';
import { unregisteredParts } from './registered';

type Fixture = (typeof ALL)[keyof typeof ALL];
type Series = { type: string; name: string; data: unknown[] };

const build = (f: Fixture, extra: Partial<ChartInput> = {}) =>
  progressChartOption({ ...f, locale: 'zh-CN', asOf: AS_OF, ...extra });

function series(option: EChartsOption, name: string): Series | undefined {
  return (option.series as Series[]).find((s) => s.name === name);
}

/** x values of a two-point segment series */
function xs(option: EChartsOption, name: string): number[] | undefined {
  return series(option, name)?.data.map((d) => (d as [number, number])[0]);
}

function labelTexts(option: EChartsOption): string[] {
  return (series(option, 'labels')?.data ?? []).map((d) => (d as { name: string }).name);
}

describe('progressChartOption', () => {
  it('科技型企业贷款余额 (no target): a bar 800 → 6950, no target or expected marker', () => {
    const o = build(techLoans);
    expect(xs(o, 'bar')).toEqual([800, 6950]);
    expect(series(o, 'track')).toBeUndefined();
    expect(series(o, 'target')).toBeUndefined();
    expect(series(o, 'expected')).toBeUndefined();
    expect(labelTexts(o)).toEqual(['基线 800 亿元（2017年）', '最新 6,950 亿元（2024年6月）']);
  });

  it('a draft figure (not reviewed) says 待核 in its label', () => {
    const latest = techLoans.progress.latest!;
    const progress = {
      ...techLoans.progress,
      latest: { ...latest, observation: { ...latest.observation, draft: true } },
    };
    expect(labelTexts(build({ ...techLoans, progress }))).toEqual([
      '基线 800 亿元（2017年）',
      '最新 6,950 亿元（2024年6月）（待核）',
    ]);
  });

  it('知识产权质押融资 (on track): bar, track to the target, target and expected markers', () => {
    const o = build(ipPledge);
    expect(xs(o, 'bar')).toEqual([30, 80]);
    expect(xs(o, 'track')).toEqual([30, 100]);
    expect(xs(o, 'target')).toEqual([100, 100]);
    expect(xs(o, 'expected')![0]).toBeCloseTo(93, 10);
    expect(labelTexts(o)).toEqual([
      '基线 30 亿元（2020年）',
      '最新 80 亿元（2024年）',
      '目标 100 亿元以上（2025年）',
      '按进度应达 93 亿元（2025年6月）',
    ]);
  });

  it('金融业增加值 (8% a year to 2025): the target marker sits at the implied level 74.28', () => {
    const o = build(financeValueAdded);
    expect(xs(o, 'target')![0]).toBeCloseTo(74.28, 2);
    expect(series(o, 'bar')).toBeUndefined(); // only a baseline so far
    // Drawn at the level the rate implies, and labelled as such (the rate itself is on the panel).
    expect(labelTexts(o)).toContain('目标对应水平 74.28 亿元（2025年）');
    expect(labelTexts(o)).toContain('基线 54.6 亿元（2021年）');
  });

  it('股权投资机构 (target only): just the target marker and a "no actual" note', () => {
    const o = build(equityFirms);
    expect(xs(o, 'target')).toEqual([50, 50]);
    for (const name of ['bar', 'track', 'expected']) expect(series(o, name)).toBeUndefined();
    expect(labelTexts(o)).toEqual(['目标 50 家以上（2025年）']);
    expect(placedText(o, 'empty')?.text).toBe('暂无实际值');
  });

  it('a falling indicator reads right to left: bar 1.8 → 1.4, track 1.8 → 1.2, target ≤1.2%', () => {
    const o = build(nplRatio);
    expect(xs(o, 'bar')).toEqual([1.8, 1.4]);
    expect(xs(o, 'track')).toEqual([1.8, 1.2]);
    expect(labelTexts(o)).toContain('目标 不超过1.2%（2025年）');
    // the baseline sits at the right end: its label is anchored to grow leftwards, inside the chart
    const baseline = series(o, 'labels')!.data[0] as { label: { align: string } };
    expect(baseline.label.align).toBe('right');
  });

  it('labels are in English for the en locale', () => {
    const o = build(ipPledge, { locale: 'en' });
    const texts = labelTexts(o);
    expect(texts).toEqual([
      'Baseline 3 bn yuan (2020)',
      'Latest 8 bn yuan (2024)',
      'Target at least 10 bn yuan (2025)',
      'Expected by now 9.3 bn yuan (Jun 2025)',
    ]);
    // ticks agree with the labels: 亿元 values shown in bn yuan
    const tick = (o.xAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter;
    expect(tick(100)).toBe('10');
    expect(texts.join('')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('draws one actual once when the method reports it as both baseline and latest', () => {
    const p = { ...financeValueAdded.progress, latest: financeValueAdded.progress.baseline };
    const o = build({ ...financeValueAdded, progress: p });
    expect(series(o, 'bar')).toBeUndefined();
    expect(labelTexts(o).filter((t) => t.includes('54.6'))).toHaveLength(1);
  });

  it('drops non-finite numbers instead of drawing NaN', () => {
    const p = { ...ipPledge.progress, expectedNow: Number.NaN };
    const o = build({ ...ipPledge, progress: p });
    expect(series(o, 'expected')).toBeUndefined();
    expect(badValues(o)).toEqual([]);
  });

  it('with nothing at all, says so', () => {
    const p = { ...equityFirms.progress, target: null };
    const o = build({ ...equityFirms, progress: p });
    expect(o.series).toEqual([]);
    expect(placedText(o, 'empty')?.text).toBe('暂无数据');
    expect(badValues(o)).toEqual([]);
  });

  describe.each(Object.entries(ALL))('%s', (_name, f) => {
    it.each(['zh-CN', 'en'] as const)(
      'has no NaN or undefined anywhere (%s, plain and decorated)',
      (locale) => {
        expect(badValues(build(f, { locale }))).toEqual([]);
        expect(badValues(build(f, { locale, decoration: DECORATION }))).toEqual([]);
      },
    );

    it('uses only the ECharts parts that echarts-setup registers', () => {
      const o = build(f, { decoration: DECORATION });
      expect(unregisteredParts(o)).toEqual([]);
      expect(unregisteredParts(build(f, { locale: 'en' }))).toEqual([]);
    });
  });

  it('decoration draws title, subtitle, status and the exact source line on white, below the header', () => {
    const plain = build(techLoans);
    const o = build(techLoans, { decoration: DECORATION });
    expect(o.backgroundColor).toBe('#ffffff');
    expect(placedText(o, 'title')).toMatchObject({
      text: '科技型企业贷款余额',
      subtext: '单位：亿元 · 2017年—2024年6月',
    });
    expect(placedText(o, 'status')?.text).toBe(DECORATION.statusText);
    expect(placedText(o, 'source')?.text).toBe(
      '来源：《重庆市科技金融发展报告》，重庆市地方金融监督管理局，2024-07-15',
    );
    const grid = (g: EChartsOption) => g.grid as { top: number; bottom: number };
    expect(grid(o).top).toBeGreaterThan(grid(plain).top + 80);
    expect(grid(o).bottom).toBeGreaterThan(grid(plain).bottom + 30);
    expect(plain.title).toBeUndefined();
    expect(plain.backgroundColor).toBeUndefined();
  });

  it('awaiting a result: the projection to the deadline is drawn dotted and labelled 推算, the schedule point never', () => {
    const p = ipPledge.progress;
    const awaiting = {
      ...ipPledge,
      progress: {
        ...p,
        status: 'awaiting-result' as const,
        expectedNow: null,
        projection: {
          period: '2025',
          date: new Date(2025, 11, 31),
          value: 97.5,
          trend: {
            direction: 'rising' as const,
            kind: 'growth' as const,
            rate: 0.278,
            from: p.baseline!,
            to: p.latest!,
          },
        },
      },
    };
    const o = build(awaiting);
    expect(labelTexts(o)).toContain('推算 97.5 亿元（2025年）');
    expect(labelTexts(o).some((l) => l.startsWith('按进度应达'))).toBe(false);
    expect(xs(o, 'projection')).toEqual([97.5, 97.5]);
    expect((series(o, 'projection') as unknown as { lineStyle: { type: string } }).lineStyle.type).toBe(
      'dotted',
    );
    // Without a projection (fewer than two actuals a year apart) nothing stands for one.
    const none = build({ ...awaiting, progress: { ...awaiting.progress, projection: undefined } });
    expect(series(none, 'projection')).toBeUndefined();
    expect(labelTexts(none).some((l) => l.startsWith('推算'))).toBe(false);
  });
});
