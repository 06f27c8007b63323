// The link that brings the room into the same encounter on their own devices, as text and as
// a QR code for the projector: everyone on one fixed seed (the whole room meets the same
// patient) or each learner on their own.
import { MAX_SEED } from '../../engine/encounter';
import { copyButton } from '../copy-button';
import { h } from '../dom';
import { qrImage } from '../qr-image';

export interface InviteOptions {
  /** The learners' link: with a seed, every device opens the same variant. */
  linkFor: (seed: number | undefined) => string;
  firstSeed: number;
}

export function invitePanel({ linkFor, firstSeed }: InviteOptions): HTMLElement {
  const same = h('input', { type: 'radio', name: 'invite-seed', id: 'invite-same', value: 'same', checked: true });
  const own = h('input', { type: 'radio', name: 'invite-seed', id: 'invite-own', value: 'own' });
  const seed = h('input', { type: 'number', id: 'invite-seed', min: 0, max: MAX_SEED, step: 1, value: firstSeed, inputmode: 'numeric', className: 'seed-input' });
  const link = h('input', { type: 'text', id: 'invite-link', readonly: true, className: 'invite-link', spellcheck: 'false' });
  const status = h('p', { role: 'status', className: 'share-status' });
  const picture = h('div', { className: 'qr-holder' });
  const update = () => {
    const value = Number(seed.value);
    const valid = Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
    seed.setAttribute('aria-invalid', String(same.checked && !valid));
    seed.disabled = !same.checked;
    status.textContent = same.checked && !valid ? `A seed is a whole number from 0 to ${MAX_SEED}.` : '';
    if (same.checked && !valid) return;
    const url = linkFor(same.checked ? value : undefined);
    link.value = url;
    void qrImage(url, 'QR code of the link for learners').then(
      (image) => link.value === url && picture.replaceChildren(image),
      () => picture.replaceChildren(h('p', {}, 'The QR code could not be drawn; share the link instead.')),
    );
  };
  for (const input of [same, own, seed]) input.addEventListener('input', update);
  update();
  return h(
    'section',
    { className: 'panel invite', 'aria-labelledby': 'invite-title' },
    h('h2', { id: 'invite-title' }, 'Invite the room'),
    h('p', {}, 'Show this QR code (or the link) so learners open the encounter on their own devices. At the end of their debrief they hand back the run code.'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Which patient do the learners meet?'),
      h('div', { className: 'option' }, same, h('label', { for: 'invite-same' }, 'Everyone meets the same patient'), h('label', { for: 'invite-seed', className: 'seed-label' }, 'Seed'), seed),
      h('div', { className: 'option' }, own, h('label', { for: 'invite-own' }, 'Each learner meets their own (a seed drawn on each device)')),
    ),
    h('label', { for: 'invite-link' }, 'Link for learners'),
    link,
    h('div', { className: 'actions' }, copyButton(link, status, { label: 'Copy the link', copied: 'The link is copied.', selected: 'The link is selected: copy it with Ctrl+C or ⌘C.' })),
    status,
    picture,
  );
}
