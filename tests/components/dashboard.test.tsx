// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSmallDataset } from '../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

const panelTitles = () =>
  within(screen.getByRole('list', { name: '指标列表' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('dashboard', () => {
  it('the header lists the source documents when its 文件 line is opened', async () => {
    const { user, store } = await renderApp(makeSmallDataset());
    const docs = store.getState().dataset!.documents;
    const summary = screen.getByText('文件：').closest('summary')!;
    expect(summary).toHaveTextContent(`文件：${docs.length}`);
    const details = summary.closest('details')!;
    // Closed, the list is not in the page at all.
    expect(within(details).queryByRole('listitem')).toBeNull();
    await user.click(summary);
    const items = await within(details).findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      docs.map((d) => `《${d.title}》${d.issuer}，${d.published}`),
    );
  });

  it('shows one panel per indicator with its status in words', async () => {
    await renderApp(makeSmallDataset());
    expect(panelTitles()).toHaveLength(5);
    const panel = screen.getByRole('article', { name: '科创板上市企业数量' });
    expect(within(panel).getByText('已实现')).toBeInTheDocument();
    expect(within(panel).getByText('实际值 65 家（2024年）已达到目标')).toBeInTheDocument();
    const noBase = screen.getByRole('article', { name: '金融科技企业数量' });
    expect(within(noBase).getByText('数据不足')).toBeInTheDocument();
    // No actual at all: said as such, not as a missing baseline.
    expect(within(noBase).getByText('尚无实际值，无法判断进度')).toBeInTheDocument();
  });
});
