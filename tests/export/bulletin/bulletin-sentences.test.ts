// Golden sentences of the bulletin, per status and measure, both languages. Each figure in a comment was worked
// out by hand from DESIGN.md's method (periods 'YYYY' end on 31 Dec); the sentences must say exactly these.
import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../../src/domain/dataset-schema';
import { computeProgress } from '../../../src/domain/progress';
import type { Status } from '../../../src/domain/progress-types';
import { indicatorSentences } from '../../../src/export/bulletin/bulletin-sentences';

const plan = { document: 'plan', quote: '规划', offset: 0 };
const act = (period: string, value: number, more: Partial<Observation> = {}): Observation => ({
  role: 'actual',
  period,
  value,
  qualifier: '=',
  basis: 'level',
  source: plan,
  ...more,
});
const tgt = (period: string, value: number, more: Partial<Observation> = {}) =>
  act(period, value, { role: 'target', ...more });
const ind = (observations: Observation[], more: Partial<Indicator> = {}): Indicator => ({
  id: 'i',
  name: { zh: '指标', en: 'Loans to tech firms' },
  region: 'r',
  topic: 't',
  unit: '亿元',
  measure: 'stock',
  direction: 'increase',
  observations,
  ...more,
});
/** The plan that sets the targets was published on 2022-07-04 (as 重庆高新区's 十四五 plan). */
const context = { published: new Map([['plan', '2022-07-04']]) };
const day = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

interface Case {
  name: string;
  indicator: Indicator;
  asOf: string;
  status: Status;
  zh: string[];
  en: string[];
}

const CASES: Case[] = [
  {
    // 100 → 121 over 2 years: √1.21 − 1 = 10.0 %; 121 → 146.41 by 2025: the same; gap 25.41.
    name: 'stock: observed 10.0% a year = required (R = 1)',
    indicator: ind([act('2021', 100), act('2023', 121), tgt('2025', 146.41)]),
    asOf: '2024-06-30',
    status: 'on-track',
    zh: [
      '截至2023年，指标为121 亿元，2021年以来年均增长10.0%。',
      '距2025年目标146.41 亿元尚差25.41 亿元，需年均增长10.0%。',
      '状态：按计划推进。已实现增速为所需增速的 100.0%。',
    ],
    en: [
      'Loans to tech firms stood at 12.1 bn yuan as of 2023, up 10.0% a year since 2021.',
      'It is 2.54 bn yuan short of the 2025 target of 14.64 bn yuan; it needs to grow 10.0% a year.',
      'Status: On track. Observed growth is 100.0% of the growth required.',
    ],
  },
  {
    // √1.15 − 1 = 7.24 %; √(146.41/115) − 1 = 12.83 %; R = 7.24 / 10 = 72.4 %; gap 31.41.
    name: 'stock: R = 0.72',
    indicator: ind([act('2021', 100), act('2023', 115), tgt('2025', 146.41)]),
    asOf: '2024-06-30',
    status: 'needs-acceleration',
    zh: [
      '截至2023年，指标为115 亿元，2021年以来年均增长7.2%。',
      '距2025年目标146.41 亿元尚差31.41 亿元，需年均增长12.8%。',
      '状态：需加快。已实现增速为所需增速的 72.4%。',
    ],
    en: [
      'Loans to tech firms stood at 11.5 bn yuan as of 2023, up 7.2% a year since 2021.',
      'It is 3.14 bn yuan short of the 2025 target of 14.64 bn yuan; it needs to grow 12.8% a year.',
      'Status: Needs acceleration. Observed growth is 72.4% of the growth required.',
    ],
  },
  {
    // √1.1 − 1 = 4.88 %; √1.331 − 1 = 15.37 %; R = 48.8 %; gap 36.41.
    name: 'stock: R = 0.49',
    indicator: ind([act('2021', 100), act('2023', 110), tgt('2025', 146.41)]),
    asOf: '2024-06-30',
    status: 'limited-progress',
    zh: [
      '截至2023年，指标为110 亿元，2021年以来年均增长4.9%。',
      '距2025年目标146.41 亿元尚差36.41 亿元，需年均增长15.4%。',
      '状态：进展有限。已实现增速为所需增速的 48.8%。',
    ],
    en: [
      'Loans to tech firms stood at 11 bn yuan as of 2023, up 4.9% a year since 2021.',
      'It is 3.64 bn yuan short of the 2025 target of 14.64 bn yuan; it needs to grow 15.4% a year.',
      'Status: Limited progress. Observed growth is 48.8% of the growth required.',
    ],
  },
  {
    // √0.9 − 1 = −5.13 % (a decline, said as 下降 5.1 %); √(146.41/90) − 1 = 27.55 %; gap 56.41.
    name: 'stock: falling, R < 0',
    indicator: ind([act('2021', 100), act('2023', 90), tgt('2025', 146.41)]),
    asOf: '2024-06-30',
    status: 'deterioration',
    zh: [
      '截至2023年，指标为90 亿元，2021年以来年均下降5.1%。',
      '距2025年目标146.41 亿元尚差56.41 亿元，需年均增长27.5%。',
      '状态：倒退。已实现增速为所需增速的 -51.3%。',
    ],
    en: [
      'Loans to tech firms stood at 9 bn yuan as of 2023, down 5.1% a year since 2021.',
      'It is 5.64 bn yuan short of the 2025 target of 14.64 bn yuan; it needs to grow 27.5% a year.',
      'Status: Deterioration. Observed growth is -51.3% of the growth required.',
    ],
  },
  {
    // 1.5^(1/3) − 1 = 14.47 %; 150 − 146.41 = 3.59 over (en: 359 m yuan).
    name: 'stock: met, exceeded by 3.59',
    indicator: ind([act('2021', 100), act('2024', 150), tgt('2025', 146.41)]),
    asOf: '2025-03-31',
    status: 'achieved',
    zh: [
      '截至2024年，指标为150 亿元，2021年以来年均增长14.5%。',
      '已达到2025年目标146.41 亿元，超出3.59 亿元。',
      '状态：已实现。实际值 150 亿元（2024年）已达到目标。',
    ],
    en: [
      'Loans to tech firms stood at 15 bn yuan as of 2024, up 14.5% a year since 2021.',
      'It has met the 2025 target of 14.64 bn yuan, exceeding it by 359 m yuan.',
      'Status: Achieved. The actual 15 bn yuan (2024) meets the target.',
    ],
  },
  {
    // 1.4^(1/4) − 1 = 8.78 %; 146.41 − 140 = 6.41 short; nothing still needed after the deadline.
    name: 'stock: the 2025 actual falls short',
    indicator: ind([act('2021', 100), act('2025', 140), tgt('2025', 146.41)]),
    asOf: '2026-06-30',
    status: 'missed',
    zh: [
      '截至2025年，指标为140 亿元，2021年以来年均增长8.8%。',
      '2025年目标146.41 亿元未达成：2025年实际为140 亿元，差6.41 亿元。',
      '状态：未达成。期限 2025年 已过：2025年 实际值 140 亿元，未达到目标。',
    ],
    en: [
      'Loans to tech firms stood at 14 bn yuan as of 2025, up 8.8% a year since 2021.',
      'The 2025 target of 14.64 bn yuan was missed: 14 bn yuan in 2025, 641 m yuan short.',
      'Status: Missed. Deadline 2025 passed: the actual for 2025, 14 bn yuan, falls short of the target.',
    ],
  },
  {
    // the 2021 → 2023 trend (10 % a year) gives 121 × 1.1² = 146.41 by 2025; no gap, no growth needed.
    name: 'stock: deadline passed, no result, projection labelled 推算',
    indicator: ind([act('2021', 100), act('2023', 121), tgt('2025', 146.41)]),
    asOf: '2026-03-31',
    status: 'awaiting-result',
    zh: [
      '截至2023年，指标为121 亿元，2021年以来年均增长10.0%。',
      '2025年目标146.41 亿元的期限已过，期限当期及以后的实际值尚未公布。',
      '按2021年至2023年的趋势推算，2025年约为146.41 亿元（推算，非统计数据）。',
      '状态：结果待公布。期限 2025年 已过，该期及以后的实际值尚未公布；最新实际为 2023年。',
    ],
    en: [
      'Loans to tech firms stood at 12.1 bn yuan as of 2023, up 10.0% a year since 2021.',
      'The deadline of the 2025 target of 14.64 bn yuan has passed; no actual for that period or later is published yet.',
      'On the trend from 2021 to 2023, about 14.64 bn yuan by 2025 (a projection, not a statistic).',
      'Status: Awaiting result. Deadline 2025 passed; no actual for it or later is published yet (latest: 2023).',
    ],
  },
  {
    // the target keeps its qualifier (50 家以上).
    name: 'no actual: no latest sentence, the target only',
    indicator: ind([tgt('2025', 50, { qualifier: '>=' })], { unit: '家' }),
    asOf: '2024-06-30',
    status: 'insufficient-data',
    zh: [
      '截至2024年6月30日，指标尚无实际值。',
      '2025年目标为50 家以上。',
      '状态：数据不足。尚无实际值，无法判断进度。',
    ],
    en: [
      'Loans to tech firms has no actual yet as of 30 Jun 2024.',
      'The target is at least 50 by 2025.',
      'Status: Insufficient data. No actual yet, so progress cannot be judged.',
    ],
  },
  {
    // the plan came out on 2022-07-04, after the as-of date.
    name: "the target's document not yet published",
    indicator: ind([act('2021', 100), tgt('2025', 146.41)]),
    asOf: '2022-01-01',
    status: 'not-yet-set',
    zh: [
      '截至2021年，指标为100 亿元。',
      '设定目标的文件于2022年7月4日发布，截至2022年1月1日目标尚未设定。',
      '状态：目标尚未设定。设定目标的文件于 2022年7月4日 发布，评估日期时目标尚未设定。',
    ],
    en: [
      'Loans to tech firms stood at 10 bn yuan as of 2021.',
      'The target’s document was published on 4 Jul 2022; as of 1 Jan 2022 the target was not yet set.',
      "Status: Not yet set. The target's document was published on Jul 4, 2022: on the as-of date the target was not yet set.",
    ],
  },
  {
    // 100 + 150 = 250 in 2 years (125 a year); 250 left over 2026—2027: 125 a year; 50 % covered.
    name: 'flow: 新增 500 over 2024—2027',
    indicator: ind([act('2024', 100), act('2025', 150), tgt('2027', 500, { since: '2024' })], {
      measure: 'flow',
    }),
    asOf: '2026-03-31',
    status: 'on-track',
    zh: [
      '2024年至2025年，指标累计250 亿元，2024年以来年均新增125 亿元。',
      '距2027年目标500 亿元尚差250 亿元，需每年增加125 亿元。',
      '状态：按计划推进。按流量或占比本身衡量：已完成目标的 50.0%。',
    ],
    en: [
      'Loans to tech firms added up to 25 bn yuan from 2024 to 2025, 12.5 bn yuan a year on average since 2024.',
      'It is 25 bn yuan short of the 2027 target of 50 bn yuan; it needs 12.5 bn yuan a year.',
      'Status: On track. Judged in its own terms: 50.0% of the target reached.',
    ],
  },
  {
    // 8 → 9 % over 2 years: +0.5 points a year; 1 point left over 2 years: 0.5 a year; (9 − 8)/(10 − 8) = 50 %.
    name: 'share: percentage points',
    indicator: ind([act('2021', 8), act('2023', 9), tgt('2025', 10)], { measure: 'share', unit: '%' }),
    asOf: '2024-06-30',
    status: 'on-track',
    zh: [
      '截至2023年，指标为9%，2021年以来每年变化+0.5个百分点。',
      '距2025年目标10%尚差1个百分点，需每年提高0.5个百分点。',
      '状态：按计划推进。按流量或占比本身衡量：已完成目标的 50.0%。',
    ],
    en: [
      'Loans to tech firms stood at 9% as of 2023, +0.5 percentage points a year since 2021.',
      'It is 1 percentage point short of the 2025 target of 10%; it needs to rise 0.5 percentage points a year.',
      'Status: On track. Judged in its own terms: 50.0% of the target reached.',
    ],
  },
  {
    // 54.6 × 1.08⁴ = 74.28; √(64/54.6) − 1 = 8.27 %; √(74.28/64) − 1 = 7.73 %; R = 8.27/8 = 103.3 %; gap 10.28.
    name: 'growth-rate target: 年均增速 8 % 以上 as a level',
    indicator: ind([act('2021', 54.6), act('2023', 64), tgt('2025', 8, { basis: 'cagr', qualifier: '>=' })]),
    asOf: '2024-06-30',
    status: 'on-track',
    zh: [
      '截至2023年，指标为64 亿元，2021年以来年均增长8.3%。',
      '距2025年目标74.28 亿元（年均增长8%以上）尚差10.28 亿元，需年均增长7.7%。',
      '状态：按计划推进。已实现增速为所需增速的 103.3%。',
    ],
    en: [
      'Loans to tech firms stood at 6.4 bn yuan as of 2023, up 8.3% a year since 2021.',
      'It is 1.03 bn yuan short of the 2025 target of 7.43 bn yuan (at least 8% a year); it needs to grow 7.7% a year.',
      'Status: On track. Observed growth is 103.3% of the growth required.',
    ],
  },
  {
    // +20 in 3 months, not annualised; (400/320)^(1/3.25) − 1 = 7.1 % still needed a year.
    name: 'less than a year apart: the change, never a rate',
    indicator: ind([act('2022-06', 300), act('2022-09', 320), tgt('2025', 400)], { unit: '家' }),
    asOf: '2022-12-31',
    status: 'insufficient-data',
    zh: [
      '截至2022年9月，指标为320 家，较2022年6月增加20 家。',
      '距2025年目标400 家尚差80 家，需年均增长7.1%。',
      '状态：数据不足。基线与最新实际值相隔不足一年，不计算年均增速。',
    ],
    en: [
      'Loans to tech firms stood at 320 as of Sep 2022, up 20 since Jun 2022.',
      'It is 80 short of the 2025 target of 400; it needs to grow 7.1% a year.',
      'Status: Insufficient data. Baseline and latest actual are less than a year apart: no annual rate.',
    ],
  },
  {
    // 5 → 6 % over 2 years: +0.5 points a year; 2 points left over 2 years: 1 a year; 1/3 covered.
    name: 'rate measure: percentage points',
    indicator: ind([act('2021', 5), act('2023', 6), tgt('2025', 8)], { measure: 'rate', unit: '%' }),
    asOf: '2024-06-30',
    status: 'needs-acceleration',
    zh: [
      '2023年，指标为6%，2021年以来每年变化+0.5个百分点。',
      '距2025年目标8%尚差2个百分点，需每年提高1个百分点。',
      '状态：需加快。按流量或占比本身衡量：已完成目标的 33.3%。',
    ],
    en: [
      'Loans to tech firms was 6% in 2023, +0.5 percentage points a year since 2021.',
      'It is 2 percentage points short of the 2025 target of 8%; it needs to rise 1 percentage point a year.',
      'Status: Needs acceleration. Judged in its own terms: 33.3% of the target reached.',
    ],
  },
];

describe("the bulletin's sentences, per status and measure", () => {
  it.each(CASES)('$name', ({ indicator, asOf, status, zh, en }) => {
    const p = computeProgress(indicator, day(asOf), [], context);
    expect(p.status).toBe(status);
    expect(indicatorSentences(indicator, p, 'zh-CN', asOf)).toEqual(zh);
    expect(indicatorSentences(indicator, p, 'en', asOf)).toEqual(en);
  });

  it('covers every status a target can have', () => {
    const covered = new Set(CASES.map((c) => c.status));
    for (const s of [
      'achieved',
      'on-track',
      'needs-acceleration',
      'limited-progress',
      'deterioration',
      'missed',
      'awaiting-result',
      'insufficient-data',
      'not-yet-set',
    ] as const)
      expect(covered, s).toContain(s);
  });
});
