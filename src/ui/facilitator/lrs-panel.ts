// Where the facilitator reads the room's runs live from a learning record store: the LRS (its
// address and a read credential, remembered only if asked), the session (the activity, perhaps
// a registration and a start time), one button to start and stop, and where the reading stands:
// announced politely when it changes, never at every read. The page only shows and asks;
// src/app/facilitator-flow.ts does the reading.
import type { LrsCredential, RememberedLrs } from '../../engine/group/lrs-remembered';
import type { LiveSummary } from '../../engine/group/lrs-runs';
import type { PollState, StatementQuery } from '../../engine/group/lrs-poll';
import type { LrsProblem } from '../../reporting/xapi/lrs-client';
import { normalEndpoint } from '../../settings/lrs-endpoint';
import type { StatementCounts } from '../../reporting/xapi/statement-runs';
import { h } from '../dom';
import { problemText } from '../problem-text';
import { alreadyCollectedText, FIELD_PROBLEM, lastReadText, liveStatusText, playingText, statementCountsText } from './lrs-text';

/** What the facilitator asked to read. */
export interface LiveRequest {
  /** The xAPI endpoint, normalised (http(s), ending in a slash). */
  endpoint: string;
  credential: LrsCredential;
  query: StatementQuery;
  /** Keep the address and credential on this device. */
  remember: boolean;
}

export interface LrsPanelOptions {
  /** This scenario's activity IRI: the session's activity unless the facilitator names another. */
  activity: string;
  remembered: RememberedLrs | null;
  start: (request: LiveRequest) => void;
  stop: () => void;
  /** "Remember on this device" was turned off: forget what was kept. */
  forget: () => void;
}

export interface LrsPanel {
  element: HTMLElement;
  showState(state: PollState<LrsProblem>): void;
  showRuns(summary: LiveSummary, counts: StatementCounts): void;
  /** A sentence about what this device could not do (keep the credential), or null. */
  setNotice(text: string | null): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Field {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Says what is wrong with the value (empty when nothing is). */
  problem: HTMLElement;
}

/** A text field with its label, an optional hint and the line that says what is wrong with it. */
function field(id: string, label: string, input: HTMLInputElement, hint?: string): Field {
  const problem = h('p', { className: 'field-problem', id: `${id}-problem` });
  const hintId = `${id}-hint`;
  input.id = id;
  input.setAttribute('aria-describedby', hint ? `${hintId} ${problem.id}` : problem.id);
  const element = h('div', { className: 'option field' }, h('label', { for: id }, label), hint ? h('p', { className: 'hint', id: hintId }, hint) : null, input, problem);
  return { element, input, problem };
}

/** Marks a field right (null problem) or wrong, saying why. */
function judge(f: Field, problem: string | null): boolean {
  f.input.setAttribute('aria-invalid', String(problem !== null));
  f.problem.textContent = problem ?? '';
  return problem === null;
}

const textInput = (type: 'text' | 'password' | 'url' | 'datetime-local', value = '') => h('input', { type, value, autocomplete: 'off', spellcheck: 'false', maxLength: 2_000 });

export function lrsPanel(options: LrsPanelOptions): LrsPanel {
  const kept = options.remembered;
  const keptKey = kept?.credential.kind === 'key' ? kept.credential : null;
  const keptToken = kept?.credential.kind === 'token' ? kept.credential : null;

  const endpoint = field('live-endpoint', 'Address (xAPI endpoint)', textInput('url', kept?.endpoint ?? ''), 'As your LRS gives it, for example https://lrs.example.org/xAPI/');
  const byKey = h('input', { type: 'radio', name: 'live-credential', id: 'live-by-key', checked: !keptToken });
  const byToken = h('input', { type: 'radio', name: 'live-credential', id: 'live-by-token', checked: !!keptToken });
  const key = field('live-key', 'Key (user name)', textInput('text', keptKey?.key ?? ''));
  const secret = field('live-secret', 'Secret (password)', textInput('password', keptKey?.secret ?? ''));
  const token = field('live-token', 'Token', textInput('password', keptToken?.token ?? ''), 'The Basic authorization value, with or without the word “Basic”.');
  const keyFields = h('div', {}, key.element, secret.element);
  const showCredential = () => {
    keyFields.hidden = !byKey.checked;
    token.element.hidden = !byToken.checked;
  };
  byKey.addEventListener('change', showCredential);
  byToken.addEventListener('change', showCredential);
  showCredential();
  const remember = h('input', { type: 'checkbox', id: 'live-remember', checked: kept !== null, 'aria-describedby': 'live-remember-hint' });
  remember.addEventListener('change', () => {
    if (!remember.checked) options.forget();
  });

  const activity = field('live-activity', 'Activity', textInput('url', options.activity), 'This scenario’s activity: change it only if your LMS gave the unit another id.');
  const registration = field('live-registration', 'Registration (optional)', textInput('text'), 'Only runs with this registration. In cmi5 each learner has their own; in a launch link with &registration=, it is everyone who opened that link. Empty: every registration.');
  const since = field('live-since', 'Stored after (optional)', textInput('datetime-local'), 'The start of today’s session, to leave out earlier runs. Empty: everything the LRS holds for this activity.');

  const lrsFields = h(
    'fieldset',
    {},
    h('legend', {}, 'The learning record store'),
    endpoint.element,
    h(
      'fieldset',
      { className: 'live-credential' },
      h('legend', {}, 'Read credential'),
      h('div', { className: 'option' }, byKey, h('label', { for: 'live-by-key' }, 'Key and secret')),
      h('div', { className: 'option' }, byToken, h('label', { for: 'live-by-token' }, 'A token')),
      keyFields,
      token.element,
    ),
    h(
      'div',
      { className: 'option' },
      remember,
      h('label', { for: 'live-remember' }, 'Remember the address and credential on this device'),
      h('p', { className: 'hint', id: 'live-remember-hint' }, 'Off: they are forgotten when this page closes. Leave it off on a shared computer.'),
    ),
  );
  const sessionFields = h('fieldset', {}, h('legend', {}, 'The session'), activity.element, registration.element, since.element);

  const toggle = h('button', { type: 'submit', className: 'primary' }, 'Start reading live');
  const status = h('p', { role: 'status', 'aria-live': 'polite', className: 'live-status' });
  const lastRead = h('p', { className: 'hint live-last-read' });
  const playing = h('p', { className: 'live-playing' });
  const collected = h('p', { className: 'live-collected' });
  const counts = h('p', { className: 'hint live-counts' });
  const refused = h('ul', { className: 'refused-list', 'aria-label': 'Runs that could not be used', hidden: true });
  const notice = h('div', {});

  let live = false;
  let state: PollState<LrsProblem> = { state: 'stopped', problem: null };
  let summary: LiveSummary | null = null;
  const say = () => {
    const text = liveStatusText(state, summary);
    // Only a change is announced: the same sentence set again may be read out again.
    if (status.textContent !== text) status.textContent = text;
  };

  /** Reads the form; each field that cannot be used says why, and the first of them takes focus. */
  const read = (): LiveRequest | null => {
    const text = (f: Field) => f.input.value.trim();
    const address = normalEndpoint(text(endpoint));
    const credential: LrsCredential | null = byKey.checked
      ? text(key) ? { kind: 'key', key: text(key), secret: secret.input.value } : null
      : text(token) ? { kind: 'token', token: text(token) } : null;
    const sinceTime = since.input.value === '' ? null : new Date(since.input.value);
    const verdicts: [Field, string | null][] = [
      [endpoint, address === null ? FIELD_PROBLEM.endpoint : null],
      // Only the way of giving the credential that is chosen is judged.
      [key, byKey.checked && credential === null ? FIELD_PROBLEM.key : null],
      [token, byToken.checked && credential === null ? FIELD_PROBLEM.token : null],
      [activity, isIri(text(activity)) ? null : FIELD_PROBLEM.activity],
      [registration, text(registration) === '' || UUID.test(text(registration)) ? null : FIELD_PROBLEM.registration],
      [since, sinceTime !== null && Number.isNaN(sinceTime.getTime()) ? FIELD_PROBLEM.since : null],
    ];
    const wrong = verdicts.filter(([f, problem]) => !judge(f, problem)).map(([f]) => f);
    if (wrong.length || address === null || credential === null) {
      wrong[0]?.input.focus();
      return null;
    }
    return {
      endpoint: address,
      credential,
      query: { activity: text(activity), registration: text(registration).toLowerCase() || null, since: sinceTime?.toISOString() ?? null },
      remember: remember.checked,
    };
  };

  const form = h('form', { className: 'live-form', novalidate: true, 'aria-labelledby': 'live-title' }, h('div', { className: 'live-fields' }, lrsFields, sessionFields), h('div', { className: 'actions' }, toggle));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (live) return options.stop();
    const request = read();
    if (!request) return;
    summary = null;
    // Pressing Enter in a field starts, and locks the fields: focus goes to the button first, not lost with them.
    toggle.focus();
    options.start(request);
  });

  const element = h(
    'section',
    { className: 'panel live-panel', 'aria-labelledby': 'live-title' },
    h('h2', { id: 'live-title' }, 'Read the runs live from a learning record store'),
    h(
      'p',
      {},
      'If the learners’ games send their choices to a learning record store (LRS), through your LMS (the cmi5 package), a link that names the LRS, or the LRS set in Settings on the lab PCs, the group picture can fill in as they play: each run is added when the learner reaches an ending, rebuilt from its run code like any other. Use a credential that can only read, if your LRS gives one.',
    ),
    form,
    status,
    lastRead,
    playing,
    collected,
    counts,
    refused,
    notice,
  );

  return {
    element,
    showState(next) {
      // A read under way changes nothing said: the last read's outcome (live, or a problem) stands until this one's.
      if (next.state !== 'reading' || state.state === 'stopped') state = next;
      live = next.state !== 'stopped';
      toggle.textContent = live ? 'Stop reading live' : 'Start reading live';
      lrsFields.disabled = live;
      sessionFields.disabled = live;
      if (next.state === 'live') lastRead.textContent = lastReadText(next.at, next.nextInMs);
      say();
    },
    showRuns(next, read) {
      summary = next;
      playing.textContent = playingText(next.playing);
      collected.textContent = alreadyCollectedText(next.alreadyCollected);
      counts.textContent = statementCountsText(read);
      refused.replaceChildren(...next.refused.map((problem) => h('li', {}, problemText(problem, 'code'))));
      refused.hidden = next.refused.length === 0;
      say();
    },
    setNotice(text) {
      notice.replaceChildren(text ? h('p', { className: 'notice', role: 'alert' }, text) : '');
    },
  };
}

/** An absolute IRI, as xAPI names activities: a scheme, then the rest. */
function isIri(text: string): boolean {
  try {
    return new URL(text).protocol.length > 1 && !/\s/.test(text);
  } catch {
    return false;
  }
}
