// The dataset build as one pure function: curated CSVs and seed documents in (as bytes), either a
// validated dataset out or every problem found, each located as file:line. No I/O here: the script in
// scripts/build-data.ts reads the files and writes the result atomically.
import {
  datasetSchema,
  SCHEMA_VERSION,
  type Dataset,
  type DatasetMention,
  type Indicator,
} from '../dataset-schema';
import { periodEnd } from '../period';
import { sortProblems, type Problem } from './problem';
import {
  accountMentions,
  reviewedOffsets,
  unreviewedFigures,
  type AccountedDocument,
  type Reviewed,
} from './account-mentions';
import { checkObservations } from './check-observations';
import { checkReferences } from './check-references';
import { matchQuotes } from './match-quotes';
import { readDocuments } from './read-documents';
import { readTables, type Row, type TableSources } from './read-tables';
import type { IndicatorRow } from './rows';

export interface BuildInput {
  tables: TableSources;
  /** Every file of the seeds folder, by display path ('seeds/<name>.txt'). */
  seeds: ReadonlyMap<string, Uint8Array>;
}

export interface BuildSummary {
  documents: number;
  indicators: number;
  observations: number;
  actuals: number;
  targets: number;
  mentions: { used: number; ignored: number; unreviewed: number };
}

export interface BuildOutput {
  dataset: Dataset;
  summary: BuildSummary;
  /** Figures nobody has reviewed yet, located in their documents (not errors: a new document starts so). */
  unreviewed: Problem[];
}

export function buildDataset(
  input: BuildInput,
):
  { ok: true; value: BuildOutput; reviewed: Reviewed } | { ok: false; error: Problem[]; reviewed: Reviewed } {
  const problems: Problem[] = [];

  const { catalogue, files, written, problems: tableProblems } = readTables(input.tables);
  problems.push(...tableProblems);
  const { regions, topics, documents, indicators, observations, ignored } = catalogue;

  problems.push(...checkReferences(catalogue, files, written));

  const read = readDocuments(documents, input.seeds, files.documents, written);
  problems.push(...read.problems);
  const docs = read.docs;

  const indicatorById = new Map(indicators.map(({ row }) => [row.id, row]));
  problems.push(...checkObservations(observations, docs, indicatorById, files.observations));
  const {
    observed,
    uses,
    problems: quoteProblems,
  } = matchQuotes(observations, docs, indicatorById, files.observations);
  problems.push(...quoteProblems);
  const { accounted, problems: ignoreProblems } = accountMentions(ignored, docs, uses, files.ignored);
  problems.push(...ignoreProblems);

  const reviewed = reviewedOffsets(accounted);
  if (problems.length > 0) return { ok: false, error: sortProblems(problems), reviewed };

  const dataset = assemble(regions, topics, accounted, indicators, observed);
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    return {
      ok: false,
      reviewed,
      error: checked.error.issues.map((i) => ({
        file: 'public/data/indicators.json',
        message: `${i.path.join('.')}: ${i.message}`,
      })),
    };
  }
  const unreviewed = unreviewedFigures(accounted, files);
  const count = (s: DatasetMention['status']) => dataset.mentions.filter((m) => m.status === s).length;
  const all = dataset.indicators.flatMap((i) => i.observations);
  return {
    ok: true,
    reviewed,
    value: {
      dataset,
      unreviewed,
      summary: {
        documents: dataset.documents.length,
        indicators: dataset.indicators.length,
        observations: all.length,
        actuals: all.filter((o) => o.role === 'actual').length,
        targets: all.filter((o) => o.role === 'target').length,
        mentions: { used: count('used'), ignored: count('ignored'), unreviewed: count('unreviewed') },
      },
    },
  };
}

function assemble(
  regions: Row<{ id: string; name_zh: string; name_en: string; parent?: string | undefined }>[],
  topics: Row<{ id: string; name_zh: string; name_en: string }>[],
  docs: AccountedDocument[],
  indicators: Row<IndicatorRow>[],
  observed: Map<string, Indicator['observations']>,
): Dataset {
  const rolesOrder = { actual: 0, target: 1 } as const;
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: docs.map(({ row, text }) => ({
      id: row.id,
      file: row.file,
      title: row.title,
      issuer: row.issuer,
      published: row.published,
      region: row.region,
      kind: row.kind,
      text,
    })),
    regions: regions.map(({ row }) => ({
      id: row.id,
      name: { zh: row.name_zh, en: row.name_en },
      ...(row.parent ? { parent: row.parent } : {}),
    })),
    topics: topics.map(({ row }) => ({ id: row.id, name: { zh: row.name_zh, en: row.name_en } })),
    indicators: indicators.map(({ row }) => ({
      id: row.id,
      name: { zh: row.name_zh, en: row.name_en },
      region: row.region,
      topic: row.topic,
      unit: row.unit,
      measure: row.measure,
      direction: row.direction,
      ...(row.note !== undefined ? { note: row.note } : {}),
      observations: [...(observed.get(row.id) ?? [])].sort(
        (a, b) =>
          periodEnd(a.period).getTime() - periodEnd(b.period).getTime() ||
          rolesOrder[a.role] - rolesOrder[b.role] ||
          a.basis.localeCompare(b.basis) ||
          a.source.document.localeCompare(b.source.document) ||
          a.source.offset - b.source.offset,
      ),
    })),
    mentions: docs.flatMap((doc) =>
      doc.mentions.map((m, i): DatasetMention => {
        const s = doc.status[i];
        const status = s ? s.status : m.class === 'figure' ? 'unreviewed' : 'ignored';
        const reason =
          s?.status === 'ignored' ? s.reason : m.class === 'figure' ? undefined : `not a figure: ${m.class}`;
        return {
          document: doc.row.id,
          offset: m.offset,
          text: m.text,
          value: m.value,
          unit: m.unit,
          qualifier: m.qualifier,
          class: m.class,
          ...(m.period !== undefined ? { period: m.period } : {}),
          status,
          ...(reason !== undefined ? { reason } : {}),
        };
      }),
    ),
  };
}
