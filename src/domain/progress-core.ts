// Shared pieces of the progress method: observations placed in time, target choice, qualifier-aware
// comparison, growth rates, and the named empty and sanitised results.
import { parsePeriod } from './period';
import type { Indicator, Observation } from './dataset-schema';
import type { PointRef, Progress, Reason, Status } from './progress-types';
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
export function unjudged(p: Progress, target: Entry, now: Date): Progress {
  const passed = days(target.end, now) > 0;
  return passed ? { ...p, status: 'deadline-passed', reason: 'deadline-passed-unmet' } : p;
}

export function gapOf(t: number, a: number): Progress['gap'] {
  return t === 0 ? null : { absolute: t - a, relative: (t - a) / t };
}

/**
 * Achieved when the latest actual meets the target, or an actual at or after the deadline did; deadline
 * passed when the deadline is behind asOf and neither holds; otherwise null (judge the progress).
 */
export function metOrPassed(
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
export function noGrowthRequired(b: number, a: number, direction: Direction): Status {
  const moved = (direction === 'decrease' ? -1 : 1) * (a - b);
  return moved < 0 ? 'deterioration' : 'limited-progress';
}
