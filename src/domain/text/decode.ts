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

export function decodeDocument(bytes: Uint8Array): Result<string> {
  if (bytes.length === 0) return { ok: false, error: 'the document is empty (0 bytes)' };
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
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return checkText(gb, 'GB18030');
  return { ok: false, error: 'not valid UTF-8 or GB18030 text (binary data or an unsupported encoding)' };
}
