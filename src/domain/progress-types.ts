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
  'deadline-passed',
  'insufficient-data',
  'no-target',
] as const;
export type Status = (typeof STATUSES)[number];

/** Why a panel has its status: always a named state, never a blank. The UI translates each code. */
export const REASONS = [
  'target-met', // latest actual meets the target (qualifier respected)
  'ratio', // judged by R = CAGR_obs / CAGR_req (see `ratio`)
  'flow-or-share', // judged in its own terms: share of the flow target reached / share level vs target share
  'deadline-passed-unmet', // tT < asOf and no actual at or after tT meets the target
  'no-baseline', // no actual before the latest actual (or before the target) to start from
  'no-actual-after-baseline', // only one actual: nothing to measure progress with
  'zero-or-negative-base', // growth rates cannot be computed from a value ≤ 0
  'no-target', // the documents give actuals only
  // Added by progress.ts: the target is not beyond the baseline (no growth was required, so R has no
  // meaning), yet the latest actual does not meet it.
  'no-growth-required',
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

export interface Progress {
  status: Status;
  reason: Reason;
  baseline: PointRef | null;
  latest: PointRef | null;
  /** The target judged: the earliest target not yet due at asOf, else the last one. */
  target: TargetRef | null;
  /** (A − B) / (T − B); null when it cannot be computed. */
  distanceCovered: number | null;
  /** (asOf − t0) / (tT − t0), clamped to [0, 1]. */
  timeElapsed: number | null;
  /** Where the indicator should be at asOf on the path from B to T (geometric for growth targets, else linear). */
  expectedNow: number | null;
  /** T − A, and (T − A) / T. */
  gap: { absolute: number; relative: number } | null;
  /** Annual rates as fractions (0.08 = 8 %). */
  cagrObserved: number | null;
  cagrRequired: number | null; // from the latest actual to the target
  cagrRequiredFromBaseline: number | null; // from the baseline to the target
  /** R = cagrObserved / cagrRequiredFromBaseline. */
  ratio: number | null;
  /** Level path implied by a growth-rate target, one point a year from the baseline to the deadline. */
  impliedPath: { period: string; value: number }[] | null;
  // --- additive fields (progress.ts) ---
  /** The target observation judged; set also when it could not become a TargetRef (a growth-rate target with no baseline). */
  targetObservation?: Observation;
  /**
   * Flows and shares (reason 'flow-or-share') have no CAGR: change per year in the indicator's unit instead
   * (亿元 per year, percentage points per year). observed: from the baseline (for a flow, the window start) to
   * the latest actual; required: from the latest actual to the target.
   */
  perYear?: { observed: number | null; required: number | null };
  /**
   * Flow targets (新增500亿元 over 2024—2027): the window and the actuals summed into `latest.value`.
   * The baseline of a flow is 0 at the window start, so `baseline` is null.
   */
  flow?: { windowStart: string; windowEnd: string; cumulated: number; observations: Observation[] };
}
