// How a person holds themselves, from what the engine says they feel: the numbers the
// figure eases towards. Pure, so the mapping is tested without a canvas.
import type { CharacterView } from '../engine/presentation';

export interface Pose {
  /** Sideways shift, in room pixels: forwards into the conversation, or back out of it. */
  dx: number;
  /** Tilt of the body, in degrees; positive leans the way the person faces. */
  lean: number;
  /** Size against the others: larger is closer, smaller is shrinking back. */
  scale: number;
  /** Which way the face turns: 1 into the room, -1 away from it (averted gaze). */
  headTurn: 1 | -1;
  /** How far the head sinks into the shoulders, in pixels. */
  headDrop: number;
}

export function poseOf(view: CharacterView): Pose {
  let dx = 0;
  let lean = 0;
  let scale = 1;
  if (view.leaningIn) {
    dx += 18;
    lean += 6;
    scale = 1.05;
  }
  if (view.quiet) {
    dx -= 12;
    lean -= 3;
    scale = 0.92;
  }
  if (view.posture === 'closed') lean -= 3;
  const low = view.mood === 'withdrawn' || view.mood === 'distressed';
  return { dx, lean, scale, headTurn: view.gaze === 'averted' ? -1 : 1, headDrop: (low ? 7 : 0) + (view.quiet ? 4 : 0) };
}
