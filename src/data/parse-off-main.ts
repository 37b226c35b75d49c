// Parse the dataset's JSON in a Web Worker (dataset-worker.ts), taking it back a slice per task. Where no
// worker can run (no Worker, one refused by the page's policy, one that fails), the page parses it itself:
// the result is the same, only the main thread is busy for longer.
import { assembler, type SliceMessage } from './json-slices';

export type ParseResult = { ok: true; json: unknown } | { ok: false; detail: string };

/** The bytes of a JSON text, parsed on the calling thread. */
export function parseBytes(buffer: ArrayBuffer): ParseResult {
  try {
    return { ok: true, json: JSON.parse(new TextDecoder().decode(buffer)) };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function parseOffMain(
  buffer: ArrayBuffer,
  start: () => Worker | null = startWorker,
): Promise<ParseResult> {
  const worker = start();
  if (!worker) return Promise.resolve(parseBytes(buffer));
  return new Promise((resolve) => {
    const add = assembler();
    const finish = (r: ParseResult) => {
      worker.terminate();
      resolve(r);
    };
    worker.onmessage = (e: MessageEvent<SliceMessage>) => {
      const r = add(e.data);
      if (r) finish(r);
    };
    // The worker could not start or broke: parse here (the buffer was copied to it, not moved).
    worker.onerror = (e) => {
      e.preventDefault();
      finish(parseBytes(buffer));
    };
    worker.postMessage(buffer);
  });
}
