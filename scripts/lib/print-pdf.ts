// The print layout as a user gets it, printed by chromium to PDF (print media), and what the PDF holds: its
// pages' text (pdftotext) and the size of every glyph run (pdfjs-dist). Shared by the browser test and the
// benchmark.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

const require = createRequire(import.meta.url);
const PDFJS = dirname(require.resolve('pdfjs-dist/package.json'));

/** A4 as the user's print dialog defaults to; the page's own @page rule sets the margins. */
const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: true } as const;

/**
 * The print button, as a user clicks it, with the browser's print dialog replaced by a counter: resolves
 * once the page has asked to print (its print layout is ready then).
 */
export async function clickPrintButton(page: Page, button: RegExp): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed > 0, null, {
    timeout: 300_000,
  });
}

/** The print button, then what its dialog would have printed, as a PDF. */
export async function printViaButton(page: Page, button: RegExp): Promise<Buffer> {
  await clickPrintButton(page, button);
  return page.pdf(PDF_OPTIONS);
}

/** Ctrl+P on the page as it is: chromium's print to PDF fires beforeprint and afterprint as the dialog does. */
export function printPage(page: Page): Promise<Buffer> {
  return page.pdf(PDF_OPTIONS);
}

export interface PdfFacts {
  pages: number;
  /** Each page's text as pdftotext reads it. */
  pageTexts: string[];
  /** Every glyph run's size in pt (its text matrix's scale), with its text. */
  runs: { page: number; size: number; text: string }[];
}

export async function pdfFacts(pdf: Uint8Array): Promise<PdfFacts> {
  const dir = mkdtempSync(join(tmpdir(), 'print-pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pageTexts = text.split('\f');
    if (pageTexts.at(-1)?.trim() === '') pageTexts.pop();
    const task = getDocument({
      data: new Uint8Array(pdf),
      cMapUrl: `${join(PDFJS, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(PDFJS, 'standard_fonts')}/`,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    });
    try {
      const doc = await task.promise;
      const runs: PdfFacts['runs'] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const p = await doc.getPage(n);
        const content = await p.getTextContent();
        for (const item of content.items) {
          if (!('str' in item) || (item as TextItem).str.trim() === '') continue;
          const [a, b, c, d] = (item as TextItem).transform as number[];
          // The glyphs' height on the page: the text matrix's vertical scale (rotation-free).
          const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0);
          runs.push({ page: n, size, text: (item as TextItem).str });
        }
        p.cleanup();
      }
      return { pages: doc.numPages, pageTexts, runs };
    } finally {
      await task.destroy();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text without any whitespace: a name wrapped over two lines is found again. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');
