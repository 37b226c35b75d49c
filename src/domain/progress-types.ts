// The contract between the progress method (progress.ts) and everything that shows it.
// See ../shared/DESIGN.md, "Progress: how a panel judges a target".
import type { Observation } from './dataset-schema';
import type { Qualifier } from './types';

export const STATUSES = [
  'achieved',
  'on-track',
  'needs-acceleration',
  'limited-progress',
  'deterioration',
  'missed',
  'awaiting-result',
  'insufficient-data',
  'not-yet-set',
  'no-target',
] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Status values that links written before the status set changed may carry, and what they mean now:
 * 'deadline-passed' (已逾期) covered both a result that fell short and a result not yet published.
 */
export const FORMER_STATUSES: Readonly<Record<string, readonly Status[]>> = {
  'deadline-passed': ['missed', 'awaiting-result'],
};

/** Why a panel has its status: always a named state, never a blank. The UI translates each code. */
export const REASONS = [
  'target-met', // an actual meets the target (qualifier respected): the latest, or one at or after tT
  'ratio', // judged by R = CAGR_obs / CAGR_req (see `ratio`)
  'flow-or-share', // judged in its own terms: share of the flow target reached / share level vs target share
  'deadline-actual-short', // tT < asOf, an actual at or after tT exists and none meets the target (`result`)
  'no-actual-since-deadline', // tT < asOf and no actual at or after tT: the result is not published yet
  'no-actual', // no actual at all on or before asOf
  'no-actual-in-window', // a flow target: no actual inside its window yet
  'no-baseline', // actuals exist, but none at or before the target's document (nothing to measure from)
  'no-actual-after-baseline', // the baseline is the newest actual: nothing to measure progress with
  'short-span', // baseline and latest are less than a year apart: no annual rate (see `observedChange`)
  'assumed-date', // the baseline's or the latest's date is assumed (`dated`): no rate, no time elapsed
  'zero-or-negative-base', // growth rates cannot be computed from a value ≤ 0
  // The target is not beyond the baseline (no growth was required, so R has no meaning), yet the latest
  // actual does not meet it.
  'no-growth-required',
  'target-not-yet-set', // asOf is before the target's document was published
  'no-target', // the documents give no target, and no two actuals a year apart to show a trend
  'trend-rising', // no target; actuals at least a year apart rise (see `trend`)
  'trend-flat', // no target; they change by less than FLAT_RATE a year
  'trend-falling', // no target; they fall
] as const;
export type Reason = (typeof REASONS)[number];

export interface PointRef {
  value: number;
  period: string;
  /** The last day of the period (YYYY → 31 Dec, YYYY-MM → the month's last day). */
  date: Date;
  observation: Observation;
}

export interface TargetRef extends PointRef {
  qualifier: Qualifier;
  /** For a growth-rate ('cagr') target: the rate in percent; `value` is then the implied level at the deadline. */
  rate?: number;
  implied: boolean;
}

/** A length of time: whole months, and days when it is less than a month (periods end on month ends). */
export interface Span {
  months: number;
  days: number;
}

/** A change over less than a year: shown as it is ("+1,700 in 1 month"), never annualised. */
export interface SpanChange {
  from: PointRef;
  to: PointRef;
  /** to − from, in the indicator's unit. */
  delta: number;
  /** null when either date is assumed (`dated: 'assumed'`): the change is known, the time it took is not. */
  span: Span | null;
}

/**
 * The direction and rate of actuals at least a year apart. `kind` 'growth': `rate` is a compound annual
 * rate (0.08 = 8 %); 'linear' (shares, rates, values ≤ 0): `rate` is the change per year in the unit.
 */
export interface Trend {
  direction: 'rising' | 'flat' | 'falling';
  kind: 'growth' | 'linear';
  rate: number;
  from: PointRef;
  to: PointRef;
}

/** Where the observed trend would put the indicator at the deadline: a projection, never data. */
export interface Projection {
  period: string;
  date: Date;
  value: number;
  trend: Trend;
}

export interface Progress {
  status: Status;
  reason: Reason;
  /** The actual the target is measured from: the latest at or before the target's document (tP). */
  baseline: PointRef | null;
  /** The newest actual on or before asOf (for a flow: the sum in the window, dated by its last actual). */
  latest: PointRef | null;
  /** The target judged: the earliest target not yet due at asOf, else the last one. */
  target: TargetRef | null;
  /** (A − B) / (T − B); null when it cannot be computed. */
  distanceCovered: number | null;
  /** (asOf − t0) / (tT − t0), clamped to [0, 1]. */
  timeElapsed: number | null;
  /** Where the indicator should be at asOf on the path from B to T; null once the deadline has passed. */
  expectedNow: number | null;
  /**
   * How far the judged actual is from T, never negative: `exceeded` says on which side. Before the
   * deadline from the latest actual; after it from `result`; null while the result is awaited.
   */
  gap: { absolute: number; relative: number; exceeded: boolean } | null;
  /** Annual rates as fractions (0.08 = 8 %), each over at least one year. */
  cagrObserved: number | null;
  cagrRequired: number | null; // from the latest actual to the target, only while the deadline is ahead
  cagrRequiredFromBaseline: number | null; // from the baseline to the target
  /** R = cagrObserved / cagrRequiredFromBaseline. */
  ratio: number | null;
  /** Level path implied by a growth-rate target, one point a year from the baseline to the deadline. */
  impliedPath: { period: string; value: number }[] | null;
  /** The target observation judged; set also when it could not become a TargetRef (a growth-rate target with no baseline). */
  targetObservation?: Observation;
  /** 'not-yet-set': the day the target's document was published (YYYY-MM-DD). */
  targetPublished?: string;
  /** After the deadline: the actual at or after tT that the target is judged by. */
  result?: PointRef;
  /** Baseline to latest when less than a year apart (instead of cagrObserved / perYear.observed). */
  observedChange?: SpanChange;
  /** Latest to deadline when less than a year is left (instead of cagrRequired / perYear.required). */
  requiredChange?: { delta: number; span: Span | null };
  /** No target: the trend of actuals at least a year apart. */
  trend?: Trend;
  /** 'awaiting-result': where the trend of two actuals at least a year apart leads by the deadline. */
  projection?: Projection;
  /**
   * Flows and shares (reason 'flow-or-share') have no CAGR: change per year in the indicator's unit instead
   * (亿元 per year, percentage points per year). observed: from the baseline (for a flow, the window start) to
   * the latest actual; required: from the latest actual to the target. Each only over at least a year.
   */
  perYear?: { observed: number | null; required: number | null };
  /**
   * Flow targets (新增500亿元 over 2024—2027): the window and the actuals summed into `latest.value`.
   * The baseline of a flow is 0 at the window start, so `baseline` is null.
   */
  flow?: { windowStart: string; windowEnd: string; cumulated: number; observations: Observation[] };
}

/** Context the method needs beyond the indicator: when each document was published. */
export interface ProgressContext {
  /** Document id → publication date (YYYY-MM-DD). A target whose document is unknown here is always set. */
  published?: ReadonlyMap<string, string>;
}
