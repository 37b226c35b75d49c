import { describe, expect, it } from 'vitest';
import { covers, isBoldStyle, parseUnicodeRange, svgTextByWeight } from '../../src/export/svg-fonts';

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

describe('isBoldStyle', () => {
  it.each([
    ['style="font-size:13px;font-weight:bold;"', true],
    ['font-weight="700"', true],
    ['style="font-weight: 600"', true],
    ['style="font-weight:normal"', false],
    ['font-weight="400"', false],
    ['style="font-size:12px;"', false],
  ])('%s → %s', (attributes, bold) => expect(isBoldStyle(attributes)).toBe(bold));
});
