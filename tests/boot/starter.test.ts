// @vitest-environment jsdom
// The starter (src/boot/starter.ts) adds the app's script and preloads to the page, and starts the
// dataset worker the template names: after the snapshot's first frame when the snapshot is shown, at once
// otherwise.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
  (window as unknown as Record<string, unknown>).__scitechDataset = undefined;
});

/** A Worker stand-in that records how it was made and what it was sent. */
class RecordingWorker {
  static made: RecordingWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  sent: unknown[] = [];
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    RecordingWorker.made.push(this);
  }
  postMessage(m: unknown) {
    this.sent.push(m);
  }
}

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

describe('the dataset worker', () => {
  beforeEach(() => {
    RecordingWorker.made = [];
    vi.stubGlobal('Worker', RecordingWorker);
    document.head.innerHTML =
      '<template id="app-start" data-worker="./assets/dataset-worker-C.js" data-dataset="./data/indicators.json">' +
      `${TAGS}</template>`;
  });
  const slot = () =>
    (
      window as unknown as {
        __scitechDataset?: { worker: RecordingWorker; url: string; failed?: boolean };
      }
    ).__scitechDataset;

  it('is started with the absolute dataset URL, with the app, and left for the app', () => {
    document.documentElement.className = 'snapshot-ok';
    run();
    expect(RecordingWorker.made).toHaveLength(0);
    frames.forEach((f) => f(0));
    vi.advanceTimersByTime(0);
    expect(added()).toBe(2);
    const [w] = RecordingWorker.made;
    expect(w).toMatchObject({ url: './assets/dataset-worker-C.js', options: { type: 'module' } });
    const url = new URL('./data/indicators.json', document.baseURI).href;
    expect(w!.sent).toEqual([{ url }]);
    expect(slot()).toEqual({ url, worker: w });
  });

  it('records a worker that fails, for the app to do the work itself', () => {
    run();
    const prevented = vi.fn();
    RecordingWorker.made[0]!.onerror!({ preventDefault: prevented });
    expect(prevented).toHaveBeenCalled();
    expect(slot()!.failed).toBe(true);
  });

  it('starts the app even where no worker can be made', () => {
    vi.stubGlobal('Worker', function () {
      throw new Error('refused');
    });
    run();
    expect(added()).toBe(2);
    expect(slot()).toBeUndefined();
  });

  it('starts no worker when the template names none', () => {
    document.head.innerHTML = `<template id="app-start">${TAGS}</template>`;
    run();
    expect(added()).toBe(2);
    expect(RecordingWorker.made).toHaveLength(0);
  });
});
