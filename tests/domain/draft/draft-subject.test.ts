// Subject and basis proposals, case by case and against what the curators wrote for the five seeds.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { proposeSubject } from '../../../src/domain/draft/draft-subject';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { readBuildInput } from '../../../scripts/lib/build-input';

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

/** Character bigrams, for a loose likeness of two names. */
function dice(a: string, b: string): number {
  const grams = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + s[i + 1]));
  const x = grams(a);
  const y = grams(b);
  const both = [...x].filter((g) => y.has(g)).length;
  return x.size + y.size === 0 ? 0 : (2 * both) / (x.size + y.size);
}

describe('proposeSubject on the five seeds, against the curated catalogue', async () => {
  const built = buildDataset(await readBuildInput('data', 'seeds'));
  if (!built.ok) throw new Error(built.error.map(formatProblem).join('\n'));
  const { dataset } = built.value;
  const rows: { basis: boolean; subject: boolean; line: string }[] = [];
  for (const doc of dataset.documents) {
    const mentions = extractMentions(doc.text);
    for (const ind of dataset.indicators)
      for (const o of ind.observations) {
        if (o.source.document !== doc.id) continue;
        const end = o.source.offset + o.source.quote.length;
        const index = mentions.findIndex(
          (m) =>
            m.class === 'figure' &&
            m.offset >= o.source.offset &&
            m.offset < end &&
            m.value !== null &&
            Math.abs(m.value - o.value) < 1e-9,
        );
        if (index < 0) continue;
        const p = proposeSubject(doc.text, mentions, index);
        const name = ind.name.zh;
        const like =
          p.subject !== null &&
          (name.includes(p.subject) || p.subject.includes(name) || dice(p.subject, name) >= 0.5);
        rows.push({
          basis: p.basis === o.basis,
          subject: o.basis !== 'level' || like,
          line: `${o.source.quote.replace(/\s+/g, ' ')} → ${p.subject} / ${p.basis}; curated ${name} / ${o.basis}`,
        });
      }
  }
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
