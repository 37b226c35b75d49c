// The progress method, table-driven. Every number in a comment was worked out by hand (calculator) from the
// rule in DESIGN.md; the code must agree. Periods 'YYYY' end on 31 Dec, so 2020 → 2025 is exactly 5 years.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import { REASONS, STATUSES, type Progress, type Reason, type Status } from '../../src/domain/progress-types';
import type { Qualifier } from '../../src/domain/types';
import { periodEnd, periodStart, yearsBetween } from '../../src/domain/period';

const source = { document: 'doc', quote: '原文', offset: 0 };
/** A plan published on 2022-07-04, as 重庆高新区's 十四五 finance plan was. */
const planSource = { document: 'plan', quote: '规划', offset: 0 };
const PLAN_PUBLISHED = { plan: '2022-07-04' };
const act = (period: string, value: number, more: Partial<Observation> = {}): Observation => ({
  role: 'actual',
  period,
  value,
  qualifier: '=',
  basis: 'level',
  source,
  ...more,
});
const tgt = (period: string, value: number, qualifier: Qualifier = '>=', more: Partial<Observation> = {}) =>
  act(period, value, { role: 'target', qualifier, ...more });
const indicator = (observations: Observation[], more: Partial<Indicator> = {}): Indicator => ({
  id: 'i',
  name: { zh: '指标', en: 'Indicator' },
  region: 'cq',
  topic: 't',
  unit: '亿元',
  measure: 'stock',
  direction: 'increase',
  observations,
  ...more,
});
/** A fixed local date (tests run with TZ=Asia/Shanghai). */
const day = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

type Num = number | null;
const context = (published?: Record<string, string>) =>
  published ? { published: new Map(Object.entries(published)) } : {};
interface Expected {
  status: Status;
  reason: Reason;
  baseline?: Num;
  latest?: Num;
  target?: Num;
  distanceCovered?: Num;
  timeElapsed?: Num;
  expectedNow?: Num;
  gapAbsolute?: Num;
  gapRelative?: Num;
  gapExceeded?: boolean;
  /** The actual judged at the deadline. */
  result?: Num;
  projection?: Num;
  cagrObserved?: Num;
  cagrRequired?: Num;
  cagrRequiredFromBaseline?: Num;
  ratio?: Num;
}
interface Case {
  name: string;
  ind: Indicator;
  asOf: string;
  extra?: Observation[];
  /** Publication dates of the documents, by id. */
  published?: Record<string, string>;
  want: Expected;
}

function actualNumbers(p: Progress): Required<Omit<Expected, 'status' | 'reason' | 'gapExceeded'>> {
  return {
    baseline: p.baseline?.value ?? null,
    latest: p.latest?.value ?? null,
    target: p.target?.value ?? null,
    distanceCovered: p.distanceCovered,
    timeElapsed: p.timeElapsed,
    expectedNow: p.expectedNow,
    gapAbsolute: p.gap?.absolute ?? null,
    gapRelative: p.gap?.relative ?? null,
    result: p.result?.value ?? null,
    projection: p.projection?.value ?? null,
    cagrObserved: p.cagrObserved,
    cagrRequired: p.cagrRequired,
    cagrRequiredFromBaseline: p.cagrRequiredFromBaseline,
    ratio: p.ratio,
  };
}

function check(c: Case) {
  const p = computeProgress(c.ind, day(c.asOf), c.extra, context(c.published));
  expect({ status: p.status, reason: p.reason }).toEqual({ status: c.want.status, reason: c.want.reason });
  if (c.want.gapExceeded !== undefined) expect(p.gap?.exceeded, 'gapExceeded').toBe(c.want.gapExceeded);
  const got = actualNumbers(p);
  for (const [key, want] of Object.entries(c.want)) {
    if (key === 'status' || key === 'reason' || key === 'gapExceeded') continue;
    const value = got[key as keyof typeof got];
    if (want === null) expect(value, key).toBeNull();
    else expect(value, key).toBeCloseTo(want as number, 4);
  }
  return p;
}

// B = 100 at 2020, T = 200 at 2025 (≥): CAGR_req_B = 2^(1/5) − 1 = 14.8698 %.
const base2020 = (a: number, q: Qualifier = '>=', aPeriod = '2022') =>
  indicator([act('2020', 100), act(aPeriod, a), tgt('2025', 200, q)]);

const ratioCases: Case[] = [
  {
    // A = 121 at 2022: CAGR_obs = 1.21^(1/2) − 1 = 10.00 %; R = 0.1 / 0.148698 = 0.6725 → needs acceleration.
    // distance 21/100 = 0.21; time (2023 − 2020)/5 = 0.6; gap 79, 79/200 = 0.395;
    // CAGR_req = (200/121)^(1/3) − 1 = 18.236 %; expectedNow = 100·2^(3/5) = 151.5717.
    name: 'needs acceleration (R = 0.6725)',
    ind: base2020(121),
    asOf: '2023-12-31',
    want: {
      status: 'needs-acceleration',
      reason: 'ratio',
      baseline: 100,
      latest: 121,
      target: 200,
      distanceCovered: 0.21,
      timeElapsed: 0.6,
      gapAbsolute: 79,
      gapRelative: 0.395,
      cagrObserved: 0.1,
      cagrRequired: 0.182356,
      cagrRequiredFromBaseline: 0.148698,
      ratio: 0.672502,
      expectedNow: 151.5717,
    },
  },
  {
    // A = 150 at 2022: CAGR_obs = 1.5^(1/2) − 1 = 22.474 %; R = 1.5114 → on track.
    name: 'on track (R = 1.5114)',
    ind: base2020(150),
    asOf: '2023-12-31',
    want: { status: 'on-track', reason: 'ratio', cagrObserved: 0.224745, ratio: 1.511415 },
  },
  {
    // Boundary: T = 100·1.1^5 = 161.051 (CAGR_req_B 10 %), A = 100·1.095² = 119.9025 → R = 0.095/0.1 = 0.95.
    name: 'on track at the boundary R = 0.95',
    ind: indicator([act('2020', 100), act('2022', 119.9025), tgt('2025', 161.051)]),
    asOf: '2023-06-30',
    want: {
      status: 'on-track',
      reason: 'ratio',
      cagrObserved: 0.095,
      cagrRequiredFromBaseline: 0.1,
      ratio: 0.95,
    },
  },
  {
    // Boundary: A = 100·1.06² = 112.36 → R = 0.06/0.1 = 0.60 → needs acceleration, not limited progress.
    name: 'needs acceleration at the boundary R = 0.60',
    ind: indicator([act('2020', 100), act('2022', 112.36), tgt('2025', 161.051)]),
    asOf: '2023-06-30',
    want: { status: 'needs-acceleration', reason: 'ratio', ratio: 0.6 },
  },
  {
    // A = 105: CAGR_obs = 1.05^(1/2) − 1 = 2.4695 %; R = 0.16607 → limited progress.
    name: 'limited progress (R = 0.166)',
    ind: base2020(105),
    asOf: '2023-12-31',
    want: { status: 'limited-progress', reason: 'ratio', cagrObserved: 0.024695, ratio: 0.166075 },
  },
  {
    // A = B = 100: CAGR_obs = 0, R = 0 → limited progress (0 ≤ R < 0.60), distance 0.
    name: 'limited progress at R = 0 (no change)',
    ind: base2020(100),
    asOf: '2023-12-31',
    want: { status: 'limited-progress', reason: 'ratio', ratio: 0, distanceCovered: 0 },
  },
  {
    // A = 90: CAGR_obs = 0.9^(1/2) − 1 = −5.1317 %; R = −0.3451 → deterioration; distance −10/100 = −0.1.
    name: 'deterioration (R = −0.345)',
    ind: base2020(90),
    asOf: '2023-12-31',
    want: {
      status: 'deterioration',
      reason: 'ratio',
      cagrObserved: -0.051317,
      ratio: -0.345106,
      distanceCovered: -0.1,
    },
  },
  {
    // B = 250 already above T = 200, A = 180 below it: no growth was required, R means nothing; A fell
    // → deterioration with its own reason, ratio null. CAGR_req_B = 0.8^(1/5) − 1 = −4.3627 %.
    name: 'target below the baseline, actual fell under it',
    ind: indicator([act('2020', 250), act('2022', 180), tgt('2025', 200)]),
    asOf: '2023-12-31',
    want: {
      status: 'deterioration',
      reason: 'no-growth-required',
      ratio: null,
      cagrRequiredFromBaseline: -0.043627,
    },
  },
];

const qualifierCases: Case[] = [
  {
    name: "'>=' is met by equality",
    ind: base2020(200, '>=', '2024'),
    asOf: '2024-12-31',
    want: { status: 'achieved', reason: 'target-met', gapAbsolute: 0, gapRelative: 0, distanceCovered: 1 },
  },
  {
    // A = 200 at 2024 against '> 200': not met. CAGR_obs = 2^(1/4) − 1 = 18.921 %; R = 1.2724 → on track.
    name: "'>' is not met by equality",
    ind: base2020(200, '>', '2024'),
    asOf: '2024-12-31',
    want: { status: 'on-track', reason: 'ratio', ratio: 1.272422 },
  },
  {
    name: "'>' is met by strictly more",
    ind: base2020(200.5, '>', '2024'),
    asOf: '2024-12-31',
    want: { status: 'achieved', reason: 'target-met' },
  },
  {
    // '~ 200' (约): 197 is 1.5 % short, within 2 % → achieved.
    name: "'~' is met within 2 %",
    ind: base2020(197, '~', '2024'),
    asOf: '2024-12-31',
    want: { status: 'achieved', reason: 'target-met' },
  },
  {
    // 195 is 2.5 % short → not met; CAGR_obs = 1.95^(1/4) − 1 = 18.170 %; R = 1.2220 → on track.
    name: "'~' is not met 2.5 % short",
    ind: base2020(195, '~', '2024'),
    asOf: '2024-12-31',
    want: { status: 'on-track', reason: 'ratio', ratio: 1.221963 },
  },
  {
    name: "'=' (达到) is met by reaching the target exactly",
    ind: base2020(200, '=', '2024'),
    asOf: '2024-12-31',
    want: { status: 'achieved', reason: 'target-met' },
  },
  {
    name: "'=' (达到) of an increasing indicator is met by overshooting (45 institutions for a target of 42)",
    ind: indicator([act('2020', 30), act('2024', 45), tgt('2025', 42, '=')], { unit: '家' }),
    asOf: '2024-12-31',
    want: { status: 'achieved', reason: 'target-met' },
  },
  {
    // 199.99 < 200 '=': not met (the tolerance is 1e-9 relative, not 0.005 %).
    name: "'=' is not met just short",
    ind: base2020(199.99, '=', '2024'),
    asOf: '2024-12-31',
    want: { status: 'on-track', reason: 'ratio' },
  },
];

// An indicator meant to fall: B = 5 at 2020, T = 3 at 2025 (≤): CAGR_req_B = 0.6^(1/5) − 1 = −9.7120 %.
const falling = (a: number, q: Qualifier = '<=') =>
  indicator([act('2020', 5), act('2022', a), tgt('2025', 3, q)], { unit: '%', direction: 'decrease' });

const directionCases: Case[] = [
  {
    // A = 4: CAGR_obs = 0.8^(1/2) − 1 = −10.557 %; R = −0.105573 / −0.097120 = 1.0870 → on track.
    // distance (4 − 5)/(3 − 5) = 0.5; still 4 − 3 = 1 above the target: gap 1 (1/3 of T), not exceeded.
    name: 'decrease: falling fast enough is on track',
    ind: falling(4),
    asOf: '2023-12-31',
    want: {
      status: 'on-track',
      reason: 'ratio',
      cagrObserved: -0.105573,
      cagrRequiredFromBaseline: -0.09712,
      ratio: 1.08704,
      distanceCovered: 0.5,
      gapAbsolute: 1,
      gapRelative: 1 / 3,
      gapExceeded: false,
    },
  },
  {
    // A = 6: CAGR_obs = 1.2^(1/2) − 1 = +9.5445 %; R = −0.98276 → deterioration.
    name: 'decrease: rising is deterioration',
    ind: falling(6),
    asOf: '2023-12-31',
    want: { status: 'deterioration', reason: 'ratio', ratio: -0.982759 },
  },
  {
    name: "decrease: '<=' met by equality",
    ind: falling(3),
    asOf: '2023-12-31',
    want: { status: 'achieved', reason: 'target-met' },
  },
  {
    name: "decrease: '<=' met by going lower",
    ind: falling(2.5),
    asOf: '2023-12-31',
    want: { status: 'achieved', reason: 'target-met' },
  },
  {
    // '< 3' needs strictly less: 3 is not enough; CAGR_obs = 0.6^(1/2) − 1 = −22.540 %; R = 2.3209 → on track.
    name: "decrease: '<' not met by equality",
    ind: falling(3, '<'),
    asOf: '2023-12-31',
    want: { status: 'on-track', reason: 'ratio', ratio: 2.320885 },
  },
];

// 重庆高新区金融业增加值: 54.6 亿元 in 2021, 年均增速 8 % 以上 to 2025 → T = 54.6·1.08^4 = 74.2827.
const valueAdded = (more: Observation[] = []) =>
  indicator([act('2021', 54.6), tgt('2025', 8, '>=', { basis: 'cagr' }), ...more]);

const growthTargetCases: Case[] = [
  {
    // Only the baseline: T = 74.2827, gap 19.6827 (26.497 % of T), CAGR_req = 8 %; nothing to judge with.
    // asOf 2023-12-31: time 2/4 = 0.5; expectedNow = 54.6·1.08² = 63.68544.
    name: 'growth-rate target, baseline only',
    ind: valueAdded(),
    asOf: '2023-12-31',
    want: {
      status: 'insufficient-data',
      reason: 'no-actual-after-baseline',
      target: 74.282697,
      gapAbsolute: 19.682697,
      gapRelative: 0.26497,
      cagrRequired: 0.08,
      cagrRequiredFromBaseline: 0.08,
      timeElapsed: 0.5,
      expectedNow: 63.68544,
      distanceCovered: null,
      ratio: null,
    },
  },
  {
    // + 62 亿元 in 2023 (hypothetical): CAGR_obs = (62/54.6)^(1/2) − 1 = 6.5613 %; R = 0.8202
    // → needs acceleration; CAGR_req = (74.2827/62)^(1/2) − 1 = 9.4581 %.
    name: 'growth-rate target with a second actual',
    ind: valueAdded([act('2023', 62)]),
    asOf: '2024-06-30',
    want: {
      status: 'needs-acceleration',
      reason: 'ratio',
      cagrObserved: 0.065613,
      cagrRequired: 0.094581,
      ratio: 0.820163,
    },
  },
  {
    name: 'growth-rate target met by a level',
    ind: valueAdded([act('2024', 75)]),
    asOf: '2025-01-31',
    want: { status: 'achieved', reason: 'target-met', target: 74.282697 },
  },
  {
    name: 'growth-rate target without any actual',
    ind: indicator([tgt('2025', 8, '>=', { basis: 'cagr' })]),
    asOf: '2023-12-31',
    want: { status: 'insufficient-data', reason: 'no-actual', target: null, ratio: null },
  },
  {
    // The only actual (2024) is later than the plan (published 2022-07-04): nothing to apply 8 % to.
    name: 'growth-rate target whose only actual is after its document',
    ind: indicator([act('2024', 60), tgt('2025', 8, '>=', { basis: 'cagr', source: planSource })]),
    published: PLAN_PUBLISHED,
    asOf: '2025-06-30',
    want: { status: 'insufficient-data', reason: 'no-baseline', baseline: null, latest: 60, target: null },
  },
  {
    // 1 + g ≤ 0 has no level path (a −100 % "growth").
    name: 'growth-rate target of −100 %',
    ind: indicator([act('2021', 50), act('2023', 40), tgt('2025', -100, '>=', { basis: 'cagr' })]),
    asOf: '2023-12-31',
    want: { status: 'insufficient-data', reason: 'zero-or-negative-base', target: null, ratio: null },
  },
  {
    name: 'growth-rate target from a zero baseline',
    ind: indicator([act('2021', 0), act('2023', 5), tgt('2025', 8, '>=', { basis: 'cagr' })]),
    asOf: '2023-12-31',
    want: { status: 'insufficient-data', reason: 'zero-or-negative-base', target: null },
  },
];

const dataCases: Case[] = [
  {
    name: 'no actual at all',
    ind: indicator([tgt('2025', 200)]),
    asOf: '2023-12-31',
    want: {
      status: 'insufficient-data',
      reason: 'no-actual',
      baseline: null,
      latest: null,
      target: 200,
      gapAbsolute: null,
    },
  },
  {
    // One actual: B = A = 120, gap 80 (0.4), CAGR_req = (200/120)^(1/3) − 1 = 18.563 % still shown.
    name: 'a single actual',
    ind: indicator([act('2022', 120), tgt('2025', 200)]),
    asOf: '2023-12-31',
    want: {
      status: 'insufficient-data',
      reason: 'no-actual-after-baseline',
      baseline: 120,
      latest: 120,
      gapAbsolute: 80,
      gapRelative: 0.4,
      cagrRequired: 0.185631,
      cagrObserved: null,
      distanceCovered: null, // nothing measured after the baseline: no "0 % covered"
      ratio: null,
    },
  },
  {
    // A single actual that already meets the target: achieved comes first.
    name: 'a single actual that meets the target',
    ind: indicator([act('2022', 45, { qualifier: '>' }), tgt('2025', 42, '=')], { unit: '家' }),
    asOf: '2023-12-31',
    want: { status: 'achieved', reason: 'target-met' },
  },
  {
    name: 'zero base',
    ind: indicator([act('2020', 0), act('2022', 10), tgt('2025', 50)]),
    asOf: '2023-12-31',
    want: {
      status: 'insufficient-data',
      reason: 'zero-or-negative-base',
      cagrObserved: null,
      cagrRequiredFromBaseline: null,
      ratio: null,
      distanceCovered: 0.2, // (10 − 0)/(50 − 0): a level difference needs no growth rate
    },
  },
  {
    name: 'negative base',
    ind: indicator([act('2020', -5), act('2022', 10), tgt('2025', 50)]),
    asOf: '2023-12-31',
    want: { status: 'insufficient-data', reason: 'zero-or-negative-base', cagrObserved: null, ratio: null },
  },
  {
    // yoy and growth figures are context, not levels: they change nothing here (still a single level).
    name: 'yoy and growth actuals are not level points',
    ind: indicator([
      act('2022', 120),
      act('2023', 42.4, { basis: 'yoy' }),
      act('2023', 50, { basis: 'growth', since: '2021' }),
      tgt('2025', 200),
    ]),
    asOf: '2023-12-31',
    want: { status: 'insufficient-data', reason: 'no-actual-after-baseline', latest: 120 },
  },
  {
    // 100 → 121 over two years: 10 % a year, rising.
    name: 'only actuals: no target, rising trend',
    ind: indicator([act('2020', 100), act('2022', 121)]),
    asOf: '2023-12-31',
    want: {
      status: 'no-target',
      reason: 'trend-rising',
      baseline: 100,
      latest: 121,
      cagrObserved: 0.1,
      target: null,
    },
  },
  {
    name: 'nothing at all: no target',
    ind: indicator([]),
    asOf: '2023-12-31',
    want: { status: 'no-target', reason: 'no-target', baseline: null, latest: null },
  },
];

const deadlineCases: Case[] = [
  {
    // T = 200 due 31 Dec 2025; as of mid-2026 the last actual (150, 2025) falls short.
    // No growth still needed, no schedule point after the deadline: cagrRequired and expectedNow are null.
    name: 'deadline passed and unmet',
    ind: indicator([act('2020', 100), act('2025', 150), tgt('2025', 200)]),
    asOf: '2026-06-30',
    want: {
      status: 'missed',
      reason: 'deadline-actual-short',
      timeElapsed: 1,
      gapAbsolute: 50,
      gapRelative: 0.25,
      result: 150,
      cagrRequired: null,
      expectedNow: null,
    },
  },
  {
    name: 'deadline passed, met by an actual after the deadline',
    ind: indicator([act('2020', 100), act('2025', 150), act('2026-03', 205), tgt('2025', 200)]),
    asOf: '2026-06-30',
    want: { status: 'achieved', reason: 'target-met', latest: 205 },
  },
  {
    name: 'deadline passed, met at the deadline and lower since',
    ind: indicator([act('2020', 100), act('2025', 201), act('2026-03', 190), tgt('2025', 200)]),
    asOf: '2026-06-30',
    want: { status: 'achieved', reason: 'target-met', latest: 190 },
  },
  {
    name: 'deadline passed, an actual after the deadline still short',
    ind: indicator([act('2020', 100), act('2026-03', 190), tgt('2025', 200)]),
    asOf: '2026-06-30',
    want: { status: 'missed', reason: 'deadline-actual-short' },
  },
  {
    // On the deadline day itself the deadline has not passed: judged by R. A = 150 at 2024: CAGR_obs =
    // 1.5^(1/4) − 1 = 10.668 %; R = 0.7174 → needs acceleration.
    name: 'on the deadline day the target is still open',
    ind: indicator([act('2020', 100), act('2024', 150), tgt('2025', 200)]),
    asOf: '2025-12-31',
    want: {
      status: 'needs-acceleration',
      reason: 'ratio',
      ratio: 0.717443,
      timeElapsed: 1,
      expectedNow: 200,
    },
  },
  {
    // Nothing at or after the deadline: the result is awaited, not missed.
    name: 'deadline passed with no actual at all',
    ind: indicator([tgt('2025', 200)]),
    asOf: '2026-06-30',
    want: {
      status: 'awaiting-result',
      reason: 'no-actual-since-deadline',
      projection: null,
      gapAbsolute: null,
      baseline: null,
      latest: null,
      target: 200,
    },
  },
  {
    // A growth-rate target with no baseline has no level, but no actual after the deadline either: awaited.
    name: 'deadline passed, growth-rate target without a baseline',
    ind: indicator([tgt('2025', 8, '>=', { basis: 'cagr' })]),
    asOf: '2026-06-30',
    want: { status: 'awaiting-result', reason: 'no-actual-since-deadline', target: null },
  },
  {
    // …and with an actual after the deadline but nothing to apply the rate to: insufficient data.
    name: 'deadline passed, growth-rate target without a baseline, an actual after the deadline',
    ind: indicator([act('2026', 80), tgt('2025', 8, '>=', { basis: 'cagr', source: planSource })]),
    published: PLAN_PUBLISHED,
    asOf: '2027-06-30',
    want: { status: 'insufficient-data', reason: 'no-baseline', target: null, latest: 80 },
  },
  {
    // 重庆高新区金融业增加值 as the documents give it, judged after 2025: only the 2021 figure, which is both
    // the baseline (it predates the plan) and the latest. No gap at the deadline is known; one actual
    // gives no trend, so no projection.
    name: 'deadline passed with only the baseline (real case, 54.6 亿元 in 2021)',
    ind: valueAdded(),
    published: { doc: '2022-07-04' },
    asOf: '2026-11-21',
    want: {
      status: 'awaiting-result',
      reason: 'no-actual-since-deadline',
      baseline: 54.6,
      latest: 54.6,
      target: 74.282697,
      gapAbsolute: null,
      cagrRequired: null,
      expectedNow: null,
      projection: null,
    },
  },
];

// Two targets: 150 by 2025 and 300 by 2027; B = 100 at 2020, A = 130 at 2023.
const twoTargets = indicator([act('2020', 100), act('2023', 130), tgt('2025', 150), tgt('2027', 300)]);
const targetChoiceCases: Case[] = [
  {
    // 2025 target: CAGR_req_B = 1.5^(1/5) − 1 = 8.4472 %; CAGR_obs = 1.3^(1/3) − 1 = 9.1393 %; R = 1.0819.
    name: 'two targets: the 2025 one while it is open',
    ind: twoTargets,
    asOf: '2024-06-30',
    want: { status: 'on-track', reason: 'ratio', target: 150, ratio: 1.081937 },
  },
  {
    // 2027 target: CAGR_req_B = 3^(1/7) − 1 = 16.993 %; R = 0.091393/0.169931 = 0.5378 → limited progress.
    name: 'two targets: the 2027 one once 2025 is due',
    ind: twoTargets,
    asOf: '2026-06-30',
    want: { status: 'limited-progress', reason: 'ratio', target: 300, ratio: 0.537826 },
  },
  {
    // Nothing after 2027: awaited. Trend 100 (2020) → 130 (2023): 1.3^(1/3) − 1 = 9.1393 % a year; projected
    // to 2027: 130·1.3^(4/3) = 130·1.418810 = 184.4454. The gap at the last actual (2023): 300 − 130 = 170.
    name: 'two targets: the last one once all are due',
    ind: twoTargets,
    asOf: '2028-06-30',
    want: {
      status: 'awaiting-result',
      reason: 'no-actual-since-deadline',
      target: 300,
      latest: 130,
      projection: 184.4454,
      gapAbsolute: 170,
    },
  },
  {
    name: 'two targets listed out of order: the choice is by deadline',
    ind: indicator([act('2020', 100), act('2023', 130), tgt('2027', 300), tgt('2025', 150)]),
    asOf: '2024-06-30',
    want: { status: 'on-track', reason: 'ratio', target: 150 },
  },
];

const asOfAndExtraCases: Case[] = [
  {
    // The 2024 figure (200) is not known yet at 2023-12-31: the 2022 one is the latest.
    name: 'asOf: actuals after asOf are left out',
    ind: indicator([act('2020', 100), act('2022', 121), act('2024', 200), tgt('2025', 200)]),
    asOf: '2023-12-31',
    want: { status: 'needs-acceleration', reason: 'ratio', latest: 121, ratio: 0.672502 },
  },
  {
    name: 'asOf: the same indicator a year later is achieved',
    ind: indicator([act('2020', 100), act('2022', 121), act('2024', 200), tgt('2025', 200)]),
    asOf: '2025-01-31',
    want: { status: 'achieved', reason: 'target-met', latest: 200 },
  },
  {
    name: 'asOf before any actual',
    ind: base2020(121),
    asOf: '2019-06-30',
    want: { status: 'insufficient-data', reason: 'no-actual', latest: null },
  },
  {
    // Imported 2023 figure 140: CAGR_obs = 1.4^(1/3) − 1 = 11.869 %; R = 0.7982 → needs acceleration.
    name: 'extra: an imported actual turns insufficient data into a judgement',
    ind: indicator([act('2020', 100), tgt('2025', 200)]),
    extra: [act('2023', 140, { userSupplied: true })],
    asOf: '2024-06-30',
    want: { status: 'needs-acceleration', reason: 'ratio', latest: 140, ratio: 0.798201 },
  },
  {
    name: 'extra: an imported actual that meets the target',
    ind: base2020(121),
    extra: [act('2024-06', 210, { userSupplied: true })],
    asOf: '2024-09-30',
    want: { status: 'achieved', reason: 'target-met', latest: 210 },
  },
  {
    // Same period as the document's 121: the import comes later in the list and wins. 150 → R = 1.5114.
    name: 'extra: an imported figure for the same period replaces the document one',
    ind: base2020(121),
    extra: [act('2022', 150, { userSupplied: true })],
    asOf: '2023-12-31',
    want: { status: 'on-track', reason: 'ratio', latest: 150, ratio: 1.511415 },
  },
];

// 制造业融资额新增500亿元以上 over 2024—2027: window 31 Dec 2023 → 31 Dec 2027, 4 years.
const flowTarget = tgt('2027', 500, '>=', { since: '2024' });
const flow = (actuals: Observation[]) => indicator([flowTarget, ...actuals], { measure: 'flow' });

const flowCases: Case[] = [
  {
    // 150 in 2024: distance 150/500 = 0.30 in 1 of 4 years (0.25) → ratio 1.2 → on track.
    // asOf 2025-06-30: time (1 + 181/365)/4 = 0.373973; expectedNow = 500·0.373973 = 186.9863; gap 350, 0.7.
    name: 'flow on track',
    ind: flow([act('2024', 150)]),
    asOf: '2025-06-30',
    want: {
      status: 'on-track',
      reason: 'flow-or-share',
      latest: 150,
      baseline: null,
      distanceCovered: 0.3,
      timeElapsed: 0.373973,
      expectedNow: 186.986301,
      gapAbsolute: 350,
      gapRelative: 0.7,
      ratio: 1.2,
      cagrObserved: null,
    },
  },
  {
    // 150 (2024) + 100 (Jan–Jun 2025) = 250: distance 0.5 in (1 + 181/365)/4 = 0.373973 → ratio 1.3370.
    name: 'flow: actuals in the window are summed',
    ind: flow([act('2024', 150), act('2025-06', 100, { since: '2025-01' })]),
    asOf: '2025-09-30',
    want: { status: 'on-track', reason: 'flow-or-share', latest: 250, distanceCovered: 0.5, ratio: 1.336996 },
  },
  {
    // Jan–Jun 2024 (60) lies inside the year 2024 (150): counted once, the longer span. A 2023 figure is
    // outside the window.
    name: 'flow: an overlapping part-year and a figure before the window are not counted',
    ind: flow([act('2023', 400), act('2024-06', 60, { since: '2024-01' }), act('2024', 150)]),
    asOf: '2025-06-30',
    want: { status: 'on-track', reason: 'flow-or-share', latest: 150, ratio: 1.2 },
  },
  {
    // 50 in 2024: distance 0.1 / 0.25 = 0.4 → limited progress.
    name: 'flow: limited progress',
    ind: flow([act('2024', 50)]),
    asOf: '2025-06-30',
    want: { status: 'limited-progress', reason: 'flow-or-share', ratio: 0.4 },
  },
  {
    // 100 in 2024: 0.2 / 0.25 = 0.8 → needs acceleration.
    name: 'flow: needs acceleration',
    ind: flow([act('2024', 100)]),
    asOf: '2025-06-30',
    want: { status: 'needs-acceleration', reason: 'flow-or-share', ratio: 0.8 },
  },
  {
    // 300 + 210 = 510 ≥ 500.
    name: 'flow: achieved by the sum',
    ind: flow([act('2024', 300), act('2025', 210)]),
    asOf: '2026-03-31',
    want: { status: 'achieved', reason: 'target-met', latest: 510 },
  },
  {
    name: 'flow: no actual in the window',
    ind: flow([act('2023', 400)]),
    asOf: '2025-06-30',
    want: { status: 'insufficient-data', reason: 'no-actual-in-window', target: 500, latest: null },
  },
  {
    // 基金支持硬科技企业数: a target and no actual at all.
    name: 'flow: no actual at all',
    ind: flow([]),
    asOf: '2025-06-30',
    want: { status: 'insufficient-data', reason: 'no-actual', latest: null, gapAbsolute: null },
  },
  {
    name: 'flow: deadline passed with no actual in the window',
    ind: flow([]),
    asOf: '2028-03-31',
    want: { status: 'awaiting-result', reason: 'no-actual-since-deadline', latest: null },
  },
  {
    // 300 by 2025 and nothing for 2026–2027: the window's sum is not complete, so the result is awaited; the
    // sum so far is 200 short of 500 (40 %).
    name: 'flow: deadline passed, the window not yet reported in full',
    ind: flow([act('2024', 150), act('2025', 150)]),
    asOf: '2028-03-31',
    want: {
      status: 'awaiting-result',
      reason: 'no-actual-since-deadline',
      latest: 300,
      gapAbsolute: 200,
      gapRelative: 0.4,
      expectedNow: null,
    },
  },
  {
    // 150 + 150 + 100 (2026) + 90 (2027) = 490 < 500: missed by 10 (2 % of T).
    name: 'flow: deadline passed short of the target',
    ind: flow([act('2024', 150), act('2025', 150), act('2026', 100), act('2027', 90)]),
    asOf: '2028-03-31',
    want: {
      status: 'missed',
      reason: 'deadline-actual-short',
      latest: 490,
      result: 490,
      gapAbsolute: 10,
      gapRelative: 0.02,
      expectedNow: null,
    },
  },
];

// 制造业贷款占比提高至10%以上 by 2027; B = 8 % at 2023.
const share = (more: Observation[]) =>
  indicator([act('2023', 8), tgt('2027', 10), ...more], { measure: 'share', unit: '%' });

const shareCases: Case[] = [
  {
    // A = 9 at 2024: distance (9 − 8)/(10 − 8) = 0.5 in 1 of 4 years → ratio 2 → on track.
    // asOf 2025-06-30: time 0.373973; expectedNow (linear) = 8 + 2·0.373973 = 8.747945; gap 1, 0.1.
    name: 'share on track',
    ind: share([act('2024', 9)]),
    asOf: '2025-06-30',
    want: {
      status: 'on-track',
      reason: 'flow-or-share',
      distanceCovered: 0.5,
      timeElapsed: 0.373973,
      expectedNow: 8.747945,
      gapAbsolute: 1,
      gapRelative: 0.1,
      ratio: 2,
      cagrObserved: null,
      cagrRequiredFromBaseline: null,
    },
  },
  {
    // A = 8.2: distance 0.1 / 0.25 = 0.4 → limited progress.
    name: 'share: limited progress',
    ind: share([act('2024', 8.2)]),
    asOf: '2025-06-30',
    want: { status: 'limited-progress', reason: 'flow-or-share', ratio: 0.4 },
  },
  {
    // A = 7.5: distance −0.25 / 0.25 = −1 → deterioration.
    name: 'share: deterioration',
    ind: share([act('2024', 7.5)]),
    asOf: '2025-06-30',
    want: { status: 'deterioration', reason: 'flow-or-share', ratio: -1 },
  },
  {
    name: 'share: achieved',
    ind: share([act('2025-06', 10.1)]),
    asOf: '2025-09-30',
    want: { status: 'achieved', reason: 'target-met' },
  },
  {
    name: 'share: a single actual',
    ind: share([]),
    asOf: '2025-06-30',
    want: {
      status: 'insufficient-data',
      reason: 'no-actual-after-baseline',
      baseline: 8,
      latest: 8,
      gapAbsolute: 2,
    },
  },
  {
    // A rate that is itself the indicator (存款增速 15 % 以上) is judged like a share: from 10 % (2022) to
    // 12 % (2023) against 15 % by 2025: distance 2/5 = 0.4 in 1 of 3 years → ratio 1.2.
    name: 'rate measure is judged in its own terms',
    ind: indicator([act('2022', 10), act('2023', 12), tgt('2025', 15)], { measure: 'rate', unit: '%' }),
    asOf: '2024-06-30',
    want: { status: 'on-track', reason: 'flow-or-share', ratio: 1.2 },
  },
];

// 重庆高新区 as the 2022 plan (published 2022-07-04) gives it: 34 institutions in June 2022, 42 by 2025 (达到).
const institutions = (more: Observation[] = []) =>
  indicator(
    [act('2022-06', 34, { source: planSource }), tgt('2025', 42, '=', { source: planSource }), ...more],
    {
      unit: '家',
    },
  );

const afterDeadlineCases: Case[] = [
  {
    // Before the deadline: B = A = 34 (June 2022 predates the plan), gap 8 (8/42 = 0.190476);
    // 30 Jun 2022 → 31 Dec 2025 = 3 + 184/365 = 3.504110 years: CAGR_req = (42/34)^(1/3.504110) − 1 = 6.2159 %.
    name: 'one actual before the plan: baseline and latest, growth still needed',
    ind: institutions(),
    published: PLAN_PUBLISHED,
    asOf: '2025-06-30',
    want: {
      status: 'insufficient-data',
      reason: 'no-actual-after-baseline',
      baseline: 34,
      latest: 34,
      gapAbsolute: 8,
      gapRelative: 0.190476,
      cagrRequired: 0.062159,
    },
  },
  {
    // The 已逾期 case: as of late 2026 nothing after June 2022 exists. Awaited, with the last actual and
    // its gap (42 − 34 = 8, dated June 2022 on the panel); no growth still needed, no schedule point, and one
    // actual gives no projection.
    name: 'deadline passed, last actual in 2022: awaiting result',
    ind: institutions(),
    published: PLAN_PUBLISHED,
    asOf: '2026-11-21',
    want: {
      status: 'awaiting-result',
      reason: 'no-actual-since-deadline',
      latest: 34,
      cagrRequired: null,
      expectedNow: null,
      gapAbsolute: 8,
      projection: null,
    },
  },
  {
    // A 2025 figure imported (38): an actual at the deadline falls short → missed by 4 (4/42 = 0.095238).
    // The baseline stays June 2022 (the import is after the plan); 34 → 38 over 3.504110 years:
    // (38/34)^(1/3.504110) − 1 = 3.2251 %.
    name: 'an actual at the deadline falls short: missed, with what was reached',
    ind: institutions(),
    extra: [act('2025', 38, { userSupplied: true })],
    published: PLAN_PUBLISHED,
    asOf: '2026-03-31',
    want: {
      status: 'missed',
      reason: 'deadline-actual-short',
      baseline: 34,
      latest: 38,
      result: 38,
      gapAbsolute: 4,
      gapRelative: 0.095238,
      gapExceeded: false,
      cagrObserved: 0.032251,
      cagrRequired: null,
      expectedNow: null,
    },
  },
  {
    // 股权投资机构数: a target (50 by 2025) and no document actual; an imported 2025 figure of 38 is the
    // latest (never "latest: none") and not a baseline (it is after the plan). Missed by 12 (0.24).
    name: 'the only actual is after the plan: latest, not baseline',
    ind: indicator([tgt('2025', 50, '=', { source: planSource })], { unit: '家' }),
    extra: [act('2025', 38, { userSupplied: true })],
    published: PLAN_PUBLISHED,
    asOf: '2026-03-31',
    want: {
      status: 'missed',
      reason: 'deadline-actual-short',
      baseline: null,
      latest: 38,
      gapAbsolute: 12,
      gapRelative: 0.24,
    },
  },
  {
    // 45 at the deadline against 42: exceeded by 3 (3/42 = 0.071429), never a negative gap.
    name: 'exceeded at the deadline: achieved, exceeded by 3',
    ind: institutions([act('2025', 45)]),
    published: PLAN_PUBLISHED,
    asOf: '2026-03-31',
    want: {
      status: 'achieved',
      reason: 'target-met',
      result: 45,
      gapAbsolute: 3,
      gapRelative: 0.071429,
      gapExceeded: true,
    },
  },
  {
    // 210 against ≥ 200 before the deadline: exceeded by 10 (0.05).
    name: 'exceeded before the deadline',
    ind: base2020(210, '>=', '2024'),
    asOf: '2024-12-31',
    want: { status: 'achieved', reason: 'target-met', gapAbsolute: 10, gapRelative: 0.05, gapExceeded: true },
  },
  {
    // Two actuals half a year apart give no trend: no projection.
    name: 'awaiting, actuals less than a year apart: no projection',
    ind: indicator([act('2021-06', 100), act('2021-12', 120), tgt('2023', 200)]),
    asOf: '2024-06-30',
    want: { status: 'awaiting-result', reason: 'no-actual-since-deadline', latest: 120, projection: null },
  },
];

// A plan published 2024-03-21 (the 科技产业金融一体化 work plan) with a 2027 target.
const plan2024 = { document: 'plan2024', quote: '方案', offset: 0 };
const laterPlan = indicator([act('2023', 90), tgt('2027', 100, '>=', { source: plan2024 })]);

const notYetSetCases: Case[] = [
  {
    name: 'before its document, a target does not exist',
    ind: laterPlan,
    published: { plan2024: '2024-03-21' },
    asOf: '2024-01-01',
    want: { status: 'not-yet-set', reason: 'target-not-yet-set', target: null, baseline: null, latest: 90 },
  },
  {
    // From the day of publication it does: 2023 predates the plan → baseline and latest.
    name: 'on the day of its document, the target is set',
    ind: laterPlan,
    published: { plan2024: '2024-03-21' },
    asOf: '2024-03-21',
    want: {
      status: 'insufficient-data',
      reason: 'no-actual-after-baseline',
      target: 100,
      baseline: 90,
      latest: 90,
    },
  },
  {
    // The 2021-06-30 view of the 2022 plan: its 2021 figure is not known yet and the plan did not
    // exist: not "文件未给出基线值".
    name: 'as of 2021-06-30 the 2022 plan and its 2021 baseline do not exist yet',
    ind: indicator([
      act('2021', 54.6, { source: planSource }),
      tgt('2025', 8, '>=', { basis: 'cagr', source: planSource }),
    ]),
    published: PLAN_PUBLISHED,
    asOf: '2021-06-30',
    want: { status: 'not-yet-set', reason: 'target-not-yet-set', latest: null, baseline: null },
  },
];

const baselineCases: Case[] = [
  {
    // Actuals 2019 (100), 2021 (120), 2023 (150); plan published 2022-07-04 → B = 120 (2021, the latest at or
    // before the plan), A = 150. CAGR_obs = (150/120)^(1/2) − 1 = 11.8034 %; CAGR_req_B = (200/120)^(1/6) − 1 =
    // 8.8867 %; R = 1.32821 → on track.
    name: 'baseline: the latest actual at or before the document',
    ind: indicator([
      act('2019', 100),
      act('2021', 120),
      act('2023', 150),
      tgt('2027', 200, '>=', { source: planSource }),
    ]),
    published: PLAN_PUBLISHED,
    asOf: '2024-06-30',
    want: {
      status: 'on-track',
      reason: 'ratio',
      baseline: 120,
      latest: 150,
      cagrObserved: 0.118034,
      cagrRequiredFromBaseline: 0.088867,
      ratio: 1.328211,
    },
  },
  {
    // The plan's own base-year figure (2020: 110) wins over another document's later one (2021: 120).
    // CAGR_obs = (150/110)^(1/3) − 1 = 10.8918 %.
    name: "baseline: the plan's own base year first",
    ind: indicator([
      act('2020', 110, { source: planSource }),
      act('2021', 120),
      act('2023', 150),
      tgt('2027', 200, '>=', { source: planSource }),
    ]),
    published: PLAN_PUBLISHED,
    asOf: '2024-06-30',
    want: { status: 'on-track', reason: 'ratio', baseline: 110, latest: 150, cagrObserved: 0.108918 },
  },
];

const shortSpanCases: Case[] = [
  {
    // 知识价值信用贷款试点: 300 (Oct 2017) → more than 2000 (Nov 2017): +1,700 in 1 month, never annualised.
    name: 'no target, two actuals a month apart: the change over the span',
    ind: indicator([act('2017-10', 300), act('2017-11', 2000, { qualifier: '>' })], { unit: '家' }),
    asOf: '2018-05-17',
    want: { status: 'no-target', reason: 'no-target', baseline: 300, latest: 2000, cagrObserved: null },
  },
  {
    // B = 100 (June 2024, before the plan of 1 July 2024), A = 110 three months later: no annual rate.
    name: 'target, baseline and latest three months apart: short span',
    ind: indicator([act('2024-06', 100), act('2024-09', 110), tgt('2026', 150, '>=', { source: plan2024 })]),
    published: { plan2024: '2024-07-01' },
    asOf: '2024-12-31',
    want: {
      status: 'insufficient-data',
      reason: 'short-span',
      baseline: 100,
      latest: 110,
      cagrObserved: null,
      ratio: null,
      gapAbsolute: 40,
    },
  },
  {
    // Less than a year to go (30 Jun → 31 Dec 2025): no annual rate still needed, the change instead (+20 in
    // 6 months). Judged by R from the baseline: 2020 → Jun 2025 = 4 + 181/365 = 4.495890 years,
    // CAGR_obs = 1.8^(1/4.495890) − 1 = 13.9670 %; R = 0.139670/0.148698 = 0.939283 → needs acceleration.
    name: 'less than a year to the deadline: no annual rate still needed',
    ind: indicator([act('2020', 100), act('2025-06', 180), tgt('2025', 200)]),
    asOf: '2025-07-31',
    want: {
      status: 'needs-acceleration',
      reason: 'ratio',
      cagrRequired: null,
      cagrObserved: 0.13967,
      ratio: 0.939283,
    },
  },
];

const trendCases: Case[] = [
  {
    // 100 → 100.5 over two years: 1.005^(1/2) − 1 = 0.2497 % a year, under 0.5 % → flat.
    name: 'no target: flat',
    ind: indicator([act('2020', 100), act('2022', 100.5)]),
    asOf: '2023-06-30',
    want: { status: 'no-target', reason: 'trend-flat', cagrObserved: 0.002497 },
  },
  {
    // 100 → 81 over two years: 0.81^(1/2) − 1 = −10 % a year → falling.
    name: 'no target: falling',
    ind: indicator([act('2020', 100), act('2022', 81)]),
    asOf: '2023-06-30',
    want: { status: 'no-target', reason: 'trend-falling', cagrObserved: -0.1 },
  },
  {
    // A single actual: the latest, no baseline, no trend.
    name: 'no target: one actual is the latest only',
    ind: indicator([act('2024-06', 816)], { unit: '家' }),
    asOf: '2025-07-28',
    want: { status: 'no-target', reason: 'no-target', baseline: null, latest: 816 },
  },
];

// A date the document does not give ('dated: assumed'): no span, rate, trend or time elapsed from it.
const assumed = { dated: 'assumed' as const };
const assumedDateCases: Case[] = [
  {
    // 知识价值信用贷款试点: 300 before the expansion of Nov 2017 (its date not given) → 2000余: the change is
    // +1,700余, but not "in 1 month".
    name: 'no target, the earlier actual dated by assumption: no trend, the change without a span',
    ind: indicator([act('2017-10', 300, assumed), act('2017-11', 2000, { qualifier: '>' })], { unit: '家' }),
    asOf: '2018-05-17',
    want: { status: 'no-target', reason: 'no-target', baseline: 300, latest: 2000, cagrObserved: null },
  },
  {
    // 2018 assumed, 2020 = 100, 2022 = 121: the trend runs from 2020 only, 10 % a year.
    name: 'no target: the trend leaves out an actual of assumed date',
    ind: indicator([act('2018', 50, assumed), act('2020', 100), act('2022', 121)]),
    asOf: '2023-06-30',
    want: { status: 'no-target', reason: 'trend-rising', latest: 121, cagrObserved: 0.1 },
  },
  {
    // B = 100 (2020, assumed), A = 150 (2023), T = 200 (2025): the gap is known (50), rates and time are not.
    name: 'target, baseline of assumed date: no rate, no time elapsed, the gap stays',
    ind: indicator([act('2020', 100, assumed), act('2023', 150), tgt('2025', 200)]),
    asOf: '2024-06-30',
    want: {
      status: 'insufficient-data',
      reason: 'assumed-date',
      baseline: 100,
      latest: 150,
      gapAbsolute: 50,
      distanceCovered: 0.5,
      cagrObserved: null,
      cagrRequiredFromBaseline: null,
      timeElapsed: null,
      expectedNow: null,
      ratio: null,
    },
  },
  {
    // A = 150 at an assumed 2023: nothing said about the growth still needed from it.
    name: 'target, latest of assumed date: no growth still needed',
    ind: indicator([act('2020', 100), act('2023', 150, assumed), tgt('2026', 200)]),
    asOf: '2024-06-30',
    want: {
      status: 'insufficient-data',
      reason: 'assumed-date',
      latest: 150,
      gapAbsolute: 50,
      cagrObserved: null,
      cagrRequired: null,
      ratio: null,
    },
  },
  {
    // Flow 2024—2027 of 500 (flowTarget); its only actual in the window has an assumed date: the sum counts,
    // no rate from its date.
    name: 'flow, the latest part of assumed date: the sum without a rate',
    ind: flow([act('2024', 150, assumed)]),
    asOf: '2025-06-30',
    want: { status: 'insufficient-data', reason: 'assumed-date', latest: 150, gapAbsolute: 350, ratio: null },
  },
];

const tables: [string, Case[]][] = [
  ['ratio-based statuses', ratioCases],
  ['qualifiers', qualifierCases],
  ['direction decrease', directionCases],
  ['growth-rate targets', growthTargetCases],
  ['missing or unusable data', dataCases],
  ['deadlines', deadlineCases],
  ['choice of target', targetChoiceCases],
  ['asOf and imported observations', asOfAndExtraCases],
  ['flow targets', flowCases],
  ['share targets', shareCases],
  ['after the deadline', afterDeadlineCases],
  ['not yet set', notYetSetCases],
  ['baseline choice', baselineCases],
  ['spans under a year', shortSpanCases],
  ['assumed dates', assumedDateCases],
  ['no-target trends', trendCases],
];

for (const [title, cases] of tables) {
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      check(c);
    });
  });
}

describe('details', () => {
  it('covers every status and every reason in the tables', () => {
    const all = tables.flatMap(([, cases]) => cases);
    expect(new Set(all.map((c) => c.want.status))).toEqual(new Set(STATUSES));
    expect(new Set(all.map((c) => c.want.reason))).toEqual(new Set(REASONS));
  });

  it('turns a growth-rate target into an implied level with its path (54.6·1.08^k)', () => {
    const p = computeProgress(valueAdded(), day('2023-12-31'));
    expect(p.target).toMatchObject({ implied: true, rate: 8, qualifier: '>=', period: '2025' });
    // 54.6, 58.968, 63.68544, 68.7802752, 74.282697216
    const want = [
      ['2021', 54.6],
      ['2022', 58.968],
      ['2023', 63.68544],
      ['2024', 68.7802752],
      ['2025', 74.282697216],
    ] as const;
    expect(p.impliedPath?.map((x) => x.period)).toEqual(want.map(([period]) => period));
    p.impliedPath?.forEach((x, i) => expect(x.value).toBeCloseTo(want[i]![1], 6));
  });

  it('an implied path from a mid-year baseline starts at the baseline and ends at the deadline', () => {
    const p = computeProgress(
      indicator([act('2024-06', 100), tgt('2026', 10, '>=', { basis: 'cagr' })]),
      day('2024-12-31'),
    );
    // 30 Jun 2024 → 31 Dec 2026 = 2 years + 184/365 (30 Jun 2026 → 30 Jun 2027): T = 100·1.1^2.504110 = 126.9556.
    expect(p.impliedPath?.map((x) => x.period)).toEqual(['2024-06', '2024', '2025', '2026']);
    expect(p.target?.value).toBeCloseTo(126.9556, 3);
  });

  it('keeps the target observation when the growth-rate target cannot become a level', () => {
    const t = tgt('2025', 8, '>=', { basis: 'cagr' });
    const p = computeProgress(indicator([t]), day('2023-12-31'));
    expect(p.target).toBeNull();
    expect(p.targetObservation).toBe(t);
  });

  it('reports the flow window and the observations summed', () => {
    const a = act('2024', 150);
    const b = act('2025-06', 100, { since: '2025-01' });
    const p = computeProgress(flow([b, a]), day('2025-09-30'));
    expect(p.flow).toEqual({ windowStart: '2024', windowEnd: '2027', cumulated: 250, observations: [a, b] });
    // 250 over 1 + 181/365 = 1.4959 years = 167.12 a year; 250 still needed over 2 + 184/366 = 2.5027 years
    // (30 Jun 2027 → 30 Jun 2028 has 366 days) = 99.89 a year.
    expect(p.perYear?.observed).toBeCloseTo(167.1245, 3);
    expect(p.perYear?.required).toBeCloseTo(99.8908, 3);
  });

  it('shows a change over less than a year as it is: +1,700 in 1 month', () => {
    const p = computeProgress(
      indicator([act('2017-10', 300), act('2017-11', 2000, { qualifier: '>' })], { unit: '家' }),
      day('2018-05-17'),
    );
    expect(p.observedChange).toMatchObject({ delta: 1700, span: { months: 1, days: 0 } });
    expect(p.observedChange?.from.period).toBe('2017-10');
    expect(p.observedChange?.to.observation.qualifier).toBe('>');
    expect(p.trend).toBeUndefined();
  });

  it('with less than a year to go, the change still needed: +20 in 6 months', () => {
    const p = computeProgress(
      indicator([act('2020', 100), act('2025-06', 180), tgt('2025', 200)]),
      day('2025-07-31'),
    );
    expect(p.requiredChange).toEqual({ delta: 20, span: { months: 6, days: 0 } });
  });

  it('a projection names the two actuals of its trend and is dated at the deadline', () => {
    const p = computeProgress(twoTargets, day('2028-06-30'));
    expect(p.projection).toMatchObject({ period: '2027', trend: { direction: 'rising', kind: 'growth' } });
    expect(p.projection?.trend.from.period).toBe('2020');
    expect(p.projection?.trend.to.period).toBe('2023');
    expect(p.projection?.trend.rate).toBeCloseTo(0.091393, 5);
  });

  it('a share without a target has a linear trend in points a year: 8 % → 9 % over 2 years = +0.5', () => {
    const p = computeProgress(
      indicator([act('2020', 8), act('2022', 9)], { measure: 'share', unit: '%' }),
      day('2023-06-30'),
    );
    expect(p.reason).toBe('trend-rising');
    expect(p.trend).toMatchObject({ kind: 'linear', direction: 'rising' });
    expect(p.trend?.rate).toBeCloseTo(0.5, 9);
    expect(p.cagrObserved).toBeNull();
  });

  it('names the day the target will exist', () => {
    const p = computeProgress(laterPlan, day('2024-01-01'), [], context({ plan2024: '2024-03-21' }));
    expect(p.targetPublished).toBe('2024-03-21');
    expect(p.targetObservation?.value).toBe(100);
  });

  it('a target whose document is not among the known ones (an import) is set at once', () => {
    const p = computeProgress(laterPlan, day('2024-01-01'), [], context({}));
    expect(p.status).not.toBe('not-yet-set');
    expect(p.target?.value).toBe(100);
  });

  it('gives points with their period end date and source observation', () => {
    const p = computeProgress(base2020(121), day('2023-12-31'));
    expect(p.baseline?.date).toEqual(day('2020-12-31'));
    expect(p.latest?.date).toEqual(day('2022-12-31'));
    expect(p.target?.date).toEqual(day('2025-12-31'));
    expect(p.latest?.observation.value).toBe(121);
  });

  it('counts calendar days of asOf only, not the time of day', () => {
    const ind = indicator([act('2020', 100), act('2024', 150), tgt('2025', 200)]);
    const evening = new Date(2025, 11, 31, 23, 30);
    expect(computeProgress(ind, evening).status).toBe('needs-acceleration');
  });

  it('rejects an invalid asOf', () => {
    expect(() => computeProgress(base2020(121), new Date(NaN))).toThrow(RangeError);
  });

  it.each([
    [[act('2022-13', 999)], /actual period "2022-13"/],
    [[act('去年', 999)], /actual period "去年"/],
    [[act('2023', 999, { since: '2023-02-30' })], /actual since "2023-02-30": no such date/],
    [[act('2023', Number.NaN)], /actual 2023: value is not a finite number/],
  ])('refuses, rather than drops, a figure it cannot place: %#', (extra, message) => {
    expect(() => computeProgress(base2020(121), new Date(2023, 11, 31), extra)).toThrow(message);
  });
});

function numbersIn(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value instanceof Date) return [[path, value.getTime()]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  }
  return [];
}

describe('property: never NaN or Infinity', () => {
  const period = fc
    .tuple(
      fc.integer({ min: 2000, max: 2035 }),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    )
    .map(([y, m]) => (m === undefined ? String(y) : `${y}-${String(m).padStart(2, '0')}`));
  const value = fc.double({ min: 1e-6, max: 1e9, noNaN: true, noDefaultInfinity: true });
  // Any finite value, zero and negatives included (a −150 % rate, a negative balance in an import).
  const anyValue = fc.oneof(
    value,
    fc.constantFrom(0, -0, -100, -150),
    fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  );
  const observation = (v: fc.Arbitrary<number>) =>
    fc
      .record({
        role: fc.constantFrom('actual' as const, 'target' as const),
        period,
        value: v,
        qualifier: fc.constantFrom<Qualifier>('=', '>=', '>', '<=', '<', '~'),
        basis: fc.constantFrom('level' as const, 'level' as const, 'cagr' as const, 'yoy' as const),
        since: fc.option(period, { nil: undefined }),
      })
      .map(({ since, ...o }) => ({ ...o, ...(since !== undefined && { since }), source }));
  const ind = (v: fc.Arbitrary<number>) =>
    fc
      .record({
        observations: fc.array(observation(v), { maxLength: 8 }),
        measure: fc.constantFrom(
          'stock' as const,
          'cumulative' as const,
          'flow' as const,
          'share' as const,
          'rate' as const,
        ),
        direction: fc.constantFrom('increase' as const, 'decrease' as const),
      })
      .map(({ observations, ...more }) => indicator(observations, more));
  const asOf = fc.date({ min: new Date(1999, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true });

  it('every number is finite or null, with a named status and reason', () => {
    fc.assert(
      fc.property(ind(value), asOf, (i, d) => {
        const p = computeProgress(i, d);
        expect(STATUSES).toContain(p.status);
        expect(REASONS).toContain(p.reason);
        for (const [path, n] of numbersIn(p)) expect(Number.isFinite(n), path).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('also for zero, negative and huge values', () => {
    fc.assert(
      fc.property(ind(anyValue), asOf, (i, d) => {
        const p = computeProgress(i, d);
        expect(REASONS).toContain(p.reason);
        for (const [path, n] of numbersIn(p)) expect(Number.isFinite(n), path).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

// Generated sentences are code: whatever the indicator and the day, what the method says is true of its input.
describe('property: every status, reason and figure is true of its input', () => {
  const DOCS = ['d1', 'd2', 'user-import'] as const;
  const isoDay = fc
    .tuple(
      fc.integer({ min: 2000, max: 2035 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const period = fc
    .tuple(
      fc.integer({ min: 2000, max: 2035 }),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    )
    .map(([y, m]) => (m === undefined ? String(y) : `${y}-${String(m).padStart(2, '0')}`));
  const observation = fc
    .record({
      role: fc.constantFrom('actual' as const, 'actual' as const, 'target' as const),
      period,
      value: fc.oneof(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.constantFrom(0, 50, 100, 200)),
      qualifier: fc.constantFrom<Qualifier>('=', '>=', '>', '<=', '<', '~'),
      basis: fc.constantFrom('level' as const, 'level' as const, 'level' as const, 'cagr' as const),
      since: fc.option(period, { nil: undefined }),
      document: fc.constantFrom(...DOCS),
      assumedDate: fc.constantFrom(false, false, false, false, true),
    })
    .map(({ since, document, assumedDate, ...o }): Observation => ({
      ...o,
      ...(since !== undefined && o.role === 'target' && { since }),
      ...(assumedDate && o.role === 'actual' && { dated: 'assumed' as const }),
      source: { document, quote: '原文', offset: 0 },
    }));
  const generated = fc.record({
    observations: fc.array(observation, { maxLength: 8 }),
    measure: fc.constantFrom('stock' as const, 'cumulative' as const, 'flow' as const, 'share' as const),
    direction: fc.constantFrom('increase' as const, 'increase' as const, 'decrease' as const),
    d1: isoDay,
    d2: isoDay,
    asOf: isoDay,
  });

  // The comparison of a value with a target, written out again here from DESIGN.md.
  const meets = (v: number, t: number, q: Qualifier, dir: 'increase' | 'decrease') => {
    const d = (dir === 'decrease' ? -1 : 1) * (v - t);
    if (q === '>' || q === '<') return d > 0;
    if (q === '~') return d >= -0.02 * Math.abs(t);
    if (q === '=') return d >= -1e-9 * Math.abs(t);
    return d >= 0;
  };
  const atLeastAYear = (a: Date, b: Date) => yearsBetween(a, b) >= 1 - 1e-12;

  it('holds for generated indicators and as-of dates', () => {
    fc.assert(
      fc.property(generated, ({ observations, measure, direction, d1, d2, asOf }) => {
        const ind = indicator(observations, { measure, direction });
        const published = new Map([
          ['d1', d1],
          ['d2', d2],
        ]);
        const now = day(asOf);
        const p = computeProgress(ind, now, [], { published });
        const pub = (o: Observation) => {
          const iso = published.get(o.source.document);
          return iso === undefined ? null : day(iso);
        };
        const known = observations.filter(
          (o) => o.role === 'actual' && o.basis === 'level' && periodEnd(o.period) <= now,
        );
        const isKnown = (o: Observation) => known.includes(o);
        const flow = measure === 'flow';

        // A gap is never negative, and says on which side of the target the judged actual is.
        if (p.gap) {
          expect(p.gap.absolute).toBeGreaterThanOrEqual(0);
          expect(p.gap.relative).toBeGreaterThanOrEqual(0);
          const v = (p.result ?? p.latest)!.value;
          const t = p.target!.value;
          expect(p.gap.absolute).toBeCloseTo(Math.abs(t - v), 6);
          expect(p.gap.exceeded).toBe((direction === 'decrease' ? t - v : v - t) > 0);
        }
        // The latest is the newest known actual; never "latest: none" beside an actual.
        if (!flow) {
          expect(p.latest !== null, 'latest shown iff an actual is known').toBe(known.length > 0);
          if (p.latest) {
            expect(isKnown(p.latest.observation)).toBe(true);
            for (const o of known) expect(periodEnd(o.period) <= p.latest.date).toBe(true);
          }
        }
        // A target exists only from its document's publication.
        if (p.target) {
          const t = pub(p.target.observation);
          if (t) expect(t <= now, 'target set after asOf').toBe(true);
          // The baseline is at or before the target's document.
          if (t && p.baseline) expect(p.baseline.date <= t).toBe(true);
        }
        if (p.status === 'not-yet-set') {
          for (const o of observations.filter((x) => x.role === 'target')) {
            const t = pub(o);
            if (t && (o.basis === 'level' || (!flow && measure !== 'share' && o.basis === 'cagr')))
              expect(t > now).toBe(true);
          }
          expect(p.target).toBeNull();
        }
        // No rate annualised over less than a year.
        if (p.cagrObserved !== null) {
          const from = p.trend?.from ?? p.baseline;
          const to = p.trend?.to ?? p.result ?? p.latest;
          expect(from && to && atLeastAYear(from.date, to.date), 'cagrObserved over < 1 year').toBe(true);
        }
        if (p.cagrRequired !== null) {
          expect(p.target && p.latest && atLeastAYear(p.latest.date, p.target.date)).toBe(true);
        }
        if (p.perYear?.observed != null) {
          const start =
            flow && p.flow
              ? new Date(periodStart(p.flow.windowStart).getTime() - 86400000)
              : p.baseline?.date;
          expect(
            start && p.latest && atLeastAYear(start, p.latest.date),
            'perYear.observed over < 1 year',
          ).toBe(true);
        }
        if (p.perYear?.required != null) {
          expect(p.target && p.latest && atLeastAYear(p.latest.date, p.target.date)).toBe(true);
        }
        // A span, a rate, a trend or time elapsed never rests on an assumed date.
        const isDated = (r: { observation: Observation } | null | undefined) =>
          r?.observation.dated !== 'assumed';
        if (p.observedChange) {
          const c = p.observedChange;
          expect(c.span === null, 'span unknown iff an end is assumed').toBe(
            !isDated(c.from) || !isDated(c.to),
          );
          if (c.span) expect(yearsBetween(c.from.date, c.to.date)).toBeLessThan(1);
        }
        if (p.requiredChange?.span) expect(isDated(p.latest)).toBe(true);
        if (!flow) {
          if (p.cagrObserved !== null && !p.trend) expect(isDated(p.baseline)).toBe(true);
          if (p.cagrObserved !== null && !p.trend) expect(isDated(p.result ?? p.latest)).toBe(true);
          if (p.cagrRequired !== null) expect(isDated(p.latest)).toBe(true);
          if (p.cagrRequiredFromBaseline !== null || p.timeElapsed !== null)
            expect(isDated(p.baseline)).toBe(true);
          if (p.perYear?.observed != null) expect(isDated(p.baseline) && isDated(p.latest)).toBe(true);
        } else if (p.ratio !== null || p.perYear?.observed != null) {
          expect(p.flow && isDated({ observation: p.flow.observations.at(-1)! })).toBe(true);
        }
        if (p.trend) expect(isDated(p.trend.from) && isDated(p.trend.to)).toBe(true);
        if (p.reason === 'assumed-date') {
          const last = flow ? { observation: p.flow!.observations.at(-1)! } : p.latest;
          expect(!isDated(last) || (!flow && !isDated(p.baseline))).toBe(true);
        }
        if (p.trend) {
          expect(atLeastAYear(p.trend.from.date, p.trend.to.date), 'trend over < 1 year').toBe(true);
          expect(isKnown(p.trend.from.observation) && isKnown(p.trend.to.observation)).toBe(true);
        }
        // A projection only from two known actuals at least a year apart, and only while a result is awaited.
        if (p.projection) {
          expect(p.status).toBe('awaiting-result');
          expect(atLeastAYear(p.projection.trend.from.date, p.projection.trend.to.date)).toBe(true);
          expect(
            isKnown(p.projection.trend.from.observation) && isKnown(p.projection.trend.to.observation),
          ).toBe(true);
        }
        // After the deadline: no growth still needed, no schedule point.
        const deadline =
          p.target?.date ?? (p.targetObservation ? periodEnd(p.targetObservation.period) : null);
        if (deadline && now > deadline && p.status !== 'not-yet-set') {
          expect(p.cagrRequired).toBeNull();
          expect(p.expectedNow).toBeNull();
          expect(p.requiredChange).toBeUndefined();
          expect(p.perYear?.required ?? null).toBeNull();
        }
        // Statuses and reasons.
        const target = p.target;
        switch (p.status) {
          case 'missed': {
            expect(target && p.result && deadline && now > deadline).toBeTruthy();
            expect(p.result!.date >= deadline!).toBe(true);
            expect(meets(p.result!.value, target!.value, target!.qualifier, direction)).toBe(false);
            if (!flow) {
              expect(isKnown(p.result!.observation)).toBe(true);
              for (const o of known.filter((x) => periodEnd(x.period) >= deadline!))
                expect(meets(o.value, target!.value, target!.qualifier, direction)).toBe(false);
            }
            break;
          }
          case 'awaiting-result': {
            expect(deadline && now > deadline).toBeTruthy();
            // A flow is judged by the actuals inside its window only.
            const tObs = p.targetObservation!;
            const windowStart = periodStart(tObs.since ?? tObs.period);
            const inWindow = (o: Observation) =>
              periodStart(o.since ?? o.period) >= windowStart && periodEnd(o.period) <= deadline!;
            const judged = flow ? known.filter(inWindow) : known;
            for (const o of judged)
              expect(periodEnd(o.period) < deadline!, 'an actual at or after tT exists').toBe(true);
            // The gap, if any, is the last actual's (checked above); never for a growth-rate target from its
            // baseline alone (the level it implies is built from that figure).
            if (p.gap) expect(p.latest).not.toBeNull();
            if (p.gap && p.target?.implied) expect(p.latest!.observation).not.toBe(p.baseline?.observation);
            break;
          }
          case 'achieved': {
            expect(target).not.toBeNull();
            const v = p.result?.value ?? p.latest?.value;
            expect(v !== undefined && meets(v, target!.value, target!.qualifier, direction)).toBe(true);
            break;
          }
        }
        switch (p.reason) {
          case 'no-actual':
            expect(known).toHaveLength(0);
            break;
          case 'no-baseline':
            expect(p.baseline).toBeNull();
            break;
          case 'no-actual-after-baseline':
            expect(p.baseline && p.latest && p.baseline.date.getTime() === p.latest.date.getTime()).toBe(
              true,
            );
            break;
          case 'short-span':
            expect(p.baseline && p.latest && !atLeastAYear(p.baseline.date, p.latest.date)).toBe(true);
            expect(p.latest!.date > p.baseline!.date).toBe(true);
            break;
          case 'trend-rising':
          case 'trend-flat':
          case 'trend-falling':
            expect(p.reason).toBe(`trend-${p.trend?.direction}`);
            if (p.trend!.direction === 'rising')
              expect(p.trend!.to.value).toBeGreaterThan(p.trend!.from.value);
            if (p.trend!.direction === 'falling') expect(p.trend!.to.value).toBeLessThan(p.trend!.from.value);
            break;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
