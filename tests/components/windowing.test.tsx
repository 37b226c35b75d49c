// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';
import { GAP, PANEL_HEIGHT } from '../../src/components/list/IndicatorList';

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

  it('lays the panels out in as many columns as the list is wide, rows in view ± one mounted', async () => {
    // The list's content box as the browser's observer would report it: 1000 × 900 px.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly report: ResizeObserverCallback) {}
        observe(target: Element) {
          const entry = { target, contentRect: { width: 1000, height: 900 } } as ResizeObserverEntry;
          this.report([entry], this as unknown as ResizeObserver);
        }
        unobserve() {}
        disconnect() {}
      },
    );
    const { store } = await renderApp(big);
    const list = screen.getByRole('list', { name: '指标列表' });
    const places = () =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => {
          const [, x, y] = /translate\(([\d.]+)px, ([\d.]+)px\)/.exec(li.style.transform) ?? [];
          return { at: Number(li.getAttribute('aria-posinset')), x: Number(x), y: Number(y), li };
        });

    // Detailed panels are at least 360 px wide: two columns of (1000 − 12) / 2 px.
    const detailed = places();
    for (const { at, x, y, li } of detailed) {
      expect(x).toBeCloseTo(((at - 1) % 2) * (494 + GAP));
      expect(li.style.width).toBe('494px');
      // Side by side in a row; each row below the one before it, by its height and the gap.
      const rowStart = detailed.find((p) => p.at === at - ((at - 1) % 2))!;
      expect(y).toBe(rowStart.y);
      const above = detailed.find((p) => p.at === at - 2);
      if (above) expect(y).toBe(above.y + parseFloat(above.li.style.height) + GAP);
    }
    expect(detailed[0]!.y).toBe(0);

    // Compact panels (300 px at least) are all 274 px tall: three columns; at 900 px, rows 1–4 are in
    // view, and one more below: 15 panels.
    act(() => store.getState().setDensity('compact'));
    await waitFor(() => expect(places()).toHaveLength(15));
    for (const { at, x, y, li } of places()) {
      expect(x).toBeCloseTo(((at - 1) % 3) * ((1000 - 2 * GAP) / 3 + GAP));
      expect(y).toBe(Math.floor((at - 1) / 3) * (PANEL_HEIGHT.compact + GAP));
      expect(li.style.height).toBe(`${PANEL_HEIGHT.compact}px`);
    }
    expect(places().map((p) => p.at)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
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

  it('a filter change after scrolling starts the list again at the top', async () => {
    const { store } = await renderApp(big);
    const list = screen.getByRole('list', { name: '指标列表' });
    const scroller = list.parentElement!;
    const first = () => Number(within(list).getAllByRole('listitem')[0]!.getAttribute('aria-posinset'));
    await act(async () => {
      scroller.scrollTop = (PANEL_HEIGHT.detailed + 12) * 100;
      fireEvent.scroll(scroller);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    await waitFor(() => expect(first()).toBeGreaterThan(150), { timeout: 5000 });
    // 区域1 leaves about 1,800 indicators: far more than the rows scrolled past.
    act(() => store.getState().setQuery('区域1'));
    await waitFor(() => expect(first()).toBe(1));
    expect(scroller.scrollTop).toBe(0);
    expect(within(list).getAllByRole('listitem').length).toBeLessThanOrEqual(40);
  });

  it('a filter on 5,000 indicators narrows the list and keeps it bounded', async () => {
    const { user } = await renderApp(big);
    await user.click(
      within(screen.getByRole('group', { name: '状态' })).getByRole('checkbox', { name: /^已实现/ }),
    );
    const items = within(screen.getByRole('list', { name: '指标列表' })).getAllByRole('listitem');
    expect(items.length).toBeLessThanOrEqual(40);
    for (const li of items) expect(within(li).getByText('已实现')).toBeInTheDocument();
  });

  it('a filter change hands the places of the panels that leave to those that arrive', async () => {
    const { store } = await renderApp(big);
    const list = within(screen.getByRole('list', { name: '指标列表' }));
    const before = list.getAllByRole('listitem');
    const articles = () =>
      new Map(
        list
          .getAllByRole('article')
          .map((a) => [within(a).getByRole('heading', { level: 3 }).textContent, a]),
      );
    const oldArticles = articles();
    expect(before).toHaveLength(9); // jsdom: 1200×800 assumed, 3 columns, 2 rows in view + 1 overscan row

    act(() => store.getState().setQuery('区域1'));
    // (Under load, React may finish this render a moment after the store update.)
    await waitFor(() => expect([...articles().keys()].every((name) => name!.includes('区域1'))).toBe(true));
    const after = list.getAllByRole('listitem');
    const newArticles = articles();
    expect([...newArticles.keys()].filter((name) => !oldArticles.has(name)).length).toBeGreaterThan(0);
    // The same nine places, updated in place (their charts are redrawn, not created again)…
    expect(new Set(after)).toEqual(new Set(before));
    // …in list order, each with its position; a panel that stays keeps its own element.
    expect(after.map((li) => li.getAttribute('aria-posinset'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    for (const [name, el] of newArticles) if (oldArticles.has(name)) expect(el).toBe(oldArticles.get(name));
  });

  it('moves the keyboard focus to the list when its place is handed to another indicator, not when it stays', async () => {
    const { store } = await renderApp(big);
    const listEl = screen.getByRole('list', { name: '指标列表' });
    const title = (a: HTMLElement) => within(a).getByRole('heading', { level: 3 }).textContent ?? '';
    const articles = () => within(listEl).getAllByRole('article');
    const names = () => articles().map(title);
    const buttonIn = (name: string) =>
      within(articles().find((a) => title(a) === name)!).getAllByRole('button')[0]!;
    // A panel that stays through the filter change keeps the focus on its own control.
    const staying = names().find((n) => n.includes('区域1'))!;
    const kept = buttonIn(staying);
    act(() => kept.focus());
    act(() => store.getState().setQuery('区域1'));
    await waitFor(() => expect(names().every((n) => n.includes('区域1'))).toBe(true));
    expect(document.activeElement).toBe(kept);
    expect(title(kept.closest('article')!)).toBe(staying);

    // A panel whose place goes to another indicator: the focus moves to the list.
    act(() => store.getState().setQuery(''));
    await waitFor(() => expect(names().some((n) => !n.includes('区域1'))).toBe(true));
    const leaving = names().find((n) => !n.includes('区域1'))!;
    act(() => buttonIn(leaving).focus());
    act(() => store.getState().setQuery('区域1'));
    await waitFor(() => expect(names()).not.toContain(leaving));
    expect(document.activeElement).toBe(listEl);
  });

  it('scrolling gives the panels that arrive places of their own', async () => {
    await renderApp(big);
    const list = screen.getByRole('list', { name: '指标列表' });
    const before = new Set(within(list).getAllByRole('listitem'));
    await act(async () => {
      list.parentElement!.scrollTop = (PANEL_HEIGHT.detailed + 12) * 100;
      fireEvent.scroll(list.parentElement!);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    const first = () => Number(within(list).getAllByRole('listitem')[0]!.getAttribute('aria-posinset'));
    await waitFor(() => expect(first()).toBeGreaterThan(150), { timeout: 5000 });
    expect(
      within(list)
        .getAllByRole('listitem')
        .some((li) => before.has(li)),
    ).toBe(false);
  });
});
