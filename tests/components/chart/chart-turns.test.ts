// The turn queue with fake timers (a turn's time limit is a timer) and a pause the test controls or makes
// instant, so what is asserted is what the queue allows, never how fast this machine is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTurnQueue, resetTurns, takeTurn, TURN_MS } from '../../../src/components/chart/chart-turns';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

/** Takes a turn and records when it is granted. */
function take(queue: () => Promise<() => void>) {
  const t = { granted: false, release: () => {} };
  void queue().then((release) => {
    t.granted = true;
    t.release = release;
  });
  return t;
}

/** Lets every settled promise run its callbacks (no time passes). */
const settle = () => vi.advanceTimersByTimeAsync(0);

const instant = () => Promise.resolve();

describe('createTurnQueue', () => {
  it('grants the first turn at once and the next only when the first is released', async () => {
    const queue = createTurnQueue(instant);
    const a = take(queue);
    const b = take(queue);
    await settle();
    expect([a.granted, b.granted]).toEqual([true, false]);
    a.release();
    await settle();
    expect(b.granted).toBe(true);
  });

  it('grants turns in the order they were asked for', async () => {
    const queue = createTurnQueue(instant);
    const turns = [take(queue), take(queue), take(queue)];
    await settle();
    for (let i = 0; i < turns.length; i++) {
      expect(turns.map((t) => t.granted)).toEqual(turns.map((_, j) => j <= i));
      turns[i]!.release();
      await settle();
    }
  });

  it(`ends a turn that is never released after ${TURN_MS} ms, not sooner`, async () => {
    const queue = createTurnQueue(instant);
    take(queue); // never released: a chart that never finishes drawing
    const b = take(queue);
    await vi.advanceTimersByTimeAsync(TURN_MS - 1);
    expect(b.granted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(b.granted).toBe(true);
  });

  it('a released turn does not end the next one when its own time runs out', async () => {
    const queue = createTurnQueue(instant);
    const a = take(queue);
    await settle();
    a.release();
    const b = take(queue);
    const c = take(queue);
    await settle();
    expect(b.granted).toBe(true);
    await vi.advanceTimersByTimeAsync(TURN_MS - 1); // a's limit passes; b's has 1 ms left
    expect(c.granted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(c.granted).toBe(true);
  });

  it('pauses before every turn: a turn is granted only once its pause is over', async () => {
    const pauses: (() => void)[] = [];
    const queue = createTurnQueue(() => new Promise<void>((resolve) => pauses.push(resolve)));
    const a = take(queue);
    const b = take(queue);
    await settle();
    expect(a.granted).toBe(false);
    expect(pauses).toHaveLength(1);
    pauses[0]!();
    await settle();
    expect(a.granted).toBe(true);
    a.release();
    await settle();
    expect([pauses.length, b.granted]).toEqual([2, false]);
    pauses[1]!();
    await settle();
    expect(b.granted).toBe(true);
  });
});

describe("the page's queue", () => {
  // The page's queue pauses with yieldToMain, a message to ourselves (not a timer, so not faked): wait for it
  // by turns of the event loop, which move no fake time (vi.waitUntil would, and end a's turn by its limit).
  async function granted(t: { granted: boolean }) {
    for (let i = 0; i < 1000 && !t.granted; i++) await new Promise((r) => setImmediate(r));
    expect(t.granted).toBe(true);
  }

  it('is one queue for every chart, and a reset gives a fresh one', async () => {
    resetTurns();
    const a = take(takeTurn);
    await granted(a);
    const b = take(takeTurn);
    const c = take(takeTurn); // behind b, which is behind a's turn
    resetTurns(); // a test that left a turn held must not hold up the next
    const d = take(takeTurn);
    await granted(d);
    expect([b.granted, c.granted]).toEqual([false, false]);
    a.release();
    await granted(b);
    expect(c.granted).toBe(false);
  });
});
