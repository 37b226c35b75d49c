import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import { slideFacts } from '../../src/export/slide-facts';
import { statusText } from '../../src/export/source-line';

const dataset = datasetSchema.parse(JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')));
const byId = (id: string) => dataset.indicators.find((i) => i.id === id)!;
const asOf = new Date(2025, 5, 30);
const factsOf = (id: string, locale: 'zh-CN' | 'en' = 'zh-CN', date = asOf) =>
  slideFacts(byId(id), computeProgress(byId(id), date), locale);
const values = (f: ReturnType<typeof factsOf>) => Object.fromEntries(f.facts.map((x) => [x.label, x.value]));

describe('slideFacts', () => {
  it('after the deadline, awaiting its result: the gap is the last actual’s, dated as the panel dates it', () => {
    const facts = values(factsOf('gx-financial-institutions', 'zh-CN', new Date(2026, 10, 21)));
    expect(facts['2022年6月距目标']).toBe('8 家（目标的 19.0%）');
    expect(facts).not.toHaveProperty('距目标');
  });

  it.each([
    [
      'cq-tech-loan-balance',
      { 基线: '800 亿元（2017年）', 最新实际: '6,950 亿元（2024年6月）', 目标: '无', 距目标: '—' },
    ],
    [
      'gx-financial-institutions',
      {
        基线: '34 家（2022年6月）',
        最新实际: '34 家（2022年6月）',
        目标: '42 家，截止 2025年',
        距目标: '8 家（目标的 19.0%）',
      },
    ],
    [
      'gx-finance-value-added',
      {
        基线: '54.6 亿元（2021年）',
        最新实际: '54.6 亿元（2021年）',
        目标: '年均增速 8%以上，对应水平 74.28 亿元以上，截止 2025年',
        距目标: '19.68 亿元（目标的 26.5%）',
      },
    ],
    ['cq-ipv-pilot-firms', { 基线: '300 家（2017年10月（推定））', 最新实际: '2,000余家（2017年11月）' }],
    ['cq-mfg-loan-share', { 基线: '无', 最新实际: '无', 目标: '10%以上，截止 2027年', 距目标: '—' }],
  ])('%s: the panel’s figures, with qualifiers and periods', (id, expected) => {
    expect(values(factsOf(id))).toMatchObject(expected);
  });

  it('says the status with its reason, as the export’s status line does', () => {
    const indicator = byId('gx-finance-value-added');
    const progress = computeProgress(indicator, asOf);
    expect(slideFacts(indicator, progress, 'zh-CN').status).toBe(
      statusText(progress, indicator.unit, 'zh-CN'),
    );
    expect(slideFacts(indicator, progress, 'zh-CN').status).toMatch(/^状态：数据不足 — /);
    expect(slideFacts(indicator, progress, 'en').status).toMatch(/^Status: Insufficient data — /);
  });

  it('in English: the panel’s English labels and separators', () => {
    const f = factsOf('gx-financial-institutions', 'en');
    expect(f.facts.map((x) => x.label)).toEqual(['Baseline', 'Latest actual', 'Target', 'Gap left']);
    expect(values(f).Target).toBe('42, by 2025');
  });

  // The shapes below are not in the seeds' figures as of any date: the progress is set by hand.
  const base = computeProgress(byId('gx-financial-institutions'), asOf);
  const facts = (progress: typeof base) =>
    values(slideFacts(byId('gx-financial-institutions'), progress, 'zh-CN'));

  it('before the target’s document: not yet set, with its date, as the panel says', () => {
    const f = facts({ ...base, status: 'not-yet-set', targetPublished: '2022-07-04' });
    expect(f.目标).toBe('尚未设定（文件 2022年7月4日 发布）');
  });

  it.each([
    [{ exceeded: false, result: undefined }, '距目标', '8 家（目标的 19.0%）'],
    [{ exceeded: true, result: undefined }, '超出目标', '8 家（目标的 19.0%）'],
    [{ exceeded: false, result: base.latest! }, '期限时距目标', '8 家（目标的 19.0%）'],
    [{ exceeded: true, result: base.latest! }, '期限时超出目标', '8 家（目标的 19.0%）'],
  ])('the gap, %j: labelled as the panel labels it', ({ exceeded, result }, label, value) => {
    const f = facts({ ...base, gap: { ...base.gap!, exceeded }, ...(result ? { result } : {}) });
    expect(f[label]).toBe(value);
  });

  it('never says NaN, undefined or an unfilled {placeholder}, for any panel, language or date', () => {
    const dates = [new Date(2018, 0, 1), new Date(2022, 5, 30), asOf, new Date(2028, 0, 1)];
    for (const indicator of dataset.indicators)
      for (const locale of ['zh-CN', 'en'] as const)
        for (const date of dates) {
          const f = slideFacts(indicator, computeProgress(indicator, date), locale);
          expect(f.facts.map((x) => x.key)).toEqual(['baseline', 'latest', 'target', 'gap']);
          for (const text of [f.status, ...f.facts.flatMap((x) => [x.label, x.value])]) {
            expect(text, `${indicator.id} ${locale} ${date.toISOString()}`).not.toMatch(
              /NaN|undefined|null|\{/,
            );
            expect(text.trim()).not.toBe('');
          }
        }
  });
});
