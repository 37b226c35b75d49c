// The dataset build as one pure function: curated CSVs and seed documents in (as bytes), either a
// validated dataset out or every problem found, each located as file:line. No I/O here: the script in
// scripts/build-data.ts reads the files and writes the result atomically. Each step is a module of its own
// that returns its problems; this function is the list of steps.
import type { WholeDataset } from '../dataset-schema';
import { accountMentions, reviewedOffsets, unreviewedFigures, type Reviewed } from './account-mentions';
import { assemble, summarise, type BuildSummary } from './assemble';
import { checkObservations } from './check-observations';
import { checkReferences } from './check-references';
import { matchQuotes } from './match-quotes';
import { sortProblems, type Problem } from './problem';
import { readDocuments } from './read-documents';
import { readTables, type TableSources } from './read-tables';
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

  const reviewed = reviewedOffsets(accounting.accounted);
  const problems = [
    ...tables.problems,
    ...references,
    ...read.problems,
    ...checked,
    ...matched.problems,
    ...accounting.problems,
  ];
  if (problems.length > 0) return { ok: false, error: sortProblems(problems), reviewed };

  const dataset = assemble(catalogue, accounting.accounted, matched.observed);
  if (!dataset.ok) return { ok: false, reviewed, error: dataset.error };
  return {
    ok: true,
    reviewed,
    value: {
      dataset: dataset.value,
      unreviewed: unreviewedFigures(accounting.accounted, files),
      summary: summarise(dataset.value),
    },
  };
}
