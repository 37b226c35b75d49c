// The page's CJK placeholder font: one empty glyph, as wide as Noto Sans SC's ideographs and with its vertical
// metrics, so that Chinese laid out before the bundled font arrives keeps its place when it does.
import { readdirSync, readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_FAMILY } from '../../../src/charts/chart-style';
import {
  isWideCjk,
  placeholderFont,
  placeholderScript,
  wideCjkCodePoints,
} from '../../../scripts/lib/placeholder-font';

const FILES = 'node_modules/@fontsource/noto-sans-sc/files';
const parse = (bytes: Uint8Array) =>
  opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
const noto = (file: string) => parse(readFileSync(`${FILES}/${file}`));
const cp = (ch: string) => ch.codePointAt(0)!;

describe('wideCjkCodePoints', () => {
  it.each<[string, string[]]>([
    ['贷款余额6,950亿元', ['亿', '余', '元', '款', '贷', '额']],
    ['（2024年6月末）：', ['年', '月', '末', '（', '）', '：']],
    ['Loan balance — 100 bn yuan “x”', []],
    ['ｱ ﾟ', []], // half-width katakana are half an em in Noto Sans SC: not mapped
    ['〔2024〕、。《》', ['、', '。', '《', '》', '〔', '〕']],
    ['国国 国', ['国']],
  ])('%s', (text, expected) => {
    expect(wideCjkCodePoints([text])).toEqual(expected.map(cp).sort((a, b) => a - b));
  });
});

describe('placeholderFont', () => {
  const codes = wideCjkCodePoints(['科技型企业贷款余额（亿元）：，。']);
  const bytes = placeholderFont(codes);
  const font = parse(bytes);

  it('maps each given character, and nothing else, to one empty glyph one em wide', () => {
    for (const code of codes) {
      const glyph = font.charToGlyph(String.fromCodePoint(code));
      expect(glyph.index).toBe(1);
      expect(glyph.advanceWidth).toBe(1000);
      expect(glyph.getPath(0, 0, 1000).commands).toEqual([]);
    }
    expect(font.charToGlyph('国').index).toBe(0);
    expect(font.charToGlyph('A').index).toBe(0);
    expect(font.getEnglishName('fontFamily')).toBe(PLACEHOLDER_FAMILY);
  });

  it('has the vertical metrics of the Noto Sans SC files the page uses', () => {
    const real = noto('noto-sans-sc-119-400-normal.woff');
    expect(font.unitsPerEm).toBe(real.unitsPerEm);
    for (const k of ['ascender', 'descender', 'lineGap'] as const)
      expect([k, font.tables.hhea![k]]).toEqual([k, real.tables.hhea![k]]);
    for (const k of [
      'sTypoAscender',
      'sTypoDescender',
      'sTypoLineGap',
      'usWinAscent',
      'usWinDescent',
    ] as const)
      expect([k, font.tables.os2![k]]).toEqual([k, real.tables.os2![k]]);
  });

  it('has fixed dates and right checksums (opentype.js writes the time into them)', () => {
    // 0 in the file: 1904-01-01, the format's epoch, which opentype.js reads as Unix seconds.
    expect([font.tables.head!.created, font.tables.head!.modified]).toEqual([-2082844800, -2082844800]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let total = 0;
    for (let i = 0; i < bytes.byteLength; i += 4) total = (total + view.getUint32(i)) >>> 0;
    expect(bytes.byteLength % 4).toBe(0);
    expect(total).toBe(0xb1b0afba); // the whole font sums to the magic number once checkSumAdjustment is in
  });

  it('gives the same bytes for the same characters, and refuses none', () => {
    expect(Buffer.from(placeholderFont(codes)).equals(Buffer.from(bytes))).toBe(true);
    expect(() => placeholderFont([])).toThrow('no characters');
  });

  // Why one em is right: in every file of the bundled font, each glyph of a character the placeholder may
  // stand for is one em wide.
  it('stands only for characters that are one em wide in every bundled Noto Sans SC file', () => {
    const files = readdirSync(FILES).filter((f) => /^noto-sans-sc-[\w]+-400-normal\.woff$/.test(f));
    expect(files.length).toBeGreaterThan(90);
    const wrong: string[] = [];
    let checked = 0;
    const unreadable: string[] = [];
    for (const file of files) {
      let real: opentype.Font;
      try {
        real = noto(file);
      } catch {
        unreadable.push(file);
        continue;
      }
      const map = real.tables.cmap!.glyphIndexMap as Record<string, number>;
      for (const [code, index] of Object.entries(map)) {
        if (!isWideCjk(Number(code))) continue;
        checked++;
        const width = real.glyphs.get(index).advanceWidth;
        if (width !== 1000) wrong.push(`U+${Number(code).toString(16)} ${width} (${file})`);
      }
    }
    // opentype.js's own inflater fails on this one file (browsers and FreeType read it).
    expect(unreadable).toEqual(['noto-sans-sc-101-400-normal.woff']);
    expect(checked).toBeGreaterThan(12000); // 12,545 in @fontsource/noto-sans-sc 5.3
    expect(wrong).toEqual([]);
  });
});

describe('placeholderScript', () => {
  it('adds the font, from its bytes, to the page', () => {
    const font = placeholderFont([cp('国')]);
    const added: { family: string; bytes: Uint8Array }[] = [];
    class FakeFontFace {
      constructor(
        readonly family: string,
        readonly bytes: Uint8Array,
      ) {}
    }
    const document = { fonts: { add: (f: FakeFontFace) => added.push(f) } };
    new Function('document', 'FontFace', 'atob', placeholderScript(font))(
      document,
      FakeFontFace,
      (s: string) => Buffer.from(s, 'base64').toString('latin1'),
    );
    expect(added.map((f) => f.family)).toEqual([PLACEHOLDER_FAMILY]);
    expect(Buffer.from(added[0]!.bytes).equals(Buffer.from(font))).toBe(true);
  });

  it('never throws where the browser has no FontFace', () => {
    const script = placeholderScript(placeholderFont([cp('国')]));
    expect(() => new Function('document', 'atob', script)({}, () => '')).not.toThrow();
  });
});
