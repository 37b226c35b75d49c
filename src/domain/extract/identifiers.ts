// Numbers that identify rather than count: document numbers, index numbers, filing numbers, phones.
import { before, span, sticky, type ScanContext, type Span } from './span';

const PHONE_INTL = /\d{1,3}-\d{2,4}-\d{7,8}(?!\d)/y;
const PHONE_AREA = /0\d{2,3}-\d{7,8}(?!\d)/y;
const PHONE_LOCAL = /(?:1[3-9]\d{9}|\d{7,8})(?!\d)/y;
const AFTER_PHONE_WORD = /(?:电话|传真|热线|手机|Tel|TEL|tel|Fax|FAX)[:：\s]*$/;
const INDEX_FULL = /\d{6,}[A-Z]{0,4}\/(?:19|20)\d{2}-\d{3,6}(?!\d)/y;
const INDEX_SHORT = /(?:19|20)\d{2}-\d{5}(?!\d)/y;
const FILING = /\d+号(?:-\d+)?/y;
const AFTER_FILING_WORD = /[\u4e00-\u9fff]?(?:ICP备|公网安备)\s*$/;
const BRACKET_DOC = /(?:19|20)\d{2}[〕］\]）)]\s?第?(\d+)号/y;
const BEFORE_BRACKET_DOC = /[\u4e00-\u9fffA-Za-z]{0,10}[〔［[（(]$/;
const NUMBER_SIGN = /(\d+)号/y;
// 渝经信融资20246: an issuer abbreviation glued to year and serial (the brackets and 号 were lost).
const GLUED_DOC = /(?:19|20)\d{2}(\d{1,4})(?![\d年月日号%万亿元家个项款场笔条件人次只户支倍])/y;
const BEFORE_GLUED_DOC = /(?:渝[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{1,6}[发函字])$/;

/** Phones and identifiers that start at the digit `pos`. */
export function matchIdentifier(ctx: ScanContext, pos: number): Span | null {
  const { text } = ctx;
  const back = before(ctx, pos);
  let m: RegExpExecArray | null;
  if (back.endsWith('+') && (m = sticky(PHONE_INTL, text, pos))) {
    return span(pos - 1, pos + m[0].length, 'phone', null);
  }
  if ((m = sticky(PHONE_AREA, text, pos))) return span(pos, pos + m[0].length, 'phone', null);
  if ((m = sticky(INDEX_FULL, text, pos)) || (m = sticky(INDEX_SHORT, text, pos))) {
    return span(pos, pos + m[0].length, 'doc-number', null);
  }
  const filing = AFTER_FILING_WORD.exec(back);
  if (filing && (m = sticky(FILING, text, pos))) {
    return span(pos - filing[0].length, pos + m[0].length, 'doc-number', null);
  }
  const bracket = BEFORE_BRACKET_DOC.exec(back);
  if (bracket && (m = sticky(BRACKET_DOC, text, pos))) {
    return span(pos - bracket[0].length, pos + m[0].length, 'doc-number', Number(m[1]));
  }
  if (back.endsWith('第') && (m = sticky(NUMBER_SIGN, text, pos))) {
    return span(pos - 1, pos + m[0].length, 'doc-number', Number(m[1]));
  }
  const glued = BEFORE_GLUED_DOC.exec(back);
  if (glued && (m = sticky(GLUED_DOC, text, pos))) {
    return span(pos - glued[0].length, pos + m[0].length, 'doc-number', Number(m[1]));
  }
  if (AFTER_PHONE_WORD.test(back) && (m = sticky(PHONE_LOCAL, text, pos))) {
    return span(pos, pos + m[0].length, 'phone', null);
  }
  return null;
}
