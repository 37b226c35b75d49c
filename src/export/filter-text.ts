// The current filter in words, for the PPTX cover and the print header. Pure.
import type { ChartLocale } from '../charts/chart-input';
import type { Dataset } from '../domain/dataset-schema';
import type { Status } from '../domain/progress-types';
import { localName } from '../i18n/local-name';
import { exportTranslator } from '../i18n/export-words';

export interface FilterSummary {
  region: readonly string[];
  topic: readonly string[];
  doc: readonly string[];
  status: readonly Status[];
  q: string;
  /** The 待核 filter: only drafts and indicators with a draft figure. */
  draft?: boolean;
}

export function filterText(
  filters: FilterSummary,
  dataset: Pick<Dataset, 'regions' | 'topics' | 'documents'>,
  locale: ChartLocale,
): string {
  const t = exportTranslator(locale);
  const parts: string[] = [];
  const label = (key: 'region' | 'topic' | 'doc' | 'status', values: string[]) =>
    values.length > 0 &&
    parts.push(t(`export.filter.${key}`, { values: values.join(t('text.listSeparator')) }));
  const byId = <T extends { id: string }>(list: readonly T[], ids: readonly string[], f: (x: T) => string) =>
    ids.map((id) => {
      const x = list.find((y) => y.id === id);
      return x ? f(x) : id;
    });
  label(
    'region',
    byId(dataset.regions, filters.region, (r) => localName(r.name, locale)),
  );
  label(
    'topic',
    byId(dataset.topics, filters.topic, (x) => localName(x.name, locale)),
  );
  label(
    'doc',
    byId(dataset.documents, filters.doc, (d) => t('export.filter.docTitle', { title: d.title })),
  );
  label(
    'status',
    filters.status.map((s) => t(`status.${s}`)),
  );
  if (filters.draft) parts.push(t('export.filter.draft'));
  if (filters.q.trim()) parts.push(t('export.filter.search', { q: filters.q.trim() }));
  if (parts.length === 0) return t('export.filter.all');
  return parts.join(t('text.clauseSeparator'));
}
