// The settings dialog: text size, fonts, contrast, motion and practice mode. Changes apply at
// once and are remembered. A native <dialog> gives focus trapping and Escape to close.
import { FONTS, TEXT_SIZES, type Settings } from '../settings/settings';
import { h } from './dom';

const FONT_LABELS: Record<(typeof FONTS)[number], string> = {
  default: 'System font',
  legible: 'Atkinson Hyperlegible (high legibility)',
  dyslexic: 'OpenDyslexic (dyslexia-friendly)',
};

export function settingsDialog(current: Settings, onChange: (next: Settings) => void): HTMLDialogElement {
  let settings = { ...current };
  const update = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    onChange(settings);
  };
  const radios = <T extends string | number>(name: string, legend: string, values: readonly T[], label: (v: T) => string, selected: T, set: (v: T) => void) =>
    h(
      'fieldset',
      {},
      h('legend', {}, legend),
      ...values.map((value) => {
        const id = `${name}-${value}`;
        const input = h('input', { type: 'radio', name, id, value: String(value), checked: value === selected });
        input.addEventListener('change', () => set(value));
        return h('div', { className: 'option' }, input, h('label', { for: id }, label(value)));
      }),
    );
  const checkbox = (id: string, label: string, hint: string, checked: boolean, set: (v: boolean) => void) => {
    const input = h('input', { type: 'checkbox', id, checked, 'aria-describedby': `${id}-hint` });
    input.addEventListener('change', () => set(input.checked));
    return h('div', { className: 'option' }, input, h('label', { for: id }, label), h('p', { className: 'hint', id: `${id}-hint` }, hint));
  };
  const dialog = h(
    'dialog',
    { className: 'settings', 'aria-labelledby': 'settings-title' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'settings-title' }, 'Settings'),
      radios('text-size', 'Text size', TEXT_SIZES, (n) => `${n}%`, settings.textSize, (textSize) => update({ textSize })),
      radios('font', 'Font', FONTS, (f) => FONT_LABELS[f], settings.font, (font) => update({ font })),
      checkbox('high-contrast', 'High contrast', 'Stronger colours and borders.', settings.highContrast, (highContrast) => update({ highContrast })),
      checkbox('reduce-motion', 'Reduce motion', 'No fades or animations (also follows your system setting).', settings.reduceMotion, (reduceMotion) => update({ reduceMotion })),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Sound'),
        checkbox('muted', 'Mute all sound', 'The game is fully playable without sound; captions still show.', settings.muted, (muted) => update({ muted })),
        ...(['master', 'ambience', 'effects', 'interface'] as const).map((channel) => {
          const id = `volume-${channel}`;
          const input = h('input', { type: 'range', id, min: 0, max: 100, step: 5, value: settings[channel] });
          input.addEventListener('input', () => update({ [channel]: Number(input.value) }));
          const names = { master: 'Master volume', ambience: 'Room tone', effects: 'Story sounds', interface: 'Interface sounds' };
          return h('div', { className: 'option' }, h('label', { for: id }, names[channel]), input);
        }),
        checkbox('captions', 'Captions for sounds', 'Shows in words each sound the story plays.', settings.captions, (captions) => update({ captions })),
      ),
      checkbox('practice', 'Practice mode', 'Shows trust and autonomy while you play. Runs in practice mode are marked as such in results files.', settings.practice, (practice) => update({ practice })),
      h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Done')),
    ),
  );
  return dialog;
}
