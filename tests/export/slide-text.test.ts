import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/export/export-option';
import { fitText, LINE_SPACING, wrapText } from '../../src/export/slide-text';

const TITLE_60 =
  '重庆高新区（西部（重庆）科学城） · 科技型企业知识价值信用贷款余额及其占全部科技型企业贷款余额的比重合计（按季度统计）';

describe('wrapText', () => {
  it.each([
    ['短标题', 400, 20, 1],
    ['重庆市 · 科技型企业贷款余额', 888, 28, 1],
    [TITLE_60, 888, 28, 3],
    [TITLE_60, 888, 22, 2],
    [TITLE_60, 300, 12, 3],
    ['a\nb\nc', 400, 12, 3],
  ])('%s at %d pt wide, %d pt: %d lines', (text, width, size, lines) => {
    expect(wrapText(text, width, size)).toHaveLength(lines);
  });

  it('loses no character and keeps every line inside the box (with room to spare)', () => {
    for (const [text, width, size] of [
      [TITLE_60, 500, 18],
      ['Chongqing · A very long indicator name that goes on and on for sixty chars', 400, 24],
      ['x'.repeat(200), 300, 14],
    ] as const) {
      const lines = wrapText(text, width, size);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of lines) expect(textWidth(line, size)).toBeLessThanOrEqual(width);
    }
  });

  it('breaks English between words, Chinese between characters', () => {
    const lines = wrapText('Baseline figure of the indicator', 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^\S+( \S+)*$/);
    expect(lines.join(' ')).toBe('Baseline figure of the indicator');
  });
});

describe('fitText', () => {
  const fits = (f: ReturnType<typeof fitText>, w: number, h: number) => {
    expect(f.lines).toBe(wrapText(f.text, w * 72, f.size).length);
    expect(f.lines * f.size * LINE_SPACING).toBeLessThanOrEqual(h * 72);
    expect(f.lineSpacing).toBeCloseTo(f.size * LINE_SPACING, 1);
  };

  it('keeps a short text at the largest size', () => {
    const f = fitText('重庆市 · 科技型企业贷款余额', 12.333, 0.9, { maxPt: 28, minPt: 18 });
    expect(f).toMatchObject({ text: '重庆市 · 科技型企业贷款余额', size: 28, lines: 1 });
    fits(f, 12.333, 0.9);
  });

  it('shrinks a 60-character title to two lines that fit its box', () => {
    expect([...TITLE_60].length).toBeGreaterThanOrEqual(60);
    const f = fitText(TITLE_60, 12.333, 0.9, { maxPt: 28, minPt: 18 });
    expect(f.text).toBe(TITLE_60);
    expect(f.size).toBeLessThan(28);
    expect(f.size).toBeGreaterThanOrEqual(18);
    expect(f.lines).toBe(2);
    fits(f, 12.333, 0.9);
  });

  it('cuts a text too long even at the smallest size, ending it in an ellipsis, and it fits', () => {
    const long = TITLE_60.repeat(4);
    const f = fitText(long, 12.333, 0.9, { maxPt: 28, minPt: 18 });
    expect(f.size).toBe(18);
    expect(f.text.endsWith('…')).toBe(true);
    expect(long.startsWith(f.text.slice(0, -1))).toBe(true);
    fits(f, 12.333, 0.9);
  });

  it('an empty text is one empty line', () => {
    expect(fitText('', 2, 0.5, { maxPt: 16, minPt: 12 })).toMatchObject({ text: '', size: 16, lines: 1 });
  });
});
