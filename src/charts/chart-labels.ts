// The point texts shared by the chart labels and the screen-reader description.
import type { Unit } from '../domain/types';
import type { PointRef, TargetRef } from '../domain/progress-types';
import type { ChartLocale } from './chart-input';
import { translator } from '../i18n/translate';
import { formatFigure, formatPeriod, formatQualifier, formatValue } from '../domain/format';

/** '800 亿元（2017年）' */
export function valueAtPeriod(value: number, period: string, unit: Unit, locale: ChartLocale): string {
  const t = translator(locale);
  return t('chart.valueAt', {
    value: formatValue(value, unit, locale),
    period: formatPeriod(period, locale),
  });
}

/** '≥8%' for a growth-rate target, from its rate in percent. */
export function rateText(target: TargetRef, locale: ChartLocale): string | null {
  if (target.rate === undefined || !Number.isFinite(target.rate)) return null;
  return formatQualifier(target.qualifier, locale) + formatValue(target.rate, '%', locale);
}

/** '≥50 家（2025年）', or for a growth-rate target '74.28 亿元（2025年，年均增速≥8%）'. */
export function targetText(target: TargetRef, unit: Unit, locale: ChartLocale): string {
  const t = translator(locale);
  const rate = rateText(target, locale);
  if (rate !== null) {
    const value = formatValue(target.value, unit, locale);
    const period = formatPeriod(target.period, locale);
    return t('chart.targetAt', { value, period, rate: t('chart.perYear', { rate }) });
  }
  return formatQualifier(target.qualifier, locale) + valueAtPeriod(target.value, target.period, unit, locale);
}

/** An actual with its qualifier in words: '超过18 亿元（2021年）', '2,000余家（2017年11月）'. */
export function pointText(point: PointRef, unit: Unit, locale: ChartLocale): string {
  const o = point.observation;
  return translator(locale)('chart.valueAt', {
    value: formatFigure(point.value, unit, o.qualifier, locale, o.source.quote),
    period: formatPeriod(point.period, locale),
  });
}

/** A number the chart may draw: finite, never NaN. */
export function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
