// Wires the engine to the views: routes, opens scenarios, autosaves after every choice,
// turns unusable saves into a clear choice for the player, and runs the debrief flow
// (replay from a moment, export and import of results files).
import type { CatalogEntry } from 'virtual:asymmetry/catalog';
import { encounterAt } from '../engine/analysis/moments';
import type { RunSummary } from '../engine/run-log';
import { Encounter, type ScenarioBundle } from '../engine/encounter';
import { decodeRunCode, replayRunCodeSoFar } from '../engine/run-code';
import { isOneRun, makeResults, parseResults, replaysAsTold, resultsFilename, runFromResults, type ResultsFile } from '../engine/results';
import type { KeyValueStore } from '../engine/save';
import { SaveSlots } from '../engine/save';
import { Autosave, TAB_ONLY } from './autosave';
import { downloadText, h, showView } from '../ui/dom';
import { EncounterView, type EncounterViewOptions, type SoundLike, type Stage } from '../ui/encounter-view';
import { menuView } from '../ui/menu-view';
import { CARRIED_OVER_TEXT, keptRunText, problemText } from '../ui/problem-text';
import type { Reporter } from '../reporting/reporter';
import { reportRun } from './report-run';
import { saveProblemView } from '../ui/save-problem-view';
import type { DebriefFlowOptions } from './debrief-flow';
import { RunStore } from './run-store';
import { findScenario, loadBundle, menuEntries } from './scenario-loader';
import { routeFrom, urlFor, type Route } from './router';
import { yieldToInput } from '../platform/next-task';

export interface AppOptions {
  root: HTMLElement;
  store: KeyValueStore;
  /** False when saves only last for this tab (storage blocked): the player is told. */
  persistent: boolean;
  /** A new run's seed, when the link does not fix one. */
  drawSeed: () => number;
  /** Loads the picture of the room; the text never waits for it. */
  loadStage: (container: HTMLElement) => Promise<Stage | null>;
  /** Practice mode: trust and autonomy shown while playing, and marked in results. */
  practice: () => boolean;
  sound: () => SoundLike | null;
  captions: () => boolean;
  /** The school's learning system found at launch (SCORM, cmi5, xAPI), or none. */
  reporter: Reporter;
  now: () => Date;
  /** A fresh UUID: a run's attempt id for the learning record store. */
  newId: () => string;
  /** An encounter was opened or closed: a new version of the game is never taken in the middle of one. */
  onEncounter: (open: boolean) => void;
}

export class App {
  private encounterView: EncounterView | null = null;
  private stopReporting: (() => void) | null = null;
  private readonly slots: SaveSlots;
  private readonly runs: RunStore;
  private readonly saves: Autosave;

  constructor(private readonly options: AppOptions) {
    this.slots = new SaveSlots(options.store);
    this.saves = new Autosave(this.slots, options.root, options.persistent);
    this.runs = new RunStore(options.store);
    window.addEventListener('popstate', () => {
      // Following an in-page link (a glossary entry, the skip link) also pops state: the route
      // is in the query, so only a change there is a move to another view.
      if (location.search === this.shownSearch) return;
      this.shownSearch = location.search;
      void this.show(routeFrom(location.search));
    });
  }

  /** The query of the route on screen, kept in step with every change this app makes to the URL. */
  private shownSearch = location.search;

  private setUrl(method: 'pushState' | 'replaceState', url: string): void {
    history[method](null, '', url);
    this.shownSearch = location.search;
  }

  start(): Promise<void> {
    return this.show(routeFrom(location.search));
  }

  navigate(route: Route): Promise<void> {
    this.setUrl('pushState', urlFor(route));
    return this.show(route);
  }

  private async show(route: Route): Promise<void> {
    this.leaveEncounter();
    if (route.view === 'menu') return this.showMenu();
    if (route.view === 'facilitator') return this.showFacilitator(route.id);
    const entry = findScenario(route.id);
    if (!entry) {
      this.setUrl('replaceState', urlFor({ view: 'menu' }));
      return this.showMenu(`There is no scenario called “${route.id}”. Choose one below.`);
    }
    if (route.view === 'together') return this.playTogether(entry);
    return this.openScenario(entry, 'resume', route.seed);
  }

  /** The group debrief loads on demand, like the debrief: learners never wait for it. */
  private async showFacilitator(id: string | undefined): Promise<void> {
    const { showFacilitator } = await import('./facilitator-flow');
    await showFacilitator({
      root: this.options.root,
      store: this.options.store,
      persistent: this.options.persistent,
      scenarioId: id,
      drawSeed: this.options.drawSeed,
      navigate: (route) => void this.navigate(route),
      replaceUrl: (route) => this.setUrl('replaceState', urlFor(route)),
      bundleFor: (entry) => this.bundleFor(entry),
    });
  }

  /**
   * The encounter on the projector with the room: a new run each time, kept apart from this
   * device's own save, with what each option leads to ready to reveal.
   */
  private async playTogether(entry: CatalogEntry, from?: { bundle: ScenarioBundle; encounter: Encounter }): Promise<void> {
    const bundle = from?.bundle ?? (await this.bundleFor(entry));
    if (!bundle) return;
    const { Explorer } = await import('../engine/analysis/outcomes');
    const explorer = new Explorer(bundle);
    const encounter = from?.encounter ?? Encounter.begin(bundle, this.options.drawSeed());
    this.playEncounter(encounter, entry, bundle, { leadsTo: (index) => explorer.nextStep(encounter.inkState(), index) });
  }

  private async showMenu(notice?: string): Promise<void> {
    const entries = await menuEntries();
    const storageNotice = this.options.persistent ? undefined : TAB_ONLY;
    if (!notice && storageNotice) this.saves.toldTabOnly();
    const view = menuView(
      entries,
      (entry) => this.slots.read(entry.meta.id, entry.storyVersion),
      { open: (id, mode) => void this.openFromMenu(id, mode), openResults: (file) => void this.openResults(file), openFacilitator: () => void this.navigate({ view: 'facilitator' }) },
      notice ?? storageNotice,
    );
    showView(this.options.root, view, 'Scenarios');
  }

  private async openFromMenu(id: string, mode: 'resume' | 'new'): Promise<void> {
    const entry = findScenario(id);
    if (!entry) return;
    this.setUrl('pushState', urlFor({ view: 'scenario', id }));
    await this.openScenario(entry, mode);
  }

  /** Shows progress while a scenario's story chunk loads; null (and the menu) if it fails. */
  private async bundleFor(entry: CatalogEntry): Promise<ScenarioBundle | null> {
    showView(this.options.root, h('section', { className: 'loading', 'aria-busy': 'true' }, h('h1', {}, `Opening ${entry.meta.title}…`)), entry.meta.title);
    try {
      return await loadBundle(entry);
    } catch {
      void this.showMenu(`“${entry.meta.title}” could not be loaded. Check the connection and try again.`);
      return null;
    }
  }

  /** `seed` fixes a new run's variant (a facilitator's link); a run in progress is resumed as it was. */
  private async openScenario(entry: CatalogEntry, mode: 'resume' | 'new', seed?: number): Promise<void> {
    const bundle = await this.bundleFor(entry);
    if (!bundle) return;
    const id = entry.meta.id;
    if (mode === 'new') {
      this.slots.clear(id);
      this.runs.forget(id);
    }
    const kept = mode === 'resume' ? await this.keptByLearningSystem(bundle) : null;
    if (kept) {
      this.saves.write(kept);
      if (kept.ended) return this.showDebrief(kept, entry, bundle);
      return this.playEncounter(kept, entry, bundle);
    }
    const resumed = this.slots.resume(bundle);
    if (resumed.status === 'unusable') {
      const view = saveProblemView(entry.meta.title, problemText(resumed.problem, 'save'), {
        download: () => downloadText(`asymmetry-save-${id}.json`, resumed.raw),
        startAgain: () => {
          try {
            this.slots.setAside(id);
          } catch {
            // No room to keep the old save beside a new run: nothing is changed.
            return false;
          }
          void this.openScenario(entry, 'new');
          return true;
        },
        back: () => void this.navigate({ view: 'menu' }),
      });
      return showView(this.options.root, view, entry.meta.title);
    }
    if (resumed.status === 'ok' && resumed.updated) this.pendingNotice = CARRIED_OVER_TEXT;
    const encounter = resumed.status === 'ok' ? resumed.encounter : Encounter.begin(bundle, seed ?? this.options.drawSeed());
    // A new run's first save waits for its first moment to be on screen, like every save after a choice.
    if (resumed.status === 'empty') this.saves.writeSoon(encounter);
    if (encounter.ended) return this.showDebrief(encounter, entry, bundle);
    // The story is built; its first moment is drawn in a task of its own, so that on a slow
    // machine the two are not one long task holding up input.
    await yieldToInput();
    this.playEncounter(encounter, entry, bundle);
  }

  /**
   * The run the school's learning system kept (SCORM's suspend data, cmi5's state), replayed:
   * inside an LMS it, not this device, knows where the learner left off. A kept run that no
   * longer replays is said plainly, and the device's own save is used instead.
   */
  private async keptByLearningSystem(bundle: ScenarioBundle): Promise<Encounter | null> {
    const code = await this.options.reporter.resumeCode(bundle.meta.id);
    if (code === null) return null;
    const decoded = decodeRunCode(code);
    const replayed = decoded.ok ? replayRunCodeSoFar(bundle, decoded.value) : decoded;
    if (replayed.ok) return replayed.value;
    this.pendingNotice = keptRunText(replayed.problem);
    return null;
  }

  /** Said once on the next view shown: a kept run that could not be used. */
  private pendingNotice: string | null = null;

  private playEncounter(encounter: Encounter, entry: CatalogEntry, bundle: ScenarioBundle, together?: EncounterViewOptions['together']): void {
    const { root, loadStage } = this.options;
    let stageContainer: HTMLElement | null = null;
    const view = new EncounterView(encounter, {
      onFinished: () => void this.showDebrief(encounter, entry, bundle, together !== undefined),
      debriefSoFar: async () => (await import('./debrief-flow')).debriefSoFar(bundle, encounter.summary()),
      onLeave: () => void this.navigate({ view: 'menu' }),
      practice: this.options.practice,
      sound: this.options.sound,
      captions: this.options.captions,
      together,
      stage: new Promise<Stage | null>((resolve) => {
        // Wait a frame so the first lines and choices paint before the room loads.
        requestAnimationFrame(() => resolve(stageContainer ? loadStage(stageContainer) : null));
      }),
    });
    stageContainer = view.element.querySelector<HTMLElement>('#stage');
    // A run played with the room must not overwrite this device's own game, nor be reported as the learner's.
    if (!together) {
      encounter.subscribe(() => this.saves.writeSoon(encounter));
      const { reporter, now, newId } = this.options;
      const run = { scenarioId: entry.meta.id, scenarioTitle: entry.meta.title, storyVersion: entry.storyVersion, seed: encounter.seed, attempt: this.runs.attempt(entry.meta.id, newId) };
      this.stopReporting = reportRun(reporter, encounter, run, now);
    }
    this.encounterView = view;
    this.options.onEncounter(true);
    root.replaceChildren(view.element);
    if (this.pendingNotice) root.prepend(h('p', { className: 'notice', role: 'alert' }, this.pendingNotice));
    if (!together) this.saves.attach();
    this.pendingNotice = null;
    document.title = `${entry.meta.title} · Asymmetry`;
    view.start();
  }

  /** The debrief and its analysis load on demand, so they never slow the first choice. */
  private async debriefView(options: DebriefFlowOptions) {
    const { debriefFor } = await import('./debrief-flow');
    return debriefFor(options);
  }

  /** `together`: the run was played with the room, so playing again is another such run, not this device's own. */
  private async showDebrief(encounter: Encounter, entry: CatalogEntry, bundle: ScenarioBundle, together = false): Promise<void> {
    this.leaveEncounter();
    const run = encounter.summary();
    const view = await this.debriefView({
      entry,
      bundle,
      run,
      runs: this.runs,
      readOnly: false,
      practice: this.options.practice(),
      actions: {
        // A run played with the room branches off together too, leaving this device's own game alone.
        replayFrom: (turn) =>
          together ? void this.playTogether(entry, { bundle, encounter: encounterAt(bundle, run.log, turn, run.seed) }) : this.replayFrom(entry, bundle, run, turn),
        playAgain: () => {
          if (together) return void this.playTogether(entry);
          // A new run draws a new seed, even where the link fixed one.
          this.setUrl('replaceState', urlFor({ view: 'scenario', id: entry.meta.id }));
          void this.openScenario(entry, 'new');
        },
        back: () => void this.navigate({ view: 'menu' }),
        exportResults: () => {
          const results = this.resultsOf(entry, run);
          downloadText(resultsFilename(results), JSON.stringify(results, null, 2));
        },
      },
    });
    showView(this.options.root, view.element, `Debrief: ${entry.meta.title}`);
  }

  private resultsOf(entry: CatalogEntry, run: RunSummary): ResultsFile {
    return makeResults({ scenarioId: entry.meta.id, scenarioTitle: entry.meta.title, storyVersion: entry.storyVersion, run, nickname: this.runs.nickname(), practice: this.options.practice(), now: new Date() });
  }

  /** Branches off the finished run at a choice point, keeping it to compare with. */
  private replayFrom(entry: CatalogEntry, bundle: ScenarioBundle, run: RunSummary, turn: number): void {
    this.runs.forget(entry.meta.id);
    this.runs.saveComparison(entry.meta.id, { fromTurn: turn, first: this.resultsOf(entry, run) });
    const encounter = encounterAt(bundle, run.log, turn, run.seed);
    this.saves.write(encounter);
    this.setUrl('pushState', urlFor({ view: 'scenario', id: entry.meta.id }));
    this.playEncounter(encounter, entry, bundle);
  }

  /** A results file from this device or anyone else's: validated, then shown read-only. */
  private async openResults(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return this.showMenu(`“${file.name}” could not be read.`);
    }
    const read = parseResults(text);
    if (!read.ok) return this.showMenu(`“${file.name}” was not opened. ${problemText(read.problem, 'results')}`);
    const results = read.value;
    if (!isOneRun(results)) return this.showMenu(`“${file.name}” was not opened. ${problemText({ kind: 'damaged', field: 'mixed' }, 'results')}`);
    const entry = findScenario(results.scenarioId);
    if (!entry) return this.showMenu(`“${file.name}” is for a scenario this version of Asymmetry does not have (“${results.scenarioTitle}”).`);
    const bundle = await this.bundleFor(entry);
    if (!bundle) return;
    // Of this very story, the file must tell what its choices do here; of another, it cannot be checked.
    const sameStory = results.storyVersion === entry.storyVersion;
    if (sameStory && !replaysAsTold(bundle, results)) return this.showMenu(`“${file.name}” was not opened. ${problemText({ kind: 'damaged', field: 'log' }, 'results')}`);
    const view = await this.debriefView({
      entry,
      bundle,
      run: runFromResults(results),
      runs: this.runs,
      readOnly: true,
      practice: this.options.practice(),
      actions: {
        replayFrom: () => undefined,
        playAgain: () => undefined,
        back: () => void this.navigate({ view: 'menu' }),
        exportResults: () => undefined,
      },
    });
    const note = sameStory ? null : h('p', { className: 'notice', role: 'alert' }, 'This results file was made with another version of this scenario (the game has changed since, or the file comes from another copy of it). Its run is shown as it was played, but what the other options would have done may not be available.');
    if (note) view.element.prepend(note);
    showView(this.options.root, view.element, `Results: ${entry.meta.title}`);
  }

  private leaveEncounter(): void {
    this.saves.flush();
    this.stopReporting?.();
    this.stopReporting = null;
    if (!this.encounterView) return;
    this.encounterView.destroy();
    this.encounterView = null;
    this.options.onEncounter(false);
  }
}
