// The one home of calendar dates and periods: 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' strings in, local-midnight
// Dates out and back, each period's first and last day, and the year arithmetic the progress method needs.
// A date is a day period. date-fns does every step of date arithmetic (parseISO refuses 2023-02-29,
// lastDayOfMonth knows February); lightFormat writes the strings. 'YYYY-MM-DD' strings order as their days
// do, so they may be compared as strings.
import {
  addYears,
  differenceInCalendarDays,
  differenceInYears,
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

/**
 * Years from a to b as a fraction (negative when b is before a): whole calendar years, then the rest in days
 * over the length of the following year. Same day of year → a whole number (31 Dec 2021 → 31 Dec 2025 = 4).
 */
export function yearsBetween(a: Date, b: Date): number {
  // The same few pairs (period ends and the as-of date) come back for every indicator: compute each once.
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

/** Orders periods by their end date (a sort comparator); periods ending on the same day compare equal. */
export function comparePeriods(a: string, b: string): number {
  return differenceInCalendarDays(periodEnd(a), periodEnd(b));
}
