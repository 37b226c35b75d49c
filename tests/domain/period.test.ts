// Dates and periods (local midnight, TZ=Asia/Shanghai in the test run) and fractional years, table-driven.
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  dateProblem,
  dateToIso,
  ISO_DATE_RE,
  isIsoDate,
  isoToDate,
  monthPeriodOf,
  parseIsoDate,
  parsePeriod,
  PERIOD_RE,
  periodBefore,
  periodEnd,
  periodEndIso,
  periodOf,
  periodProblem,
  periodStart,
  yearsBetween,
} from '../../src/domain/period';

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
    ['0099', new Date(new Date(0, 0, 1).setFullYear(99))], // not 1999: years below 100 stay as written
  ])('%s starts on %s', (period, want) => {
    expect(periodStart(period)).toEqual(want);
  });
});

describe('periodEndIso', () => {
  it.each([
    ['2017', '2017-12-31'],
    ['2024-06', '2024-06-30'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-12', '2024-12-31'],
    ['2024-06-15', '2024-06-15'],
  ])('%s ends on %s', (period, want) => {
    expect(periodEndIso(period)).toBe(want);
  });

  it.each(['2024-13', '2023-02-29', '2024/06'])('throws on %j', (period) => {
    expect(() => periodEndIso(period)).toThrow(RangeError);
  });
});

describe('periodOf', () => {
  it.each<[Parameters<typeof periodOf>, string | null]>([
    [[2024], '2024'],
    [[2024, 6], '2024-06'],
    [[2024, 12], '2024-12'],
    [[2024, 6, 5], '2024-06-05'],
    [[2024, 2, 29], '2024-02-29'],
    [[99], '0099'],
    [[2024, undefined, 5], '2024'], // a day without a month is no day
    [[2024, 0], null],
    [[2024, 13], null],
    [[2024, 6, 31], null],
    [[2023, 2, 29], null],
    [[2024, 6, 0], null],
    [[12345], null],
    [[-1], null],
  ])('%j → %j', (parts, want) => {
    expect(periodOf(...parts)).toBe(want);
  });
});

describe('periodBefore', () => {
  it.each([
    ['2017-11', '2017-10'],
    ['2018-01', '2017-12'],
    ['2018', '2017'],
    ['2024-03-01', '2024-02-29'],
    ['2025-01-01', '2024-12-31'],
  ])('%s → %s', (period, before) => {
    expect(periodBefore(period)).toBe(before);
  });

  it('throws on an invalid period', () => {
    expect(() => periodBefore('2024-13')).toThrow(RangeError);
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

describe('PERIOD_RE and ISO_DATE_RE (the written form)', () => {
  it.each([
    ['2025', true, false],
    ['2025-06', true, false],
    ['2025-06-30', true, true],
    ['2023-02-29', true, true], // the form only: parsePeriod refuses the day
    ['2025-13', false, false],
    ['2025-00', false, false],
    ['2025-06-32', false, false],
    ['2025-06-00', false, false],
    ['2025-6-30', false, false],
    ['25-06-30', false, false],
    ['2025/06/30', false, false],
    ['2025-06-30T00:00', false, false],
    [' 2025', false, false],
    ['', false, false],
  ])('%j: period %s, date %s', (s, period, date) => {
    expect(PERIOD_RE.test(s)).toBe(period);
    expect(ISO_DATE_RE.test(s)).toBe(date);
  });
});

describe('parseIsoDate, isIsoDate and isoToDate', () => {
  it.each([
    ['2025-06-30', day(2025, 6, 30)],
    ['2024-02-29', day(2024, 2, 29)],
    ['2000-02-29', day(2000, 2, 29)], // divisible by 400: a leap year
    ['1999-12-31', day(1999, 12, 31)],
    ['2025-01-01', day(2025, 1, 1)],
  ])('reads %s as local midnight %s', (s, want) => {
    const r = parseIsoDate(s);
    expect(r).toEqual({ ok: true, value: want });
    expect(isIsoDate(s)).toBe(true);
    expect(isoToDate(s)).toEqual(want);
    expect(isoToDate(s).getHours()).toBe(0);
  });

  it.each([
    ['2023-02-29', /no such date/], // not a leap year
    ['1900-02-29', /no such date/], // divisible by 100, not by 400
    ['2025-04-31', /no such date/],
    ['2025-02-30', /no such date/],
    ['2025-13-01', /not a date/],
    ['2025-00-10', /not a date/],
    ['2025-06-00', /not a date/],
    ['2025-06', /not a date/], // a month is a period, not a date
    ['2025', /not a date/],
    ['2025-6-30', /not a date/],
    ['2025/06/30', /not a date/],
    ['2025-06-30T08:00', /not a date/],
    ['2025-06-30 ', /not a date/],
    ['', /not a date/],
  ])('refuses %j (%s)', (s, error) => {
    const r = parseIsoDate(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
    expect(isIsoDate(s)).toBe(false);
    expect(Number.isNaN(isoToDate(s).getTime())).toBe(true);
  });

  it('gives a fresh Date each time, so a caller may change it', () => {
    const a = isoToDate('2025-06-30');
    a.setDate(1);
    expect(isoToDate('2025-06-30')).toEqual(day(2025, 6, 30));
  });
});

describe('dateToIso and monthPeriodOf', () => {
  it.each([
    [day(2025, 6, 30), '2025-06-30', '2025-06'],
    [day(2024, 2, 29), '2024-02-29', '2024-02'],
    [day(2025, 1, 1), '2025-01-01', '2025-01'],
    [new Date(2025, 11, 31, 23, 59, 59), '2025-12-31', '2025-12'], // the local day, whatever the hour
    [new Date(2025, 0, 1, 0, 0, 1), '2025-01-01', '2025-01'],
  ])('%s → %s, %s', (date, iso, month) => {
    expect(dateToIso(date)).toBe(iso);
    expect(monthPeriodOf(date)).toBe(month);
  });

  it.each(['2025-06-30', '2024-02-29', '1999-12-31', '2100-01-01'])('round-trips %s', (s) => {
    expect(dateToIso(isoToDate(s))).toBe(s);
  });
});

const PERIOD_FORM = "must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (e.g. 2027, 2024-06, 2024-06-30)";
const DATE_FORM = 'must be a date written YYYY-MM-DD (e.g. 2025-07-28)';
const EXCEL = 'Excel may have turned it into a date: format the column as text and type it again';

describe('periodProblem (a catalogue cell)', () => {
  it.each([
    ['2027', null],
    ['2024-06', null],
    ['2024-02-29', null],
    ['2025-13', 'is not a real period: month 13 does not exist'],
    ['2025-00', 'is not a real period: month 00 does not exist'],
    ['2025-13-01', 'is not a real period: month 13 does not exist'],
    ['2025-02-30', 'is not a real date: 2025-02 has days 01 to 28'],
    ['2024-02-30', 'is not a real date: 2024-02 has days 01 to 29'],
    ['2023-02-29', 'is not a real date: 2023-02 has days 01 to 28'],
    ['2025-04-31', 'is not a real date: 2025-04 has days 01 to 30'],
    ['2025-06-00', 'is not a real date: 2025-06 has days 01 to 30'],
    ['2025-06-32', 'is not a real date: 2025-06 has days 01 to 30'],
    ['2024/6/30', `${PERIOD_FORM}; ${EXCEL}`],
    ['2024.6', `${PERIOD_FORM}; ${EXCEL}`],
    ['2024年6月', `${PERIOD_FORM}; ${EXCEL}`],
    ['6/30/2024', `${PERIOD_FORM}; ${EXCEL}`],
    ['2024-6', `${PERIOD_FORM}; ${EXCEL}`],
    ['2024-6-30', `${PERIOD_FORM}; ${EXCEL}`],
    ['去年', `${PERIOD_FORM}, not words or relative dates: write the year the text means`],
    ['25', `${PERIOD_FORM}, not words or relative dates: write the year the text means`],
    ['', `${PERIOD_FORM}, not words or relative dates: write the year the text means`],
  ])('%j → %j', (s, want) => {
    expect(periodProblem(s)).toBe(want);
  });
});

describe('dateProblem (a catalogue cell)', () => {
  it.each([
    ['2025-07-28', null],
    ['2024-02-29', null],
    ['2025-02-30', 'is not a real date: 2025-02 has days 01 to 28'],
    ['1900-02-29', 'is not a real date: 1900-02 has days 01 to 28'],
    ['2025-13-01', 'is not a real period: month 13 does not exist'],
    ['2025-07', DATE_FORM],
    ['2025', DATE_FORM],
    ['2025/7/28', `${DATE_FORM}; ${EXCEL}`],
    ['7/28/2025', `${DATE_FORM}; ${EXCEL}`],
    ['2025-7-28', `${DATE_FORM}; ${EXCEL}`],
    ['July 2025', DATE_FORM],
  ])('%j → %j', (s, want) => {
    expect(dateProblem(s)).toBe(want);
  });
});
