// An observation or ignore row proves itself by a quote that occurs exactly once in its document. Where it
// does not, the problem says how to fix the quote: where it parts from the text, or where it repeats.
import type { Result } from '../types';
import { detail, type ProblemDetail, type QuoteParting } from './problem-codes';
import { locateQuote } from './quotes';
import type { SeedDocument } from './read-documents';

type QuotedDocument = Pick<SeedDocument, 'text' | 'lineOf'> & { row: { file: string } };

/** What is wrong with a quote: the English message and its code. */
export type QuoteProblem = { message: string } & ProblemDetail<'quote-not-found' | 'quote-ambiguous'>;

/** The offset of the (normalised) quote in the document, or what is wrong with it. */
export function findQuote(doc: QuotedDocument, quote: string): Result<number, QuoteProblem> {
  const loc = locateQuote(doc.text, quote);
  if (loc.kind === 'found') return { ok: true, value: loc.offset };
  const file = doc.row.file;
  if (loc.kind === 'missing') {
    const parting = whereItDiffers(doc, quote);
    const where = parting
      ? `; the document matches it up to "${parting.upTo}" (line ${parting.line}),` +
        ` then reads ${JSON.stringify(parting.reads)} where the quote has ${JSON.stringify(parting.quoteHas)}`
      : '; no part of it is in the document: is it the right document?';
    return {
      ok: false,
      error: {
        message:
          `quote not found in ${file}: "${quote}"${where} ` +
          '(copy it exactly from the document, punctuation included)',
        ...detail('quote-not-found', { document: file, quote, parting }),
      },
    };
  }
  const lines = loc.offsets.map((o) => doc.lineOf(o));
  return {
    ok: false,
    error: {
      message: `quote occurs ${loc.offsets.length} times in ${file} (lines ${lines.join(', ')}): lengthen it until it is unique`,
      ...detail('quote-ambiguous', { document: file, count: loc.offsets.length, lines }),
    },
  };
}

/** For a quote that is not in the document: how far it matches, and where the two part. */
function whereItDiffers(doc: QuotedDocument, quote: string): QuoteParting | null {
  // The longest prefix of the quote that occurs in the text (a found prefix means every shorter one is found).
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 2) return null;
  const at = doc.text.indexOf(quote.slice(0, lo)) + lo;
  return {
    upTo: quote.slice(Math.max(0, lo - 8), lo),
    line: doc.lineOf(at),
    reads: doc.text.slice(at).slice(0, 8),
    quoteHas: quote.slice(lo).slice(0, 8),
  };
}
