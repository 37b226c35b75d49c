// Shared pieces of the progress method: observations placed in time, target choice, qualifier-aware
// comparison, growth rates, and the named empty and sanitised results.
import { parsePeriod, spanBetween, yearsBetween } from './period';
import type { Indicator, Observation } from './dataset-schema';
import type { PointRef, Progress, Reason, SpanChange, Status, Trend } from './progress-types';
import type { Qualifier } from './types';

export type Direction = Indicator['direction'];

/** One usable observation: its period as dates, and its place in the merged list (later wins ties). */
export interface Entry {
  obs: Observation;
  index: number;
  /** Start of the window the value covers: `since` when given, else the period's first day. */
  start: Date;
  end: Date;
}

export const EPS = 1e-9;
/** '~' (约/左右) is met within 2 % of the target. */
export const ABOUT = 0.02;

/**
 * The sign says whether b is after (> 0), on (0) or before (< 0) a. Every date here is a local midnight, so
 * comparing timestamps orders calendar days exactly; date-fns' calendar-day difference is reserved for
 * lengths of time, where it matters, and was the hot spot when 5,000 indicators were sorted.
 */
export const days = (a: Date, b: Date) => b.getTime() - a.getTime();
export const byEnd = (a: Entry, b: Entry) => days(b.end, a.end) || a.index - b.index;
export const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
export const finite = (x: number | null | undefined): number | null =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null;

export function toEntries(observations: Observation[]): Entry[] {
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

/** The document gives this figure's date (not one the curator assumed): spans and rates may use it. */
export const dated = (e: Entry) => e.obs.dated !== 'assumed';

/** Earliest entry by period end; among equal ends the later in the list wins. */
export function earliest(entries: Entry[]): Entry | null {
  const sorted = [...entries].sort(byEnd);
  const first = sorted[0];
  if (!first) return null;
  return sorted.filter((e) => days(e.end, first.end) === 0).at(-1) ?? null;
}

export function latest(entries: Entry[]): Entry | null {
  return [...entries].sort(byEnd).at(-1) ?? null;
}

/** The earliest target not yet due at `now`, else the last one. */
export function pickTarget(targets: Entry[], now: Date): Entry | null {
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
export function growth(from: number, to: number, years: number): number | null {
  if (!(years > 0) || from <= 0 || to <= 0) return null;
  return finite((to / from) ** (1 / years) - 1);
}

export function pointRef(e: Entry, value = e.obs.value): PointRef {
  return { value, period: e.obs.period, date: e.end, observation: e.obs };
}

export function empty(status: Status, reason: Reason): Progress {
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
export function sanitize(p: Progress): Progress {
  const gap = p.gap && finite(p.gap.absolute) !== null && finite(p.gap.relative) !== null ? p.gap : null;
  const { projection, trend, observedChange, requiredChange, ...rest } = p;
  const keep = {
    ...(projection &&
      finite(projection.value) !== null &&
      finite(projection.trend.rate) !== null && { projection }),
    ...(trend && finite(trend.rate) !== null && { trend }),
    ...(observedChange && finite(observedChange.delta) !== null && { observedChange }),
    ...(requiredChange && finite(requiredChange.delta) !== null && { requiredChange }),
  };
  return {
    ...rest,
    ...keep,
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

/**
 * The baseline: the latest actual at or before the target's document was published, the document's own
 * figure first (the plan's base year). Without a publication date (a target the user imported) the
 * earliest actual.
 */
export function baselineOf(actuals: Entry[], published: Date | null, targetDocument: string): Entry | null {
  if (!published) return earliest(actuals);
  const before = actuals.filter((e) => days(e.end, published) >= 0);
  return latest(before.filter((e) => e.obs.source.document === targetDocument)) ?? latest(before);
}

/** How far `a` is from target `t`, never negative; `exceeded` when `a` is beyond it in the wanted direction. */
export function gapOf(t: number, a: number, direction: Direction): Progress['gap'] {
  if (t === 0) return null;
  const short = direction === 'decrease' ? a - t : t - a;
  const absolute = Math.abs(short);
  return { absolute, relative: absolute / Math.abs(t), exceeded: short < 0 };
}

/**
 * A change from one actual to a later one less than a year after it; null over a year or more (or none). With
 * an assumed date at either end the time between them is unknown: the change is given, without its span.
 */
export function changeOver(from: Entry, to: Entry, value = to.obs.value): SpanChange | null {
  const years = yearsBetween(from.end, to.end);
  if (!(years > 0) || (years >= 1 && dated(from) && dated(to))) return null;
  return {
    from: pointRef(from),
    to: pointRef(to, value),
    delta: value - from.obs.value,
    span: dated(from) && dated(to) ? spanBetween(from.end, to.end) : null,
  };
}

/** Below this (0.5 % a year, or 0.5 % of the earlier value a year) actuals are flat. */
export const FLAT_RATE = 0.005;

/**
 * The trend of the earliest and the latest actual when they are at least a year apart: compound growth
 * between positive values, else (or for `linear` measures: shares, rates) the change per year. Actuals with
 * an assumed date take no part: a rate needs the time between its ends.
 */
export function trendOf(actuals: Entry[], linear: boolean): Trend | null {
  const known = actuals.filter(dated);
  const from = earliest(known);
  const to = latest(known);
  if (!from || !to) return null;
  const years = yearsBetween(from.end, to.end);
  if (!(years >= 1)) return null;
  const a = from.obs.value;
  const b = to.obs.value;
  const rate = linear ? null : growth(a, b, years);
  const kind = rate === null ? 'linear' : 'growth';
  const r = rate ?? (b - a) / years;
  if (!Number.isFinite(r)) return null;
  const scale = kind === 'growth' ? 1 : Math.max(Math.abs(a), Math.abs(b));
  const direction = Math.abs(r) <= FLAT_RATE * scale ? 'flat' : r > 0 ? 'rising' : 'falling';
  return { direction, kind, rate: r, from: pointRef(from), to: pointRef(to) };
}

/** The value a trend reaches at `date`, from its later point; null when it cannot be computed. */
export function extend(trend: Trend, date: Date): number | null {
  const years = yearsBetween(trend.to.date, date);
  const v =
    trend.kind === 'growth'
      ? trend.to.value * (1 + trend.rate) ** years
      : trend.to.value + trend.rate * years;
  return finite(v);
}

/**
 * After the deadline: achieved by the first actual at or after it that meets the target, missed when such
 * actuals exist and none does (judged by the first of them, the figure at the deadline). Achieved also when
 * the latest actual, before the deadline, already met it. Null: no actual at or after the deadline yet.
 */
export function afterDeadline(
  target: Entry,
  actuals: Entry[],
  t: number,
  direction: Direction,
): { status: 'achieved' | 'missed'; result: Entry } | null {
  const meets = (e: Entry) => meetsTarget(e.obs.value, t, target.obs.qualifier, direction);
  const post = actuals.filter((e) => days(target.end, e.end) >= 0).sort(byEnd);
  const met = post.find(meets);
  if (met) return { status: 'achieved', result: met };
  if (post[0]) return { status: 'missed', result: post[0] };
  const last = latest(actuals);
  return last && meets(last) ? { status: 'achieved', result: last } : null;
}

/** Judgement when the target is not beyond the baseline: R has no meaning, so look at the direction moved. */
export function noGrowthRequired(b: number, a: number, direction: Direction): Status {
  const moved = (direction === 'decrease' ? -1 : 1) * (a - b);
  return moved < 0 ? 'deterioration' : 'limited-progress';
}
