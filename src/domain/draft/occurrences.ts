// Whether a piece of a document occurs in it once (issue 18: a draft's quote must be found once). Searching
// the whole text once per figure made drafting slower per MB the longer the document; this indexes the text's
// character pairs once (a counting sort of their positions by a 16-bit hash of the pair), and checks only the
// positions of the quote's rarest pair. Same answer as text.indexOf(s) === text.lastIndexOf(s).

/** At most 2^16 hash buckets; fewer for a short text, so that indexing it costs little. */
const MAX_BITS = 16;

export interface TextIndex {
  /** Whether `s` (non-empty, taken from the text) occurs exactly once in the text. */
  once(s: string): boolean;
}

/** An index of `text`'s character pairs, built in two passes over it. */
export function indexText(text: string): TextIndex {
  const n = Math.max(0, text.length - 1);
  const mask = (1 << Math.min(MAX_BITS, Math.max(4, Math.ceil(Math.log2(n + 1))))) - 1;
  const buckets = mask + 1;
  const pairHash = (a: number, b: number) => (Math.imul(a, 31) + b) & mask;
  const hashes = new Uint16Array(n);
  const starts = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const h = pairHash(text.charCodeAt(i), text.charCodeAt(i + 1));
    hashes[i] = h;
    starts[h + 1]!++;
  }
  for (let h = 0; h < buckets; h++) starts[h + 1]! += starts[h]!;
  const positions = new Uint32Array(n);
  const fill = starts.slice(0, buckets);
  for (let i = 0; i < n; i++) positions[fill[hashes[i]!]!++] = i;
  return {
    once(s) {
      if (s.length < 2) return text.indexOf(s) === text.lastIndexOf(s);
      // The pair of `s` whose hash is rarest in the text: every occurrence of `s` has it at the same place.
      let best = 0;
      let bestHash = pairHash(s.charCodeAt(0), s.charCodeAt(1));
      for (let k = 1; k < s.length - 1; k++) {
        const h = pairHash(s.charCodeAt(k), s.charCodeAt(k + 1));
        if (starts[h + 1]! - starts[h]! < starts[bestHash + 1]! - starts[bestHash]!) {
          best = k;
          bestHash = h;
        }
      }
      let found = 0;
      for (let j = starts[bestHash]!; j < starts[bestHash + 1]!; j++) {
        const at = positions[j]! - best;
        if (at >= 0 && text.startsWith(s, at) && ++found > 1) return false;
      }
      return found === 1;
    },
  };
}
