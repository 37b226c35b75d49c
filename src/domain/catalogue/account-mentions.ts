// A step of buildDataset: every mention in the documents is accounted for. It is used by an observation,
// ignored by a row of the ignore table (with its reason), or left unreviewed, which a new document starts as.
import { normalizeText } from '../text/normalize';
import type { Mention } from '../types';
import { findQuote } from './find-quote';
import type { Use } from './match-quotes';
import { problemList, type Problem } from './problem';
import { detail, namedFigure } from './problem-codes';
import { describeMention, mentionsWithin } from './quotes';
import type { SeedDocument } from './read-documents';
import type { Row, TableName } from './read-tables';
import type { IgnoredRow } from './rows';

export type MentionReview =
  { status: 'used'; by: string } | { status: 'ignored'; reason: string; by: string };

/** A document with the status of each of its mentions, by index (undefined: nobody has reviewed it). */
export interface AccountedDocument extends SeedDocument {
  status: readonly (MentionReview | undefined)[];
}

/** For each catalogued seed file, the offsets of the mentions the catalogue uses or ignores. */
export type Reviewed = ReadonlyMap<string, ReadonlySet<number>>;

/**
 * Marks the mentions the observations use, then those each ignore row names. `docs` are the documents that
 * could be read: an ignore row for another is not checked (what is wrong with it is reported already).
 * `file` is the display path of the ignore table.
 */
export function accountMentions(
  ignored: readonly Row<IgnoredRow>[],
  docs: ReadonlyMap<string, SeedDocument>,
  uses: readonly Use[],
  file: string,
): { accounted: AccountedDocument[]; problems: Problem[] } {
  const { problems, add } = problemList();
  const accounted = new Map(
    [...docs].map(([id, doc]) => [
      id,
      { ...doc, status: doc.mentions.map((): MentionReview | undefined => undefined) },
    ]),
  );
  for (const use of uses) {
    const doc = accounted.get(use.document);
    if (doc) doc.status[use.mention] = { status: 'used', by: use.by };
  }
  for (const { line, row } of ignored) {
    const at = (message: string, why: Parameters<typeof add>[3]) => add(file, line, message, why);
    const doc = accounted.get(row.document);
    if (!doc) continue;
    const quote = normalizeText(row.quote);
    const found = findQuote(doc, quote);
    if (!found.ok) {
      const { message, ...why } = found.error;
      at(message, why);
      continue;
    }
    const offset = found.value;
    const inside = mentionsWithin(doc.mentions, offset, offset + quote.length);
    // The mention the row names, or else every figure inside the quote.
    const mentionText = row.text === undefined ? undefined : normalizeText(row.text);
    const targets = mentionText
      ? inside.filter((i) => doc.mentions[i]?.text === mentionText)
      : inside.filter((i) => doc.mentions[i]?.class === 'figure');
    if (targets.length === 0) {
      const heldMentions = inside.map((i) => doc.mentions[i] as Mention);
      const held = heldMentions.map(describeMention).join(', ');
      const figures = heldMentions.map(namedFigure);
      if (row.text)
        at(
          `no mention "${row.text}" inside the quote (it holds ${held || 'no number'})`,
          detail('ignored-text-not-in-quote', { text: row.text, held: figures }),
        );
      else
        at(
          `the quote holds no figure to ignore (it holds ${held || 'no number'})`,
          detail('ignored-no-figure', { held: figures }),
        );
      continue;
    }
    for (const i of targets) {
      const current = doc.status[i];
      if (current?.status === 'used') {
        const text = doc.mentions[i]?.text ?? '';
        at(
          `"${text}" is used by ${current.by}; remove this row or that observation`,
          detail('ignored-but-used', { text, by: current.by }),
        );
      } else {
        doc.status[i] = { status: 'ignored', reason: row.reason, by: `${file}:${line}` };
      }
    }
  }
  return { accounted: [...accounted.values()], problems };
}

/** Known even when the build fails, so that `extract --candidates` can help while a document is curated. */
export function reviewedOffsets(docs: readonly AccountedDocument[]): Reviewed {
  return new Map(
    docs.map((d) => [d.row.file, new Set(d.mentions.flatMap((m, i) => (d.status[i] ? [m.offset] : [])))]),
  );
}

/** The figures nobody has reviewed, located in their documents (not errors: a new document starts so). */
export function unreviewedFigures(
  docs: readonly AccountedDocument[],
  files: Pick<Record<TableName, string>, 'observations' | 'ignored'>,
): Problem[] {
  const unreviewed: Problem[] = [];
  for (const doc of docs) {
    doc.mentions.forEach((m, i) => {
      if (m.class === 'figure' && doc.status[i] === undefined) {
        unreviewed.push({
          file: doc.row.file,
          line: doc.lineOf(m.offset),
          message: `unreviewed figure ${describeMention(m)}: add it to ${files.observations} or ${files.ignored}`,
          ...detail('unreviewed-figure', {
            figure: namedFigure(m),
            observations: files.observations,
            ignored: files.ignored,
          }),
        });
      }
    });
  }
  return unreviewed;
}
