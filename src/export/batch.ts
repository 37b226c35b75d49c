// Exports of many panels: ZIP of PNG + SVG (fflate) and a PPTX deck (our writer on fflate, src/export/pptx/,
// loaded on first use).
// The renderers are passed in, so this runs (and is tested) without a browser. Every panel reports
// progress and checks the AbortSignal, and the work yields between panels so the page stays responsive.
import { zipSync, type Zippable } from 'fflate';
import type { ExportChart } from './export-option';
import { safeFileName } from './names';
import type { Slide } from './pptx/deck';

export interface ExportItem {
  id: string;
  title: string;
  sourceLine: string;
  chart: ExportChart;
}

export interface ChartRenderer {
  png: (chart: ExportChart) => Promise<Uint8Array>;
  svg: (chart: ExportChart) => Promise<string>;
}

export interface BatchOptions {
  /** Called after each panel: done of total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function check(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

export { isAbort } from './names';

export type ZipFormat = 'png' | 'svg';

export interface ZipOptions extends BatchOptions {
  formats?: readonly ZipFormat[];
  /** Extra files (e.g. index.csv), added as they are. */
  extraFiles?: Record<string, Uint8Array>;
}

/** One file name per item and format; a repeated id gets a suffix, so nothing is overwritten. */
function uniqueBase(id: string, used: Set<string>): string {
  const base = safeFileName(id);
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

export async function buildZip(
  items: readonly ExportItem[],
  render: ChartRenderer,
  options: ZipOptions = {},
): Promise<Uint8Array> {
  const { formats = ['png', 'svg'], onProgress, signal, extraFiles = {} } = options;
  const files: Zippable = {};
  const used = new Set<string>();
  const encoder = new TextEncoder();
  onProgress?.(0, items.length);
  for (const [i, item] of items.entries()) {
    check(signal);
    const base = uniqueBase(item.id, used);
    // PNG is compressed already: store it; SVG text deflates well.
    if (formats.includes('png')) files[`${base}.png`] = [await render.png(item.chart), { level: 0 }];
    check(signal);
    if (formats.includes('svg')) files[`${base}.svg`] = encoder.encode(await render.svg(item.chart));
    onProgress?.(i + 1, items.length);
    await nextTask();
  }
  check(signal);
  for (const [name, bytes] of Object.entries(extraFiles)) files[name] = bytes;
  return zipSync(files, { level: 6 });
}

export interface DeckCover {
  title: string;
  /** The filter in words ("地区：重庆市；状态：需加快"). */
  filterText: string;
  /** "评估日期：2025年6月30日" */
  asOfText: string;
  /** e.g. "共 12 项指标" */
  countText?: string;
}

// 16:9 wide (PowerPoint's "Widescreen"), in inches.
const SLIDE = { w: 13.333, h: 7.5 } as const;
const MARGIN = 0.5;
const FONT_FACE = 'Microsoft YaHei';
// Titles and source lines are centred in their boxes, cover lines hang from the top: the layout the decks
// had under pptxgenjs, kept so they render the same.

function coverSlide(cover: DeckCover): Slide {
  const lines = [cover.filterText, cover.asOfText, cover.countText].filter((s): s is string => Boolean(s));
  const w = SLIDE.w - 2 * MARGIN;
  return {
    shapes: [
      { kind: 'text', x: MARGIN, y: 2.2, w, h: 1, text: cover.title, size: 36, bold: true, valign: 'middle' },
      { kind: 'text', x: MARGIN, y: 3.4, w, h: 1.6, text: lines.join('\n'), size: 18, color: '4B5563' },
    ],
  };
}

/** Title on top, the chart at full width (aspect kept, shrunk to fit above the source line), source below. */
function chartSlide(item: ExportItem, png: Uint8Array): Slide {
  const width = SLIDE.w - 2 * MARGIN;
  const h = Math.min((width * item.chart.height) / item.chart.width, SLIDE.h - 2.4);
  const w = (h * item.chart.width) / item.chart.height;
  return {
    shapes: [
      {
        kind: 'text',
        x: MARGIN,
        y: 0.3,
        w: width,
        h: 0.7,
        text: item.title,
        size: 24,
        bold: true,
        valign: 'middle',
      },
      { kind: 'picture', x: MARGIN, y: 1.2, w, h, png, description: item.title },
      {
        kind: 'text',
        x: MARGIN,
        y: SLIDE.h - 0.9,
        w: width,
        h: 0.5,
        text: item.sourceLine,
        size: 11,
        color: '6B7280',
        valign: 'middle',
      },
    ],
  };
}

/** A PPTX: a cover slide, then one slide per panel with its title, chart image and source line. */
export async function buildPptx(
  items: readonly ExportItem[],
  renderPng: ChartRenderer['png'],
  cover: DeckCover,
  options: BatchOptions = {},
): Promise<Uint8Array> {
  const { onProgress, signal } = options;
  const { writePptx } = await import('./pptx/pptx-package');
  check(signal);
  const slides = [coverSlide(cover)];
  onProgress?.(0, items.length);
  for (const [i, item] of items.entries()) {
    check(signal);
    slides.push(chartSlide(item, await renderPng(item.chart)));
    onProgress?.(i + 1, items.length);
    await nextTask();
  }
  check(signal);
  return writePptx({ title: cover.title, fontFace: FONT_FACE, slides, created: new Date() });
}
