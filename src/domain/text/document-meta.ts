// What a document says about itself, read from its normalised text so that a curator can pre-fill its row of
// data/documents.csv: the title (the "<sender>关于…的通知" line, which a letterhead may break over several
// lines), the sender, the document number (文号, 渝高新办发〔2022〕41号), and the dates. A page saved from a
// government site carries a metadata table ("[ 索引号 ] … [ 发布机构 ]市地方金融管理局 … [ 成文日期 ]
// 2025-07-28"), or "发表时间:2024-03-21"; a letter ends with its signature date (2018年5月17日, or
// 二〇一八年五月十七日). Each field is null when the text does not give it plainly: a guess is for the curator.
import { CN_DIGITS, parseChineseInteger } from '../extract/chinese-numerals';
import { periodOf } from '../period';

export interface DocumentMeta {
  /** The document's title, sender included ("重庆市金融工作办公室关于…的复函"). */
  title: string | null;
  /** Who sent it: the "<sender>关于" of the title, else the page's 发布机构. */
  issuer: string | null;
  /** The page's 发布机构 (the office whose site published it), which may differ from the sender. */
  publisher: string | null;
  /** The document number, 文号: "渝高新办发〔2022〕41号". */
  number: string | null;
  /** 成文日期, else the signature date, YYYY-MM-DD. */
  written: string | null;
  /** 发布日期 / 发表时间 / 发布时间, YYYY-MM-DD. */
  published: string | null;
}

/** The part of a document where its header is: the title and table come before the body. */
const HEAD_LINES = 40;
/** The part where its signature is. */
const TAIL_LINES = 15;

/** The fields of a metadata table, as "[ 名称 ]value" or "名称：value". */
const FIELD_NAMES = [
  '索引号',
  '发文字号',
  '文号',
  '发布机构',
  '主题分类',
  '体裁分类',
  '成文日期',
  '发布日期',
  '发表时间',
  '发布时间',
  '有效性',
  '主题词',
  '来源',
  '浏览次数',
] as const;
const FIELD = new RegExp(
  `(?:\\[\\s*(${FIELD_NAMES.join('|')})\\s*\\]|(${FIELD_NAMES.join('|')})\\s*[:：])\\s*([^\\[\\n]*?)` +
    `(?=\\s*(?:\\[\\s*(?:${FIELD_NAMES.join('|')})\\s*\\]|(?:${FIELD_NAMES.join('|')})\\s*[:：])|\\s*$)`,
  'gm',
);

const CN = '\\u4e00-\\u9fff';
/** 文号: an issuer's abbreviation, the year in 〔〕 (or [] 【】 （）), a serial and 号. */
const NUMBER = new RegExp(`^[${CN}]{1,16}[〔［\\[【(（]\\d{4}[〕］\\]】)）]\\d{1,4}号$`);
const SENDER_SUFFIX =
  /(?:办公室|办公厅|委员会|管委会|管理局|监督管理局|政府|人民银行|银行|中心|局|厅|部|委|办|院|署|行|会)$/;
/** The kinds of document a title ends with. */
const TITLE_END =
  /(?:通知|复函|函|答复|意见|方案|规划|办法|决定|报告|批复|公告|通告|细则|规定|纲要|计划|要点|措施|请示|纪要|指引|条例)$/;

export function readDocumentMeta(text: string): DocumentMeta {
  const lines = text.split('\n').map((l) => l.trim());
  const nonEmpty = lines.filter((l) => l !== '');
  const head = nonEmpty.slice(0, HEAD_LINES);
  const fields = tableFields(head);
  const found = findTitle(head);
  const publisher = fields.get('发布机构') ?? null;
  const written = dateOf(fields.get('成文日期')) ?? signatureDate(nonEmpty.slice(-TAIL_LINES));
  return {
    title: found?.title ?? null,
    issuer: found?.sender ?? publisher,
    publisher,
    number:
      numberOf(fields.get('发文字号') ?? fields.get('文号')) ?? head.map(numberOf).find(Boolean) ?? null,
    written,
    published:
      dateOf(fields.get('发布日期')) ??
      dateOf(fields.get('发表时间')) ??
      dateOf(fields.get('发布时间')) ??
      null,
  };
}

function tableFields(head: readonly string[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of head) {
    for (const m of line.matchAll(FIELD)) {
      const name = (m[1] ?? m[2]) as string;
      const value = (m[3] ?? '').trim();
      if (value !== '' && !fields.has(name)) fields.set(name, value);
    }
  }
  return fields;
}

function numberOf(s: string | undefined): string | null {
  const compact = s?.replace(/\s+/g, '');
  return compact && NUMBER.test(compact) ? compact : null;
}

/** Spaces a letterhead puts between characters ("提 案 的 复 函") go; spaces in Latin text stay. */
const unspaced = (s: string) => s.replace(new RegExp(`(?<=[${CN}“”《》])\\s+(?=[${CN}“”《》])`, 'g'), '');

/**
 * The first "…关于…" title block of the head: a line holding 关于, continued over the next short lines
 * until it ends with a kind of document; its sender is the text before 关于, or the line above it when that
 * names an office. A block with a sender is preferred (a page's own heading may repeat the title without).
 */
function findTitle(head: readonly string[]): { title: string; sender: string | null } | null {
  let first: { title: string; sender: string | null } | null = null;
  for (let i = 0; i < head.length; i++) {
    const line = unspaced(head[i] as string);
    const at = line.indexOf('关于');
    if (at < 0 || line.length > 100 || /[。；]$/.test(line) || /[:：]$/.test(line)) continue;
    let block = line;
    for (let k = i + 1; k < Math.min(i + 5, head.length) && !TITLE_END.test(block); k++) {
      const next = unspaced(head[k] as string);
      if (next.length > 40 || /[:：。]$/.test(next)) break;
      block += next;
    }
    if (!TITLE_END.test(block)) continue;
    const prefix = block.slice(0, at);
    const above = i > 0 ? unspaced(head[i - 1] as string) : '';
    let found: { title: string; sender: string | null };
    if (prefix !== '') found = { title: block, sender: SENDER_SUFFIX.test(prefix) ? prefix : null };
    else if (SENDER_SUFFIX.test(above) && above.length <= 30 && !/[:：\d]/.test(above))
      found = { title: above + block, sender: above };
    else found = { title: block, sender: null };
    if (found.sender) return found;
    first ??= found;
  }
  return first;
}

/** A date written 2025-07-28, 2025/7/28, 2025.07.28, 2025年7月28日 or 二〇二五年七月二十八日. */
function dateOf(s: string | undefined): string | null {
  if (!s) return null;
  const arabic = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?/.exec(s.trim());
  if (arabic) return periodOf(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const chinese =
    /^([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(
      s.trim(),
    );
  if (!chinese) return null;
  const year = [...(chinese[1] as string)].map((c) => CN_DIGITS[c === '○' ? '〇' : c] ?? NaN).join('');
  const month = parseChineseInteger(chinese[2] as string);
  const day = parseChineseInteger(chinese[3] as string);
  if (!/^\d{4}$/.test(year) || month === null || day === null) return null;
  return periodOf(Number(year), month, day);
}

/** A line at the end that is only a date: the signature's. */
function signatureDate(tail: readonly string[]): string | null {
  for (const line of [...tail].reverse()) {
    const compact = line.replace(/\s+/g, '');
    if (compact.length <= 12 && /日$/.test(compact)) {
      const date = dateOf(compact);
      if (date) return date;
    }
  }
  return null;
}
