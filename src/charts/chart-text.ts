// A text description of a chart for screen readers (the chart box's aria-label), in the locale:
// "科技型企业贷款余额：基线 800 亿元（2017年），最新 6,950 亿元（2024年6月），无目标".
import { monthPeriodOf } from '../domain/period';
import type { Status } from '../domain/progress-types';
import type { ChartInput, ChartLocale } from './chart-input';
import { finite, pointText, targetText, valueAtPeriod, WORDS } from './chart-labels';
import { formatPercent } from './chart-format';

const STATUS_TEXT: Record<ChartLocale, Record<Status, string>> = {
  'zh-CN': {
    achieved: '已实现',
    'on-track': '进度正常',
    'needs-acceleration': '需加快',
    'limited-progress': '进展有限',
    deterioration: '出现倒退',
    'deadline-passed': '已过期限未实现',
    'insufficient-data': '数据不足',
    'no-target': '无目标',
  },
  en: {
    achieved: 'achieved',
    'on-track': 'on track',
    'needs-acceleration': 'needs acceleration',
    'limited-progress': 'limited progress',
    deterioration: 'deterioration',
    'deadline-passed': 'deadline passed',
    'insufficient-data': 'insufficient data',
    'no-target': 'no target',
  },
};

export function statusText(status: Status, locale: ChartLocale): string {
  return STATUS_TEXT[locale][status];
}

export function chartDescription(input: ChartInput): string {
  const { indicator, progress, locale, asOf } = input;
  const w = WORDS[locale];
  const unit = indicator.unit;
  const name = locale === 'en' ? indicator.name.en : indicator.name.zh;
  const parts: string[] = [];
  // mid-sentence in English: 'baseline', not 'Baseline'
  const word = (s: string) => (locale === 'en' ? s.charAt(0).toLowerCase() + s.slice(1) : s);

  const { baseline, latest, target } = progress;
  parts.push(
    baseline && finite(baseline.value)
      ? `${word(w.baseline)} ${pointText(baseline, unit, locale)}`
      : w.noBaseline,
  );
  if (latest && finite(latest.value) && !(baseline && latest.period === baseline.period)) {
    parts.push(`${word(w.latest)} ${pointText(latest, unit, locale)}`);
  } else {
    parts.push(w.noLatest);
  }
  if (!target || !finite(target.value)) {
    parts.push(w.noTarget);
    return name + w.colon + parts.join(w.sep);
  }
  parts.push(`${word(w.target)} ${targetText(target, unit, locale)}`);
  if (finite(progress.expectedNow) && baseline) {
    parts.push(
      `${word(w.expected)} ${valueAtPeriod(progress.expectedNow, monthPeriodOf(asOf), unit, locale)}`,
    );
  }
  if (finite(progress.distanceCovered))
    parts.push(w.covered(formatPercent(progress.distanceCovered, locale)));
  parts.push(w.status + w.colon + statusText(progress.status, locale));
  return name + w.colon + parts.join(w.sep);
}
