// The bulletin model (bulletin-model.ts) written as Word (.docx) with the `docx` package: A4 portrait, the
// title block, headings, real tables whose header row repeats on each page, and each chart as a picture the
// width of the text. The chart renderer is passed in — the browser's PNG renderer in the app, resvg in
// `npm run bulletin` — so this runs (and is tested) without a browser. Loaded only with the bulletin.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { ExportChart } from '../export-option';
import type { Bulletin, BulletinBlock } from './bulletin-types';

export type RenderPng = (chart: ExportChart) => Promise<Uint8Array>;

export interface BulletinDocxOptions {
  /** Called after each chart: done of total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

// A4 in twips (1/20 pt), 2.5 cm / 2 cm margins: the text is 9,638 twips (17 cm) wide.
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134 } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The text width in pixels at 96 to the inch, as ImageRun sizes a picture. */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);
/** A chart is never taller than this share of the page's text height, so it stays beside its sentences. */
const MAX_CHART_HEIGHT_PX = Math.floor(((PAGE.height - MARGIN.top - MARGIN.bottom) / 1440) * 96 * 0.45);

// Fonts a Chinese Word install has (宋体 for text, 黑体 for headings); other programs substitute their own.
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };

function check(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

/** The chart's size on the page, in pixels: the text's width, its aspect kept, capped in height. */
export function chartSize(chart: Pick<ExportChart, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(TEXT_WIDTH_PX / chart.width, MAX_CHART_HEIGHT_PX / chart.height);
  return { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) };
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER } as const;

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header && { shading: { type: ShadingType.CLEAR, fill: 'E5E7EB', color: 'auto' } }),
    children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 18 })] })],
  });
}

function table(block: Extract<BulletinBlock, { kind: 'table' }>): Table {
  const widths = block.widths.map((w) => Math.round(w * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => cell(c, widths[i]!, true)),
      }),
      ...block.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, widths[i]!, false)) }),
      ),
    ],
  });
}

/**
 * A paragraph; with `picture`, the chart its sentences are about below them in the same paragraph, its lines
 * kept together: LibreOffice does not always honour keep-with-next from a heading through the sentences to
 * the chart, and a section split from its chart (or its heading) reads badly.
 */
function paragraph(block: Extract<BulletinBlock, { kind: 'paragraph' }>, picture?: ImageRun): Paragraph {
  const tone = block.tone;
  return new Paragraph({
    keepNext: block.keep === true && !picture,
    keepLines: picture !== undefined,
    spacing: { after: tone === 'quote' ? 60 : 120, line: picture ? undefined : 360 },
    ...(tone === 'quote' ? { indent: { left: 420 } } : { indent: { firstLine: tone ? 0 : 420 } }),
    children: [
      new TextRun({
        text: block.text,
        ...(tone === 'meta' && { color: '4B5563' }),
        ...((tone === 'quote' || tone === 'note') && { size: 20 }),
      }),
      ...(picture ? [new TextRun({ break: 1 }), picture] : []),
    ],
  });
}

function chartPicture(block: Extract<BulletinBlock, { kind: 'chart' }>, png: Uint8Array): ImageRun {
  return new ImageRun({
    type: 'png',
    data: png,
    transformation: chartSize(block.chart),
    altText: { name: block.alt, title: block.alt, description: block.alt },
  });
}

function titleBlock(b: Bulletin): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: b.title, bold: true, size: 36, font: HEADING_FONT })],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: b.issuerLabel }),
        // The issuer is left blank, underlined, for the sender to fill in.
        new TextRun({ text: '\u3000'.repeat(14), underline: {} }),
      ],
    }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: b.dateLine })] }),
  ];
}

/** The bulletin as a .docx file's bytes; each chart drawn with `renderPng`, in order, with progress. */
export async function writeBulletinDocx(
  b: Bulletin,
  renderPng: RenderPng,
  options: BulletinDocxOptions = {},
): Promise<Uint8Array> {
  const { onProgress, signal } = options;
  const charts = b.blocks.filter((x) => x.kind === 'chart').length;
  let drawn = 0;
  onProgress?.(0, charts);
  const children: ISectionOptions['children'][number][] = [...titleBlock(b)];
  const draw = async (block: Extract<BulletinBlock, { kind: 'chart' }>) => {
    const picture = chartPicture(block, await renderPng(block.chart));
    onProgress?.(++drawn, charts);
    return picture;
  };
  for (let i = 0; i < b.blocks.length; i++) {
    const block = b.blocks[i]!;
    check(signal);
    switch (block.kind) {
      case 'heading':
        children.push(
          new Paragraph({
            heading: HEADINGS[block.level],
            keepNext: true,
            pageBreakBefore: block.newPage === true,
            spacing: { before: 240, after: 120 },
            children: [new TextRun({ text: block.text, font: HEADING_FONT })],
          }),
        );
        break;
      case 'paragraph': {
        const next = b.blocks[i + 1];
        if (block.keep && next?.kind === 'chart') {
          children.push(paragraph(block, await draw(next)));
          i++;
        } else children.push(paragraph(block));
        break;
      }
      case 'table':
        children.push(table(block), new Paragraph({ children: [] }));
        break;
      case 'chart':
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [await draw(block)],
          }),
        );
        break;
    }
  }
  check(signal);
  const doc = new Document({
    title: b.title,
    creator: '',
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 24 } },
        heading1: { run: { font: HEADING_FONT, size: 30, bold: true, color: '111827' } },
        heading2: { run: { font: HEADING_FONT, size: 26, bold: true, color: '111827' } },
        heading3: { run: { font: HEADING_FONT, size: 22, bold: true, color: '374151' } },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
