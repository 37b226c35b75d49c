// The one entry to the format readers: a document file's bytes in, its text out (not yet normalised: the
// domain's normalizeText does that, the same for every format), or what is wrong with it as `problem`
// (the build prints it as `file: problem`). The format is the file's extension; each has a size limit, so
// a huge file is refused before it is parsed.
import { MAX_DOCUMENT_BYTES, tooLarge } from '../../../src/domain/catalogue/read-documents';
import { seedExtension, unsupportedFormat, type SeedExtension } from '../../../src/domain/text/seed-formats';
import type { Result } from '../../../src/domain/types';
import { readTxt } from './txt';

const MB = 1024 * 1024;

/**
 * Bytes a file of each format may have. Text is refused over MAX_DOCUMENT_BYTES (the most a document's text
 * may be); a page carries markup and scripts, a Word file or PDF fonts and images, so theirs are larger.
 */
export const MAX_FILE_BYTES: Readonly<Record<SeedExtension, number>> = {
  txt: MAX_DOCUMENT_BYTES,
  html: 8 * MB,
  htm: 8 * MB,
  docx: 32 * MB,
  pdf: 32 * MB,
};

/** The size limit of a file's format (0 for a format seeds/ does not accept: nothing of it is read). */
export function fileLimit(path: string): number {
  const ext = seedExtension(path);
  return ext ? MAX_FILE_BYTES[ext] : 0;
}

export async function readSeedText(path: string, bytes: Uint8Array): Promise<Result<string>> {
  const ext = seedExtension(path);
  if (ext === null) return { ok: false, error: unsupportedFormat(path) };
  if (bytes.length > MAX_FILE_BYTES[ext])
    return { ok: false, error: tooLarge('larger', MAX_FILE_BYTES[ext]) };
  if (ext === 'txt') return readTxt(bytes);
  if (bytes.length === 0) return { ok: false, error: 'the document is empty (0 bytes)' };
  try {
    return await readFormat(ext, bytes);
  } catch (e) {
    // The readers return their problems; a library that throws anyway still gives the file a problem.
    return { ok: false, error: `could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/**
 * Each reader is loaded when a file of its format is first read: pdfjs, mammoth and linkedom cost a build
 * of .txt seeds ~1 s and ~170 MB more when loaded up front (2.0 s / 122 MB → 3.0 s / 290 MB here).
 */
async function readFormat(ext: Exclude<SeedExtension, 'txt'>, bytes: Uint8Array): Promise<Result<string>> {
  switch (ext) {
    case 'html':
    case 'htm':
      return (await import('./html')).readHtml(bytes);
    case 'docx':
      return (await import('./docx')).readDocx(bytes);
    case 'pdf':
      return (await import('./pdf')).readPdf(bytes);
  }
}
