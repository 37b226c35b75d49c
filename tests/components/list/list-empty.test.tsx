// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { installDomStubs } from '../../support/dom-stubs';
import { renderApp } from '../../support/render-app';
import { makeSmallDataset } from '../../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

/** The small dataset without its 长三角 indicators: the region keeps its document, with no figure in it. */
function withoutYrdFigures() {
  const ds = makeSmallDataset();
  ds.indicators = ds.indicators.filter((i) => i.id !== 'sh-listed' && i.id !== 'yrd-fintech');
  return ds;
}
const YRD_TITLE = '上海、南京、杭州、合肥、嘉兴科技创新和金融改革试验区建设总体方案';

describe('an empty list', () => {
  it('for a region with documents but no quantified figure, says so, names the document and opens it', async () => {
    const { user } = await renderApp(withoutYrdFigures(), '/?region=yrd');
    expect(screen.getByText('长三角有文件，但文件中没有量化的指标数据：')).toBeInTheDocument();
    expect(screen.queryByText('没有符合筛选条件的指标。')).toBeNull();
    const open = screen.getByRole('button', { name: `《${YRD_TITLE}》` });
    await user.click(open);
    const source = await screen.findByRole('dialog', { name: new RegExp(YRD_TITLE) });
    expect(source).toBeInTheDocument();
  });

  it('in English', async () => {
    await renderApp(withoutYrdFigures(), '/?region=yrd&lang=en');
    expect(
      screen.getByText('Yangtze River Delta has documents, but they give no quantified indicator:'),
    ).toBeInTheDocument();
  });

  it('a region with indicators, emptied by other filters, says only that nothing matches', async () => {
    await renderApp(makeSmallDataset(), '/?region=yrd&q=zzz');
    expect(screen.getByText('没有符合筛选条件的指标。')).toBeInTheDocument();
    expect(screen.queryByText(/没有量化的指标数据/)).toBeNull();
    expect(within(document.body).queryByRole('button', { name: `《${YRD_TITLE}》` })).toBeNull();
  });
});

describe('an empty view between two views', () => {
  const titles = (list: HTMLElement) =>
    within(list)
      .getAllByRole('article', { hidden: true })
      .map((a) => [within(a).getByRole('heading', { level: 3, hidden: true }).textContent, a] as const);

  it('keeps the panels mounted, hidden from everyone, and the way back finds the same panels', async () => {
    const { store } = await renderApp(makeSmallDataset());
    const list = screen.getByRole('list', { name: '指标列表' });
    const before = titles(list);
    expect(before.length).toBeGreaterThan(0);

    act(() => store.getState().setQuery('zzz'));
    await screen.findByText('没有符合筛选条件的指标。');
    // Not seen, not read out, not reached with the keyboard: the note is the whole view.
    expect(screen.queryByRole('list', { name: '指标列表' })).toBeNull();
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(list).toHaveAttribute('aria-hidden', 'true');
    expect(list).toHaveAttribute('inert');
    expect(list).toHaveClass('list-grid--kept');
    expect(list.isConnected).toBe(true);

    act(() => store.getState().setQuery(''));
    await waitFor(() => expect(screen.queryByText('没有符合筛选条件的指标。')).toBeNull());
    expect(screen.getByRole('list', { name: '指标列表' })).toBe(list);
    expect(list).not.toHaveAttribute('aria-hidden');
    expect(list).not.toHaveAttribute('inert');
    // The same panels in the same elements: none was created again.
    const after = titles(list);
    expect(after.map(([title]) => title)).toEqual(before.map(([title]) => title));
    after.forEach(([, article], i) => expect(article).toBe(before[i]![1]));
  });

  it('a view with panels after it hands the kept places on, as any new view does', async () => {
    const { store } = await renderApp(makeSmallDataset());
    const cells = () => within(screen.getByRole('list', { name: '指标列表' })).getAllByRole('listitem');
    const before = new Set(cells());
    act(() => store.getState().setQuery('zzz'));
    await screen.findByText('没有符合筛选条件的指标。');
    act(() => store.getState().setQuery('贷款'));
    await waitFor(() => expect(screen.queryByText('没有符合筛选条件的指标。')).toBeNull());
    const after = cells();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.size);
    for (const cell of after) expect(before.has(cell)).toBe(true);
  });
});
