// The figures a slide carries as text beside its chart: status, baseline, latest, target and gap, in the
// words the panel uses (its labels, its figures with their qualifiers, its periods). Pure.
import type { Indicator, Observation } from '../domain/dataset-schema';
import { formatFigure, formatPercent, formatPeriod, formatValue } from '../domain/format';
import type { PointRef, Progress } from '../domain/progress-types';
import { pointText } from '../i18n/progress-words';
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

function point(p: PointRef | null, indicator: Indicator, t: Translate, locale: Locale): string {
  if (!p) return t('panel.noValue');
  const period = t('text.parenthesis', { text: formatPeriod(p.period, locale) });
  return `${pointText(p, indicator.unit, locale)}${period}`;
}

/** The target as the panel's figures say it: its value with its qualifier, or its rate and level, by when. */
function targetValue(p: Progress, indicator: Indicator, t: Translate, locale: Locale): string {
  const unit = indicator.unit;
  const by = (period: string) => t('panel.deadline', { period: formatPeriod(period, locale) });
  const rate = (o: Observation) =>
    t('panel.cagrTarget', { value: formatFigure(o.value, '%', o.qualifier, locale, o.source.quote) });
  if (p.status === 'not-yet-set') {
    const published = p.targetPublished ? formatPeriod(p.targetPublished, locale) : t('panel.none');
    return t('panel.notYetSet', { published });
  }
  const target = p.target;
  if (target && target.rate !== undefined) {
    const level = t('panel.impliedLevel', {
      value: formatFigure(target.value, unit, target.qualifier, locale),
    });
    return [rate(target.observation), level, by(target.period)].join(t('text.phraseSeparator'));
  }
  if (target) {
    const o = target.observation;
    return [
      formatFigure(target.value, unit, target.qualifier, locale, o.source.quote),
      by(target.period),
    ].join(t('text.phraseSeparator'));
  }
  const o = p.targetObservation;
  if (o) {
    const value =
      o.basis === 'cagr' ? rate(o) : formatFigure(o.value, unit, o.qualifier, locale, o.source.quote);
    return [value, by(o.period)].join(t('text.phraseSeparator'));
  }
  return t('panel.noValue');
}

/** The gap as the panel's rows label it: left to go, exceeded by, or either at the deadline once it passed. */
function gapFact(p: Progress, indicator: Indicator, t: Translate, locale: Locale): SlideFact {
  const gap = p.gap;
  const atDeadline = Boolean(p.result);
  const key = gap?.exceeded
    ? atDeadline
      ? 'panel.exceededAtDeadline'
      : 'panel.exceeded'
    : atDeadline
      ? 'panel.gapAtDeadline'
      : 'panel.gap';
  const value =
    gap && p.latest
      ? t('panel.gapValue', {
          abs: formatValue(gap.absolute, indicator.unit, locale),
          pct: formatPercent(gap.relative, locale),
        })
      : t('panel.none');
  return { key: 'gap', label: t(key), value };
}

export function slideFacts(indicator: Indicator, progress: Progress, locale: Locale): SlideFacts {
  const t = translator(locale);
  return {
    status: statusText(progress, indicator.unit, locale),
    facts: [
      { key: 'baseline', label: t('panel.baseline'), value: point(progress.baseline, indicator, t, locale) },
      { key: 'latest', label: t('panel.latest'), value: point(progress.latest, indicator, t, locale) },
      { key: 'target', label: t('panel.target'), value: targetValue(progress, indicator, t, locale) },
      gapFact(progress, indicator, t, locale),
    ],
  };
}
