// draftConfidence: what a draft's proposal rests on, as one number 0–1 (issue 18, `npm run draft -- --json`).
import { describe, expect, it } from 'vitest';
import { draftConfidence, type ConfidenceInput } from '../../../src/domain/draft/draft-proposals';

const SURE: ConfidenceInput = { period: 'text', match: 1, unit: true, region: 'document' };

describe('draftConfidence', () => {
  it.each<[string, Partial<ConfidenceInput>, number]>([
    ['dated in its sentence, identical indicator name, own unit, the catalogue’s region', {}, 1],
    ['region named in the sentence is as sure as the catalogue’s', { region: 'sentence' }, 1],
    ['period from a relative word (去年, 今年一季度末)', { period: 'relative' }, 0.9],
    ['period from the document date alone', { period: 'published' }, 0.7],
    ['no date at all: the period is null', { period: 'none' }, 0.4],
    ['continues a like-named indicator (score 0.6)', { match: 0.6 }, 0.8],
    ['continues a fairly like one (score 0.8)', { match: 0.8 }, 0.9],
    ['a new indicator', { match: null }, 0.6],
    ['no unit of its own', { unit: false }, 0.8],
    ['region guessed from a document the catalogue does not list', { region: 'guessed' }, 0.85],
    [
      'the least sure: no date, new indicator, no unit, region guessed',
      { period: 'none', match: null, unit: false, region: 'guessed' },
      0.16,
    ],
  ])('%s → %s', (_, change, expected) => {
    expect(draftConfidence({ ...SURE, ...change })).toBe(expected);
  });

  it('never rises when any part gets less sure, and stays within 0–1', () => {
    const periods = ['text', 'relative', 'published', 'none'] as const;
    const matches = [1, 0.9, 0.6, null] as const;
    for (const [i, period] of periods.entries())
      for (const [j, match] of matches.entries())
        for (const unit of [true, false])
          for (const region of ['document', 'guessed'] as const) {
            const c = draftConfidence({ period, match, unit, region });
            expect(c).toBeGreaterThan(0);
            expect(c).toBeLessThanOrEqual(1);
            if (i > 0)
              expect(c).toBeLessThanOrEqual(
                draftConfidence({ period: periods[i - 1]!, match, unit, region }),
              );
            if (j > 0)
              expect(c).toBeLessThanOrEqual(
                draftConfidence({ period, match: matches[j - 1]!, unit, region }),
              );
          }
  });
});
