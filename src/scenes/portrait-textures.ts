// Turns portraits into Phaser textures, once each, in the background: a person's face for
// every mood is decoded when they first appear, so a change of mood never waits.
import type * as Phaser from 'phaser';
import type { Look } from '../engine/appearance';
import { MOODS, type Mood } from '../engine/tags';
import kit from 'virtual:portrait-kit';
import { composePortrait, coloursOf, partsOf, svgUrl } from './portrait';

export class PortraitTextures {
  private readonly loading = new Map<string, Promise<string | null>>();

  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  static keyOf(id: string, mood: Mood): string {
    return `portrait:${id}:${mood}`;
  }

  /** The texture key once decoded, or null if the picture could not be made (the room then shows the body alone). */
  load(id: string, look: Look, mood: Mood): Promise<string | null> {
    const key = PortraitTextures.keyOf(id, mood);
    let promise = this.loading.get(key);
    if (!promise) {
      const svg = composePortrait(kit, partsOf(look, mood), coloursOf(look));
      promise = svg === null ? Promise.resolve(null) : this.decode(key, svgUrl(svg));
      this.loading.set(key, promise);
    }
    return promise;
  }

  /** Starts decoding every mood of a person; resolves when they are all ready. */
  loadAll(id: string, look: Look): Promise<unknown> {
    return Promise.all(MOODS.map((mood) => this.load(id, look, mood)));
  }

  private async decode(key: string, url: string): Promise<string | null> {
    const image = new Image();
    image.src = url;
    try {
      await image.decode();
    } catch {
      return null;
    }
    if (!this.textures.exists(key)) this.textures.addImage(key, image);
    return key;
  }
}
