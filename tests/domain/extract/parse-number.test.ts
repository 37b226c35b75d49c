import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseInteger } from '../../../src/domain/extract/chinese-numerals';
import { formatNumber } from '../../../src/domain/extract/format-number';
import { parseNumber } from '../../../src/domain/extract/parse-number';

describe('parseNumber', () => {
  it.each([
    ['6950', 6950],
    ['42.4', 42.4],
    ['236.46', 236.46],
    ['0.2781', 0.2781],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['１２３', 123],
    ['-5', -5],
    ['+7', 7],
    ['1.3万', 13000],
    ['2781万', 27810000],
    ['300亿', 30000000000],
    ['3千万', 30000000],
    ['1.3万亿', 1.3e12],
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十一', 21],
    ['一百零五', 105],
    ['两百', 200],
    ['三千五百', 3500],
    ['三万五千', 35000],
    ['十万', 100000],
    ['一亿三千万', 130000000],
    ['一万亿', 1e12],
    ['二〇三五', 2035],
    ['二〇二四', 2024],
    ['三点五', 3.5],
    ['壹拾贰', 12],
    [' 42 ', 42],
  ])('%s → %d', (input, expected) => {
    expect(parseNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['', ' ', 'abc', '1,23', '1.2.3', '万', '二三', '12元', '1万万', '%', '十四五x', '1e999'])(
    'refuses %j',
    (input) => {
      expect(parseNumber(input).ok).toBe(false);
    },
  );

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseNumber(s);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,万亿千百十一二两三〇零-+ e') }), (s) => {
        const r = parseNumber(s);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });
});

describe('parseNumber(formatNumber(x)) reads back x', () => {
  const back = (x: number): void => {
    const x0 = x === 0 ? 0 : x; // -0 is written as 0
    expect(parseNumber(formatNumber(x0))).toEqual({ ok: true, value: x0 });
  };
  it('integers', () => fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), back)));
  it('money with up to four decimals', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) =>
        back(n / 10 ** d),
      ),
    ));
  it('any finite double', () =>
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), back)));
  it.each([
    [1234567.5, '1,234,567.5'],
    [0.2781, '0.2781'],
    [13000, '13,000'],
    [-42.4, '-42.4'],
    [999, '999'],
  ])('formatNumber(%d) = %s', (x, s) => {
    expect(formatNumber(x)).toBe(s);
  });
});

describe('parseChineseInteger', () => {
  it.each([
    ['十四', 14],
    ['九十九', 99],
    ['一千零一', 1001],
    ['二〇', 20],
    ['', null],
    ['万', null],
    ['十x', null],
  ])('%s → %s', (s, v) => {
    expect(parseChineseInteger(s)).toBe(v);
  });
});
