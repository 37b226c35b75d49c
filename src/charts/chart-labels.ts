// The words and point texts shared by the chart labels and the screen-reader description.
import type { Unit } from '../domain/types';
import type { PointRef, TargetRef } from '../domain/progress-types';
import type { ChartLocale } from './chart-input';
import { formatPeriod, formatQualifier, formatValue } from './chart-format';

export const WORDS = {
  'zh-CN': {
    baseline: '基线',
    latest: '最新',
    target: '目标',
    expected: '按进度应达',
    actual: '实际值',
    impliedPath: '隐含路径',
    perYear: (rate: string) => `年均增速${rate}`,
    noTarget: '无目标',
    noBaseline: '无基线',
    noLatest: '无最新值',
    noActual: '暂无实际值',
    noData: '暂无数据',
    covered: (p: string) => `已完成 ${p}`,
    status: '状态',
    userSupplied: '用户导入',
    sep: '，',
    colon: '：',
    paren: (s: string) => `（${s}）`,
  },
  en: {
    baseline: 'Baseline',
    latest: 'Latest',
    target: 'Target',
    expected: 'Expected by now',
    actual: 'Actual',
    impliedPath: 'Implied path',
    perYear: (rate: string) => `${rate} a year`,
    noTarget: 'no target',
    noBaseline: 'no baseline',
    noLatest: 'no latest figure',
    noActual: 'No actual figure yet',
    noData: 'No data',
    covered: (p: string) => `${p} of the way`,
    status: 'status',
    userSupplied: 'user-supplied',
    sep: ', ',
    colon: ': ',
    paren: (s: string) => ` (${s})`,
  },
} as const;

export type Words = (typeof WORDS)[ChartLocale];

/** '800 亿元（2017年）' */
export function valueAtPeriod(value: number, period: string, unit: Unit, locale: ChartLocale): string {
  return formatValue(value, unit, locale) + WORDS[locale].paren(formatPeriod(period, locale));
}

/** '≥8%' for a growth-rate target, from its rate in percent. */
export function rateText(target: TargetRef, locale: ChartLocale): string | null {
  if (target.rate === undefined || !Number.isFinite(target.rate)) return null;
  return formatQualifier(target.qualifier, locale) + formatValue(target.rate, '%', locale);
}

/** '≥50 家（2025年）', or for a growth-rate target '74.28 亿元（2025年，年均增速≥8%）'. */
export function targetText(target: TargetRef, unit: Unit, locale: ChartLocale): string {
  const w = WORDS[locale];
  const rate = rateText(target, locale);
  const period = formatPeriod(target.period, locale);
  if (rate !== null) {
    return formatValue(target.value, unit, locale) + w.paren(period + w.sep + w.perYear(rate));
  }
  return formatQualifier(target.qualifier, locale) + valueAtPeriod(target.value, target.period, unit, locale);
}

export function pointText(point: PointRef, unit: Unit, locale: ChartLocale): string {
  return valueAtPeriod(point.value, point.period, unit, locale);
}

/** A number the chart may draw: finite, never NaN. */
export function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
