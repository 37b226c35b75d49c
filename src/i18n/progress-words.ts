// The words a panel, a chart and an export say from the progress method: one home, so the badge, the chart's
// status name and the export's status line are the same words, and each reason is filled in with the figures
// it is about (which actual, which deadline, which document date).
import type { Observation } from '../domain/dataset-schema';
import {
  formatChange,
  formatFigure,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatSpan,
  formatValue,
} from '../domain/format';
import type { PointRef, Progress, Span, Status, Trend } from '../domain/progress-types';
import type { Unit } from '../domain/types';
import { translator, type Locale } from './translate';

/** The status in words: the badge's, the chart's and the export's. */
export function statusName(status: Status, locale: Locale): string {
  return translator(locale)(`status.${status}`);
}

/** An observation's value with its qualifier in words (2,000余家, 超过18 亿元, 50 家以上). */
export function figureText(value: number, observation: Observation, unit: Unit, locale: Locale): string {
  return formatFigure(value, unit, observation.qualifier, locale, observation.source.quote);
}

/** A point with its qualifier in words. */
export function pointText(p: PointRef, unit: Unit, locale: Locale): string {
  return figureText(p.value, p.observation, unit, locale);
}

/** The rate of a trend: '年均 +10.0%' / '+10.0% a year'; for a share '每年 +0.5 个百分点'. */
export function trendRateText(trend: Trend, unit: Unit, locale: Locale): string {
  const t = translator(locale);
  if (trend.kind === 'growth') {
    const rate = `${trend.rate < 0 ? '−' : '+'}${formatPercent(Math.abs(trend.rate), locale)}`;
    return t('rate.growthPerYear', { rate });
  }
  if (unit === '%') {
    const value = `${trend.rate < 0 ? '−' : '+'}${formatNumber(Math.abs(trend.rate), locale)}`;
    return t('rate.pointsPerYear', { value });
  }
  return t('rate.changePerYear', { value: formatChange(trend.rate, unit, locale) });
}

/**
 * A change over less than a year: '1个月内增加1,700余家' / '+more than 1,700 in 1 month' — the qualifier of
 * the later figure travels with the change (from 300 to 2000余 is an increase of 1,700余).
 */
export function changeText(
  change: { delta: number; span: Span | null; to?: PointRef },
  unit: Unit,
  locale: Locale,
): string {
  const t = translator(locale);
  const magnitude = Math.abs(change.delta);
  const value = change.to
    ? figureText(magnitude, change.to.observation, unit, locale)
    : formatValue(magnitude, unit, locale);
  if (!change.span)
    return t(change.delta < 0 ? 'panel.changeDownUndated' : 'panel.changeUpUndated', { value });
  const span = formatSpan(change.span, locale);
  return t(change.delta < 0 ? 'panel.changeDown' : 'panel.changeUp', { value, span });
}

/** An observation's period as shown beside its figure: marked when the date is assumed ('2017年10月（推定）'). */
export function observationPeriodText(o: Pick<Observation, 'period' | 'dated'>, locale: Locale): string {
  const period = formatPeriod(o.period, locale);
  return o.dated === 'assumed' ? translator(locale)('panel.periodAssumed', { period }) : period;
}

/** The reason under a status, in words true of the figures it names. */
export function reasonText(p: Progress, unit: Unit, locale: Locale): string {
  const t = translator(locale);
  const period = (s: string) => formatPeriod(s, locale);
  const deadline = p.target?.period ?? p.targetObservation?.period;
  switch (p.reason) {
    case 'ratio':
      return t('reason.ratio', {
        ratio: p.ratio === null ? t('panel.none') : formatPercent(p.ratio, locale),
      });
    case 'flow-or-share':
      return t('reason.flow-or-share', {
        covered: p.distanceCovered === null ? t('panel.none') : formatPercent(p.distanceCovered, locale),
      });
    case 'target-met':
    case 'deadline-actual-short': {
      const judged = p.result ?? p.latest;
      if (!judged) return t(`reason.${p.reason}`);
      return t(`reason.${p.reason}`, {
        value: pointText(judged, unit, locale),
        period: period(judged.period),
        deadline: deadline ? period(deadline) : t('panel.none'),
      });
    }
    case 'no-actual-since-deadline': {
      const d = deadline ? period(deadline) : t('panel.none');
      return p.latest
        ? t('reason.no-actual-since-deadline', { deadline: d, period: period(p.latest.period) })
        : t('reason.no-actual-since-deadline.none', { deadline: d });
    }
    case 'no-actual-in-window':
      return t('reason.no-actual-in-window', {
        from: period(p.targetObservation?.since ?? deadline ?? ''),
        to: deadline ? period(deadline) : t('panel.none'),
      });
    case 'target-not-yet-set':
      return t('reason.target-not-yet-set', {
        published: p.targetPublished ? period(p.targetPublished) : t('panel.none'),
      });
    case 'trend-rising':
    case 'trend-flat':
    case 'trend-falling':
      return p.trend
        ? t(`reason.${p.reason}`, {
            from: period(p.trend.from.period),
            to: period(p.trend.to.period),
            rate: trendRateText(p.trend, unit, locale),
          })
        : t('reason.no-target');
    default:
      return t(`reason.${p.reason}`);
  }
}
