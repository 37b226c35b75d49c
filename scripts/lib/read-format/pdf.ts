// A PDF's text layer as plain text, with pdfjs-dist (Mozilla's PDF.js) and the CJK character maps it ships.
// Lines are rebuilt from the glyph runs' positions, and a line that runs to the column's right edge goes
// on in the next one: a sentence wrapped by the layout is one sentence again, so quotes copied from the
// document as a reader sees it are found. A page number alone at a page's top or bottom is dropped.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Result } from '../../../src/domain/types';

const require = createRequire(import.meta.url);
const PDFJS = dirname(require.resolve('pdfjs-dist/package.json'));

/** Fewer visible characters than this per page on average: the pages are images (a scan), not text. */
const MIN_CHARS_PER_PAGE = 10;
/** Pages read at most: a policy document is tens of pages; the limit keeps a hostile file's cost bounded. */
export const MAX_PDF_PAGES = 500;

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

export async function readPdf(bytes: Uint8Array): Promise<Result<string>> {
  // Readers accept a header a little way in; anything without one is some other file named .pdf.
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-'))
    return {
      ok: false,
      error: 'not a PDF file (no %PDF- header): is it the right file, or another format renamed?',
    };
  const task = getDocument({
    // pdfjs takes ownership of the buffer it is given, and wants a plain Uint8Array (not a Buffer): a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${join(PDFJS, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(PDFJS, 'standard_fonts')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES)
      return {
        ok: false,
        error: `${doc.numPages} pages, more than the ${MAX_PDF_PAGES} a policy document has`,
      };
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((i): i is TextItem => 'str' in i)));
      page.cleanup();
    }
    const visible = pages.flat().reduce((sum, l) => sum + l.text.replace(/\s/g, '').length, 0);
    if (visible < MIN_CHARS_PER_PAGE * doc.numPages) {
      return {
        ok: false,
        error:
          `no text layer (${visible} characters in ${doc.numPages} page(s)): a scanned PDF is only images. ` +
          'Get the document as text, Word or a PDF with text (or run OCR on it and check the result)',
      };
    }
    return { ok: true, value: paragraphs(pages.map(withoutPageNumbers)) };
  } catch (e) {
    return { ok: false, error: pdfProblem(e) };
  } finally {
    await task.destroy();
  }
}

function pdfProblem(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException')
    return 'encrypted: the PDF needs a password to open. Save a copy without the password (or as Word or text)';
  if (name === 'InvalidPDFException')
    return `not a readable PDF (damaged or cut off: ${message}). Download or export it again`;
  return `the PDF could not be read (${message}). Download or export it again, or save it as Word or text`;
}

/** The page's glyph runs grouped into lines (same baseline), top to bottom, each left to right. */
function linesOf(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const [a, b, , , x, y] = item.transform as number[];
    const size = Math.hypot(a ?? 0, b ?? 0) || 1;
    const last = lines.at(-1);
    if (last && Math.abs(last.y - (y ?? 0)) < size * 0.5 && (x ?? 0) >= last.right - size) {
      last.text += item.str;
      last.right = Math.max(last.right, (x ?? 0) + item.width);
    } else if (item.str !== '') {
      lines.push({ text: item.str, x: x ?? 0, right: (x ?? 0) + item.width, y: y ?? 0, size });
    }
  }
  return lines.filter((l) => l.text.trim() !== '');
}

const PAGE_NUMBER = /^[\s\-—–－·第页]*\d{1,4}[\s\-—–－·页/共]*\d{0,4}[\s\-—–－·页]*$/;

function withoutPageNumbers(lines: Line[]): Line[] {
  const out = [...lines];
  if (out.length > 1 && PAGE_NUMBER.test(out.at(-1)?.text ?? '')) out.pop();
  if (out.length > 1 && PAGE_NUMBER.test(out[0]?.text ?? '')) out.shift();
  return out;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’、，。；：！？（）《》〔〕【】—…]/;

/** Lines joined into paragraphs: a line that reaches the column's right edge continues in the next one. */
function paragraphs(pages: readonly Line[][]): string {
  let out = '';
  let previous: { line: Line; full: boolean } | null = null;
  for (const lines of pages) {
    const right = Math.max(...lines.map((l) => l.right));
    const left = Math.min(...lines.map((l) => l.x));
    for (const line of lines) {
      const text = line.text.trimEnd();
      if (previous) {
        const indented = line.x > left + line.size * 1.2;
        const sameParagraph = previous.full && !indented && gapIsLine(previous.line, line);
        out += sameParagraph ? joint(out, text) : '\n';
      }
      out += text;
      previous = { line, full: reachesEdge(text, line, right) };
    }
  }
  return `${out}\n`;
}

/**
 * A line that ends at the column's edge was wrapped. The layout may also break early before a run it cannot
 * split (a year range, a number with its unit), so a line that ends a little short without a full stop
 * counts as wrapped too; a short line (a heading) does not.
 */
function reachesEdge(text: string, line: Line, right: number): boolean {
  if (line.right >= right - line.size * 1.5) return true;
  return !/[。：:！？；;!?]$/.test(text) && line.right >= right - line.size * 8;
}

/** The next line follows at about one line's distance (or starts a new page). */
function gapIsLine(a: Line, b: Line): boolean {
  const gap = a.y - b.y;
  return gap < 0 || gap < a.size * 2.2;
}

/** What joins two wrapped lines: nothing in Chinese text, a space between two Latin words. */
function joint(before: string, after: string): string {
  const last = before.at(-1) ?? '';
  const first = after[0] ?? '';
  if (CJK.test(last) || CJK.test(first)) return '';
  return /[A-Za-z]/.test(last) && /[A-Za-z]/.test(first) ? ' ' : '';
}
