// A plain-text document: UTF-8, GB18030/GBK or UTF-16 with a BOM (src/domain/text/decode.ts). A PDF or Word
// file saved under the .txt name is told to take its own extension, which seeds/ reads.
import { decodeDocument } from '../../../src/domain/text/decode';
import type { Result } from '../../../src/domain/types';

const RENAME: readonly [readonly number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'give it the .pdf extension: seeds/ reads PDF files with a text layer'],
  [[0x50, 0x4b, 0x03, 0x04], 'if it is a Word file, give it the .docx extension: seeds/ reads .docx files'],
];
const SAVE_TEXT =
  "put the document's plain text in it, saved as UTF-8 (or use its .html, .docx or .pdf file)";

export function readTxt(bytes: Uint8Array): Result<string> {
  const decoded = decodeDocument(bytes);
  if (decoded.ok) return decoded;
  const hint = RENAME.find(([sig]) => sig.every((b, i) => bytes[i] === b))?.[1] ?? SAVE_TEXT;
  return { ok: false, error: `${decoded.error}: ${hint}` };
}
