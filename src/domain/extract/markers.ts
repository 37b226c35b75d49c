// List markers (一是, （一）, 1., 表1), ordinals (第2个, 首个) and meeting numbers (六届三次会议, 第14次办公会).
import { before, lineStartIfLeading, span, sticky, type ScanContext, type Span } from './span';
import { parseChineseInteger } from './chinese-numerals';

const CN = '[一二三四五六七八九十]';
const num = (s: string): number | null => (/\d/.test(s) ? Number(s) : parseChineseInteger(s));

const PAREN_MARKER = new RegExp(`(\\d{1,2}|${CN}+)[）)]`, 'y');
const CN_MARKER = new RegExp(`(${CN}+)(?:是|、)`, 'y');
const AR_MARKER = /(\d{1,2})[.．、](?!\d)/y;
const TABLE_TITLE = /(\d{1,2})[ \t]+(?=[\u4e00-\u9fff“《])/y;
const TABLE_NO = /\d{1,2}(?:[-.]\d{1,2})?/y;
const NTH_MEETING = new RegExp(`(\\d+|${CN}+)次[\\u4e00-\\u9fff]{0,4}?会议?`, 'y');
const NTH = new RegExp(
  `(\\d+|${CN}+|[一二三四五六七八九十百]+)(?:个|代|批|名|位|条|款|章|届|期|次|家)?`,
  'y',
);
const SESSION = new RegExp(`${CN}+届(${CN}+)(?:次(?:全体)?会议?|中全会)`, 'y');
const PLENUM = new RegExp(`(${CN}+)中全会`, 'y');
const CONGRESS = new RegExp(`(${CN}+)大`, 'y');
const FIRST = /首(?:个|家)/y;

/** Markers, ordinals and meetings starting at `pos` (a digit or a Chinese numeral). */
export function matchMarker(ctx: ScanContext, pos: number): Span | null {
  const { text } = ctx;
  const back = before(ctx, pos);
  let m: RegExpExecArray | null;
  if (/[（(]$/.test(back) && (m = sticky(PAREN_MARKER, text, pos))) {
    return span(pos - 1, pos + m[0].length, 'list-marker', num(m[1] ?? ''));
  }
  if (back.endsWith('第')) {
    if ((m = sticky(NTH_MEETING, text, pos)))
      return span(pos - 1, pos + m[0].length, 'meeting', num(m[1] ?? ''));
    if ((m = sticky(NTH, text, pos))) return span(pos - 1, pos + m[0].length, 'ordinal', num(m[1] ?? ''));
  }
  if ((m = sticky(SESSION, text, pos))) return span(pos, pos + m[0].length, 'meeting', num(m[1] ?? ''));
  if ((m = sticky(PLENUM, text, pos))) return span(pos, pos + m[0].length, 'meeting', num(m[1] ?? ''));
  if (back.endsWith('党的') && (m = sticky(CONGRESS, text, pos))) {
    return span(pos, pos + m[0].length, 'meeting', num(m[1] ?? ''));
  }
  if (back.endsWith('表') && (m = sticky(TABLE_NO, text, pos))) {
    return span(pos - 1, pos + m[0].length, 'list-marker', Number.parseFloat(m[0]));
  }
  if ((m = sticky(CN_MARKER, text, pos)) && !/[〇零一二三四五六七八九十百千万两]$/.test(back)) {
    return span(pos, pos + m[0].length, 'list-marker', num(m[1] ?? ''));
  }
  if (lineStartIfLeading(text, pos) >= 0) {
    if ((m = sticky(AR_MARKER, text, pos))) return span(pos, pos + m[0].length, 'list-marker', Number(m[1]));
    if ((m = sticky(TABLE_TITLE, text, pos))) {
      return span(pos, pos + (m[1] ?? '').length, 'list-marker', Number(m[1]));
    }
  }
  return null;
}

/** 首个, 首家: the first of something. */
export function matchFirst(ctx: ScanContext, pos: number): Span | null {
  const m = sticky(FIRST, ctx.text, pos);
  return m ? span(pos, pos + m[0].length, 'ordinal', 1) : null;
}
