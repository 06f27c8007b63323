import { describe, expect, it } from 'vitest';
import { BREATHING_FPS, paceFor, RoomPace, type Loop } from '../../src/scenes/room-pace';

const breath = { isInfinite: true };
const walk = { isInfinite: false };

/** A loop that records what it was told, as Phaser's TimeStep would act on it. */
function recordingLoop() {
  const told: string[] = [];
  const loop: Loop = {
    sleep: () => void told.push('sleep'),
    wake: () => void told.push('wake'),
    setFPSLimit: (limit: number) => {
      told.push(`limit ${limit}`);
      return loop as never;
    },
  };
  return { loop, told };
}

const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('paceFor', () => {
  it('runs every frame while anything finite moves, even beside breathing', () => {
    expect(paceFor([breath, walk])).toBe('moving');
  });
  it('drops to the breathing rate when only endless tweens play, and stops with none', () => {
    expect(paceFor([breath, breath])).toBe('breathing');
    expect(paceFor([])).toBe('still');
  });
});

describe('RoomPace', () => {
  it('changes the loop only after the frame callback, once however many frames report', async () => {
    const { loop, told } = recordingLoop();
    const pace = new RoomPace(loop, () => [breath]);
    pace.frameDrawn();
    pace.frameDrawn();
    expect(told).toEqual([]);
    await settled();
    expect(told).toEqual([`limit ${BREATHING_FPS}`]);
    pace.frameDrawn();
    await settled();
    expect(told).toEqual([`limit ${BREATHING_FPS}`]);
  });

  it('sleeps when nothing moves, and a change wakes it at full rate', async () => {
    let tweens = [breath];
    const { loop, told } = recordingLoop();
    const pace = new RoomPace(loop, () => tweens);
    pace.frameDrawn();
    await settled();
    tweens = [];
    pace.frameDrawn();
    await settled();
    pace.wake();
    expect(told).toEqual([`limit ${BREATHING_FPS}`, 'sleep', 'limit 0', 'wake']);
  });

  it('keeps running when something changes after a frame is drawn, before its pace is decided', async () => {
    const { loop, told } = recordingLoop();
    const pace = new RoomPace(loop, () => []);
    pace.frameDrawn();
    // A second face decoded in the same moment as the first, after the first was drawn.
    pace.wake();
    await settled();
    expect(told).not.toContain('sleep');
    pace.frameDrawn();
    await settled();
    expect(told.at(-1)).toBe('sleep');
  });
});
