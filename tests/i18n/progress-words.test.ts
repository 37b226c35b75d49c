// The words said from the progress method, in both languages, for the cases of issue 15: each sentence names
// the figures it is about and is true of them.
import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import { STATUSES } from '../../src/domain/progress-types';
import {
  changeText,
  observationPeriodText,
  reasonText,
  statusName,
  trendRateText,
} from '../../src/i18n/progress-words';
import { translator } from '../../src/i18n/translate';

const plan = { document: 'plan', quote: '规划', offset: 0 };
const act = (period: string, value: number, more: Partial<Observation> = {}): Observation => ({
  role: 'actual',
  period,
  value,
  qualifier: '=',
  basis: 'level',
  source: plan,
  ...more,
});
const tgt = (period: string, value: number, more: Partial<Observation> = {}) =>
  act(period, value, { role: 'target', qualifier: '=', ...more });
const ind = (observations: Observation[], more: Partial<Indicator> = {}): Indicator => ({
  id: 'i',
  name: { zh: '指标', en: 'Indicator' },
  region: 'r',
  topic: 't',
  unit: '家',
  measure: 'stock',
  direction: 'increase',
  observations,
  ...more,
});
const published = { published: new Map([['plan', '2022-07-04']]) };
const judge = (i: Indicator, asOf: Date, extra: Observation[] = []) =>
  computeProgress(i, asOf, extra, published);

describe('statusName', () => {
  it('every status has a name in both languages, the old 已逾期 is gone', () => {
    for (const s of STATUSES) {
      expect(statusName(s, 'zh-CN')).not.toMatch(/^status\./);
      expect(statusName(s, 'en')).not.toMatch(/^status\./);
    }
    const zh = STATUSES.map((s) => statusName(s, 'zh-CN'));
    expect(zh).toContain('未达成');
    expect(zh).toContain('结果待公布');
    expect(zh).not.toContain('已逾期');
    expect(STATUSES.map((s) => statusName(s, 'en'))).toContain('Awaiting result');
  });
});

describe('reasonText', () => {
  const institutions = ind([act('2022-06', 34), tgt('2025', 42)]);

  it('awaiting result names the deadline and the last actual, not "no later actual meets"', () => {
    const p = judge(institutions, new Date(2026, 10, 21));
    expect(reasonText(p, '家', 'zh-CN')).toBe(
      '期限 2025年 已过，该期及以后的实际值尚未公布；最新实际为 2022年6月',
    );
    expect(reasonText(p, '家', 'en')).toBe(
      'Deadline 2025 passed; no actual for it or later is published yet (latest: Jun 2022)',
    );
  });

  it('missed names the actual at the deadline that falls short', () => {
    const p = judge(institutions, new Date(2026, 2, 31), [act('2025', 38)]);
    expect(reasonText(p, '家', 'zh-CN')).toBe('期限 2025年 已过：2025年 实际值 38 家，未达到目标');
    expect(reasonText(p, '家', 'en')).toBe(
      'Deadline 2025 passed: the actual for 2025, 38, falls short of the target',
    );
  });

  it('achieved names the actual with its qualifier', () => {
    const p = judge(
      ind([
        act('2022-06', 34),
        act('2024', 45, { qualifier: '>', source: { ...plan, quote: '45余家' } }),
        tgt('2025', 42),
      ]),
      new Date(2025, 0, 31),
    );
    expect(reasonText(p, '家', 'zh-CN')).toBe('实际值 45余家（2024年）已达到目标');
    expect(reasonText(p, '家', 'en')).toBe('The actual more than 45 (2024) meets the target');
  });

  it('a target before its document says when the document came out', () => {
    const p = judge(institutions, new Date(2021, 5, 30));
    expect(p.status).toBe('not-yet-set');
    expect(reasonText(p, '家', 'zh-CN')).toBe('设定目标的文件于 2022年7月4日 发布，评估日期时目标尚未设定');
    expect(reasonText(p, '家', 'en')).toContain('published on Jul 4, 2022');
  });

  it('a flow target with no actual at all says so, not "no actual after the baseline"', () => {
    const p = judge(
      ind([tgt('2027', 50, { since: '2024', qualifier: '>=' })], { measure: 'flow' }),
      new Date(2025, 5, 30),
    );
    expect(reasonText(p, '家', 'zh-CN')).toBe('尚无实际值，无法判断进度');
    expect(reasonText(p, '家', 'zh-CN')).not.toContain('基线');
  });

  it('a no-target trend names its span and rate', () => {
    const p = judge(ind([act('2017', 800), act('2024-06', 6950)]), new Date(2025, 6, 28));
    // 800 (31 Dec 2017) → 6950 (30 Jun 2024): 6 + 182/366 = 6.4973 years, 8.6875^(1/6.4973) − 1 = 39.47 % a year.
    expect(reasonText(p, '亿元', 'zh-CN')).toBe('未设定目标；2017年至2024年6月上升，年均 +39.5%');
    expect(reasonText(p, '亿元', 'en')).toBe('No target; rising from 2017 to Jun 2024, +39.5% a year');
  });
});

describe('changeText and trendRateText', () => {
  it('a change over one month, with the later figure’s qualifier: 1个月内增加1,700余家', () => {
    const p = judge(
      ind([
        act('2017-10', 300),
        act('2017-11', 2000, { qualifier: '>', source: { ...plan, quote: '2000余家' } }),
      ]),
      new Date(2018, 4, 17),
    );
    expect(changeText(p.observedChange!, '家', 'zh-CN')).toBe('1个月内增加1,700余家');
    expect(changeText(p.observedChange!, '家', 'en')).toBe('+more than 1,700 in 1 month');
  });

  it('the same change when the earlier date is assumed: no span is claimed', () => {
    const p = judge(
      ind([
        act('2017-10', 300, { dated: 'assumed' }),
        act('2017-11', 2000, { qualifier: '>', source: { ...plan, quote: '2000余家' } }),
      ]),
      new Date(2018, 4, 17),
    );
    expect(p.observedChange?.span).toBeNull();
    expect(changeText(p.observedChange!, '家', 'zh-CN')).toBe('增加1,700余家（期间不详）');
    expect(changeText(p.observedChange!, '家', 'en')).toBe('+more than 1,700 (span unknown)');
    expect(observationPeriodText({ period: '2017-10', dated: 'assumed' }, 'zh-CN')).toBe(
      '2017年10月（推定）',
    );
    expect(observationPeriodText({ period: '2017-10', dated: 'assumed' }, 'en')).toBe('Oct 2017 (assumed)');
    expect(observationPeriodText({ period: '2017-11' }, 'zh-CN')).toBe('2017年11月');
  });

  it('a fall over a span', () => {
    expect(changeText({ delta: -3, span: { months: 2, days: 0 } }, '家', 'zh-CN')).toBe('2个月内减少3 家');
    expect(changeText({ delta: -3, span: { months: 2, days: 0 } }, '家', 'en')).toBe('−3 in 2 months');
  });

  it('a share trend is in percentage points a year', () => {
    const p = judge(
      ind([act('2020', 8), act('2022', 9)], { measure: 'share', unit: '%' }),
      new Date(2023, 5, 30),
    );
    expect(trendRateText(p.trend!, '%', 'zh-CN')).toBe('每年 +0.5 个百分点');
    expect(trendRateText(p.trend!, '%', 'en')).toBe('+0.5 percentage points a year');
  });

  it('the words come from the dictionaries', () => {
    expect(translator('zh-CN')('panel.changeUp', { span: 'X', value: 'Y' })).toBe('X内增加Y');
  });
});
