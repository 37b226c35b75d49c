// Fetch and parse the dataset in a Web Worker (dataset-worker.ts), taking it back a slice per task. The
// built page's starter script starts that worker's download as soon as the app starts loading (so it runs
// while the app's script loads) and leaves the worker for the app to take over here. Where no worker can
// run (no Worker, one refused by the page's policy, one that fails) this answers null and the page fetches
// and parses the file itself: the result is the same, only the main thread is busy for longer.
import type { ParseResult } from './fetch-json';
import type { WorkerRequest } from './dataset-worker';
import { assembler, type SliceMessage } from './json-slices';

/** A dataset worker already asked to download `url`. */
export interface StartedWorker {
  worker: Worker;
  url: string;
  /** It reported an error event (it could not start). */
  failed?: boolean;
}

/** Where the starter (src/boot/starter.ts) leaves the worker it started. */
export const STARTED_KEY = '__scitechDataset';

type Slot = Record<typeof STARTED_KEY, StartedWorker | undefined>;

/**
 * The worker the starter started for `url`, taken over (once); undefined if there is none (or it was for
 * another URL: ended), null if it failed.
 */
export function takeStarted(url: string): StartedWorker | null | undefined {
  const slot = globalThis as unknown as Slot;
  const started = slot[STARTED_KEY];
  if (!started) return undefined;
  slot[STARTED_KEY] = undefined;
  if (started.url === url) return started.failed ? null : started;
  started.worker.terminate();
  return undefined;
}

const send = (worker: Worker, request: WorkerRequest) => worker.postMessage(request);

function startWorker(url: string): StartedWorker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    send(worker, { url });
    return { worker, url };
  } catch {
    return null;
  }
}

const takeOrStart = (url: string) => {
  const started = takeStarted(url);
  return started === undefined ? startWorker(url) : started;
};

/** The dataset at `url` fetched and parsed by a worker, or null where no worker could do it. */
export function fetchOffMain(
  url: string,
  start: (url: string) => StartedWorker | null = takeOrStart,
): Promise<ParseResult | null> {
  const started = start(url);
  if (!started) return Promise.resolve(null);
  const { worker } = started;
  return new Promise((resolve) => {
    const add = assembler();
    let settled = false;
    const finish = (r: ParseResult | null) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(r);
    };
    worker.onmessage = (e: MessageEvent<SliceMessage>) => {
      if (settled) return;
      const r = add(e.data);
      if (r) finish(r);
    };
    // The worker could not start or broke: the page does the work itself.
    worker.onerror = (e) => {
      e.preventDefault();
      finish(null);
    };
    send(worker, { parse: true });
  });
}
