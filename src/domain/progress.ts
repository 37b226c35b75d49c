// The progress method of DESIGN.md ("Progress: how a panel judges a target"): where an indicator started,
// where it is, where it must get to, and whether it will. Pure: no clock, no I/O; asOf is a parameter.
import { isValid, startOfDay } from 'date-fns';
import { dateToIso, isoToDate, periodEnd, spanBetween, yearsBetween } from './period';
import type { Indicator, Observation, SourceDocument } from './dataset-schema';
import type { Progress, ProgressContext, Reason, Status, TargetRef } from './progress-types';
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
  gapOf,
  meetsTarget,
  baselineOf,
  changeOver,
  dated,
  trendOf,
  extend,
  afterDeadline,
  noGrowthRequired,
  type Direction,
  type Entry,
} from './progress-core';
import { flowProgress } from './progress-own-terms';

// Publication days parsed once per context, not per indicator (for speed: docs/boot.md).
const parsedDates = new WeakMap<ReadonlyMap<string, string>, Map<string, Date>>();
function publishedDates(published: ReadonlyMap<string, string>): Map<string, Date> {
  let dates = parsedDates.get(published);
  if (!dates) {
    dates = new Map([...published].map(([id, iso]) => [id, isoToDate(iso)]));
    parsedDates.set(published, dates);
  }
  return dates;
}

/** The context of a dataset: its documents' publication dates. */
export function progressContext(
  documents: readonly Pick<SourceDocument, 'id' | 'published'>[],
): ProgressContext {
  return { published: new Map(documents.map((d) => [d.id, d.published])) };
}

/**
 * Judges one indicator as of `asOf` (only the calendar day counts). `extra`: observations the user imported,
 * merged after the indicator's own, so on the same period they win. Actuals whose period ends after asOf are
 * not yet known at asOf and are left out; a target whose document (`context.published`) came out after asOf
 * does not exist yet.
 */
export function computeProgress(
  indicator: Indicator,
  asOf: Date,
  extra: Observation[] = [],
  context: ProgressContext = {},
): Progress {
  if (!isValid(asOf)) throw new RangeError('computeProgress: asOf is not a valid date');
  const now = startOfDay(asOf);
  const entries = toEntries([...indicator.observations, ...extra]);
  const actuals = entries.filter(
    (e) => e.obs.role === 'actual' && e.obs.basis === 'level' && days(e.end, now) >= 0,
  );
  const linear = indicator.measure === 'share' || indicator.measure === 'rate';
  const ownTerms = indicator.measure === 'flow' || linear;
  const targets = entries.filter(
    (e) => e.obs.role === 'target' && (e.obs.basis === 'level' || (!ownTerms && e.obs.basis === 'cagr')),
  );
  const dates = context.published ? publishedDates(context.published) : null;
  const publishedOf = (e: Entry): Date | null => dates?.get(e.obs.source.document) ?? null;
  const set = targets.filter((e) => {
    const p = publishedOf(e);
    return p === null || days(p, now) >= 0;
  });
  const target = pickTarget(set, now);
  let result: Progress;
  if (!target && targets.length > 0) result = notYetSet(actuals, targets, publishedOf);
  else if (!target) result = noTarget(actuals, linear);
  else if (indicator.measure === 'flow') result = flowProgress(indicator.direction, now, actuals, target);
  else result = judgeLevel(indicator.direction, linear, now, actuals, target, publishedOf(target));
  return sanitize(target ? { ...result, targetObservation: target.obs } : result);
}

function notYetSet(actuals: Entry[], targets: Entry[], publishedOf: (e: Entry) => Date | null): Progress {
  const first = [...targets].sort((a, b) => days(publishedOf(b)!, publishedOf(a)!))[0]!;
  const last = latest(actuals);
  return {
    ...empty('not-yet-set', 'target-not-yet-set'),
    latest: last ? pointRef(last) : null,
    targetObservation: first.obs,
    targetPublished: dateToIso(publishedOf(first)!),
  };
}

function noTarget(actuals: Entry[], linear: boolean): Progress {
  const first = earliest(actuals);
  const last = latest(actuals);
  const p = empty('no-target', 'no-target');
  if (!first || !last) return p;
  const trend = trendOf(actuals, linear);
  const change = changeOver(first, last);
  return {
    ...p,
    reason: trend ? (`trend-${trend.direction}` as const) : 'no-target',
    // One actual is the latest only; a second one, earlier, is where the figures start.
    baseline: days(first.end, last.end) > 0 ? pointRef(first) : null,
    latest: pointRef(last),
    cagrObserved: trend?.kind === 'growth' ? trend.rate : null,
    ...(trend && { trend }),
    ...(change && { observedChange: change }),
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

/** The level a growth-rate target implies, or why there is none. */
function impliedLevel(base: Entry | null, target: Entry): number | Reason {
  if (!base) return 'no-baseline';
  if (base.obs.value <= 0) return 'zero-or-negative-base';
  const g = target.obs.value / 100;
  const t = base.obs.value * (1 + g) ** yearsBetween(base.end, target.end);
  // A rate of −100 % or less (or one that overflows) gives no level path.
  return 1 + g > 0 && Number.isFinite(t) ? t : 'zero-or-negative-base';
}

/**
 * A level target (a balance, a count, a cumulative total), or a share or rate (`linear`: judged against a
 * straight line from B to T, R = distance covered / time elapsed at the latest actual).
 */
function judgeLevel(
  direction: Direction,
  linear: boolean,
  now: Date,
  actuals: Entry[],
  target: Entry,
  published: Date | null,
): Progress {
  // A baseline precedes the deadline: the target is measured from it.
  const before = actuals.filter((e) => days(e.end, target.end) > 0);
  const base = baselineOf(before, published, target.obs.source.document);
  const last = latest(actuals);
  const passed = days(target.end, now) > 0;
  const shown: Progress = {
    ...empty('insufficient-data', last ? 'no-baseline' : 'no-actual'),
    baseline: base ? pointRef(base) : null,
    latest: last ? pointRef(last) : null,
  };
  const isRate = target.obs.basis === 'cagr';
  const level = isRate ? impliedLevel(base, target) : target.obs.value;
  if (typeof level !== 'number') {
    if (passed && !actuals.some((e) => days(target.end, e.end) >= 0))
      return awaiting(shown, actuals, target, linear);
    return { ...shown, reason: last || level !== 'no-baseline' ? level : 'no-actual' };
  }
  const t = level;
  const targetRef: TargetRef = {
    ...pointRef(target, t),
    qualifier: target.obs.qualifier,
    implied: isRate,
    ...(isRate && { rate: target.obs.value }),
  };
  const p: Progress = {
    ...shown,
    target: targetRef,
    impliedPath: isRate && base ? impliedPath(base, target, target.obs.value / 100) : null,
  };
  const span = base ? yearsBetween(base.end, target.end) : 0;
  const b = base?.obs.value ?? 0;
  const withBase = (a: number, at: Entry): Partial<Progress> =>
    base
      ? {
          // Only from an actual after the baseline: at the baseline itself nothing has been measured yet (a
          // "0% covered" beside a baseline-only panel read as "no progress was made").
          distanceCovered: t !== b && days(base.end, at.end) > 0 ? (a - b) / (t - b) : null,
          // No rate and no time elapsed from an assumed date.
          cagrObserved:
            linear || !dated(base) || !dated(at) || !(yearsBetween(base.end, at.end) >= 1)
              ? null
              : growth(b, a, yearsBetween(base.end, at.end)),
          cagrRequiredFromBaseline: linear || !dated(base) || !(span >= 1) ? null : growth(b, t, span),
          timeElapsed: dated(base) && span > 0 ? clamp01(yearsBetween(base.end, now) / span) : null,
        }
      : {};

  if (passed) {
    const verdict = afterDeadline(target, actuals, t, direction);
    if (!verdict)
      return awaiting(
        {
          ...p,
          ...(last && withBase(last.obs.value, last)),
          // The gap at the last actual, before the deadline: shown with that actual's date. Not for a growth-rate
          // target whose last actual is its baseline: the level it implies is built from that very figure.
          gap: last && !(isRate && last === base) ? gapOf(t, last.obs.value, direction) : null,
        },
        actuals,
        target,
        linear,
      );
    const r = verdict.result;
    const reason: Reason = verdict.status === 'achieved' ? 'target-met' : 'deadline-actual-short';
    return {
      ...p,
      ...withBase(r.obs.value, r),
      status: verdict.status,
      reason,
      result: pointRef(r),
      gap: gapOf(t, r.obs.value, direction),
    };
  }

  if (!last) return p;
  const a = last.obs.value;
  const toDeadline = yearsBetween(last.end, target.end);
  // From an assumed date the time left is unknown: nothing is said about the growth still needed.
  const required: Partial<Progress> = !dated(last)
    ? {}
    : toDeadline >= 1
      ? linear
        ? {}
        : { cagrRequired: growth(a, t, toDeadline) }
      : toDeadline > 0
        ? { requiredChange: { delta: t - a, span: spanBetween(last.end, target.end) } }
        : {};
  const m: Progress = { ...p, ...withBase(a, last), ...required, gap: gapOf(t, a, direction) };
  if (base && dated(base) && span > 0) {
    const frac = clamp01(yearsBetween(base.end, now) / span);
    m.expectedNow = !linear && b > 0 && t > 0 ? b * (t / b) ** frac : b + (t - b) * frac;
  }
  const judged = (status: Status, reason: Reason): Progress => ({ ...m, status, reason });
  if (meetsTarget(a, t, target.obs.qualifier, direction)) return judged('achieved', 'target-met');
  if (!base) return judged('insufficient-data', 'no-baseline');
  if (days(base.end, last.end) <= 0) return judged('insufficient-data', 'no-actual-after-baseline');
  const toLatest = yearsBetween(base.end, last.end);
  if (linear) {
    m.perYear = {
      observed: toLatest >= 1 && dated(base) && dated(last) ? (a - b) / toLatest : null,
      required: toDeadline >= 1 && dated(last) ? (t - a) / toDeadline : null,
    };
  }
  if (!dated(base) || !dated(last)) {
    const change = changeOver(base, last);
    return { ...judged('insufficient-data', 'assumed-date'), ...(change && { observedChange: change }) };
  }
  if (toLatest < 1) {
    const change = changeOver(base, last);
    return { ...judged('insufficient-data', 'short-span'), ...(change && { observedChange: change }) };
  }
  if (!linear && (b <= 0 || a <= 0 || t <= 0)) return judged('insufficient-data', 'zero-or-negative-base');
  if (!(span > 0)) return judged('insufficient-data', 'no-baseline');
  const wrongSide = direction === 'decrease' ? t >= b : t <= b;
  if (wrongSide) return { ...judged(noGrowthRequired(b, a, direction), 'no-growth-required'), ratio: null };
  const ratio = linear
    ? m.distanceCovered !== null
      ? m.distanceCovered / (toLatest / span)
      : null
    : m.cagrObserved !== null && m.cagrRequiredFromBaseline
      ? m.cagrObserved / m.cagrRequiredFromBaseline
      : null;
  if (ratio === null || !Number.isFinite(ratio)) return judged('insufficient-data', 'no-baseline');
  return { ...judged(statusFromRatio(ratio), linear ? 'flow-or-share' : 'ratio'), ratio };
}

/** The deadline has passed and no actual at or after it exists: the last actual, and a projection if a trend allows. */
function awaiting(p: Progress, actuals: Entry[], target: Entry, linear: boolean): Progress {
  const trend = trendOf(actuals, linear);
  const value = trend ? extend(trend, target.end) : null;
  return {
    ...p,
    status: 'awaiting-result',
    reason: 'no-actual-since-deadline',
    expectedNow: null,
    cagrRequired: null,
    ...(trend &&
      value !== null && { projection: { period: target.obs.period, date: target.end, value, trend } }),
  };
}

/**
 * The amounts a panel shows in its indicator's unit: baseline, latest, result, target, the schedule point, the
 * gap, the projection, changes over a span and per year. A growth-rate target's rate is in % and not here.
 */
export function amountsShown(p: Progress): number[] {
  return [
    p.baseline?.value,
    p.latest?.value,
    p.result?.value,
    p.target?.value,
    p.expectedNow,
    p.gap?.absolute,
    p.projection?.value,
    p.observedChange?.delta,
    p.requiredChange?.delta,
    p.perYear?.observed,
    p.perYear?.required,
  ].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}
