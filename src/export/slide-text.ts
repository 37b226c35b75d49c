// Slide text fitted to its box before the deck is written: PowerPoint applies "shrink on overflow" only when
// the text is edited, and Impress not at all when printing, so each text gets the largest size at which its
// lines, as a slide program breaks them, fit the box. Widths are estimates (export-option's textWidth), with
// room to spare; lines are spaced exactly, so their height is known. Pure.
import { textWidth } from './export-option';

/** Exact line spacing, as a multiple of the font size (written as the paragraphs' spacing in points). */
export const LINE_SPACING = 1.3;
/** Estimated widths may fall short of a real font's: a line is filled to this share of its box only. */
const WIDTH_SPARE = 0.85;
const ELLIPSIS = '…';

/** Pieces a line may break between: one CJK character, or a Latin word with the spaces after it. */
function pieces(text: string): string[] {
  return text.match(/[A-Za-z0-9.,%+\-−:;'’()/·]+\s*|\s+|[^\s]/g) ?? [];
}

/** The lines `text` makes in a box `widthPt` wide at `sizePt`: "\n" starts a line, long lines break. */
export function wrapText(text: string, widthPt: number, sizePt: number): string[] {
  const limit = widthPt * WIDTH_SPARE;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const piece of pieces(paragraph)) {
      if (line === '' || textWidth((line + piece).trimEnd(), sizePt) <= limit) {
        line += piece;
        continue;
      }
      lines.push(line.trimEnd());
      line = piece.trimStart();
    }
    // A single piece wider than the box (a very long word) is broken by character.
    const last: string[] = [];
    let rest = line;
    while (rest !== '' && textWidth(rest.trimEnd(), sizePt) > limit) {
      let n = 1;
      while (n < rest.length && textWidth(rest.slice(0, n + 1), sizePt) <= limit) n++;
      last.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    lines.push(...last, rest.trimEnd());
  }
  return lines;
}

export interface FitOptions {
  /** Largest and smallest font size tried, in points. */
  maxPt: number;
  minPt: number;
}

export interface FittedText {
  text: string;
  /** Font size, in points. */
  size: number;
  /** Line spacing, in points (exact). */
  lineSpacing: number;
  lines: number;
}

function linesHeight(lines: number, size: number): number {
  return lines * size * LINE_SPACING;
}

/**
 * The largest size (whole points, maxPt down to minPt) at which `text` fits a box of `w` × `h` inches. Text
 * too long even at minPt is cut to what fits there and ends in '…' (no title is that long in the data; the
 * box must still never overflow).
 */
export function fitText(text: string, w: number, h: number, { maxPt, minPt }: FitOptions): FittedText {
  const widthPt = w * 72;
  const heightPt = h * 72;
  for (let size = maxPt; size >= minPt; size--) {
    const lines = wrapText(text, widthPt, size).length;
    if (linesHeight(lines, size) <= heightPt) return fitted(text, size, lines);
  }
  const maxLines = Math.max(1, Math.floor(heightPt / (minPt * LINE_SPACING)));
  const chars = [...text];
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  // The longest start of the text that, with the ellipsis, still fits (found by halving).
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (wrapText(cut(mid), widthPt, minPt).length <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  const short = cut(lo);
  return fitted(short, minPt, wrapText(short, widthPt, minPt).length);
}

function fitted(text: string, size: number, lines: number): FittedText {
  return { text, size, lineSpacing: Math.round(size * LINE_SPACING * 10) / 10, lines };
}
