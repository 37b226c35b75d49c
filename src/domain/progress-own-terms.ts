// Flows (新增500亿元 over 2024—2027) judged in their own terms: the sum inside the window against the target,
// distance covered against time elapsed, with the same thresholds as the level method. (Shares and rates are
// judged in progress.ts, as levels on a straight line.)
import { subDays } from 'date-fns';
import { periodStart, spanBetween, yearsBetween } from './period';
import type { Progress, Reason, Status, TargetRef } from './progress-types';
import {
  days,
  byEnd,
  clamp01,
  latest,
  statusFromRatio,
  pointRef,
  empty,
  gapOf,
  meetsTarget,
  changeOver,
  dated,
  type Direction,
  type Entry,
} from './progress-core';

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
  const passed = days(target.end, now) > 0;
  const targetRef: TargetRef = { ...pointRef(target), qualifier: target.obs.qualifier, implied: false };
  const inWindow = actuals
    .filter((e) => days(windowStart, e.start) >= 0 && days(e.end, target.end) >= 0)
    .sort((x, y) => days(y.start, y.end) - days(x.start, x.end) || y.index - x.index);
  const counted: Entry[] = [];
  for (const e of inWindow) {
    if (counted.every((c) => days(e.end, c.start) > 0 || days(c.end, e.start) > 0)) counted.push(e);
  }
  const last = latest(counted);
  const p: Progress = {
    ...empty('insufficient-data', actuals.length > 0 ? 'no-actual-in-window' : 'no-actual'),
    target: targetRef,
  };
  if (!last) {
    // No projection for a flow: its actuals are parts of a sum, not points of a trend.
    return passed ? { ...p, status: 'awaiting-result', reason: 'no-actual-since-deadline' } : p;
  }
  const cumulated = counted.reduce((sum, e) => sum + e.obs.value, 0);
  if (!Number.isFinite(cumulated)) return p;
  const span = yearsBetween(origin, target.end);
  const toLatest = yearsBetween(origin, last.end);
  const toDeadline = yearsBetween(last.end, target.end);
  const timeElapsed = span > 0 ? clamp01(yearsBetween(origin, now) / span) : null;
  const distanceCovered = t !== 0 ? cumulated / t : null;
  const sumEntry: Entry = { ...last, obs: { ...last.obs, value: cumulated } };
  // The sum's date is its latest part's: when that date is assumed, no rate and no time left are computed.
  const known = dated(last);
  const m: Progress = {
    ...p,
    latest: pointRef(last, cumulated),
    distanceCovered,
    timeElapsed,
    expectedNow: timeElapsed !== null && !passed ? t * timeElapsed : null,
    gap: gapOf(t, cumulated, direction),
    ratio:
      known && distanceCovered !== null && span > 0 && toLatest > 0
        ? distanceCovered / (toLatest / span)
        : null,
    perYear: {
      observed: known && toLatest >= 1 ? cumulated / toLatest : null,
      required: known && toDeadline >= 1 && !passed ? (t - cumulated) / toDeadline : null,
    },
    flow: {
      windowStart: target.obs.since ?? target.obs.period,
      windowEnd: target.obs.period,
      cumulated,
      observations: [...counted].sort(byEnd).map((e) => e.obs),
    },
  };
  if (known && !passed && toDeadline > 0 && toDeadline < 1) {
    m.requiredChange = { delta: t - cumulated, span: spanBetween(last.end, target.end) };
  }
  if (toLatest > 0 && toLatest < 1) {
    // Less than a year of the window: the sum so far, over its span, is the change.
    const start: Entry = {
      ...last,
      end: origin,
      obs: { ...last.obs, value: 0, period: target.obs.since ?? target.obs.period },
    };
    const change = changeOver(start, sumEntry);
    if (change) m.observedChange = change;
  }
  const judged = (status: Status, reason: Reason): Progress => ({ ...m, status, reason });
  // The sum is what meets the target, not any single actual: judge `cumulated` only.
  const meets = meetsTarget(cumulated, t, target.obs.qualifier, direction);
  if (passed) {
    const complete = days(target.end, last.end) >= 0;
    if (meets) return { ...judged('achieved', 'target-met'), ratio: null, result: pointRef(sumEntry) };
    if (complete)
      return { ...judged('missed', 'deadline-actual-short'), ratio: null, result: pointRef(sumEntry) };
    // The gap of the sum so far, shown with its last part's date.
    return { ...judged('awaiting-result', 'no-actual-since-deadline'), ratio: null };
  }
  if (meets) return judged('achieved', 'target-met');
  const wrongSide = direction === 'decrease' ? t >= 0 : t <= 0;
  if (wrongSide)
    return {
      ...judged(cumulated < 0 ? 'deterioration' : 'limited-progress', 'no-growth-required'),
      ratio: null,
    };
  if (!known) return judged('insufficient-data', 'assumed-date');
  if (m.ratio === null) return judged('insufficient-data', 'no-actual-in-window');
  return judged(statusFromRatio(m.ratio), 'flow-or-share');
}
