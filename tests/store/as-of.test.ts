// The as-of dates the store, the URL and the date field accept; reading the date itself is
// src/domain/period.ts's (tests/domain/period.test.ts).
import { describe, expect, it } from 'vitest';
import { isAsOfDate } from '../../src/store/as-of';

describe('isAsOfDate', () => {
  it.each([
    ['2025-06-30', true],
    ['1990-01-01', true],
    ['2100-12-31', true],
    ['2024-02-29', true],
    ['1989-12-31', false], // before the first year offered
    ['2101-01-01', false],
    ['2025-02-30', false], // no such day
    ['2025-06', false],
    ['2025-6-30', false],
    ['', false],
  ])('%j → %s', (s, want) => {
    expect(isAsOfDate(s)).toBe(want);
  });
});
