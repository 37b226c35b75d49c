import { describe, expect, it } from 'vitest';
import { formatSummary, pairedRatio, summarize } from '../../../scripts/lib/stats';

describe('summarize', () => {
  it.each([
    [[3, 1, 2], { n: 3, median: 2, min: 1, max: 3 }],
    [[4, 1, 3, 2], { n: 4, median: 2.5, min: 1, max: 4 }],
    [[5, NaN, 1], { n: 2, median: 3, min: 1, max: 5 }],
  ])('%j', (values, expected) => {
    expect(summarize(values)).toMatchObject(expected);
  });

  it('nearest-rank p95', () => {
    expect(summarize(Array.from({ length: 20 }, (_, i) => i + 1)).p95).toBe(19);
  });

  it('prints median, min, max and n with the unit', () => {
    expect(formatSummary(summarize([120, 100, 140]), 'ms', 0)).toBe('120 ms (min 100, max 140, n=3)');
    expect(formatSummary(summarize([]), 'ms')).toBe('n/a ms');
  });
});

describe('pairedRatio', () => {
  it('is the median of the run-by-run ratios, not the ratio of the medians', () => {
    // Run 2 was slow for both pages alike: the pairs say 1.2 each time.
    const app = [120, 240, 132];
    const floor = [100, 200, 110];
    expect(pairedRatio(app, floor)).toBeCloseTo(1.2, 10);
    expect(summarize(app).median / summarize(floor).median).toBeCloseTo(132 / 110, 10);
  });

  it('skips runs where either page gave no figure, and pairs only as far as both go', () => {
    expect(pairedRatio([150, null, 300, 999], [100, 50, 200])).toBeCloseTo(1.5, 10);
    expect(pairedRatio([null], [100])).toBeNull();
    expect(pairedRatio([100], [0])).toBeNull();
  });
});
