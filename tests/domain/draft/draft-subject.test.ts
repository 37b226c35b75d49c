// Subject and basis proposals, case by case and against what the curators wrote for the five seeds.
import { describe, expect, it } from 'vitest';
import { proposeSubject } from '../../../src/domain/draft/draft-subject';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { likeness } from '../../../src/domain/draft/draft-rows';
import { curatedFigures } from './curated-figures';

const propose = (text: string, figure: string) => {
  const mentions = extractMentions(text);
  const index = mentions.findIndex((m) => m.class === 'figure' && m.text === figure);
  if (index < 0) throw new Error(`no figure "${figure}"`);
  return proposeSubject(text, mentions, index);
};

describe('proposeSubject, case by case', () => {
  it.each([
    [
      '截至2024年6月末，全市科技型企业贷款余额6950亿元、同比增长42.4%。',
      '6950亿元',
      '科技型企业贷款余额',
      'level',
    ],
    [
      '截至2024年6月末，全市科技型企业贷款余额6950亿元、同比增长42.4%。',
      '42.4%',
      '科技型企业贷款余额',
      'yoy',
    ],
    ['在投科创企业数量2024年6月末达到816家。', '816家', '在投科创企业数量', 'level'],
    ['“十四五”期间金融业增加值年均增速达到8%以上。', '8%以上', '金融业增加值', 'cagr'],
    ['其中人民币存款余额为536.2亿元。', '536.2亿元', '人民币存款余额', 'level'],
    [
      '累计1.3万家科技型企业发放知识价值信用贷款236.46亿元。',
      '236.46亿元',
      '科技型企业发放知识价值信用贷款',
      'level',
    ],
    ['近两年增长了50%以上。', '50%以上', null, 'growth'],
    ['25家企业在新三板挂牌。', '25家', '企业在新三板挂牌', 'level'],
  ])('%s【%s】→ %s, %s', (text, figure, subject, basis) => {
    expect(propose(text, figure)).toMatchObject({ subject, basis });
  });
});

describe('proposeSubject on the five seeds, against the curated catalogue', async () => {
  const rows = (await curatedFigures()).map(({ doc, mentions, index, indicator, observation: o }) => {
    const p = proposeSubject(doc.text, mentions, index);
    const name = indicator.name.zh;
    const like =
      p.subject !== null &&
      (name.includes(p.subject) || p.subject.includes(name) || likeness(p.subject, name) >= 0.5);
    return {
      basis: p.basis === o.basis,
      subject: o.basis !== 'level' || like,
      line: `${o.source.quote.replace(/\s+/g, ' ')} → ${p.subject} / ${p.basis}; curated ${name} / ${o.basis}`,
    };
  });
  const share = (k: 'basis' | 'subject') => rows.filter((r) => r[k]).length / rows.length;

  it('proposes the curated basis for at least 95 % of the figures, and a subject like the indicator name for at least 75 %', () => {
    expect(rows.length).toBeGreaterThan(60);
    console.log(
      `proposeSubject on the seeds: basis ${(share('basis') * 100).toFixed(0)} %, subject ${(share('subject') * 100).toFixed(0)} % of ${rows.length}\n` +
        rows
          .filter((r) => !r.basis || !r.subject)
          .map((r) => r.line)
          .join('\n'),
    );
    expect(share('basis')).toBeGreaterThanOrEqual(0.95);
    expect(share('subject')).toBeGreaterThanOrEqual(0.75);
  });
});
