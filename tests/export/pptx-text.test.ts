import { describe, expect, it } from 'vitest';
import { emu, fontSize } from '../../src/export/pptx/units';
import { escapeXml, languageOf, paragraphs, stripInvalidXml } from '../../src/export/pptx/xml-text';

describe('escapeXml', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b', 'a &amp; b'],
    ['<&>"\'', '&lt;&amp;&gt;&quot;&apos;'],
    ['已有 &amp; 实体', '已有 &amp;amp; 实体'],
    ['科技型企业贷款余额 6950亿元', '科技型企业贷款余额 6950亿元'],
    ['“引号”《书名》', '“引号”《书名》'],
    ['bell\u0007 nul\u0000 esc\u001b', 'bell nul esc'],
    ['tab\tstays', 'tab\tstays'],
    ['emoji 📈 stays', 'emoji 📈 stays'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});

describe('stripInvalidXml', () => {
  it.each([
    ['a\u0001b\u0008c\u000bd\u000ce\u001ff', 'abcdef'],
    ['keeps\tTAB\nLF\rCR', 'keeps\tTAB\nLF\rCR'],
    ['lone high \ud83d end', 'lone high  end'],
    ['lone low \udcc8 end', 'lone low  end'],
    ['pair \ud83d\udcc8 kept', 'pair \ud83d\udcc8 kept'],
    ['not chars \ufffe\uffff', 'not chars '],
    ['C1 \u0085 is allowed', 'C1 \u0085 is allowed'],
  ])('%j → %j', (text, expected) => {
    expect(stripInvalidXml(text)).toBe(expected);
  });
});

describe('paragraphs', () => {
  it.each([
    ['one line', ['one line']],
    [
      '地区：重庆市\n评估日期：2025年6月30日\n共 3 项指标',
      ['地区：重庆市', '评估日期：2025年6月30日', '共 3 项指标'],
    ],
    ['crlf\r\nand cr\rand lf\n', ['crlf', 'and cr', 'and lf', '']],
    ['a\n\nb', ['a', '', 'b']],
    ['', ['']],
  ])('%j → %j', (text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });
});

describe('languageOf', () => {
  it.each([
    ['科技金融指标', 'zh-CN'],
    ['Loans 6950亿元', 'zh-CN'],
    ['地区：', 'zh-CN'],
    ['（', 'zh-CN'],
    ['Loan balance of tech-based enterprises', 'en-US'],
    ['As of 30 Jun 2025', 'en-US'],
    ['', 'en-US'],
  ] as const)('%j → %s', (text, expected) => {
    expect(languageOf(text)).toBe(expected);
  });
});

describe('emu', () => {
  it.each([
    [0, 0],
    [1, 914400],
    [0.5, 457200],
    [1.2, 1097280],
    [7.5, 6858000],
    [12.333, 11277295],
    [-0.25, -228600],
  ])('%d in → %d EMU', (inches, expected) => {
    expect(emu(inches)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %d', (inches) => {
    expect(() => emu(inches)).toThrow(RangeError);
  });
});

describe('fontSize', () => {
  it.each([
    [36, 3600],
    [24, 2400],
    [18, 1800],
    [11, 1100],
    [10.5, 1050],
  ])('%d pt → sz=%d', (points, expected) => {
    expect(fontSize(points)).toBe(expected);
  });

  it.each([0, -1, NaN])('refuses %d', (points) => {
    expect(() => fontSize(points)).toThrow(RangeError);
  });
});
