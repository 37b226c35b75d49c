// Real indicators from the seed documents with hand-made Progress objects (computed by hand, so the
// chart tests do not depend on progress.ts).
import type { EChartsOption } from 'echarts';
import type { Indicator, Observation } from '../../src/domain/dataset-schema';
import type { PointRef, Progress, TargetRef } from '../../src/domain/progress-types';
import type { Qualifier, Unit } from '../../src/domain/types';
import { empty } from '../../src/domain/progress-core';

export const AS_OF = new Date(2025, 5, 30); // 2025-06-30, Asia/Shanghai

function periodEnd(period: string): Date {
  const [y, m] = period.split('-').map(Number);
  return m === undefined ? new Date(y!, 11, 31) : new Date(y!, m, 0);
}

export function obs(
  role: 'actual' | 'target',
  period: string,
  value: number,
  extra: Partial<Observation> = {},
): Observation {
  return {
    role,
    period,
    value,
    qualifier: '=',
    basis: 'level',
    source: { document: 'doc', quote: `${value}`, offset: 0 },
    ...extra,
  };
}

export function point(o: Observation): PointRef {
  return { value: o.value, period: o.period, date: periodEnd(o.period), observation: o };
}

export function targetRef(o: Observation, extra: Partial<TargetRef> = {}): TargetRef {
  return { ...point(o), qualifier: o.qualifier as Qualifier, implied: false, ...extra };
}

export function indicator(
  id: string,
  zh: string,
  en: string,
  unit: Unit,
  observations: Observation[],
  direction: 'increase' | 'decrease' = 'increase',
): Indicator {
  return {
    id,
    name: { zh, en },
    region: 'cq',
    topic: 'credit',
    unit,
    measure: 'stock',
    direction,
    observations,
  };
}

// The all-null result of the contract; the values each fixture fills in are still computed by hand.
const EMPTY: Progress = empty('insufficient-data', 'no-baseline');

/** Widen a literal to the Progress contract. */
function progress(p: Progress): Progress {
  return p;
}

// 科技型企业贷款余额: 800 亿元 (2017) → 6950 亿元 (2024年6月), no target.
const loans2017 = obs('actual', '2017', 800);
const loans2024 = obs('actual', '2024-06', 6950);
export const techLoans = {
  indicator: indicator('cq-tech-loans', '科技型企业贷款余额', 'Loans to tech enterprises', '亿元', [
    loans2017,
    loans2024,
  ]),
  progress: progress({
    ...EMPTY,
    status: 'no-target',
    reason: 'no-target',
    baseline: point(loans2017),
    latest: point(loans2024),
    cagrObserved: (6950 / 800) ** (1 / 6.5) - 1,
  }),
};

// 金融业增加值: 54.6 亿元 (2021), target 年均增长 8% 以上 to 2025 → implied 54.6·1.08⁴ = 74.28.
const fin2021 = obs('actual', '2021', 54.6);
const finTarget = obs('target', '2025', 8, { basis: 'cagr', qualifier: '>=', since: '2021' });
const impliedPath = [0, 1, 2, 3, 4].map((k) => ({ period: String(2021 + k), value: 54.6 * 1.08 ** k }));
export const financeValueAdded = {
  indicator: indicator('gx-finance-va', '金融业增加值', 'Value added of finance', '亿元', [
    fin2021,
    finTarget,
  ]),
  progress: progress({
    ...EMPTY,
    status: 'insufficient-data',
    reason: 'no-actual-after-baseline',
    baseline: point(fin2021),
    target: targetRef(finTarget, { value: 54.6 * 1.08 ** 4, rate: 8, implied: true, qualifier: '>=' }),
    timeElapsed: 3.5 / 4,
    expectedNow: 54.6 * 1.08 ** 3.5,
    cagrRequiredFromBaseline: 0.08,
    impliedPath,
  }),
};

// 股权投资机构: 50 家以上 by 2025, no actual.
const pe2025 = obs('target', '2025', 50, { qualifier: '>=' });
export const equityFirms = {
  indicator: indicator('gx-pe-firms', '股权投资机构', 'Equity investment firms', '家', [pe2025]),
  progress: progress({ ...EMPTY, target: targetRef(pe2025) }),
};

// A falling indicator: 不良贷款率 1.8% (2021) → 1.4% (2024), target ≤1.2% by 2025.
const npl2021 = obs('actual', '2021', 1.8);
const npl2024 = obs('actual', '2024', 1.4);
const npl2025 = obs('target', '2025', 1.2, { qualifier: '<=' });
export const nplRatio = {
  indicator: indicator(
    'cq-npl',
    '科技型企业不良贷款率',
    'NPL ratio of tech-firm loans',
    '%',
    [npl2021, npl2024, npl2025],
    'decrease',
  ),
  progress: progress({
    ...EMPTY,
    status: 'needs-acceleration',
    reason: 'ratio',
    baseline: point(npl2021),
    latest: point(npl2024),
    target: targetRef(npl2025),
    distanceCovered: (1.4 - 1.8) / (1.2 - 1.8),
    timeElapsed: 3.5 / 4,
    expectedNow: 1.8 - 0.6 * (3.5 / 4),
    gap: { absolute: 1.4 - 1.2, relative: (1.4 - 1.2) / 1.2, exceeded: false },
    cagrObserved: (1.4 / 1.8) ** (1 / 3) - 1,
    cagrRequired: 1.2 / 1.4 - 1,
    cagrRequiredFromBaseline: (1.2 / 1.8) ** (1 / 4) - 1,
    ratio: 0.83,
  }),
};

// 知识产权质押融资: 30 亿元 (2020) → 80 亿元 (2024), 2025 target 100 亿元以上, plus a 2027 target.
const ip2020 = obs('actual', '2020', 30);
const ip2022 = obs('actual', '2022', 52);
const ip2024 = obs('actual', '2024', 80);
const ip2025 = obs('target', '2025', 100, { qualifier: '>=' });
const ip2027 = obs('target', '2027', 150, { qualifier: '>' });
export const ipPledge = {
  indicator: indicator('cq-ip-pledge', '知识产权质押融资额', 'IP-backed financing', '亿元', [
    ip2020,
    ip2022,
    ip2024,
    ip2025,
    ip2027,
  ]),
  progress: progress({
    ...EMPTY,
    status: 'on-track',
    reason: 'ratio',
    baseline: point(ip2020),
    latest: point(ip2024),
    target: targetRef(ip2025),
    distanceCovered: 50 / 70,
    timeElapsed: 4.5 / 5,
    expectedNow: 30 + 70 * (4.5 / 5),
    gap: { absolute: 20, relative: 0.2, exceeded: false },
    cagrObserved: (80 / 30) ** (1 / 4) - 1,
    cagrRequired: 100 / 80 - 1,
    cagrRequiredFromBaseline: (100 / 30) ** (1 / 5) - 1,
    ratio: 1.0,
  }),
};

export const ALL = { techLoans, financeValueAdded, equityFirms, nplRatio, ipPledge };

export const DECORATION = {
  title: '科技型企业贷款余额',
  subtitle: '单位：亿元 · 2017年—2024年6月',
  statusText: '状态：无目标',
  sourceLine: '来源：《重庆市科技金融发展报告》，重庆市地方金融监督管理局，2024-07-15',
};

/** Every path in a value where a number is NaN/±Infinity or a value is undefined. */
export function badValues(value: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (value === undefined) return [path];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) out.push(...badValues(v, `${path}.${k}`, seen));
  return out;
}

/** All strings anywhere in a value. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

/** The text placed on its own under `id` (an entry of the option's title list: 'title', 'status', 'source', 'empty'). */
export function placedText(
  option: EChartsOption,
  id: string,
): { text?: string; subtext?: string } | undefined {
  const list = (Array.isArray(option.title) ? option.title : option.title ? [option.title] : []) as {
    id?: string;
    text?: string;
    subtext?: string;
  }[];
  return list.find((t) => t.id === id);
}
