// @vitest-environment jsdom
import { act, cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyChart } from '../../../src/components/chart/LazyChart';
import { loadECharts, type EChartsModules } from '../../../src/components/chart/echarts-loader';
import { getLiveChartCount } from '../../../src/components/chart/live-count';
import { SnapshotContext } from '../../../src/components/common/snapshot-context';
import { progressChartOption } from '../../../src/charts/progress-chart';
import type { ChartInput } from '../../../src/charts/chart-input';
import { AS_OF, ipPledge, techLoans } from '../../charts/fixtures';
import { FakeObserver, observerFor } from '../../support/fake-intersection-observer';
import { deferredSource, importEChartsForJsdom, preloaded, resetCharts } from './echarts-in-jsdom';

const input = (fixture: typeof techLoans | typeof ipPledge): ChartInput => ({
  ...fixture,
  locale: 'zh-CN',
  asOf: AS_OF,
});
const chart = (fixture: typeof techLoans | typeof ipPledge = techLoans) => (
  <LazyChart input={input(fixture)} build={progressChartOption} height={150} />
);

/** The chart's element, there from the moment its instance is created (echarts-for-react's box). */
const instanceIn = (box: HTMLElement) => box.querySelector('.echarts-for-react');
const TECH_LOANS_LATEST = '最新 6,950 亿元（2024年6月）';

let modules: EChartsModules;
beforeAll(async () => {
  modules = await importEChartsForJsdom();
  // A chart draws in a few frames, but the file's first draw took 1.3 s with both cores busy: wait for the
  // condition with room to spare (the bound only matters when the test fails).
  configure({ asyncUtilTimeout: 15_000 });
}, 30_000);

beforeEach(() => {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('once ECharts has loaded', () => {
  beforeEach(async () => {
    resetCharts(preloaded(modules));
    await loadECharts();
  });

  it('shows a same-size placeholder with the description, and no chart, before it is in view', () => {
    render(chart());
    const box = screen.getByRole('img', { name: /科技型企业贷款余额：基线 800 亿元（2017年）/ });
    expect(box).toHaveStyle({ height: '150px' });
    expect(box.querySelector('.lazy-chart__placeholder')).toHaveStyle({ height: '150px' });
    expect(instanceIn(box)).toBeNull();
    expect(getLiveChartCount()).toBe(0);
    expect(window.__liveCharts).toBe(0);
    expect(observerFor(box).options?.rootMargin).toMatch(/^200px/);
  });

  it('creates the chart when the box scrolls into view and disposes it when it leaves', async () => {
    render(chart());
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true));
    expect(instanceIn(box)).not.toBeNull(); // created in the same commit, ECharts being loaded
    await waitFor(() => expect(box.textContent).toContain(TECH_LOANS_LATEST));
    expect(box.querySelector('svg')).not.toBeNull();
    expect(getLiveChartCount()).toBe(1);
    expect(window.__liveCharts).toBe(1);

    act(() => observerFor(box).fire(false));
    expect(getLiveChartCount()).toBe(0);
    expect(box.querySelector('svg')).toBeNull();
    expect(box.querySelector('.lazy-chart__placeholder')).not.toBeNull();

    act(() => observerFor(box).fire(true)); // back into view: created again
    expect(getLiveChartCount()).toBe(1);
    await waitFor(() => expect(box.textContent).toContain(TECH_LOANS_LATEST));
  });

  it('counts one instance per visible chart and returns to 0 on unmount', async () => {
    const { unmount } = render(
      <>
        {chart(techLoans)}
        {chart(ipPledge)}
        {chart(ipPledge)}
      </>,
    );
    const boxes = screen.getAllByRole('img');
    act(() => {
      observerFor(boxes[0]!).fire(true);
      observerFor(boxes[1]!).fire(true);
    });
    await waitFor(() => expect(boxes[1]!.querySelector('svg text')).not.toBeNull());
    await waitFor(() => expect(boxes[0]!.querySelector('svg text')).not.toBeNull());
    expect(getLiveChartCount()).toBe(2);
    expect(instanceIn(boxes[2]!)).toBeNull();
    unmount();
    expect(getLiveChartCount()).toBe(0);
    expect(FakeObserver.all.every((o) => o.targets.length === 0)).toBe(true);
  });

  it('disposes cleanly when it leaves before the chart has finished its first render', () => {
    const { unmount } = render(chart(ipPledge));
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true));
    // echarts-for-react's first, temporary instance: it is measured and replaced once it has drawn.
    expect(getLiveChartCount()).toBe(1);
    expect(box.querySelector('svg text')).toBeNull();
    unmount();
    expect(getLiveChartCount()).toBe(0);
  });

  it("redraws the same chart when its input changes (a panel's place handed to another indicator)", async () => {
    const { rerender } = render(chart(techLoans));
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true));
    await waitFor(() => expect(box.textContent).toContain(TECH_LOANS_LATEST));
    const id = box.querySelector('[_echarts_instance_]')!.getAttribute('_echarts_instance_');
    rerender(chart(ipPledge));
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
    let boxRect = at(0, 0);
    let scrollerRect = at(0, 0);
    beforeEach(() => {
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
        this: HTMLElement,
      ) {
        const r = this.hasAttribute('data-chart-clip') ? scrollerRect : boxRect;
        return { ...r, x: r.left, y: r.top, toJSON: () => r } as DOMRect;
      });
    });
    afterEach(() => vi.restoreAllMocks());

    // Mounting is synchronous here (render() runs the effects; ECharts is loaded), so whether the chart came
    // is known as soon as render() returns: the first case shows it does come then, the others that it
    // does not, and that the observer's report then brings it.
    it('near the viewport: the chart comes at once, without waiting for the observer', async () => {
      boxRect = at(window.innerHeight + 100); // just below the fold, within the 200 px margin
      render(chart());
      const box = screen.getByRole('img');
      expect(instanceIn(box)).not.toBeNull();
      expect(observerFor(box).fired).toBe(false);
      await waitFor(() => expect(box.textContent).toContain(TECH_LOANS_LATEST));
    });

    it.each([
      ['far below the viewport', at(window.innerHeight + 400), null],
      ['clipped by its scroller', at(300), at(0, 250)],
    ])('%s: a placeholder until the observer reports it near', (_, box, scroller) => {
      boxRect = box;
      scrollerRect = scroller ?? at(0, 0);
      render(scroller ? <div data-chart-clip="">{chart()}</div> : chart());
      const el = screen.getByRole('img');
      expect(el.querySelector('.lazy-chart__placeholder')).not.toBeNull();
      expect(instanceIn(el)).toBeNull();
      expect(getLiveChartCount()).toBe(0);
      act(() => observerFor(el).fire(true));
      expect(instanceIn(el)).not.toBeNull();
    });

    it('in the build-time snapshot: no chart, no layout read, no observer, even in view', () => {
      boxRect = at(100);
      render(<SnapshotContext.Provider value={true}>{chart()}</SnapshotContext.Provider>);
      const box = screen.getByRole('img', { name: /科技型企业贷款余额/ });
      expect(box.querySelector('.lazy-chart__placeholder')).not.toBeNull();
      expect(instanceIn(box)).toBeNull();
      expect(HTMLElement.prototype.getBoundingClientRect).not.toHaveBeenCalled();
      expect(FakeObserver.all).toEqual([]);
    });
  });
});

describe('before ECharts has loaded', () => {
  it('a chart in view waits for ECharts, then draws', async () => {
    const load = deferredSource();
    resetCharts(load.source);
    render(chart());
    const box = screen.getByRole('img');
    act(() => observerFor(box).fire(true));
    expect(load.calls).toBe(1);
    expect(instanceIn(box)).toBeNull();
    expect(box.querySelector('.lazy-chart__placeholder')).not.toBeNull();
    load.resolve(modules);
    await waitFor(() => expect(box.textContent).toContain(TECH_LOANS_LATEST));
    expect(getLiveChartCount()).toBe(1);
  });

  it('when ECharts fails to load, stays a placeholder that still describes; the next chart in view tries again', async () => {
    const load = deferredSource();
    resetCharts(load.source);
    render(
      <>
        {chart(techLoans)}
        {chart(ipPledge)}
      </>,
    );
    const [first, second] = screen.getAllByRole('img') as [HTMLElement, HTMLElement];
    act(() => observerFor(first).fire(true));
    const attempt = loadECharts(); // the same load the chart is waiting for
    load.reject(new Error('offline'));
    await expect(attempt).rejects.toThrow('offline');
    expect(instanceIn(first)).toBeNull();
    expect(first).toHaveAccessibleName(/最新 6,950 亿元/);
    expect(getLiveChartCount()).toBe(0);

    act(() => observerFor(second).fire(true));
    expect(load.calls).toBe(2);
    load.resolve(modules);
    await waitFor(() => expect(second.textContent).toContain('最新 80 亿元（2024年）'));
  });
});
