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

describe('proposePeriod, relative words resolved from the document date', () => {
  it.each([
    // A month-end without a year: the document's year, or the year before when after its month.
    ['截至6月末，全市科技型企业贷款余额6950亿元。', '2025-07-28', '6950亿元', 'actual', '2025-06'],
    ['截至六月末，全市贷款余额800亿元。', '2025-07-28', '800亿元', 'actual', '2025-06'],
    ['6月底，全市贷款余额800亿元。', '2025-07-28', '800亿元', 'actual', '2025-06'],
    ['截至11月末，全市贷款余额800亿元。', '2025-07-28', '800亿元', 'actual', '2024-11'],
    ['截至7月末，全市贷款余额800亿元。', '2025-07-28', '800亿元', 'actual', '2025-07'],
    ['截至12月末，全市贷款余额800亿元。', '2026-01-10', '800亿元', 'actual', '2025-12'],
    // Halves, quarters and the year.
    ['上半年，全市新增科技型企业贷款300亿元。', '2025-07-28', '300亿元', 'actual', '2025-06'],
    ['今年上半年，全市新增贷款300亿元。', '2025-07-28', '300亿元', 'actual', '2025-06'],
    ['去年上半年，全市新增贷款300亿元。', '2025-07-28', '300亿元', 'actual', '2024-06'],
    ['一季度末，贷款余额达到700亿元。', '2025-04-20', '700亿元', 'actual', '2025-03'],
    ['前三季度，全市新增贷款500亿元。', '2025-10-20', '500亿元', 'actual', '2025-09'],
    ['前三季度，全市新增贷款500亿元。', '2025-07-28', '500亿元', 'actual', '2024-09'],
    ['去年全年，全市新增贷款1000亿元。', '2025-07-28', '1000亿元', 'actual', '2024'],
    ['全年新增贷款1000亿元。', '2026-01-10', '1000亿元', 'actual', '2025'],
    ['去年末，贷款余额为5000亿元。', '2025-07-28', '5000亿元', 'actual', '2024-12'],
    ['去年新增上市公司15家。', '2025-07-28', '15家', 'actual', '2024'],
    ['今年以来，新增上市公司3家。', '2025-07-28', '3家', 'actual', '2025-07'],
    // Ahead of the document: a target.
    ['全年新增贷款1000亿元。', '2025-07-28', '1000亿元', 'target', '2025'],
    ['下半年，力争新增贷款300亿元。', '2025-07-28', '300亿元', 'target', '2025-12'],
    ['力争到6月底，贷款余额达到800亿元。', '2025-03-10', '800亿元', 'target', '2025-06'],
    // A relative word in the figure's own sentence is nearer than a date of an earlier one.
    ['2017年我市出台支持政策。去年新增上市公司15家。', '2025-07-28', '15家', 'actual', '2024'],
    // …but a month-end after a year in the paragraph is that year's (the extractor dates it so).
    ['2024年全市贷款余额增长较快。截至6月末，余额6950亿元。', '2025-07-28', '6950亿元', 'actual', '2024-06'],
    // A dated day is no month-end: the publication month stands.
    ['6月28日召开会议，签约项目20个。', '2025-07-28', '20个', 'actual', '2025-07'],
  ])('%s (published %s) %s → %s %s', (text, published, figure, role, period) => {
    expect(propose(text, published, figure)).toMatchObject({ role, period });
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
