// The figures a slide carries as text beside its chart: status, baseline, latest, target and gap, in the
// words the panel uses (its labels, its figures with their qualifiers, its periods). Pure.
import type { Indicator } from '../domain/dataset-schema';
import type { Progress } from '../domain/progress-types';
import { growthRows, pointWithPeriod, targetText } from '../i18n/panel-facts';
import { translator, type Locale, type Translate } from '../i18n/translate';
import { statusText } from './source-line';

export interface SlideFact {
  key: 'baseline' | 'latest' | 'target' | 'gap';
  label: string;
  value: string;
}

export interface SlideFacts {
  /** '状态：需加快 — 已实现增速为所需增速的 72%' */
  status: string;
  facts: SlideFact[];
}

/** The gap as the panel's rows say it (left, exceeded, at the deadline, or at the last actual with its date). */
function gapFact(p: Progress, indicator: Indicator, t: Translate, locale: Locale): SlideFact {
  const row = growthRows(p, indicator, t, locale).find((r) => r.key === 'gap');
  return row
    ? { key: 'gap', label: row.label, value: row.value }
    : { key: 'gap', label: t('panel.gap'), value: t('panel.none') };
}

export function slideFacts(indicator: Indicator, progress: Progress, locale: Locale): SlideFacts {
  const t = translator(locale);
  return {
    status: statusText(progress, indicator.unit, locale),
    facts: [
      {
        key: 'baseline',
        label: t('panel.baseline'),
        value: pointWithPeriod(progress.baseline, indicator.unit, t, locale),
      },
      {
        key: 'latest',
        label: t('panel.latest'),
        value: pointWithPeriod(progress.latest, indicator.unit, t, locale),
      },
      { key: 'target', label: t('panel.target'), value: targetText(progress, indicator, t, locale) },
      gapFact(progress, indicator, t, locale),
    ],
  };
}
