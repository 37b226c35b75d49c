import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/domain/text/decode';

const SAMPLE = '截至2024年6月末，全市科技型企业贷款余额6950亿元、同比增长42.4%。';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => {
  const flat: number[] = [];
  for (const p of parts) flat.push(...p);
  return Uint8Array.from(flat);
};

describe('decodeDocument', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE)],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], utf8(SAMPLE))],
    ['GB18030', new Uint8Array(iconv.encode(SAMPLE, 'gb18030'))],
    ['GBK', new Uint8Array(iconv.encode(SAMPLE, 'gbk'))],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], new Uint8Array(iconv.encode(SAMPLE, 'utf-16le')))],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], new Uint8Array(iconv.encode(SAMPLE, 'utf-16be')))],
  ])('decodes %s', (_name, input) => {
    expect(decodeDocument(input)).toEqual({ ok: true, value: SAMPLE });
  });

  it('keeps CRLF and other text exactly (normalising is a separate step)', () => {
    expect(decodeDocument(utf8('一\r\n二'))).toEqual({ ok: true, value: '一\r\n二' });
  });

  it('decodes a GB18030 seed-like text with rare characters (〔〕, full-width digits)', () => {
    const text = '渝高新办发〔2022〕41号　１．３万家';
    expect(decodeDocument(new Uint8Array(iconv.encode(text, 'gb18030')))).toEqual({ ok: true, value: text });
  });

  it.each([
    ['empty', new Uint8Array(0), /empty/],
    ['only whitespace', utf8(' \n\t '), /empty/],
    ['only a BOM', bytes([0xef, 0xbb, 0xbf]), /empty/],
    ['NUL bytes', bytes(utf8('abc'), [0], utf8('def')), /binary/],
    ['a PNG header', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary/],
    ['control characters', utf8('\u0001\u0002\u0003\u0004abc\u0005\u0006'), /binary/],
    ['invalid bytes', bytes([0xff, 0xff, 0xff, 0x80, 0x81, 0xfe]), /not valid/],
  ])('refuses %s', (_name, input, message) => {
    const r = decodeDocument(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
