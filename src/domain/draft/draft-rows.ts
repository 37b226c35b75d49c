// Draft catalogue rows for a document's unreviewed figures (issue 18): for each figure, the observation a
// curator would write (role, period, value, qualifier, basis, the quote that proves it) and the indicator it
// continues — an existing one of its region (the document's, or one its sentence names) whose name is like the
// figure's subject and that holds no other figure of the same period from this document, else a new
// draft indicator shaped like the most similar one in the catalogue. Rows are plain CSV cells, in the
// catalogue's columns, appended to the catalogue marked draft (scripts/draft.ts) for a curator to review;
// until then the build shows them marked 待核.
import { ignoreReason } from './draft-ignore';
import type { Indicator } from '../dataset-schema';
import { sentenceAround } from '../extract/sentence';
import { readDocumentMeta } from '../text/document-meta';
import type { Mention, Unit } from '../types';
import { proposePeriod, type PeriodProposal } from './draft-period';
import { regionNamed, regionNames, type RegionRef } from './draft-region';
import { proposeSubject } from './draft-subject';
import { indexText, type TextIndex } from './occurrences';

export type CsvRow = Record<string, string>;

export interface DraftInput {
  document: { id: string; text: string; published: string; region: string };
  /** extractMentions(document.text). */
  mentions: readonly Mention[];
  /** Offsets of the figures nobody has reviewed (the build's 'unreviewed'). */
  unreviewed: ReadonlySet<number>;
  /** The catalogue's indicators (and drafts already written), to continue or to take a shape from. */
  indicators: readonly Pick<
    Indicator,
    'id' | 'name' | 'region' | 'topic' | 'unit' | 'measure' | 'direction'
  >[];
  /** The catalogue's regions: a figure whose sentence names another than the document's is that region's. */
  regions?: readonly RegionRef[];
}

export interface DraftRows {
  indicators: CsvRow[];
  observations: CsvRow[];
  /** Figures left without a row, and why (no subject, no unit to give a new indicator, a repeat of a figure
   *  drafted already: same series, period and value). */
  skipped: { offset: number; text: string; why: string }[];
  /** Figures proposed as ignored, with the reason (a title's number, a structure count …: draft-ignore.ts). */
  ignored: { offset: number; text: string; why: string }[];
  /** What each observation row rests on, in the same order (`npm run draft -- FILE --json`). */
  figures: DraftFigure[];
}

/** The figure an observation row drafts, and what its proposal rests on. */
export interface DraftFigure {
  /** The figure's mention (offset into the normalised text). */
  mention: Mention;
  subject: string;
  region: string;
  /** The region named in the figure's clause, or the document's. */
  regionFrom: 'sentence' | 'document';
  /** The indicator the row names (an existing one, or a new draft-… one). */
  indicator: string;
  /** How alike the subject is to the existing indicator it continues (0.6–1), or null for a new one. */
  match: number | null;
  periodFrom: PeriodProposal['from'];
}

const grams = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + s[i + 1]));

/** The Dice coefficient of two sets of bigrams. */
function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size + y.size === 0) return 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

/** How alike two names are: the Dice coefficient of their character bigrams (0–1). */
export function likeness(a: string, b: string): number {
  return dice(grams(a), grams(b));
}

const SAME = 0.6;
const CLAUSE = /[，,。；;：:！？\n]/;

/**
 * The quote that proves `m`: its clause, widened to the right until it occurs once in the text, and in which
 * no figure before `m` has the same value (the build credits a quote's first matching figure).
 */
function quoteFor(
  text: string,
  found: TextIndex,
  mentions: readonly Mention[],
  index: number,
): string | null {
  const m = mentions[index]!;
  let start = m.offset;
  while (start > 0 && !CLAUSE.test(text.charAt(start - 1)) && m.offset - start < 60) start--;
  for (let i = index - 1; i >= 0; i--) {
    const o = mentions[i]!;
    if (o.offset < start) break;
    if (o.class === 'figure' && o.value === m.value && o.qualifier === m.qualifier) start = m.offset;
  }
  let end = m.offset + m.text.length;
  while (end < text.length && !CLAUSE.test(text.charAt(end)) && end - m.offset < 60) end++;
  const sentence = sentenceAround(text, m.offset);
  for (;;) {
    const quote = text.slice(start, end).trim();
    if (found.once(quote)) return quote;
    if (end >= sentence.end && end >= text.length) return null;
    end = Math.min(text.length, end + 4);
  }
}

/** Draft rows for every unreviewed figure of the document, in text order. */
export function draftRows(input: DraftInput): DraftRows {
  const { document: doc, mentions } = input;
  const known = [...input.indicators];
  const out: DraftRows = { indicators: [], observations: [], skipped: [], ignored: [], figures: [] };
  const drafted: { row: CsvRow; figure: DraftFigure }[] = [];
  /** The figure each indicator, role, period and basis of this document's rows holds. */
  const taken = new Map<string, Mention>();
  const names = regionNames(input.regions ?? []);
  const found = indexText(doc.text);
  // 目前 is the time of writing: the 成文日期 or signature date the text gives (draft-period.ts).
  const { written } = readDocumentMeta(doc.text);
  // Each name's bigrams, once per document (likeness against every known indicator, for every figure).
  const nameGrams = new Map<string, Set<string>>();
  const gramsOf = (name: string) => {
    let g = nameGrams.get(name);
    if (!g) nameGrams.set(name, (g = grams(name)));
    return g;
  };
  // Which known indicators have each bigram in their name: a figure scores only those that share one with its
  // subject. Any other scores 0, and of those the first known (of a fitting unit) ranks first, as in a scan
  // of them all — which, with a new indicator for each figure of a period its like holds, grew with every
  // figure (a 100,000-character document: a quarter of the drafting time in the scan).
  const postings = new Map<string, number[]>();
  const remember = (at: number) => {
    for (const g of gramsOf(known[at]!.name.zh)) {
      const list = postings.get(g);
      if (list) list.push(at);
      else postings.set(g, [at]);
    }
  };
  known.forEach((_, at) => remember(at));
  let n = 0;
  for (const [index, m] of mentions.entries()) {
    if (m.class !== 'figure' || m.value === null || !input.unreviewed.has(m.offset)) continue;
    const skip = (why: string) => out.skipped.push({ offset: m.offset, text: m.text, why });
    const notFigure = ignoreReason(doc.text, mentions, index);
    if (notFigure !== null) {
      out.ignored.push({ offset: m.offset, text: m.text, why: notFigure });
      continue;
    }
    const what = proposeSubject(doc.text, mentions, index);
    if (what.subject === null) {
      skip('no subject in its clause');
      continue;
    }
    const subject = what.subject;
    const quote = quoteFor(doc.text, found, mentions, index);
    if (quote === null) {
      skip('no quote found once in the text');
      continue;
    }
    const named = regionNamed(doc.text, m.offset, names);
    const region = named?.id ?? doc.region;
    const where = named && named.id !== doc.region ? `, region from “${named.cue}”` : '';
    const level = what.basis === 'level';
    const when = proposePeriod(doc.text, mentions, index, doc.published, written);
    // A series has one value a period: an indicator this document already gave a figure of this role,
    // period and basis is another series (人民币存款余额 536.2 and 人民币贷款余额 512 of one month are alike
    // by name) — unless the figure is that one again (a table repeating the text): then it is no new row.
    const slot = (id: string) => [id, when.role, when.period, what.basis].join('|');
    const unitFits = (u: Unit) => !level || m.unit === null || m.unit === u;
    // The best-scored indicator of the region (the first known on a tie), else the best-scored of a fitting
    // unit to take a shape from, else the best-scored: one pass, as a stable sort by score would rank them.
    const subjectGrams = grams(subject);
    type Scored = { i: (typeof known)[number]; score: number };
    const zero = (i: (typeof known)[number] | undefined): Scored | undefined => i && { i, score: 0 };
    let same: Scored | undefined;
    let fitting = zero(known.find((i) => unitFits(i.unit)));
    let top = zero(known[0]);
    let repeats: { of: Mention; score: number } | undefined;
    const sharing = new Set<number>();
    for (const g of subjectGrams) for (const at of postings.get(g) ?? []) sharing.add(at);
    for (const at of [...sharing].sort((a, b) => a - b)) {
      const i = known[at]!;
      const score = Math.max(dice(subjectGrams, gramsOf(i.name.zh)), i.name.zh === subject ? 1 : 0);
      const s = { i, score };
      if (!top || score > top.score) top = s;
      if (!unitFits(i.unit)) continue;
      if (!fitting || score > fitting.score) fitting = s;
      if (score < SAME || i.region !== region) continue;
      const holder = taken.get(slot(i.id));
      if (!holder) {
        if (!same || score > same.score) same = s;
      } else if (holder.value === m.value && holder.qualifier === m.qualifier) {
        if (!repeats || score > repeats.score) repeats = { of: holder, score };
      }
    }
    if (repeats && (!same || repeats.score >= same.score)) {
      skip(`repeats ${repeats.of.text} at offset ${repeats.of.offset}`);
      continue;
    }
    let indicator = same?.i;
    let how = same ? `continues ${same.i.id}` : '';
    if (!indicator) {
      const shape = fitting?.i ?? top?.i;
      const unit: Unit | undefined = level ? (m.unit ?? shape?.unit) : shape?.unit;
      if (!shape || !unit) {
        skip('no indicator to take a shape from');
        continue;
      }
      // Numbered past the ids taken already (a second run's new indicators follow the first's).
      let id: string;
      do id = `draft-${doc.id}-${++n}`;
      while (known.some((k) => k.id === id));
      indicator = {
        id,
        name: { zh: subject, en: `(to translate) ${subject}` },
        region,
        topic: shape.topic,
        unit,
        measure: level ? shape.measure : 'stock',
        direction: shape.direction,
      };
      known.push(indicator);
      remember(known.length - 1);
      how = `new, shaped like ${shape.id}${level && m.unit === null ? ' (unit taken from it)' : ''}`;
      out.indicators.push({
        id: indicator.id,
        name_zh: indicator.name.zh,
        name_en: indicator.name.en,
        region: indicator.region,
        topic: indicator.topic,
        unit: indicator.unit,
        measure: indicator.measure,
        direction: indicator.direction,
        note: `draft: ${how}${where}`,
      });
    }
    // The build refuses two figures of one indicator, role, period and basis from one document: the slot is
    // this figure's now (a new indicator's, or one no figure of this document held).
    taken.set(slot(indicator.id), m);
    drafted.push({
      figure: {
        mention: m,
        subject,
        region,
        regionFrom: named ? 'sentence' : 'document',
        indicator: indicator.id,
        match: same ? same.score : null,
        periodFrom: when.from,
      },
      row: {
        indicator: indicator.id,
        role: when.role,
        period: when.period,
        value: String(m.value),
        qualifier: m.qualifier,
        basis: what.basis,
        since: '',
        document: doc.id,
        quote,
        ...(when.assumed ? { dated: 'assumed' } : {}),
        note:
          `draft: ${how}; subject “${subject}”${where}` +
          (what.basisCue ? `, basis from “${what.basisCue}”` : '') +
          `; ${when.role} ${when.period} from ${when.from === 'published' ? 'the document date' : `“${when.cue}”`}` +
          (when.assumed ? ' (the start of a change: the period before, assumed)' : ''),
      },
    });
  }
  out.observations = drafted.map((d) => d.row);
  out.figures = drafted.map((d) => d.figure);
  return out;
}
