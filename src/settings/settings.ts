// The player's display and play settings: what they are, their defaults, and how they are
// remembered on the device, validated when read (a damaged value falls back to the default,
// never breaks the page). Applying them to the page is app/apply-settings.ts.
import * as z from 'zod/mini';
import type { KeyValueStore } from '../engine/save';
import { normalEndpoint } from './lrs-endpoint';

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const FONTS = ['default', 'legible', 'dyslexic'] as const;

/** An address the game may send learning records to (as the client will use it), or empty for none. */
export const isLrsEndpoint = (text: string): boolean => text === '' || normalEndpoint(text) !== null;

const lrsEndpoint = z.string().check(z.refine(isLrsEndpoint));

const volume = z.number().check(z.gte(0), z.lte(100));

const settingsSchema = z.object({
  textSize: z.literal(TEXT_SIZES),
  font: z.enum(FONTS),
  highContrast: z.boolean(),
  reduceMotion: z.boolean(),
  /** Shows trust and autonomy live while playing; marked in the results file. */
  practice: z.boolean(),
  master: volume,
  ambience: volume,
  effects: volume,
  interface: volume,
  muted: z.boolean(),
  captions: z.boolean(),
  /** A school's learning record store, set by a facilitator: empty means nothing is sent. */
  lrsEndpoint,
  lrsKey: z.string().check(z.maxLength(200)),
  lrsSecret: z.string().check(z.maxLength(200)),
});

export type Settings = z.infer<typeof settingsSchema>;

export type LrsSettings = Pick<Settings, 'lrsEndpoint' | 'lrsKey' | 'lrsSecret'>;

export type AudioSettings = Pick<Settings, 'master' | 'ambience' | 'effects' | 'interface' | 'muted'>;

export const DEFAULT_SETTINGS: Settings = {
  textSize: 100,
  font: 'default',
  highContrast: false,
  reduceMotion: false,
  practice: false,
  master: 70,
  ambience: 40,
  effects: 80,
  interface: 50,
  muted: false,
  captions: true,
  lrsEndpoint: '',
  lrsKey: '',
  lrsSecret: '',
};

const KEY = 'asymmetry:settings';

export function loadSettings(store: KeyValueStore): Settings {
  const raw = store.getItem(KEY);
  if (!raw) return { ...DEFAULT_SETTINGS };
  try {
    // Each field is checked on its own so one bad value does not reset the rest.
    const data = JSON.parse(raw) as Record<string, unknown>;
    const merged = { ...DEFAULT_SETTINGS };
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const candidate = { ...merged, [key]: data[key] };
      if (settingsSchema.safeParse(candidate).success) Object.assign(merged, { [key]: data[key] });
    }
    return merged;
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveSettings(store: KeyValueStore, settings: Settings): void {
  try {
    store.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Settings still apply for this visit.
  }
}
