// Section 7 of `npm run bench`: each export of the built app as a user starts it, with every indicator of the
// real dataset in view (as of a fixed date): the time from the click to the download, and the file's size.
// The first click of a kind also loads its code (its chunk, the font for images); each kind is timed `runs`
// times in turns, on one page, so the first run shows that cost and the median the steady one.
import { statSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { launch, openPage, serveDist } from '../lib/browser';
import { pdfFacts, printViaButton } from '../lib/print-pdf';
import { formatSummary, summarize } from '../lib/stats';
import type { SectionResult } from './section';

const AS_OF = '2025-06-30';

interface ExportKind {
  label: string;
  button: RegExp;
  /** In the first panel (per-chart exports) rather than the toolbar. */
  panel?: boolean;
}

export const EXPORT_KINDS: readonly ExportKind[] = [
  { label: 'CSV', button: /^导出 CSV 表格/ },
  { label: 'XLSX', button: /^导出 XLSX：/ },
  { label: 'dataset JSON', button: /^下载数据集 JSON/ },
  { label: 'PNG 2× (one chart)', button: /^导出 PNG 图片（2×）/, panel: true },
  { label: 'PNG 3× (one chart)', button: /^导出 PNG（3×）图片/, panel: true },
  { label: 'SVG (one chart)', button: /^导出 SVG 矢量图/, panel: true },
  { label: 'ZIP (PNG+SVG)', button: /^导出 ZIP（PNG\+SVG）/ },
  { label: 'PPTX', button: /^导出 PPTX 演示文稿/ },
];

async function timeDownload(
  page: Page,
  within: Locator,
  button: RegExp,
): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    within.getByRole('button', { name: button }).first().click(),
  ]);
  const path = await download.path();
  const ms = performance.now() - t0;
  return { ms, bytes: statSync(path!).size };
}

/** `only`: the kinds whose labels start with one of these (any case); all when null. */
export async function benchExports(
  dist: string,
  runs = 3,
  only: readonly string[] | null = null,
): Promise<SectionResult> {
  const kinds = EXPORT_KINDS.filter(
    (k) => !only || only.some((o) => k.label.toLowerCase().startsWith(o.toLowerCase())),
  );
  if (kinds.length === 0) throw new Error(`no export kind starts with ${only?.join(', ')}`);
  const server = await serveDist(dist);
  const browser = await launch();
  try {
    const { page } = await openPage(browser, `${server.url}?asOf=${AS_OF}`);
    await page.getByRole('toolbar', { name: '导出当前筛选结果' }).waitFor();
    const shown = await page.getByText(/显示 \d+ \/ \d+ 项指标/).innerText();
    const times = new Map<string, number[]>();
    const sizes = new Map<string, number>();
    for (let i = 0; i < runs; i++) {
      for (const kind of kinds) {
        const within = kind.panel ? page.getByRole('article').first() : page.getByRole('main');
        const { ms, bytes } = await timeDownload(page, within, kind.button);
        times.set(kind.label, [...(times.get(kind.label) ?? []), ms]);
        sizes.set(kind.label, bytes);
      }
    }
    // Print: from the click on the print button to chromium's PDF of the print layout (print media, A4).
    const printTimes: number[] = [];
    let print = { bytes: 0, pages: 0 };
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const pdf = await printViaButton(page, /^打印 \/ PDF/);
      printTimes.push(performance.now() - t0);
      print = { bytes: pdf.length, pages: (await pdfFacts(pdf)).pages };
    }
    const firstRun = (label: string) => Math.round(times.get(label)![0]!);
    return {
      lines: [
        `${shown.trim()}, as of ${AS_OF}; ${runs} runs of each, in turns; first run (loads the code) in brackets`,
        ...kinds.map(
          (k) =>
            `${k.label.padEnd(20)} ${(sizes.get(k.label)! / 1024).toFixed(1).padStart(9)} KiB  ` +
            `${formatSummary(summarize(times.get(k.label)!), 'ms', 0)} (first ${firstRun(k.label)} ms)`,
        ),
        `${'print PDF (A4)'.padEnd(20)} ${(print.bytes / 1024).toFixed(1).padStart(9)} KiB  ` +
          `${formatSummary(summarize(printTimes), 'ms', 0)} (first ${Math.round(printTimes[0]!)} ms), ` +
          `${print.pages} pages`,
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
