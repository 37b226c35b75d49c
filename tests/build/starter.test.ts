// @vitest-environment jsdom
// The starter (scripts/lib/snapshot-html.ts) adds the app's script and preloads to the page: after the
// snapshot's first frame when the snapshot is shown, at once otherwise.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { STARTER } from '../../scripts/lib/snapshot-html';

const TAGS =
  '<link rel="preload" href="./data/indicators.json" as="fetch" crossorigin="anonymous">' +
  '<script type="module" crossorigin src="./assets/index-A.js"></script>';
let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  document.head.innerHTML = `<template id="app-start">${TAGS}</template>`;
  document.documentElement.className = '';
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const run = () => new Function(STARTER)() as void;
const added = () =>
  document.head.querySelectorAll(':scope > script[src], :scope > link[rel="preload"]').length;

it('starts the app at once when no snapshot is shown', () => {
  run();
  expect(added()).toBe(2);
  expect(document.head.querySelector(':scope > script')?.getAttribute('src')).toBe('./assets/index-A.js');
});

it("starts the app after the snapshot's first frame, once", () => {
  document.documentElement.className = 'snapshot-ok snapshot-later';
  run();
  expect(added()).toBe(0);
  // jsdom has parsed the page already; in a browser the starter first waits for DOMContentLoaded.
  frames.forEach((f) => f(0));
  expect(added()).toBe(0); // the task after the frame
  vi.advanceTimersByTime(0);
  expect(added()).toBe(2);
  vi.advanceTimersByTime(500); // the background-tab timer does not add them again
  expect(added()).toBe(2);
});

it('waits for the page to be parsed before it waits for a frame', () => {
  document.documentElement.className = 'snapshot-ok';
  const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
  run();
  vi.advanceTimersByTime(1000);
  expect(frames).toHaveLength(0);
  expect(added()).toBe(0);
  state.mockRestore();
  document.dispatchEvent(new Event('DOMContentLoaded'));
  frames.forEach((f) => f(0));
  vi.advanceTimersByTime(0);
  expect(added()).toBe(2);
});

it('starts the app after 500 ms in a background tab, where frames do not come', () => {
  document.documentElement.className = 'snapshot-ok';
  run();
  vi.advanceTimersByTime(499);
  expect(added()).toBe(0);
  vi.advanceTimersByTime(1);
  expect(added()).toBe(2);
});
