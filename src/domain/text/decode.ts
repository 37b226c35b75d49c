// Turn the bytes of a document into text: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030
// (which covers GBK and GB2312). Binary and empty input are refused with a message; the caller adds
// the file name.
import type { Result } from '../types';

const CONTROL_SHARE_LIMIT = 0.1;

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of C0 control characters other than tab, LF, CR, FF: high in binary files, ~0 in text. */
function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return text.length === 0 ? 0 : control / text.length;
}

function checkText(text: string, encoding: string): Result<string> {
  if (text.trim().length === 0) return { ok: false, error: 'the document is empty (only whitespace)' };
  if (text.includes('\u0000'))
    return { ok: false, error: `binary data: NUL characters after ${encoding} decoding` };
  if (controlShare(text) > CONTROL_SHARE_LIMIT) {
    return { ok: false, error: `binary data: too many control characters for a ${encoding} text` };
  }
  return { ok: true, value: text };
}

// Files people save into the seeds folder by mistake, by their first bytes.
const SIGNATURES: readonly [readonly number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file'], // %PDF-
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (.docx, .xlsx and .wps files are ZIP archives)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Office file (.doc or .xls)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'], // {\rtf
];

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
function utf8Length(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Bytes that are not valid UTF-8 in a file that is otherwise UTF-8: damaged or cut off, not GBK. */
function utf8Damage(bytes: Uint8Array): { at: number; line: number; count: number; cutOff: boolean } | null {
  let multi = 0;
  let bad = 0;
  let first = -1;
  for (let i = 0; i < bytes.length;) {
    const len = utf8Length(bytes[i] as number);
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      if (len > 1) multi++;
      i += len;
    } else {
      bad++;
      if (first === -1) first = i;
      i++;
    }
  }
  // GBK text read as UTF-8 is mostly invalid sequences; a damaged UTF-8 text is mostly valid ones.
  if (bad === 0 || multi < 8 * bad) return null;
  let line = 1;
  for (let i = 0; i < first; i++) if (bytes[i] === 0x0a) line++;
  const cutOff = bytes.length - first < utf8Length(bytes[first] as number);
  return { at: first, line, count: bad, cutOff };
}

export function decodeDocument(bytes: Uint8Array): Result<string> {
  if (bytes.length === 0) return { ok: false, error: 'the document is empty (0 bytes)' };
  for (const [signature, name] of SIGNATURES) {
    if (hasPrefix(bytes, signature)) return { ok: false, error: `binary data: ${name}, not a text file` };
  }
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text === null) return { ok: false, error: 'starts with a UTF-8 BOM but is not valid UTF-8' };
    return checkText(text, 'UTF-8');
  }
  if (hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(encoding, bytes.subarray(2));
    if (text === null)
      return { ok: false, error: `starts with a ${encoding.toUpperCase()} BOM but does not decode` };
    return checkText(text, encoding.toUpperCase());
  }
  // NUL bytes never occur in UTF-8 or GB18030 text.
  if (bytes.includes(0)) return { ok: false, error: 'binary data: contains NUL bytes' };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return checkText(utf8, 'UTF-8');
  const damage = utf8Damage(bytes);
  if (damage?.cutOff)
    return {
      ok: false,
      error: `UTF-8 text cut off in the middle of a character at the end (line ${damage.line})`,
    };
  if (damage) {
    return {
      ok: false,
      error: `damaged UTF-8: ${damage.count} invalid byte(s), the first on line ${damage.line} (byte ${damage.at})`,
    };
  }
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return checkText(gb, 'GB18030');
  return { ok: false, error: 'not valid UTF-8 or GB18030 text (binary data or an unsupported encoding)' };
}
