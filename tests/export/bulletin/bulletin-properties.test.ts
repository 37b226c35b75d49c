// Generated sentences are code: whatever the indicator and the day, what the bulletin says of it is true of the
// progress method's results (the numbers in it are the method's, nothing forward-looking after the deadline,
// no "latest" without an actual, no gap on the wrong side, no 推算 that was not computed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../../src/domain/dataset-schema';
import { formatPercent } from '../../../src/domain/format';
import { computeProgress } from '../../../src/domain/progress';
import type { Qualifier } from '../../../src/domain/types';
import { pointText } from '../../../src/i18n/progress-words';
import { differenceText, indicatorSentences } from '../../../src/export/bulletin/bulletin-sentences';
import { buildBulletin, bulletinText } from '../../../src/export/bulletin/bulletin-model';

const DOCS = ['d1', 'd2'] as const;
const isoDay = fc
  .tuple(
    fc.integer({ min: 2000, max: 2035 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const period = fc
  .tuple(fc.integer({ min: 2000, max: 2035 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }))
  .map(([y, m]) => (m === undefined ? String(y) : `${y}-${String(m).padStart(2, '0')}`));
const observation = fc
  .record({
    role: fc.constantFrom('actual' as const, 'actual' as const, 'target' as const),
    period,
    value: fc.oneof(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.constantFrom(0, 8, 50, 100, 200)),
    qualifier: fc.constantFrom<Qualifier>('=', '>=', '>', '<=', '<', '~'),
    basis: fc.constantFrom('level' as const, 'level' as const, 'level' as const, 'cagr' as const),
    since: fc.option(period, { nil: undefined }),
    document: fc.constantFrom(...DOCS),
    quote: fc.constantFrom('原文', '2000余家', '300多亿元', '突破18亿元'),
  })
  .map(({ since, document, quote, ...o }): Observation => ({
    ...o,
    ...(since !== undefined && o.role === 'target' && { since }),
    source: { document, quote, offset: 0 },
  }));
const generated = fc.record({
  observations: fc.array(observation, { maxLength: 8 }),
  measure: fc.constantFrom(
    'stock' as const,
    'cumulative' as const,
    'flow' as const,
    'share' as const,
    'rate' as const,
  ),
  unit: fc.constantFrom('亿元' as const, '家' as const, '%' as const),
  direction: fc.constantFrom('increase' as const, 'increase' as const, 'decrease' as const),
  d1: isoDay,
  d2: isoDay,
  asOf: isoDay,
  locale: fc.constantFrom('zh-CN' as const, 'en' as const),
});

const day = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

// What a clause of each kind starts with, in each language.
const NEEDED = { 'zh-CN': /需(年均|每年|在)/, en: /it needs/ };
const GAP = { 'zh-CN': /尚差|，差/, en: /short/ };
const MET = { 'zh-CN': /已达到.*目标/, en: /has met|meets the target/ };
const PROJECTION = { 'zh-CN': /推算/, en: /projection/ };
const NO_LATEST = { 'zh-CN': /尚无实际值/, en: /has no actual yet/ };

describe('property: the bulletin says only what the method found', () => {
  it('holds for generated indicators, days and both languages', () => {
    fc.assert(
      fc.property(generated, ({ observations, measure, unit, direction, d1, d2, asOf, locale }) => {
        const indicator: Indicator = {
          id: 'i',
          name: { zh: '指标', en: 'the indicator' },
          region: 'r',
          topic: 't',
          unit,
          measure,
          direction,
          observations,
        };
        const published = new Map([
          ['d1', d1],
          ['d2', d2],
        ]);
        const p = computeProgress(indicator, day(asOf), [], { published });
        if (p.status === 'no-target') return; // no section: the latest-figures table
        const sentences = indicatorSentences(indicator, p, locale, asOf);
        const text = sentences.join('\n');

        // Every template filled, every number a number.
        expect(text).not.toMatch(/NaN|undefined|Infinity|null|\{\w+\}/);
        // No gap on the wrong side of the target, whatever the sign of a change.
        expect(text).not.toMatch(/(尚差|，差)[−-]|[−-][\d.,]+[^a-z]*short/);

        // The opening names the latest actual as the method chose it, or says there is none.
        if (p.latest) {
          expect(sentences[0]).toContain(pointText(p.latest, unit, locale));
          expect(sentences[0]).not.toMatch(NO_LATEST[locale]);
        } else {
          expect(sentences[0]).toMatch(NO_LATEST[locale]);
        }

        // Nothing still needed once the deadline is due or past (and only while a target stands).
        const deadlinePassed = p.target ? p.target.date.getTime() <= day(asOf).getTime() : true;
        if (deadlinePassed || ['achieved', 'missed', 'awaiting-result', 'not-yet-set'].includes(p.status))
          expect(text).not.toMatch(NEEDED[locale]);
        // A growth still needed is the method's rate.
        if (NEEDED[locale].test(text) && p.cagrRequired !== null)
          expect(text).toContain(formatPercent(Math.abs(p.cagrRequired), locale));

        // A gap is the method's, from the actual it judged, and only on the side short of the target.
        if (GAP[locale].test(sentences.slice(0, -1).join('\n'))) {
          expect(p.gap).not.toBeNull();
          expect(p.gap!.exceeded).toBe(false);
          expect(text).toContain(differenceText(p.gap!.absolute, unit, locale));
        }
        // "Met" only when it was met.
        if (MET[locale].test(text)) expect(p.status).toBe('achieved');
        // 推算 only where the method projected, and after the deadline.
        if (PROJECTION[locale].test(sentences.slice(0, -1).join('\n'))) {
          expect(p.status).toBe('awaiting-result');
          expect(p.projection).toBeDefined();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('the whole bulletin of a generated selection has every number and no gap below zero', () => {
    const selection = fc.record({
      indicators: fc.array(generated, { minLength: 1, maxLength: 4 }),
      asOf: isoDay,
      locale: fc.constantFrom('zh-CN' as const, 'en' as const),
    });
    fc.assert(
      fc.property(selection, ({ indicators: gen, asOf, locale }) => {
        const indicators: Indicator[] = gen.map((g, k) => ({
          id: `i${k}`,
          name: { zh: `指标${k}`, en: `indicator ${k}` },
          region: 'r',
          topic: 't',
          unit: g.unit,
          measure: g.measure,
          direction: g.direction,
          observations: g.observations,
        }));
        const published = new Map([
          ['d1', gen[0]!.d1],
          ['d2', gen[0]!.d2],
        ]);
        const progress = new Map(
          indicators.map((i) => [i.id, computeProgress(i, day(asOf), [], { published })]),
        );
        const b = buildBulletin({
          dataset: {
            documents: [],
            regions: [{ id: 'r', name: { zh: '某地', en: 'Somewhere' } }],
            topics: [],
          },
          indicators,
          progress,
          filters: { region: ['r'], topic: [], doc: [], status: [], q: '' },
          locale,
          asOf,
        });
        const text = bulletinText(b);
        expect(text).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
        expect(text).not.toMatch(/(尚差|，差)[−-]|[−-][\d.,]+[^a-z\n]*short/);
        // Every indicator is named: in a section (with a target) or in the latest-figures table.
        for (const i of indicators) expect(text).toContain(locale === 'en' ? i.name.en : i.name.zh);
      }),
      { numRuns: 300 },
    );
  });
});
