// The progress method of DESIGN.md ("Progress: how a panel judges a target"): where an indicator started,
// where it is, where it must get to, and whether it will. Pure: no clock, no I/O; asOf is a parameter.
import { isValid, startOfDay, subDays } from 'date-fns';
import type { Indicator, Observation } from './dataset-schema';
import { parsePeriod, periodEnd, periodStart, yearsBetween } from './period';
import type { PointRef, Progress, Reason, Status, TargetRef } from './progress-types';
import type { Qualifier } from './types';

type Direction = Indicator['direction'];

/** One usable observation: its period as dates, and its place in the merged list (later wins ties). */
interface Entry {
  obs: Observation;
  index: number;
  /** Start of the window the value covers: `since` when given, else the period's first day. */
  start: Date;
  end: Date;
}

const EPS = 1e-9;
/** '~' (约/左右) is met within 2 % of the target. */
const ABOUT = 0.02;

/**
 * The sign says whether b is after (> 0), on (0) or before (< 0) a. Every date here is a local midnight, so
 * comparing timestamps orders calendar days exactly; date-fns' calendar-day difference is reserved for
 * lengths of time, where it matters, and was the hot spot when 5,000 indicators were sorted.
 */
const days = (a: Date, b: Date) => b.getTime() - a.getTime();
const byEnd = (a: Entry, b: Entry) => days(b.end, a.end) || a.index - b.index;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const finite = (x: number | null | undefined): number | null =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null;

function toEntries(observations: Observation[]): Entry[] {
  return observations.flatMap((obs, index) => {
    // Nothing is dropped silently: a figure that cannot be placed in time makes the whole panel an error.
    const p = parsePeriod(obs.period);
    if (!p.ok) throw new RangeError(`${obs.role} period "${obs.period}": ${p.error}`);
    if (!Number.isFinite(obs.value))
      throw new RangeError(`${obs.role} ${obs.period}: value is not a finite number`);
    let start = p.value.start;
    if (obs.since !== undefined) {
      const s = parsePeriod(obs.since);
      if (!s.ok) throw new RangeError(`${obs.role} since "${obs.since}": ${s.error}`);
      start = s.value.start;
    }
    return [{ obs, index, start, end: p.value.end }];
  });
}

/** Earliest entry by period end; among equal ends the later in the list wins. */
function earliest(entries: Entry[]): Entry | null {
  const sorted = [...entries].sort(byEnd);
  const first = sorted[0];
  if (!first) return null;
  return sorted.filter((e) => days(e.end, first.end) === 0).at(-1) ?? null;
}

function latest(entries: Entry[]): Entry | null {
  return [...entries].sort(byEnd).at(-1) ?? null;
}

/** The earliest target not yet due at `now`, else the last one. */
function pickTarget(targets: Entry[], now: Date): Entry | null {
  const due = targets.filter((t) => days(now, t.end) >= 0);
  return earliest(due) ?? latest(targets);
}

/**
 * Does `value` meet target `t`? Inclusive qualifiers ('>=', '<=') are met by equality, strict ones ('>', '<')
 * need strictly more (less, for an indicator meant to fall); '=' (达到) allows 1e-9 relative, '~' 2 %.
 * The side comes from the direction, so overshooting an increasing target still meets it.
 */
export function meetsTarget(value: number, t: number, qualifier: Qualifier, direction: Direction): boolean {
  const sign = direction === 'decrease' ? -1 : 1;
  const d = sign * (value - t); // > 0: beyond the target in the wanted direction
  switch (qualifier) {
    case '>=':
    case '<=':
      return d >= 0;
    case '>':
    case '<':
      return d > 0;
    case '=':
      return d >= -EPS * Math.abs(t);
    case '~':
      return d >= -ABOUT * Math.abs(t);
  }
}

export function statusFromRatio(r: number): Status {
  if (r >= 0.95 - EPS) return 'on-track';
  if (r >= 0.6 - EPS) return 'needs-acceleration';
  if (r >= -EPS) return 'limited-progress';
  return 'deterioration';
}

/** Compound annual growth from `from` to `to` over `years`; null when it cannot be computed. */
function growth(from: number, to: number, years: number): number | null {
  if (!(years > 0) || from <= 0 || to <= 0) return null;
  return finite((to / from) ** (1 / years) - 1);
}

function pointRef(e: Entry, value = e.obs.value): PointRef {
  return { value, period: e.obs.period, date: e.end, observation: e.obs };
}

function empty(status: Status, reason: Reason): Progress {
  return {
    status,
    reason,
    baseline: null,
    latest: null,
    target: null,
    distanceCovered: null,
    timeElapsed: null,
    expectedNow: null,
    gap: null,
    cagrObserved: null,
    cagrRequired: null,
    cagrRequiredFromBaseline: null,
    ratio: null,
    impliedPath: null,
  };
}

/** Replaces any non-finite number by null, so nothing on screen is ever NaN or Infinity. */
function sanitize(p: Progress): Progress {
  const gap = p.gap && finite(p.gap.absolute) !== null && finite(p.gap.relative) !== null ? p.gap : null;
  return {
    ...p,
    distanceCovered: finite(p.distanceCovered),
    timeElapsed: finite(p.timeElapsed),
    expectedNow: finite(p.expectedNow),
    gap,
    cagrObserved: finite(p.cagrObserved),
    cagrRequired: finite(p.cagrRequired),
    cagrRequiredFromBaseline: finite(p.cagrRequiredFromBaseline),
    ratio: finite(p.ratio),
    impliedPath: p.impliedPath?.every((x) => Number.isFinite(x.value)) ? p.impliedPath : null,
    ...(p.perYear && {
      perYear: { observed: finite(p.perYear.observed), required: finite(p.perYear.required) },
    }),
  };
}

/** No actual to judge with: once the deadline has passed, no actual at or after it meets the target. */
function unjudged(p: Progress, target: Entry, now: Date): Progress {
  const passed = days(target.end, now) > 0;
  return passed ? { ...p, status: 'deadline-passed', reason: 'deadline-passed-unmet' } : p;
}

function gapOf(t: number, a: number): Progress['gap'] {
  return t === 0 ? null : { absolute: t - a, relative: (t - a) / t };
}

/**
 * Achieved when the latest actual meets the target, or an actual at or after the deadline did; deadline
 * passed when the deadline is behind asOf and neither holds; otherwise null (judge the progress).
 */
function metOrPassed(
  target: Entry,
  actuals: Entry[],
  a: number,
  t: number,
  direction: Direction,
  now: Date,
): [Status, Reason] | null {
  const meets = (v: number) => meetsTarget(v, t, target.obs.qualifier, direction);
  const passed = days(target.end, now) > 0;
  if (meets(a) || (passed && actuals.some((e) => days(target.end, e.end) >= 0 && meets(e.obs.value)))) {
    return ['achieved', 'target-met'];
  }
  return passed ? ['deadline-passed', 'deadline-passed-unmet'] : null;
}

/** Judgement when the target is not beyond the baseline: R has no meaning, so look at the direction moved. */
function noGrowthRequired(b: number, a: number, direction: Direction): Status {
  const moved = (direction === 'decrease' ? -1 : 1) * (a - b);
  return moved < 0 ? 'deterioration' : 'limited-progress';
}

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

/**
 * A share (占比10%) or a rate that is itself the indicator: the level against a straight line from B to T.
 * R = distance covered / time elapsed at the latest actual (not at asOf, so a late statistic is not a delay).
 */
function shareProgress(direction: Direction, now: Date, actuals: Entry[], target: Entry): Progress {
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
function flowProgress(direction: Direction, now: Date, actuals: Entry[], target: Entry): Progress {
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
