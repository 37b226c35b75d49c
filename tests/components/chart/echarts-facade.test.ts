// @vitest-environment jsdom
// The facade with a stand-in for ECharts: what echarts-for-react's calls do to the count and the mark.
import { beforeEach, expect, it, vi } from 'vitest';
import { countingFacade, type EChartsFacade } from '../../../src/components/chart/echarts-facade';
import { getLiveChartCount, resetLiveCount } from '../../../src/components/chart/live-count';
import { isMarked } from '../../../src/lib/perf-marks';

/** A stand-in for ECharts: one instance per element, as ECharts keeps them. */
function fakeECharts() {
  const byDom = new Map<HTMLElement, FakeInstance>();
  const ec = {
    init: vi.fn((dom: HTMLElement) => {
      const existing = byDom.get(dom);
      if (existing) return existing; // ECharts returns the element's instance again
      const instance = new FakeInstance();
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
  isDisposed() {
    return this.disposed;
  }
  on(event: string, handler: () => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
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
])('counts down an instance disposed through %s, and passes the call on', (_, target) => {
  const { ec, facade } = fakeECharts();
  const el = box();
  facade.init(el);
  facade.dispose(target(el, ec) as HTMLElement);
  expect(getLiveChartCount()).toBe(0);
  expect(ec.dispose).toHaveBeenCalledTimes(1);
});

it('counts down once when an instance is disposed twice, and not for an element without one', () => {
  const { facade } = fakeECharts();
  const [a, b] = [box(), box()];
  const instance = facade.init(a);
  facade.init(b);
  facade.dispose(a);
  facade.dispose(instance); // already disposed
  facade.dispose(box()); // never had one
  facade.dispose('an-id');
  expect(getLiveChartCount()).toBe(1);
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
