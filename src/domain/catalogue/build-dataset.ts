// The dataset build as one pure function: curated CSVs and seed documents in (as bytes), either a
// validated dataset out or every problem found, each located as file:line. No I/O here: the script in
// scripts/build-data.ts reads the files and writes the result atomically. Each step is a module of its own
// that returns its problems; this function is the list of steps.
import type { WholeDataset } from '../dataset-schema';
import { accountMentions, reviewedOffsets, unreviewedFigures, type Reviewed } from './account-mentions';
import { assemble, summarise, type BuildSummary } from './assemble';
import { checkObservations } from './check-observations';
import { checkReferences } from './check-references';
import { checkDraftReferences, curatedHas, readDrafts, type DraftSources } from './drafts';
import { matchQuotes, type Matched } from './match-quotes';
import { sortProblems, type Problem } from './problem';
import { readDocuments } from './read-documents';
import { readTables, type Row, type TableSources } from './read-tables';
import type { IndicatorRow, ObservationRow } from './rows';
import type { Result } from '../types';

export interface BuildInput {
  tables: TableSources;
  /** data/drafts/indicators.csv and observations.csv, when present: the drafter's rows, not yet reviewed. */
  drafts?: DraftSources;
  /** Every file of the seeds folder, by display path ('seeds/<name>.<ext>'): its text, in any format, as read
   *  by scripts/lib/read-format (not yet normalised), or why it could not be read. */
  seeds: ReadonlyMap<string, Result<string>>;
}

export interface BuildOutput {
  dataset: WholeDataset;
  summary: BuildSummary;
  /** Figures nobody has reviewed yet, located in their documents (not errors: a new document starts so). */
  unreviewed: Problem[];
  drafts: DraftSummary;
}

/** The drafts in the dataset (marked draft: true), and the draft rows left out as the catalogue has them. */
export interface DraftSummary {
  observations: number;
  indicators: number;
  covered: number;
  /** The draft tables' display paths. */
  files: { indicators: string; observations: string };
}

export function buildDataset(
  input: BuildInput,
):
  { ok: true; value: BuildOutput; reviewed: Reviewed } | { ok: false; error: Problem[]; reviewed: Reviewed } {
  const tables = readTables(input.tables);
  const { catalogue, files, written } = tables;
  const references = checkReferences(catalogue, files, written);
  const read = readDocuments(catalogue.documents, input.seeds, files.documents, written);
  const indicators = new Map(catalogue.indicators.map(({ row }) => [row.id, row]));
  const checked = checkObservations(catalogue.observations, read.docs, indicators, files.observations);
  const matched = matchQuotes(catalogue.observations, read.docs, indicators, files.observations);
  const accounting = accountMentions(catalogue.ignored, read.docs, matched.uses, files.ignored);

  // The drafts: checked like curated rows, left out where the catalogue covers them; they mark no mention
  // used (a drafted figure is still unreviewed).
  const drafts = readDrafts(input.drafts);
  const draftRefs = checkDraftReferences(drafts, catalogue, written);
  const withDrafts = new Map([
    ...indicators,
    ...draftRefs.indicators.map(({ row }) => [row.id, row] as const),
  ]);
  const curated = curatedHas(catalogue.observations);
  const notCurated = drafts.observations.filter(({ row }) => !curated(row));
  const draftChecked = checkObservations(notCurated, read.docs, withDrafts, drafts.files.observations);
  const firstMatch = matchQuotes(notCurated, read.docs, withDrafts, drafts.files.observations);
  const statusOf = new Map(accounting.accounted.map((d) => [d.row.id, d.status]));
  const taken = new Set(
    firstMatch.uses.filter((u) => statusOf.get(u.document)?.[u.mention] !== undefined).map((u) => u.by),
  );
  const pending = notCurated.filter(({ line }) => !taken.has(`${drafts.files.observations}:${line}`));
  const draftMatched =
    taken.size > 0 ? matchQuotes(pending, read.docs, withDrafts, drafts.files.observations) : firstMatch;

  const reviewed = reviewedOffsets(accounting.accounted);
  const problems = [
    ...tables.problems,
    ...references,
    ...read.problems,
    ...checked,
    ...matched.problems,
    ...accounting.problems,
    ...drafts.problems,
    ...draftRefs.problems,
    ...draftChecked,
    ...firstMatch.problems,
  ];
  if (problems.length > 0) return { ok: false, error: sortProblems(problems), reviewed };

  const observed = withDraftObservations(matched.observed, draftMatched);
  const draftIndicators = draftRefs.indicators.filter(({ row }) => draftMatched.observed.has(row.id));
  const dataset = assemble(
    { ...catalogue, indicators: [...catalogue.indicators, ...draftIndicators] },
    accounting.accounted,
    observed,
    new Set(draftIndicators.map(({ row }) => row.id)),
  );
  if (!dataset.ok) return { ok: false, reviewed, error: dataset.error };
  const inDataset = [...draftMatched.observed.values()].reduce((n, list) => n + list.length, 0);
  return {
    ok: true,
    reviewed,
    value: {
      dataset: dataset.value,
      unreviewed: unreviewedFigures(accounting.accounted, files),
      summary: summarise(dataset.value),
      drafts: {
        observations: inDataset,
        indicators: draftIndicators.length,
        covered: countCovered(drafts.observations, pending, drafts.indicators, draftIndicators),
        files: drafts.files,
      },
    },
  };
}

/** Each indicator's curated observations, then its draft ones, marked draft. */
function withDraftObservations(curated: Matched['observed'], drafts: Matched): Matched['observed'] {
  const observed = new Map(curated);
  for (const [id, list] of drafts.observed)
    observed.set(id, [...(observed.get(id) ?? []), ...list.map((o) => ({ ...o, draft: true }))]);
  return observed;
}

/** Draft rows left out of the dataset because the catalogue already holds what they propose. */
function countCovered(
  observations: readonly Row<ObservationRow>[],
  pending: readonly Row<ObservationRow>[],
  indicators: readonly Row<IndicatorRow>[],
  shown: readonly Row<IndicatorRow>[],
): number {
  return observations.length - pending.length + indicators.length - shown.length;
}
