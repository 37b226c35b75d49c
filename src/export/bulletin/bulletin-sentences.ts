// The bulletin's sentences about one indicator, from the progress method's results and nothing else: each
// clause is said only when the figure it names exists (no "latest" without an actual, no growth still needed
// once the deadline has passed, no gap on the wrong side). Templates per status and measure are in
// src/i18n/bulletin-words.ts; figures are written by src/domain/format.ts and src/i18n/progress-words.ts. Pure.
import type { Indicator } from '../../domain/dataset-schema';
import {
  formatChange,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatSpan,
  formatValue,
  MISSING,
} from '../../domain/format';
import { isoToDate } from '../../domain/period';
import type { Progress } from '../../domain/progress-types';
import { BULLETIN_WORDS, fillWords } from '../../i18n/bulletin-words';
import { localName } from '../../i18n/local-name';
import { figureText, observationPeriodText, pointText, statusName } from '../../i18n/progress-words';
import type { Locale } from '../../i18n/translate';
import { formatDocumentDate, reasonText } from '../source-line';

const signed = (x: number, text: (v: number) => string) => `${x < 0 ? '−' : '+'}${text(Math.abs(x))}`;

/**
 * A difference in the indicator's unit, never negative: a gap, a change a year. Between two shares or rates
 * it is in percentage points ('1.5个百分点'), not in percent of something.
 */
export function differenceText(value: number, unit: Indicator['unit'], locale: Locale): string {
  if (unit !== '%') return formatValue(value, unit, locale);
  const w = BULLETIN_WORDS[locale];
  const n = formatNumber(value, locale);
  return fillWords(n === '1' ? w.point : w.points, { value: n });
}

/** The target in words: '1,200 亿元', '2,000余家', a growth-rate target '年均增长8%以上，对应92.9 亿元'. */
export function targetText(indicator: Indicator, p: Progress, locale: Locale): string | null {
  const w = BULLETIN_WORDS[locale];
  if (p.target) {
    const obs = p.target.observation;
    if (p.target.rate !== undefined) {
      return fillWords(w.targetRateImplied, {
        rate: figureText(p.target.rate, obs, '%', locale),
        value: formatValue(p.target.value, indicator.unit, locale),
      });
    }
    return figureText(p.target.value, obs, indicator.unit, locale);
  }
  const obs = p.targetObservation;
  if (!obs) return null;
  if (obs.basis === 'cagr') return fillWords(w.targetRate, { rate: figureText(obs.value, obs, '%', locale) });
  return obs.basis === 'level' ? figureText(obs.value, obs, indicator.unit, locale) : null;
}

/** The deadline of the judged target, as its period ('2027' …), or null. */
export function deadlineOf(p: Progress): string | null {
  return p.target?.period ?? p.targetObservation?.period ?? null;
}

/** The opening sentence: the latest actual, and how it moved since the baseline (only what was observed). */
function latestSentence(indicator: Indicator, p: Progress, locale: Locale, asOf: string): string {
  const w = BULLETIN_WORDS[locale];
  const name = localName(indicator.name, locale);
  const period = (s: string) => formatPeriod(s, locale);
  const latest = p.latest;
  if (!latest) return fillWords(w.noLatest, { name, date: formatDocumentDate(asOf, locale) });
  const figure = pointText(latest, indicator.unit, locale);
  const opening =
    indicator.measure === 'flow' && p.flow
      ? fillWords(w.latest.flow, {
          from: period(p.flow.windowStart),
          period: period(latest.period),
          name,
          figure,
        })
      : fillWords(
          indicator.measure === 'share'
            ? w.latest.share
            : indicator.measure === 'rate'
              ? w.latest.rate
              : w.latest.level,
          { period: period(latest.period), name, figure },
        );
  const from = p.flow?.windowStart ?? p.baseline?.period;
  let moved: string | null = null;
  if (p.cagrObserved !== null && p.baseline) {
    const rate = formatPercent(Math.abs(p.cagrObserved), locale);
    moved = fillWords(p.cagrObserved < 0 ? w.declineObserved : w.growthObserved, {
      from: period(p.baseline.period),
      rate,
    });
  } else if (p.perYear?.observed != null && from) {
    const v = p.perYear.observed;
    moved =
      indicator.unit === '%'
        ? fillWords(w.pointsObserved, {
            from: period(from),
            value: signed(v, (x) => differenceText(x, '%', locale)),
          })
        : indicator.measure === 'flow' && v >= 0
          ? fillWords(w.flowPerYearObserved, {
              from: period(from),
              value: formatValue(v, indicator.unit, locale),
            })
          : fillWords(w.perYearObserved, {
              from: period(from),
              value: formatChange(v, indicator.unit, locale),
            });
  } else if (p.observedChange && p.observedChange.delta !== 0) {
    const c = p.observedChange;
    moved = fillWords(c.delta < 0 ? w.changeObservedDown : w.changeObservedUp, {
      // An assumed date says so (2017年10月（推定）).
      from: observationPeriodText({ period: c.from.period, dated: c.from.observation.dated }, locale),
      value: figureText(Math.abs(c.delta), c.to.observation, indicator.unit, locale),
    });
  }
  return moved ? `${opening}${w.clause}${moved}` : opening;
}

/** What is still needed before the deadline, as the method computed it (null when it computed nothing). */
function requiredClause(indicator: Indicator, p: Progress, locale: Locale): string | null {
  const w = BULLETIN_WORDS[locale];
  if (p.cagrRequired !== null) {
    const rate = formatPercent(Math.abs(p.cagrRequired), locale);
    return fillWords(p.cagrRequired < 0 ? w.requiredDecline : w.requiredGrowth, { rate });
  }
  const perYear = p.perYear?.required;
  if (perYear != null && perYear > 0) {
    return indicator.unit === '%'
      ? fillWords(w.requiredPoints, { value: differenceText(perYear, '%', locale) })
      : fillWords(w.requiredPerYear, { value: formatValue(perYear, indicator.unit, locale) });
  }
  if (p.requiredChange?.span && p.requiredChange.delta > 0) {
    return fillWords(w.requiredChange, {
      span: formatSpan(p.requiredChange.span, locale),
      value: differenceText(p.requiredChange.delta, indicator.unit, locale),
    });
  }
  return null;
}

/** The sentence about the target, by status. */
function targetSentence(indicator: Indicator, p: Progress, locale: Locale, asOf: string): string | null {
  const w = BULLETIN_WORDS[locale];
  const period = (s: string) => formatPeriod(s, locale);
  if (p.status === 'not-yet-set') {
    return fillWords(w.notYetSet, {
      published: p.targetPublished ? formatDocumentDate(p.targetPublished, locale) : MISSING,
      date: formatDocumentDate(asOf, locale),
    });
  }
  const target = targetText(indicator, p, locale);
  const deadlinePeriod = deadlineOf(p);
  if (!target || !deadlinePeriod) return null;
  const deadline = period(deadlinePeriod);
  const gap = p.gap ? differenceText(p.gap.absolute, indicator.unit, locale) : null;
  switch (p.status) {
    case 'achieved':
      return fillWords(p.gap?.exceeded && p.gap.absolute > 0 ? w.achievedExceeded : w.achieved, {
        deadline,
        target,
        gap: gap ?? MISSING,
      });
    case 'missed': {
      const judged = p.result ?? p.latest;
      if (!judged || !p.gap || p.gap.exceeded) return fillWords(w.targetOnly, { deadline, target });
      return fillWords(w.missed, {
        deadline,
        target,
        period: period(judged.period),
        figure: pointText(judged, indicator.unit, locale),
        gap: gap!,
      });
    }
    case 'awaiting-result':
      return fillWords(w.awaiting, { deadline, target });
    default: {
      const ahead = isoToDate(asOf).getTime() < (p.target?.date ?? isoToDate('9999-12-31')).getTime();
      if (!p.gap || p.gap.exceeded || p.gap.absolute <= 0 || !ahead || !p.latest)
        return fillWords(w.targetOnly, { deadline, target });
      const before = fillWords(w.gapBefore, { deadline, target, gap: gap! });
      const required = requiredClause(indicator, p, locale);
      return required ? `${before}${w.then}${required}` : before;
    }
  }
}

/** After the deadline with no result: where the observed trend leads, labelled 推算 (only when computed). */
function projectionSentence(indicator: Indicator, p: Progress, locale: Locale): string | null {
  if (p.status !== 'awaiting-result' || !p.projection) return null;
  const w = BULLETIN_WORDS[locale];
  const period = (s: string) => formatPeriod(s, locale);
  return fillWords(w.projection, {
    from: period(p.projection.trend.from.period),
    to: period(p.projection.trend.to.period),
    deadline: period(p.projection.period),
    value: formatValue(p.projection.value, indicator.unit, locale),
  });
}

/** '状态：需加快。已实现增速为所需增速的 72%。' — the status with its reason, as the exports word it. */
export function statusSentence(indicator: Indicator, p: Progress, locale: Locale): string {
  return fillWords(BULLETIN_WORDS[locale].statusLine, {
    status: statusName(p.status, locale),
    reason: reasonText(p, indicator.unit, locale),
  });
}

/** The sentences of an indicator's section, each ending in a full stop; the status line last. */
export function indicatorSentences(
  indicator: Indicator,
  p: Progress,
  locale: Locale,
  asOf: string,
): string[] {
  const end = BULLETIN_WORDS[locale].sentenceEnd;
  const sentences = [
    latestSentence(indicator, p, locale, asOf),
    targetSentence(indicator, p, locale, asOf),
    projectionSentence(indicator, p, locale),
  ].filter((s): s is string => s !== null);
  return [...sentences.map((s) => `${s}${end}`), statusSentence(indicator, p, locale)];
}
