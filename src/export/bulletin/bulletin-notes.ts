// The bulletin's closing chapters: 数据来源 (every figure with its document and sentence) and 说明 (the method
// in plain words, the statuses met, 推算, the user's imports). Pure.
import { observationUnit, type SourceDocument } from '../../domain/dataset-schema';
import { BULLETIN_WORDS, fillWords } from '../../i18n/bulletin-words';
import { LEGEND_WORDS } from '../../i18n/legend-words';
import { figureText, observationPeriodText, statusName } from '../../i18n/progress-words';
import { exportTranslator } from '../../i18n/export-words';
import { formatDocumentDate } from '../source-line';
import { statusCounts } from './bulletin-summary';
import type { BulletinBlock, BulletinInput, BulletinItem as Item } from './bulletin-types';

/** 数据来源: every figure of the selection under the document it is quoted from; user imports apart. */
export function sources(items: readonly Item[], input: BulletinInput): BulletinBlock[] {
  const { locale } = input;
  const w = BULLETIN_WORDS[locale];
  const t = exportTranslator(locale);
  const docs = new Map(input.dataset.documents.map((d) => [d.id, d]));
  const groups = new Map<string, { doc: SourceDocument | null; lines: string[] }>();
  const userLines: string[] = [];
  for (const item of items) {
    for (const o of [...item.indicator.observations, ...item.extra]) {
      const stated = fillWords(w.sourceFigure, {
        name: item.name,
        role:
          o.basis === 'level'
            ? w.role[o.role]
            : fillWords(w.roleBasis, { role: w.role[o.role], basis: t(`table.basis.${o.basis}`) }),
        figure: figureText(o.value, o, observationUnit(o.basis, item.indicator.unit), locale),
        period: observationPeriodText(o, locale),
        quote: o.source.quote,
      });
      const line = o.draft === true ? stated + w.draftMark : stated;
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
export function method(items: readonly Item[], input: BulletinInput): BulletinBlock[] {
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
