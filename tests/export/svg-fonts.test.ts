import { describe, expect, it } from 'vitest';
import { covers, embedFontFaces, parseUnicodeRange, svgTextByWeight } from '../../src/export/svg-fonts';

const SVG =
  '<svg width="1200" height="280" xmlns="http://www.w3.org/2000/svg">' +
  '<text style="font-size:22px;font-weight:bold;" x="1">重庆 · 贷款余额</text>' +
  '<text font-weight="700" x="2">状态：已逾期</text>' +
  '<text style="font-size:12px;" x="3">来源：《规划》&amp;附表 &#x6708;</text></svg>';

describe('svgTextByWeight', () => {
  it('splits the drawn text into bold and regular, decoding entities', () => {
    expect(svgTextByWeight(SVG)).toEqual({
      bold: '重庆 · 贷款余额状态：已逾期',
      regular: '来源：《规划》&附表 月',
    });
  });
});

describe('parseUnicodeRange and covers', () => {
  it.each([
    [
      'U+4e00-4e2f, U+3000,bad',
      [
        [0x4e00, 0x4e2f],
        [0x3000, 0x3000],
      ],
    ],
    ['U+0-7f', [[0, 0x7f]]],
    ['', []],
  ])('%s', (text, ranges) => expect(parseUnicodeRange(text)).toEqual(ranges));

  it('tells whether any character falls in the ranges', () => {
    expect(covers(parseUnicodeRange('U+4e00-4e2f'), 'abc一')).toBe(true);
    expect(covers(parseUnicodeRange('U+4e00-4e2f'), 'abc')).toBe(false);
  });
});

describe('embedFontFaces', () => {
  const face = {
    family: 'Noto Sans SC',
    weight: 700,
    unicodeRange: 'U+4e00-4e2f',
    woff2: new Uint8Array([0x77, 0x4f, 0x46, 0x32]),
  };

  it('puts one @font-face per face, with the file as a data URL, right after the opening tag', () => {
    const out = embedFontFaces(SVG, [face, { ...face, weight: 400 }]);
    expect(
      out.startsWith('<svg width="1200" height="280" xmlns="http://www.w3.org/2000/svg"><defs><style'),
    ).toBe(true);
    expect(out.match(/@font-face/g)).toHaveLength(2);
    expect(out).toContain(
      "font-weight:700;src:url(data:font/woff2;base64,d09GMg==) format('woff2');unicode-range:U+4e00-4e2f;",
    );
    expect(out.endsWith(SVG.slice(SVG.indexOf('><text') + 1))).toBe(true);
  });

  it('leaves an SVG alone when no face is needed', () => {
    expect(embedFontFaces(SVG, [])).toBe(SVG);
  });
});
