// The sentence around an offset, for people reviewing candidate figures. Bounded, so calling it for
// every mention of a long document stays cheap.

const ENDS = '。！？；!?;\n';
const MAX_SIDE = 400;

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** The sentence (split on 。！？；and line breaks) holding `offset`, terminator included, trimmed. */
export function sentenceAround(text: string, offset: number): Sentence {
  const at = Math.min(Math.max(0, offset), Math.max(0, text.length - 1));
  let start = at;
  const floor = Math.max(0, at - MAX_SIDE);
  while (start > floor && !ENDS.includes(text.charAt(start - 1))) start--;
  let end = at;
  const ceiling = Math.min(text.length, at + MAX_SIDE);
  while (end < ceiling && !ENDS.includes(text.charAt(end))) end++;
  if (end < text.length && text.charAt(end) !== '\n') end++;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end, text: text.slice(start, end) };
}
