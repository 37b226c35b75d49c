// @vitest-environment jsdom
// Charts waiting for ECharts to load are drawn one per task, not all in the task where it arrived. Its own
// file: it needs a page where ECharts has not been loaded yet, and a yield the test releases by hand.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { LazyChart } from '../../src/components/chart/LazyChart';
import { progressChartOption } from '../../src/charts/progress-chart';
import { AS_OF, ipPledge, techLoans } from '../charts/fixtures';
import { FakeObserver, observerFor } from '../support/fake-intersection-observer';

const gates: (() => void)[] = [];
vi.mock('../../src/data/yield-to-main', () => ({
  yieldToMain: () => new Promise<void>((resolve) => gates.push(resolve)),
}));

beforeAll(async () => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 150 });
  const { setPlatformAPI } = await import('echarts/core');
  setPlatformAPI({ measureText: (text = '') => ({ width: text.length * 7 }) });
  globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
});
afterEach(() => cleanup());

it('draws the charts that waited for ECharts one per turn', async () => {
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
  act(() => boxes.forEach((b) => observerFor(b).fire(true)));
  const drawn = () => boxes.filter((b) => b.querySelector('.echarts-for-react')).length;
  // ECharts loads; the first chart then waits for its turn, and so do the others behind it.
  await waitFor(() => expect(gates.length).toBe(1));
  expect(drawn()).toBe(0);
  for (let n = 1; n <= 3; n++) {
    await act(async () => gates.shift()!());
    await waitFor(() => expect(drawn()).toBe(n));
    expect(drawn()).toBe(n);
  }
});
