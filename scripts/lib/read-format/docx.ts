// A Word .docx file's text, with mammoth: one paragraph a line, tables cell by cell. The archive is
// checked for a zip bomb first (zip-guard.ts); an encrypted .docx is not a ZIP but an OLE file, as is an
// old .doc, and is told apart by its first bytes.
import mammoth from 'mammoth';
import type { Result } from '../../../src/domain/types';
import { checkZip } from './zip-guard';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

export async function readDocx(bytes: Uint8Array): Promise<Result<string>> {
  if (startsWith(bytes, OLE)) {
    return {
      ok: false,
      error:
        'encrypted (password-protected) or an old .doc saved under the .docx name: ' +
        'open it in Word or WPS and save it as .docx without a password',
    };
  }
  if (!startsWith(bytes, ZIP))
    return { ok: false, error: 'not a Word .docx file (a .docx is a ZIP archive; this one is not)' };
  const zip = checkZip(bytes);
  if (!zip.ok) return zip;
  if (!zip.value.some((e) => e.name === 'word/document.xml'))
    return { ok: false, error: 'a ZIP archive without word/document.xml: not a Word document' };
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    return { ok: false, error: `damaged: the Word file could not be read (${(e as Error).message})` };
  }
  // mammoth ends every paragraph with a blank line; one line a paragraph, as in the other formats.
  const text = raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  if (text === '') return { ok: false, error: 'the Word file holds no text' };
  return { ok: true, value: `${text}\n` };
}
