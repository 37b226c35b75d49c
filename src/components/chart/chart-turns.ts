// Charts that were waiting for ECharts to load are created one at a time, each after the one before it has
// drawn: echarts-for-react creates an instance, waits a frame for it to finish, measures it and creates it
// again with the option, and all the charts of a screen doing that in the same frame made one long task.
import { yieldToMain } from '../../lib/yield-to-main';

/** The longest a chart holds its turn (one that never finishes drawing must not hold up the others). */
export const TURN_MS = 1000;

/** Resolves when it is the caller's turn, with the function that ends that turn. */
export type TakeTurn = () => Promise<() => void>;

/**
 * A queue of turns. Between two turns the main thread is yielded (`pause`), so the browser can paint and
 * handle input; a turn ends when its holder says so or after `turnMs`, whichever comes first.
 */
export function createTurnQueue(pause: () => Promise<void> = yieldToMain, turnMs = TURN_MS): TakeTurn {
  let queue: Promise<void> = Promise.resolve();
  return () => {
    let release = () => {};
    const turn = queue.then(pause);
    queue = turn.then(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
          setTimeout(resolve, turnMs);
        }),
    );
    return turn.then(() => release);
  };
}

// One queue for the whole page: the charts of every list and panel take turns with each other.
let pageQueue = createTurnQueue();

export function takeTurn(): Promise<() => void> {
  return pageQueue();
}

/** Tests: a fresh queue, so no turn held by an earlier test delays the next. */
export function resetTurns(): void {
  pageQueue = createTurnQueue();
}
