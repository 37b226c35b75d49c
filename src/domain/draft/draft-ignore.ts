// Numbers the extractor reads as figures that are no indicator figures, proposed as ignored with the reason
// (issue 18): the curator confirms with one key instead of writing the reason. Each rule is a habit of
// Chinese official writing, not a list of the seeds' phrases; a rule that could catch a real statistic is
// narrowed until the seeds' 72 curated figures pass it untouched (tests/domain/draft/draft-ignore.test.ts).
import type { Mention } from '../types';

/** Chinese numerals only: 三大, 四大, 六项, 二十条 (no Arabic digit). */
const CHINESE_NUMERAL_COUNT = /^[〇零一二两三四五六七八九十百]+[^0-9]*$/;
/** After a count of a plan's contents: 19条具体实施举措, 19项具体政策措施, 7个方面. */
const PLAN_CONTENTS = /^(?:的)?(?:具体)?(?:实施|政策)?(?:举措|措施)|^方面/;
const CJK = /[\u4e00-\u9fff]/;
/** A table's unit column: a line that is only a unit is no row label. */
const UNIT_CELLS: ReadonlySet<string> = new Set(['%', '亿元', '万元', '家', '个', '项', '倍']);

/** How far back and ahead the rules look: a title, a clause or a table row is shorter. */
const REACH = 200;
/** How many figures back a table's cell looks for the prose it restates. */
const FIGURES_BACK = 300;

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';

/** A figure alone on its line: a table's cell. Looks only at the characters beside it. */
function isTableCell(text: string, m: Mention): boolean {
  let i = m.offset;
  while (i > 0 && isBlank(text[i - 1])) i--;
  let j = m.offset + m.text.length;
  while (j < text.length && isBlank(text[j])) j++;
  return (i === 0 || text[i - 1] === '\n') && (j === text.length || text[j] === '\n');
}

/** Inside 《…》 on one line: part of a document's or a policy's title. */
function titleAround(text: string, offset: number): string | null {
  const from = Math.max(0, offset - REACH);
  const before = text.slice(from, offset);
  const open = before.lastIndexOf('《');
  if (open < 0 || before.lastIndexOf('》') > open || before.includes('\n', open)) return null;
  const after = text.slice(offset, offset + REACH);
  const close = after.indexOf('》');
  if (close < 0 || after.slice(0, close).includes('\n')) return null;
  return before.slice(open) + after.slice(0, close + 1);
}

const bigrams = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + s[i + 1]));

/** The row's label: the nearest line above the cell with two Chinese characters or more that is no unit. */
function rowLabel(text: string, m: Mention, unitWords: ReadonlySet<string>): string | null {
  const lines = text
    .slice(Math.max(0, m.offset - REACH), m.offset)
    .split('\n')
    .slice(0, -1)
    .reverse();
  for (const raw of lines.slice(0, 4)) {
    const line = raw.trim();
    if (line === '' || unitWords.has(line)) continue;
    return [...line].filter((c) => CJK.test(c)).length >= 2 ? line : null;
  }
  return null;
}

/** The clause before a figure: back to the last comma, semicolon, full stop or line break. */
function clauseBefore(text: string, offset: number): string {
  let i = offset;
  const stop = Math.max(0, offset - REACH);
  while (i > stop && !/[，,。；;\n]/.test(text[i - 1]!)) i--;
  return text.slice(i, offset);
}

/**
 * A table's cell that restates a figure the prose gave: the same value (and unit, where the cell has one) in
 * an earlier sentence whose clause holds at least half of the row label's character pairs. The prose
 * sentence is the observation (its quote says more).
 */
function restated(text: string, mentions: readonly Mention[], index: number): Mention | null {
  const m = mentions[index]!;
  if (!isTableCell(text, m)) return null;
  const label = rowLabel(text, m, UNIT_CELLS);
  if (!label) return null;
  const wanted = bigrams(label);
  for (let j = index - 1; j >= Math.max(0, index - FIGURES_BACK); j--) {
    const p = mentions[j]!;
    if (p.class !== 'figure' || p.value !== m.value || isTableCell(text, p)) continue;
    if (m.unit !== null && p.unit !== m.unit) continue;
    const have = bigrams(clauseBefore(text, p.offset));
    let shared = 0;
    for (const g of wanted) if (have.has(g)) shared++;
    if (wanted.size > 0 && shared / wanted.size >= 0.5) return p;
  }
  return null;
}

/**
 * Why the figure `mentions[index]` is no indicator figure, or null when it may be one: part of a title
 * (《…二十条政策措施…》), a count written in Chinese numerals (三大交易所, 四大体系, 六项功能: official
 * writing gives statistics in Arabic digits and uses Chinese numerals in names and fixed phrases), a count
 * of a plan's own measures or areas (提出了19条具体实施举措, 7个方面), or a table's cell restating a figure
 * of the prose.
 */
export function ignoreReason(text: string, mentions: readonly Mention[], index: number): string | null {
  const m = mentions[index]!;
  const title = titleAround(text, m.offset);
  if (title)
    return `part of a title (${title.length > 40 ? title.slice(0, 39) + '…》' : title}); not an indicator`;
  if (CHINESE_NUMERAL_COUNT.test(m.text))
    return `a count in Chinese numerals (${m.text}${/^[\u4e00-\u9fff]{0,3}/.exec(text.slice(m.offset + m.text.length))![0]}): names the things listed, not a statistic`;
  if (PLAN_CONTENTS.test(text.slice(m.offset + m.text.length, m.offset + m.text.length + 8)))
    return `counts the measures or areas of a plan (${m.text}…); not an indicator`;
  const prose = restated(text, mentions, index);
  if (prose)
    return `a table's cell restating “${prose.text}” at @${prose.offset} (the prose sentence is the observation)`;
  return null;
}
