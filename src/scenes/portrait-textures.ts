// Turns portraits into Phaser textures. Each face becomes a texture when it is first shown,
// drawn once into a bitmap: a canvas draws an SVG picture afresh whenever it is drawn at a new
// size, and breathing changes the size a little on every frame. Once a person's first face is
// shown, their other moods are decoded one at a time while the page is idle, so a change of mood
// seldom waits, and no task decodes a room's every face at once (a picture takes a few
// milliseconds: the browser builds a small document for each SVG).
import type * as Phaser from 'phaser';
import type { Look } from '../engine/appearance';
import { MOODS, type Mood } from '../engine/tags';
import kit from 'virtual:portrait-kit';
import { composePortrait, coloursOf, partsOf, svgUrl } from './portrait';

export class PortraitTextures {
  private readonly pictures = new Map<string, Promise<HTMLImageElement | null>>();
  /** People whose other moods are being decoded, or have been. */
  private readonly warmed = new Set<string>();
  /** Set when the room is gone: a picture decoded after that is let go, not made a texture. */
  private released = false;

  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  static keyOf(id: string, mood: Mood): string {
    return `portrait:${id}:${mood}`;
  }

  /** The texture key once decoded, or null if the picture could not be made (the room then shows the body alone). */
  async load(id: string, look: Look, mood: Mood): Promise<string | null> {
    const key = PortraitTextures.keyOf(id, mood);
    const picture = await this.picture(key, look, mood);
    const bitmap = picture && (await createImageBitmap(picture).catch(() => null));
    if (!bitmap || this.released) return null;
    // Phaser draws any image source it is given; its types name only the image element. (A
    // canvas texture would read every pixel back, tens of milliseconds a face.)
    if (!this.textures.exists(key)) this.textures.addImage(key, bitmap as unknown as HTMLImageElement);
    if (!this.warmed.has(id)) {
      this.warmed.add(id);
      void this.decodeTheRest(id, look);
    }
    return key;
  }

  /** The room is gone: nothing more is decoded or added to its (destroyed) texture manager. */
  release(): void {
    this.released = true;
  }

  private async decodeTheRest(id: string, look: Look): Promise<void> {
    for (const mood of MOODS) {
      await idle();
      if (this.released) return;
      await this.picture(PortraitTextures.keyOf(id, mood), look, mood);
    }
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

/** Resolves when the page has a moment to spare (within a second at most). */
function idle(): Promise<void> {
  return new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50)));
}
