// Where the facilitator brings in a room's runs: many files at once (picked or dropped), many
// pasted codes, and the camera. Every import ends with a report: what was added, what was a
// duplicate, and each refused item with where it came from and why.
import type { ItemOutcome } from '../../engine/group/run-collector';
import { h } from '../dom';
import { importSummary, placeText, refusalText } from './facilitator-text';

export interface CollectActions {
  files: (files: readonly File[]) => Promise<ItemOutcome[]>;
  codes: (text: string) => ItemOutcome[];
}

export class CollectPanel {
  readonly element: HTMLElement;
  private readonly report = h('div', { className: 'import-report' });
  private readonly summary = h('p', { role: 'status', className: 'import-summary' });

  constructor(
    actions: CollectActions,
    /** The camera's panel, or null where there is no camera to offer. */
    scan: HTMLElement | null,
  ) {
    const fileInput = h('input', { type: 'file', id: 'group-files', multiple: true, accept: '.json,.txt,application/json,text/plain', 'aria-describedby': 'group-files-hint' });
    const takeFiles = async (files: readonly File[]) => {
      if (files.length === 0) return;
      this.summary.textContent = files.length === 1 ? 'Reading 1 file…' : `Reading ${files.length} files…`;
      this.show(await actions.files(files));
    };
    fileInput.addEventListener('change', () => {
      void takeFiles([...(fileInput.files ?? [])]).then(() => (fileInput.value = ''));
    });
    const dropZone = h('div', { className: 'drop-zone' }, 'Or drop the files here.');
    dropZone.addEventListener('dragover', (event) => {
      event.preventDefault();
      dropZone.classList.add('over');
    });
    dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
    dropZone.addEventListener('drop', (event) => {
      event.preventDefault();
      dropZone.classList.remove('over');
      void takeFiles([...(event.dataTransfer?.files ?? [])]);
    });

    const codes = h('textarea', { id: 'run-codes', rows: 6, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'run-codes-hint' });
    const addCodes = h('button', { type: 'button', className: 'primary' }, 'Add these codes');
    addCodes.addEventListener('click', () => {
      const outcomes = actions.codes(codes.value);
      // The lines that were refused stay in the box, to be corrected; the rest have been taken.
      codes.value = outcomes.flatMap((o) => (o.status === 'refused' && o.place.source === 'pasted' ? [codes.value.split(/\r\n|\r|\n/)[o.place.line - 1] ?? ''] : [])).join('\n');
      this.show(outcomes);
    });

    this.element = h(
      'section',
      { className: 'panel collect', 'aria-labelledby': 'collect-title' },
      h('h2', { id: 'collect-title' }, 'Collect the room’s runs'),
      h('p', {}, 'Learners finish the encounter on their own devices and hand over their run: a results file, the run code (read out, typed or pasted), or its QR code shown to this device’s camera. Nothing is uploaded anywhere.'),
      h(
        'div',
        { className: 'collect-ways' },
        h(
          'div',
          { className: 'collect-way' },
          h('h3', {}, 'Files'),
          h('label', { for: 'group-files' }, 'Results or session files'),
          h('p', { id: 'group-files-hint', className: 'hint' }, 'Pick many at once: results files (.json), a saved session, or a text file (.txt) with one run code per line.'),
          fileInput,
          dropZone,
        ),
        h(
          'div',
          { className: 'collect-way' },
          h('h3', {}, 'Codes'),
          h('label', { for: 'run-codes' }, 'Run codes'),
          h('p', { id: 'run-codes-hint', className: 'hint' }, 'One code per line; spaces, hyphens and case do not matter. A nickname may follow the code after “~”.'),
          codes,
          h('div', { className: 'actions' }, addCodes),
        ),
        scan ? h('div', { className: 'collect-way' }, scan) : null,
      ),
      this.summary,
      this.report,
    );
  }

  /** Says what an import did (a scan reports itself, in the camera's panel); nothing, after a clear. */
  show(outcomes: readonly ItemOutcome[]): void {
    this.summary.textContent = outcomes.length ? importSummary(outcomes) : '';
    const refused = outcomes.filter((o): o is Extract<ItemOutcome, { status: 'refused' }> => o.status === 'refused');
    this.report.replaceChildren(
      refused.length === 0
        ? ''
        : h(
            'ul',
            { className: 'refused-list', 'aria-label': 'Refused items' },
            ...refused.map((o) => h('li', {}, h('strong', {}, placeText(o.place)), ': ', refusalText(o))),
          ),
    );
  }
}
