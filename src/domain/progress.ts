// The progress method of DESIGN.md ("Progress: how a panel judges a target"): where an indicator started,
// where it is, where it must get to, and whether it will. Pure: no clock, no I/O; asOf is a parameter.
import { isValid, startOfDay } from 'date-fns';
import { periodEnd, yearsBetween } from './period';
import type { Indicator, Observation } from './dataset-schema';
import type { Progress, Reason, Status, TargetRef } from './progress-types';
import {
  days,
  clamp01,
  toEntries,
  earliest,
  latest,
  pickTarget,
  statusFromRatio,
  growth,
  pointRef,
  empty,
  sanitize,
  unjudged,
  gapOf,
  metOrPassed,
  noGrowthRequired,
  type Direction,
  type Entry,
} from './progress-core';
import { shareProgress, flowProgress } from './progress-own-terms';

/**
 * Judges one indicator as of `asOf` (only the calendar day counts). `extra`: observations the user imported,
 * merged after the indicator's own, so on the same period they win. Actuals whose period ends after asOf are
 * not yet known at asOf and are left out.
 */
export function computeProgress(indicator: Indicator, asOf: Date, extra: Observation[] = []): Progress {
  if (!isValid(asOf)) throw new RangeError('computeProgress: asOf is not a valid date');
  const now = startOfDay(asOf);
  const entries = toEntries([...indicator.observations, ...extra]);
  const actuals = entries.filter(
    (e) => e.obs.role === 'actual' && e.obs.basis === 'level' && days(e.end, now) >= 0,
  );
  const ownTerms =
    indicator.measure === 'flow' || indicator.measure === 'share' || indicator.measure === 'rate';
  const targets = entries.filter(
    (e) => e.obs.role === 'target' && (e.obs.basis === 'level' || (!ownTerms && e.obs.basis === 'cagr')),
  );
  const target = pickTarget(targets, now);
  let result: Progress;
  if (!target) result = noTarget(actuals);
  else if (indicator.measure === 'flow') result = flowProgress(indicator.direction, now, actuals, target);
  else if (ownTerms) result = shareProgress(indicator.direction, now, actuals, target);
  else result = levelProgress(indicator.direction, now, actuals, target);
  return sanitize(target ? { ...result, targetObservation: target.obs } : result);
}

function noTarget(actuals: Entry[]): Progress {
  const base = earliest(actuals);
  const last = latest(actuals);
  const p = empty('no-target', 'no-target');
  if (!base || !last) return p;
  return {
    ...p,
    baseline: pointRef(base),
    latest: pointRef(last),
    cagrObserved: growth(base.obs.value, last.obs.value, yearsBetween(base.end, last.end)),
  };
}

/** One point a year on B·(1+g)^(t−t0): the baseline, each year end in between, and the deadline. */
function impliedPath(base: Entry, target: Entry, g: number): { period: string; value: number }[] {
  const b = base.obs.value;
  const at = (d: Date) => b * (1 + g) ** yearsBetween(base.end, d);
  const path = [{ period: base.obs.period, value: b }];
  for (let y = base.end.getFullYear(); y <= target.end.getFullYear(); y++) {
    const end = periodEnd(String(y).padStart(4, '0'));
    if (days(base.end, end) > 0 && days(end, target.end) > 0)
      path.push({ period: String(y), value: at(end) });
  }
  path.push({ period: target.obs.period, value: at(target.end) });
  return path;
}

function levelProgress(direction: Direction, now: Date, actuals: Entry[], target: Entry): Progress {
  const base = earliest(actuals);
  const last = latest(actuals);
  const isRate = target.obs.basis === 'cagr';
  if (isRate && !base) return empty('insufficient-data', 'no-baseline');
  if (isRate && base && base.obs.value <= 0) {
    return { ...empty('insufficient-data', 'zero-or-negative-base'), baseline: pointRef(base) };
  }
  if (isRate && base && days(base.end, target.end) <= 0) {
    return { ...empty('insufficient-data', 'no-baseline'), baseline: pointRef(base) };
  }
  const g = target.obs.value / 100;
  const t =
    isRate && base ? base.obs.value * (1 + g) ** yearsBetween(base.end, target.end) : target.obs.value;
  if (isRate && base && !(1 + g > 0 && Number.isFinite(t))) {
    // A rate of −100 % or less (or one that overflows) gives no level path.
    return { ...empty('insufficient-data', 'zero-or-negative-base'), baseline: pointRef(base) };
  }
  const targetRef: TargetRef = {
    ...pointRef(target, t),
    qualifier: target.obs.qualifier,
    implied: isRate,
    ...(isRate && { rate: target.obs.value }),
  };
  const p: Progress = {
    ...empty('insufficient-data', 'no-baseline'),
    target: targetRef,
    impliedPath: isRate && base ? impliedPath(base, target, g) : null,
  };
  if (!base || !last) return unjudged(p, target, now);

  const b = base.obs.value;
  const a = last.obs.value;
  const span = yearsBetween(base.end, target.end);
  const cagrRequiredFromBaseline = growth(b, t, span);
  const elapsed = yearsBetween(base.end, now);
  const m: Progress = {
    ...p,
    baseline: pointRef(base),
    latest: pointRef(last),
    distanceCovered: t !== b ? (a - b) / (t - b) : null,
    timeElapsed: span > 0 ? clamp01(elapsed / span) : null,
    gap: gapOf(t, a),
    cagrObserved: growth(b, a, yearsBetween(base.end, last.end)),
    cagrRequired: growth(a, t, yearsBetween(last.end, target.end)),
    cagrRequiredFromBaseline,
    expectedNow:
      cagrRequiredFromBaseline !== null
        ? b * (1 + cagrRequiredFromBaseline) ** Math.min(Math.max(elapsed, 0), span)
        : null,
  };
  m.ratio =
    m.cagrObserved !== null && cagrRequiredFromBaseline ? m.cagrObserved / cagrRequiredFromBaseline : null;
  const judged = (status: Status, reason: Reason): Progress => ({ ...m, status, reason });
  const verdict = metOrPassed(target, actuals, a, t, direction, now);
  if (verdict) return judged(...verdict);
  if (days(base.end, last.end) <= 0) return judged('insufficient-data', 'no-actual-after-baseline');
  if (b <= 0 || a <= 0 || t <= 0) return judged('insufficient-data', 'zero-or-negative-base');
  if (!(span > 0)) return judged('insufficient-data', 'no-baseline');
  const wrongSide = direction === 'decrease' ? t >= b : t <= b;
  if (wrongSide) return { ...judged(noGrowthRequired(b, a, direction), 'no-growth-required'), ratio: null };
  if (m.ratio === null || !Number.isFinite(m.ratio)) return judged('insufficient-data', 'no-baseline');
  return judged(statusFromRatio(m.ratio), 'ratio');
}
