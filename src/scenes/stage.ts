// Creates the Phaser game that draws the room. Loaded on demand, after the first text is on
// screen; the encounter is fully playable without it.
import * as Phaser from 'phaser';
import type { SceneState } from '../engine/presentation';
import { prefersReducedMotion } from '../platform/motion';
import { ROOM_HEIGHT, ROOM_WIDTH } from './layout';
import { RoomScene } from './room-scene';

export interface Stage {
  show(state: SceneState): void;
  destroy(): void;
}

export function createStage(parent: HTMLElement): Promise<Stage> {
  const scene = new RoomScene(() => prefersReducedMotion());
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      width: ROOM_WIDTH,
      height: ROOM_HEIGHT,
      backgroundColor: '#dfe7ea',
      banner: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
      scene,
      callbacks: {
        postBoot: () =>
          resolve({
            show(state) {
              scene.show(state);
              // Mirrors what is drawn, for tests and debugging; never read by the game.
              const patient = scene.drawn?.characters.find((c) => c.role === 'patient');
              parent.dataset.patientMood = patient?.mood ?? '';
              parent.dataset.patientPosture = patient?.posture ?? '';
              parent.dataset.patientGaze = patient?.gaze ?? '';
              parent.dataset.setting = scene.drawn?.setting ?? '';
            },
            destroy: () => game.destroy(true),
          }),
      },
    });
  });
}
