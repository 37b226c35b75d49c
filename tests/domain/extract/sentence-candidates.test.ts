import { describe, expect, it } from 'vitest';
import { formatCandidates } from '../../../src/domain/extract/candidates';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { sentenceAround } from '../../../src/domain/extract/sentence';

const TEXT =
  '近年来,高新区金融业稳步发展。2021年,金融业增加值达到54.6亿元,占GDP比重达9.3%;拉动增长\n下一行有27家企业！';

describe('sentenceAround', () => {
  it.each([
    [TEXT.indexOf('54.6'), '2021年,金融业增加值达到54.6亿元,占GDP比重达9.3%;'],
    [TEXT.indexOf('高新区'), '近年来,高新区金融业稳步发展。'],
    [TEXT.indexOf('拉动'), '拉动增长'],
    [TEXT.indexOf('27家'), '下一行有27家企业！'],
    [0, '近年来,高新区金融业稳步发展。'],
    [TEXT.length, '下一行有27家企业！'],
  ])('at %d → %s', (offset, sentence) => {
    const s = sentenceAround(TEXT, offset);
    expect(s.text).toBe(sentence);
    expect(TEXT.slice(s.start, s.end)).toBe(sentence);
  });

  it('is bounded on a text without sentence ends', () => {
    const long = '字'.repeat(5000);
    expect(sentenceAround(long, 2500).text.length).toBeLessThanOrEqual(801);
  });
});

describe('formatCandidates', () => {
  const mentions = extractMentions(TEXT);

  it('lists every figure with its reading and its sentence, the figure marked', () => {
    const out = formatCandidates(TEXT, mentions);
    expect(out.split('\n')[0]).toBe('3 figures not in the catalogue');
    expect(out).toContain(
      `@${TEXT.indexOf('54.6')}  54.6亿元  →  54.6 亿元  period 2021\n    2021年,金融业增加值达到【54.6亿元】,占GDP比重达9.3%;`,
    );
    expect(out).toContain('27家  →  27 家\n    下一行有【27家】企业！');
    expect(out).not.toContain('2021年  →');
  });

  it('leaves out what the catalogue already holds', () => {
    const out = formatCandidates(TEXT, mentions, (m) => m.value === 54.6 || m.value === 9.3);
    expect(out.split('\n')[0]).toBe('1 figure not in the catalogue');
    expect(out).not.toContain('54.6亿元  →');
  });
});
