// The texts an exported chart carries inside the image: title, unit/period, status and the source line,
// so a chart pasted into a report can still be cited. Pure: no DOM, no React.
import type { ChartDecoration, ChartLocale } from '../charts/chart-input';
import { formatPercent, formatPeriod } from '../charts/chart-format';
import type { Dataset, Indicator, Observation, SourceDocument } from '../domain/dataset-schema';
import { parseIsoDate } from '../domain/period';
import type { Progress, Reason } from '../domain/progress-types';
import { localName } from '../i18n/local-name';
import { translator, type MessageKey } from '../i18n/translate';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const UNIT_EN: Record<string, string> = {
  亿元: '100 million yuan',
  '%': '%',
  家: 'firms',
  项: 'items',
  人: 'people',
  户: 'accounts',
  支: 'funds',
  年: 'years',
  倍: 'times',
};

/** '2022-07-04' → '2022年7月4日' (zh) or '4 Jul 2022' (en). */
export function formatDocumentDate(published: string, locale: ChartLocale): string {
  const r = parseIsoDate(published);
  if (!r.ok) return published;
  // zh is the day period's own form; en puts the day first, as a citation does.
  if (locale !== 'en') return formatPeriod(published, locale);
  return `${r.value.getDate()} ${MONTHS_EN[r.value.getMonth()]} ${r.value.getFullYear()}`;
}

type DocRef = Pick<SourceDocument, 'title' | 'issuer' | 'published'>;

function citeOne(doc: DocRef, locale: ChartLocale): string {
  const date = formatDocumentDate(doc.published, locale);
  return locale === 'en'
    ? `"${doc.title}", ${doc.issuer}, ${date}`
    : `《${doc.title}》，${doc.issuer}，${date}`;
}

export interface SourceLineOptions {
  /** Some figures shown came from a user's import. */
  userSupplied?: boolean;
}

/**
 * `来源：《title》，issuer，2022年7月4日` / `Source: "title", issuer, 4 Jul 2022`. Several documents are listed in
 * order, separated by '；' / '; '; user-supplied figures add `；含用户导入数据` / `; includes user-imported data`.
 */
export function sourceLine(
  docs: DocRef | readonly DocRef[],
  locale: ChartLocale,
  options: SourceLineOptions = {},
): string {
  const list = Array.isArray(docs) ? (docs as readonly DocRef[]) : [docs as DocRef];
  const en = locale === 'en';
  const parts = list.map((d) => citeOne(d, locale));
  if (options.userSupplied) parts.push(en ? 'includes user-imported data' : '含用户导入数据');
  const sep = en ? '; ' : '；';
  return (en ? 'Source: ' : '来源：') + parts.join(sep);
}

/** The documents an indicator's figures come from, in order of first use; user imports are not documents. */
export function indicatorDocuments(
  indicator: Indicator,
  dataset: Pick<Dataset, 'documents'>,
  extra: readonly Observation[] = [],
): SourceDocument[] {
  const byId = new Map(dataset.documents.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const out: SourceDocument[] = [];
  for (const o of [...indicator.observations, ...extra]) {
    const id = o.source.document;
    if (seen.has(id)) continue;
    seen.add(id);
    const doc = byId.get(id);
    if (doc) out.push(doc);
  }
  return out;
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
  });
}

export function unitText(unit: string, locale: ChartLocale): string {
  return locale === 'en' ? `Unit: ${UNIT_EN[unit] ?? unit}` : `单位：${unit}`;
}

const REASON_FALLBACK: Record<ChartLocale, Partial<Record<Reason, string>>> = {
  'zh-CN': { 'no-growth-required': '目标不高于基线，但最新实际值尚未达到目标' },
  en: {
    'no-growth-required': 'The target is not beyond the baseline, yet the latest actual does not meet it',
  },
};

export function reasonText(progress: Progress, locale: ChartLocale): string {
  const key = `reason.${progress.reason}`;
  const fallback = REASON_FALLBACK[locale][progress.reason];
  if (fallback !== undefined) return fallback;
  const ratio = progress.ratio !== null ? formatPercent(progress.ratio, locale) : '—';
  const covered = progress.distanceCovered !== null ? formatPercent(progress.distanceCovered, locale) : '—';
  return translator(locale)(key as MessageKey, { ratio, covered });
}

export function statusLabel(progress: Progress, locale: ChartLocale): string {
  return translator(locale)(`status.${progress.status}` as MessageKey);
}

/** '状态：需加快 — 已实现增速为所需增速的 72%' */
export function statusText(progress: Progress, locale: ChartLocale): string {
  const head = locale === 'en' ? 'Status: ' : '状态：';
  return `${head}${statusLabel(progress, locale)} — ${reasonText(progress, locale)}`;
}

/** 'Unit: 亿元 · 基线 2021年 → 目标 2025年' */
export function periodText(progress: Progress, locale: ChartLocale): string {
  const en = locale === 'en';
  const start = progress.flow?.windowStart ?? progress.baseline?.period;
  const end = progress.target?.period ?? progress.targetObservation?.period;
  const from = start ? `${en ? 'baseline' : '基线'} ${formatPeriod(start, locale)}` : null;
  const to = end ? `${en ? 'target' : '目标'} ${formatPeriod(end, locale)}` : null;
  if (from && to) return `${from} → ${to}`;
  const latest = progress.latest?.period;
  return from ?? to ?? (latest ? `${en ? 'latest' : '最新'} ${formatPeriod(latest, locale)}` : '');
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

/** Everything drawn inside an exported chart. `extra` are the user's imported observations of this indicator. */
export function chartDecoration(
  indicator: Indicator,
  progress: Progress,
  dataset: Pick<Dataset, 'documents' | 'regions'>,
  locale: ChartLocale,
  extra: readonly Observation[] = [],
): ChartDecoration {
  const period = periodText(progress, locale);
  const unit = unitText(indicator.unit, locale);
  return {
    title: indicatorTitle(indicator, dataset, locale),
    subtitle: period ? `${unit} · ${period}` : unit,
    statusText: statusText(progress, locale),
    sourceLine: indicatorSourceLine(indicator, dataset, locale, extra),
  };
}
