// The monitoring bulletin (监测通报) as a model: the blocks of the document — headings, paragraphs, tables,
// charts — composed from the selection, its progress and the as-of date. Pure, and no docx here: the writer
// (bulletin-docx.ts) turns the blocks into Word, a test reads them as they are. Every number comes from the
// progress method (src/domain/progress*.ts), every word from src/i18n (bulletin-words.ts and the dictionaries).
import { isoToDate } from '../../domain/period';
import { BULLETIN_WORDS, fillWords } from '../../i18n/bulletin-words';
import { localName } from '../../i18n/local-name';
import { exportChart } from '../export-option';
import { filterText } from '../filter-text';
import { formatDocumentDate, indicatorTitle } from '../source-line';
import { method, sources } from './bulletin-notes';
import { indicatorSentences } from './bulletin-sentences';
import { summaryParagraphs } from './bulletin-summary';
import { NO_TARGET_WIDTHS, noTargetRow, PROGRESS_WIDTHS, progressRow } from './bulletin-tables';
import type { Bulletin, BulletinBlock, BulletinInput, BulletinItem } from './bulletin-types';

export type { Bulletin, BulletinBlock, BulletinInput } from './bulletin-types';

function regionTitle(input: BulletinInput): string {
  const w = BULLETIN_WORDS[input.locale];
  const names = input.filters.region.map((id) => {
    const r = input.dataset.regions.find((x) => x.id === id);
    return r ? localName(r.name, input.locale) : id;
  });
  return names.length ? names.join(w.regionSeparator) : w.allRegions;
}

/** The bulletin of a selection as of a day: title block, 总体情况, 指标进展表, sections, 数据来源, 说明. */
export function buildBulletin(input: BulletinInput): Bulletin {
  const { locale, asOf } = input;
  const w = BULLETIN_WORDS[locale];
  const date = formatDocumentDate(asOf, locale);
  const items: BulletinItem[] = input.indicators.flatMap((indicator) => {
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
    ...summaryParagraphs(targeted, untargeted, input).map((text): BulletinBlock => ({
      kind: 'paragraph',
      text,
    })),
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
