// The room: the setting's backdrop and the people in it, updated whenever the engine's
// scene state changes. People join, move and leave with gentle easing unless the player
// prefers reduced motion.
import * as Phaser from 'phaser';
import type { SceneState } from '../engine/presentation';
import { drawBackdrop } from './backdrop';
import { Figure, type Occupant, type Shown } from './figure';
import { placeCharacters } from './layout';
import { PortraitTextures } from './portrait-textures';
import { Speakerphone } from './speakerphone';

export class RoomScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.Graphics;
  private portraits!: PortraitTextures;
  private readonly occupants = new Map<string, Occupant>();
  private pending: SceneState | null = null;
  private ready = false;
  /** What is on screen now: read by tests and by the stage's data attributes. */
  drawn: SceneState | null = null;

  constructor(
    private readonly reducedMotion: () => boolean,
    /** Told whenever what is on screen changes. */
    private readonly onDrawn: () => void = () => {},
  ) {
    super('room');
  }

  /** Everyone on screen, as drawn. */
  people(): Shown[] {
    return [...this.occupants.values()].map((o) => o.shown());
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.portraits = new PortraitTextures(this.textures);
    // A face still decoding when the room is left must not reach the texture manager Phaser has destroyed.
    this.events.once('destroy', () => this.portraits.release());
    this.ready = true;
    if (this.pending) this.show(this.pending);
  }

  show(state: SceneState): void {
    if (!this.ready) {
      this.pending = state;
      return;
    }
    if (this.drawn?.setting !== state.setting) drawBackdrop(this.backdrop, state.setting);
    const places = placeCharacters(state);
    for (const [id, occupant] of this.occupants) {
      // Gone, or now seated differently (into or out of a hospital bed): drawn afresh.
      if (occupant.seat !== places.get(id)?.seat) {
        occupant.destroy();
        this.occupants.delete(id);
      }
    }
    for (const character of state.characters) {
      const place = places.get(character.id)!;
      let occupant = this.occupants.get(character.id);
      if (!occupant) {
        const { id, name, look } = character;
        occupant = look
          ? new Figure(this, this.portraits, place, { id, name, look }, this.reducedMotion, this.onDrawn)
          : new Speakerphone(this, id, place.x, name, this.reducedMotion);
        this.occupants.set(id, occupant);
      }
      occupant.moveTo(place.x);
      occupant.update(character, state.speaker === character.id);
    }
    this.drawn = structuredClone(state);
    this.onDrawn();
  }
}
