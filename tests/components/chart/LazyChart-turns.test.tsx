// @vitest-environment jsdom
// Charts waiting for ECharts to load are created one at a time, each after the one before it has drawn.
// ECharts arrives when the test says (a deferred source), and the turns' time limit is a fake timer that is
// never advanced: every turn here must be passed on by the chart that held it, or the next chart never comes.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { LazyChart } from '../../../src/components/chart/LazyChart';
import type { EChartsModules } from '../../../src/components/chart/echarts-loader';
import { AS_OF, ipPledge, techLoans } from '../../charts/fixtures';
import { FakeObserver, observerFor } from '../../support/fake-intersection-observer';
import { deferredSource, importEChartsForJsdom, resetCharts } from './echarts-in-jsdom';

const FIXTURES = [techLoans, ipPledge, techLoans];
const chart = (i: number) => (
  <LazyChart input={{ ...FIXTURES[i]!, locale: 'zh-CN', asOf: AS_OF }} chart="progress" height={150} />
);

// Real timers for the waits below, taken before the tests fake setTimeout.
const realSetTimeout = globalThis.setTimeout;
const actEnv = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

// Three charts drawn one after the other took up to 5.3 s with both cores busy (the file's first draws):
// wait for the condition with room to spare (the bound only matters when a test fails).
const WAIT_MS = 30_000;
vi.setConfig({ testTimeout: WAIT_MS + 10_000 });

/**
 * Waits until `done()`, polling, for at most WAIT_MS of real time. React renders on its own meanwhile, as
 * during Testing Library's waitFor, which cannot be used here: it waits on setTimeout, which these tests fake.
 */
async function until(done: () => boolean, what: () => string): Promise<void> {
  const act = actEnv.IS_REACT_ACT_ENVIRONMENT;
  actEnv.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    const deadline = Date.now() + WAIT_MS;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`gave up waiting; ${what()}`);
      await new Promise((resolve) => realSetTimeout(resolve, 10));
    }
  } finally {
    actEnv.IS_REACT_ACT_ENVIRONMENT = act;
  }
}

/** The order in which each box's instance appears and its figures are drawn. */
function watchOrder(boxes: HTMLElement[], onEntry: (entry: string) => void = () => {}) {
  const log: string[] = [];
  const add = (entry: string) => {
    if (log.includes(entry)) return;
    log.push(entry);
    onEntry(entry);
  };
  const look = () =>
    boxes.forEach((box, i) => {
      if (box.querySelector('[_echarts_instance_]')) add(`created ${i}`);
      if (box.querySelector('svg text')) add(`drawn ${i}`);
    });
  const watcher = new MutationObserver(look);
  watcher.observe(document.body, { childList: true, subtree: true, attributes: true });
  return { log, stop: () => watcher.disconnect() };
}

let modules: EChartsModules;
let load: ReturnType<typeof deferredSource>;

beforeAll(async () => {
  modules = await importEChartsForJsdom();
}, 30_000);

beforeEach(() => {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  load = deferredSource();
  resetCharts(load.source);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Renders the charts, each in its own root (so one can be unmounted alone), and scrolls them into view. */
function showCharts(count: number) {
  const roots = Array.from({ length: count }, (_, i) => render(chart(i)));
  const boxes = screen.getAllByRole('img');
  act(() => boxes.forEach((b) => observerFor(b).fire(true)));
  return { roots, boxes };
}

it('creates the charts that waited for ECharts one at a time, each after the one before has drawn', async () => {
  const { boxes } = showCharts(3);
  const order = watchOrder(boxes);
  // All three are waiting on the one load; none exists yet.
  expect(load.calls).toBe(1);
  expect(boxes.map((b) => b.querySelector('[_echarts_instance_]'))).toEqual([null, null, null]);
  load.resolve(modules);
  await until(
    () => order.log.includes('drawn 2'),
    () => `so far: ${order.log.join(', ')}`,
  );
  order.stop();
  expect(order.log).toEqual(['created 0', 'drawn 0', 'created 1', 'drawn 1', 'created 2', 'drawn 2']);
});

it('a chart that leaves the view while waiting passes its turn on at once', async () => {
  const { boxes } = showCharts(3);
  const order = watchOrder(boxes);
  act(() => observerFor(boxes[1]!).fire(false));
  load.resolve(modules);
  await until(
    () => order.log.includes('drawn 2'),
    () => `so far: ${order.log.join(', ')}`,
  );
  order.stop();
  expect(order.log).toEqual(['created 0', 'drawn 0', 'created 2', 'drawn 2']);
});

it('a chart removed while it holds its turn passes it on at once', async () => {
  const { roots, boxes } = showCharts(2);
  // The first chart is removed the moment its instance appears, before it has drawn.
  const order = watchOrder(boxes, (entry) => {
    if (entry === 'created 0') roots[0]!.unmount();
  });
  load.resolve(modules);
  await until(
    () => order.log.includes('drawn 1'),
    () => `so far: ${order.log.join(', ')}`,
  );
  order.stop();
  expect(order.log).toEqual(['created 0', 'created 1', 'drawn 1']);
});
