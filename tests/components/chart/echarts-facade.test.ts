// @vitest-environment jsdom
// The facade with a stand-in for ECharts: what echarts-for-react's calls do to the count and the mark.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { countingFacade, type EChartsFacade } from '../../../src/components/chart/echarts-facade';
import { getLiveChartCount, resetLiveCount } from '../../../src/components/chart/live-count';
import { isMarked } from '../../../src/lib/perf-marks';

/** A stand-in for ECharts: one instance per element, as ECharts keeps them. */
function fakeECharts() {
  const byDom = new Map<HTMLElement, FakeInstance>();
  const ec = {
    init: vi.fn((dom: HTMLElement, _theme?: unknown, opts?: { width?: number; height?: number }) => {
      const existing = byDom.get(dom);
      if (existing) return existing; // ECharts returns the element's instance again
      const instance = new FakeInstance(dom, opts?.width ?? 400, opts?.height ?? 150);
      byDom.set(dom, instance);
      return instance;
    }),
    dispose: vi.fn((target: HTMLElement | FakeInstance) => {
      const instance = target instanceof FakeInstance ? target : byDom.get(target);
      if (instance) instance.disposed = true;
      for (const [dom, i] of byDom) if (i === instance) byDom.delete(dom);
    }),
    getInstanceByDom: (dom: HTMLElement) => byDom.get(dom),
  };
  return { ec, facade: countingFacade(ec as unknown as EChartsFacade) };
}

class FakeInstance {
  disposed = false;
  handlers = new Map<string, (() => void)[]>();
  resize = vi.fn((size: { width?: number; height?: number }) => {
    this.width = size.width ?? this.width;
    this.height = size.height ?? this.height;
  });
  constructor(
    readonly dom: HTMLElement,
    public width: number,
    public height: number,
  ) {}
  isDisposed() {
    return this.disposed;
  }
  getDom() {
    return this.dom;
  }
  getWidth() {
    return this.width;
  }
  getHeight() {
    return this.height;
  }
  on(event: string, handler: () => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }
  off(event: string) {
    this.handlers.delete(event);
  }
  emit(event: string) {
    this.handlers.get(event)?.forEach((h) => h());
  }
}

const box = () => document.createElement('div');
const asFake = (instance: unknown) => instance as FakeInstance;

beforeEach(() => {
  resetLiveCount();
  performance.clearMarks('first-chart-drawn');
});

it('counts every instance it creates, once each, and passes the call on', () => {
  const { ec, facade } = fakeECharts();
  const [a, b] = [box(), box()];
  facade.init(a);
  facade.init(a); // the same element's instance again
  facade.init(b, undefined, { renderer: 'svg' });
  expect(getLiveChartCount()).toBe(2);
  expect(ec.init).toHaveBeenLastCalledWith(b, undefined, { renderer: 'svg' });
});

it.each([
  ['its element', (el: HTMLElement) => el],
  [
    'the instance itself',
    (el: HTMLElement, ec: ReturnType<typeof fakeECharts>['ec']) => ec.getInstanceByDom(el)!,
  ],
])('counts down an instance disposed through %s, and passes the call on', async (_, target) => {
  const { ec, facade } = fakeECharts();
  const el = box();
  facade.init(el);
  facade.dispose(target(el, ec) as HTMLElement);
  expect(getLiveChartCount()).toBe(0); // at once
  expect(facade.getInstanceByDom(el)).toBeUndefined();
  await Promise.resolve(); // the disposal itself waits for the end of the task
  expect(ec.dispose).toHaveBeenCalledTimes(1);
  expect(asFake(ec.getInstanceByDom(el))).toBeUndefined();
});

it('counts down once when an instance is disposed twice, and not for an element without one', async () => {
  const { ec, facade } = fakeECharts();
  const [a, b] = [box(), box()];
  const instance = facade.init(a);
  facade.init(b);
  facade.dispose(a);
  facade.dispose(instance); // already being disposed
  expect(getLiveChartCount()).toBe(1);
  await Promise.resolve();
  facade.dispose(instance); // already disposed
  facade.dispose(box()); // never had one
  facade.dispose('an-id');
  expect(getLiveChartCount()).toBe(1);
  expect(asFake(instance).disposed).toBe(true);
  expect(ec.dispose).toHaveBeenCalledTimes(4); // a once, then the three passed on
});

// echarts-for-react's way of creating a chart: a first instance, disposed once it has drawn, and at once a
// second on the same element with the measured size.
describe("echarts-for-react's second init of the same element, in the same task", () => {
  it('gets the first instance back, resized, counted once all along; its first handlers are gone', async () => {
    const { ec, facade } = fakeECharts();
    const el = box();
    const first = asFake(facade.init(el, undefined, { renderer: 'svg' }));
    const replaceMe = vi.fn(); // echarts-for-react's handler: dispose, measure, init again
    first.on('finished', replaceMe);
    facade.dispose(el);
    const second = asFake(facade.init(el, undefined, { width: 380, height: 150, renderer: 'svg' }));
    expect(second).toBe(first);
    expect(getLiveChartCount()).toBe(1);
    expect(second.resize).toHaveBeenCalledWith({ width: 380, height: 150 });
    second.emit('finished');
    expect(replaceMe).not.toHaveBeenCalled();
    await Promise.resolve(); // the disposal that was due at the end of the task does not happen
    expect(ec.init).toHaveBeenCalledTimes(1);
    expect(ec.dispose).not.toHaveBeenCalled();
    expect(second.disposed).toBe(false);
    expect(facade.getInstanceByDom(el)).toBe(second);
    expect(getLiveChartCount()).toBe(1);
    // And it is disposed for good when the chart goes.
    facade.dispose(el);
    expect(getLiveChartCount()).toBe(0);
    await Promise.resolve();
    expect(second.disposed).toBe(true);
  });

  it('does not resize an instance that has the size asked already', () => {
    const { facade } = fakeECharts();
    const el = box();
    const first = asFake(facade.init(el));
    facade.dispose(el);
    facade.init(el, undefined, { width: 400, height: 150 });
    expect(first.resize).not.toHaveBeenCalled();
  });

  it.each([
    ['another renderer', undefined, { renderer: 'canvas' as const }],
    ['another theme', 'dark', { renderer: 'svg' as const }],
  ])('with %s, disposes the first and creates a new one', (_, theme, opts) => {
    const { ec, facade } = fakeECharts();
    const el = box();
    const first = asFake(facade.init(el, undefined, { renderer: 'svg' }));
    facade.dispose(el);
    const second = asFake(facade.init(el, theme, opts));
    expect(second).not.toBe(first);
    expect(first.disposed).toBe(true);
    expect(ec.init).toHaveBeenCalledTimes(2);
    expect(getLiveChartCount()).toBe(1);
  });

  it('after the task has ended, creates a new instance', async () => {
    const { ec, facade } = fakeECharts();
    const el = box();
    const first = asFake(facade.init(el));
    facade.dispose(el);
    await Promise.resolve();
    const second = asFake(facade.init(el));
    expect(second).not.toBe(first);
    expect(first.disposed).toBe(true);
    expect(ec.init).toHaveBeenCalledTimes(2);
    expect(getLiveChartCount()).toBe(1);
  });
});

it('sets first-chart-drawn when the first instance has drawn, not before, and only once', () => {
  const { facade } = fakeECharts();
  const first = asFake(facade.init(box()));
  const second = asFake(facade.init(box()));
  expect(isMarked('first-chart-drawn')).toBe(false);
  first.emit('finished');
  second.emit('finished');
  expect(performance.getEntriesByName('first-chart-drawn', 'mark')).toHaveLength(1);
  // Once it is set, later instances are not watched at all.
  expect(asFake(facade.init(box())).handlers.has('finished')).toBe(false);
});
