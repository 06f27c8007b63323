// Lets the browser handle what is waiting (input, a frame to draw) before the caller goes on:
// a message posted to itself arrives in a task of its own, where a timeout nested a few deep
// is held back 4 ms.
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Lets input and a due frame through, then goes on ahead of other waiting tasks (the browser's
 * scheduler.yield where it has one): for splitting work the learner is waiting for.
 */
export function yieldToInput(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : nextTask();
}
