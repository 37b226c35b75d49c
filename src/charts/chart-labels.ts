// The point texts shared by the chart labels and the screen-reader description.
import type { Unit } from '../domain/types';
import type { PointRef, TargetRef } from '../domain/progress-types';
import type { ChartLocale } from './chart-input';
import { observationPeriodText } from '../i18n/progress-words';
import { translator } from '../i18n/translate';
import { formatFigure, formatPeriod, formatValue } from '../domain/format';

/** '800 亿元（2017年）' */
export function valueAtPeriod(value: number, period: string, unit: Unit, locale: ChartLocale): string {
  const t = translator(locale);
  return t('chart.valueAt', {
    value: formatValue(value, unit, locale),
    period: formatPeriod(period, locale),
  });
}

/** '8%以上' / 'at least 8%' for a growth-rate target, from its rate in percent: the qualifier in words. */
export function rateText(target: TargetRef, locale: ChartLocale): string | null {
  if (target.rate === undefined || !Number.isFinite(target.rate)) return null;
  return formatFigure(target.rate, '%', target.qualifier, locale, target.observation.source.quote);
}

/** '50 家以上（2025年）', or for a growth-rate target '74.28 亿元（2025年，年均增速8%以上）'. */
export function targetText(target: TargetRef, unit: Unit, locale: ChartLocale): string {
  const t = translator(locale);
  const rate = rateText(target, locale);
  if (rate !== null) {
    const value = formatValue(target.value, unit, locale);
    const period = formatPeriod(target.period, locale);
    return t('chart.targetAt', { value, period, rate: t('chart.perYear', { rate }) });
  }
  const o = target.observation;
  return t('chart.valueAt', {
    value: formatFigure(target.value, unit, target.qualifier, locale, o.source.quote),
    period: formatPeriod(target.period, locale),
  });
}

/** An actual with its qualifier in words: '超过18 亿元（2021年）', '2,000余家（2017年11月）'. */
export function pointText(point: PointRef, unit: Unit, locale: ChartLocale): string {
  const o = point.observation;
  return translator(locale)('chart.valueAt', {
    value: formatFigure(point.value, unit, o.qualifier, locale, o.source.quote),
    period: observationPeriodText({ period: point.period, dated: o.dated }, locale),
  });
}

/** A number the chart may draw: finite, never NaN. */
export function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
