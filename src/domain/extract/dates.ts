// Dates, years, year ranges and durations, including the damaged forms of the seeds: 20246月末 (2024年6月末),
// 2022627 (2022年6月27日), 20242027年 (2024—2027年).
import { periodOf } from '../period';
import type { Result } from '../types';
import { parseChineseInteger } from './chinese-numerals';

export interface DateHit {
  end: number;
  cls: 'date' | 'year';
  /** The year (start year for ranges), or null for a month whose year the text does not give. */
  value: number | null;
  period?: string;
  /** A year range such as 2024—2027年: not a point in time. */
  range?: boolean;
}

const Y = '((?:19|20)\\d{2})';
const YMD_CN = new RegExp(`${Y}年(\\d{1,2})月(\\d{1,2})日`, 'y');
// 2024年1-6月: a cumulative period up to its last month.
const YM_CN = new RegExp(`${Y}年(?:\\d{1,2}[-—–~至])?(\\d{1,2})月(?:份|末|底|初|上旬|中旬|下旬)?`, 'y');
const Y_END = new RegExp(`${Y}年(?:末|底|初)`, 'y');
const RANGE = new RegExp(`${Y}年?\\s?(?:—{1,2}|–|-|~|～|至|到)\\s?${Y}(年)?(?!\\d)`, 'y');
const RANGE_JOINED = new RegExp(`${Y}${Y}(年)?(?!\\d)`, 'y');
const ISO = new RegExp(`${Y}([-./])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, 'y');
// 20246月末: the 年 was lost.
const YM_JOINED = new RegExp(`${Y}(\\d{1,2})月(?:(\\d{1,2})日|份|末|底|初)?`, 'y');
const YEAR = new RegExp(`${Y}年`, 'y');
const MONTH = /(?:\d{1,2}[-—–~至])?(\d{1,2})月(?:(\d{1,2})日|份|末|底|初)?/y;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * A date, year or year range starting at `pos` (a digit). `contextYear` resolves a month without a year
 * (到12月底 after 2021年 → 2021-12).
 */
export function matchDate(text: string, pos: number, contextYear: number | null): DateHit | null {
  let m = at(YMD_CN, text, pos);
  if (m) {
    const y = Number(m[1]);
    const period = periodOf(y, Number(m[2]), Number(m[3]));
    if (period) return { end: YMD_CN.lastIndex, cls: 'date', value: y, period };
  }
  m = at(YM_CN, text, pos);
  if (m) {
    const y = Number(m[1]);
    const period = periodOf(y, Number(m[2]));
    if (period) return { end: YM_CN.lastIndex, cls: 'date', value: y, period };
  }
  m = at(Y_END, text, pos);
  if (m) return { end: Y_END.lastIndex, cls: 'date', value: Number(m[1]), period: String(m[1]) };
  m = at(RANGE, text, pos) ?? at(RANGE_JOINED, text, pos);
  if (m) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    const end = (m.index ?? pos) + m[0].length;
    if (to > from && to - from <= 30) return { end, cls: 'year', value: from, range: true };
  }
  m = at(ISO, text, pos);
  if (m) {
    const y = Number(m[1]);
    const period = periodOf(y, Number(m[3]), Number(m[4]));
    if (period) return { end: ISO.lastIndex, cls: 'date', value: y, period };
  }
  m = at(YM_JOINED, text, pos);
  if (m) {
    const y = Number(m[1]);
    // With a day that does not exist, no reading (not even the month alone).
    const period = periodOf(y, Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
    if (period) return { end: YM_JOINED.lastIndex, cls: 'date', value: y, period };
  }
  m = at(YEAR, text, pos);
  if (m) return { end: YEAR.lastIndex, cls: 'year', value: Number(m[1]), period: String(m[1]) };
  m = at(MONTH, text, pos);
  if (m) {
    const mo = Number(m[1]);
    const day = m[2] === undefined ? null : Number(m[2]);
    if (mo >= 1 && mo <= 12) {
      const hit: DateHit = { end: MONTH.lastIndex, cls: 'date', value: contextYear };
      const period = contextYear === null ? null : periodOf(contextYear, mo, day ?? undefined);
      if (period) hit.period = period;
      return hit;
    }
  }
  return null;
}

/**
 * A date whose separators were lost, standing alone on a line: 2022627 → 2022-06-27, 2025427, 20241231.
 * Seven digits are read as YYYY-M-DD, else YYYY-MM-D; null when no reading is a real date.
 */
export function compactDate(digits: string): string | null {
  if (!/^(?:19|20)\d{4,6}$/.test(digits)) return null;
  const y = Number(digits.slice(0, 4));
  const rest = digits.slice(4);
  const splits = rest.length === 2 ? [1] : rest.length === 3 ? [1, 2] : [2];
  for (const s of splits) {
    const period =
      rest.slice(s).length <= 2 ? periodOf(y, Number(rest.slice(0, s)), Number(rest.slice(s))) : null;
    if (period) return period;
  }
  return null;
}

export interface DurationHit {
  end: number;
  value: number | null;
  years: boolean;
  approximate: boolean;
}

const DURATION_AR = /(\d+(?:\.\d+)?)多?(个月|年|周|天)(多|左右|以内|内)?/y;
const DURATION_CN = /([一二三四五六七八九十两]+)(?:个)?多?(个月|年|周|天)(多|左右|以内|内)?/y;

/** A span of time starting at `pos`: 5年左右, 两年, 三年内, 6个月. */
export function matchDuration(text: string, pos: number): DurationHit | null {
  const m = at(DURATION_AR, text, pos) ?? at(DURATION_CN, text, pos);
  if (!m) return null;
  const raw = m[1] ?? '';
  const value = /\d/.test(raw) ? Number(raw) : parseChineseInteger(raw);
  return {
    end: (m.index ?? pos) + m[0].length,
    value,
    years: m[2] === '年',
    approximate: m[3] === '左右',
  };
}

/** Reads a whole date or year text (for tests and the catalogue): "2024年6月末" → 2024-06. */
export function parseDateText(s: string, contextYear: number | null = null): Result<DateHit> {
  const text = s.trim();
  const compact = compactDate(text);
  if (compact !== null)
    return {
      ok: true,
      value: { end: text.length, cls: 'date', value: Number(text.slice(0, 4)), period: compact },
    };
  const hit = /^\d/.test(text) ? matchDate(text, 0, contextYear) : null;
  if (hit && hit.end === text.length) return { ok: true, value: hit };
  const cn = /^([〇零一二三四五六七八九]{4})年$/.exec(text);
  if (cn?.[1]) {
    const y = parseChineseInteger(cn[1]);
    if (y !== null)
      return { ok: true, value: { end: text.length, cls: 'year', value: y, period: String(y) } };
  }
  return { ok: false, error: `not a date: "${s}"` };
}
