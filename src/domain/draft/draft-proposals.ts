// The drafts of a document as `npm run draft -- FILE --json` prints them (issue 18): one object per proposed
// observation, with the offset of its figure in the normalised text and a confidence that says what the
// proposal rests on. Numbers that are not figures, and figures left without a row (no subject, no quote),
// are not proposed observations: they are left out here (the readable list names the latter).
import type { Basis } from '../dataset-schema';
import { extractMentions } from '../extract/extract-mentions';
import type { Mention, Qualifier, Unit } from '../types';
import type { PeriodProposal, Role } from './draft-period';
import { draftRows, type DraftFigure, type DraftInput, type DraftRows } from './draft-rows';

export interface DraftProposal {
  /** UTF-16 offset of `text` in the normalised text. */
  offset: number;
  /** The figure as written: text.slice(offset, offset + text.length). */
  text: string;
  value: number;
  unit: Unit | null;
  qualifier: Qualifier;
  role: Role;
  /** Null when the period rests on the document's date and that date is unknown. */
  period: string | null;
  basis: Basis;
  subject: string;
  region: string;
  /** The existing indicator the figure continues, or null when a new one is proposed. */
  indicator: string | null;
  confidence: number;
}

export interface ConfidenceInput {
  /** Where the period came from; 'none' when it rests on a document date nobody knows. */
  period: PeriodProposal['from'] | 'none';
  /** How alike the subject is to the indicator it continues (0–1), or null for a new indicator. */
  match: number | null;
  /** The figure's own unit was written (6950亿元), or it is taken from an indicator (25家 → none). */
  unit: boolean;
  /** The region is named in the figure's clause, is the document's (catalogue row), or a guess. */
  region: 'sentence' | 'document' | 'guessed';
}

const PERIOD = { text: 1, relative: 0.9, published: 0.7, none: 0.4 } as const;
const REGION = { sentence: 1, document: 1, guessed: 0.85 } as const;
/** A new indicator: only its shape is borrowed, its name is the subject as found. */
const NEW_INDICATOR = 0.6;

/**
 * How much a proposal can be trusted, 0–1: the product of what each part rests on. A period from a date in
 * the sentence is surer than one resolved from a relative word, surer than the document's own date, and
 * nothing is sure without a date; an indicator continued by an identical name is surer than by a like one
 * (score 0.6–1 → 0.8–1), surer than a new indicator; a figure without its own unit, or a region guessed from
 * the document, loses a little.
 */
export function draftConfidence(c: ConfidenceInput): number {
  const indicator = c.match === null ? NEW_INDICATOR : 0.5 + 0.5 * Math.min(1, Math.max(0, c.match));
  const p = PERIOD[c.period] * indicator * (c.unit ? 1 : 0.8) * REGION[c.region];
  return Math.round(p * 100) / 100;
}

/**
 * The proposals of draftRows' rows, in text order. `dated`: the document's date is known (else a period
 * resolved from it is null); `regionGuessed`: the document's region was guessed from its text, not given by
 * its catalogue row.
 */
export function draftProposals(
  rows: DraftRows,
  opts: { dated: boolean; regionGuessed: boolean },
): DraftProposal[] {
  return rows.observations.map((row, i) => {
    const f: DraftFigure = rows.figures[i]!;
    const m = f.mention;
    const known = f.periodFrom === 'text' || opts.dated;
    return {
      offset: m.offset,
      text: m.text,
      value: m.value!,
      unit: m.unit,
      qualifier: m.qualifier,
      role: row.role as Role,
      period: known ? row.period! : null,
      basis: row.basis as Basis,
      subject: f.subject,
      region: f.region,
      indicator: f.match === null ? null : f.indicator,
      confidence: draftConfidence({
        period: known ? f.periodFrom : 'none',
        match: f.match,
        unit: m.unit !== null,
        region: f.regionFrom === 'sentence' ? 'sentence' : opts.regionGuessed ? 'guessed' : 'document',
      }),
    };
  });
}

/**
 * Drafts every figure of a document's normalised text, reviewed or not, against the catalogue's indicators
 * and regions: what `--json` prints and the bench times.
 */
export function draftDocument(
  document: DraftInput['document'],
  indicators: DraftInput['indicators'],
  regions: DraftInput['regions'],
): { mentions: Mention[]; rows: DraftRows } {
  const mentions = extractMentions(document.text);
  const figures = new Set(mentions.filter((m) => m.class === 'figure').map((m) => m.offset));
  return {
    mentions,
    rows: draftRows({ document, mentions, unreviewed: figures, indicators, regions }),
  };
}
