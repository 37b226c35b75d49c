// Where a curated quote sits in its document, and which extracted mentions it holds.
import type { Mention } from '../types';

export type QuoteLocation =
  { kind: 'found'; offset: number } | { kind: 'missing' } | { kind: 'ambiguous'; offsets: number[] };

export function locateQuote(text: string, quote: string): QuoteLocation {
  const first = text.indexOf(quote);
  if (first === -1) return { kind: 'missing' };
  const offsets = [first];
  for (
    let at = text.indexOf(quote, first + 1);
    at !== -1 && offsets.length < 5;
    at = text.indexOf(quote, at + 1)
  ) {
    offsets.push(at);
  }
  return offsets.length === 1 ? { kind: 'found', offset: first } : { kind: 'ambiguous', offsets };
}

/** Indexes (into `mentions`, sorted by offset) of the mentions lying wholly inside [start, end). */
export function mentionsWithin(mentions: readonly Mention[], start: number, end: number): number[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.offset ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.offset >= end) break;
    if (m.offset + m.text.length <= end) found.push(i);
  }
  return found;
}

/** Equal up to floating-point noise from unit conversion (2781万元 → 0.2781 亿元). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function describeMention(m: Mention): string {
  const unit = m.unit ?? 'no unit';
  return `"${m.text}" → ${m.qualifier === '=' ? '' : m.qualifier}${m.value ?? '?'} ${unit}`;
}
