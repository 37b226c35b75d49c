// The texts an exported chart carries inside the image: title, unit/period, status and the source line,
// so a chart pasted into a report can still be cited. Pure: no DOM, no React.
import type { ChartDecoration, ChartLocale } from '../charts/chart-input';
import { formatPeriod, sharedMoneyUnit } from '../domain/format';
import { amountsShown } from '../domain/progress';
import type { Dataset, Indicator, Observation, SourceDocument } from '../domain/dataset-schema';
import { dateToIso, parseIsoDate } from '../domain/period';
import type { Progress } from '../domain/progress-types';
import type { Unit } from '../domain/types';
import { localName } from '../i18n/local-name';
import { exportTranslator } from '../i18n/export-words';
import { reasonText as progressReason, statusName } from '../i18n/progress-words';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2022-07-04' → '2022年7月4日' (zh) or '4 Jul 2022' (en). */
export function formatDocumentDate(published: string, locale: ChartLocale): string {
  const r = parseIsoDate(published);
  if (!r.ok) return published;
  // zh is the day period's own form; en puts the day first, as a citation does.
  if (locale !== 'en') return formatPeriod(published, locale);
  return `${r.value.getDate()} ${MONTHS_EN[r.value.getMonth()]} ${r.value.getFullYear()}`;
}

/** '评估日期：2025年6月30日' / 'As of 30 Jun 2025': the date a status is judged on (YYYY-MM-DD). */
export function asOfText(asOf: string, locale: ChartLocale): string {
  return exportTranslator(locale)('export.asOf', { date: formatDocumentDate(asOf, locale) });
}

type DocRef = Pick<SourceDocument, 'title' | 'issuer' | 'published'>;

function citeOne(doc: DocRef, locale: ChartLocale): string {
  const date = formatDocumentDate(doc.published, locale);
  return exportTranslator(locale)('export.cite', { title: doc.title, issuer: doc.issuer, date });
}

export interface SourceLineOptions {
  /** Some figures shown came from a user's import. */
  userSupplied?: boolean;
  /** Some figures shown are drafts nobody has reviewed (待核). */
  draft?: boolean;
}

/**
 * `来源：《title》，issuer，2022年7月4日` / `Source: "title", issuer, 4 Jul 2022`. Several documents are listed in
 * order, separated by '；' / '; '; user-supplied figures add `；含用户导入数据` / `; includes user-imported data`,
 * drafts nobody has reviewed `；含待核数据` / `; includes unreviewed drafts`.
 */
export function sourceLine(
  docs: DocRef | readonly DocRef[],
  locale: ChartLocale,
  options: SourceLineOptions = {},
): string {
  const list = Array.isArray(docs) ? (docs as readonly DocRef[]) : [docs as DocRef];
  const t = exportTranslator(locale);
  const parts = list.map((d) => citeOne(d, locale));
  if (options.userSupplied) parts.push(t('export.userSupplied'));
  if (options.draft) parts.push(t('export.draft'));
  return t('export.source', { list: parts.join(t('text.clauseSeparator')) });
}

/** The documents an indicator's figures come from, in order of first use; user imports are not documents. */
export function indicatorDocuments(
  indicator: Indicator,
  dataset: Pick<Dataset, 'documents'>,
  extra: readonly Observation[] = [],
): SourceDocument[] {
  // Looked up one by one: a map of every document, made per indicator, cost the print's font preload
  // ~20 ms per filter change at 2,000 documents.
  const ids = new Set([...indicator.observations, ...extra].map((o) => o.source.document));
  return [...ids].flatMap((id) => dataset.documents.find((d) => d.id === id) ?? []);
}

export function hasUserSupplied(indicator: Indicator, extra: readonly Observation[] = []): boolean {
  return [...indicator.observations, ...extra].some((o) => o.userSupplied === true);
}

/** The source line of one indicator: every source document, plus the user-import note when it applies. */
export function indicatorSourceLine(
  indicator: Indicator,
  dataset: Pick<Dataset, 'documents'>,
  locale: ChartLocale,
  extra: readonly Observation[] = [],
): string {
  return sourceLine(indicatorDocuments(indicator, dataset, extra), locale, {
    userSupplied: hasUserSupplied(indicator, extra),
    draft: indicator.draft === true || indicator.observations.some((o) => o.draft === true),
  });
}

/**
 * '单位：亿元' / 'Unit: bn yuan': for money, the unit the picture's amounts are shown in, as the panel's header
 * says it (亿元 or 万元, bn or m yuan); none where they are shown in different ones (each carries its own).
 */
export function unitText(unit: Unit, locale: ChartLocale, progress?: Progress): string {
  const t = exportTranslator(locale);
  if (unit === '亿元' && progress) {
    const shown = sharedMoneyUnit(amountsShown(progress), locale);
    return shown === null ? '' : t('export.unit', { unit: shown });
  }
  return t('export.unit', { unit: t(`export.unit.${unit}`) });
}

export function reasonText(progress: Progress, unit: Unit, locale: ChartLocale): string {
  const t = exportTranslator(locale);
  // The export words this one reason its own way (the panel's reason.no-growth-required is longer).
  if (progress.reason === 'no-growth-required') return t('export.reason.no-growth-required');
  return progressReason(progress, unit, locale);
}

export function statusLabel(progress: Progress, locale: ChartLocale): string {
  return statusName(progress.status, locale);
}

/** '状态：需加快 — 已实现增速为所需增速的 72%' */
export function statusText(progress: Progress, unit: Unit, locale: ChartLocale): string {
  const status = statusLabel(progress, locale);
  return exportTranslator(locale)('export.status', { status, reason: reasonText(progress, unit, locale) });
}

/** 'Unit: 亿元 · 基线 2021年 → 目标 2025年' */
export function periodText(progress: Progress, locale: ChartLocale): string {
  const t = exportTranslator(locale);
  const start = progress.flow?.windowStart ?? progress.baseline?.period;
  const end = progress.target?.period ?? progress.targetObservation?.period;
  const from = start ? t('export.period.baseline', { period: formatPeriod(start, locale) }) : null;
  const to = end ? t('export.period.target', { period: formatPeriod(end, locale) }) : null;
  if (from && to) return `${from} → ${to}`;
  const latest = progress.latest?.period;
  return from ?? to ?? (latest ? t('export.period.latest', { period: formatPeriod(latest, locale) }) : '');
}

export function indicatorTitle(
  indicator: Indicator,
  dataset: Pick<Dataset, 'regions'>,
  locale: ChartLocale,
): string {
  const name = localName(indicator.name, locale);
  const region = dataset.regions.find((r) => r.id === indicator.region);
  if (!region) return name;
  const regionName = localName(region.name, locale);
  return name.includes(regionName) ? name : `${regionName} · ${name}`;
}

/**
 * Everything drawn inside an exported chart. `asOf`: the date the status is judged on, which the subtitle
 * names (a status read without it may no longer be true). `extra` are the user's imported observations of
 * this indicator.
 */
export function chartDecoration(
  indicator: Indicator,
  progress: Progress,
  dataset: Pick<Dataset, 'documents' | 'regions'>,
  locale: ChartLocale,
  asOf: Date,
  extra: readonly Observation[] = [],
): ChartDecoration {
  const period = periodText(progress, locale);
  const unit = unitText(indicator.unit, locale, progress);
  const parts = [unit, period, asOfText(dateToIso(asOf), locale)].filter(Boolean);
  return {
    title: indicatorTitle(indicator, dataset, locale),
    subtitle: parts.join(' · '),
    statusText: statusText(progress, indicator.unit, locale),
    sourceLine: indicatorSourceLine(indicator, dataset, locale, extra),
  };
}
