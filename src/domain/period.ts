// Periods ('YYYY' | 'YYYY-MM' | 'YYYY-MM-DD') as dates, and the year arithmetic the progress method needs.
// All dates are local midnight; all arithmetic goes through date-fns.
import {
  addYears,
  differenceInCalendarDays,
  differenceInYears,
  isExists,
  lastDayOfMonth,
  lastDayOfYear,
} from 'date-fns';
import { PERIOD_RE } from './dataset-schema';
import type { Result } from './types';

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

export function parsePeriod(s: string): Result<ParsedPeriod> {
  if (typeof s !== 'string')
    return { ok: false, error: `not a period (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(s)}` };
  const hit = cache.get(s);
  if (hit) return hit;
  const result = parseUncached(s);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(s, result);
  return result;
}

function parseUncached(s: string): Result<ParsedPeriod> {
  if (!PERIOD_RE.test(s)) {
    return { ok: false, error: `not a period (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(s)}` };
  }
  const granularity: Granularity = s.length === 4 ? 'year' : s.length === 7 ? 'month' : 'day';
  const year = Number(s.slice(0, 4));
  const month = granularity === 'year' ? 1 : Number(s.slice(5, 7));
  const day = granularity === 'day' ? Number(s.slice(8, 10)) : 1;
  // isExists refuses 2024-02-30 and 2023-02-29; the regex already refused month 13 and day 32.
  if (!isExists(year, month - 1, day)) return { ok: false, error: `no such date: ${s}` };
  const start = new Date(year, month - 1, day);
  // Years 0–99 would be read as 1900–1999 by the Date constructor.
  start.setFullYear(year);
  const end =
    granularity === 'year' ? lastDayOfYear(start) : granularity === 'month' ? lastDayOfMonth(start) : start;
  const value: ParsedPeriod = Object.freeze({ period: s, granularity, start, end, year });
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
