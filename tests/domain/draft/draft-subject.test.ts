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
    // A rate after a bracketed aside is the rate of the level before the bracket.
    [
      '到12月底,银行本外币存款余额737.7亿元(其中人民币存款余额为536.2亿元),同比增长117.2%。',
      '117.2%',
      '银行本外币存款余额',
      'yoy',
    ],
    ['贷款余额608.2亿元（其中人民币贷款余额512亿元）、同比增长102.7%。', '102.7%', '贷款余额', 'yoy'],
    ['人民币存款余额为536.2亿元、同比增长117.2%。', '117.2%', '人民币存款余额', 'yoy'],
    // A rate whose clause names only the growth (增速高达): the level's.
    ['2021年普惠小微企业贷款余额突破18亿元,增速高达123%。', '123%', '普惠小微企业贷款余额', 'yoy'],
    // A date inside the words ends a run-in heading before it.
    ['普惠金融充分发展2021年普惠小微企业贷款余额突破18亿元。', '突破18亿元', '普惠小微企业贷款余额', 'level'],
    ['在投科创企业数量20246月末达到816家。', '816家', '在投科创企业数量', 'level'],
    // 新增的15家境内上市公司: what is counted follows the figure, up to what is said of it or the next figure.
    ['成效良好年新增的15家境内上市公司均为科技型企业。', '15家', '境内上市公司', 'level'],
    ['已成功向试点区域内的89家科技创新型小微企业发放贷款1.3亿元。', '89家', '科技创新型小微企业', 'level'],
    ['融资担保公司和保险支公司各2家。', '2家', '融资担保公司和保险支公司', 'level'],
    ['机电控股等4家智能制造企业在银行间市场发债融资75.5亿元。', '4家', '智能制造企业', 'level'],
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
