// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSyntheticDataset } from '../support/synthetic-dataset';
import { PANEL_HEIGHT } from '../../src/components/list/IndicatorList';

beforeEach(installDomStubs);
afterEach(cleanup);

const big = makeSyntheticDataset({ indicators: 5000, regions: 300, seed: 7 });

describe('windowed list', () => {
  it('renders only a bounded number of panels for 5,000 indicators', async () => {
    await renderApp(big);
    const list = screen.getByRole('list', { name: '指标列表' });
    const items = within(list).getAllByRole('listitem');
    // jsdom has no layout: the list assumes a 1200×800 viewport (3 columns of detailed panels).
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(40);
    expect(items[0]).toHaveAttribute('aria-setsize', '5000');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(screen.getByText('显示 5,000 / 5,000 项指标')).toBeInTheDocument();
  });

  it('scrolling mounts the rows in view and unmounts the rest', async () => {
    await renderApp(big);
    const list = screen.getByRole('list', { name: '指标列表' });
    const scroller = list.parentElement!;
    await act(async () => {
      scroller.scrollTop = (PANEL_HEIGHT.detailed + 12) * 100; // at least row 100
      fireEvent.scroll(scroller);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    const positions = () =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => Number(li.getAttribute('aria-posinset')));
    await waitFor(() => expect(Math.min(...positions())).toBeGreaterThan(150), { timeout: 5000 });
    expect(positions().length).toBeLessThanOrEqual(40);
  });

  it('a filter on 5,000 indicators narrows the list and keeps it bounded', async () => {
    const { user } = await renderApp(big);
    await user.click(
      within(screen.getByRole('group', { name: '状态' })).getByRole('checkbox', { name: /^已实现/ }),
    );
    const list = within(screen.getByRole('list', { name: '指标列表' }));
    const items = list.getAllByRole('listitem');
    expect(items.length).toBeLessThanOrEqual(40);
    // Panels new to the overscan row come a frame after the others.
    await waitFor(() => expect(list.getAllByRole('article')).toHaveLength(items.length));
    for (const li of items) expect(within(li).getByText('已实现')).toBeInTheDocument();
  });

  it('a filter change shows the panels in view at once and those new to the overscan row a frame later', async () => {
    const { store } = await renderApp(big);
    const list = () => within(screen.getByRole('list', { name: '指标列表' }));
    const shown = () => list().getAllByRole('article').length;
    // jsdom: 1200×800 assumed, 3 columns; rows 1 and 2 are in view, row 3 is the overscan row.
    expect(list().getAllByRole('listitem')).toHaveLength(9);
    expect(shown()).toBe(9);

    act(() => store.getState().setQuery('区域1'));
    expect(list().getAllByRole('listitem')).toHaveLength(9); // every place is kept…
    expect(shown()).toBe(6); // …the new overscan panels come a frame later
    await waitFor(() => expect(shown()).toBe(9));

    // The same list under another key (the same search terms): nothing new, nothing waits or goes.
    act(() => store.getState().setQuery('区域1 '));
    expect(shown()).toBe(9);
    await new Promise((r) => requestAnimationFrame(r));
    expect(shown()).toBe(9);
  });
});
