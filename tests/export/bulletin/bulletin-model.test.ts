// The bulletin's model from the golden dataset: every number of 总体情况 computed (checked here by hand from
// the dataset), the tables' rows, the sections, the sources under their documents, the method and the
// user's imports. No docx here: bulletin-office.test.ts opens the written file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Observation } from '../../../src/domain/dataset-schema';
import { computeProgress, progressContext } from '../../../src/domain/progress';
import { STATUSES } from '../../../src/domain/progress-types';
import {
  buildBulletin,
  bulletinText,
  type BulletinBlock,
  type BulletinInput,
} from '../../../src/export/bulletin/bulletin-model';
import { LEGEND_WORDS } from '../../../src/i18n/legend-words';

const dataset = datasetSchema.parse(JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')));
const context = progressContext(dataset.documents);

function input(region: string, asOf: string, more: Partial<BulletinInput> = {}): BulletinInput {
  const indicators = dataset.indicators.filter((i) => i.region === region);
  const day = new Date(`${asOf}T00:00:00`);
  const extra = more.extra;
  return {
    dataset,
    indicators,
    progress: new Map(
      indicators.map((i) => [i.id, computeProgress(i, day, [...(extra?.get(i.id) ?? [])], context)]),
    ),
    filters: { region: [region], topic: [], doc: [], status: [], q: '' },
    locale: 'zh-CN',
    asOf,
    ...more,
  };
}

const of = <K extends BulletinBlock['kind']>(blocks: BulletinBlock[], kind: K) =>
  blocks.filter((b): b is Extract<BulletinBlock, { kind: K }> => b.kind === kind);

describe('the bulletin of 重庆高新区 as of 2025-06-30', () => {
  const b = buildBulletin(input('cq-gaoxin', '2025-06-30'));
  const paragraphs = of(b.blocks, 'paragraph').map((p) => p.text);

  it('has the title block: region, as-of date, a blank issuer line, the date', () => {
    expect(b.title).toBe('重庆高新区（西部（重庆）科学城）科技金融发展监测通报（截至2025年6月30日）');
    expect(b.issuerLabel).toBe('发布单位：');
    expect(b.dateLine).toBe('日期：2025年6月30日');
  });

  it('numbers its chapters in order', () => {
    expect(
      of(b.blocks, 'heading')
        .filter((h) => h.level === 1)
        .map((h) => h.text),
    ).toEqual([
      '一、总体情况',
      '二、指标进展表',
      '三、分项指标进展',
      '四、未设目标指标最新数据',
      '五、数据来源',
      '六、说明',
    ]);
  });

  it('总体情况: counts, statuses, nearest deadlines and largest gaps, all computed', () => {
    // 22 indicators of the zone; 8 with a 2025 target, all without an actual after their baseline.
    expect(paragraphs).toContain(
      '本期监测指标22项，其中设有目标的8项。截至2025年6月30日，设有目标的指标中数据不足8项。无目标14项，列于最新数据表。',
    );
    // Deposits: 737.7 × 1.15⁴ = 1,290.24 (2021-12 → 2025-12), 552.54 short = 42.8 %; loans 608.2 × 1.15⁴ =
    // 1,063.75, 455.55 short = 42.8 %; value added 54.6 × 1.08⁴ = 74.28, 19.68 short = 26.5 %.
    expect(paragraphs).toContain(
      '最近的目标期限：金融业增加值（2025年）、银行本外币存款余额（2025年）、本外币贷款余额（2025年）。' +
        // each gap dated by the actual it is measured at (years before the as-of date here)
        '距目标差距最大的：银行本外币存款余额2021年12月尚差552.54 亿元（目标的42.8%）；' +
        '本外币贷款余额2021年12月尚差455.55 亿元（目标的42.8%）；金融业增加值2021年尚差19.68 亿元（目标的26.5%）。',
    );
  });

  it('指标进展表: one row per target, qualifiers kept', () => {
    const [progress, latest] = of(b.blocks, 'table');
    expect(progress!.columns).toEqual([
      '指标',
      '单位',
      '基线（时间）',
      '最新（时间）',
      '目标（期限）',
      '完成进度',
      '状态',
    ]);
    expect(progress!.rows).toHaveLength(8);
    expect(progress!.rows).toContainEqual([
      '金融机构及金融服务机构数',
      '家',
      '34 家（2022年6月）',
      '34 家（2022年6月）',
      '42 家（2025年）',
      // the only actual is the baseline: nothing measured since, no progress to state (it said 0.0%)
      '—',
      '数据不足',
    ]);
    expect(progress!.rows).toContainEqual([
      '银行本外币存款余额',
      '亿元',
      '737.7 亿元（2021年12月）',
      '737.7 亿元（2021年12月）',
      '1,290.24 亿元（年均增长15%以上）（2025年）',
      '—',
      '数据不足',
    ]);
    expect(latest!.columns).toEqual(['指标', '单位', '最新（时间）', '趋势']);
    expect(latest!.rows).toHaveLength(14);
    // 突破18亿元 keeps its word.
    expect(latest!.rows.map((r) => r[2])).toContain('超过18 亿元（2021年）');
  });

  it('one section per target: heading, sentences, a chart sized from the export', () => {
    expect(of(b.blocks, 'heading').filter((h) => h.level === 2)).toHaveLength(8);
    const charts = of(b.blocks, 'chart');
    expect(charts).toHaveLength(8);
    for (const c of charts) expect(c.chart.width).toBeGreaterThan(c.chart.height);
    // (34 → 42 家 from 2022-06 to 2025-12, 3.5 years: (42/34)^(1/3.5) − 1 = 6.2 % a year.)
    expect(paragraphs).toContain(
      '截至2022年6月，金融机构及金融服务机构数为34 家。距2025年目标42 家尚差8 家，需年均增长6.2%。' +
        '状态：数据不足。基线之后尚无新的实际值，无法衡量进展。',
    );
  });

  it('数据来源: every figure under its document, with its sentence', () => {
    const text = bulletinText(b);
    const figures = dataset.indicators.filter((i) => i.region === 'cq-gaoxin').flatMap((i) => i.observations);
    for (const o of figures) expect(text).toContain(`“${o.source.quote}”`);
    const docs = of(b.blocks, 'heading').filter((h) => h.level === 3);
    expect(docs.map((d) => d.text)).toContain(
      '《重庆高新区管委会办公室关于印发重庆高新区金融发展“十四五”规划的通知》，重庆高新区管委会办公室，2022年7月4日',
    );
    expect(paragraphs).toContain(
      '银行本外币存款余额，实际（同比增速）117.2%（2021年12月）：“人民币存款余额为536.2亿元),同比增长117.2%”',
    );
  });

  it('数据来源: a draft figure nobody has reviewed says 待核 after its sentence', () => {
    const drafted = dataset.indicators.map((i) =>
      i.region !== 'cq-gaoxin'
        ? i
        : { ...i, observations: i.observations.map((o) => (o.value === 117.2 ? { ...o, draft: true } : o)) },
    );
    const d = buildBulletin({
      ...input('cq-gaoxin', '2025-06-30'),
      indicators: drafted.filter((i) => i.region === 'cq-gaoxin'),
    });
    const lines = of(d.blocks, 'paragraph').map((p) => p.text);
    expect(lines).toContain(
      '银行本外币存款余额，实际（同比增速）117.2%（2021年12月）：“人民币存款余额为536.2亿元),同比增长117.2%”（待核：草稿，未经审核）',
    );
    expect(lines.filter((l) => l.includes('待核'))).toHaveLength(1);
  });

  it('说明: the statuses met, 推算, the as-of date, and no user imports', () => {
    expect(paragraphs).toContain(`数据不足：${LEGEND_WORDS['zh-CN'].statuses['insufficient-data']}`);
    expect(paragraphs).toContain(`无目标：${LEGEND_WORDS['zh-CN'].statuses['no-target']}`);
    expect(paragraphs.some((p) => p.startsWith('“推算”：'))).toBe(true);
    expect(paragraphs).toContain('本通报未使用用户导入数据，全部数据摘自所列文件。');
    expect(bulletinText(b)).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
  });
});

describe('the bulletin with a user-imported figure', () => {
  const imported: Observation = {
    role: 'actual',
    period: '2024-12',
    value: 50,
    qualifier: '=',
    basis: 'level',
    userSupplied: true,
    source: { document: 'user-import', quote: '用户导入：金融机构及金融服务机构数 50', offset: 0 },
  };
  const extra = new Map([['gx-financial-institutions', [imported]]]);
  const b = buildBulletin(input('cq-gaoxin', '2025-06-30', { extra }));
  const paragraphs = of(b.blocks, 'paragraph').map((p) => p.text);

  it('judges with it, lists it apart in the sources and names it in the method', () => {
    // 50 ≥ 42: the target is met with the imported figure.
    const row = of(b.blocks, 'table')[0]!.rows.find((r) => r[0] === '金融机构及金融服务机构数')!;
    expect(row[3]).toBe('50 家（2024年12月）');
    expect(row[6]).toBe('已实现');
    expect(of(b.blocks, 'heading').map((h) => h.text)).toContain('用户导入数据');
    expect(paragraphs).toContain(
      '金融机构及金融服务机构数，实际50 家（2024年12月）：“用户导入：金融机构及金融服务机构数 50”',
    );
    expect(paragraphs).toContain(
      '用户导入数据：金融机构及金融服务机构数的部分数据由用户导入，未经文件核对，已在数据来源中单列。',
    );
  });
});

describe('a selection without targets', () => {
  const all = input('cq-gaoxin', '2025-06-30');
  const b = buildBulletin({
    ...all,
    indicators: all.indicators.filter((i) => i.observations.every((o) => o.role === 'actual')),
  });

  it('has no progress table or sections, and its chapters are numbered without gaps', () => {
    expect(of(b.blocks, 'chart')).toHaveLength(0);
    expect(of(b.blocks, 'paragraph')[1]!.text).toBe(
      '本期监测指标14项，均未设定目标。无目标14项，列于最新数据表。',
    );
    expect(
      of(b.blocks, 'heading')
        .filter((h) => h.level === 1)
        .map((h) => h.text),
    ).toEqual(['一、总体情况', '二、未设目标指标最新数据', '三、数据来源', '四、说明']);
  });
});

it('the legend lists the statuses in the method order (the summary counts in that order)', () => {
  expect(Object.keys(LEGEND_WORDS['zh-CN'].statuses)).toEqual([...STATUSES]);
  expect(Object.keys(LEGEND_WORDS.en.statuses)).toEqual([...STATUSES]);
});

describe('the bulletin of 重庆市 as of 2026-12-07: periods and units as the figures are', () => {
  const b = buildBulletin(input('chongqing', '2026-12-07'));
  const paragraphs = of(b.blocks, 'paragraph').map((p) => p.text);
  const latest = of(b.blocks, 'table').find((t) => t.columns[2] === '最新（时间）')!;

  it('a date the document does not give is marked 推定 in the sources', () => {
    expect(paragraphs).toContain(
      '知识价值信用贷款试点纳入企业数，实际300 家（2017年10月（推定））：“纳入试点范围的企业数从300家增加至2000余家”',
    );
  });

  it('the table of latest figures names the unit each figure is shown in', () => {
    const row = (name: string) => latest.rows.find((r) => r[0] === name)!;
    expect(row('首台（套）重大技术装备保险保费').slice(1, 3)).toEqual(['万元', '2,781 万元（2017年）']);
    expect(row('银行机构制造业贷款余额').slice(1, 3)).toEqual(['亿元', '2,608.6 亿元（2017年）']);
  });
});
