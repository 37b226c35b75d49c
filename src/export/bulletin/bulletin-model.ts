// The monitoring bulletin (监测通报) as a model: the blocks of the document — headings, paragraphs, tables,
// charts — composed from the selection, its progress and the as-of date. Pure, and no docx here: the writer
// (bulletin-docx.ts) turns the blocks into Word, a test reads them as they are. Every number comes from the
// progress method (src/domain/progress*.ts), every word from src/i18n (bulletin-words.ts and the dictionaries).
import {
  observationUnit,
  type Dataset,
  type Indicator,
  type Observation,
  type SourceDocument,
} from '../../domain/dataset-schema';
import { formatPercent, formatPeriod, MISSING, sharedMoneyUnit } from '../../domain/format';
import { periodEnd, isoToDate } from '../../domain/period';
import type { Progress, Status } from '../../domain/progress-types';
import { BULLETIN_WORDS, fillWords } from '../../i18n/bulletin-words';
import { LEGEND_WORDS } from '../../i18n/legend-words';
import { localName } from '../../i18n/local-name';
import { figureText, pointText, statusName } from '../../i18n/progress-words';
import { translator, type Locale } from '../../i18n/translate';
import { exportChart, type ExportChart } from '../export-option';
import { filterText, type FilterSummary } from '../filter-text';
import { formatDocumentDate, indicatorTitle, reasonText } from '../source-line';
import { deadlineOf, differenceText, indicatorSentences, targetText } from './bulletin-sentences';

export type BulletinBlock =
  /** `newPage`: the chapter starts a page (the sections, so none is split from its heading after the table). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; newPage?: boolean }
  /** `keep`: on the same page as what follows (a section's sentences and its chart). */
  | { kind: 'paragraph'; text: string; tone?: 'meta' | 'note' | 'quote'; keep?: boolean }
  /** A real table: a header row (repeated on each page) and rows of text; widths in shares of the page. */
  | { kind: 'table'; columns: readonly string[]; widths: readonly number[]; rows: string[][] }
  | { kind: 'chart'; chart: ExportChart; alt: string };

export interface Bulletin {
  title: string;
  /** The blank issuer line's label ('发布单位：'), filled in by hand. */
  issuerLabel: string;
  dateLine: string;
  locale: Locale;
  blocks: BulletinBlock[];
}

export interface BulletinInput {
  dataset: Pick<Dataset, 'documents' | 'regions' | 'topics'>;
  /** The selection, in the order shown. */
  indicators: readonly Indicator[];
  /** Progress per indicator id as of `asOf` (with the imports); an indicator without one is left out. */
  progress: ReadonlyMap<string, Progress | null>;
  extra?: ReadonlyMap<string, readonly Observation[]>;
  filters: FilterSummary;
  locale: Locale;
  /** YYYY-MM-DD */
  asOf: string;
  /** The day the bulletin is dated (YYYY-MM-DD); the as-of date when not given. */
  issued?: string;
}

interface Item {
  indicator: Indicator;
  progress: Progress;
  extra: readonly Observation[];
  name: string;
}

/** How many of the items each status has, in the method's order, zeros left out. */
export function statusCounts(items: readonly { progress: Progress }[]): [Status, number][] {
  // The legend lists every status in the method's order (STATUSES; a test holds them equal). A runtime import
  // of STATUSES here made the bundler split the first screen's chunk in nine, +1.2 kB gzip on its path.
  const order = Object.keys(LEGEND_WORDS['zh-CN'].statuses) as Status[];
  return order
    .map((s): [Status, number] => [s, items.filter((i) => i.progress.status === s).length])
    .filter(([, n]) => n > 0);
}

function regionTitle(input: BulletinInput): string {
  const w = BULLETIN_WORDS[input.locale];
  const names = input.filters.region.map((id) => {
    const r = input.dataset.regions.find((x) => x.id === id);
    return r ? localName(r.name, input.locale) : id;
  });
  return names.length ? names.join(w.regionSeparator) : w.allRegions;
}

function summary(targeted: readonly Item[], untargeted: readonly Item[], input: BulletinInput): string[] {
  const { locale, asOf } = input;
  const w = BULLETIN_WORDS[locale];
  const n = targeted.length + untargeted.length;
  const date = formatDocumentDate(asOf, locale);
  const out: string[] = [];
  const sentences: string[] = [
    fillWords(targeted.length ? w.summaryCounts : w.summaryNoTargets, { n, targets: targeted.length }),
  ];
  if (targeted.length) {
    const list = statusCounts(targeted)
      .map(([s, k]) => fillWords(w.statusCount, { status: statusName(s, locale), n: k }))
      .join(w.countSeparator);
    sentences.push(fillWords(w.summaryStatuses, { date, list }));
  }
  if (untargeted.length) {
    sentences.push(
      fillWords(w.summaryNoTargetCount, { status: statusName('no-target', locale), n: untargeted.length }),
    );
  }
  out.push(sentences.join(locale === 'en' ? ' ' : ''));
  if (!targeted.length) return out;

  // The nearest deadlines not yet passed, and the largest gaps still open: named with their figures.
  const now = isoToDate(asOf).getTime();
  const ahead = targeted
    .map((i) => ({ i, deadline: deadlineOf(i.progress) }))
    .filter((x): x is { i: Item; deadline: string } => x.deadline !== null)
    .filter((x) => periodEnd(x.deadline).getTime() >= now)
    .sort((a, b) => periodEnd(a.deadline).getTime() - periodEnd(b.deadline).getTime());
  const nearest = ahead.slice(0, 3);
  const more: string[] = [
    nearest.length
      ? fillWords(w.summaryDeadlines, {
          list: nearest
            .map((x) =>
              fillWords(w.deadlineItem, { name: x.i.name, deadline: formatPeriod(x.deadline, locale) }),
            )
            .join(w.regionSeparator),
        })
      : w.summaryNoDeadlines,
  ];
  const gaps = targeted
    .filter((i) => i.progress.gap && !i.progress.gap.exceeded && i.progress.gap.absolute > 0)
    .sort((a, b) => b.progress.gap!.relative - a.progress.gap!.relative)
    .slice(0, 3);
  more.push(
    gaps.length
      ? fillWords(w.summaryGaps, {
          list: gaps
            .map((i) =>
              fillWords(w.gapItem, {
                name: i.name,
                gap: differenceText(i.progress.gap!.absolute, i.indicator.unit, locale),
                relative: formatPercent(i.progress.gap!.relative, locale),
              }),
            )
            .join(locale === 'en' ? '; ' : '；'),
        })
      : w.summaryNoGaps,
  );
  out.push(more.join(locale === 'en' ? ' ' : ''));
  return out;
}

function withPeriod(figure: string, period: string, locale: Locale): string {
  return fillWords(BULLETIN_WORDS[locale].figureWithPeriod, { figure, period: formatPeriod(period, locale) });
}

/** One row of the progress table: 指标 · 单位 · 基线（时间） · 最新（时间） · 目标（期限） · 完成进度 · 状态. */
export function progressRow(item: Item, locale: Locale): string[] {
  const { indicator, progress: p } = item;
  const t = translator(locale);
  const w = BULLETIN_WORDS[locale];
  // Money is shown in 亿元 or 万元 (bn or m yuan) by its size: the column names the one its figures use.
  const shown = [p.baseline?.value, p.latest?.value, p.target?.value].filter((v) => v !== undefined);
  const money = indicator.unit === '亿元' ? sharedMoneyUnit(shown, locale) : null;
  const unit = money ?? t(`export.unit.${indicator.unit}`);
  const baseline = p.baseline
    ? withPeriod(pointText(p.baseline, indicator.unit, locale), p.baseline.period, locale)
    : MISSING;
  let latest = MISSING;
  if (p.latest) {
    const figure = pointText(p.latest, indicator.unit, locale);
    const shown = p.flow
      ? fillWords(w.flowWindow, { figure, from: formatPeriod(p.flow.windowStart, locale) })
      : figure;
    latest = withPeriod(shown, p.latest.period, locale);
  }
  const target = targetText(indicator, p, locale);
  const deadline = deadlineOf(p);
  return [
    item.name,
    unit,
    baseline,
    latest,
    target && deadline ? withPeriod(target, deadline, locale) : MISSING,
    formatPercent(p.distanceCovered, locale),
    statusName(p.status, locale),
  ];
}

function noTargetRow(item: Item, locale: Locale): string[] {
  const { indicator, progress: p } = item;
  const t = translator(locale);
  return [
    item.name,
    t(`export.unit.${indicator.unit}`),
    p.latest ? withPeriod(pointText(p.latest, indicator.unit, locale), p.latest.period, locale) : MISSING,
    reasonText(p, indicator.unit, locale),
  ];
}

/** 数据来源: every figure of the selection under the document it is quoted from; user imports apart. */
function sources(items: readonly Item[], input: BulletinInput): BulletinBlock[] {
  const { locale } = input;
  const w = BULLETIN_WORDS[locale];
  const t = translator(locale);
  const docs = new Map(input.dataset.documents.map((d) => [d.id, d]));
  const groups = new Map<string, { doc: SourceDocument | null; lines: string[] }>();
  const userLines: string[] = [];
  for (const item of items) {
    for (const o of [...item.indicator.observations, ...item.extra]) {
      const line = fillWords(w.sourceFigure, {
        name: item.name,
        role:
          o.basis === 'level'
            ? w.role[o.role]
            : fillWords(w.roleBasis, { role: w.role[o.role], basis: t(`table.basis.${o.basis}`) }),
        figure: figureText(o.value, o, observationUnit(o.basis, item.indicator.unit), locale),
        period: formatPeriod(o.period, locale),
        quote: o.source.quote,
      });
      if (o.userSupplied === true) {
        userLines.push(line);
        continue;
      }
      const id = o.source.document;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { doc: docs.get(id) ?? null, lines: [] }));
      group.lines.push(line);
    }
  }
  const blocks: BulletinBlock[] = [
    { kind: 'heading', level: 1, text: w.sourcesHeading },
    { kind: 'paragraph', text: w.sourcesIntro },
  ];
  for (const [id, g] of groups) {
    const heading = g.doc
      ? fillWords(w.sourceDocument, {
          title: g.doc.title,
          issuer: g.doc.issuer,
          date: formatDocumentDate(g.doc.published, locale),
        })
      : id;
    blocks.push({ kind: 'heading', level: 3, text: heading });
    for (const line of g.lines) blocks.push({ kind: 'paragraph', text: line, tone: 'quote' });
  }
  if (userLines.length) {
    blocks.push({ kind: 'heading', level: 3, text: w.userImportHeading });
    for (const line of userLines) blocks.push({ kind: 'paragraph', text: line, tone: 'quote' });
  }
  return blocks;
}

/** 说明: the method in plain words, the statuses met in this bulletin, 推算, and the user's imports. */
function method(items: readonly Item[], input: BulletinInput): BulletinBlock[] {
  const { locale } = input;
  const w = BULLETIN_WORDS[locale];
  const legend = LEGEND_WORDS[locale];
  const imported = items.filter((i) =>
    [...i.indicator.observations, ...i.extra].some((o) => o.userSupplied === true),
  );
  return [
    { kind: 'heading', level: 1, text: w.methodHeading },
    { kind: 'paragraph', text: w.methodIntro },
    ...statusCounts(items).map(([s]): BulletinBlock => ({
      kind: 'paragraph',
      text: fillWords(w.methodStatus, { status: statusName(s, locale), meaning: legend.statuses[s] }),
      tone: 'note',
    })),
    { kind: 'paragraph', text: fillWords(w.methodProjection, { text: legend.projection }), tone: 'note' },
    { kind: 'paragraph', text: fillWords(w.methodAsOf, { text: legend.asOf }), tone: 'note' },
    {
      kind: 'paragraph',
      text: imported.length
        ? fillWords(w.methodUserImported, { list: imported.map((i) => i.name).join(w.regionSeparator) })
        : w.methodNoUserImported,
    },
  ];
}

const PROGRESS_WIDTHS = [0.22, 0.08, 0.14, 0.16, 0.16, 0.1, 0.14];
const NO_TARGET_WIDTHS = [0.3, 0.1, 0.2, 0.4];

/** The bulletin of a selection as of a day: title block, 总体情况, 指标进展表, sections, 数据来源, 说明. */
export function buildBulletin(input: BulletinInput): Bulletin {
  const { locale, asOf } = input;
  const w = BULLETIN_WORDS[locale];
  const date = formatDocumentDate(asOf, locale);
  const items: Item[] = input.indicators.flatMap((indicator) => {
    const progress = input.progress.get(indicator.id);
    if (!progress) return [];
    const extra = input.extra?.get(indicator.id) ?? [];
    return [{ indicator, progress, extra, name: localName(indicator.name, locale) }];
  });
  const targeted = items.filter((i) => i.progress.status !== 'no-target');
  const untargeted = items.filter((i) => i.progress.status === 'no-target');

  const blocks: BulletinBlock[] = [
    {
      kind: 'paragraph',
      text: fillWords(w.selection, { filter: filterText(input.filters, input.dataset, locale) }),
      tone: 'meta',
    },
    { kind: 'heading', level: 1, text: w.summaryHeading },
    ...summary(targeted, untargeted, input).map((text): BulletinBlock => ({ kind: 'paragraph', text })),
  ];
  if (targeted.length) {
    blocks.push(
      { kind: 'heading', level: 1, text: w.tableHeading },
      {
        kind: 'table',
        columns: w.tableColumns,
        widths: PROGRESS_WIDTHS,
        rows: targeted.map((i) => progressRow(i, locale)),
      },
      { kind: 'heading', level: 1, text: w.sectionsHeading, newPage: true },
    );
    const day = isoToDate(asOf);
    for (const item of targeted) {
      const title = indicatorTitle(item.indicator, input.dataset, locale);
      blocks.push({ kind: 'heading', level: 2, text: title });
      // One paragraph, as a bulletin writes it (and one LibreOffice keeps with its heading and chart).
      const sentences = indicatorSentences(item.indicator, item.progress, locale, asOf);
      blocks.push({ kind: 'paragraph', text: sentences.join(locale === 'en' ? ' ' : ''), keep: true });
      blocks.push({
        kind: 'chart',
        chart: exportChart({
          indicator: item.indicator,
          progress: item.progress,
          dataset: input.dataset,
          locale,
          asOf: day,
          extra: item.extra,
        }),
        alt: fillWords(w.chartAlt, { name: title }),
      });
    }
  }
  if (untargeted.length) {
    blocks.push(
      { kind: 'heading', level: 1, text: w.noTargetHeading },
      { kind: 'paragraph', text: fillWords(w.noTargetIntro, { n: untargeted.length, date }) },
      {
        kind: 'table',
        columns: w.noTargetColumns,
        widths: NO_TARGET_WIDTHS,
        rows: untargeted.map((i) => noTargetRow(i, locale)),
      },
    );
  }
  blocks.push(...sources(items, input), ...method(items, input), {
    kind: 'paragraph',
    text: w.end,
    tone: 'meta',
  });
  let chapter = 0;
  for (const b of blocks) if (b.kind === 'heading' && b.level === 1) b.text = w.numbered(++chapter, b.text);
  return {
    title: fillWords(w.title, { region: regionTitle(input), date }),
    issuerLabel: w.issuer,
    dateLine: fillWords(w.date, { date: formatDocumentDate(input.issued ?? asOf, locale) }),
    locale,
    blocks,
  };
}

/** Every text of the bulletin in reading order (for tests and the chart-free checks). */
export function bulletinText(b: Bulletin): string {
  const cells = (block: BulletinBlock): string[] => {
    switch (block.kind) {
      case 'table':
        return [block.columns.join(' | '), ...block.rows.map((r) => r.join(' | '))];
      case 'chart':
        return [block.alt];
      default:
        return [block.text];
    }
  };
  return [b.title, b.issuerLabel, b.dateLine, ...b.blocks.flatMap(cells)].join('\n');
}
