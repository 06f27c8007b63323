// Creates the Phaser game that draws the room. Loaded on demand, after the first text is on
// screen; the encounter is fully playable without it.
import * as Phaser from 'phaser';
import type { Stage } from '../ui/encounter-view';
import { afterPaint } from '../platform/after-paint';
import { prefersReducedMotion } from '../platform/motion';
import type { SceneState } from '../engine/presentation';
import type { Shown } from './figure';
import { ROOM_HEIGHT, ROOM_WIDTH } from './layout';
import { RoomPace } from './room-pace';
import { RoomScene } from './room-scene';

/** One word per cue, e.g. "farida:withdrawn:closed:away:quiet". */
function describeShown(p: Shown): string {
  return [p.id, p.face ?? 'no-face', p.posture ?? 'phone', p.turnedAway ? 'away' : 'toward', p.leaningIn && 'leaning-in', p.quiet && 'quiet', p.speaking && 'speaking']
    .filter(Boolean)
    .join(':');
}

/**
 * Mirrors what is drawn onto the container's data attributes, for tests and debugging; the
 * game never reads them. The patient's cues get attributes of their own.
 */
function mirror(parent: HTMLElement, scene: RoomScene): void {
  const people = scene.people();
  const patientId = scene.drawn?.characters.find((c) => c.role === 'patient')?.id;
  const patient = people.find((p) => p.id === patientId);
  parent.dataset.patientMood = patient?.face ?? '';
  parent.dataset.patientPosture = patient?.posture ?? '';
  parent.dataset.patientGaze = patient ? (patient.turnedAway ? 'averted' : 'direct') : '';
  parent.dataset.people = people.map(describeShown).join(' ');
  parent.dataset.setting = scene.drawn?.setting ?? '';
  parent.dataset.tweens = String(scene.tweens.getTweens().length);
}

export function createStage(parent: HTMLElement): Promise<Stage> {
  let pace: RoomPace | null = null;
  const scene: RoomScene = new RoomScene(
    () => prefersReducedMotion(),
    () => {
      mirror(parent, scene);
      pace?.wake();
    },
  );
  // The canvas is fitted to its box on a frame: a resize wakes a sleeping room.
  const onResize = () => pace?.wake();
  // The newest state, drawn after the frame that shows the text: the room never holds up a line.
  let next: SceneState | null = null;
  const show = (state: SceneState) => {
    if (next === null) afterPaint(() => {
      if (next) scene.show(next);
      next = null;
    });
    next = state;
  };
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      // Flat 2D drawing needs no WebGL. Measured in headless Chromium without a GPU (software
      // GL, as on many lab PCs): WebGL dropped a third of frames with five people in the room;
      // the canvas renderer kept every one (bench/frames.ts).
      type: Phaser.CANVAS,
      parent,
      width: ROOM_WIDTH,
      height: ROOM_HEIGHT,
      backgroundColor: '#dfe7ea',
      banner: false,
      audio: { noAudio: true },
      // The room takes no input (the encounter is played in the page). Phaser's mouse manager
      // never removes its wheel listener, and the next room reuses the pooled canvas: each
      // room's listener kept its whole game alive, for the rest of the session.
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
      scene,
      callbacks: {
        postBoot: () => {
          pace = new RoomPace(game.loop, () => scene.tweens.getTweens());
          game.events.on(Phaser.Core.Events.POST_RENDER, () => pace?.frameDrawn());
          window.addEventListener('resize', onResize);
          resolve({
            show,
            // Its canvas, loop and textures go with it: each encounter has a room of its own.
            destroy: () => {
              window.removeEventListener('resize', onResize);
              next = null;
              const asleep = pace;
              pace = null;
              // Phaser's texture manager destroys its stamp but not its tile sprite, whose
              // pooled canvas would keep this game alive.
              game.textures.tileSprite.destroy();
              game.destroy(true);
              // Phaser lets go of the game on its next frame, which a sleeping loop never has.
              asleep?.wake();
            },
          });
        },
      },
    });
  });
}
