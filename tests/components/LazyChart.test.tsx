// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyChart } from '../../src/components/chart/LazyChart';
import { getLiveChartCount } from '../../src/components/chart/live-count';
import { progressChartOption } from '../../src/charts/progress-chart';
import type { ChartInput } from '../../src/charts/chart-input';
import { AS_OF, ipPledge, techLoans } from '../charts/fixtures';
import { FakeObserver, observerFor } from '../support/fake-intersection-observer';

const input = (fixture: typeof techLoans | typeof ipPledge): ChartInput => ({
  ...fixture,
  locale: 'zh-CN',
  asOf: AS_OF,
});

beforeAll(async () => {
  // jsdom has no layout and no canvas: give boxes a size and ECharts a text measurer.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 150 });
  const { setPlatformAPI } = await import('echarts/core');
  setPlatformAPI({ measureText: (text = '') => ({ width: text.length * 7 }) });
});

beforeEach(() => {
  FakeObserver.all = [];
  globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
});

afterEach(() => cleanup());

describe('LazyChart', () => {
  it('shows a same-size placeholder with the description, and no chart, before it is in view', () => {
    render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />);
    const box = screen.getByRole('img', { name: /科技型企业贷款余额：基线 800 亿元（2017年）/ });
    expect(box).toHaveStyle({ height: '150px' });
    expect(box.querySelector('.lazy-chart__placeholder')).toHaveStyle({ height: '150px' });
    expect(box.querySelector('svg')).toBeNull();
    expect(getLiveChartCount()).toBe(0);
    expect(window.__liveCharts).toBe(0);
    expect(observerFor(box).options?.rootMargin).toMatch(/^200px/);
  });

  it('creates the chart when the box scrolls into view and disposes it when it leaves', async () => {
    render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />);
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true));
    await waitFor(() => expect(box.querySelector('svg')).not.toBeNull());
    await waitFor(() => expect(box.textContent).toContain('最新 6,950 亿元（2024年6月）'));
    expect(getLiveChartCount()).toBe(1);
    expect(window.__liveCharts).toBe(1);

    act(() => observerFor(box).fire(false));
    expect(getLiveChartCount()).toBe(0);
    expect(box.querySelector('svg')).toBeNull();
    expect(box.querySelector('.lazy-chart__placeholder')).not.toBeNull();

    act(() => observerFor(box).fire(true)); // back into view: created again
    await waitFor(() => expect(getLiveChartCount()).toBe(1));
  });

  it('counts one instance per visible chart and returns to 0 on unmount', async () => {
    const { unmount } = render(
      <>
        <LazyChart input={input(techLoans)} build={progressChartOption} height={150} />
        <LazyChart input={input(ipPledge)} build={progressChartOption} height={150} />
        <LazyChart input={input(ipPledge)} build={progressChartOption} height={150} />
      </>,
    );
    const boxes = screen.getAllByRole('img');
    act(() => {
      observerFor(boxes[0]!).fire(true);
      observerFor(boxes[1]!).fire(true);
    });
    await waitFor(() => expect(getLiveChartCount()).toBe(2));
    expect(boxes[2]!.querySelector('svg')).toBeNull();
    unmount();
    expect(getLiveChartCount()).toBe(0);
    expect(FakeObserver.all.every((o) => o.targets.length === 0)).toBe(true);
  });

  it('disposes cleanly when it leaves before the chart has finished its first render', async () => {
    const { unmount } = render(
      <LazyChart input={input(ipPledge)} build={progressChartOption} height={150} />,
    );
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true));
    await waitFor(() => expect(box.querySelector('.echarts-for-react')).not.toBeNull());
    unmount();
    expect(getLiveChartCount()).toBe(0);
  });

  it("redraws the same chart when its input changes (a panel's place handed to another indicator)", async () => {
    const { rerender } = render(
      <LazyChart input={input(techLoans)} build={progressChartOption} height={150} />,
    );
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true));
    await waitFor(() => expect(box.textContent).toContain('最新 6,950 亿元（2024年6月）'));
    const id = box.querySelector('[_echarts_instance_]')!.getAttribute('_echarts_instance_');
    rerender(<LazyChart input={input(ipPledge)} build={progressChartOption} height={150} />);
    await waitFor(() => expect(box.textContent).toContain('最新 80 亿元（2024年）'));
    expect(box.textContent).not.toContain('6,950');
    expect(box.querySelector('[_echarts_instance_]')!.getAttribute('_echarts_instance_')).toBe(id);
    expect(getLiveChartCount()).toBe(1);
  });

  describe('a box already laid out when it mounts', () => {
    // jsdom has no layout: elements report the rects a test gives them (the scroller its own).
    const at = (top: number, height = 150) => ({
      top,
      bottom: top + height,
      left: 0,
      right: 400,
      width: 400,
      height,
    });
    let box = at(0, 0);
    let scroller = at(0, 0);
    beforeEach(() => {
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
        this: HTMLElement,
      ) {
        const r = this.hasAttribute('data-chart-clip') ? scroller : box;
        return { ...r, x: r.left, y: r.top, toJSON: () => r } as DOMRect;
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it('near the viewport: the chart comes at once, without waiting for the observer', async () => {
      box = at(window.innerHeight + 100); // just below the fold, within the 200 px margin
      render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />);
      const el = screen.getByRole('img');
      await waitFor(() => expect(el.textContent).toContain('最新 6,950 亿元（2024年6月）'));
      expect(observerFor(el).fired).toBe(false);
    });

    it.each([
      ['far below the viewport', at(window.innerHeight + 400), null],
      ['clipped by its scroller', at(300), at(0, 250)],
    ])('%s: a placeholder until the observer reports it near', async (_, boxRect, scrollerRect) => {
      box = boxRect;
      scroller = scrollerRect ?? at(0, 0);
      const chart = <LazyChart input={input(techLoans)} build={progressChartOption} height={150} />;
      render(scrollerRect ? <div data-chart-clip="">{chart}</div> : chart);
      const el = screen.getByRole('img');
      await new Promise((r) => setTimeout(r, 50));
      expect(el.querySelector('.lazy-chart__placeholder')).not.toBeNull();
      act(() => observerFor(el).fire(true));
      await waitFor(() => expect(el.querySelector('svg')).not.toBeNull());
    });
  });
});
