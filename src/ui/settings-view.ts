// The settings dialog: text size, fonts, contrast, motion and practice mode. Changes apply at
// once and are remembered. A native <dialog> gives focus trapping and Escape to close.
import { FONTS, isLrsEndpoint, TEXT_SIZES, type Settings } from '../settings/settings';
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
      schoolRecords(settings, update),
      checkbox('practice', 'Practice mode', 'Shows trust and autonomy while you play. Runs in practice mode are marked as such in results files; a school’s LMS or learning record store gets them like any other run.', settings.practice, (practice) => update({ practice })),
      h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Done')),
    ),
  );
  return dialog;
}

/**
 * Where a school keeps learning records (an LRS, through xAPI): set by a facilitator on a lab
 * PC. Empty, the default, sends nothing anywhere. Read when the game opens.
 */
function schoolRecords(settings: Settings, update: (patch: Partial<Settings>) => void): HTMLElement {
  const field = (id: string, label: string, input: HTMLInputElement, hint?: HTMLElement) =>
    h('div', { className: 'option field' }, h('label', { for: id }, label), input, ...(hint ? [hint] : []));
  const endpoint = h('input', { type: 'url', id: 'lrs-endpoint', value: settings.lrsEndpoint, autocomplete: 'off', spellcheck: false, 'aria-describedby': 'lrs-endpoint-problem lrs-hint' });
  const problem = h('p', { className: 'field-problem', id: 'lrs-endpoint-problem', 'aria-live': 'polite' });
  endpoint.addEventListener('change', () => {
    const value = endpoint.value.trim();
    const ok = isLrsEndpoint(value);
    endpoint.setAttribute('aria-invalid', String(!ok));
    problem.textContent = ok ? '' : 'This is not an address the game can send to: it must start with https:// (or http://) and have no user name or password in it.';
    if (ok) update({ lrsEndpoint: value });
  });
  const text = (id: string, value: string, type: 'text' | 'password', set: (v: string) => void) => {
    const input = h('input', { type, id, value, autocomplete: 'off', spellcheck: false, maxLength: 200 });
    input.addEventListener('change', () => set(input.value.trim()));
    return input;
  };
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Learning record store (xAPI), for facilitators'),
    h(
      'p',
      { className: 'hint', id: 'lrs-hint' },
      'Only if your school gave you a learning record store’s address. Each choice is then sent there; with it empty, nothing leaves this device. Reload the page for a change to take effect. The key and secret are kept in plain text in this browser, where anyone using it can read them: use a key that can only send records. Every learner on this computer is recorded as the same anonymous learner.',
    ),
    field('lrs-endpoint', 'Address (xAPI endpoint)', endpoint, problem),
    field('lrs-key', 'Key (user name)', text('lrs-key', settings.lrsKey, 'text', (lrsKey) => update({ lrsKey }))),
    field('lrs-secret', 'Secret (password)', text('lrs-secret', settings.lrsSecret, 'password', (lrsSecret) => update({ lrsSecret }))),
  );
}
