import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { niceCeil, seriesChartOption } from '../../src/charts/series-chart';
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
  obs,
  point,
  techLoans,
  placedText,
} from './fixtures';
import { unregisteredParts } from './registered';

type Fixture = (typeof ALL)[keyof typeof ALL];
type Datum = { value: [string, number]; name: string; label?: { position?: string; align?: string } };
type Series = { type: string; name: string; data: Datum[]; lineStyle?: { type?: string; width?: number } };

const build = (f: Fixture, extra: Partial<ChartInput> = {}) =>
  seriesChartOption({ ...f, locale: 'zh-CN', asOf: AS_OF, ...extra });

const all = (o: EChartsOption) => o.series as Series[];
const named = (o: EChartsOption, name: string | RegExp) =>
  all(o).find((s) => (typeof name === 'string' ? s.name === name : name.test(s.name)));

describe('seriesChartOption', () => {
  it('科技型企业贷款余额: the actuals on a time axis at each period end, no target series', () => {
    const o = build(techLoans);
    const actual = named(o, '实际值')!;
    expect(actual.type).toBe('line');
    expect(actual.data.map((d) => d.value)).toEqual([
      ['2017-12-31', 800],
      ['2024-06-30', 6950],
    ]);
    expect(actual.data.map((d) => d.name)).toEqual(['800 亿元（2017年）', '6,950 亿元（2024年6月）']);
    expect(all(o)).toHaveLength(1);
    expect((o.xAxis as { type: string }).type).toBe('time');
    expect((o.yAxis as { name: string }).name).toBe('亿元');
  });

  it('知识产权质押融资: level targets as points labelled with their qualifier', () => {
    const o = build(ipPledge);
    const target = named(o, '目标')!;
    expect(target.type).toBe('line');
    expect(target.lineStyle?.width).toBe(0); // points only
    expect(target.data.map((d) => [d.value, d.name])).toEqual([
      [['2025-12-31', 100], '100 亿元以上（2025年）'],
      [['2027-12-31', 150], '超过150 亿元（2027年）'],
    ]);
    expect(named(o, '实际值')!.data).toHaveLength(3);
    // the rightmost label grows leftwards, inside the chart
    expect(target.data[1]!.label?.align).toBe('right');
  });

  it('金融业增加值: an 8% a year target becomes a dashed implied path 54.6 → 74.28', () => {
    const o = build(financeValueAdded);
    const path = named(o, /^隐含路径/)!;
    expect(path.name).toBe('隐含路径（年均增速8%以上）');
    expect(path.type).toBe('line');
    expect(path.lineStyle?.type).toBe('dashed');
    expect(path.data.map((d) => d.value[0])).toEqual([
      '2021-12-31',
      '2022-12-31',
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
    ]);
    expect(path.data[0]!.value[1]).toBeCloseTo(54.6, 10);
    expect(path.data[4]!.value[1]).toBeCloseTo(74.28, 2);
    // a growth-rate target is not a level: no target point at "8"
    expect(named(o, '目标')).toBeUndefined();
  });

  it('股权投资机构: a target with no actual is a lone labelled point', () => {
    const o = build(equityFirms);
    expect(all(o).map((s) => s.name)).toEqual(['目标']);
    expect(named(o, '目标')!.data[0]!.name).toBe('50 家以上（2025年）');
    expect((o.legend as { show: boolean }).show).toBe(false);
  });

  it('a falling indicator: the target below the latest actual is labelled underneath', () => {
    const o = build(nplRatio);
    expect(named(o, '实际值')!.data.map((d) => d.value[1])).toEqual([1.8, 1.4]);
    const t = named(o, '目标')!.data[0]!;
    expect(t.name).toBe('不超过1.2%（2025年）');
    expect(t.label?.position).toBe('bottom');
  });

  it('includes an imported actual that only the progress knows, marked as user-supplied', () => {
    const imported = obs('actual', '2025-03', 7200, { userSupplied: true });
    const progress = { ...techLoans.progress, latest: point(imported) };
    const o = build({ ...techLoans, progress });
    const data = named(o, '实际值')!.data;
    expect(data.map((d) => d.value[1])).toEqual([800, 6950, 7200]);
    expect(data[2]!.name).toBe('7,200 亿元（2025年3月）（用户导入）');
  });

  it('marks a draft figure (not reviewed) 待核', () => {
    const drafted = obs('actual', '2025-03', 7200, { draft: true });
    const progress = { ...techLoans.progress, latest: point(drafted) };
    const data = named(build({ ...techLoans, progress }), '实际值')!.data;
    expect(data[2]!.name).toBe('7,200 亿元（2025年3月）（待核）');
    expect(data[0]!.name).not.toContain('待核');
  });

  it('year-end axis labels in the locale', () => {
    const zh = build(ipPledge).xAxis as {
      axisLabel: { customValues: string[]; formatter: (v: number) => string };
    };
    expect(zh.axisLabel.customValues.every((d) => d.endsWith('-12-31'))).toBe(true);
    expect(zh.axisLabel.formatter(new Date(2025, 11, 31).getTime())).toBe('2025年');
    const en = build(ipPledge, { locale: 'en' }).xAxis as typeof zh;
    expect(en.axisLabel.formatter(new Date(2025, 11, 31).getTime())).toBe('2025');
  });

  it('English names and labels', () => {
    const o = build(financeValueAdded, { locale: 'en' });
    expect(all(o).map((s) => s.name)).toEqual(['Actual', 'Implied path (at least 8% a year)']);
    expect(named(o, 'Actual')!.data[0]!.name).toBe('5.46 bn yuan (2021)');
    expect((o.yAxis as { name: string }).name).toBe('bn yuan');
  });

  it('with no level figure at all, says so', () => {
    const empty = { ...equityFirms, indicator: { ...equityFirms.indicator, observations: [] } };
    const o = build(empty);
    expect(o.series).toEqual([]);
    expect(placedText(o, 'empty')?.text).toBe('暂无数据');
  });

  it('decoration: title, subtitle, status and exact source line, white background', () => {
    const o = build(ipPledge, { decoration: DECORATION });
    expect(o.backgroundColor).toBe('#ffffff');
    expect(placedText(o, 'title')).toMatchObject({ text: DECORATION.title, subtext: DECORATION.subtitle });
    expect(placedText(o, 'status')?.text).toBe(DECORATION.statusText);
    expect(placedText(o, 'source')?.text).toBe(DECORATION.sourceLine);
    expect((o.legend as { top: number }).top).toBeGreaterThan(80);
  });

  describe.each(Object.entries(ALL))('%s', (_name, f) => {
    it.each(['zh-CN', 'en'] as const)('has no NaN or undefined anywhere (%s)', (locale) => {
      expect(badValues(build(f, { locale }))).toEqual([]);
      expect(badValues(build(f, { locale, decoration: DECORATION }))).toEqual([]);
    });
    it('uses only registered ECharts parts', () => {
      const o = build(f, { decoration: DECORATION });
      expect(unregisteredParts(o)).toEqual([]);
      expect(unregisteredParts(build(f, { locale: 'en' }))).toEqual([]);
    });
  });
});

describe('niceCeil', () => {
  it.each([
    [7, 8],
    [50 * 1.12, 60],
    [100, 100],
    [101, 120],
    [0.93, 1],
    [2.016, 2.5],
    [7784, 8000],
  ])('%s → %s', (x, nice) => expect(niceCeil(x)).toBe(nice));
});
