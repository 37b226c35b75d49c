// Numbers that are no indicator figures are proposed as ignored, with the reason (issue 18): rule by rule on
// sentences of the seeds and of documents written for the purpose, then against the curators' own ignored.csv.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { ignoreReason } from '../../../src/domain/draft/draft-ignore';
import { draftRows } from '../../../src/domain/draft/draft-rows';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { readBuildInput } from '../../../scripts/lib/build-input';

/** The reason for the figure written `figure` in `text` (the first such figure). */
function reasonFor(text: string, figure: string): string | null {
  const mentions = extractMentions(text);
  const index = mentions.findIndex((m) => m.class === 'figure' && m.text === figure);
  if (index < 0) throw new Error(`no figure “${figure}” in: ${text}`);
  return ignoreReason(text, mentions, index);
}

describe('ignoreReason, rule by rule', () => {
  it.each([
    // part of a title
    [
      '三是出台《关于印发重庆市迭代优化“技改专项贷”二十条政策措施(2024-2027年)的通知》等政策。',
      '二十条',
      /^part of a title \(《关于印发/,
    ],
    ['印发《支持科技企业融资的12条措施》,引导银行加大投放。', '12条', /^part of a title/],
    // counts in Chinese numerals
    [
      '落地建设沪、深、北三大交易所重庆基地,面向科技型企业提供服务。',
      '三大',
      /Chinese numerals \(三大交易所\)/,
    ],
    [
      '通过构建要素集聚、主体培育、人才发展、生态优化四大体系,形成系统。',
      '四大',
      /Chinese numerals \(四大体系\)/,
    ],
    ['集股权融资、科技保险、技术评估、上市辅导、政策兑现六项功能为一体。', '六项', /Chinese numerals/],
    // counts of a plan's contents
    [
      '该方案围绕创新科技信贷融资产品等方面,提出了19条具体实施举措。',
      '19条',
      /^counts the measures or areas of a plan/,
    ],
    ['扎实推进金融风险防范。提出了7个方面的19项具体政策措施。', '7个', /^counts the measures or areas/],
    ['扎实推进金融风险防范。提出了7个方面的19项具体政策措施。', '19项', /^counts the measures or areas/],
  ])('%s → %s is ignored', (text, figure, reason) => {
    expect(reasonFor(text, figure)).toMatch(reason);
  });

  it.each([
    ['截至2024年6月末,全市科技型企业贷款余额6950亿元,同比增长42.4%。', '6950亿元'],
    ['累计1.3万家科技型企业发放知识价值信用贷款236.46亿元。', '1.3万家'],
    ['年新增的15家境内上市公司均为科技型企业。', '15家'],
    ['已成功推动27家企业上市。', '27家'],
    ['到2027年,力争新增专精特新企业30家,建设3个科技金融服务中心。', '3个'],
    // a table's own figure (no sentence above gives it) stays a figure
    [
      '本外币存款、贷款余额保持15%以上的增速。\n\n表1\n\n政府性融资担保额度年均增速\n\n%\n\n15以上\n\n年均指标',
      '15以上',
    ],
  ])('%s → %s may be a figure', (text, figure) => {
    const mentions = extractMentions(text);
    const index = mentions.findIndex((m) => m.text === figure);
    expect(mentions[index]?.class).toBe('figure');
    expect(ignoreReason(text, mentions, index)).toBeNull();
  });

  it("a table's cell restating the prose: same value, a row label the prose clause shares", () => {
    const text =
      '到2025年,股权投资机构达到50家,累计基金总规模达到500亿元。\n\n表1\n\n股权投资机构\n\n50\n\n期末指标\n\n累计基金总规模\n\n亿元\n\n500\n\n期末指标';
    expect(reasonFor(text, '50')).toMatch(/^a table's cell restating “50家” at @\d+/);
    expect(reasonFor(text, '500')).toMatch(/^a table's cell restating “500亿元”/);
    // the same cell under a label the prose does not share is the table's own figure
    expect(reasonFor(text.replace('股权投资机构\n\n50', '创业投资机构数量\n\n50'), '50')).toBeNull();
  });
});

describe('against the curators, on the five seeds', () => {
  it('proposes the curated ignored figures as ignored, and no curated observation', async () => {
    const built = buildDataset(await readBuildInput('data', 'seeds'));
    if (!built.ok) throw new Error('the seeds do not build');
    const { dataset } = built.value;
    let ignoredByCurators = 0;
    let proposedToo = 0;
    let usedProposedIgnored: string[] = [];
    for (const doc of dataset.documents) {
      const mentions = extractMentions(doc.text);
      const figures = new Set(mentions.filter((m) => m.class === 'figure').map((m) => m.offset));
      const rows = draftRows({
        document: doc,
        mentions,
        unreviewed: figures,
        indicators: dataset.indicators,
        regions: dataset.regions,
      });
      const proposed = new Set(rows.ignored.map((r) => r.offset));
      for (const m of dataset.mentions!) {
        if (m.document !== doc.id || m.class !== 'figure') continue;
        if (m.status === 'ignored') {
          ignoredByCurators++;
          if (proposed.has(m.offset)) proposedToo++;
        }
        if (m.status === 'used' && proposed.has(m.offset))
          usedProposedIgnored = [...usedProposedIgnored, `${doc.id}@${m.offset} ${m.text}`];
      }
    }
    // Measured 2026-12-07: all 20 figures the curators ignored (titles, counts in Chinese numerals, a plan's
    // measures, 表1's six cells restating the prose) and none of the 72 they used.
    expect(ignoredByCurators).toBe(20);
    expect(proposedToo).toBe(20);
    expect(usedProposedIgnored).toEqual([]);
  });
});
