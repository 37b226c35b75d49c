// The one home of calendar dates and periods: 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' strings in, local-midnight
// Dates out and back, each period's first and last day, the catalogue's words for a bad one, and the year
// arithmetic the progress method needs. A date is a day period. date-fns does every step of date arithmetic
// (parseISO refuses 2023-02-29, lastDayOfMonth knows February); lightFormat writes the strings. 'YYYY-MM-DD'
// strings order as their days do, so they may be compared as strings.
import {
  addDays,
  addMonths,
  addYears,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  differenceInYears,
  isLastDayOfMonth,
  getDaysInMonth,
  isValid,
  lastDayOfMonth,
  lastDayOfYear,
  lightFormat,
  parseISO,
} from 'date-fns';
import type { Result } from './types';

/** A period as written in the dataset: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (the form only: 2023-02-29 passes). */
export const PERIOD_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A date as written in the dataset: 'YYYY-MM-DD' (the form only). */
export const ISO_DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export type Granularity = 'year' | 'month' | 'day';

export interface ParsedPeriod {
  period: string;
  granularity: Granularity;
  /** First day of the period, local midnight. */
  start: Date;
  /** Last day of the period, local midnight. */
  end: Date;
  year: number;
}

// Periods repeat (a dataset of 5,000 indicators uses a few dozen), and progress asks for each many times:
// parse each string once. The cache holds frozen results; callers never mutate the dates.
// Module-level on purpose, unlike the store's derived values (src/store/derived.ts): the result is a pure
// function of an immutable string (in the page's time zone, fixed for its life and in the tests), so two
// stores or tests that share it get exactly what each would compute alone; and src/domain is below src/lib.
const cache = new Map<string, Result<ParsedPeriod>>();
const CACHE_LIMIT = 10_000;

const notAPeriod = (s: unknown) => `not a period (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(s)}`;

/** A real period ('2024-02-29' yes, '2023-02-29' and '2024-13' no), with its first and last day. */
export function parsePeriod(s: string): Result<ParsedPeriod> {
  if (typeof s !== 'string') return { ok: false, error: notAPeriod(s) };
  const hit = cache.get(s);
  if (hit) return hit;
  const result = parseUncached(s);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(s, result);
  return result;
}

function parseUncached(s: string): Result<ParsedPeriod> {
  if (!PERIOD_RE.test(s)) return { ok: false, error: notAPeriod(s) };
  const granularity: Granularity = s.length === 4 ? 'year' : s.length === 7 ? 'month' : 'day';
  // Local midnight of the first day; Invalid Date for a day the month does not have.
  const start = parseISO(s);
  if (!isValid(start)) return { ok: false, error: `no such date: ${s}` };
  const end =
    granularity === 'year' ? lastDayOfYear(start) : granularity === 'month' ? lastDayOfMonth(start) : start;
  const value: ParsedPeriod = Object.freeze({
    period: s,
    granularity,
    start,
    end,
    year: start.getFullYear(),
  });
  return Object.freeze({ ok: true as const, value });
}

function parsed(period: string): ParsedPeriod {
  const r = parsePeriod(period);
  if (!r.ok) throw new RangeError(r.error);
  return r.value;
}

/** The last day of the period at local midnight ('2024' → 31 Dec 2024, '2024-02' → 29 Feb 2024). Throws on an invalid period. */
export function periodEnd(period: string): Date {
  return parsed(period).end;
}

/** The first day of the period at local midnight ('2024' → 1 Jan 2024). Throws on an invalid period. */
export function periodStart(period: string): Date {
  return parsed(period).start;
}

/** The last day of the period as 'YYYY-MM-DD' ('2017' → '2017-12-31', '2024-02' → '2024-02-29'). Throws on an invalid period. */
export function periodEndIso(period: string): string {
  return dateToIso(periodEnd(period));
}

/** The period of a year, month (1–12) or day written out ('2024', '2024-06', '2024-06-30'); null when not real. */
export function periodOf(year: number, month?: number, day?: number): string | null {
  const parts = [String(year).padStart(4, '0')];
  if (month !== undefined) parts.push(String(month).padStart(2, '0'));
  if (month !== undefined && day !== undefined) parts.push(String(day).padStart(2, '0'));
  const s = parts.join('-');
  return parsePeriod(s).ok ? s : null;
}

/** The period of the same length right before a period ('2017-11' → '2017-10', '2018' → '2017', '2024-03-01' →
 *  '2024-02-29'). Throws on an invalid period. */
export function periodBefore(period: string): string {
  const { granularity, start } = parsed(period);
  if (granularity === 'year') return lightFormat(addYears(start, -1), 'yyyy');
  if (granularity === 'month') return lightFormat(addMonths(start, -1), 'yyyy-MM');
  return dateToIso(addDays(start, -1));
}

/** A real 'YYYY-MM-DD' date as its local midnight (a fresh Date: the caller may keep or change it). */
export function parseIsoDate(s: string): Result<Date> {
  if (typeof s !== 'string' || !ISO_DATE_RE.test(s)) {
    return { ok: false, error: `not a date (YYYY-MM-DD): ${JSON.stringify(s)}` };
  }
  const date = parseISO(s);
  return isValid(date) ? { ok: true, value: date } : { ok: false, error: `no such date: ${s}` };
}

/** Is this a real date written 'YYYY-MM-DD'? */
export function isIsoDate(s: string): boolean {
  return parseIsoDate(s).ok;
}

/** Local midnight of a 'YYYY-MM-DD' date; an Invalid Date (as date-fns' parsers give) when it is not one. */
export function isoToDate(s: string): Date {
  const r = parseIsoDate(s);
  return r.ok ? r.value : new Date(NaN);
}

/** The local day of a Date as 'YYYY-MM-DD'. */
export function dateToIso(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}

/** The month of a Date as a month period ('YYYY-MM'), for labels such as "应达 … (2025年6月)". */
export function monthPeriodOf(date: Date): string {
  return lightFormat(date, 'yyyy-MM');
}

// What is wrong with a period or a date written in a catalogue cell, said so a person can fix it: impossible
// months and days are named, and the forms Excel turns dates into get a hint.
const PERIOD_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOOKS_LIKE_EXCEL = /^\d{4}[/.年]\d{1,2}|^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$|^\d{4}-\d(?:-|$)/;
const EXCEL_HINT = 'Excel may have turned it into a date: format the column as text and type it again';

/** What is wrong with a period or date cell: a month or day that does not exist, or not the form at all. */
export type PeriodFault =
  | { kind: 'no-month'; month: string }
  | { kind: 'no-day'; yearMonth: string; days: number }
  /** A form Excel turns dates into (2024/6/30, 6/30/2024). */
  | { kind: 'excel' }
  /** Words, relative dates or anything else. */
  | { kind: 'form' };

/** For a string of the period form: null when real, else which month or day does not exist. */
function realness(s: string, year: string, month: string | undefined): PeriodFault | null {
  if (parsePeriod(s).ok || month === undefined) return null;
  const yearMonth = `${year}-${month}`;
  if (!parsePeriod(yearMonth).ok) return { kind: 'no-month', month };
  return { kind: 'no-day', yearMonth, days: getDaysInMonth(periodStart(yearMonth)) };
}

/** null for a real 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD', else what is wrong. */
export function periodFault(s: string): PeriodFault | null {
  const m = PERIOD_FORM.exec(s);
  if (m) return realness(s, m[1] as string, m[2]);
  return { kind: LOOKS_LIKE_EXCEL.test(s) ? 'excel' : 'form' };
}

/** null for a real YYYY-MM-DD date, else what is wrong. */
export function dateFault(s: string): PeriodFault | null {
  const m = DATE_FORM.exec(s);
  if (m) return realness(s, m[1] as string, m[2]);
  return { kind: LOOKS_LIKE_EXCEL.test(s) ? 'excel' : 'form' };
}

/** A fault in English (to follow the quoted cell), for a period or a date: the build's words, and the review page's English. */
export function faultText(f: PeriodFault, what: 'period' | 'date'): string {
  if (f.kind === 'no-month') return `is not a real period: month ${f.month} does not exist`;
  if (f.kind === 'no-day') return `is not a real date: ${f.yearMonth} has days 01 to ${f.days}`;
  const form =
    what === 'period'
      ? "must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (e.g. 2027, 2024-06, 2024-06-30)"
      : 'must be a date written YYYY-MM-DD (e.g. 2025-07-28)';
  if (f.kind === 'excel') return `${form}; ${EXCEL_HINT}`;
  return what === 'period' ? `${form}, not words or relative dates: write the year the text means` : form;
}

/** null for a real 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD', else what is wrong (to follow the quoted cell). */
export function periodProblem(s: string): string | null {
  const f = periodFault(s);
  return f && faultText(f, 'period');
}

/** null for a real YYYY-MM-DD date, else what is wrong. */
export function dateProblem(s: string): string | null {
  const f = dateFault(s);
  return f && faultText(f, 'date');
}

/**
 * Years from a to b as a fraction (negative when b is before a): whole calendar years, then the rest in days
 * over the length of the following year. Same day of year → a whole number (31 Dec 2021 → 31 Dec 2025 = 4).
 */
export function yearsBetween(a: Date, b: Date): number {
  // The same few pairs (period ends and the as-of date) come back for every indicator: compute each once
  // (module-level for the reason parsePeriod's cache is: a pure function of two instants).
  const key = `${a.getTime()}|${b.getTime()}`;
  const hit = yearsCache.get(key);
  if (hit !== undefined) return hit;
  const years = yearsBetweenUncached(a, b);
  if (yearsCache.size >= CACHE_LIMIT) yearsCache.clear();
  yearsCache.set(key, years);
  return years;
}

const yearsCache = new Map<string, number>();

function yearsBetweenUncached(a: Date, b: Date): number {
  if (differenceInCalendarDays(b, a) < 0) return -yearsBetweenUncached(b, a);
  const whole = differenceInYears(b, a);
  const anchor = addYears(a, whole);
  const rest = differenceInCalendarDays(b, anchor);
  const yearLength = differenceInCalendarDays(addYears(anchor, 1), anchor);
  return whole + rest / yearLength;
}

/**
 * The length of time from a to b (a ≤ b) in whole months and the days left over. Month ends count as the same
 * day of the month (31 Oct → 30 Nov is 1 month), so periods that end on month ends differ by whole months.
 */
export function spanBetween(a: Date, b: Date): { months: number; days: number } {
  if (differenceInCalendarDays(b, a) < 0) return spanBetween(b, a);
  let months = differenceInCalendarMonths(b, a);
  const sameDay = (d: Date) => (isLastDayOfMonth(a) && isLastDayOfMonth(d)) || d.getDate() === a.getDate();
  let anchor = addMonths(a, months);
  if (!sameDay(b) && differenceInCalendarDays(b, anchor) < 0) anchor = addMonths(a, --months);
  if (isLastDayOfMonth(a)) anchor = lastDayOfMonth(anchor);
  return { months, days: sameDay(b) ? 0 : Math.max(0, differenceInCalendarDays(b, anchor)) };
}

/** Orders periods by their end date (a sort comparator); periods ending on the same day compare equal. */
export function comparePeriods(a: string, b: string): number {
  return differenceInCalendarDays(periodEnd(a), periodEnd(b));
}
