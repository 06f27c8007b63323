// Work that must not hold up what the player is waiting to see: run once the next frame has
// been painted. A requestAnimationFrame callback runs just before the paint, and a task
// started from it runs after.
import { nextTask } from './next-task';

export function afterPaint(run: () => void): void {
  requestAnimationFrame(() => void nextTask().then(run));
}
