// Plays room tone, story cues and quiet interface sounds with Howler. Loaded only after the
// player's first gesture (nothing sounds before it), and every failure is swallowed: the game
// is fully playable with sound off or unavailable.
import { Howl, Howler } from 'howler';
import type { AudioSettings } from '../settings/settings';
import { soundSources } from './sound-sources';

export type Channel = 'ambience' | 'effects' | 'interface';

export class SoundPlayer {
  private readonly howls = new Map<string, Howl>();
  private ambience: { id: string; howl: Howl } | null = null;

  constructor(private settings: AudioSettings) {
    this.apply(settings);
  }

  apply(settings: AudioSettings): void {
    this.settings = settings;
    Howler.mute(settings.muted);
    Howler.volume(settings.master / 100);
    this.ambience?.howl.volume(settings.ambience / 100);
  }

  setAmbience(setting: string): void {
    if (this.ambience?.id === setting) return;
    this.ambience?.howl.stop();
    this.ambience = null;
    const howl = this.howl(`ambience-${setting}`, true);
    if (!howl) return;
    howl.volume(this.settings.ambience / 100);
    this.safely(() => howl.play());
    this.ambience = { id: setting, howl };
  }

  play(name: string, channel: Exclude<Channel, 'ambience'>): void {
    const howl = this.howl(name, false);
    if (!howl) return;
    howl.volume(this.settings[channel] / 100);
    this.safely(() => howl.play());
  }

  stopAll(): void {
    this.safely(() => Howler.stop());
    this.ambience = null;
  }

  private howl(name: string, loop: boolean): Howl | null {
    const sources = soundSources(name);
    if (sources.src.length === 0) return null;
    let howl = this.howls.get(name);
    if (!howl) {
      howl = new Howl({ ...sources, loop, html5: false, preload: true });
      this.howls.set(name, howl);
    }
    return howl;
  }

  private safely(action: () => unknown): void {
    try {
      action();
    } catch {
      // No audio device, blocked autoplay or an unsupported format: play on in silence.
    }
  }
}
