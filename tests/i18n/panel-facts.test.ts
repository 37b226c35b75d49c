// A panel's facts in words, as the print layout and the slides write them: a figure with its period, an
// assumed date marked 推定, a draft marked 待核, the target as the panel states it.
import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import { pointWithPeriod, targetText } from '../../src/i18n/panel-facts';
import { translator } from '../../src/i18n/translate';

const source = { document: 'd', quote: '原文', offset: 0 };
const obs = (role: 'actual' | 'target', period: string, value: number, more: Partial<Observation> = {}) =>
  ({ role, period, value, qualifier: '=', basis: 'level', source, ...more }) as Observation;
const indicator = (observations: Observation[]): Indicator =>
  ({
    id: 'x',
    name: { zh: '指标', en: 'Indicator' },
    region: 'r',
    topic: 't',
    unit: '家',
    measure: 'stock',
    direction: 'increase',
    observations,
  }) as Indicator;

describe('panel facts', () => {
  const zh = translator('zh-CN');
  const en = translator('en');

  it('writes a figure with its period, marks an assumed date and a draft', () => {
    const ind = indicator([
      obs('actual', '2017-10', 300, { dated: 'assumed' }),
      obs('actual', '2018', 500, { draft: true }),
    ]);
    const p = computeProgress(ind, new Date(2019, 0, 1));
    expect(pointWithPeriod(p.baseline, '家', zh, 'zh-CN')).toBe('300 家（2017年10月（推定））');
    expect(pointWithPeriod(p.latest, '家', zh, 'zh-CN')).toBe('500 家（2018年）（待核）');
    expect(pointWithPeriod(p.latest, '家', en, 'en')).toBe('500 (2018) (Unreviewed)');
    expect(pointWithPeriod(null, '家', zh, 'zh-CN')).toBe('无');
  });

  it('states the target with its deadline, a draft target marked', () => {
    const ind = indicator([
      obs('actual', '2020', 100),
      obs('target', '2025', 200, { qualifier: '>=', draft: true }),
    ]);
    const p = computeProgress(ind, new Date(2021, 0, 1));
    expect(targetText(p, ind, zh, 'zh-CN')).toBe('200 家以上，截止 2025年（待核）');
  });
});
