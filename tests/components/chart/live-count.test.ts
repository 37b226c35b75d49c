// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import {
  countCreated,
  countDisposed,
  getLiveChartCount,
  resetLiveCount,
} from '../../../src/components/chart/live-count';

beforeEach(resetLiveCount);

it('counts each instance once, however often its creation is reported', () => {
  const a = {};
  const b = {};
  countCreated(a);
  countCreated(a);
  countCreated(b);
  expect(getLiveChartCount()).toBe(2);
});

it('counts down only instances it counted, each once', () => {
  const a = {};
  countCreated(a);
  countDisposed({}); // never counted
  expect(getLiveChartCount()).toBe(1);
  countDisposed(a);
  countDisposed(a);
  expect(getLiveChartCount()).toBe(0);
});

it('shows the count on window.__liveCharts, live', () => {
  expect(window.__liveCharts).toBe(0);
  const a = {};
  countCreated(a);
  expect(window.__liveCharts).toBe(1);
  countDisposed(a);
  expect(window.__liveCharts).toBe(0);
});

it('starts again from 0 after a reset', () => {
  countCreated({});
  resetLiveCount();
  expect(getLiveChartCount()).toBe(0);
});
