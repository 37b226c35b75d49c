import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/domain/text/normalize';

describe('normalizeText', () => {
  it.each([
    ['CRLF', '一\r\n二\r\n', '一\n二\n'],
    ['lone CR', '一\r二', '一\n二'],
    ['full-width digits', '６９５０亿元', '6950亿元'],
    ['full-width percent', '４２.４％', '42.4%'],
    ['full-width point between digits', '１．３万家', '1.3万家'],
    ['full-width point elsewhere stays', '一．二', '一．二'],
    ['full-width thousands separator before a unit', '１，２３４，５６７元', '1,234,567元'],
    ['full-width comma as a clause comma stays', '达到42家，100家', '达到42家，100家'],
    ['full-width comma between digits, not thousands, stays', '增长3，4个百分点', '增长3，4个百分点'],
    ['NBSP', '联系人:\u00a0彭刚', '联系人: 彭刚'],
    ['ideographic space', '提\u3000案', '提 案'],
    ['en spaces of a signature line', '\u2002\u20022025427', '  2025427'],
    ['zero-width characters removed', '69\u200b50亿\u200d元\ufeff', '6950亿元'],
    ['Chinese punctuation kept', '《规划》“十四五”（一）、〔2022〕—', '《规划》“十四五”（一）、〔2022〕—'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('leaves every seed unchanged (quotes copied from the seeds stay exact)', () => {
    for (const f of readdirSync('seeds')) {
      const text = readFileSync(`seeds/${f}`, 'utf8');
      expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
    }
    const text = readFileSync('seeds/002_918b6d436871ed29.txt', 'utf8');
    expect(normalizeText(text)).toBe(text);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'１２３，．％0 9,.\r\n\u3000\u00a0\u200b元家一') }),
        (s) => {
          const once = normalizeText(s);
          expect(normalizeText(once)).toBe(once);
        },
      ),
    );
  });
});
