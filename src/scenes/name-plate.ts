// A name above each person; the one speaking is lit, with a tail pointing down at them, so
// the speaker can be found at a glance even on a projector across the room.
import * as Phaser from 'phaser';
import { INK, SPEAKER } from './palette';

const INK_CSS = `#${INK.toString(16).padStart(6, '0')}`;

export class NamePlate {
  readonly container: Phaser.GameObjects.Container;
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private speaking: boolean | null = null;

  constructor(scene: Phaser.Scene, name: string) {
    this.back = scene.add.graphics();
    this.label = scene.add.text(0, 0, name, { fontFamily: 'Atkinson Hyperlegible, system-ui, sans-serif', fontSize: '17px', color: INK_CSS }).setOrigin(0.5);
    this.container = scene.add.container(0, 0, [this.back, this.label]);
  }

  setSpeaking(speaking: boolean): void {
    if (speaking === this.speaking) return;
    this.speaking = speaking;
    const width = this.label.width + 20;
    const height = this.label.height + 8;
    this.back.clear();
    this.back.fillStyle(speaking ? SPEAKER : 0xffffff, speaking ? 1 : 0.85);
    this.back.fillRoundedRect(-width / 2, -height / 2, width, height, 8);
    if (speaking) this.back.fillTriangle(-8, height / 2, 8, height / 2, 0, height / 2 + 9);
    this.label.setColor(speaking ? '#ffffff' : INK_CSS);
    this.label.setFontStyle(speaking ? 'bold' : 'normal');
  }
}
