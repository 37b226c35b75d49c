// parseNumber reads a number written as text: Arabic (1,234.5, full-width digits), Chinese (十五, 二十,
// 二〇三五, 两百), mixed (1.3万, 3千万), with an optional sign. No units: see units.ts.
import type { Result } from '../types';
import { MULTIPLIER_EXP, parseChineseInteger, CN_DIGITS } from './chinese-numerals';

const ARABIC = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[eE]([+-]?\d+))?([十百千万亿]*)$/;
const CHINESE =
  /^([+-]?)([〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿]+)(?:点([〇零一二三四五六七八九]+))?$/;

function fail(s: string): Result<number> {
  return { ok: false, error: `not a number: "${s.length > 40 ? `${s.slice(0, 40)}…` : s}"` };
}

/** Decimal exponent of a multiplier run (万 → 4, 千万 → 7, 万亿 → 12), or null when it is not one. */
export function multiplierExponent(run: string): number | null {
  if (!/^[十百千]?万?亿?$/.test(run)) return null;
  let exp = 0;
  for (const c of run) exp += MULTIPLIER_EXP[c] ?? 0;
  return exp;
}

/** Multiplies a decimal string by 10^exp exactly (string arithmetic avoids 1.3 * 10000 rounding). */
export function scaleDecimal(decimal: string, exp: number): number {
  return exp === 0 ? Number(decimal) : Number(`${decimal}e${exp}`);
}

export function parseNumber(input: string): Result<number> {
  const s = input.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
  if (s.length === 0 || s.length > 400) return fail(input);
  const a = ARABIC.exec(s);
  if (a) {
    const [, sign = '', int = '', frac = '', e = '', mult = ''] = a;
    const exp = multiplierExponent(mult);
    if (exp === null) return fail(input);
    const value = scaleDecimal(`${sign}${int.replace(/,/g, '')}${frac}`, exp + (e === '' ? 0 : Number(e)));
    return Number.isFinite(value) ? { ok: true, value } : fail(input);
  }
  const c = CHINESE.exec(s);
  if (c) {
    const [, sign = '', int = '', frac] = c;
    const whole = parseChineseInteger(int);
    if (whole === null) return fail(input);
    let text = String(whole);
    if (frac !== undefined) text += `.${[...frac].map((d) => CN_DIGITS[d] ?? 0).join('')}`;
    const value = Number(`${sign}${text}`);
    return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value } : fail(input);
  }
  return fail(input);
}
