// Wires the engine to the views: routes, opens scenarios, autosaves after every choice, and
// turns unusable saves into a clear choice for the player.
import type { CatalogEntry } from 'virtual:asymmetry/catalog';
import { buildDebrief } from '../engine/debrief';
import { Encounter, type ScenarioBundle } from '../engine/encounter';
import { SaveSlots } from '../engine/save';
import { debriefView } from '../ui/debrief-view';
import { downloadText, h, showView } from '../ui/dom';
import { EncounterView, type StageLike } from '../ui/encounter-view';
import { menuView } from '../ui/menu-view';
import { saveProblemView } from '../ui/save-problem-view';
import { findScenario, getTaxonomy, listScenarios, loadBundle } from './scenario-loader';
import { routeFrom, urlFor, type Route } from './router';

export interface AppOptions {
  root: HTMLElement;
  slots: SaveSlots;
  /** False when saves only last for this tab (storage blocked): the player is told. */
  persistent: boolean;
  /** Loads the picture of the room; the text never waits for it. */
  loadStage: (container: HTMLElement) => Promise<StageLike | null>;
}

export class App {
  private encounterView: EncounterView | null = null;

  constructor(private readonly options: AppOptions) {
    window.addEventListener('popstate', () => void this.show(routeFrom(location.search)));
  }

  start(): Promise<void> {
    return this.show(routeFrom(location.search));
  }

  navigate(route: Route): Promise<void> {
    history.pushState(null, '', urlFor(route));
    return this.show(route);
  }

  private async show(route: Route, notice?: string): Promise<void> {
    this.encounterView?.destroy();
    this.encounterView = null;
    if (route.view === 'menu') return this.showMenu(notice);
    const entry = findScenario(route.id);
    if (!entry) {
      history.replaceState(null, '', urlFor({ view: 'menu' }));
      return this.showMenu(`There is no scenario called “${route.id}”. Choose one below.`);
    }
    return this.openScenario(entry, 'resume');
  }

  private showMenu(notice?: string): void {
    const storageNotice = this.options.persistent ? undefined : 'This browser is not letting Asymmetry save to the device, so progress lasts only while this tab is open.';
    const view = menuView(
      listScenarios(),
      (entry) => this.options.slots.read(entry.meta.id, entry.storyVersion),
      { open: (id, mode) => void this.openFromMenu(id, mode) },
      notice ?? storageNotice,
    );
    showView(this.options.root, view, 'Scenarios');
  }

  private async openFromMenu(id: string, mode: 'resume' | 'new'): Promise<void> {
    const entry = findScenario(id);
    if (!entry) return;
    history.pushState(null, '', urlFor({ view: 'scenario', id }));
    await this.openScenario(entry, mode);
  }

  private async openScenario(entry: CatalogEntry, mode: 'resume' | 'new'): Promise<void> {
    const { root, slots } = this.options;
    const loading = h('section', { className: 'loading', 'aria-busy': 'true' }, h('h1', {}, `Opening ${entry.meta.title}…`));
    showView(root, loading, entry.meta.title);
    let bundle: ScenarioBundle;
    try {
      bundle = await loadBundle(entry);
    } catch {
      return this.showMenu(`“${entry.meta.title}” could not be loaded. Check the connection and try again.`);
    }
    if (mode === 'new') slots.clear(entry.meta.id);
    const resumed = slots.resume(bundle);
    if (resumed.status === 'unusable') {
      const view = saveProblemView(entry.meta.title, resumed.message, {
        download: () => downloadText(`asymmetry-save-${entry.meta.id}.json`, resumed.raw),
        startAgain: () => {
          slots.setAside(entry.meta.id);
          void this.openScenario(entry, 'new');
        },
        back: () => void this.navigate({ view: 'menu' }),
      });
      return showView(root, view, entry.meta.title);
    }
    const encounter = resumed.status === 'ok' ? resumed.encounter : Encounter.begin(bundle);
    if (resumed.status === 'empty') this.autosave(encounter);
    if (encounter.ended) return this.showDebrief(encounter, entry);
    this.playEncounter(encounter, entry);
  }

  private playEncounter(encounter: Encounter, entry: CatalogEntry): void {
    const { root, loadStage } = this.options;
    let stageContainer: HTMLElement | null = null;
    const view = new EncounterView(encounter, {
      onFinished: () => this.showDebrief(encounter, entry),
      onLeave: () => void this.navigate({ view: 'menu' }),
      stage: new Promise<StageLike | null>((resolve) => {
        // Wait a frame so the first lines and choices paint before the room loads.
        requestAnimationFrame(() => resolve(stageContainer ? loadStage(stageContainer) : null));
      }),
    });
    stageContainer = view.element.querySelector<HTMLElement>('#stage');
    encounter.subscribe(() => this.autosave(encounter));
    this.encounterView = view;
    root.replaceChildren(view.element);
    document.title = `${entry.meta.title} · Asymmetry`;
    view.start();
  }

  private showDebrief(encounter: Encounter, entry: CatalogEntry): void {
    this.encounterView?.destroy();
    this.encounterView = null;
    const debrief = buildDebrief(entry.meta, getTaxonomy(), {
      log: encounter.log,
      final: encounter.variables,
      ended: encounter.ended,
      ending: encounter.ending,
    });
    const view = debriefView(debrief, {
      playAgain: () => void this.openScenario(entry, 'new'),
      back: () => void this.navigate({ view: 'menu' }),
    });
    showView(this.options.root, view, `Debrief: ${entry.meta.title}`);
  }

  private autosave(encounter: Encounter): void {
    try {
      this.options.slots.write(encounter);
    } catch {
      // Storage full or blocked mid-game: keep playing, and say so once.
      const note = h('p', { className: 'notice', role: 'alert' }, 'Your progress could not be saved on this device.');
      if (!this.options.root.querySelector('.notice')) this.options.root.prepend(note);
    }
  }
}
