// decodeDocument on files that are not clean text: known binary formats are named, and a UTF-8 file with a
// few bad bytes (damaged, or cut off mid-character) is reported as such instead of being read as GB18030
// mojibake, while real GBK/GB18030 files still decode.
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/domain/text/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const TEXT =
  '截至2024年6月末，全市科技型企业贷款余额6950亿元、同比增长42.4%。\n到2027年，制造业融资额新增500亿元以上。\n';

function errorOf(bytes: Uint8Array): string {
  const r = decodeDocument(bytes);
  if (r.ok) throw new Error(`expected a refusal, got text ${JSON.stringify(r.value.slice(0, 40))}`);
  return r.error;
}

describe('decodeDocument names the binary files people save by mistake', () => {
  it.each([
    [
      'PDF',
      cat(utf8('%PDF-1.7\n%'), [0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
      'binary data: a PDF file, not a text file',
    ],
    ['DOCX (ZIP)', cat([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'binary data: a ZIP archive'],
    ['DOC (OLE2)', cat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'an old Office file'],
    ['PNG', cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary data: a PNG image'],
    ['JPEG', cat([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'binary data: a JPEG image'],
    ['GIF', cat(utf8('GIF89a'), [1, 0, 1, 0]), 'binary data: a GIF image'],
    ['RTF', utf8('{\\rtf1\\ansi 截至2024年}'), 'binary data: an RTF document'],
  ])('%s', (_name, bytes, message) => {
    expect(errorOf(bytes)).toContain(message);
  });
});

describe('decodeDocument on damaged UTF-8', () => {
  it('reports invalid bytes inside a UTF-8 text with their line, instead of decoding GB18030 mojibake', () => {
    const b = utf8(TEXT);
    const at = b.indexOf(0x0a) + 1; // start of line 2
    const damaged = cat(b.subarray(0, at), [0xc0, 0xaf], b.subarray(at));
    expect(errorOf(damaged)).toBe(`damaged UTF-8: 2 invalid byte(s), the first on line 2 (byte ${at})`);
  });

  it('reports a UTF-8 text cut off in the middle of its last character', () => {
    const b = utf8(TEXT + '附件');
    for (const cut of [1, 2]) {
      expect(errorOf(b.subarray(0, b.length - cut))).toBe(
        'UTF-8 text cut off in the middle of a character at the end (line 3)',
      );
    }
  });

  it('still decodes GBK and GB18030 files, the seeds included', () => {
    const texts = [TEXT, ...readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8'))];
    for (const text of texts) {
      for (const enc of ['gbk', 'gb18030']) {
        if (enc === 'gbk' && iconv.decode(iconv.encode(text, 'gbk'), 'gbk') !== text) continue;
        expect(decodeDocument(new Uint8Array(iconv.encode(text, enc)))).toEqual({ ok: true, value: text });
      }
    }
  });
});
