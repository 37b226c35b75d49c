// Drafts (issue 18): a table as a page saved from a government site gives it, one cell a line (序号 / 指标 /
// 单位 / 2025年目标值 / 备注, then 3 / 政府性融资担保额度年均增速 / % / 15以上 / 年均指标). A figure alone on its
// line is such a cell: its clause names nothing, so what it measures is its row's name above it, what it says
// of it the remark after it, and its period and role its column's header.
import type { Mention } from '../types';

/** The bounds of the line holding `offset`. */
function lineAt(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The figure is alone on its line: a table's cell. */
export function isCell(text: string, figure: Mention): boolean {
  const { start, end } = lineAt(text, figure.offset);
  return text.slice(start, end).trim() === figure.text;
}

/** Up to `count` non-empty lines before (`step` -1) or after (+1) the line holding `offset`, nearest first. */
function linesAround(text: string, offset: number, step: -1 | 1, count: number): string[] {
  const out: string[] = [];
  let { start, end } = lineAt(text, offset);
  while (out.length < count) {
    if (step < 0 ? start === 0 : end >= text.length) break;
    ({ start, end } = lineAt(text, step < 0 ? start - 1 : end + 1));
    const line = text.slice(start, end).trim();
    if (line !== '') out.push(line);
  }
  return out;
}

/** A unit's cell (%, 亿元, 家): a few characters without a digit. */
const UNIT_CELL = /^[^\d]{1,3}$/;

/** A remark's cell that says how the row's figure counts (年均指标, 期末指标, 累计值). */
const REMARK = /^(?:年均|期末|累计|当年|同比)\S{0,8}$/;

/**
 * The row of a cell: its name, the nearest line above with words (past the unit's cell; not a number), and
 * its remark, the line after it when it says how the figure counts ('' when not). Null when the figure is
 * no cell.
 */
export function tableRow(text: string, figure: Mention): { name: string; remark: string } | null {
  if (!isCell(text, figure)) return null;
  const above = linesAround(text, figure.offset, -1, 2);
  const name = above.find((l) => !UNIT_CELL.test(l));
  if (name === undefined || /\d/.test(name) || name.length > 40) return null;
  const next = linesAround(text, figure.offset, 1, 1)[0] ?? '';
  return { name, remark: REMARK.test(next) ? next : '' };
}

/** How far above a cell its column's header may be. */
const HEADER_REACH = 1500;
/** A column's header, a line of its own, that dates its cells: 2025年目标值, 2021年现状值. */
const COLUMN_HEADER = /^((?:19|20)\d{2})年?(目标|预期|现状|基期|实际)值?$/gm;

/** The year and role a cell's column header gives (the nearest header above it), or null. */
export function columnHeader(
  text: string,
  figure: Mention,
): { period: string; target: boolean; cue: string } | null {
  if (!isCell(text, figure)) return null;
  const from = Math.max(0, figure.offset - HEADER_REACH);
  let last: RegExpExecArray | null = null;
  COLUMN_HEADER.lastIndex = 0;
  const above = text.slice(from, figure.offset);
  for (let m = COLUMN_HEADER.exec(above); m !== null; m = COLUMN_HEADER.exec(above)) last = m;
  if (!last) return null;
  return { period: last[1]!, target: last[2] === '目标' || last[2] === '预期', cue: last[0] };
}
