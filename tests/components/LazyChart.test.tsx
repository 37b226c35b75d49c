// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getInstanceByDom } from 'echarts/core';
import { getLiveChartCount, LazyChart } from '../../src/components/chart/LazyChart';
import { drainChartPool, getParkedChartCount, POOL_MAX } from '../../src/components/chart/chart-pool';
import { progressChartOption } from '../../src/charts/progress-chart';
import type { ChartInput } from '../../src/charts/chart-input';
import { AS_OF, ipPledge, techLoans } from '../charts/fixtures';

// A controllable IntersectionObserver: tests decide when a box enters or leaves the viewport, and how wide
// the observer measured it.
class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  options: IntersectionObserverInit | undefined;
  constructor(
    private callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  unobserve() {}
  disconnect() {
    this.targets = [];
  }
  takeRecords() {
    return [];
  }
  fire(isIntersecting: boolean, width?: number) {
    const entries = this.targets.map(
      (target) =>
        ({
          target,
          isIntersecting,
          ...(width === undefined ? {} : { boundingClientRect: { width } }),
        }) as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function observerFor(el: Element): FakeObserver {
  const found = FakeObserver.all.find((o) => o.targets.includes(el));
  if (!found) throw new Error('element not observed');
  return found;
}

const input = (fixture: typeof techLoans | typeof ipPledge): ChartInput => ({
  ...fixture,
  locale: 'zh-CN',
  asOf: AS_OF,
});

/** The ECharts instance drawn inside a chart box, if any. */
const chartIn = (box: Element) => {
  const el = box.querySelector('[_echarts_instance_]');
  return el ? getInstanceByDom(el as HTMLElement) : undefined;
};

beforeAll(async () => {
  // jsdom has no layout and no canvas: give boxes a size and ECharts a text measurer.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 150 });
  const { setPlatformAPI } = await import('echarts/core');
  setPlatformAPI({ measureText: (text = '') => ({ width: text.length * 7 }) });
  // The chart code is fetched on first use; fetched here once, so no test waits on the import.
  await import('../../src/charts/echarts-setup');
});

beforeEach(() => {
  FakeObserver.all = [];
  globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
});

afterEach(() => {
  cleanup();
  drainChartPool();
});

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

  it('draws the chart when the box scrolls into view, at the width the observer measured', async () => {
    render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />);
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true, 321));
    await waitFor(() => expect(box.querySelector('svg')).not.toBeNull());
    expect(box.textContent).toContain('最新 6,950 亿元（2024年6月）');
    expect(box.querySelector('.lazy-chart__placeholder')).toBeNull();
    expect(chartIn(box)?.getWidth()).toBe(321);
    expect(chartIn(box)?.getHeight()).toBe(150);
    expect(getLiveChartCount()).toBe(1);
    expect(window.__liveCharts).toBe(1);
  });

  it('without a measured width, takes the width of its box', async () => {
    render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />);
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true));
    await waitFor(() => expect(chartIn(box)).toBeDefined());
    expect(chartIn(box)?.getWidth()).toBe(400); // the stubbed clientWidth
  });

  it('gives the instance back when the box leaves, and takes it again when it returns', async () => {
    render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />);
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true, 400));
    await waitFor(() => expect(box.querySelector('svg')).not.toBeNull());
    const id = box.querySelector('[_echarts_instance_]')!.getAttribute('_echarts_instance_');

    act(() => observerFor(box).fire(false));
    expect(box.querySelector('svg')).toBeNull();
    expect(box.querySelector('.lazy-chart__placeholder')).not.toBeNull();
    expect(getParkedChartCount()).toBe(1);
    expect(getLiveChartCount()).toBe(1);

    act(() => observerFor(box).fire(true, 400)); // back into view: the parked instance, drawn again
    await waitFor(() => expect(box.querySelector('svg')).not.toBeNull());
    expect(box.querySelector('[_echarts_instance_]')!.getAttribute('_echarts_instance_')).toBe(id);
    expect(getParkedChartCount()).toBe(0);
    expect(getLiveChartCount()).toBe(1);
  });

  it('while the pool has room, a chart with other figures gets its own instance and the parked one waits', async () => {
    const first = render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />);
    const a = screen.getByRole('img');
    act(() => observerFor(a).fire(true, 400));
    await waitFor(() => expect(a.textContent).toContain('6,950 亿元'));
    const parkedChart = chartIn(a);
    first.unmount(); // a filter change: the panel goes, another comes

    render(<LazyChart input={input(ipPledge)} build={progressChartOption} height={150} />);
    const b = screen.getByRole('img');
    act(() => observerFor(b).fire(true, 400));
    await waitFor(() => expect(b.textContent).toContain('最新 80 亿元（2024年）'));
    expect(b.textContent).not.toContain('6,950');
    expect(chartIn(b)).not.toBe(parkedChart);
    expect(getParkedChartCount()).toBe(1);
    expect(getLiveChartCount()).toBe(2);
  });

  it('does not hand a parked instance to a chart of another size', async () => {
    const first = render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />);
    act(() => observerFor(screen.getByRole('img')).fire(true, 400));
    await waitFor(() => expect(getLiveChartCount()).toBe(1));
    first.unmount();

    render(<LazyChart input={input(ipPledge)} build={progressChartOption} height={150} />);
    const b = screen.getByRole('img');
    act(() => observerFor(b).fire(true, 500));
    await waitFor(() => expect(b.querySelector('svg')).not.toBeNull());
    expect(chartIn(b)?.getWidth()).toBe(500);
    expect(getParkedChartCount()).toBe(1); // the 400 px one still waits
    expect(getLiveChartCount()).toBe(2);
  });

  it('counts one instance per visible chart; parks at most POOL_MAX and disposes the rest', async () => {
    const n = POOL_MAX + 2;
    const { unmount } = render(
      <>
        {Array.from({ length: n + 1 }, (_, i) => (
          <LazyChart
            key={i}
            input={input(i % 2 ? ipPledge : techLoans)}
            build={progressChartOption}
            height={150}
          />
        ))}
      </>,
    );
    const boxes = screen.getAllByRole('img');
    act(() => {
      for (const box of boxes.slice(0, n)) observerFor(box).fire(true, 400);
    });
    await waitFor(() => expect(getLiveChartCount()).toBe(n));
    expect(boxes[n]!.querySelector('svg')).toBeNull(); // never in view: never drawn
    unmount();
    expect(getParkedChartCount()).toBe(POOL_MAX);
    expect(getLiveChartCount()).toBe(POOL_MAX);
    expect(FakeObserver.all.every((o) => o.targets.length === 0)).toBe(true);
    drainChartPool();
    expect(getLiveChartCount()).toBe(0);
  });

  it('redraws in place when its input changes, without another instance', async () => {
    const { rerender } = render(
      <LazyChart input={input(techLoans)} build={progressChartOption} height={150} />,
    );
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true, 400));
    await waitFor(() => expect(box.textContent).toContain('6,950 亿元'));
    const id = box.querySelector('[_echarts_instance_]')!.getAttribute('_echarts_instance_');
    rerender(
      <LazyChart input={{ ...input(techLoans), locale: 'en' }} build={progressChartOption} height={150} />,
    );
    await waitFor(() => expect(box.textContent).toContain('Latest'));
    expect(box.querySelector('[_echarts_instance_]')!.getAttribute('_echarts_instance_')).toBe(id);
    expect(box.querySelectorAll('[_echarts_instance_]')).toHaveLength(1);
    expect(getLiveChartCount()).toBe(1);
  });

  it('a chart that comes back with the same input is shown as it was, without drawing again', async () => {
    const first = render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />);
    const a = screen.getByRole('img');
    act(() => observerFor(a).fire(true, 400));
    await waitFor(() => expect(a.textContent).toContain('6,950 亿元'));
    const chart = chartIn(a)!;
    const setOption = vi.spyOn(chart, 'setOption');
    first.unmount(); // a search typed…

    render(<LazyChart input={input(techLoans)} build={progressChartOption} height={150} />); // …and cleared
    const b = screen.getByRole('img');
    act(() => observerFor(b).fire(true, 400));
    await waitFor(() => expect(b.textContent).toContain('最新 6,950 亿元（2024年6月）'));
    expect(chartIn(b)).toBe(chart);
    expect(setOption).not.toHaveBeenCalled();
  });

  it('with the pool full, a new chart draws over the oldest parked one of its size instead of creating one', async () => {
    const many = render(
      <>
        {Array.from({ length: POOL_MAX }, (_, i) => (
          <LazyChart key={i} input={input(techLoans)} build={progressChartOption} height={150} />
        ))}
      </>,
    );
    act(() => {
      for (const box of screen.getAllByRole('img')) observerFor(box).fire(true, 400);
    });
    await waitFor(() => expect(getLiveChartCount()).toBe(POOL_MAX));
    many.unmount();
    expect(getParkedChartCount()).toBe(POOL_MAX);

    render(<LazyChart input={input(ipPledge)} build={progressChartOption} height={150} />);
    const b = screen.getByRole('img');
    act(() => observerFor(b).fire(true, 400));
    await waitFor(() => expect(b.textContent).toContain('最新 80 亿元（2024年）'));
    expect(b.textContent).not.toContain('6,950');
    expect(getLiveChartCount()).toBe(POOL_MAX);
    expect(getParkedChartCount()).toBe(POOL_MAX - 1);
  });
});
