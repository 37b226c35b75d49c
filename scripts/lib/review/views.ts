// What the review page reads: the queue of documents with their count of unreviewed figures, and one
// document's text with each figure's state (draft: nobody has reviewed it; reviewed: an observation uses it;
// ignored: a row of data/ignored.csv names it) and, for a draft, the rows proposed for it: those of its draft
// row in the catalogue (`npm run draft -- FILE --write`) when it has one, else what src/domain/draft proposes.
import { BASES, DIRECTIONS, DOCUMENT_KINDS, MEASURES, ROLES } from '../../../src/domain/dataset-schema';
import type { WholeDataset } from '../../../src/domain/dataset-schema';
import { DRAFT_COLUMN } from '../../../src/domain/catalogue/rows';
import { draftRows, type CsvRow } from '../../../src/domain/draft/draft-rows';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { QUALIFIERS, UNITS } from '../../../src/domain/types';
import type { Problem } from '../../../src/domain/catalogue/problem';
import { draftRowOf, type Snapshot } from './catalogue';

export type FigureState = 'draft' | 'reviewed' | 'ignored';

export interface FigureView {
  offset: number;
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: string;
  state: FigureState;
  reason?: string;
  /**
   * For a draft: the observation row proposed, and the new indicator row when it names none that exists (or
   * a draft one); `row` is `file:line` of the draft row in the catalogue the proposal comes from, if any.
   */
  draft?:
    { observation: CsvRow; indicator?: CsvRow; row?: string } | { skipped: string } | { ignore: string };
}

const STATE = { unreviewed: 'draft', used: 'reviewed', ignored: 'ignored' } as const;

function dataset(s: Snapshot): WholeDataset | null {
  return s.built.ok ? s.built.value.dataset : null;
}

/** The build's problems as the page words them: each with its file, line, code and English message. */
export function problemsOf(s: Snapshot): Problem[] {
  return s.built.ok ? [] : s.built.error;
}

export function documentList(s: Snapshot) {
  const d = dataset(s);
  const documents = (d?.documents ?? []).map((doc) => {
    const figures = d!.mentions.filter((m) => m.document === doc.id && m.class === 'figure');
    return {
      id: doc.id,
      title: doc.title,
      file: doc.file,
      figures: figures.length,
      unreviewed: figures.filter((m) => m.status === 'unreviewed').length,
    };
  });
  return { version: s.version, documents, problems: problemsOf(s) };
}

/** The lists the form picks from: indicators, regions, topics, and each column's allowed values. */
export function vocabulary(s: Snapshot) {
  const d = dataset(s);
  return {
    indicators: (d?.indicators ?? []).map((i) => ({
      id: i.id,
      name: i.name,
      region: i.region,
      unit: i.unit,
    })),
    regions: (d?.regions ?? []).map((r) => ({ id: r.id, name: r.name })),
    topics: (d?.topics ?? []).map((t) => ({ id: t.id, name: t.name })),
    roles: ROLES,
    bases: BASES,
    qualifiers: QUALIFIERS,
    units: UNITS,
    measures: MEASURES,
    directions: DIRECTIONS,
    kinds: DOCUMENT_KINDS,
  };
}

export function documentView(s: Snapshot, id: string) {
  const d = dataset(s);
  const doc = d?.documents.find((x) => x.id === id);
  if (!d || !doc) return null;
  const mentions = extractMentions(doc.text);
  const figures: FigureView[] = d.mentions
    .filter((m) => m.document === id && m.class === 'figure')
    .map((m) => ({
      offset: m.offset,
      text: m.text,
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      state: STATE[m.status],
      ...(m.reason !== undefined ? { reason: m.reason } : {}),
      ...(m.status === 'unreviewed'
        ? { draft: drafted(s, id, m.offset) ?? proposal(doc, mentions, d, m.offset) }
        : {}),
    }));
  return { version: s.version, id, title: doc.title, file: doc.file, text: doc.text, figures };
}

/** The cells of a written row without its draft mark. */
const unmarked = (cells: Record<string, string>): CsvRow =>
  Object.fromEntries(Object.entries(cells).filter(([c]) => c !== DRAFT_COLUMN));

/** The draft of one figure from its draft row in the catalogue (and the draft indicator it names). */
function drafted(s: Snapshot, document: string, offset: number): FigureView['draft'] | null {
  const found = draftRowOf(s, document, offset);
  if (!found) return null;
  return {
    observation: unmarked(found.observation.cells),
    ...(found.indicator ? { indicator: unmarked(found.indicator.cells) } : {}),
    row: `${s.paths.observations}:${found.observation.line}`,
  };
}

/** The draft of one figure: draftRows with this figure alone unreviewed. */
function proposal(
  doc: WholeDataset['documents'][number],
  mentions: ReturnType<typeof extractMentions>,
  d: WholeDataset,
  offset: number,
): NonNullable<FigureView['draft']> {
  const rows = draftRows({
    document: doc,
    mentions,
    unreviewed: new Set([offset]),
    indicators: d.indicators,
    regions: d.regions,
  });
  const observation = rows.observations[0];
  if (rows.ignored[0]) return { ignore: rows.ignored[0].why };
  if (!observation) return { skipped: rows.skipped[0]?.why ?? 'no draft' };
  const indicator = rows.indicators[0];
  if (!indicator) return { observation };
  // A new indicator's id, unique per figure (the drafter numbers them per run).
  const newId = `${doc.id}-${offset}`;
  return {
    observation: { ...observation, indicator: newId },
    indicator: { ...indicator, id: newId },
  };
}
