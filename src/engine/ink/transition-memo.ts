// Remembers what each choice did, so that when a playthrough meets the same situation again
// the outcome is replayed instead of running ink again. Most random playthroughs (the story
// checker's, the debrief's ending odds) differ from earlier ones only in things the next scene
// never looks at (the minutes spent, a flag set long ago), so most choices are replays.
//
// A situation is: where the story stands (its call stack and the choices on offer), the
// choice taken, and the value of every variable and visit count ink read while reacting to
// it, and the random seed if ink drew a random number or shuffled on the way.
// (A reaction that drew nothing at random took the same path under any seed, so one memo
// serves every seed of a story: most reactions draw nothing after the start.) ink is
// deterministic, so the same situation has the same outcome: the same lines, the same
// variables written with the same values, the same containers visited, the same choices
// next. What ink reads is found by watching it (ink-internals.ts) rather than by reading the
// source, so an entry never assumes more than the run it came from showed. Where the
// watching cannot be trusted (another inkjs, stories that count turns or use LISTs) the memo
// declines, says why, and ink plays every choice.
import type { Story } from 'inkjs';
import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';
import type { StoryState } from 'inkjs/engine/StoryState';
import type { VariablesState } from 'inkjs/engine/VariablesState';
import { CORE_RANGE } from '../variables';
import { InkInternals, type Decline, type InkWatcher, type Place, type Snapshot } from './ink-internals';

/** What ink did in reaction to one choice, beyond what the checker observes for itself. */
export interface Transition<Seen> {
  /** Global variables ink wrote, with the values they ended with. */
  readonly writes: readonly (readonly [string, InkObject])[];
  /** shift() calls on variables the key leaves out, in order. */
  readonly shifts: readonly (readonly [string, number])[];
  /** Containers ink entered, and how many times. */
  readonly visits: readonly (readonly [Container, number])[];
  readonly turns: number;
  /** The random state afterwards, for a reaction that drew at random (keyed on the seed before); null otherwise. */
  readonly random: { readonly storySeed: number; readonly previousRandom: number } | null;
  /** Where the story stands afterwards: its call stack and choices, and where to look the next choice up. */
  readonly place: number;
  /** What the checker saw on the way (lines, tags, choices), as it recorded it. */
  readonly seen: Seen;
}

/**
 * What one choice made ink read and write, gathered from ink's hooks while it reacts to it.
 * ink looks ahead past each line and rolls back when more text follows, then runs the same
 * stretch again; so nothing here is counted, only noted, and counts are taken from the state.
 */
class Recording implements InkWatcher {
  /** Each global variable ink touched, with its value before this choice (null: not comparable). */
  readonly before = new Map<string, string | null>();
  /** Globals whose value before this choice mattered: read outside shift() before any plain write. */
  readonly keyed = new Set<string>();
  readonly written = new Set<string>();
  /** Globals written outside shift(): their value afterwards follows from what was keyed. */
  readonly fixed = new Set<string>();
  /** Comparisons of a global's value before this choice with a whole number, and how they came out. */
  readonly conditions = new Map<string, Condition & { holds: boolean }>();
  /** shift(variable, delta) calls, in order: replayed as such on whatever value the variable holds. */
  readonly shifts: [string, number][] = [];
  /** How many shifts there were when ink last took a snapshot to look ahead from. */
  private shiftsAtSnapshot = 0;
  /** Visit counts touched (read or increased), with their value before this choice. */
  readonly countsBefore = new Map<string, number>();
  /** Of those, the ones ink read. */
  readonly countsRead = new Set<string>();
  /** Of those, the containers ink entered. */
  readonly containers = new Map<string, Container>();
  /** Whether ink shuffled a sequence (which reads the seed); RANDOM is seen by its change to previousRandom. */
  wasShuffled = false;

  constructor(
    private readonly ink: InkInternals,
    readonly place: number,
    readonly index: number,
    readonly turns: number,
    /** Whether the story's shift() is the library's, so that its effect is known. */
    private readonly knowsShift: boolean,
  ) {}

  globalRead(variables: VariablesState, name: string, value: InkObject | null, inAssign: boolean): void {
    const ink = this.ink;
    // The first touch is a read or a write (which notes the value first): either way, the value before.
    if (!this.before.has(name)) this.before.set(name, ink.valueKey(value));
    // Assign only asks whether the variable holds a pointer; a plain value's value does not matter to it.
    if (inAssign && ink.valueKey(value) !== null && !ink.isPointer(value)) return;
    if (this.fixed.has(name)) return;
    const now = ink.whole(value);
    if (now === null) {
      this.keyed.add(name);
      return;
    }
    if (this.knowsShift) {
      const delta = this.shiftDelta(variables);
      if (delta !== null) {
        this.shifts.push([name, delta]);
        return;
      }
    }
    // Not fixed, so only shifted so far (if changed at all): its value now is its value before,
    // shifted as recorded, and only the comparison's answer matters.
    const comparison = this.comparisonAhead(variables, name);
    if (comparison) {
      const condition = { ...comparison, shifted: this.shifts.filter(([n]) => n === name).map(([, d]) => d) };
      this.conditions.set(conditionKey(condition), { ...condition, holds: COMPARE[condition.op]!(now, condition.other) });
      return;
    }
    this.keyed.add(name);
  }

  globalWritten(variables: VariablesState, name: string, before: InkObject | null): void {
    if (!this.before.has(name)) this.before.set(name, this.ink.valueKey(before));
    this.written.add(name);
    if (!(this.knowsShift && this.shiftDelta(variables) !== null)) this.fixed.add(name);
  }

  /** Shifts made while ink looked ahead past a line are undone with the look-ahead. */
  snapshot(): void {
    this.shiftsAtSnapshot = this.shifts.length;
  }

  restoreSnapshot(): void {
    this.shifts.length = this.shiftsAtSnapshot;
  }

  shuffled(): void {
    this.wasShuffled = true;
  }

  countRead(path: string, count: number): void {
    if (!this.countsBefore.has(path)) this.countsBefore.set(path, count);
    this.countsRead.add(path);
  }

  entered(path: string, container: Container, before: number): void {
    if (!this.countsBefore.has(path)) this.countsBefore.set(path, before);
    this.containers.set(path, container);
  }

  /** Whether ink is running shift() now, and with what (whole-number) delta; null if not, or not a whole number. */
  private shiftDelta(variables: VariablesState): number | null {
    const path = this.ink.runningIn(variables);
    if (path !== 'shift' && !path?.startsWith('shift.')) return null;
    return this.ink.whole(this.ink.temporary(variables, 'delta'));
  }

  /**
   * If ink is reading `name` only to compare it with a whole number (`{trust >= 60:` compiles
   * to: read trust, push 60, compare), that comparison: the value goes no further than the
   * comparison's answer. The other side is a literal or a temporary, whose value is settled by
   * what ink read before it.
   */
  private comparisonAhead(variables: VariablesState, name: string): Omit<Condition, 'shifted'> | null {
    const read = this.ink.ahead(variables, 0) as { name?: unknown; pathStringForCount?: unknown } | undefined;
    const next = this.ink.ahead(variables, 1) as { name?: unknown; pathStringForCount?: unknown } | undefined;
    const op = this.ink.ahead(variables, 2) as { name?: unknown; Call?: unknown } | undefined;
    if (read?.name !== name || !('pathStringForCount' in read)) return null;
    if (typeof op?.Call !== 'function' || typeof op.name !== 'string' || !Object.hasOwn(COMPARE, op.name)) return null;
    // A name that is also a global's reads the global, so only a temporary that shadows nothing is taken.
    const temporary = typeof next?.name === 'string' && 'pathStringForCount' in next && !variables.GlobalVariableExistsWithName(next.name) ? this.ink.temporary(variables, next.name) : null;
    const other = this.ink.whole(temporary ?? next);
    return other === null ? null : { name, op: op.name, other };
  }
}

/**
 * The library's shift() (story/lib/power.ink) as ink compiles it: variable = MAX(min, MIN(max,
 * variable + delta)) over CORE_RANGE. When a story's shift() is exactly this, a variable that a choice only
 * changes through shift() need not be part of the memo's key: the replay shifts it instead.
 */
const SHIFT_BODY = `[{"temp=":"delta"},{"temp=":"variable"},"ev",${CORE_RANGE.min},${CORE_RANGE.max},{"VAR?":"variable"},{"VAR?":"delta"},"+","MIN","MAX","/ev",{"temp=":"variable","re":true},"\\n"]`;

function hasLibraryShift(storyJson: string): boolean {
  const root = (JSON.parse(storyJson) as { root?: unknown[] }).root;
  const named = root?.at(-1) as Record<string, unknown> | null | undefined;
  const body = named?.shift;
  return Array.isArray(body) && JSON.stringify(body.slice(0, -1)) === SHIFT_BODY;
}

/** ink's comparisons of two whole numbers, computed as inkjs computes them. */
const COMPARE: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
  '<=': (a, b) => a <= b,
};

/**
 * A comparison of a variable with a whole number settled by then, such as `trust >= 60` or
 * `trust >= gate`; `shifted`: the shifts the choice had made to the variable before comparing it.
 */
interface Condition {
  readonly name: string;
  readonly op: string;
  readonly other: number;
  readonly shifted: readonly number[];
}

/** What the library's shift() does to a whole number. */
function shiftBy(value: number, delta: number): number {
  return Math.max(CORE_RANGE.min, Math.min(CORE_RANGE.max, value + delta));
}

/** How a comparison comes out on a variable's value before the choice, or null if that is not a whole number. */
function holds(ink: InkInternals, condition: Condition, value: InkObject | null): boolean | null {
  const v = ink.whole(value);
  return v === null ? null : COMPARE[condition.op]!(condition.shifted.reduce(shiftBy, v), condition.other);
}

/** A transition's key within its group: the values it read, in the group's order. */
function transitionKey(values: readonly (string | null)[], counts: readonly number[], answers: readonly (boolean | null)[], seed: string): string {
  return `${values.join('\u0001')}\u0002${counts.join(',')}\u0003${answers.join(',')}\u0004${seed}`;
}

/** A condition's name in a memo key. */
function conditionKey(c: Condition): string {
  return `${c.name}${c.op}${c.other}@${c.shifted.join('+')}`;
}


/** Transitions, grouped by the variables and counts they read, looked up by those values. */
interface Group<Seen> {
  /** The variables, counts and comparisons read, as one string: what tells groups apart. */
  readonly signature: string;
  readonly variables: readonly string[];
  readonly counts: readonly string[];
  readonly conditions: readonly Condition[];
  /** Whether these reactions drew at random, so the seed is part of their key. */
  readonly seeded: boolean;
  readonly transitions: Map<string, Transition<Seen>>;
}

/** The random state as part of a key. */
function seedKey(state: StoryState): string {
  return `${state.storySeed}:${state.previousRandom}`;
}

/** A choice point kept to come back to (see keep()), with a key equal for choice points with the same future. */
export interface Kept {
  readonly key: string;
  readonly place: number;
  readonly snapshot: Snapshot;
}

export class TransitionMemo<Seen> {
  private readonly placeNumbers = new Map<string, number>();
  private readonly places: Place[] = [];
  /** Whether the live story holds threads and choices lent by a replay, which ink must not change. */
  private lent = false;
  private readonly groups = new Map<string, Group<Seen>[]>();
  /** inkjs's internals for this story; null when the memo declined (see `declined`). */
  private readonly ink: InkInternals | null;
  /** Why the memo does nothing for this story, or null when it works; `off` when asked not to. */
  readonly declined: Decline | { readonly why: 'off' } | null;
  /** Whether the story's shift() is the library's, whose effect the memo replays (otherwise shifted variables are keyed). */
  readonly knowsShift: boolean;

  constructor(
    private readonly story: Story,
    storyJson: string,
    enabled = true,
  ) {
    const ink = enabled ? InkInternals.of(story, storyJson) : null;
    this.ink = ink instanceof InkInternals ? ink : null;
    this.declined = ink === null ? { why: 'off' } : ink instanceof InkInternals ? null : ink;
    this.knowsShift = this.ink !== null && hasLibraryShift(storyJson);
  }

  /**
   * Where the story stands now, as a number: the call stack and the choices on offer, which
   * with the variables, visit counts and random seed make up ink's state at a choice point.
   * -1 where the memo cannot follow the story.
   */
  placeNow(): number {
    const key = this.ink?.placeKey() ?? null;
    if (key === null) return -1;
    let place = this.placeNumbers.get(key);
    if (place === undefined) {
      place = this.places.length;
      this.placeNumbers.set(key, place);
      this.places.push(this.ink!.copyPlace());
    }
    return place;
  }

  /** What taking choice `index` at `place` did before, if the story now holds the same values ink read then. */
  recall(place: number, index: number): Transition<Seen> | null {
    const ink = this.ink;
    if (place < 0 || !ink) return null;
    const groups = this.groups.get(`${place}:${index}`);
    if (!groups) return null;
    const state = this.story.state;
    const valueOf = (name: string) => state.variablesState.GetRawVariableWithName(name, 0);
    for (const group of groups) {
      const found = group.transitions.get(
        transitionKey(
          group.variables.map((name) => ink.valueKey(valueOf(name))),
          group.counts.map((path) => state.VisitCountAtPathString(path) ?? 0),
          group.conditions.map((condition) => holds(ink, condition, valueOf(condition.name))),
          group.seeded ? seedKey(state) : '',
        ),
      );
      // A shift replayed as whole-number arithmetic needs a whole number to shift, as when it was recorded.
      if (found && found.shifts.every(([name]) => ink.whole(valueOf(name)) !== null)) return found;
    }
    return null;
  }

  /**
   * The choice point the story is at (`place`, from placeNow()), kept without serialising it;
   * null where the memo cannot follow the story or compare its variables.
   */
  keep(place: number): Kept | null {
    const snapshot = place >= 0 ? (this.ink?.snapshot() ?? null) : null;
    const values = snapshot && this.ink!.snapshotKey(snapshot);
    return values ? { key: `${place}\u0005${values}`, place, snapshot: snapshot } : null;
  }

  /** Puts the story back at a kept choice point, as if ink had played its way there. */
  putBack(kept: Kept): void {
    const ink = this.ink!;
    ink.lendPlace(this.places[kept.place]!);
    this.lent = true;
    ink.restore(kept.snapshot);
  }

  /** Gives the live story its own copies of what a replay lent it, before ink changes them. */
  detach(): void {
    if (!this.lent) return;
    this.ink!.ownPlace();
    this.lent = false;
  }

  /**
   * Puts the story in the state the transition led to, as if ink had played it. The threads
   * and choices are lent, not copied: most replays are followed by another, and detach()
   * copies them before ink runs.
   */
  replay(t: Transition<Seen>): void {
    const ink = this.ink!;
    ink.lendPlace(this.places[t.place]!);
    this.lent = true;
    const state = this.story.state;
    for (const [name, value] of t.writes) state.variablesState.SetGlobal(name, value);
    for (const [name, delta] of t.shifts) {
      state.variablesState.$(name, shiftBy(state.variablesState.$(name) as number, delta));
    }
    for (const [container, times] of t.visits) ink.enter(container, times);
    state.currentTurnIndex += t.turns;
    if (t.random) {
      state.storySeed = t.random.storySeed;
      state.previousRandom = t.random.previousRandom;
    }
  }

  /**
   * Watches ink react to choice `index` at `place` (`react` makes it happen) and remembers the
   * outcome if it can be replayed. Returns where the story stands afterwards.
   */
  record(place: number, index: number, react: () => { seen: Seen; remember: boolean }): number {
    const ink = this.ink;
    if (!ink) {
      react();
      return -1;
    }
    // ink takes the chosen choice's thread as its own and changes it.
    this.detach();
    const state = this.story.state;
    const r = new Recording(ink, place, index, state.currentTurnIndex, this.knowsShift);
    const seedBefore = seedKey(state);
    const outcome = ink.watching(r, react);
    const after = this.placeNow();
    // RANDOM always moves previousRandom on (to a new draw of ink's generator), and shuffles were watched.
    const seeded = r.wasShuffled || seedKey(this.story.state) !== seedBefore;
    if (outcome.remember && place >= 0 && after >= 0) this.remember(r, after, outcome.seen, seeded ? seedBefore : null);
    return after;
  }

  /** `seedBefore`: the random state before the reaction, if it drew at random (null: it did not). */
  private remember(r: Recording, place: number, seen: Seen, seedBefore: string | null): void {
    const state = this.story.state;
    const variables = [...r.keyed].sort();
    if (variables.some((name) => r.before.get(name) === null)) return;
    const counts = [...r.countsRead].sort();
    const conditions = [...r.conditions].sort(([a], [b]) => a.localeCompare(b)).map(([, c]) => c);
    const slot = `${r.place}:${r.index}`;
    const groups = this.groups.get(slot) ?? [];
    if (groups.length === 0) this.groups.set(slot, groups);
    const seeded = seedBefore !== null;
    const signature = `${variables.join(',')}|${counts.join(',')}|${conditions.map(conditionKey).join(',')}|${seeded}`;
    let group = groups.find((g) => g.signature === signature);
    if (!group) groups.push((group = { signature, variables, counts, conditions, seeded, transitions: new Map() }));
    // A variable only ever shifted, and not keyed, is shifted again on replay; any other is set to its value now.
    const shifted = new Set([...r.written].filter((name) => !r.fixed.has(name) && !r.keyed.has(name)));
    const writes = [...r.written].filter((name) => !shifted.has(name)).map((name) => [name, state.variablesState.GetRawVariableWithName(name, 0)!] as const);
    const shifts = r.shifts.filter(([name]) => shifted.has(name));
    const key = transitionKey(
      variables.map((name) => r.before.get(name)!),
      counts.map((path) => r.countsBefore.get(path)!),
      conditions.map((c) => c.holds),
      seedBefore ?? '',
    );
    group.transitions.set(key, {
      writes,
      shifts,
      visits: [...r.containers].map(([path, container]) => [container, (state.VisitCountAtPathString(path) ?? 0) - r.countsBefore.get(path)!] as const),
      turns: state.currentTurnIndex - r.turns,
      random: seeded ? { storySeed: state.storySeed, previousRandom: state.previousRandom } : null,
      place,
      seen,
    });
  }
}
