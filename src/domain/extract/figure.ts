// A quantity: number, 多/余, multiplier, unit, qualifier words — 6950亿元, 1.3万家, 300多亿元, 8%以上,
// 突破18亿元, 三大交易所, 十五条.
import type { Qualifier, Result, Unit } from '../types';
import { parseChineseInteger } from './chinese-numerals';
import { scaleDecimal } from './parse-number';
import { readMidQualifier, readPrefixQualifier, readSuffixQualifier } from './qualifiers';
import { BIG_WORD, readMultiplier, readUnit } from './units';

export interface FigureHit {
  start: number;
  end: number;
  /** Where the digits start and end (without qualifier words, multiplier or unit). */
  numberStart: number;
  numberEnd: number;
  value: number | null;
  unit: Unit | null;
  qualifier: Qualifier;
  /** A multiplier (万/亿) or 多/余 was read. */
  scaled: boolean;
  /** The digits are a plain integer (no separators, no decimals). */
  plainInteger: boolean;
}

const ARABIC = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const CHINESE = /[〇零一二两三四五六七八九十百千万亿]+/y;

/**
 * The figure whose digits start at `pos`. Prefix qualifier words (超过, 约) are looked for back to `floor`.
 * Chinese numerals need a unit (十五条, 三大), otherwise they are words (一批, 一体化) and this returns null.
 */
export function matchFigure(text: string, pos: number, floor: number): FigureHit | null {
  const chinese = !/\d/.test(text.charAt(pos));
  const re = chinese ? CHINESE : ARABIC;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return null;
  const digits = m[0];
  let i = pos + digits.length;
  let qualifier: Qualifier = '=';
  let exp = 0;
  let scaled = false;
  let base: number | null;
  let decimal = '';
  if (chinese) {
    base = parseChineseInteger(digits);
    if (base === null || digits === '一') return null;
  } else {
    decimal = digits.replace(/,/g, '');
    base = Number(decimal);
    const mid = readMidQualifier(text, i);
    const afterMid = mid ? i + mid.length : i;
    const mult = readMultiplier(text, afterMid);
    // 万元 and 亿元 are unit words; only a bare 万/亿 (1.3万家, 300多亿元) is a multiplier here.
    const multIsUnitStart = mult !== null && readUnit(text, afterMid)?.word.startsWith('亿元') === true;
    if (mult && !multIsUnitStart && !(mult.exp === 4 && text.startsWith('万元', afterMid))) {
      i = afterMid + mult.length;
      exp += mult.exp;
      scaled = true;
      if (mid) qualifier = mid.qualifier;
    } else if (mid && readUnit(text, afterMid)) {
      i = afterMid;
      qualifier = mid.qualifier;
      scaled = true;
    }
    const mid2 = readMidQualifier(text, i);
    if (mid2 && readUnit(text, i + mid2.length)) {
      i += mid2.length;
      qualifier = mid2.qualifier;
    }
  }
  let unit: Unit | null = null;
  const u = readUnit(text, i) ?? (chinese && text.startsWith(BIG_WORD.word, i) ? BIG_WORD : null);
  if (u) {
    unit = u.unit;
    exp += u.exp;
    i += u.word.length;
  } else if (chinese) {
    return null;
  }
  const suffix = readSuffixQualifier(text, i);
  if (suffix) {
    qualifier = suffix.qualifier;
    i += suffix.length;
  }
  let start = pos;
  const prefix = readPrefixQualifier(text, pos, floor);
  if (prefix) {
    start = pos - prefix.length;
    if (qualifier === '=') qualifier = prefix.qualifier;
  }
  let value: number | null = chinese ? base : scaleDecimal(decimal, exp);
  if (chinese && value !== null && exp !== 0) value = scaleDecimal(String(value), exp);
  if (value !== null && !Number.isFinite(value)) value = null;
  return {
    start,
    end: i,
    numberStart: pos,
    numberEnd: pos + digits.length,
    value,
    unit,
    qualifier,
    scaled,
    plainInteger: !chinese && /^\d+$/.test(digits),
  };
}

/** Reads a whole figure phrase ("2781万元", "100余款", "不低于50家") into value, unit and qualifier. */
export function parseFigure(
  phrase: string,
): Result<{ value: number; unit: Unit | null; qualifier: Qualifier }> {
  const s = phrase.trim();
  const pos = s.search(/[\d〇零一二两三四五六七八九十]/);
  const hit = pos < 0 ? null : matchFigure(s, pos, 0);
  if (!hit || hit.start !== 0 || hit.end !== s.length || hit.value === null) {
    return { ok: false, error: `not a figure: "${phrase}"` };
  }
  return { ok: true, value: { value: hit.value, unit: hit.unit, qualifier: hit.qualifier } };
}
