// A panel's facts in words, the one home for them: its figures with their periods, its target as the panel
// states it, and the rows under the figures by what is true at the as-of date (gap, growth needed and
// observed, trend, result, projection). The panel shows them (PanelFigures.tsx links each figure to its quote;
// PanelGrowth.tsx), and so do the print layout and the slides. Pure.
import type { Indicator, Observation } from '../domain/dataset-schema';
import type { PointRef, Progress } from '../domain/progress-types';
import { formatFigure, formatPercent, formatPeriod, formatValue } from '../domain/format';
import { changeText, observationPeriodText, pointText, trendRateText } from './progress-words';
import type { Locale, Translate } from './translate';

/** A draft figure (not yet reviewed) says so wherever it is written: '1,100 亿元（待核）'. */
function marked(text: string, o: Pick<Observation, 'draft'>, t: Translate): string {
  return o.draft === true ? `${text}${t('text.parenthesis', { text: t('panel.draft') })}` : text;
}

/** '608.2 亿元（2021年12月）', '300 家（2017年10月（推定））', a draft's '（待核）' after; 无 without a figure. */
export function pointWithPeriod(
  ref: PointRef | null,
  unit: Indicator['unit'],
  t: Translate,
  locale: Locale,
): string {
  if (!ref) return t('panel.noValue');
  const period = observationPeriodText({ period: ref.period, dated: ref.observation.dated }, locale);
  return marked(
    `${pointText(ref, unit, locale)}${t('text.parenthesis', { text: period })}`,
    ref.observation,
    t,
  );
}

/** The target as the panel states it: its figure with its qualifier (or its rate and the level it implies), by when. */
export function targetText(p: Progress, indicator: Indicator, t: Translate, locale: Locale): string {
  const unit = indicator.unit;
  const by = (period: string) => t('panel.deadline', { period: formatPeriod(period, locale) });
  const rate = (o: Observation) =>
    t('panel.cagrTarget', { value: formatFigure(o.value, '%', o.qualifier, locale, o.source.quote) });
  const join = (parts: string[], o: Observation) => marked(parts.join(t('text.phraseSeparator')), o, t);
  if (p.status === 'not-yet-set') {
    const published = p.targetPublished ? formatPeriod(p.targetPublished, locale) : t('panel.none');
    return t('panel.notYetSet', { published });
  }
  const target = p.target;
  if (target && target.rate !== undefined) {
    const level = t('panel.impliedLevel', {
      value: formatFigure(target.value, unit, target.qualifier, locale),
    });
    return join([rate(target.observation), level, by(target.period)], target.observation);
  }
  if (target) {
    const o = target.observation;
    return join(
      [formatFigure(target.value, unit, target.qualifier, locale, o.source.quote), by(target.period)],
      o,
    );
  }
  const o = p.targetObservation;
  if (!o) return t('panel.noValue');
  const value =
    o.basis === 'cagr' ? rate(o) : formatFigure(o.value, unit, o.qualifier, locale, o.source.quote);
  return join([value, by(o.period)], o);
}

export type GrowthRow = { key: string; label: string; value: string; projection?: boolean };

/**
 * The rows under the figures, by what is true at the as-of date:
 * - before the deadline: the gap (or how far the target is exceeded), the growth still needed and the growth
 *   observed (annual rates only over a year or more; a shorter span shows its change as it is);
 * - after it, with a result: what was reached at the deadline and what was missing (or exceeded);
 * - after it, awaiting the result: the gap at the last actual, dated, and the projection to the deadline when a
 *   trend allows one, marked as such;
 * - without a target (or before it was set): the trend.
 */
export function growthRows(p: Progress, indicator: Indicator, t: Translate, locale: Locale): GrowthRow[] {
  const unit = indicator.unit;
  const none = t('panel.none');
  const rows: GrowthRow[] = [];
  const pct = (x: number | null) => (x === null ? none : formatPercent(x, locale));
  const perUnit = (x: number | null | undefined) =>
    x === null || x === undefined ? none : formatValue(x, unit, locale);
  const gapValue = (g: NonNullable<Progress['gap']>) =>
    t('panel.gapValue', {
      abs: formatValue(g.absolute, unit, locale),
      pct: formatPercent(g.relative, locale),
    });
  const observed = (): GrowthRow => {
    if (p.observedChange)
      return {
        key: 'observed',
        label: t('panel.changeObserved'),
        value: changeText(p.observedChange, unit, locale),
      };
    if (p.perYear)
      return { key: 'observed', label: t('panel.perYearObserved'), value: perUnit(p.perYear.observed) };
    return { key: 'observed', label: t('panel.growthObserved'), value: pct(p.cagrObserved) };
  };

  if (p.status === 'no-target' || p.status === 'not-yet-set') {
    if (p.trend) {
      const value = t('panel.trendValue', {
        direction: t(`trend.${p.trend.direction}`),
        rate: trendRateText(p.trend, unit, locale),
      });
      rows.push({ key: 'trend', label: t('panel.trend'), value });
    } else if (p.observedChange) rows.push(observed());
    return rows;
  }

  if (p.status === 'awaiting-result') {
    if (p.gap && p.gap.absolute > 0 && p.latest)
      rows.push({
        key: 'gap',
        label: t('panel.gapAtLatest', { period: formatPeriod(p.latest.period, locale) }),
        value: gapValue(p.gap),
      });
    const pr = p.projection;
    if (pr) {
      const value = t('panel.projectionValue', {
        value: formatValue(pr.value, unit, locale),
        from: formatPeriod(pr.trend.from.period, locale),
        to: formatPeriod(pr.trend.to.period, locale),
      });
      rows.push({
        key: 'projection',
        label: t('panel.projection', { period: formatPeriod(pr.period, locale) }),
        value,
        projection: true,
      });
    }
    if (p.cagrObserved !== null || p.observedChange) rows.push(observed());
    return rows;
  }

  if (p.result) {
    // After the deadline: what was reached, and what was missing (or exceeded) at the deadline.
    // A target met before its deadline is judged by that earlier actual: it is the latest, not "at the deadline".
    const atDeadline = !p.target || p.result.date >= p.target.date;
    rows.push({
      key: 'reached',
      label: t(atDeadline ? 'panel.reached' : 'panel.latest'),
      value: `${pointText(p.result, unit, locale)}${t('text.parenthesis', { text: formatPeriod(p.result.period, locale) })}`,
    });
    if (p.gap && p.gap.absolute > 0)
      rows.push({
        key: 'gap',
        label: t(p.gap.exceeded ? 'panel.exceededAtDeadline' : 'panel.gapAtDeadline'),
        value: gapValue(p.gap),
      });
    if (p.cagrObserved !== null || p.observedChange || p.perYear?.observed != null) rows.push(observed());
    return rows;
  }

  // Before the deadline with no actual at all there is nothing to measure: no row of dashes.
  if (!p.latest) return rows;
  rows.push({
    key: 'gap',
    label: t(p.gap?.exceeded ? 'panel.exceeded' : 'panel.gap'),
    value: p.gap ? gapValue(p.gap) : none,
  });
  if (p.requiredChange)
    rows.push({
      key: 'needed',
      label: t('panel.changeNeeded'),
      value: changeText(p.requiredChange, unit, locale),
    });
  else if (p.perYear)
    rows.push({ key: 'needed', label: t('panel.perYearNeeded'), value: perUnit(p.perYear.required) });
  else rows.push({ key: 'needed', label: t('panel.growthNeeded'), value: pct(p.cagrRequired) });
  rows.push(observed());
  return rows;
}
