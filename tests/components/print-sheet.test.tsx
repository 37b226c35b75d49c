// @vitest-environment jsdom
// The print layout: what it says of each panel (each fact once, as text; the chart a vector drawing without
// its own title, status or source) and when it is on the page (the print button, and the browser's own
// print, Ctrl+P, before and after a print from the button).
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportToolbar } from '../../src/components/export/ExportToolbar';
import type { Exporter } from '../../src/components/export/exporter';
import { PrintSheet } from '../../src/components/export/PrintSheet';
import { PRINT_WIDTH_PX, printItems, printText } from '../../src/components/export/print-items';
import { computeProgress } from '../../src/domain/progress';
import type { Progress } from '../../src/domain/progress-types';
import { makeSmallDataset } from '../support/small-dataset';

afterEach(cleanup);

const dataset = makeSmallDataset();
const asOf = new Date(2025, 5, 30);
const progress = new Map<string, Progress | null>(
  dataset.indicators.map((i) => [i.id, computeProgress(i, asOf)]),
);
const count = (text: string, part: string) => text.split(part).length - 1;

describe('print sheet content', () => {
  const items = printItems({ dataset, indicators: dataset.indicators, progress, locale: 'zh-CN', asOf });

  function renderSheet() {
    render(
      <PrintSheet
        title="科技金融指标看板"
        headLine={['地区：重庆市', '评估日期：2025年6月30日', '共 5 项指标']}
        items={items}
        total={items.length}
        locale="zh-CN"
        label="打印版面"
      />,
    );
    return screen.getByRole('region', { name: '打印版面' });
  }

  it('has one panel per indicator, under a header line with the filter and the as-of date', () => {
    const sheet = renderSheet();
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent('科技金融指标看板');
    expect(
      within(sheet).getByText('地区：重庆市 · 评估日期：2025年6月30日 · 共 5 项指标'),
    ).toBeInTheDocument();
    expect(within(sheet).getAllByRole('article')).toHaveLength(dataset.indicators.length);
  });

  it('says each panel’s title, unit, status with reason and source line once, as text, none inside the chart', () => {
    const sheet = renderSheet();
    for (const item of items) {
      const article = within(sheet).getByRole('article', { name: item.title });
      const text = article.textContent!;
      expect(item.statusText).toMatch(/^状态：.+ — .+/);
      expect(item.sourceLine).toMatch(/^来源：《/);
      expect(item.unit).toMatch(/^单位：/);
      for (const fact of [item.title, item.statusText, item.sourceLine, item.unit!])
        expect(count(text, fact), `${item.id}: ${fact}`).toBe(1);
      // The chart is drawn, as vectors, with text of its own (its labels) but none of the above.
      const svg = article.querySelector('.print-chart svg')!;
      expect(svg).not.toBeNull();
      expect(svg.getAttribute('width')).toBe(String(PRINT_WIDTH_PX));
      expect(svg.querySelector('image')).toBeNull();
      expect(svg.querySelectorAll('path').length).toBeGreaterThan(0);
      const drawn = svg.textContent!;
      for (const fact of [item.title, item.statusText, item.sourceLine]) expect(drawn).not.toContain(fact);
      expect(drawn).not.toMatch(/状态：|来源：|评估日期/);
    }
  });

  it('gives baseline, latest, target and the gap as text, each once', () => {
    const sheet = renderSheet();
    const loans = within(sheet).getByRole('article', { name: '重庆市 · 科技型企业贷款余额' });
    const facts = loans.querySelector('dl')!;
    const terms = [...facts.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms.slice(0, 4)).toEqual(['基线', '最新实际', '目标', '距目标']);
    expect(new Set(terms).size).toBe(terms.length);
    const value = (term: string) =>
      [...facts.querySelectorAll('div')]
        .find((d) => d.querySelector('dt')!.textContent === term)!
        .querySelector('dd')!.textContent;
    expect(value('基线')).toBe('800 亿元（2021年）');
    expect(value('最新实际')).toBe('1,100 亿元（2023年）');
    expect(value('目标')).toBe('1,500 亿元以上，截止 2025年');
    expect(value('距目标')).toMatch(/^400 亿元/);
    expect(count(facts.textContent!, '1,100 亿元')).toBe(1);
  });

  it('says a growth-rate target as its rate and the level it implies, in English too', () => {
    const [gva] = printItems({
      dataset,
      indicators: dataset.indicators.filter((i) => i.id === 'hitech-gva'),
      progress,
      locale: 'en',
      asOf,
    });
    const target = gva!.facts.find((f) => f.key === 'target')!;
    expect(target.label).toBe('Target');
    expect(target.value).toMatch(/^at least 8(\.0)?% growth a year, implied level .+, by 2025$/);
    expect(gva!.statusText).toMatch(/^Status: /);
    // The unit the figures are shown in, as the panel says it (not 100 million yuan beside bn yuan figures).
    expect(gva!.unit).toBe('Unit: bn yuan');
    expect(gva!.facts.find((f) => f.key === 'baseline')!.value).toMatch(/ bn yuan /);
  });
});

describe('a view of more panels than one print takes', () => {
  it('prints the first ones and says how many were left out', () => {
    const input = { dataset, indicators: dataset.indicators, progress, locale: 'zh-CN' as const, asOf };
    const items = printItems(input, 2);
    expect(items.map((i) => i.id)).toEqual(dataset.indicators.slice(0, 2).map((i) => i.id));
    render(<PrintSheet title="" headLine={[]} items={items} total={5} locale="zh-CN" label="打印版面" />);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(
      screen.getByText('仅打印前 2 项（本视图共 5 项）：缩小筛选范围后可打印其余指标。'),
    ).toBeInTheDocument();
    const chars = new Set(printText(input, 2));
    expect([...'仅打印前项本视图共缩小筛选范围后可其余指标'].filter((c) => !chars.has(c))).toEqual([]);
  });

  it('says nothing of a limit when every panel is printed', () => {
    const input = { dataset, indicators: dataset.indicators, progress, locale: 'zh-CN' as const, asOf };
    const items = printItems(input);
    render(<PrintSheet title="" headLine={[]} items={items} total={5} locale="zh-CN" label="打印版面" />);
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(screen.queryByText(/仅打印前/)).toBeNull();
  });
});

describe('printText', () => {
  it('holds every character the sheet draws, charts included, so its font can load before Ctrl+P', () => {
    const input = { dataset, indicators: dataset.indicators, progress, locale: 'zh-CN' as const, asOf };
    const chars = new Set(printText(input));
    const items = printItems(input);
    render(
      <PrintSheet
        title=""
        headLine={[]}
        items={items}
        total={items.length}
        locale="zh-CN"
        label="打印版面"
      />,
    );
    const sheet = screen.getByRole('region', { name: '打印版面' }).cloneNode(true) as HTMLElement;
    for (const style of sheet.querySelectorAll('style')) style.remove(); // ECharts' CSS, not text
    const drawn = sheet.textContent!.replace(/\s/g, '');
    expect(drawn).toContain('基线');
    const missing = [...new Set(drawn)].filter((c) => !chars.has(c));
    expect(missing).toEqual([]);
  });
});

describe('when the print layout is on the page', () => {
  function fakeExporter(): Exporter {
    return {
      png: vi.fn(async () => new Uint8Array()),
      svg: vi.fn(async () => '<svg/>'),
      save: vi.fn(),
      print: vi.fn(),
    };
  }

  function renderToolbar(exporter: Exporter) {
    render(
      <ExportToolbar
        dataset={dataset}
        ids={dataset.indicators.map((i) => i.id)}
        indicatorById={new Map(dataset.indicators.map((i) => [i.id, i]))}
        progress={progress}
        filters={{ region: [], topic: [], doc: [], status: [], q: '' }}
        locale="zh-CN"
        asOf="2025-06-30"
        exporter={exporter}
      />,
    );
  }

  const sheet = () => screen.queryByRole('region', { name: '打印版面' });
  const fire = (type: 'beforeprint' | 'afterprint') => act(() => void window.dispatchEvent(new Event(type)));

  it('Ctrl+P mounts the whole view’s sheet before the browser lays out the page, and takes it away after', async () => {
    const exporter = fakeExporter();
    renderToolbar(exporter);
    // The print code loads when the page is idle; until then beforeprint leaves the live page to print.
    await waitFor(() => {
      fire('beforeprint');
      expect(sheet()).not.toBeNull();
    });
    expect(within(sheet()!).getAllByRole('article')).toHaveLength(dataset.indicators.length);
    expect(sheet()!.querySelectorAll('.print-chart svg')).toHaveLength(dataset.indicators.length);
    // The pages' footer (print.css) names the as-of date, while the sheet is there.
    const footer = () => document.documentElement.style.getPropertyValue('--print-footer');
    expect(footer()).toBe('"科技金融指标看板 · 评估日期：2025年6月30日"');
    fire('afterprint');
    expect(sheet()).toBeNull();
    expect(footer()).toBe('');
    expect(exporter.print).not.toHaveBeenCalled();
  });

  it('Ctrl+P still works after a print from the button', async () => {
    const user = userEvent.setup();
    const exporter = fakeExporter();
    renderToolbar(exporter);
    await user.click(screen.getByRole('button', { name: /^打印 \/ PDF/ }));
    await waitFor(() => expect(exporter.print).toHaveBeenCalledTimes(1));
    // The dialog the button opened fires its own beforeprint: the sheet stays as it is, not mounted twice.
    fire('beforeprint');
    expect(screen.getAllByRole('region', { name: '打印版面' })).toHaveLength(1);
    fire('afterprint');
    expect(sheet()).toBeNull();
    expect(screen.getByRole('button', { name: /^打印 \/ PDF/ })).toBeEnabled();

    fire('beforeprint');
    expect(within(sheet()!).getAllByRole('article')).toHaveLength(dataset.indicators.length);
    fire('afterprint');
    expect(sheet()).toBeNull();
    expect(exporter.print).toHaveBeenCalledTimes(1);
  });
});
