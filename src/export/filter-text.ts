// The current filter in words, for the PPTX cover and the print header. Pure.
import type { ChartLocale } from '../charts/chart-input';
import type { Dataset } from '../domain/dataset-schema';
import type { Status } from '../domain/progress-types';
import { localName } from '../i18n/local-name';
import { translator, type MessageKey } from '../i18n/translate';
import { formatDocumentDate } from './source-line';

export interface FilterSummary {
  region: readonly string[];
  topic: readonly string[];
  doc: readonly string[];
  status: readonly Status[];
  q: string;
}

export function filterText(
  filters: FilterSummary,
  dataset: Pick<Dataset, 'regions' | 'topics' | 'documents'>,
  locale: ChartLocale,
): string {
  const en = locale === 'en';
  const join = (xs: string[]) => xs.join(en ? ', ' : '、');
  const parts: string[] = [];
  const label = (zh: string, e: string, values: string[]) =>
    values.length > 0 && parts.push(`${en ? e : zh}${en ? ': ' : '：'}${join(values)}`);
  const byId = <T extends { id: string }>(list: readonly T[], ids: readonly string[], f: (t: T) => string) =>
    ids.map((id) => {
      const t = list.find((x) => x.id === id);
      return t ? f(t) : id;
    });
  label(
    '地区',
    'Region',
    byId(dataset.regions, filters.region, (r) => localName(r.name, locale)),
  );
  label(
    '主题',
    'Topic',
    byId(dataset.topics, filters.topic, (t) => localName(t.name, locale)),
  );
  label(
    '文件',
    'Document',
    byId(dataset.documents, filters.doc, (d) => (en ? `"${d.title}"` : `《${d.title}》`)),
  );
  label(
    '状态',
    'Status',
    filters.status.map((s) => translator(locale)(`status.${s}` as MessageKey)),
  );
  if (filters.q.trim()) parts.push(en ? `Search: "${filters.q.trim()}"` : `搜索：“${filters.q.trim()}”`);
  if (parts.length === 0) return en ? 'All indicators' : '全部指标';
  return parts.join(en ? '; ' : '；');
}

export function asOfText(asOf: string, locale: ChartLocale): string {
  return `${locale === 'en' ? 'As of ' : '评估日期：'}${formatDocumentDate(asOf, locale)}`;
}
