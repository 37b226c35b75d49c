// A text description of a chart for screen readers (the chart box's aria-label), in the locale:
// "科技型企业贷款余额：基线 800 亿元（2017年），最新 6,950 亿元（2024年6月），无目标".
import { monthPeriodOf } from '../domain/period';
import type { Status } from '../domain/progress-types';
import { localName } from '../i18n/local-name';
import { translator } from '../i18n/translate';
import { statusName } from '../i18n/progress-words';
import type { ChartInput, ChartLocale } from './chart-input';
import { finite, pointText, targetText, valueAtPeriod } from './chart-labels';
import { formatPercent } from '../domain/format';

/** The status as the badge names it. */
export function statusText(status: Status, locale: ChartLocale): string {
  return statusName(status, locale);
}

export function chartDescription(input: ChartInput): string {
  const { indicator, progress, locale, asOf } = input;
  const t = translator(locale);
  const unit = indicator.unit;
  const parts: string[] = [];
  const said = () =>
    t('chart.description', {
      name: localName(indicator.name, locale),
      parts: parts.join(t('text.phraseSeparator')),
    });

  const { baseline, latest, target } = progress;
  parts.push(
    baseline && finite(baseline.value)
      ? t('chart.description.baseline', { value: pointText(baseline, unit, locale) })
      : t('chart.description.noBaseline'),
  );
  // One actual is the latest (and the baseline too when it predates the target's document): never "no latest".
  if (latest && finite(latest.value)) {
    parts.push(t('chart.description.latest', { value: pointText(latest, unit, locale) }));
  } else {
    parts.push(t('chart.description.noLatest'));
  }
  if (!target || !finite(target.value)) {
    parts.push(t('chart.description.noTarget'));
    return said();
  }
  parts.push(t('chart.description.target', { value: targetText(target, unit, locale) }));
  if (finite(progress.expectedNow) && baseline) {
    const value = valueAtPeriod(progress.expectedNow, monthPeriodOf(asOf), unit, locale);
    parts.push(t('chart.description.expected', { value }));
  }
  if (finite(progress.distanceCovered))
    parts.push(t('chart.description.covered', { p: formatPercent(progress.distanceCovered, locale) }));
  parts.push(t('chart.description.status', { status: statusText(progress.status, locale) }));
  return said();
}
