import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import { chartDescription } from '../../src/charts/chart-text';
import type { ChartInput } from '../../src/charts/chart-input';
import { computeProgress } from '../../src/domain/progress';
import { ALL, AS_OF, equityFirms, financeValueAdded, ipPledge, nplRatio, techLoans } from './fixtures';

type Fixture = (typeof ALL)[keyof typeof ALL];
const describeChart = (f: Fixture, locale: ChartInput['locale'] = 'zh-CN') =>
  chartDescription({ ...f, locale, asOf: AS_OF });

describe('chartDescription', () => {
  it.each([
    [techLoans, '科技型企业贷款余额：基线 800 亿元（2017年），最新 6,950 亿元（2024年6月），无目标'],
    [
      ipPledge,
      '知识产权质押融资额：基线 30 亿元（2020年），最新 80 亿元（2024年），目标 100 亿元以上（2025年），' +
        '按进度应达 93 亿元（2025年6月），已完成 71.4%，状态：按计划推进',
    ],
    [
      financeValueAdded,
      '金融业增加值：基线 54.6 亿元（2021年），无最新值，目标 74.28 亿元（2025年，年均增速8%以上），' +
        '按进度应达 71.48 亿元（2025年6月），状态：数据不足',
    ],
    [equityFirms, '股权投资机构：无基线，无最新值，目标 50 家以上（2025年），状态：数据不足'],
    [
      nplRatio,
      '科技型企业不良贷款率：基线 1.8%（2021年），最新 1.4%（2024年），目标 不超过1.2%（2025年），' +
        '按进度应达 1.28%（2025年6月），已完成 66.7%，状态：需加快',
    ],
  ])('zh-CN %#', (f, text) => expect(describeChart(f)).toBe(text));

  it('English', () => {
    expect(describeChart(techLoans, 'en')).toBe(
      'Loans to tech enterprises: baseline 80 bn yuan (2017), latest 695 bn yuan (Jun 2024), no target',
    );
    expect(describeChart(equityFirms, 'en')).toBe(
      'Equity investment firms: no baseline, no latest figure, target at least 50 (2025), status: Insufficient data',
    );
  });

  it('one actual is the latest (and the baseline), never "no latest" beside it', () => {
    const indicator = financeValueAdded.indicator;
    const progress = computeProgress(indicator, AS_OF);
    const text = chartDescription({ indicator, progress, locale: 'zh-CN', asOf: AS_OF });
    expect(text).toContain('基线 54.6 亿元（2021年），最新 54.6 亿元（2021年）');
    expect(text).not.toContain('无最新值');
  });

  it('actuals keep their qualifier in both languages (突破18亿元, 2000余家)', () => {
    const golden = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as Dataset;
    const say = (id: string, locale: ChartInput['locale']) => {
      const indicator = golden.indicators.find((i) => i.id === id)!;
      return chartDescription({
        indicator,
        progress: computeProgress(indicator, AS_OF),
        locale,
        asOf: AS_OF,
      });
    };
    expect(say('gx-inclusive-sme-loan-balance', 'zh-CN')).toContain('最新 超过18 亿元（2021年）');
    expect(say('gx-inclusive-sme-loan-balance', 'en')).toContain('latest more than 1.8 bn yuan (2021)');
    expect(say('cq-ipv-pilot-firms', 'zh-CN')).toContain('最新 2,000余家（2017年11月）');
  });

  it.each(Object.entries(ALL))('%s never says NaN or undefined', (_n, f) => {
    for (const locale of ['zh-CN', 'en'] as const)
      expect(describeChart(f, locale)).not.toMatch(/NaN|undefined|null/);
  });
});
