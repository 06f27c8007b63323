// The group debrief: wires the facilitator's page to the engine. Imports go through the run
// collector (every run replayed from its code), the session is kept on the device after every
// change, and the group picture is recomputed from the replayed runs, its split points played
// out in the background.
import type { CatalogEntry } from 'virtual:asymmetry/catalog';
import type { ScenarioBundle } from '../engine/scenario-bundle';
import { groupPicture } from '../engine/group/group-picture';
import type { StatementPoll } from '../engine/group/lrs-poll';
import { readRememberedLrs, rememberLrs } from '../engine/group/lrs-remembered';
import { RunCollector, type ItemOutcome } from '../engine/group/run-collector';
import { GroupSessions } from '../engine/group/session-store';
import { makeSessionFile, sessionFilename } from '../engine/group/session-file';
import { analyseGroup, type GroupAnalysis } from '../engine/group/split-points';
import type { Guide } from '../engine/guide';
import type { KeyValueStore } from '../engine/save';
import { downloadText, h, showView } from '../ui/dom';
import { CollectPanel } from '../ui/facilitator/collect-panel';
import { FacilitatorView, scenarioPicker } from '../ui/facilitator/facilitator-view';
import { KEPT_UNUSABLE, runLabel, scanAnswer, STORAGE_FULL, STORAGE_OFF } from '../ui/facilitator/facilitator-text';
import { groupPictureView, type GroupPictureInput } from '../ui/facilitator/group-picture-view';
import { guideBeside, guideView } from '../ui/facilitator/guide-view';
import { invitePanel } from '../ui/facilitator/invite-panel';
import { lrsPanel, type LiveRequest, type LrsPanel } from '../ui/facilitator/lrs-panel';
import { REMEMBER_FAILED } from '../ui/facilitator/lrs-text';
import { openProjector } from '../ui/facilitator/projector-view';
import { printSummary } from '../ui/facilitator/print-summary';
import { scanPanel } from '../ui/facilitator/scan-panel';
import { problemText } from '../ui/problem-text';
import { LrsClient, type LrsProblem } from '../reporting/xapi/lrs-client';
import { authorizationOf, liveReading } from '../reporting/xapi/statement-runs';
import { activityIri } from '../reporting/xapi/vocabulary';
import type { Route } from './router';
import { urlFor } from './router';
import { findScenario, listScenarios } from './scenario-loader';
import { getTaxonomy } from './taxonomy-data';
import { nextTask } from '../platform/next-task';

export interface FacilitatorOptions {
  root: HTMLElement;
  store: KeyValueStore;
  persistent: boolean;
  scenarioId: string | undefined;
  drawSeed: () => number;
  navigate: (route: Route) => void;
  replaceUrl: (route: Route) => void;
  bundleFor: (entry: CatalogEntry) => Promise<ScenarioBundle | null>;
}

export async function showFacilitator(options: FacilitatorOptions): Promise<void> {
  const { root, scenarioId } = options;
  const open = (id: string) => options.navigate({ view: 'facilitator', id });
  if (scenarioId === undefined) return showView(root, scenarioPicker(listScenarios(), open), 'Group debrief');
  const entry = findScenario(scenarioId);
  if (!entry) {
    options.replaceUrl({ view: 'facilitator' });
    return showView(root, scenarioPicker(listScenarios(), open, `There is no scenario called “${scenarioId}”. Choose one below.`), 'Group debrief');
  }
  const [bundle, guide] = await Promise.all([options.bundleFor(entry), entry.guide().catch(() => null)]);
  if (!bundle) return;
  new GroupDebrief(options, entry, bundle, guide).show();
}

class GroupDebrief {
  private readonly collector: RunCollector;
  private readonly sessions: GroupSessions;
  private readonly view: FacilitatorView;
  private readonly collect: CollectPanel;
  private readonly scan = scanPanel((text) => this.scanned(text));
  private readonly live: LrsPanel;
  /** Reading the runs live from a learning record store, while the facilitator has it on. */
  private poll: StatementPoll<LrsProblem> | null = null;
  private analysis: GroupAnalysis | null = null;
  /** The picture of the runs now, worked out once per change for the page, the projector and the print. */
  private input: GroupPictureInput | null = null;
  /** Counts changes, so an analysis finished after a newer import is dropped. */
  private generation = 0;

  constructor(
    private readonly options: FacilitatorOptions,
    private readonly entry: CatalogEntry,
    private readonly bundle: ScenarioBundle,
    private readonly guide: Guide | null,
  ) {
    this.collector = new RunCollector(bundle, listScenarios().map((s) => s.meta.id));
    this.sessions = new GroupSessions(options.store);
    this.collect = new CollectPanel({ files: (files) => this.addFiles(files), codes: (text) => this.changed(this.collector.addCodes(text)) }, this.scan.element);
    const id = entry.meta.id;
    this.live = lrsPanel({
      activity: activityIri(id),
      remembered: readRememberedLrs(options.store),
      start: (request) => this.readLive(request),
      stop: () => this.poll?.stop(),
      forget: () => this.live.setNotice(rememberLrs(options.store, null) ? null : REMEMBER_FAILED),
    });
    this.view = new FacilitatorView(
      entry.meta.title,
      {
        collect: this.collect.element,
        live: this.live.element,
        invite: invitePanel({ linkFor: (seed) => new URL(urlFor({ view: 'scenario', id, seed }), location.href).href, firstSeed: options.drawSeed() }),
        guide: guide ? guideView(guide) : h('p', { className: 'hint' }, 'The facilitator guide for this scenario could not be loaded.'),
      },
      {
        exportSession: () => {
          const file = makeSessionFile(id, bundle.storyVersion, this.collector.kept(), new Date());
          downloadText(sessionFilename(file), JSON.stringify(file, null, 2));
        },
        clear: () => {
          // Runs read live before the clear would not come back: reading stops with it.
          this.poll?.stop();
          this.collector.clear();
          this.collect.show([]);
          this.changed([]);
        },
        projector: () => this.input && openProjector({ ...this.input, analysis: this.analysis, title: entry.meta.title }, () => undefined),
        print: () => window.print(),
        playTogether: () => options.navigate({ view: 'together', id }),
        chooseScenario: () => options.navigate({ view: 'facilitator' }),
      },
    );
  }

  show(): void {
    this.restore();
    showView(this.options.root, this.view.element, `Group debrief: ${this.entry.meta.title}`);
    // The camera must not stay on once the facilitator leaves the page.
    const observer = new MutationObserver(() => {
      if (this.view.element.isConnected) return;
      this.scan.stop();
      this.poll?.stop();
      observer.disconnect();
    });
    observer.observe(this.options.root, { childList: true });
  }

  /** The runs kept from an earlier visit, replayed again; a kept session that cannot be read is set aside, never overwritten. */
  private restore(): void {
    const kept = this.sessions.read(this.entry.meta.id, this.bundle.storyVersion);
    if (kept.status === 'ok') this.collector.restore(kept.runs);
    this.render();
    if (kept.status === 'unusable') {
      this.sessions.setAside(this.entry.meta.id, kept.raw);
      this.view.setNotice(`${KEPT_UNUSABLE} (${problemText(kept.problem, 'session')})`, () => downloadText(`asymmetry-group-${this.entry.meta.id}-old.json`, kept.raw));
    } else if (!this.options.persistent) this.view.setNotice(STORAGE_OFF);
  }

  private async addFiles(files: readonly File[]): Promise<ItemOutcome[]> {
    const outcomes: ItemOutcome[] = [];
    for (const file of files) {
      let text: string | null = null;
      try {
        text = await file.text();
      } catch {
        outcomes.push({ place: { source: 'file', name: file.name }, status: 'refused', readAs: 'results', problem: { kind: 'unreadable' } });
      }
      if (text !== null) outcomes.push(...this.collector.addFile(file.name, text));
    }
    return this.changed(outcomes);
  }

  /** Reads the LRS every few seconds: each run added as it finishes, as if its code were pasted. */
  private readLive({ endpoint, credential, query, remember }: LiveRequest): void {
    this.live.setNotice(rememberLrs(this.options.store, remember ? { endpoint, credential } : null) ? null : REMEMBER_FAILED);
    const client = new LrsClient({ endpoint, auth: authorizationOf(credential) }, { fetch: (url, init) => fetch(url, init), timers: window });
    const host = { wait: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)), now: () => new Date() };
    this.poll = liveReading(this.entry.meta.id, this.collector, client, query, host, {
      read: (outcomes, summary, counts) => {
        if (outcomes.length) this.changed(outcomes);
        this.live.showRuns(summary, counts);
      },
      state: (state) => this.live.showState(state),
    });
    this.poll.start();
  }

  private scanned(text: string): string {
    const [outcome] = this.changed([this.collector.addLine(text)]);
    return scanAnswer(outcome!, this.collector.size);
  }

  /** After any change to the runs: keep the session, redraw the picture. */
  private changed(outcomes: ItemOutcome[]): ItemOutcome[] {
    if (outcomes.some((o) => o.status === 'added') || outcomes.length === 0) {
      const kept = this.sessions.write(this.entry.meta.id, this.bundle.storyVersion, this.collector.kept(), new Date());
      this.view.setNotice(kept ? (this.options.persistent ? null : STORAGE_OFF) : STORAGE_FULL);
      this.render();
    }
    return outcomes;
  }

  private pictureInput(): GroupPictureInput {
    const runs = this.collector.runs;
    const taxonomy = getTaxonomy();
    return {
      meta: this.bundle.meta,
      picture: groupPicture(this.bundle.meta, runs),
      moveName: (id) => taxonomy.moves.get(id)?.name ?? id,
      runLabel: (run) => runLabel(run, runs[run]?.nickname ?? null),
      besidePoint: (key) => (this.guide ? guideBeside(this.guide, key) : null),
    };
  }

  private render(): void {
    const generation = ++this.generation;
    const runs = this.collector.runs;
    this.view.setRuns(runs.length);
    this.analysis = null;
    this.input = runs.length === 0 ? null : this.pictureInput();
    this.updatePrint();
    const input = this.input;
    if (!input) return this.view.showPicture(null);
    const picture = groupPictureView(input);
    this.view.showPicture(picture.element);
    void analyseGroup(this.bundle, input.picture, runs, {
      onProgress: (done, total) => generation === this.generation && picture.showProgress(done, total),
      yieldToHost: nextTask,
    }).then((analysis) => {
      if (generation !== this.generation) return;
      this.analysis = analysis;
      picture.showAnalysis(analysis);
      this.updatePrint();
    });
  }

  /** The one-page record printed by "Print a summary" (or the browser's own print): kept up to date, hidden on screen. */
  private updatePrint(): void {
    this.view.setPrintSummary(this.input && printSummary({ ...this.input, analysis: this.analysis, title: this.entry.meta.title, date: new Date().toISOString().slice(0, 10) }));
  }
}
