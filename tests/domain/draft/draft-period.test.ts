// Proposals of period and role against what the curators wrote for the five seeds, and case by case.
import { describe, expect, it } from 'vitest';
import { proposePeriod } from '../../../src/domain/draft/draft-period';
import { periodEndIso } from '../../../src/domain/period';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { curatedFigures } from './curated-figures';

const propose = (text: string, published: string, figure: string) => {
  const mentions = extractMentions(text);
  const index = mentions.findIndex((m) => m.class === 'figure' && m.text === figure);
  if (index < 0)
    throw new Error(`no figure "${figure}" in ${JSON.stringify(mentions.map((m) => [m.text, m.class]))}`);
  return proposePeriod(text, mentions, index, published);
};

describe('proposePeriod, case by case', () => {
  it.each([
    [
      '截至2024年6月末，全市科技型企业贷款余额6950亿元。',
      '2025-07-28',
      '6950亿元',
      'actual',
      '2024-06',
      'text',
    ],
    ['到2027年，制造业融资额新增500亿元以上。', '2024-03-21', '500亿元以上', 'target', '2027', 'text'],
    ['高新区目前拥有各类金融机构共34家。', '2022-07-04', '34家', 'actual', '2022-07', 'published'],
    ['去年全市新增上市公司15家。', '2025-07-28', '15家', 'actual', '2024', 'relative'],
    ['今年一季度末，贷款余额达到700亿元。', '2025-07-28', '700亿元', 'actual', '2025-03', 'relative'],
    ['“十四五”期间金融业增加值年均增速达到8%以上。', '2022-07-04', '8%以上', 'target', '2025', 'relative'],
    ['力争组织项目路演活动20场以上。', '2024-03-21', '20场以上', 'target', '2024-03', 'published'],
    ['2017年共发放支小再贷款37亿元。', '2018-05-17', '37亿元', 'actual', '2017', 'text'],
  ])('%s → %s %s', async (text, published, figure, role, period, from) => {
    expect(propose(text, published, figure)).toMatchObject({ role, period, from });
  });
});

describe('proposePeriod on the five seeds, against the curated catalogue', async () => {
  const rows = (await curatedFigures())
    .filter(({ observation: o }) => o.basis === 'level')
    .map(({ doc, mentions, index, observation: o }) => {
      const p = proposePeriod(doc.text, mentions, index, doc.published);
      return {
        role: p.role === o.role,
        // 2017年末 proposed as 2017 where the curator wrote 2017-12: the same day, the same period end.
        period: periodEndIso(p.period) === periodEndIso(o.period),
        line: `${o.source.quote} → ${p.role} ${p.period} (${p.from} ${p.cue}); curated ${o.role} ${o.period}`,
      };
    });
  const share = (k: 'role' | 'period') => rows.filter((r) => r[k]).length / rows.length;

  it('proposes the curated role for at least 95 % of the level figures, and a period ending on the curated day for at least 80 %', () => {
    expect(rows.length).toBeGreaterThan(40);
    console.log(
      `proposePeriod on the seeds: role ${(share('role') * 100).toFixed(0)} %, period ${(share('period') * 100).toFixed(0)} % of ${rows.length}\n` +
        rows
          .filter((r) => !r.role || !r.period)
          .map((r) => r.line)
          .join('\n'),
    );
    expect(share('role')).toBeGreaterThanOrEqual(0.95);
    expect(share('period')).toBeGreaterThanOrEqual(0.8);
  });
});
