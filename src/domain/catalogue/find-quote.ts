// An observation or ignore row proves itself by a quote that occurs exactly once in its document. Where it
// does not, the problem says how to fix the quote: where it parts from the text, or where it repeats.
import type { Result } from '../types';
import { locateQuote } from './quotes';
import type { SeedDocument } from './read-documents';

type QuotedDocument = Pick<SeedDocument, 'text' | 'lineOf'> & { row: { file: string } };

/** The offset of the (normalised) quote in the document, or what is wrong with it. */
export function findQuote(doc: QuotedDocument, quote: string): Result<number> {
  const loc = locateQuote(doc.text, quote);
  if (loc.kind === 'found') return { ok: true, value: loc.offset };
  if (loc.kind === 'missing') {
    return {
      ok: false,
      error:
        `quote not found in ${doc.row.file}: "${quote}"${whereItDiffers(doc, quote)} ` +
        '(copy it exactly from the document, punctuation included)',
    };
  }
  const lines = loc.offsets.map((o) => doc.lineOf(o)).join(', ');
  return {
    ok: false,
    error: `quote occurs ${loc.offsets.length} times in ${doc.row.file} (lines ${lines}): lengthen it until it is unique`,
  };
}

/** For a quote that is not in the document: how far it matches, and where the two part. */
function whereItDiffers(doc: QuotedDocument, quote: string): string {
  // The longest prefix of the quote that occurs in the text (a found prefix means every shorter one is found).
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 2) return '; no part of it is in the document: is it the right document?';
  const at = doc.text.indexOf(quote.slice(0, lo)) + lo;
  const show = (s: string) => JSON.stringify(s.slice(0, 8));
  return (
    `; the document matches it up to "${quote.slice(Math.max(0, lo - 8), lo)}" (line ${doc.lineOf(at)}),` +
    ` then reads ${show(doc.text.slice(at))} where the quote has ${show(quote.slice(lo))}`
  );
}
