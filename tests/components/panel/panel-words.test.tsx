// @vitest-environment jsdom
// What a panel says, on the real dataset at several as-of dates, in both languages: the cases of issue 15.
// Every sentence must be true of the data: no 已逾期 without a later actual, no growth still needed after
// the deadline, no annualised rate over a month, no "latest: none" beside an actual, qualifiers kept.
import { readFileSync } from 'node:fs';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset-schema';
import type { Progress } from '../../../src/domain/progress-types';
import { growthRows } from '../../../src/i18n/panel-facts';
import { translator } from '../../../src/i18n/translate';
import { installDomStubs } from '../../support/dom-stubs';
import { renderApp } from '../../support/render-app';
import { makeSmallDataset } from '../../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

const real = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as Dataset;

/** The one panel of an indicator, found by its name with the search box's filter. */
async function panelOf(name: string, params: string) {
  await renderApp(real, `/?q=${encodeURIComponent(name)}&${params}`);
  return screen.getByRole('article', { name });
}
const figure = (panel: HTMLElement, term: string) =>
  within(panel).getByText(term, { selector: 'dt' }).nextElementSibling!.textContent;

describe('a target whose deadline has passed with no later actual (重庆高新区, as of 2026-11-21)', () => {
  it('is awaiting its result, shows the last actual, and no growth still needed or schedule point', async () => {
    const panel = await panelOf('金融机构及金融服务机构数', 'asOf=2026-11-21');
    expect(within(panel).getByText('结果待公布')).toBeInTheDocument();
    expect(panel).not.toHaveTextContent('已逾期');
    expect(figure(panel, '最新实际')).toBe('34 家2022年6月4年4个月前');
    expect(panel.querySelector('.panel-reason')!.textContent).toBe(
      '期限 2025年 已过，该期及以后的实际值尚未公布；最新实际为 2022年6月',
    );
    expect(panel).not.toHaveTextContent('仍需年均增长');
    expect(panel).not.toHaveTextContent('按进度应达');
    // The gap is the last actual's, with its date: 42 − 34 = 8, 8/42 = 19.0 %.
    expect(figure(panel, '2022年6月距目标')).toBe('8 家（目标的 19.0%）');
    expect(panel).not.toHaveTextContent(/(?<!月)距目标/);
  });

  it('in English too', async () => {
    const en = real.indicators.find((i) => i.id === 'gx-financial-institutions')!.name.en;
    await renderApp(real, `/?q=${encodeURIComponent(en)}&asOf=2026-11-21&lang=en`);
    const panel = screen.getByRole('article', { name: en });
    expect(within(panel).getByText('Awaiting result')).toBeInTheDocument();
    expect(panel.querySelector('.panel-reason')!.textContent).toBe(
      'Deadline 2025 passed; no actual for it or later is published yet (latest: Jun 2022)',
    );
    expect(panel).not.toHaveTextContent('Growth still needed');
    expect(panel).not.toHaveTextContent('Gap left');
    expect(figure(panel, 'Gap in Jun 2022')).toBe('8 (19.0% of target)');
  });

  it('a growth-rate target (存款余额 15 % a year) does not compute a gap from its 2021 baseline', async () => {
    const panel = await panelOf('银行本外币存款余额', 'asOf=2026-11-21');
    expect(within(panel).getByText('结果待公布')).toBeInTheDocument();
    expect(figure(panel, '基线')).toBe('737.7 亿元2021年12月');
    expect(figure(panel, '最新实际')).toBe('737.7 亿元2021年12月4年10个月前');
    expect(panel).not.toHaveTextContent('距目标');
    expect(panel).not.toHaveTextContent('仍需年均增长');
  });

  it('as of 2025-06-30 the same panel is judged before its deadline, with the growth still needed', async () => {
    const panel = await panelOf('金融机构及金融服务机构数', 'asOf=2025-06-30');
    expect(within(panel).getByText('数据不足')).toBeInTheDocument();
    // 42 − 34 = 8, 8/42 = 19.0 %.
    expect(figure(panel, '距目标')).toBe('8 家（目标的 19.0%）');
  });
});

describe('actuals', () => {
  it('one actual is the latest, not a baseline beside "latest: none" (在投科创企业数量)', async () => {
    const panel = await panelOf('在投科创企业数量', 'asOf=2025-12-31');
    expect(figure(panel, '最新实际')).toBe('816 家2024年6月1年6个月前');
    expect(figure(panel, '基线')).toBe('无');
  });

  it('keep their qualifier: 突破18亿元 → 超过18 亿元', async () => {
    const panel = await panelOf('普惠小微企业贷款余额', 'asOf=2025-12-31');
    expect(figure(panel, '最新实际')).toBe('超过18 亿元2021年4年前');
  });

  it('300 → 2000余家, the 300 of assumed date: the change without a span, never an annualised rate', async () => {
    const panel = await panelOf('知识价值信用贷款试点纳入企业数', 'asOf=2025-12-31');
    expect(figure(panel, '最新实际')).toBe('2,000余家2017年11月8年1个月前');
    // The document dates the expansion (2017年11月), not the 300 before it: no "in 1 month".
    expect(figure(panel, '基线')).toBe('300 家2017年10月（推定）');
    expect(figure(panel, '已实现变化')).toBe('增加1,700余家（期间不详）');
    expect(panel).not.toHaveTextContent('年均增长');
    expect(panel.textContent).not.toMatch(/\d{4,},\d{3}\.\d%/);
  });

  it('a no-target indicator with actuals years apart shows its trend (科技型企业贷款余额)', async () => {
    const panel = await panelOf('科技型企业贷款余额', 'asOf=2025-12-31');
    expect(figure(panel, '趋势')).toBe('上升，年均 +39.5%');
    expect(panel.querySelector('.panel-reason')!.textContent).toBe(
      '未设定目标；2017年至2024年6月上升，年均 +39.5%',
    );
  });
});

describe('targets before their document', () => {
  it('as of 2024-01-01 the 2027 targets of the plan of 2024-03-21 are not yet set', async () => {
    const panel = await panelOf('境内外上市制造业企业数（累计）', 'asOf=2024-01-01');
    expect(within(panel).getByText('目标尚未设定')).toBeInTheDocument();
    expect(figure(panel, '目标')).toBe('尚未设定（文件 2024年3月21日 发布）');
    expect(panel).not.toHaveTextContent('100 家以上');
  });

  it('from the day of publication the target is there, in words: 100 家以上', async () => {
    const panel = await panelOf('境内外上市制造业企业数（累计）', 'asOf=2024-03-21');
    expect(figure(panel, '目标')).toBe('100 家以上截止 2027年');
    expect(panel.querySelector('.panel-reason')!.textContent).toBe('尚无实际值，无法判断进度');
  });
});

describe('growthRows', () => {
  const t = translator('zh-CN');
  const indicator = real.indicators.find((i) => i.id === 'gx-financial-institutions')!;
  const point = (value: number, period: string) => ({
    value,
    period,
    date: new Date(2025, 11, 31),
    observation: indicator.observations[0]!,
  });
  const base: Progress = {
    status: 'achieved',
    reason: 'target-met',
    baseline: null,
    latest: point(45, '2025'),
    target: { ...point(42, '2025'), qualifier: '=', implied: false },
    distanceCovered: null,
    timeElapsed: null,
    expectedNow: null,
    gap: { absolute: 3, relative: 3 / 42, exceeded: true },
    cagrObserved: null,
    cagrRequired: null,
    cagrRequiredFromBaseline: null,
    ratio: null,
    impliedPath: null,
  };

  it('an exceeded target says 超出目标, never a negative gap', () => {
    const rows = growthRows(base, indicator, t, 'zh-CN');
    expect(rows[0]).toMatchObject({ label: '超出目标', value: '3 家（目标的 7.1%）' });
  });

  it('after the deadline: what was reached and what was missing, no growth still needed', () => {
    const missed: Progress = {
      ...base,
      status: 'missed',
      reason: 'deadline-actual-short',
      result: point(38, '2025'),
      gap: { absolute: 4, relative: 4 / 42, exceeded: false },
    };
    const rows = growthRows(missed, indicator, t, 'zh-CN');
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['期限时实际', '38 家（2025年）'],
      ['期限时距目标', '4 家（目标的 9.5%）'],
    ]);
  });

  it('a projection is labelled 推算 and set apart from data', () => {
    const from = point(100, '2020');
    const to = point(130, '2023');
    const awaiting: Progress = {
      ...base,
      status: 'awaiting-result',
      reason: 'no-actual-since-deadline',
      gap: null,
      projection: {
        period: '2027',
        date: new Date(2027, 11, 31),
        value: 184.45,
        trend: { direction: 'rising', kind: 'growth', rate: 0.0914, from, to },
      },
    };
    const [row] = growthRows(awaiting, indicator, t, 'zh-CN');
    expect(row).toMatchObject({
      label: '推算 2027年',
      value: '184.45 家（推算：按2020年—2023年趋势，非实际数据）',
      projection: true,
    });
  });
});

describe('a target with no actual at all, before its deadline', () => {
  it('shows no gap or growth rows of dashes, and says there is no actual yet', async () => {
    const panel = await panelOf('股权投资机构数', 'asOf=2024-01-01');
    expect(panel.querySelector('.panel-growth')).toBeNull();
    expect(panel.querySelector('.panel-reason')!.textContent).toBe('尚无实际值，无法判断进度');
  });
});

describe('the unit in the header is the unit the amounts are shown in (issue 15, item 5)', () => {
  const meta = (panel: HTMLElement) => panel.querySelector('.panel-meta')!.textContent;

  it('names 万元 where every amount is below 1 亿元, and 亿元 where every amount is above', async () => {
    const premium = await panelOf('首台（套）重大技术装备保险保费', 'asOf=2026-11-21');
    expect(meta(premium)).toBe('重庆市 · 单位：万元');
    expect(premium).toHaveTextContent('2,781 万元');
    expect(premium).not.toHaveTextContent('亿元');
    cleanup();
    const loans = await panelOf('科技型企业贷款余额', 'asOf=2026-11-21');
    expect(meta(loans)).toMatch(/单位：亿元$/);
    expect(loans).not.toHaveTextContent('万元');
  });

  it('in English: m yuan below 1 bn, bn yuan above, and no stray ".0"', async () => {
    const en = real.indicators.find((i) => i.id === 'cq-first-set-premium')!.name.en;
    await renderApp(real, `/?q=${encodeURIComponent(en)}&asOf=2026-11-21&lang=en`);
    const panel = screen.getByRole('article', { name: en });
    expect(meta(panel)).toMatch(/Unit: m yuan$/);
    expect(panel).toHaveTextContent('27.81 m yuan');
    cleanup();
    const loans = real.indicators.find((i) => i.id === 'cq-tech-loan-balance')!.name.en;
    await renderApp(real, `/?q=${encodeURIComponent(loans)}&asOf=2026-11-21&lang=en`);
    const loanPanel = screen.getByRole('article', { name: loans });
    expect(meta(loanPanel)).toMatch(/Unit: bn yuan$/);
    expect(loanPanel).toHaveTextContent('695 bn yuan');
    expect(loanPanel.textContent).not.toMatch(/\d\.0 bn/);
  });
});

describe('where a panel comes from, and how old its latest figure is', () => {
  it('names the source document and its date without a click, the whole title in its tooltip', async () => {
    const panel = await panelOf('金融机构及金融服务机构数', 'asOf=2026-11-21');
    const title = '重庆高新区管委会办公室关于印发重庆高新区金融发展“十四五”规划的通知';
    const source = panel.querySelector('.panel-source')!;
    expect(source.textContent).toBe(`来源：《${title}》，2022-07-04`);
    expect(source).toHaveAttribute('title', `来源：《${title}》，2022-07-04`);
  });

  it('says how old the latest figure is on the as-of date: 2022-06-30 to 2026-11-21 is 4 years 4 months', async () => {
    const panel = await panelOf('金融机构及金融服务机构数', 'asOf=2026-11-21');
    const age = within(panel).getByText('4年4个月前');
    expect(age).toHaveAttribute('title', '最新数据早于截至日期 4年4个月');
  });

  it('in English', async () => {
    const en = real.indicators.find((i) => i.id === 'gx-financial-institutions')!.name.en;
    await renderApp(real, `/?q=${encodeURIComponent(en)}&asOf=2026-11-21&lang=en`);
    const panel = screen.getByRole('article', { name: en });
    expect(panel.querySelector('.panel-source')!.textContent).toMatch(/^Source: 《.+》, 2022-07-04$/);
    expect(within(panel).getByText('4 yr 4 mo earlier')).toBeInTheDocument();
  });

  it('a figure of the as-of period says so; a panel with no actual says no age', async () => {
    await renderApp(makeSmallDataset(), '/?asOf=2024-12-31');
    const listed = screen.getByRole('article', { name: '科创板上市企业数量' });
    expect(figure(listed, '最新实际')).toBe('65 家2024年截至日当期');
    expect(screen.getByRole('article', { name: '金融科技企业数量' }).querySelector('.figure-age')).toBeNull();
  });
});
