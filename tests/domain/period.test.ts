// Periods as dates (local midnight, TZ=Asia/Shanghai in the test run) and fractional years, table-driven.
import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodEnd, periodStart, yearsBetween } from '../../src/domain/period';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);

describe('periodEnd', () => {
  it.each([
    ['2025', day(2025, 12, 31)],
    ['2024-06', day(2024, 6, 30)],
    ['2024-02', day(2024, 2, 29)], // leap year
    ['2023-02', day(2023, 2, 28)],
    ['2024-12', day(2024, 12, 31)],
    ['2024-06-15', day(2024, 6, 15)],
    ['2024-02-29', day(2024, 2, 29)],
  ])('%s ends on %s', (period, want) => {
    const end = periodEnd(period);
    expect(end).toEqual(want);
    expect([end.getHours(), end.getMinutes(), end.getSeconds(), end.getMilliseconds()]).toEqual([0, 0, 0, 0]);
  });

  it('throws on something that is not a period', () => {
    expect(() => periodEnd('2025-13')).toThrow(RangeError);
  });
});

describe('periodStart', () => {
  it.each([
    ['2025', day(2025, 1, 1)],
    ['2024-06', day(2024, 6, 1)],
    ['2024-06-15', day(2024, 6, 15)],
  ])('%s starts on %s', (period, want) => {
    expect(periodStart(period)).toEqual(want);
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2025', 'year', 2025],
    ['2024-06', 'month', 2024],
    ['2024-02-29', 'day', 2024],
    ['1999-12-31', 'day', 1999],
  ])('accepts %s as a %s', (s, granularity, year) => {
    const r = parsePeriod(s);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject({ period: s, granularity, year });
  });

  it.each([
    '2025-13', // no 13th month
    '2025-00',
    '2024-02-30', // no such day
    '2023-02-29', // not a leap year
    '2024-04-31',
    '去年',
    '2025年',
    '25',
    '2025-6',
    '2025-06-1',
    ' 2025',
    '2025 ',
    '2025/06',
    '',
  ])('rejects %j', (s) => {
    const r = parsePeriod(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/period|date/);
  });
});

describe('yearsBetween', () => {
  it.each([
    // same day of year → whole years, leap years included
    [day(2021, 12, 31), day(2025, 12, 31), 4],
    [day(2020, 12, 31), day(2022, 12, 31), 2],
    [day(2024, 6, 30), day(2025, 6, 30), 1],
    [day(2024, 2, 29), day(2025, 2, 28), 1], // 29 Feb + 1 year = 28 Feb
    // whole years + days over the length of the next year
    [day(2023, 12, 31), day(2025, 6, 30), 1 + 181 / 365], // 1.495890
    [day(2025, 6, 30), day(2027, 12, 31), 2 + 184 / 366], // 30 Jun 2027 → 30 Jun 2028 is 366 days
    [day(2024, 1, 1), day(2024, 7, 1), 182 / 366],
    [day(2025, 1, 1), day(2025, 1, 1), 0],
    // reversed → negative
    [day(2025, 12, 31), day(2021, 12, 31), -4],
  ])('%s → %s = %d', (a, b, want) => {
    expect(yearsBetween(a, b)).toBeCloseTo(want, 10);
  });

  it('ignores the time of day within a calendar day', () => {
    expect(yearsBetween(day(2020, 12, 31), new Date(2022, 11, 31, 18, 0))).toBe(2);
  });
});

describe('comparePeriods', () => {
  it.each([
    ['2024', '2025', -1],
    ['2025', '2024', 1],
    ['2024-06', '2024', -1],
    ['2024-12', '2024', 0], // both end on 31 Dec 2024
    ['2024-12-31', '2024', 0],
    ['2024-06-30', '2024-06', 0],
    ['2024-06-29', '2024-06', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(sign);
  });

  it('sorts periods of mixed granularity by their end', () => {
    expect(['2025', '2024-06', '2023', '2024-06-15', '2024'].sort(comparePeriods)).toEqual([
      '2023',
      '2024-06-15',
      '2024-06',
      '2024',
      '2025',
    ]);
  });
});
