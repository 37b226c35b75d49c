// A step of buildDataset: the dataset, from the rows and documents that passed every check, checked against
// the dataset's own schema (the contract the app validates on load), and counted for the build's report.
import {
  datasetSchema,
  SCHEMA_VERSION,
  type DatasetMention,
  type Indicator,
  type WholeDataset,
} from '../dataset-schema';
import { periodEnd } from '../period';
import type { Result } from '../types';
import type { AccountedDocument } from './account-mentions';
import type { Problem } from './problem';
import { detail } from './problem-codes';
import type { Catalogue } from './read-tables';

export interface BuildSummary {
  documents: number;
  indicators: number;
  observations: number;
  actuals: number;
  targets: number;
  mentions: { used: number; ignored: number; unreviewed: number };
}

const ROLE_ORDER = { actual: 0, target: 1 } as const;

/**
 * Regions, topics and indicators in catalogue order (the draft indicators, `draftIds`, marked so); each
 * indicator's observations in time order.
 */
export function assemble(
  catalogue: Pick<Catalogue, 'regions' | 'topics' | 'indicators'>,
  docs: readonly AccountedDocument[],
  observed: ReadonlyMap<string, Indicator['observations']>,
  draftIds: ReadonlySet<string> = new Set(),
): Result<WholeDataset, Problem[]> {
  const dataset: WholeDataset = {
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
    regions: catalogue.regions.map(({ row }) => ({
      id: row.id,
      name: { zh: row.name_zh, en: row.name_en },
      ...(row.parent ? { parent: row.parent } : {}),
    })),
    topics: catalogue.topics.map(({ row }) => ({ id: row.id, name: { zh: row.name_zh, en: row.name_en } })),
    indicators: catalogue.indicators.map(({ row }) => ({
      id: row.id,
      name: { zh: row.name_zh, en: row.name_en },
      region: row.region,
      topic: row.topic,
      unit: row.unit,
      measure: row.measure,
      direction: row.direction,
      ...(row.note !== undefined ? { note: row.note } : {}),
      ...(draftIds.has(row.id) ? { draft: true } : {}),
      observations: [...(observed.get(row.id) ?? [])].sort(
        (a, b) =>
          periodEnd(a.period).getTime() - periodEnd(b.period).getTime() ||
          ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
          a.basis.localeCompare(b.basis) ||
          a.source.document.localeCompare(b.source.document) ||
          a.source.offset - b.source.offset,
      ),
    })),
    mentions: docs.flatMap(datasetMentions),
  };
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    return {
      ok: false,
      error: checked.error.issues.map((i) => ({
        file: 'public/data/indicators.json',
        message: `${i.path.join('.')}: ${i.message}`,
        ...detail('dataset-contract', { path: i.path.join('.'), detail: i.message }),
      })),
    };
  }
  return { ok: true, value: dataset };
}

/** Every mention of a document with its status; one that is no figure is ignored for being none. */
function datasetMentions(doc: AccountedDocument): DatasetMention[] {
  return doc.mentions.map((m, i): DatasetMention => {
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
  });
}

export function summarise(dataset: WholeDataset): BuildSummary {
  const count = (s: DatasetMention['status']) => dataset.mentions.filter((m) => m.status === s).length;
  const all = dataset.indicators.flatMap((i) => i.observations);
  return {
    documents: dataset.documents.length,
    indicators: dataset.indicators.length,
    observations: all.length,
    actuals: all.filter((o) => o.role === 'actual').length,
    targets: all.filter((o) => o.role === 'target').length,
    mentions: { used: count('used'), ignored: count('ignored'), unreviewed: count('unreviewed') },
  };
}
