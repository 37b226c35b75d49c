import { describe, expect, it } from 'vitest';
import { fontSlicesOfCss, glyphLookup, slicesFor, type LoadedSlice } from '../../src/export/glyph-source';
import type { OutlineFont } from '../../src/export/outline-font';

const CSS = `/* noto-sans-sc-[4]-400-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 400;
  src: url(./files/a-400.woff2) format('woff2'), url(./files/a-400.woff) format('woff');
  unicode-range: U+4e00-4e2f,U+3000;
}
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 700;
  src: url("./files/a-700.woff2") format('woff2'), url("./files/a-700.woff") format('woff');
  unicode-range: U+4e00-4e2f;
}
@font-face { font-family: 'Noto Sans SC'; src: url(./files/only.woff2) format('woff2'); unicode-range: U+41; }`;

describe('fontSlicesOfCss', () => {
  it('reads weight, ranges and the WOFF file of each face that has one', () => {
    expect(fontSlicesOfCss(CSS)).toEqual([
      {
        weight: 400,
        ranges: [
          [0x4e00, 0x4e2f],
          [0x3000, 0x3000],
        ],
        woff: './files/a-400.woff',
      },
      { weight: 700, ranges: [[0x4e00, 0x4e2f]], woff: './files/a-700.woff' },
    ]);
  });
});

describe('slicesFor', () => {
  const slices = fontSlicesOfCss(CSS);
  it.each([
    [{ regular: '一', bold: '' }, ['./files/a-400.woff']],
    [{ regular: 'abc', bold: '一' }, ['./files/a-700.woff']],
    [{ regular: '　', bold: '一' }, ['./files/a-400.woff', './files/a-700.woff']],
    [{ regular: '', bold: '' }, []],
  ])('%j needs %j', (text, files) => expect(slicesFor(slices, text).map((s) => s.woff)).toEqual(files));
});

describe('glyphLookup', () => {
  const font = (has: string): OutlineFont => ({
    unitsPerEm: 1000,
    ascender: 1160,
    descender: -288,
    glyphId: (cp) => (has.includes(String.fromCodePoint(cp)) ? 1 : 0),
    advance: () => 1000,
    path: () => '',
  });
  const regularA = font('一二');
  const regularB = font('三');
  const boldA = font('一');
  const slices: LoadedSlice[] = [
    { weight: 400, ranges: [[0x4e00, 0x9fff]], font: regularA },
    { weight: 400, ranges: [[0x4e00, 0x9fff]], font: regularB },
    { weight: 700, ranges: [[0x4e00, 0x9fff]], font: boldA },
  ];
  const lookup = glyphLookup(slices);
  it.each([
    ['一', false, regularA],
    ['一', true, boldA],
    ['三', false, regularB], // the first slice whose font has the glyph, not just the range
    ['二', true, regularA], // bold lacks it: the regular glyph rather than none
    ['A', false, null], // no slice covers it
  ])('%s (bold %s)', (ch, bold, expected) => expect(lookup(ch.codePointAt(0)!, bold)).toBe(expected));
});
