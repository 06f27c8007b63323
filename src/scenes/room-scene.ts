// The room: the setting's background and the people in it, redrawn whenever the engine's
// scene state changes. Transitions fade gently unless the player prefers reduced motion.
import * as Phaser from 'phaser';
import type { SceneState } from '../engine/presentation';
import { drawFigure } from './figure';
import { appearanceFor, SETTING_LOOKS, type SettingLook } from './palette';

export const ROOM_WIDTH = 960;
export const ROOM_HEIGHT = 400;

export class RoomScene extends Phaser.Scene {
  private background!: Phaser.GameObjects.Graphics;
  private readonly figures = new Map<string, Phaser.GameObjects.Graphics>();
  private pending: SceneState | null = null;
  private ready = false;
  /** What is on screen now: read by tests and by the stage's data attributes. */
  drawn: SceneState | null = null;

  constructor(private readonly reducedMotion: () => boolean) {
    super('room');
  }

  create(): void {
    this.background = this.add.graphics();
    this.ready = true;
    if (this.pending) this.show(this.pending);
  }

  show(state: SceneState): void {
    if (!this.ready) {
      this.pending = state;
      return;
    }
    if (this.drawn?.setting !== state.setting) this.drawBackground(SETTING_LOOKS[state.setting]);
    const slots = state.characters.length;
    state.characters.forEach((character, i) => {
      let figure = this.figures.get(character.id);
      if (!figure) {
        figure = this.add.graphics();
        figure.setPosition(ROOM_WIDTH * ((i + 1) / (slots + 1)), ROOM_HEIGHT - 150);
        this.figures.set(character.id, figure);
      }
      const before = this.drawn?.characters.find((c) => c.id === character.id);
      const changed = JSON.stringify(before) !== JSON.stringify(character) || this.drawn?.speaker !== state.speaker;
      if (!changed) return;
      drawFigure(figure, character, appearanceFor(character.id), state.speaker === character.id);
      if (!this.reducedMotion() && before && before.mood !== character.mood) {
        figure.setAlpha(0.6);
        this.tweens.add({ targets: figure, alpha: 1, duration: 400, ease: 'Sine.easeOut' });
      }
    });
    this.drawn = structuredClone(state);
  }

  private drawBackground(look: SettingLook): void {
    const g = this.background;
    g.clear();
    g.fillStyle(look.wall, 1);
    g.fillRect(0, 0, ROOM_WIDTH, ROOM_HEIGHT);
    g.fillStyle(look.floor, 1);
    g.fillRect(0, ROOM_HEIGHT - 90, ROOM_WIDTH, 90);
    // Window with a soft sky
    g.fillStyle(0xbcd7e6, 1);
    g.fillRect(60, 50, 170, 120);
    g.lineStyle(6, 0xffffff, 1);
    g.strokeRect(60, 50, 170, 120);
    g.lineBetween(145, 50, 145, 170);
    g.fillStyle(look.accent, 1);
    switch (look.furniture) {
      case 'desk':
        g.fillRect(ROOM_WIDTH - 300, ROOM_HEIGHT - 170, 260, 16);
        g.fillRect(ROOM_WIDTH - 290, ROOM_HEIGHT - 154, 14, 70);
        g.fillRect(ROOM_WIDTH - 70, ROOM_HEIGHT - 154, 14, 70);
        g.fillStyle(0x2d3a40, 1);
        g.fillRoundedRect(ROOM_WIDTH - 230, ROOM_HEIGHT - 250, 110, 70, 6);
        g.fillRect(ROOM_WIDTH - 180, ROOM_HEIGHT - 180, 10, 12);
        break;
      case 'bed':
        g.fillRoundedRect(ROOM_WIDTH - 380, ROOM_HEIGHT - 170, 330, 60, 12);
        g.fillStyle(0xffffff, 1);
        g.fillRoundedRect(ROOM_WIDTH - 370, ROOM_HEIGHT - 190, 90, 34, 10);
        break;
      case 'counter':
        g.fillRect(0, ROOM_HEIGHT - 190, ROOM_WIDTH, 26);
        g.fillStyle(0xffffff, 0.6);
        g.fillRect(0, ROOM_HEIGHT - 300, ROOM_WIDTH, 110);
        break;
      case 'table':
        g.fillRoundedRect(ROOM_WIDTH / 2 - 220, ROOM_HEIGHT - 130, 440, 20, 8);
        break;
      case 'couch':
        g.fillRoundedRect(ROOM_WIDTH - 360, ROOM_HEIGHT - 160, 300, 50, 14);
        g.fillStyle(0xf5f5f5, 1);
        g.fillRect(ROOM_WIDTH - 350, ROOM_HEIGHT - 172, 280, 14);
        break;
    }
  }
}
