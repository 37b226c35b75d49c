// What the matchers return and what they may look at: a found span and the bounded context around it.
import type { MentionClass, Qualifier, Unit } from '../types';

export interface Span {
  start: number;
  end: number;
  value: number | null;
  unit: Unit | null;
  qualifier: Qualifier;
  class: MentionClass;
  period?: string;
  /** A year range (2024—2027年): not a point in time, so it gives no period to figures. */
  range?: boolean;
}

export interface ScanContext {
  text: string;
  /** End of the previous mention: nothing before it may be consumed again. */
  floor: number;
  /** The last year the paragraph named, to resolve 到12月底. */
  contextYear: number | null;
  /** Arabic numbers the document puts in quotes as names (“33618”). */
  quotedNames: ReadonlySet<string>;
}

/** Look-back windows are bounded so that the scan stays linear. */
export const LOOK_BACK = 12;

/** The text just before `pos`, at most `n` characters and never before the floor. */
export function before(ctx: ScanContext, pos: number, n = LOOK_BACK): string {
  return ctx.text.slice(Math.max(ctx.floor, pos - n), pos);
}

export function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function span(
  start: number,
  end: number,
  cls: MentionClass,
  value: number | null,
  extra: Partial<Omit<Span, 'start' | 'end' | 'class' | 'value'>> = {},
): Span {
  return { start, end, value, unit: null, qualifier: '=', class: cls, ...extra };
}

const isBlank = (c: string): boolean => c !== '\n' && c.trim() === '' && c !== '';

/** Start of the line holding `pos` if only blanks precede `pos` on it (bounded), else -1. */
export function lineStartIfLeading(text: string, pos: number, maxBlanks = 40): number {
  let i = pos - 1;
  const limit = Math.max(0, pos - maxBlanks);
  while (i >= limit && isBlank(text.charAt(i))) i--;
  if (i < 0) return 0;
  return text.charAt(i) === '\n' ? i + 1 : -1;
}

/** End of the line holding `end` if only blanks follow `end` on it (bounded), else -1. */
export function lineEndIfTrailing(text: string, end: number, maxBlanks = 40): number {
  let i = end;
  const limit = Math.min(text.length, end + maxBlanks);
  while (i < limit && isBlank(text.charAt(i))) i++;
  if (i >= text.length) return text.length;
  return text.charAt(i) === '\n' ? i : -1;
}

/** The previous non-empty line before a line starting at `lineStart`, if short and near (bounded). */
export function previousLine(text: string, lineStart: number, max = 24): string | null {
  let i = lineStart - 1;
  const limit = Math.max(0, lineStart - max);
  while (i >= limit && /\s/.test(text.charAt(i))) i--;
  if (i < limit) return null;
  const end = i + 1;
  while (i >= limit && text.charAt(i) !== '\n') i--;
  if (i < limit && i >= 0) return null;
  return text.slice(i + 1, end).trim();
}

/** The next non-empty line after a line ending at `lineEnd`, if short and near (bounded). */
export function nextLine(text: string, lineEnd: number, max = 24): string | null {
  let i = lineEnd;
  const limit = Math.min(text.length, lineEnd + max);
  while (i < limit && /\s/.test(text.charAt(i))) i++;
  if (i >= limit) return null;
  const start = i;
  while (i < limit && text.charAt(i) !== '\n') i++;
  if (i >= limit && i < text.length) return null;
  return text.slice(start, i).trim();
}
