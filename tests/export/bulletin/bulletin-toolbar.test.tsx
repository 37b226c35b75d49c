// @vitest-environment jsdom
// The toolbar's bulletin button, as a user clicks it: its code loads on the click, each chart is drawn with
// the exporter's PNG renderer, and the .docx of the current view is saved; cancelled, nothing is saved.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportToolbar } from '../../../src/components/export/ExportToolbar';
import type { Exporter } from '../../../src/components/export/exporter';
import { computeProgress } from '../../../src/domain/progress';
import type { Progress } from '../../../src/domain/progress-types';
import { MIME } from '../../../src/export/download';
import { makeSmallDataset } from '../../support/small-dataset';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const dataset = makeSmallDataset();
const progress = new Map<string, Progress | null>(
  dataset.indicators.map((i) => [i.id, computeProgress(i, new Date(2025, 5, 30))]),
);
const targeted = dataset.indicators.filter((i) => progress.get(i.id)!.status !== 'no-target');
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function setup(png: Exporter['png'] = vi.fn(async () => PNG), locale: 'zh-CN' | 'en' = 'zh-CN') {
  const saved: { data: Uint8Array | string; name: string; type: string }[] = [];
  const exporter: Exporter = {
    png,
    svg: vi.fn(async () => '<svg/>'),
    save: vi.fn((data, name, type) => saved.push({ data, name, type })),
    print: vi.fn(),
    loadFont: vi.fn(async () => true),
  };
  render(
    <ExportToolbar
      dataset={dataset}
      ids={dataset.indicators.map((i) => i.id)}
      indicatorById={new Map(dataset.indicators.map((i) => [i.id, i]))}
      progress={progress}
      filters={{ region: ['chongqing'], topic: [], doc: [], status: [], q: '' }}
      locale={locale}
      asOf="2025-06-30"
      exporter={exporter}
    />,
  );
  return { exporter, saved };
}

describe('the bulletin button', () => {
  it('saves the Word bulletin of the current view, each chart drawn by the exporter', async () => {
    expect(targeted.length).toBeGreaterThan(0);
    // Only the clock's date is set (the bulletin is dated the day it is made); timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 7, 10));
    const user = userEvent.setup();
    const { exporter, saved } = setup();
    await user.click(screen.getByRole('button', { name: '生成监测通报（Word）' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect(saved[0]!.name).toBe('bulletin-20250630.docx');
    expect(saved[0]!.type).toBe(MIME.docx);
    expect(exporter.png).toHaveBeenCalledTimes(targeted.length);
    const xml = strFromU8(unzipSync(saved[0]!.data as Uint8Array)['word/document.xml']!);
    expect(xml).toContain('重庆市科技金融发展监测通报（截至2025年6月30日）');
    expect(xml).toContain('日期：2026年12月7日');
    expect(screen.getByRole('status')).toHaveTextContent('已导出 bulletin-20250630.docx');
  });

  it('is in English when the page is', async () => {
    const user = userEvent.setup();
    const { saved } = setup(undefined, 'en');
    await user.click(screen.getByRole('button', { name: 'Bulletin (Word)' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    const xml = strFromU8(unzipSync(saved[0]!.data as Uint8Array)['word/document.xml']!);
    expect(xml).toContain('Chongqing Sci-Tech Finance Monitoring Bulletin (as of 30 Jun 2025)');
  });

  it('shows its progress and can be cancelled: nothing is saved', async () => {
    const user = userEvent.setup();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const { saved } = setup(
      vi.fn(async () => {
        await gate;
        return PNG;
      }),
    );
    await user.click(screen.getByRole('button', { name: '生成监测通报（Word）' }));
    expect(await screen.findByRole('progressbar', { name: '导出进度' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '生成监测通报（Word）' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '取消导出' }));
    await act(async () => release());
    expect(await screen.findByText('已取消导出。')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });
});
