// Turns portraits into Phaser textures. A person's picture for every mood is decoded when they
// first appear, so a change of mood never waits for it; each face becomes a texture when it is
// first shown, drawn once into a bitmap: a canvas draws an SVG picture afresh whenever it is
// drawn at a new size, and breathing changes the size a little on every frame.
import type * as Phaser from 'phaser';
import type { Look } from '../engine/appearance';
import { MOODS, type Mood } from '../engine/tags';
import kit from 'virtual:portrait-kit';
import { composePortrait, coloursOf, partsOf, svgUrl } from './portrait';

export class PortraitTextures {
  private readonly pictures = new Map<string, Promise<HTMLImageElement | null>>();

  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  static keyOf(id: string, mood: Mood): string {
    return `portrait:${id}:${mood}`;
  }

  /** The texture key once decoded, or null if the picture could not be made (the room then shows the body alone). */
  async load(id: string, look: Look, mood: Mood): Promise<string | null> {
    const key = PortraitTextures.keyOf(id, mood);
    const picture = await this.picture(key, look, mood);
    const bitmap = picture && (await createImageBitmap(picture).catch(() => null));
    if (!bitmap) return null;
    // Phaser draws any image source it is given; its types name only the image element. (A
    // canvas texture would read every pixel back, tens of milliseconds a face.)
    if (!this.textures.exists(key)) this.textures.addImage(key, bitmap as unknown as HTMLImageElement);
    return key;
  }

  /** Starts decoding every mood of a person; resolves when they are all ready. */
  loadAll(id: string, look: Look): Promise<unknown> {
    return Promise.all(MOODS.map((mood) => this.picture(PortraitTextures.keyOf(id, mood), look, mood)));
  }

  private picture(key: string, look: Look, mood: Mood): Promise<HTMLImageElement | null> {
    let picture = this.pictures.get(key);
    if (!picture) {
      const svg = composePortrait(kit, partsOf(look, mood), coloursOf(look));
      picture = svg === null ? Promise.resolve(null) : decoded(svgUrl(svg));
      this.pictures.set(key, picture);
    }
    return picture;
  }
}

async function decoded(url: string): Promise<HTMLImageElement | null> {
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
    return image;
  } catch {
    return null;
  }
}
