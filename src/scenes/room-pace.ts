// How often the room is drawn. Phaser redraws the whole canvas on every frame it steps, and
// without a GPU (headless Chromium here, many lab PCs) that raster work took a third of the
// main thread during play, competing with the text the player is reading. So the loop runs
// only as fast as what is moving needs: every frame while someone moves, turns or fades;
// a few frames a second while people only breathe; none when nothing moves.
import type * as Phaser from 'phaser';

/** Breathing is a rise of about 1 % (a few pixels) over two seconds: at 10 frames a second each step is under half a pixel. */
export const BREATHING_FPS = 10;

export type Pace = 'moving' | 'breathing' | 'still';

/** The pace these tweens need: a finite tween (a walk, a turn, a fade) is motion the eye follows. */
export function paceFor(tweens: readonly Pick<Phaser.Tweens.Tween, 'isInfinite'>[]): Pace {
  if (tweens.some((tween) => !tween.isInfinite)) return 'moving';
  return tweens.length > 0 ? 'breathing' : 'still';
}

/** What the pace controls: Phaser's game loop. */
export type Loop = Pick<Phaser.Core.TimeStep, 'sleep' | 'wake' | 'setFPSLimit'>;

export class RoomPace {
  private pace: Pace = 'moving';
  private queued = false;
  /** Something changed since the last frame was drawn (faces decoded together arrive between a frame and its pace). */
  private changed = false;

  constructor(
    private readonly loop: Loop,
    private readonly tweens: () => readonly Pick<Phaser.Tweens.Tween, 'isInfinite'>[],
  ) {}

  /**
   * Called after each frame is drawn. The change waits for a microtask: inside Phaser's frame
   * callback the loop has yet to ask for its next frame, and restarting it there would leave
   * two frame chains running.
   */
  frameDrawn(): void {
    this.changed = false;
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.apply(this.changed ? 'moving' : paceFor(this.tweens()));
    });
  }

  /** Something in the room changed: drawn at once, or on the next frame if the loop is running. */
  wake(): void {
    this.changed = true;
    this.apply('moving');
    this.loop.wake(true);
  }

  private apply(pace: Pace): void {
    if (pace === 'still') {
      this.loop.sleep();
    } else if (pace !== this.pace) {
      this.loop.setFPSLimit(pace === 'breathing' ? BREATHING_FPS : 0);
    }
    this.pace = pace;
  }
}
