// @vitest-environment jsdom
// Charts waiting for ECharts to load are created one at a time, each after the one before it has drawn.
// Its own file: it needs a page where ECharts has not been loaded yet.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { LazyChart } from '../../src/components/chart/LazyChart';
import { progressChartOption } from '../../src/charts/progress-chart';
import { AS_OF, ipPledge, techLoans } from '../charts/fixtures';
import { FakeObserver, observerFor } from '../support/fake-intersection-observer';

beforeAll(async () => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 150 });
  const { setPlatformAPI } = await import('echarts/core');
  setPlatformAPI({ measureText: (text = '') => ({ width: text.length * 7 }) });
  globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
});
afterEach(() => cleanup());

it('creates the charts that waited for ECharts one at a time, each after the one before has drawn', async () => {
  render(
    <>
      {[techLoans, ipPledge, techLoans].map((f, i) => (
        <LazyChart
          key={i}
          input={{ ...f, locale: 'zh-CN', asOf: AS_OF }}
          build={progressChartOption}
          height={150}
        />
      ))}
    </>,
  );
  const boxes = screen.getAllByRole('img');
  // The order in which each chart's instance appears and its figures are drawn.
  const log: string[] = [];
  const look = () =>
    boxes.forEach((box, i) => {
      if (box.querySelector('[_echarts_instance_]') && !log.includes(`created ${i}`))
        log.push(`created ${i}`);
      if (box.querySelector('svg text') && !log.includes(`drawn ${i}`)) log.push(`drawn ${i}`);
    });
  const watcher = new MutationObserver(look);
  watcher.observe(document.body, { childList: true, subtree: true, attributes: true });
  act(() => boxes.forEach((b) => observerFor(b).fire(true)));
  await waitFor(() => expect(log).toContain('drawn 2'), { timeout: 5000 });
  watcher.disconnect();
  expect(log).toEqual(['created 0', 'drawn 0', 'created 1', 'drawn 1', 'created 2', 'drawn 2']);
});
