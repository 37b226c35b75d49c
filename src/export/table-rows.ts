// The tables the CSV and XLSX exports write, in the UI's language: one row per observation of the filtered
// indicators, and one per source document. Pure. Words for people (headers, role, basis, status, qualifier)
// beside the codes a program matches on, each in a column of its own; numbers stay numbers; each row names
// the unit its own value is in (a growth rate in %, not the indicator's money unit).
import {
  observationUnit,
  USER_IMPORT_DOCUMENT,
  type Dataset,
  type Indicator,
  type Observation,
} from '../domain/dataset-schema';
import { qualifierWord } from '../domain/format';
import type { Status } from '../domain/progress-types';
import { localName } from '../i18n/local-name';
import { statusName } from '../i18n/progress-words';
import { exportTranslator } from '../i18n/export-words';
import type { ExportKey } from '../i18n/export-words';
import { type Locale, type MessageKey } from '../i18n/translate';

export type TableCell = string | number;

export interface TableColumn {
  key: string;
  header: string;
  /** Width in characters, for the XLSX sheet (a Chinese character counts two). */
  width: number;
  /** Text that must stay text in a spreadsheet (a period, a code) even where it looks like a number or date. */
  text?: boolean;
}

export interface Table {
  name: string;
  columns: TableColumn[];
  rows: TableCell[][];
}

export interface TableInput {
  dataset: Pick<Dataset, 'documents' | 'regions'>;
  /** The filtered indicators, in the order shown. */
  indicators: readonly Indicator[];
  /** Status per indicator id (computed with the imported observations). */
  statuses?: ReadonlyMap<string, Status | null>;
  /** The user's imported observations per indicator id. */
  extra?: ReadonlyMap<string, readonly Observation[]>;
  locale: Locale;
}

/**
 * A period as text no spreadsheet turns into a date: a year as written ('2021'), a month in the SDMX
 * reporting-period notation ('2021-M12': Excel and Calc read '2021-12' as 1 Dec 2021), a day as ISO.
 */
export function periodCell(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `${month[1]}-M${month[2]}` : period;
}

const INDICATOR_COLUMNS: readonly [
  key: string,
  label: MessageKey | ExportKey,
  width: number,
  text?: boolean,
][] = [
  ['indicator', 'table.col.indicatorId', 24, true],
  ['name_zh', 'table.col.nameZh', 36],
  ['name_en', 'table.col.nameEn', 36],
  ['region', 'table.col.region', 16],
  ['role', 'table.col.role', 8],
  ['period', 'table.col.period', 10, true],
  ['since', 'table.col.since', 10, true],
  ['dated', 'table.col.dated', 12],
  ['qualifier', 'table.col.qualifier', 10],
  ['value', 'table.col.value', 12],
  ['unit', 'table.col.unit', 10],
  ['basis', 'table.col.basis', 12],
  ['status', 'table.col.status', 14],
  ['document_title', 'table.col.documentTitle', 40],
  ['document_issuer', 'table.col.issuer', 24],
  ['document_published', 'table.col.published', 12, true],
  ['quote', 'table.col.quote', 60],
  ['user_supplied', 'table.col.userSupplied', 8],
  ['review', 'table.col.review', 12],
  ['region_code', 'table.col.regionId', 14, true],
  ['topic_code', 'table.col.topicId', 14, true],
  ['role_code', 'table.col.roleCode', 10, true],
  ['basis_code', 'table.col.basisCode', 10, true],
  ['status_code', 'table.col.statusCode', 20, true],
  ['document_code', 'table.col.documentId', 24, true],
];

function columns(
  spec: readonly [string, MessageKey | ExportKey, number, boolean?][],
  locale: Locale,
): TableColumn[] {
  const t = exportTranslator(locale);
  return spec.map(([key, label, width, text]) => ({
    key,
    header: t(label),
    width,
    ...(text ? { text } : {}),
  }));
}

/** One row per observation of each indicator (its imported ones after the documents'), in the order shown. */
export function indicatorTable(input: TableInput): Table {
  const { locale } = input;
  const t = exportTranslator(locale);
  const docs = new Map(input.dataset.documents.map((d) => [d.id, d]));
  const regions = new Map(input.dataset.regions.map((r) => [r.id, r]));
  const cols = columns(INDICATOR_COLUMNS, locale);
  const rows: TableCell[][] = [];
  for (const indicator of input.indicators) {
    const status = input.statuses?.get(indicator.id) ?? null;
    const region = regions.get(indicator.region);
    const observations = [...indicator.observations, ...(input.extra?.get(indicator.id) ?? [])];
    for (const o of observations) {
      const user = o.userSupplied === true;
      const doc = user ? undefined : docs.get(o.source.document);
      const row: Record<string, TableCell> = {
        indicator: indicator.id,
        name_zh: indicator.name.zh,
        name_en: indicator.name.en,
        region: region ? localName(region.name, locale) : indicator.region,
        role: t(`table.role.${o.role}`),
        period: periodCell(o.period),
        since: o.since ? periodCell(o.since) : '',
        dated: o.dated ? t(`table.dated.${o.dated}`) : '',
        qualifier: qualifierWord(o.qualifier, locale, o.source.quote),
        value: o.value,
        unit: t(`export.unit.${observationUnit(o.basis, indicator.unit)}`),
        basis: t(`table.basis.${o.basis}`),
        status: status ? statusName(status, locale) : '',
        document_title: doc?.title ?? '',
        document_issuer: doc?.issuer ?? '',
        document_published: doc?.published ?? '',
        quote: o.source.quote,
        user_supplied: t(user ? 'table.yes' : 'table.no'),
        // A draft (the drafter's figure, not reviewed) says 待核; an imported figure was never in the catalogue.
        review: user ? '' : t(o.draft ? 'table.review.draft' : 'table.review.reviewed'),
        region_code: indicator.region,
        topic_code: indicator.topic,
        role_code: o.role,
        basis_code: o.basis,
        status_code: status ?? '',
        document_code: user ? USER_IMPORT_DOCUMENT : o.source.document,
      };
      rows.push(cols.map((c) => row[c.key]!));
    }
  }
  return { name: t('table.sheet.indicators'), columns: cols, rows };
}

const SOURCE_COLUMNS: readonly [string, MessageKey | ExportKey, number, boolean?][] = [
  ['document_code', 'table.col.documentId', 24, true],
  ['title', 'table.col.documentTitle', 48],
  ['issuer', 'table.col.issuer', 28],
  ['published', 'table.col.published', 12, true],
  ['region', 'table.col.region', 16],
  ['file', 'table.col.file', 32, true],
];

/** The documents the indicator table cites, in the order first cited. */
export function sourcesTable(input: TableInput): Table {
  const { locale } = input;
  const t = exportTranslator(locale);
  const regions = new Map(input.dataset.regions.map((r) => [r.id, r]));
  const docs = new Map(input.dataset.documents.map((d) => [d.id, d]));
  const cited = new Set<string>();
  for (const indicator of input.indicators)
    for (const o of indicator.observations) if (docs.has(o.source.document)) cited.add(o.source.document);
  const cols = columns(SOURCE_COLUMNS, locale);
  const rows = [...cited].map((id) => {
    const d = docs.get(id)!;
    const region = regions.get(d.region);
    const row: Record<string, TableCell> = {
      document_code: d.id,
      title: d.title,
      issuer: d.issuer,
      published: d.published,
      region: region ? localName(region.name, locale) : d.region,
      file: d.file,
    };
    return cols.map((c) => row[c.key]!);
  });
  return { name: t('table.sheet.sources'), columns: cols, rows };
}
