import { describe, expect, it } from 'vitest';
import { progressChartOption } from '../../src/charts/progress-chart';
import type { Observation } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import {
  chartDecoration,
  formatDocumentDate,
  indicatorDocuments,
  indicatorSourceLine,
  sourceLine,
} from '../../src/export/source-line';
import { makeSmallDataset } from '../support/small-dataset';
import { allStrings } from '../charts/fixtures';

const AS_OF = new Date(2025, 5, 30);
const doc = {
  title: '重庆高新区金融发展“十四五”规划',
  issuer: '重庆高新区管委会办公室',
  published: '2022-07-04',
};
const doc2 = { title: '试验区方案', issuer: '中国人民银行等八部门', published: '2022-11-18' };

describe('formatDocumentDate', () => {
  it.each([
    ['2022-07-04', 'zh-CN', '2022年7月4日'],
    ['2022-11-18', 'en', '18 Nov 2022'],
    ['2024-01-31', 'zh-CN', '2024年1月31日'],
    ['2024-02-29', 'en', '29 Feb 2024'],
    ['bad', 'zh-CN', 'bad'],
    ['2022-02-30', 'zh-CN', '2022-02-30'], // no such day: shown as written
    ['2022-7-4', 'en', '2022-7-4'],
  ] as const)('%s (%s) → %s', (date, locale, expected) => {
    expect(formatDocumentDate(date, locale)).toBe(expected);
  });
});

describe('sourceLine', () => {
  it.each([
    [doc, 'zh-CN', {}, '来源：《重庆高新区金融发展“十四五”规划》，重庆高新区管委会办公室，2022年7月4日'],
    [doc, 'en', {}, 'Source: "重庆高新区金融发展“十四五”规划", 重庆高新区管委会办公室, 4 Jul 2022'],
    [
      [doc, doc2],
      'zh-CN',
      {},
      '来源：《重庆高新区金融发展“十四五”规划》，重庆高新区管委会办公室，2022年7月4日；《试验区方案》，中国人民银行等八部门，2022年11月18日',
    ],
    [
      doc2,
      'zh-CN',
      { userSupplied: true },
      '来源：《试验区方案》，中国人民银行等八部门，2022年11月18日；含用户导入数据',
    ],
    [
      doc2,
      'en',
      { userSupplied: true },
      'Source: "试验区方案", 中国人民银行等八部门, 18 Nov 2022; includes user-imported data',
    ],
    [[], 'zh-CN', { userSupplied: true }, '来源：含用户导入数据'],
  ] as const)('case %#', (docs, locale, options, expected) => {
    expect(sourceLine(docs, locale, options)).toBe(expected);
  });
});

describe('indicator source line', () => {
  const dataset = makeSmallDataset();
  const loans = dataset.indicators.find((i) => i.id === 'cq-loans')!;
  const imported: Observation = {
    role: 'actual',
    period: '2024',
    value: 1300,
    qualifier: '=',
    basis: 'level',
    userSupplied: true,
    source: { document: 'user-import', quote: '2024年统计公报', offset: 0 },
  };

  it('lists each document once and ignores the user-import pseudo-document', () => {
    expect(indicatorDocuments(loans, dataset).map((d) => d.id)).toEqual(['cq-plan']);
    expect(indicatorDocuments(loans, dataset, [imported]).map((d) => d.id)).toEqual(['cq-plan']);
  });

  it('adds the user-import note only when imported figures are present', () => {
    expect(indicatorSourceLine(loans, dataset, 'zh-CN')).not.toContain('用户导入');
    expect(indicatorSourceLine(loans, dataset, 'zh-CN', [imported])).toMatch(/；含用户导入数据$/);
  });

  it('says the picture holds unreviewed drafts (待核) only when a figure or the indicator is one', () => {
    const drafted = { ...loans, observations: loans.observations.map((o) => ({ ...o, draft: true })) };
    expect(indicatorSourceLine(loans, dataset, 'zh-CN')).not.toContain('待核');
    expect(indicatorSourceLine(drafted, dataset, 'zh-CN')).toMatch(/；含待核数据（草稿，未经审核）$/);
    expect(indicatorSourceLine({ ...loans, draft: true }, dataset, 'en')).toMatch(
      /; includes unreviewed drafts \(待核\)$/,
    );
  });

  it('names no money unit where the amounts are shown in different ones, 万元 where all are below 1 亿元', () => {
    const small = { ...loans, observations: [{ ...loans.observations[0]!, value: 0.2781 }] };
    const one = computeProgress(small, AS_OF);
    expect(chartDecoration(small, one, dataset, 'zh-CN', AS_OF).subtitle).toMatch(/^单位：万元 · /);
    expect(chartDecoration(small, one, dataset, 'en', AS_OF).subtitle).toMatch(/^Unit: m yuan · /);
    // A latest figure of 0.5 亿元 (5,000 万元) beside a target in 亿元: each amount carries its own unit.
    const latest = { ...loans.observations[0]!, role: 'actual' as const, period: '2025-03', value: 0.5 };
    const mixed = { ...loans, observations: [...loans.observations, latest] };
    const both = computeProgress(mixed, AS_OF);
    expect(both.latest?.value).toBe(0.5);
    expect(chartDecoration(mixed, both, dataset, 'zh-CN', AS_OF).subtitle).not.toMatch(/单位/);
    expect(chartDecoration(mixed, both, dataset, 'en', AS_OF).subtitle).not.toMatch(/Unit/);
  });

  it('builds the decoration: title with region, unit and periods, status, source', () => {
    const progress = computeProgress(loans, AS_OF);
    const d = chartDecoration(loans, progress, dataset, 'zh-CN', AS_OF);
    expect(d.title).toBe('重庆市 · 科技型企业贷款余额');
    expect(d.subtitle).toBe('单位：亿元 · 基线 2021年 → 目标 2025年 · 评估日期：2025年6月30日');
    expect(d.statusText).toMatch(/^状态：/);
    expect(d.sourceLine).toBe(
      '来源：《重庆高新区金融发展“十四五”规划》，重庆高新区管委会办公室，2022年7月4日',
    );
    const en = chartDecoration(loans, progress, dataset, 'en', AS_OF);
    expect(en.title).toBe('Chongqing · Loans to tech firms');
    // The unit the picture's amounts are drawn in (bn yuan), as the panel says it; not 100 million yuan.
    expect(en.subtitle).toBe('Unit: bn yuan · baseline 2021 → target 2025 · As of 30 Jun 2025');
    expect(en.statusText).toMatch(/^Status: /);
  });

  it('puts title, subtitle, status and source line inside the decorated chart option', () => {
    for (const indicator of dataset.indicators) {
      const progress = computeProgress(indicator, AS_OF);
      const decoration = chartDecoration(indicator, progress, dataset, 'zh-CN', AS_OF);
      const option = progressChartOption({ indicator, progress, locale: 'zh-CN', asOf: AS_OF, decoration });
      const strings = allStrings(option);
      expect(strings).toContain(decoration.title);
      expect(strings).toContain(decoration.subtitle);
      expect(strings).toContain(decoration.statusText);
      expect(strings).toContain(decoration.sourceLine);
      expect(option.backgroundColor).toBe('#ffffff');
      expect(decoration.statusText).not.toMatch(/undefined|NaN|\{/);
    }
  });
});
