// Intl formatting for panels and exports, table-driven.
import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatPeriod,
  formatQualifier,
  formatValue,
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
    [6950, '亿元', 'en', '695.0 bn yuan'],
    [54.6, '亿元', 'en', '5.46 bn yuan'],
    [500, '亿元', 'en', '50.0 bn yuan'],
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
