// Someone heard but not seen: a telephone interpreter, drawn as the speakerphone on a side
// table, with sound rings while they speak.
import * as Phaser from 'phaser';
import type { CharacterView } from '../engine/presentation';
import type { Occupant, Shown } from './figure';
import { FEET } from './layout';
import { NamePlate } from './name-plate';
import { OUTLINE } from './palette';

const TABLE_TOP = -92;

export class Speakerphone implements Occupant {
  private readonly root: Phaser.GameObjects.Container;
  private readonly rings: Phaser.GameObjects.Graphics;
  private readonly plate: NamePlate;
  private speaking = false;
  readonly seat = 'phone';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly id: string,
    x: number,
    name: string,
    private readonly reducedMotion: () => boolean,
  ) {
    const g = scene.add.graphics();
    g.fillStyle(0x6b5a48, 1);
    g.fillRect(-34, TABLE_TOP, 68, 10);
    g.fillRect(-28, TABLE_TOP + 10, 8, -TABLE_TOP - 10);
    g.fillRect(20, TABLE_TOP + 10, 8, -TABLE_TOP - 10);
    g.fillStyle(OUTLINE, 1);
    g.fillRoundedRect(-26, TABLE_TOP - 16, 52, 16, 6);
    g.fillStyle(0x3a3f45, 1);
    g.fillRoundedRect(-23, TABLE_TOP - 13, 46, 10, 4);
    this.rings = scene.add.graphics();
    this.plate = new NamePlate(scene, name);
    this.plate.container.setY(TABLE_TOP - 70);
    this.root = scene.add.container(x, FEET, [g, this.rings, this.plate.container]);
  }

  update(_view: CharacterView, speaking: boolean): void {
    this.speaking = speaking;
    this.plate.setSpeaking(speaking);
    this.rings.clear();
    this.scene.tweens.killTweensOf(this.rings);
    this.rings.setAlpha(1);
    if (!speaking) return;
    this.rings.lineStyle(3, OUTLINE, 0.7);
    for (const r of [22, 32, 42]) {
      this.rings.beginPath();
      this.rings.arc(0, TABLE_TOP - 10, r, Math.PI * 1.2, Math.PI * 1.8);
      this.rings.strokePath();
    }
    if (!this.reducedMotion()) this.scene.tweens.add({ targets: this.rings, alpha: 0.35, duration: 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }

  shown(): Shown {
    return { id: this.id, face: null, posture: null, turnedAway: false, leaningIn: false, quiet: false, speaking: this.speaking };
  }

  moveTo(x: number): void {
    this.root.setX(x);
  }

  destroy(): void {
    this.scene.tweens.killTweensOf(this.rings);
    this.root.destroy();
  }
}
