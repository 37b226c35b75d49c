// Numbers that are part of a name: “33618”, 十四五, 二〇三五 (a plan title), 1+1+N, 5G, O2O, 2.0升级版, 500强,
// 11辅导 (1对1辅导), “六位一体”, “四链”, “双倍增”, and street numbers.
import { parseChineseInteger } from './chinese-numerals';
import { parseFigure } from './figure';
import { before, span, sticky, type ScanContext, type Span } from './span';

const QUOTED = /[“「]([0-9一二三四五六七八九十两双〇零][^“”「」\n]{0,9})[”」]/y;
const QUOTED_DIGITS = /[“「](\d{3,})[”」]/g;
const LEADING_NUMBER = /^(\d+(?:\.\d+)?|[〇零一二三四五六七八九十两百千万亿]+)/;
const PLAN = /十[一二三四五六七八九]五/y;
const CN_YEAR_NAME =
  /[〇零一二三四五六七八九]{4}(?=年?远景)|[一二三四五六七八九]?[〇零][〇零一二三四五六七八九]{2}(?!年)/y;
const FORMULA = /\d+(?:\+(?:\d+|[A-Za-z]))+/y;
const PAIR = /\d+对\d+/y;
const LETTERS_AFTER = /\d+(?:\.\d+)?[A-Za-z]+\d*/y;
const NAME_SUFFIX = /\d+(?:\.\d+)?(?=强|升级版|版|辅导)/y;
const ADDRESS_NO = /\d+(?:号|楼|层|室)/y;
const AFTER_STREET = /(?:路|街|巷|大道|大厦)$/;
const ARABIC_RUN = /\d+(?![\d.])/y;

/** Arabic numbers that the document quotes as names (“33618”), to recognise them unquoted too. */
export function collectQuotedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(QUOTED_DIGITS)) if (m[1]) names.add(m[1]);
  return names;
}

function leadingValue(s: string): number | null {
  if (s.startsWith('双')) return 2;
  const plan = /^十([一二三四五六七八九])五/.exec(s);
  if (plan?.[1]) return 10 + (parseChineseInteger(plan[1]) ?? 0);
  const m = LEADING_NUMBER.exec(s);
  if (!m?.[1]) return null;
  return /\d/.test(m[1]) ? Number(m[1]) : parseChineseInteger(m[1]);
}

/** A quoted phrase that starts with a number (“33618”, “一中心两高地”) unless it is a plain figure (“100亿元”). */
export function matchQuotedName(ctx: ScanContext, pos: number): Span | null {
  const m = sticky(QUOTED, ctx.text, pos);
  const inner = m?.[1];
  if (!inner) return null;
  if (/^(?:19|20)\d{2}年/.test(inner)) return null;
  const figure = parseFigure(inner);
  if (figure.ok && figure.value.unit !== null) return null;
  return span(pos + 1, pos + 1 + inner.length, 'name', leadingValue(inner));
}

/** Names starting at a Chinese numeral: 十四五, 二〇三五 in 《…二〇三五远景目标》. */
export function matchChineseName(ctx: ScanContext, pos: number): Span | null {
  let m = sticky(PLAN, ctx.text, pos);
  if (m) return span(pos, pos + m[0].length, 'name', 10 + (parseChineseInteger(m[0].charAt(1)) ?? 0));
  m = sticky(CN_YEAR_NAME, ctx.text, pos);
  if (m) return span(pos, pos + m[0].length, 'name', parseChineseInteger(m[0]));
  return null;
}

/** Names starting at an Arabic digit. */
export function matchArabicName(ctx: ScanContext, pos: number): Span | null {
  const { text } = ctx;
  let m: RegExpExecArray | null;
  if ((m = sticky(FORMULA, text, pos)) || (m = sticky(PAIR, text, pos))) {
    return span(pos, pos + m[0].length, 'name', Number.parseInt(m[0], 10));
  }
  const back = before(ctx, pos, 4);
  const letters = /[A-Za-z]+$/.exec(back);
  if (letters) {
    const run = /\d+[A-Za-z]*/y;
    run.lastIndex = pos;
    const r = run.exec(text);
    return span(
      pos - letters[0].length,
      pos + (r?.[0].length ?? 1),
      'name',
      Number.parseInt(r?.[0] ?? '', 10),
    );
  }
  if ((m = sticky(LETTERS_AFTER, text, pos)))
    return span(pos, pos + m[0].length, 'name', Number.parseFloat(m[0]));
  if ((m = sticky(NAME_SUFFIX, text, pos))) {
    const end = pos + m[0].length + (text.startsWith('强', pos + m[0].length) ? 1 : 0);
    return span(pos, end, 'name', Number(m[0]));
  }
  if (AFTER_STREET.test(back) && (m = sticky(ADDRESS_NO, text, pos))) {
    return span(pos, pos + m[0].length, 'name', Number.parseInt(m[0], 10));
  }
  if (/楼|层|室/.test(text.charAt(pos + (sticky(ARABIC_RUN, text, pos)?.[0].length ?? 0)))) {
    const r = sticky(ADDRESS_NO, text, pos);
    if (r) return span(pos, pos + r[0].length, 'name', Number.parseInt(r[0], 10));
  }
  if ((m = sticky(ARABIC_RUN, text, pos)) && ctx.quotedNames.has(m[0]) && !/\d$/.test(back)) {
    return span(pos, pos + m[0].length, 'name', Number(m[0]));
  }
  return null;
}
