// A name above each person; the one speaking is lit, with a tail pointing down at them, so
// the speaker can be found at a glance even on a projector across the room. On a small screen
// the room is drawn small, so the names are set larger in it: never under 12 CSS px as seen.
import * as Phaser from 'phaser';
import { INK, SPEAKER } from './palette';

const INK_CSS = `#${INK.toString(16).padStart(6, '0')}`;
/** The name's size in the room as designed, in the room's pixels. */
const DESIGN_PX = 17;
/** The smallest a name may be seen, in CSS pixels (as the page's smallest text). */
const SMALLEST_SEEN_PX = 12;
/** Where the plate's lower edge sits below its anchor, whatever its size, so it never grows down into the head. */
const LOWER_EDGE = 14;

/** Every plate in each room, so their sizes can be mirrored onto the page for tests. */
const platesOf = new WeakMap<Phaser.Scene, Set<NamePlate>>();

export class NamePlate {
  readonly container: Phaser.GameObjects.Container;
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private speaking = false;
  private readonly fit = () => this.fitToScreen();

  constructor(
    private readonly scene: Phaser.Scene,
    name: string,
  ) {
    this.back = scene.add.graphics();
    this.label = scene.add.text(0, 0, name, { fontFamily: 'Atkinson Hyperlegible, system-ui, sans-serif', fontSize: `${DESIGN_PX}px`, color: INK_CSS }).setOrigin(0.5);
    this.container = scene.add.container(0, 0, [this.back, this.label]);
    const plates = platesOf.get(scene) ?? new Set();
    platesOf.set(scene, plates.add(this));
    // Phaser's event names as strings: the room's trimmed Phaser build leaves out the Events namespaces.
    scene.scale.on('resize', this.fit);
    this.container.once('destroy', () => {
      scene.scale.off('resize', this.fit);
      plates.delete(this);
    });
    this.draw();
    // Its person's scale is known once the plate is placed in them.
    scene.events.once('postupdate', this.fit);
  }

  setSpeaking(speaking: boolean): void {
    if (speaking === this.speaking) return;
    this.speaking = speaking;
    this.draw();
  }

  /** The size in the room's pixels that is seen at least as large as the smallest allowed. */
  private fitToScreen(): void {
    if (!this.container.active) return;
    const seen = (this.scene.scale.displaySize.width / this.scene.scale.gameSize.width) * (this.container.parentContainer?.scaleX ?? 1);
    const size = seen > 0 ? Math.max(DESIGN_PX, Math.ceil(SMALLEST_SEEN_PX / seen)) : DESIGN_PX;
    this.label.setFontSize(size);
    this.draw();
    mirrorSizes(this.scene);
  }

  private draw(): void {
    const width = this.label.width + 20;
    const height = this.label.height + 8;
    const middle = LOWER_EDGE - height / 2;
    this.label.setY(middle);
    this.back.clear();
    this.back.fillStyle(this.speaking ? SPEAKER : 0xffffff, this.speaking ? 1 : 0.85);
    this.back.fillRoundedRect(-width / 2, middle - height / 2, width, height, 8);
    if (this.speaking) this.back.fillTriangle(-8, LOWER_EDGE, 8, LOWER_EDGE, 0, LOWER_EDGE + 9);
    this.label.setColor(this.speaking ? '#ffffff' : INK_CSS);
    this.label.setFontStyle(this.speaking ? 'bold' : 'normal');
  }

  /** Its type size in the room's pixels, as its person is scaled. */
  get drawnSize(): number {
    return parseFloat(String(this.label.style.fontSize)) * (this.container.parentContainer?.scaleX ?? 1);
  }
}

/** Each plate's type size in the room's pixels, on the room's element (`data-plates`), for tests and debugging; the game never reads it. */
function mirrorSizes(scene: Phaser.Scene): void {
  const element = scene.game.canvas.parentElement;
  if (element) element.dataset.plates = [...(platesOf.get(scene) ?? [])].map((plate) => plate.drawnSize.toFixed(1)).join(' ');
}
