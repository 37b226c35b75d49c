import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { addDays, differenceInCalendarDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '../../src/domain/dataset-schema';
import { computeProgress, progressContext } from '../../src/domain/progress';
import type { Progress } from '../../src/domain/progress-types';
import { snapshotValidUntil } from '../../src/domain/snapshot-window';
import { dateToIso, isoToDate } from '../../src/domain/period';

const golden = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as Dataset;

function withPeriods(...periods: string[]): Pick<Dataset, 'indicators'> {
  const indicator = {
    ...golden.indicators[0]!,
    observations: periods.map((period) => ({ ...golden.indicators[0]!.observations[0]!, period })),
  } as Indicator;
  return { indicators: [indicator] };
}

describe('snapshotValidUntil', () => {
  it.each([
    // [periods, from, until]
    [['2024-06', '2025', '2027'], '2026-11-21', '2027-12-31'],
    [['2024-06', '2025', '2027'], '2024-06-15', '2024-06-30'],
    [['2024-06', '2025', '2027'], '2024-07-01', '2025-12-31'],
    // A period ending on the day itself: known already, its deadline passes the next day.
    [['2024-06', '2025', '2027'], '2025-12-31', '2026-01-01'],
    [['2024-06-15'], '2024-06-15', '2024-06-16'],
    [['2024-02'], '2024-02-01', '2024-02-29'],
    // Everything in the past: nothing changes any more.
    [['2020', '2021-03'], '2026-11-21', null],
  ] as const)('%j as of %s → %s', (periods, from, until) => {
    expect(snapshotValidUntil(withPeriods(...periods), from)).toBe(until);
  });

  it("ends on the day a target's document is published", () => {
    const plan = golden.documents.find((d) => d.id === 'cq-2024-sci-ind-fin-plan')!;
    expect(plan.published).toBe('2024-03-21');
    expect(snapshotValidUntil(golden, '2024-01-01')).toBe('2024-03-21');
    expect(snapshotValidUntil({ indicators: golden.indicators }, '2024-01-01')).toBe('2024-06-30');
  });

  it('is the real dataset: true from the build day to the end of 2027 (the last targets)', () => {
    expect(snapshotValidUntil(golden, '2026-11-21')).toBe('2027-12-31');
    expect(snapshotValidUntil(golden, '2028-01-01')).toBeNull();
  });

  // The claim the build-time snapshot rests on: within the window, every status, figure, gap and growth
  // rate of every indicator is the same as on its first day (only the time-elapsed share moves).
  it('within the window, progress of every real indicator is what it was on the first day', () => {
    const strip = (p: Progress) => ({ ...p, timeElapsed: null, expectedNow: null });
    const day0 = isoToDate('2016-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 * 365 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (offset, f) => {
          const from = dateToIso(addDays(day0, offset));
          const until = snapshotValidUntil(golden, from) ?? '2045-01-01';
          const span = differenceInCalendarDays(isoToDate(until), isoToDate(from));
          expect(span).toBeGreaterThan(0);
          const later = addDays(isoToDate(from), Math.floor(f * (span - 1)));
          const context = progressContext(golden.documents);
          for (const indicator of golden.indicators)
            expect(strip(computeProgress(indicator, later, [], context))).toEqual(
              strip(computeProgress(indicator, isoToDate(from), [], context)),
            );
        },
      ),
      { numRuns: 60 },
    );
  });
});
