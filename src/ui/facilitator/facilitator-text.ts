// The sentences of the facilitator's page that are not authored in a scenario: how many runs
// it holds, where a refused item came from and why it was refused, what a scan did.
import type { ItemOutcome, ItemPlace } from '../../engine/group/run-collector';
import { problemText } from '../problem-text';

export function runsText(count: number): string {
  if (count === 0) return 'No runs yet';
  return count === 1 ? '1 run' : `${count} runs`;
}

/** How the page names a run: by the learner's nickname, or by its place in the collection. */
export function runLabel(run: number, nickname: string | null): string {
  return nickname ?? `Run ${run + 1}`;
}

export function placeText(place: ItemPlace): string {
  switch (place.source) {
    case 'file':
      return `“${place.name}”${place.line === undefined ? '' : `, line ${place.line}`}${place.run === undefined ? '' : `, run ${place.run}`}`;
    case 'pasted':
      return `Pasted line ${place.line}`;
    case 'scan':
      return 'Scanned code';
    case 'kept':
      return `Kept run ${place.run}`;
    case 'live':
      return 'Run read from the learning record store';
  }
}

export function refusalText(outcome: Extract<ItemOutcome, { status: 'refused' }>): string {
  return problemText(outcome.problem, outcome.readAs);
}

/** After an import: what was added, skipped and refused. */
export function importSummary(outcomes: readonly ItemOutcome[]): string {
  const count = (status: ItemOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const added = count('added');
  const duplicates = count('duplicate');
  const refused = count('refused');
  const parts = [added === 1 ? 'Added 1 run.' : `Added ${added} runs.`];
  if (duplicates) parts.push(duplicates === 1 ? '1 duplicate skipped.' : `${duplicates} duplicates skipped.`);
  if (refused) parts.push(refused === 1 ? '1 item refused (below).' : `${refused} items refused (below).`);
  return parts.join(' ');
}

/** What the scanner announces for one code: the learner holding it up waits for this. */
export function scanAnswer(outcome: ItemOutcome, total: number): string {
  switch (outcome.status) {
    case 'added':
      return `Added ${outcome.run.nickname ?? 'a run'}: ${runsText(total).toLowerCase()} now.`;
    case 'duplicate':
      return 'Already collected: that run is in.';
    case 'refused':
      return `Not added. ${refusalText(outcome)}`;
  }
}

export const STORAGE_OFF = 'This browser is not letting Asymmetry keep the session on this device: the runs last only while this page is open. Export the session to keep it.';
export const STORAGE_FULL = 'The session could not be kept on this device (its storage is full). The runs are still here while this page is open: export the session to keep it.';
export const KEPT_UNUSABLE = 'The session kept on this device could not be opened, so this is a new one. The old one is set aside: download it to keep it.';
export const CLEAR_QUESTION = 'Clear this session? Every run collected here is removed from this device. Export the session first to keep it.';
