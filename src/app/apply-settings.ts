// Applies the player's settings to the page: text size, font, contrast, motion, practice.
import type { Settings } from '../settings/settings';

/** Fonts are loaded only when chosen, so nobody downloads a font they do not use. */
const FONT_LOADERS: Record<Settings['font'], (() => Promise<unknown>) | null> = {
  default: null,
  legible: () => Promise.all([import('@fontsource/atkinson-hyperlegible/400.css'), import('@fontsource/atkinson-hyperlegible/700.css')]),
  dyslexic: () => Promise.all([import('@fontsource/opendyslexic/400.css'), import('@fontsource/opendyslexic/700.css')]),
};

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.style.fontSize = `${(settings.textSize / 100) * 112.5}%`;
  root.dataset.font = settings.font;
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.dataset.motion = settings.reduceMotion ? 'reduce' : 'system';
  root.dataset.practice = String(settings.practice);
  void FONT_LOADERS[settings.font]?.();
}
