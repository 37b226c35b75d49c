// A step of buildDataset: the drafter's rows (data/drafts/indicators.csv and observations.csv, written by
// `npm run draft`), read with the catalogue's own schemas and checked like its rows, so that they show in
// the dataset marked as drafts (待核) until a curator reviews them. A draft the catalogue already covers is
// left out: an indicator whose id the catalogue has, an observation of the same document, quote, role and
// period as a curated one, or one whose figure the catalogue already uses or ignores.
import { normalizeText } from '../text/normalize';
import { problemList, type Problem } from './problem';
import { readTable, rows, type Catalogue, type Row, type Written } from './read-tables';
import { indicatorRow, observationRow, type IndicatorRow, type ObservationRow } from './rows';

export type DraftTableName = 'indicators' | 'observations';

/** Each draft table's display path (data/drafts/observations.csv) and bytes; absent or null: no drafts. */
export type DraftSources = Partial<Record<DraftTableName, { file: string; bytes: Uint8Array } | null>>;

export interface DraftTables {
  indicators: Row<IndicatorRow>[];
  observations: Row<ObservationRow>[];
  /** Display paths, also for a table that is absent (data/drafts/<name>.csv). */
  files: Record<DraftTableName, string>;
  problems: Problem[];
}

export function readDrafts(sources: DraftSources = {}): DraftTables {
  const { problems, add } = problemList();
  const read = <N extends DraftTableName>(name: N) => {
    const src = sources[name];
    return src ? readTable(name, src, add, problems) : null;
  };
  const file = (name: DraftTableName) => sources[name]?.file ?? `data/drafts/${name}.csv`;
  return {
    indicators: rows(read('indicators'), indicatorRow, add),
    observations: rows(read('observations'), observationRow, add),
    files: { indicators: file('indicators'), observations: file('observations') },
    problems,
  };
}

/**
 * The draft indicators the catalogue does not have yet (by id), and every reference of a draft that does not
 * resolve: a draft indicator's region and topic, a draft observation's indicator (curated or draft) and
 * document. Draft indicator ids are unique among the drafts.
 */
export function checkDraftReferences(
  drafts: DraftTables,
  catalogue: Pick<Catalogue, 'indicators'>,
  written: Written,
): { indicators: Row<IndicatorRow>[]; problems: Problem[] } {
  const { problems, add } = problemList();
  const curated = new Set(catalogue.indicators.map(({ row }) => row.id));
  const notIn = (what: string, id: string, where: string) =>
    `${what} "${id}" is not in ${where}: check the spelling, or add a row for it there`;
  const first = new Map<string, number>();
  const fresh: Row<IndicatorRow>[] = [];
  for (const r of drafts.indicators) {
    const { line, row } = r;
    const at = (message: string) => add(drafts.files.indicators, line, message);
    const prev = first.get(row.id);
    if (prev !== undefined) at(`duplicate id "${row.id}" (first on line ${prev}): give each row its own id`);
    else first.set(row.id, line);
    if (!written.has('regions', 'id', row.region)) at(notIn('region', row.region, 'data/regions.csv'));
    if (!written.has('topics', 'id', row.topic)) at(notIn('topic', row.topic, 'data/topics.csv'));
    if (!curated.has(row.id) && prev === undefined) fresh.push(r);
  }
  const draftIds = new Set(drafts.indicators.map(({ row }) => row.id));
  for (const { line, row } of drafts.observations) {
    const at = (message: string) => add(drafts.files.observations, line, message);
    if (!written.has('indicators', 'id', row.indicator) && !draftIds.has(row.indicator))
      at(notIn('indicator', row.indicator, `data/indicators.csv or ${drafts.files.indicators}`));
    if (!written.has('documents', 'id', row.document))
      at(notIn('document', row.document, 'data/documents.csv'));
  }
  return { indicators: fresh, problems };
}

/** Whether a curated observation states the draft already: same document, quote, role and period. */
export function curatedHas(curated: readonly Row<ObservationRow>[]): (draft: ObservationRow) => boolean {
  const key = (o: ObservationRow) => [o.document, normalizeText(o.quote), o.role, o.period].join('\u0000');
  const keys = new Set(curated.map(({ row }) => key(row)));
  return (draft) => keys.has(key(draft));
}
