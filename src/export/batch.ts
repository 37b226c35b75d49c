// The ZIP of many panels: PNG + SVG (fflate). The deck of slides is pptx-deck.ts.
// The renderers are passed in, so this runs (and is tested) without a browser. Every panel reports
// progress and checks the AbortSignal, and the work yields between panels so the page stays responsive.
import { zipSync, type Zippable } from 'fflate';
import { nextTask, throwIfAborted as check, type BatchOptions } from './batch-steps';
import type { ExportChart } from './export-option';
import { safeFileName } from './names';

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
