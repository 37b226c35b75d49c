// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Progress } from '../../src/domain/progress-types';
import { computeProgress } from '../../src/domain/progress';
import { ExportToolbar } from '../../src/components/export/ExportToolbar';
import type { Exporter } from '../../src/components/export/exporter';
import { PanelExportMenu } from '../../src/components/export/PanelExportMenu';
import type { ExportChart } from '../../src/export/export-option';
import { makeSmallDataset } from '../support/small-dataset';
import { allStrings } from '../charts/fixtures';

afterEach(cleanup);

const dataset = makeSmallDataset();
const asOf = new Date(2025, 5, 30);
const progress = new Map<string, Progress | null>(
  dataset.indicators.map((i) => [i.id, computeProgress(i, asOf)]),
);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const EMPTY_FILTERS = { region: [], topic: [], doc: [], status: [], q: '' };

function fakeExporter(overrides: Partial<Exporter> = {}) {
  const saved: { data: Uint8Array | string; name: string; type: string }[] = [];
  const charts: ExportChart[] = [];
  const exporter: Exporter = {
    png: vi.fn(async (chart: ExportChart) => {
      charts.push(chart);
      return PNG;
    }),
    svg: vi.fn(async (chart: ExportChart) => {
      charts.push(chart);
      return `<svg>${chart.text}</svg>`;
    }),
    save: vi.fn((data, name, type) => saved.push({ data, name, type })),
    print: vi.fn(),
    ...overrides,
  };
  return { exporter, saved, charts };
}

describe('PanelExportMenu', () => {
  const loans = dataset.indicators[0]!;

  it('has export buttons whose accessible names say the format and the indicator', () => {
    const { exporter } = fakeExporter();
    render(
      <PanelExportMenu
        indicator={loans}
        progress={progress.get('cq-loans')!}
        dataset={dataset}
        locale="zh-CN"
        asOf={asOf}
        exporter={exporter}
      />,
    );
    const group = screen.getByRole('group', { name: '导出图表：科技型企业贷款余额' });
    expect(
      within(group).getByRole('button', { name: '导出 PNG 图片（2×）：科技型企业贷款余额' }),
    ).toHaveTextContent('导出 PNG');
    expect(within(group).getByRole('button', { name: /PNG（3×）图片/ })).toBeInTheDocument();
    expect(
      within(group).getByRole('button', { name: '导出 SVG 矢量图：科技型企业贷款余额' }),
    ).toHaveTextContent('导出 SVG');
  });

  it('exports a decorated PNG and SVG, named by the indicator id', async () => {
    const user = userEvent.setup();
    const { exporter, saved, charts } = fakeExporter();
    render(
      <PanelExportMenu
        indicator={loans}
        progress={progress.get('cq-loans')!}
        dataset={dataset}
        locale="zh-CN"
        asOf={asOf}
        exporter={exporter}
      />,
    );
    await user.click(screen.getByRole('button', { name: /导出 PNG 图片（2×）/ }));
    await user.click(screen.getByRole('button', { name: /导出 PNG（3×）图片/ }));
    await user.click(screen.getByRole('button', { name: /导出 SVG/ }));
    expect(saved.map((s) => [s.name, s.type])).toEqual([
      ['cq-loans.png', 'image/png'],
      ['cq-loans@3x.png', 'image/png'],
      ['cq-loans.svg', 'image/svg+xml;charset=utf-8'],
    ]);
    expect(exporter.png).toHaveBeenLastCalledWith(expect.anything(), 3);
    const strings = allStrings(charts[0]!.option);
    expect(strings).toContain('重庆市 · 科技型企业贷款余额');
    expect(strings.some((s) => s.startsWith('来源：《重庆高新区金融发展'))).toBe(true);
    expect(charts[0]!.width).toBeGreaterThanOrEqual(1200);
    expect(screen.getByRole('status')).toHaveTextContent('已导出 cq-loans.svg');
  });

  it('reports a failure as an alert', async () => {
    const user = userEvent.setup();
    const { exporter } = fakeExporter({ png: async () => Promise.reject(new Error('canvas lost')) });
    render(
      <PanelExportMenu
        indicator={loans}
        progress={progress.get('cq-loans')!}
        dataset={dataset}
        locale="en"
        asOf={asOf}
        exporter={exporter}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Export PNG image (2×): Loans to tech firms' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Export failed: canvas lost');
  });
});

describe('ExportToolbar', () => {
  function renderToolbar(
    exporter: Exporter,
    locale: 'zh-CN' | 'en' = 'zh-CN',
    indicators = dataset.indicators,
  ) {
    return render(
      <ExportToolbar
        dataset={dataset}
        ids={indicators.map((i) => i.id)}
        indicatorById={new Map(dataset.indicators.map((i) => [i.id, i]))}
        progress={progress}
        filters={{ ...EMPTY_FILTERS, region: ['chongqing'] }}
        locale={locale}
        asOf="2025-06-30"
        exporter={exporter}
      />,
    );
  }

  it('offers no table, image or slide export of an empty selection; the whole dataset stays downloadable', () => {
    renderToolbar(fakeExporter().exporter, 'zh-CN', []);
    for (const name of [/^导出 CSV/, /^导出 XLSX/, /^导出 ZIP/, /^导出 PPTX/])
      expect(screen.getByRole('button', { name })).toBeDisabled();
    expect(screen.getByRole('button', { name: /数据集/ })).toBeEnabled();
  });

  it('offers every export with a name that says the format', () => {
    renderToolbar(fakeExporter().exporter);
    const bar = screen.getByRole('toolbar', { name: '导出当前筛选结果' });
    for (const name of [
      /^导出 CSV 表格/,
      /^导出 ZIP（PNG\+SVG）压缩包.*PNG 和 SVG/,
      /^导出 XLSX：Excel 工作簿/,
      /^导出 PPTX 演示文稿/,
      /PDF/,
      /JSON/,
    ]) {
      expect(within(bar).getByRole('button', { name })).toBeEnabled();
    }
    expect(within(bar).getByRole('button', { name: /CSV/ })).toHaveTextContent('导出 CSV');
    expect(within(bar).getByRole('button', { name: /ZIP/ })).toHaveTextContent('导出 ZIP（PNG+SVG）');
    expect(within(bar).getByRole('button', { name: /PPTX/ })).toHaveTextContent('导出 PPTX');
    expect(within(bar).getByRole('button', { name: /PDF/ })).toHaveTextContent('打印 / PDF');
    expect(within(bar).getByRole('button', { name: /JSON/ })).toHaveTextContent('下载数据集 JSON');
  });

  it.each(['zh-CN', 'en'] as const)(
    'names every export button (%s) starting with its visible words (WCAG 2.5.3, label in name)',
    (locale) => {
      const { exporter } = fakeExporter();
      const { container } = renderToolbar(exporter, locale);
      render(
        <PanelExportMenu
          indicator={dataset.indicators[0]!}
          progress={progress.get('cq-loans')!}
          dataset={dataset}
          locale={locale}
          asOf={asOf}
          exporter={exporter}
        />,
        { container: container.appendChild(document.createElement('div')) },
      );
      const buttons = screen.getAllByRole('button');
      expect(buttons.length).toBeGreaterThanOrEqual(9);
      for (const button of buttons) {
        const visible = button.textContent!.trim();
        // The accessible name: aria-label where there is one (each of these buttons has one), else the text.
        const name = button.getAttribute('aria-label') ?? visible;
        expect(name.startsWith(visible), `${visible} → ${name}`).toBe(true);
      }
    },
  );

  it('downloads the CSV with a BOM and the dataset JSON', async () => {
    const user = userEvent.setup();
    const { exporter, saved } = fakeExporter();
    renderToolbar(exporter);
    // The CSV writer loads on the first click.
    await user.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: /JSON/ }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const csv = saved[0]!;
    expect(csv.name).toBe('indicators-20250630.csv');
    expect([...(csv.data as Uint8Array).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv.data as Uint8Array)).toContain('科技型企业贷款余额');
    expect(JSON.parse(saved[1]!.data as string).indicators).toHaveLength(dataset.indicators.length);
  });

  it('builds a ZIP of PNG and SVG per panel with the CSV', async () => {
    const user = userEvent.setup();
    const { exporter, saved } = fakeExporter();
    renderToolbar(exporter);
    await user.click(screen.getByRole('button', { name: /ZIP/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const files = Object.keys(unzipSync(saved[0]!.data as Uint8Array));
    expect(files).toHaveLength(dataset.indicators.length * 2 + 1);
    expect(files).toContain('cq-loans.png');
    expect(files).toContain('indicators.csv');
    expect(screen.getByRole('status')).toHaveTextContent('已导出 charts-20250630.zip');
  });

  it('builds a PPTX with a cover and one slide per panel', async () => {
    const user = userEvent.setup();
    const { exporter, saved } = fakeExporter();
    renderToolbar(exporter, 'zh-CN', dataset.indicators.slice(0, 2));
    await user.click(screen.getByRole('button', { name: /PPTX/ }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 5000 });
    const files = unzipSync(saved[0]!.data as Uint8Array);
    expect(Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(3);
    expect(strFromU8(files['ppt/slides/slide1.xml']!)).toContain('地区：重庆市');
  });

  it('draws the deck’s charts with the exporter’s deck renderer where it has one, at 2×, each for its slide', async () => {
    const user = userEvent.setup();
    const deckPng = vi.fn(async (_chart: ExportChart, _ratio: 2 | 3) => PNG);
    const { exporter, saved } = fakeExporter({ deckPng });
    renderToolbar(exporter, 'zh-CN', dataset.indicators.slice(0, 2));
    await user.click(screen.getByRole('button', { name: /PPTX/ }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 5000 });
    expect(deckPng).toHaveBeenCalledTimes(2);
    expect(exporter.png).not.toHaveBeenCalled();
    for (const [chart, ratio] of deckPng.mock.calls) {
      expect(ratio).toBe(2);
      expect([chart.width, chart.height]).toEqual([888, 191]);
    }
  });

  it('shows progress for many panels and cancels', async () => {
    const user = userEvent.setup();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const { exporter, saved } = fakeExporter({
      png: vi.fn(async () => {
        await gate;
        return PNG;
      }),
    });
    renderToolbar(exporter);
    await user.click(screen.getByRole('button', { name: /ZIP/ }));
    expect(await screen.findByRole('progressbar', { name: '导出进度' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`正在导出 0 / ${dataset.indicators.length}`);
    expect(screen.getByRole('button', { name: /ZIP/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '取消导出' }));
    await act(async () => release());
    expect(await screen.findByText('已取消导出。')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('prints: mounts a print layout with every panel and its source line, then opens the print dialog', async () => {
    const user = userEvent.setup();
    const { exporter } = fakeExporter();
    renderToolbar(exporter);
    await user.click(screen.getByRole('button', { name: /PDF/ }));
    const sheet = await screen.findByRole('region', { name: '打印版面' });
    await waitFor(() => expect(exporter.print).toHaveBeenCalledTimes(1));
    expect(within(sheet).getAllByRole('article')).toHaveLength(dataset.indicators.length);
    expect(within(sheet).getByText(/^地区：重庆市 · 评估日期：/)).toBeInTheDocument();
    expect(within(sheet).getAllByText(/^来源：/)).toHaveLength(dataset.indicators.length);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByRole('region', { name: '打印版面' })).not.toBeInTheDocument();
  });
});
