// A step of buildDataset: the draft rows of the catalogue. `npm run draft -- FILE --write` appends its rows to
// data/indicators.csv and data/observations.csv with the draft mark (`draft` column, `1`); they are read and
// checked like the reviewed rows (each problem at its file and line), and shown in the dataset marked as
// drafts (待核) until a curator reviews them. A draft the reviewed rows already cover is left out: an
// observation of the same document, quote, role and period as a reviewed one, or one whose figure the
// reviewed rows already use or ignore.
import { normalizeText } from '../text/normalize';
import { problemList, type Problem } from './problem';
import { detail } from './problem-codes';
import type { Catalogue, Row, TableName } from './read-tables';
import type { IndicatorRow, ObservationRow } from './rows';

export type DraftTableName = 'indicators' | 'observations';

export interface DraftTables {
  indicators: Row<IndicatorRow>[];
  observations: Row<ObservationRow>[];
  /** The display paths of the tables that hold them (data/indicators.csv, data/observations.csv). */
  files: Record<DraftTableName, string>;
}

/** The catalogue's reviewed rows, and its draft rows apart. */
export function splitDrafts(
  all: Catalogue,
  files: Record<TableName, string>,
): { reviewed: Catalogue; drafts: DraftTables } {
  const isDraft = (r: Row<{ draft?: true | undefined }>) => r.row.draft === true;
  return {
    reviewed: {
      ...all,
      indicators: all.indicators.filter((r) => !isDraft(r)),
      observations: all.observations.filter((r) => !isDraft(r)),
    },
    drafts: {
      indicators: all.indicators.filter(isDraft),
      observations: all.observations.filter(isDraft),
      files: { indicators: files.indicators, observations: files.observations },
    },
  };
}

/**
 * A reviewed observation may not rest on a draft indicator: whoever reviews the figure reviews its indicator
 * (the review server clears both marks at once). The other references of draft rows are checked with the
 * reviewed ones (check-references.ts).
 */
export function checkDraftReferences(
  drafts: DraftTables,
  reviewed: Pick<Catalogue, 'indicators' | 'observations'>,
): Problem[] {
  const { problems, add } = problemList();
  // An id that a reviewed row has too is a duplicate, reported as such.
  const both = new Set(reviewed.indicators.map(({ row }) => row.id));
  const draftLine = new Map(
    drafts.indicators.filter(({ row }) => !both.has(row.id)).map(({ line, row }) => [row.id, line]),
  );
  for (const { line, row } of reviewed.observations) {
    const at = draftLine.get(row.indicator);
    if (at !== undefined)
      add(
        drafts.files.observations,
        line,
        `indicator "${row.indicator}" is a draft (${drafts.files.indicators}:${at}, draft 1): ` +
          'clear its draft mark once you have reviewed it, or mark this row draft too',
        detail('draft-indicator', { indicator: row.indicator, at: `${drafts.files.indicators}:${at}` }),
      );
  }
  return problems;
}

/** Whether a reviewed observation states the draft already: same document, quote, role and period. */
export function curatedHas(curated: readonly Row<ObservationRow>[]): (draft: ObservationRow) => boolean {
  const key = (o: ObservationRow) => [o.document, normalizeText(o.quote), o.role, o.period].join('\u0000');
  const keys = new Set(curated.map(({ row }) => key(row)));
  return (draft) => keys.has(key(draft));
}
