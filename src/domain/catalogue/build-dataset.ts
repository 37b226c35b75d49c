// The dataset build as one pure function: curated CSVs and seed documents in (as bytes), either a
// validated dataset out or every problem found, each located as file:line. No I/O here: the script in
// scripts/build-data.ts reads the files and writes the result atomically. Each step is a module of its own
// that returns its problems; this function is the list of steps.
import type { WholeDataset } from '../dataset-schema';
import { accountMentions, reviewedOffsets, unreviewedFigures, type Reviewed } from './account-mentions';
import { assemble, summarise, type BuildSummary } from './assemble';
import { checkObservations } from './check-observations';
import { checkReferences } from './check-references';
import { checkDraftReferences, curatedHas, splitDrafts } from './drafts';
import { matchQuotes, type Matched } from './match-quotes';
import { sortProblems, type Problem } from './problem';
import { readDocuments } from './read-documents';
import { readTables, type Row, type TableSources } from './read-tables';
import type { IndicatorRow, ObservationRow } from './rows';
import type { Result } from '../types';

export interface BuildInput {
  tables: TableSources;
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
  /** The display paths of the tables that hold draft rows. */
  files: { indicators: string; observations: string };
  /** Every row marked draft, where it is (what `--strict` refuses), indicators first. */
  rows: { file: string; line: number }[];
  /** The figure each draft observation in the dataset proves: its document, offset and line. */
  figures: { document: string; offset: number; line: number }[];
}

export function buildDataset(
  input: BuildInput,
):
  { ok: true; value: BuildOutput; reviewed: Reviewed } | { ok: false; error: Problem[]; reviewed: Reviewed } {
  const tables = readTables(input.tables);
  const { files, written } = tables;
  // Draft rows are checked against the others like any row; past that they go their own way.
  const references = checkReferences(tables.catalogue, files, written);
  const { reviewed: catalogue, drafts } = splitDrafts(tables.catalogue, files);
  const read = readDocuments(catalogue.documents, input.seeds, files.documents, written);
  const indicators = new Map(catalogue.indicators.map(({ row }) => [row.id, row]));
  const checked = checkObservations(catalogue.observations, read.docs, indicators, files.observations);
  const matched = matchQuotes(catalogue.observations, read.docs, indicators, files.observations);
  const accounting = accountMentions(catalogue.ignored, read.docs, matched.uses, files.ignored);

  // The drafts: checked like reviewed rows, left out where the reviewed rows cover them; they mark no
  // mention used (a drafted figure is still unreviewed).
  const draftRefs = checkDraftReferences(drafts, catalogue);
  const withDrafts = new Map([...indicators, ...drafts.indicators.map(({ row }) => [row.id, row] as const)]);
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
    ...draftRefs,
    ...draftChecked,
    ...firstMatch.problems,
  ];
  if (problems.length > 0) return { ok: false, error: sortProblems(problems), reviewed };

  const observed = withDraftObservations(matched.observed, draftMatched);
  const draftIndicators = drafts.indicators.filter(({ row }) => draftMatched.observed.has(row.id));
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
        rows: [
          ...drafts.indicators.map(({ line }) => ({ file: files.indicators, line })),
          ...drafts.observations.map(({ line }) => ({ file: files.observations, line })),
        ],
        figures: draftMatched.uses.map((u) => ({
          document: u.document,
          offset: read.docs.get(u.document)?.mentions[u.mention]?.offset ?? -1,
          line: u.line,
        })),
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
