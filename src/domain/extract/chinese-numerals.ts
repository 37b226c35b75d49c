// Chinese numerals: 一二三…十百千万亿, 〇/零, 两, the financial forms 壹贰叁…, and digit-by-digit years (二〇三五).

export const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

/** Decimal exponents of the multipliers that may follow an Arabic number (1.3万, 3千万, 2万亿). */
export const MULTIPLIER_EXP: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

export const CN_NUMERAL_CLASS = '〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** Reads a run of Chinese numeral characters; null if it is not a well-formed number. */
export function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  // Digit by digit, as in years (二〇三五, 一九九八): no positional characters, and a 〇 or at least three
  // digits, since 二三 is "two or three", not 23.
  if ((s.length >= 3 || /[〇零]/.test(s)) && s.length > 1 && [...s].every((c) => c in CN_DIGITS)) {
    let v = 0;
    for (const c of s) v = v * 10 + (CN_DIGITS[c] ?? 0);
    return v;
  }
  let total = 0; // parts already multiplied by 亿
  let wan = 0; // the part multiplied by 万
  let section = 0; // below 万
  let digit: number | null = null;
  for (const c of s) {
    const d = CN_DIGITS[c];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 二三 is not a number
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
    } else if (c === '万') {
      if (digit === null && section === 0) return null;
      wan = (wan + section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else if (c === '亿') {
      if (digit === null && section === 0 && wan === 0) return null;
      total = (total + wan + section + (digit ?? 0)) * 100_000_000;
      wan = 0;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + wan + section + (digit ?? 0);
}
