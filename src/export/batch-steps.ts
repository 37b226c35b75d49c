// What every export of many panels shares (the ZIP in batch.ts, the deck in pptx-deck.ts): progress after each
// panel, an AbortSignal checked between panels, and a yield to the page so it stays responsive.
import { yieldToMain } from '../lib/yield-to-main';

export interface BatchOptions {
  /** Called after each panel: done of total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

// A new task, not setTimeout(0): nested timeouts wait at least 4 ms each, 0.23 s over 58 slides.
export const nextTask = yieldToMain;

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}
