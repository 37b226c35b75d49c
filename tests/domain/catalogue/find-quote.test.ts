import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../src/domain/catalogue/find-quote';
import { lineIndex } from '../../../src/domain/catalogue/line-index';
import { DOC_TEXT } from '../../support/build-fixture';

const doc = { row: { file: 'seeds/a.txt' }, text: DOC_TEXT, lineOf: lineIndex(DOC_TEXT) };
const COPY = '(copy it exactly from the document, punctuation included)';

describe('findQuote', () => {
  it.each([
    ['a quote at the start', '重庆市科技金融情况', 0],
    ['a quote on a later line', '全市科技型企业贷款余额6950亿元', DOC_TEXT.indexOf('全市')],
    ['a quote across a line break', '以上。落地', DOC_TEXT.indexOf('以上。落地')],
  ])('finds %s once, at its offset', (_name, quote, offset) => {
    expect(findQuote(doc, quote)).toEqual({ ok: true, value: offset });
  });

  it.each([
    [
      'a quote that parts from the text',
      '全市科技型企业贷款余额6590亿元',
      'quote not found in seeds/a.txt: "全市科技型企业贷款余额6590亿元"; the document matches it up to ' +
        '"型企业贷款余额6" (line 2), then reads "950亿元、同比" where the quote has "590亿元" ' +
        COPY,
    ],
    [
      'a quote that parts after two characters',
      '全市的',
      'quote not found in seeds/a.txt: "全市的"; the document matches it up to "全市" (line 2), ' +
        'then reads "科技型企业贷款余" where the quote has "的" ' +
        COPY,
    ],
    [
      'a quote of which one character is in the text',
      '全国',
      'quote not found in seeds/a.txt: "全国"; no part of it is in the document: is it the right document? ' +
        COPY,
    ],
    [
      'a quote from another document',
      '四川省',
      'quote not found in seeds/a.txt: "四川省"; no part of it is in the document: is it the right document? ' +
        COPY,
    ],
    [
      'a quote found twice',
      '亿元',
      'quote occurs 2 times in seeds/a.txt (lines 2, 3): lengthen it until it is unique',
    ],
    [
      'a quote found on the first and the last line',
      '重庆',
      'quote occurs 2 times in seeds/a.txt (lines 1, 3): lengthen it until it is unique',
    ],
  ])('refuses %s, saying how to fix it', (_name, quote, error) => {
    expect(findQuote(doc, quote)).toMatchObject({ ok: false, error: { message: error } });
  });

  it('gives the code and where the quote parts, for the review page to word', () => {
    expect(findQuote(doc, '全市科技型企业贷款余额6590亿元')).toMatchObject({
      ok: false,
      error: {
        code: 'quote-not-found',
        params: {
          document: 'seeds/a.txt',
          parting: { upTo: '型企业贷款余额6', line: 2, reads: '950亿元、同比', quoteHas: '590亿元' },
        },
      },
    });
    expect(findQuote(doc, '全国')).toMatchObject({ error: { params: { parting: null } } });
    expect(findQuote(doc, '亿元')).toMatchObject({
      error: { code: 'quote-ambiguous', params: { count: 2, lines: [2, 3] } },
    });
  });
});
