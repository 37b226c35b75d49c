// Long work on the main thread (validating, computing progress for thousands of indicators) is done in
// slices; between two slices the browser may paint and handle input.

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Resolves in a new task (scheduler.yield() where the browser has it, else a message to ourselves). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
