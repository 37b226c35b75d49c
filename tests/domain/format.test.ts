// Intl formatting for panels and exports, table-driven.
import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatFigure,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatQualifier,
  formatSpan,
  formatAge,
  formatValue,
  sharedMoneyUnit,
  moreWord,
  qualifierWord,
  type Locale,
} from '../../src/domain/format';
import type { Qualifier, Unit } from '../../src/domain/types';

describe('formatValue', () => {
  it.each<[number | null, Unit, Locale, string]>([
    [6950, '亿元', 'zh-CN', '6,950 亿元'],
    [54.6, '亿元', 'zh-CN', '54.6 亿元'],
    [74.282697, '亿元', 'zh-CN', '74.28 亿元'],
    [0.2781, '亿元', 'zh-CN', '2,781 万元'], // 2781万元 stored as 0.2781 亿元
    [0, '亿元', 'zh-CN', '0 亿元'],
    [-12.5, '亿元', 'zh-CN', '-12.5 亿元'],
    [42.4, '%', 'zh-CN', '42.4%'],
    [10, '%', 'zh-CN', '10%'],
    [13000, '家', 'zh-CN', '13,000 家'],
    [42, '家', 'zh-CN', '42 家'],
    [5, '年', 'zh-CN', '5 年'],
    [2.5, '倍', 'zh-CN', '2.5倍'],
    // en: 1 亿元 = 100 million yuan = 0.1 bn yuan
    [6950, '亿元', 'en', '695 bn yuan'],
    [54.6, '亿元', 'en', '5.46 bn yuan'],
    [500, '亿元', 'en', '50 bn yuan'],
    [0.2781, '亿元', 'en', '27.81 m yuan'], // 27.81 million
    [42.4, '%', 'en', '42.4%'],
    [13000, '家', 'en', '13,000'],
    [5, '年', 'en', '5 yr'],
    [2.5, '倍', 'en', '2.5×'],
    [null, '亿元', 'zh-CN', '—'],
    [NaN, '%', 'en', '—'],
    [Infinity, '家', 'zh-CN', '—'],
  ])('%s %s (%s) → %s', (value, unit, locale, want) => {
    expect(formatValue(value, unit, locale)).toBe(want);
  });
});

describe('formatPercent', () => {
  it.each<[number | null, Locale, string]>([
    [0.0823, 'zh-CN', '8.2%'],
    [0.0823, 'en', '8.2%'],
    [0.08, 'zh-CN', '8.0%'],
    [0.148698, 'en', '14.9%'],
    [1.5, 'zh-CN', '150.0%'],
    [-0.051317, 'zh-CN', '-5.1%'],
    [0, 'en', '0.0%'],
    [null, 'zh-CN', '—'],
    [NaN, 'en', '—'],
  ])('%s (%s) → %s', (fraction, locale, want) => {
    expect(formatPercent(fraction, locale)).toBe(want);
  });
});

describe('formatQualifier', () => {
  it.each<[Qualifier, Locale, string]>([
    ['>=', 'zh-CN', '≥'],
    ['>', 'zh-CN', '>'],
    ['<=', 'zh-CN', '≤'],
    ['<', 'zh-CN', '<'],
    ['~', 'zh-CN', '约'],
    ['=', 'zh-CN', ''],
    ['>=', 'en', '≥'],
    ['~', 'en', '≈'],
    ['=', 'en', ''],
  ])('%s (%s) → %j', (q, locale, want) => {
    expect(formatQualifier(q, locale)).toBe(want);
  });
});

describe('formatPeriod', () => {
  it.each<[string, Locale, string]>([
    ['2025', 'zh-CN', '2025年'],
    ['2024-06', 'zh-CN', '2024年6月'],
    ['2024-12', 'zh-CN', '2024年12月'],
    ['2024-06-30', 'zh-CN', '2024年6月30日'],
    ['2025', 'en', '2025'],
    ['2024-06', 'en', 'Jun 2024'],
    ['2024-12', 'en', 'Dec 2024'],
    ['2024-06-30', 'en', 'Jun 30, 2024'],
    ['去年', 'zh-CN', '去年'], // not a period: shown as given
  ])('%s (%s) → %s', (period, locale, want) => {
    expect(formatPeriod(period, locale)).toBe(want);
  });
});

describe('formatFigure: qualifiers in words, in both languages', () => {
  it.each<[number, Unit, Qualifier, Locale, string | undefined, string]>([
    // 突破18亿元 → 超过; 2000余家 keeps 余 between number and unit; 300多亿元 keeps 多.
    [18, '亿元', '>', 'zh-CN', '2021年普惠小微企业贷款余额突破18亿元', '超过18 亿元'],
    [2000, '家', '>', 'zh-CN', '纳入试点范围的企业数从300家增加至2000余家', '2,000余家'],
    [300, '亿元', '>', 'zh-CN', '实现应收账款融资300多亿元', '300多亿元'],
    [100, '款', '>', 'zh-CN', '信贷产品达到100余款', '100余款'],
    [0.2781, '亿元', '>', 'zh-CN', '总保费2781余万元', '2,781余万元'],
    [50, '家', '>=', 'zh-CN', '基金支持硬科技企业50家以上', '50 家以上'],
    [18, '亿元', '~', 'zh-CN', '约18亿元', '约18 亿元'],
    [3, '%', '<=', 'zh-CN', undefined, '不超过3%'],
    [3, '%', '<', 'zh-CN', undefined, '低于3%'],
    [42, '家', '=', 'zh-CN', undefined, '42 家'],
    [18, '亿元', '>', 'en', '突破18亿元', 'more than 1.8 bn yuan'],
    [2000, '家', '>', 'en', '2000余家', 'more than 2,000'],
    [50, '家', '>=', 'en', undefined, 'at least 50'],
    [18, '亿元', '~', 'en', undefined, 'about 1.8 bn yuan'],
    [3, '%', '<=', 'en', undefined, 'at most 3%'],
    [3, '%', '<', 'en', undefined, 'less than 3%'],
  ])('%s %s %s (%s, %s) → %s', (value, unit, q, locale, quote, want) => {
    expect(formatFigure(value, unit, q, locale, quote)).toBe(want);
  });

  it('a missing value stays missing, whatever the qualifier', () => {
    expect(formatFigure(null, '家', '>', 'zh-CN', '2000余家')).toBe('—');
  });
});

describe('qualifierWord: a table cell a spreadsheet never reads as a formula', () => {
  it.each<[Qualifier, 'zh-CN' | 'en', string | undefined, string]>([
    ['=', 'zh-CN', undefined, ''],
    ['=', 'en', undefined, ''],
    ['>=', 'zh-CN', undefined, '以上'],
    ['>', 'zh-CN', '2000余家', '余'],
    ['>', 'zh-CN', '300多亿元', '多'],
    ['>', 'zh-CN', '突破18亿元', '超过'],
    ['~', 'zh-CN', undefined, '约'],
    ['<=', 'zh-CN', undefined, '不超过'],
    ['<', 'zh-CN', undefined, '低于'],
    ['>=', 'en', undefined, 'at least'],
    ['>', 'en', '2000余家', 'more than'],
    ['~', 'en', undefined, 'about'],
  ])('%s (%s, %s) → %j', (q, locale, quote, expected) => {
    const word = qualifierWord(q, locale, quote);
    expect(word).toBe(expected);
    expect(word).not.toMatch(/^[=+\-@]/);
  });
});

describe('moreWord', () => {
  it.each<[string | undefined, string]>([
    ['2000余家', '余'],
    ['300多亿元', '多'],
    ['1.3万余家', '余'],
    ['突破18亿元', '超过'],
    ['超过18亿元', '超过'],
    [undefined, '超过'],
  ])('%s → %s', (quote, want) => expect(moreWord(quote)).toBe(want));
});

describe('formatAge', () => {
  it.each<[{ months: number; days: number }, 'zh-CN' | 'en', string]>([
    [{ months: 52, days: 21 }, 'zh-CN', '4年4个月'],
    [{ months: 52, days: 21 }, 'en', '4 yr 4 mo'],
    [{ months: 48, days: 0 }, 'zh-CN', '4年'],
    [{ months: 12, days: 3 }, 'en', '1 yr'],
    [{ months: 11, days: 30 }, 'zh-CN', '11个月'],
    [{ months: 1, days: 0 }, 'en', '1 mo'],
    [{ months: 0, days: 9 }, 'zh-CN', '9天'],
    [{ months: 0, days: 1 }, 'en', '1 day'],
  ])('%j (%s) → %s', (span, locale, want) => expect(formatAge(span, locale)).toBe(want));
});

describe('formatSpan, formatChange, formatNumber', () => {
  it.each<[{ months: number; days: number }, Locale, string]>([
    [{ months: 1, days: 0 }, 'zh-CN', '1个月'],
    [{ months: 6, days: 0 }, 'zh-CN', '6个月'],
    [{ months: 0, days: 20 }, 'zh-CN', '20天'],
    [{ months: 2, days: 5 }, 'zh-CN', '2个月零5天'],
    [{ months: 1, days: 0 }, 'en', '1 month'],
    [{ months: 3, days: 0 }, 'en', '3 months'],
    [{ months: 0, days: 1 }, 'en', '1 day'],
    [{ months: 2, days: 5 }, 'en', '2 months 5 days'],
  ])('%j (%s) → %s', (span, locale, want) => expect(formatSpan(span, locale)).toBe(want));

  it('signs a change with + or a true minus', () => {
    expect(formatChange(1700, '家', 'zh-CN')).toBe('+1,700 家');
    expect(formatChange(-12.5, '亿元', 'zh-CN')).toBe('−12.5 亿元');
    expect(formatChange(1700, '家', 'en')).toBe('+1,700');
    expect(formatNumber(0.5, 'zh-CN')).toBe('0.5');
    expect(formatNumber(1700, 'en')).toBe('1,700');
  });
});

describe('sharedMoneyUnit', () => {
  it.each<[number[], 'zh-CN' | 'en', string | null]>([
    [[6950, 800, 1500], 'zh-CN', '亿元'],
    [[0.2781, 0.5], 'zh-CN', '万元'],
    [[0.2781, 5], 'zh-CN', null], // '2,781 万元' beside '5 亿元': no header unit, each value says its own
    [[6950, 800], 'en', 'bn yuan'],
    [[5, 500], 'en', null], // 500 m yuan beside 50 bn yuan
    [[1, 5], 'en', 'm yuan'],
    [[], 'zh-CN', '亿元'],
    [[NaN, 6950], 'en', 'bn yuan'],
  ])('%j (%s) → %s', (values, locale, want) => {
    expect(sharedMoneyUnit(values, locale)).toBe(want);
    // It is the unit formatValue writes after each of them.
    if (want !== null)
      for (const v of values.filter(Number.isFinite))
        expect(formatValue(v, '亿元', locale)).toMatch(new RegExp(` ${want}$`));
  });
});
