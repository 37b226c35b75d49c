// The form for one figure, from its draft, and the decision it sends. Pure: no React.
import type { Cells, DocumentView, Figure } from './api';

export const OBSERVATION_FIELDS = [
  'indicator',
  'role',
  'period',
  'value',
  'qualifier',
  'basis',
  'since',
  'quote',
  'note',
] as const;
export const INDICATOR_FIELDS = [
  'id',
  'name_zh',
  'name_en',
  'region',
  'topic',
  'unit',
  'measure',
  'direction',
  'note',
] as const;

export interface FigureForm {
  observation: Cells;
  newIndicator: boolean;
  indicator: Cells;
  reason: string;
  /** The observation as drafted: a form that differs is a correction. */
  drafted: Cells;
}

const pick = (cells: Cells, fields: readonly string[]): Cells =>
  Object.fromEntries(fields.map((f) => [f, cells[f] ?? '']));

export function formFor(figure: Figure): FigureForm {
  const draft = figure.draft && 'observation' in figure.draft ? figure.draft : null;
  const observation = pick(
    draft
      ? { ...draft.observation, note: '' }
      : {
          role: 'actual',
          value: figure.value === null ? '' : String(figure.value),
          qualifier: figure.qualifier,
          basis: 'level',
          quote: figure.text,
        },
    OBSERVATION_FIELDS,
  );
  return {
    observation,
    newIndicator: Boolean(draft?.indicator),
    indicator: pick(draft?.indicator ? { ...draft.indicator, note: '' } : {}, INDICATOR_FIELDS),
    reason:
      !figure.draft || 'observation' in figure.draft
        ? ''
        : 'ignore' in figure.draft
          ? figure.draft.ignore
          : figure.draft.skipped,
    drafted: { ...observation },
  };
}

export function isCorrection(form: FigureForm): boolean {
  return OBSERVATION_FIELDS.some((f) => form.observation[f] !== form.drafted[f]);
}

export function acceptDecision(view: DocumentView, figure: Figure, form: FigureForm) {
  return {
    version: view.version,
    action: 'accept',
    document: view.id,
    offset: figure.offset,
    observation: { ...form.observation, document: view.id },
    ...(form.newIndicator ? { indicator: form.indicator } : {}),
  };
}

export function ignoreDecision(view: DocumentView, figure: Figure, form: FigureForm) {
  return {
    version: view.version,
    action: 'ignore',
    document: view.id,
    offset: figure.offset,
    ignore: {
      document: view.id,
      quote: form.observation.quote ?? figure.text,
      text: figure.text,
      reason: form.reason,
    },
  };
}

/** The next (step 1) or previous (-1) unreviewed figure from `offset`, wrapping; else null. */
export function nextDraft(figures: readonly Figure[], offset: number | null, step: 1 | -1): Figure | null {
  const drafts = figures.filter((f) => f.state === 'draft');
  if (drafts.length === 0) return null;
  if (offset === null) return drafts[0]!;
  const ordered = step === 1 ? drafts : [...drafts].reverse();
  return ordered.find((f) => (step === 1 ? f.offset > offset : f.offset < offset)) ?? ordered[0]!;
}
