// Flows (新增500亿元 over 2024—2027) and shares (占比10%) judged in their own terms: distance covered
// against time elapsed, with the same thresholds as the level method.
import { subDays } from 'date-fns';
import { periodStart, yearsBetween } from './period';
import type { Progress, Reason, Status, TargetRef } from './progress-types';
import {
  days,
  byEnd,
  clamp01,
  earliest,
  latest,
  statusFromRatio,
  pointRef,
  empty,
  unjudged,
  gapOf,
  metOrPassed,
  noGrowthRequired,
  type Direction,
  type Entry,
} from './progress-core';

/**
 * A share (占比10%) or a rate that is itself the indicator: the level against a straight line from B to T.
 * R = distance covered / time elapsed at the latest actual (not at asOf, so a late statistic is not a delay).
 */
export function shareProgress(direction: Direction, now: Date, actuals: Entry[], target: Entry): Progress {
  const base = earliest(actuals);
  const last = latest(actuals);
  const t = target.obs.value;
  const targetRef: TargetRef = { ...pointRef(target), qualifier: target.obs.qualifier, implied: false };
  const p: Progress = { ...empty('insufficient-data', 'no-baseline'), target: targetRef };
  if (!base || !last) return unjudged(p, target, now);
  const b = base.obs.value;
  const a = last.obs.value;
  const span = yearsBetween(base.end, target.end);
  const toLatest = yearsBetween(base.end, last.end);
  const toDeadline = yearsBetween(last.end, target.end);
  const timeElapsed = span > 0 ? clamp01(yearsBetween(base.end, now) / span) : null;
  const distanceCovered = t !== b ? (a - b) / (t - b) : null;
  const m: Progress = {
    ...p,
    baseline: pointRef(base),
    latest: pointRef(last),
    distanceCovered,
    timeElapsed,
    expectedNow: timeElapsed !== null ? b + (t - b) * timeElapsed : null,
    gap: gapOf(t, a),
    ratio: distanceCovered !== null && span > 0 && toLatest > 0 ? distanceCovered / (toLatest / span) : null,
    perYear: {
      observed: toLatest > 0 ? (a - b) / toLatest : null,
      required: toDeadline > 0 ? (t - a) / toDeadline : null,
    },
  };
  return judgeOwnTerms(m, direction, now, target, actuals, a, b, t, days(base.end, last.end) > 0);
}

function judgeOwnTerms(
  m: Progress,
  direction: Direction,
  now: Date,
  target: Entry,
  actuals: Entry[],
  a: number,
  b: number,
  t: number,
  hasProgressPoint: boolean,
): Progress {
  const judged = (status: Status, reason: Reason): Progress => ({ ...m, status, reason });
  const verdict = metOrPassed(target, actuals, a, t, direction, now);
  if (verdict) return judged(...verdict);
  if (!hasProgressPoint) return judged('insufficient-data', 'no-actual-after-baseline');
  const wrongSide = direction === 'decrease' ? t >= b : t <= b;
  if (wrongSide) return { ...judged(noGrowthRequired(b, a, direction), 'no-growth-required'), ratio: null };
  if (m.ratio === null) return judged('insufficient-data', 'no-baseline');
  return judged(statusFromRatio(m.ratio), 'flow-or-share');
}

/**
 * A flow target (新增500亿元以上 over 2024—2027): actuals inside the window [since, deadline] are summed
 * (longer spans first; an actual overlapping one already counted is skipped, so nothing counts twice) and
 * compared with the target; the baseline is 0 at the window start.
 */
export function flowProgress(direction: Direction, now: Date, actuals: Entry[], target: Entry): Progress {
  const windowStart = periodStart(target.obs.since ?? target.obs.period);
  // Time is counted from the end of the day before the window, as a level's time is its period end:
  // a 2024—2027 window runs from 31 Dec 2023 to 31 Dec 2027, four whole years.
  const origin = subDays(windowStart, 1);
  const t = target.obs.value;
  const targetRef: TargetRef = { ...pointRef(target), qualifier: target.obs.qualifier, implied: false };
  const inWindow = actuals
    .filter((e) => days(windowStart, e.start) >= 0 && days(e.end, target.end) >= 0)
    .sort((x, y) => days(y.start, y.end) - days(x.start, x.end) || y.index - x.index);
  const counted: Entry[] = [];
  for (const e of inWindow) {
    if (counted.every((c) => days(e.end, c.start) > 0 || days(c.end, e.start) > 0)) counted.push(e);
  }
  const last = latest(counted);
  const p: Progress = { ...empty('insufficient-data', 'no-actual-after-baseline'), target: targetRef };
  if (!last) return unjudged(p, target, now);
  const cumulated = counted.reduce((sum, e) => sum + e.obs.value, 0);
  if (!Number.isFinite(cumulated)) return p;
  const span = yearsBetween(origin, target.end);
  const toLatest = yearsBetween(origin, last.end);
  const toDeadline = yearsBetween(last.end, target.end);
  const timeElapsed = span > 0 ? clamp01(yearsBetween(origin, now) / span) : null;
  const distanceCovered = t !== 0 ? cumulated / t : null;
  const m: Progress = {
    ...p,
    latest: pointRef(last, cumulated),
    distanceCovered,
    timeElapsed,
    expectedNow: timeElapsed !== null ? t * timeElapsed : null,
    gap: gapOf(t, cumulated),
    ratio: distanceCovered !== null && span > 0 && toLatest > 0 ? distanceCovered / (toLatest / span) : null,
    perYear: {
      observed: toLatest > 0 ? cumulated / toLatest : null,
      required: toDeadline > 0 ? (t - cumulated) / toDeadline : null,
    },
    flow: {
      windowStart: target.obs.since ?? target.obs.period,
      windowEnd: target.obs.period,
      cumulated,
      observations: [...counted].sort(byEnd).map((e) => e.obs),
    },
  };
  // The sum is what meets the target, not any single actual: judge `cumulated` only.
  const sumEntry: Entry = { ...last, obs: { ...last.obs, value: cumulated } };
  return judgeOwnTerms(m, direction, now, target, [sumEntry], cumulated, 0, t, true);
}
