// Remembers what each choice did, so that when a random playthrough meets the same situation
// again the story checker replays the outcome instead of running ink again. Most of a
// checker's playthroughs differ from earlier ones only in things the next scene never looks
// at (the minutes spent, a flag set long ago), so most choices are replays.
//
// A situation is: where the story stands (its call stack and the choices on offer), the
// choice taken, and the value of every variable and visit count ink read while reacting to
// it, and the random seed if ink drew a random number or shuffled on the way.
// (A reaction that drew nothing at random took the same path under any seed, so one memo
// serves every seed of a story: most reactions draw nothing after the start.) ink is deterministic, so the same situation has the same outcome: the same
// lines, the same variables written with the same values, the same containers visited, the
// same choices next. What ink reads is found by watching it (hooks on its variable and
// visit-count lookups) rather than by reading the source, so an entry never assumes more
// than the run it came from showed. Stories that count turns or use LISTs read state these
// hooks do not watch; for them nothing is remembered and ink plays every choice.
import type { Story } from 'inkjs';
import type { CallStack } from 'inkjs/engine/CallStack';
import type { Choice } from 'inkjs/engine/Choice';
import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';
import type { VariablesState } from 'inkjs/engine/VariablesState';
import type { StoryState } from 'inkjs/engine/StoryState';
import { CORE_RANGE } from '../src/engine/variables.ts';

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
 * What one choice made ink read and write, gathered by the hooks while ink reacts to it. ink
 * looks ahead past each line and rolls back when more text follows, then runs the same
 * stretch again; so nothing here is counted, only noted, and counts are taken from the state.
 */
class Recording {
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
  shiftsAtSnapshot = 0;
  /** Visit counts touched (read or increased), with their value before this choice. */
  readonly countsBefore = new Map<string, number>();
  /** Of those, the ones ink read. */
  readonly countsRead = new Set<string>();
  /** Of those, the containers ink entered. */
  readonly entered = new Map<string, Container>();
  /** Inside Assign, ink reads a variable only to see whether it holds a pointer. */
  assigning = 0;
  /** Inside a visit-count increment, ink reads the count it is about to change. */
  incrementing = 0;
  /** Whether ink shuffled a sequence (which reads the seed); RANDOM is seen by its change to previousRandom. */
  shuffled = false;

  constructor(
    readonly place: number,
    readonly index: number,
    readonly turns: number,
    /** Whether the story's shift() is the library's, so that its effect is known. */
    readonly knowsShift: boolean,
  ) {}
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

/** ink's ValueType.Int. */
const INT = 0;

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

/** A value's whole number, or null for anything else. */
function whole(value: unknown): number | null {
  const v = value as { valueType?: number; valueObject?: unknown } | null | undefined;
  return v?.valueType === INT && typeof v.valueObject === 'number' ? v.valueObject : null;
}

/**
 * If ink is reading `name` only to compare it with a whole number (`{trust >= 60:` compiles
 * to: read trust, push 60, compare), that comparison: the value goes no further than the
 * comparison's answer. The other side is a literal or a temporary, whose value is settled by
 * what ink read before it.
 */
function comparisonAhead(variables: VariablesState, name: string): Omit<Condition, 'shifted'> | null {
  const at = variables.callStack.currentElement.currentPointer;
  const content = at.container?.content;
  if (!content || at.index < 0) return null;
  const read = content[at.index] as { name?: unknown; pathStringForCount?: unknown } | undefined;
  const next = content[at.index + 1] as { name?: unknown; pathStringForCount?: unknown } | undefined;
  const op = content[at.index + 2] as { name?: unknown; Call?: unknown } | undefined;
  if (read?.name !== name || !('pathStringForCount' in read)) return null;
  if (typeof op?.Call !== 'function' || typeof op.name !== 'string' || !Object.hasOwn(COMPARE, op.name)) return null;
  // A name that is also a global's reads the global, so only a temporary that shadows nothing is taken.
  const temporary = typeof next?.name === 'string' && 'pathStringForCount' in next && !variables.GlobalVariableExistsWithName(next.name) ? variables.callStack.GetTemporaryVariableWithName(next.name) : null;
  const other = whole(temporary ?? next);
  return other === null ? null : { name, op: op.name, other };
}

/** How a comparison comes out on a variable's value before the choice, or null if that is not a whole number. */
function holds(condition: Condition, value: InkObject | null): boolean | null {
  const v = whole(value);
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

/** Whether ink is running shift() now, and with what (whole-number) delta; null if not, or not a whole number. */
function shiftDelta(variables: VariablesState): number | null {
  const stack = variables.callStack;
  const path = stack.currentElement.currentPointer.container?.path.toString();
  if (path !== 'shift' && !path?.startsWith('shift.')) return null;
  return whole(stack.GetTemporaryVariableWithName('delta'));
}

let recording: Recording | null = null;
const watched = new WeakSet<object>();

/** ink's ValueType.VariablePointer: a ref parameter held in a temporary. */
const POINTER = 5;

/** The key of a variable's value, or null for values a replay cannot compare (lists, pointers, divert targets). */
function valueKey(value: InkObject | null): string | null {
  const v = value as { valueType?: number; valueObject?: unknown } | null;
  const o = v?.valueObject;
  if (v?.valueType === undefined || v.valueType === POINTER || (typeof o !== 'number' && typeof o !== 'string' && typeof o !== 'boolean')) return null;
  return `${v.valueType}:${String(o)}`;
}

/** A method as it was before hooking, to be called back with ink's own `this`. */
function original<T extends object, K extends keyof T>(target: T, name: K): T[K] {
  return Reflect.get(target, name);
}

/** Installs the hooks on ink's classes, once per process; they do nothing while no choice is being recorded. */
function watch(story: Story): void {
  const variables = Object.getPrototypeOf(story.variablesState) as VariablesState;
  const state = Object.getPrototypeOf(story.state) as StoryState;
  if (watched.has(state)) return;
  watched.add(state);

  const getRaw = original(variables, 'GetRawVariableWithName');
  variables.GetRawVariableWithName = function (this: VariablesState, name, contextIndex) {
    const value = getRaw.call(this, name, contextIndex);
    const r = recording;
    if (!r || name === null || (contextIndex !== 0 && contextIndex !== -1) || !this.GlobalVariableExistsWithName(name)) return value;
    // The first touch is a read or a write (which notes the value first): either way, the value before.
    if (!r.before.has(name)) r.before.set(name, valueKey(value));
    // Assign only asks whether the variable holds a pointer; a plain value's value does not matter to it.
    if (r.assigning > 0 && valueKey(value) !== null) return value;
    if (r.fixed.has(name)) return value;
    const now = whole(value);
    if (now === null) {
      r.keyed.add(name);
      return value;
    }
    if (r.knowsShift) {
      const delta = shiftDelta(this);
      if (delta !== null) {
        r.shifts.push([name, delta]);
        return value;
      }
    }
    // Not fixed, so only shifted so far (if changed at all): its value now is its value before,
    // shifted as recorded, and only the comparison's answer matters.
    const comparison = comparisonAhead(this, name);
    if (comparison) {
      const condition = { ...comparison, shifted: r.shifts.filter(([n]) => n === name).map(([, d]) => d) };
      r.conditions.set(conditionKey(condition), { ...condition, holds: COMPARE[condition.op]!(now, condition.other) });
      return value;
    }
    r.keyed.add(name);
    return value;
  };
  const assign = original(variables, 'Assign');
  variables.Assign = function (this: VariablesState, ...args: Parameters<VariablesState['Assign']>) {
    const r = recording;
    if (r) r.assigning++;
    try {
      return assign.apply(this, args);
    } finally {
      if (r) r.assigning--;
    }
  };
  const setGlobal = original(variables, 'SetGlobal');
  variables.SetGlobal = function (this: VariablesState, name, value) {
    const r = recording;
    if (r && name !== null) {
      if (!r.before.has(name)) r.before.set(name, valueKey(getRaw.call(this, name, 0)));
      r.written.add(name);
      if (!(r.knowsShift && shiftDelta(this) !== null)) r.fixed.add(name);
    }
    return setGlobal.call(this, name, value);
  };
  // Shifts made while ink looked ahead past a line are undone with the look-ahead.
  const inkStory = Object.getPrototypeOf(story) as Story;
  const snapshot = original(inkStory, 'StateSnapshot');
  inkStory.StateSnapshot = function (this: Story) {
    if (recording) recording.shiftsAtSnapshot = recording.shifts.length;
    snapshot.call(this);
  };
  const restore = original(inkStory, 'RestoreStateSnapshot');
  inkStory.RestoreStateSnapshot = function (this: Story) {
    if (recording) recording.shifts.length = recording.shiftsAtSnapshot;
    restore.call(this);
  };
  const shuffle = original(inkStory, 'NextSequenceShuffleIndex');
  inkStory.NextSequenceShuffleIndex = function (this: Story) {
    if (recording) recording.shuffled = true;
    return shuffle.call(this);
  };
  const countOf = original(state, 'VisitCountForContainer');
  state.VisitCountForContainer = function (this: StoryState, container) {
    const count = countOf.call(this, container);
    const r = recording;
    if (r && r.incrementing === 0 && container) {
      const path = container.path.toString();
      if (!r.countsBefore.has(path)) r.countsBefore.set(path, count);
      r.countsRead.add(path);
    }
    return count;
  };
  const increment = original(state, 'IncrementVisitCountForContainer');
  state.IncrementVisitCountForContainer = function (this: StoryState, container) {
    const r = recording;
    if (!r) return increment.call(this, container);
    const path = container.path.toString();
    if (!r.countsBefore.has(path)) r.countsBefore.set(path, countOf.call(this, container));
    r.entered.set(path, container);
    r.incrementing++;
    try {
      increment.call(this, container);
    } finally {
      r.incrementing--;
    }
  };
}

/** A choice offered by ink, copied so that ink can take the copy without changing the original. */
function copyChoice(choice: Choice): Choice {
  const copy = choice.Clone();
  copy.tags = choice.tags; // Clone forgets the tags
  return copy;
}

/**
 * A thread as ink saves it (Thread.WriteJson), as a key: each call-stack element's position,
 * mode and temporary variables, and the previous position. Thread numbers only name threads,
 * so they are renumbered in order of appearance. Null if a temporary cannot be compared.
 */
function threadKey(thread: CallStack.Thread, numbers: Map<number, number>): string | null {
  if (!numbers.has(thread.threadIndex)) numbers.set(thread.threadIndex, numbers.size);
  let key = `#${numbers.get(thread.threadIndex)!}`;
  for (const element of thread.callstack) {
    const at = element.currentPointer;
    key += at.isNull ? '|' : `|${at.container!.path.componentsString}@${at.index}`;
    key += `:${element.inExpressionEvaluation ? 1 : 0}:${element.type}`;
    for (const [name, value] of element.temporaryVariables) {
      const pointer = value as { valueType?: number; contextIndex?: number };
      const v = pointer.valueType === POINTER ? `${String((value as { valueObject?: unknown }).valueObject)}@${pointer.contextIndex}` : valueKey(value);
      if (v === null) return null;
      key += `;${name}=${v}`;
    }
  }
  const previous = thread.previousPointer;
  return `${key}^${previous.isNull ? '' : (previous.Resolve()?.path.toString() ?? '?')}`;
}

/** A place: the call stack and choices on offer there, kept so a replay can put them back. */
interface Place {
  readonly threads: readonly CallStack.Thread[];
  readonly threadCounter: number;
  readonly choices: readonly Choice[];
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

export class TransitionMemo<Seen> {
  private readonly placeNumbers = new Map<string, number>();
  private readonly places: Place[] = [];
  /** Whether the live story holds threads and choices lent by a replay, which ink must not change. */
  private lent = false;
  private readonly groups = new Map<string, Group<Seen>[]>();
  /** Whether this story can be replayed at all (no turn counting, no LISTs). */
  readonly enabled: boolean;
  /** Whether the story's shift() is the library's, whose effect the memo replays. */
  readonly knowsShift: boolean;

  constructor(
    private readonly story: Story,
    storyJson: string,
    enabled = true,
  ) {
    this.enabled = enabled && !/"turns?"/.test(storyJson) && /"listDefs":\{\}/.test(storyJson);
    this.knowsShift = this.enabled && hasLibraryShift(storyJson);
    if (this.enabled) watch(story);
  }

  /**
   * Where the story stands now, as a number: the call stack and the choices on offer, which
   * with the variables, visit counts and random seed make up ink's state at a choice point.
   * -1 where the memo cannot follow the story.
   */
  placeNow(): number {
    if (!this.enabled) return -1;
    const state = this.story.state;
    if (state.evaluationStack.length > 0 || !state.divertedPointer.isNull) return -1;
    const numbers = new Map<number, number>();
    let key = '';
    for (const thread of state.callStack._threads) {
      const k = threadKey(thread, numbers);
      if (k === null) return -1;
      key += `\n${k}`;
    }
    for (const c of state.generatedChoices) {
      const thread = c.threadAtGeneration ? threadKey(c.threadAtGeneration, numbers) : '';
      if (thread === null) return -1;
      key += `\n>${c.index}\u0001${c.text}\u0001${c.sourcePath}\u0001${c.targetPath?.componentsString ?? ''}\u0001${c.isInvisibleDefault}\u0001${c.tags?.join('\u0003') ?? ''}\u0001${thread}`;
    }
    let place = this.placeNumbers.get(key);
    if (place === undefined) {
      place = this.places.length;
      this.placeNumbers.set(key, place);
      // Copies: ink goes on changing the live ones.
      this.places.push({ threads: state.callStack._threads.map((t) => t.Copy()), threadCounter: state.callStack._threadCounter, choices: state.generatedChoices.map(copyChoice) });
    }
    return place;
  }

  /** What taking choice `index` at `place` did before, if the story now holds the same values ink read then. */
  recall(place: number, index: number): Transition<Seen> | null {
    if (place < 0) return null;
    const groups = this.groups.get(`${place}:${index}`);
    if (!groups) return null;
    const state = this.story.state;
    const valueOf = (name: string) => state.variablesState.GetRawVariableWithName(name, 0);
    for (const group of groups) {
      const found = group.transitions.get(
        transitionKey(
          group.variables.map((name) => valueKey(valueOf(name))),
          group.counts.map((path) => state.VisitCountAtPathString(path) ?? 0),
          group.conditions.map((condition) => holds(condition, valueOf(condition.name))),
          group.seeded ? seedKey(state) : '',
        ),
      );
      // A shift replayed as whole-number arithmetic needs a whole number to shift, as when it was recorded.
      if (found && found.shifts.every(([name]) => whole(valueOf(name)) !== null)) return found;
    }
    return null;
  }

  /** Gives the live story its own copies of what a replay lent it, before ink changes them. */
  detach(): void {
    if (!this.lent) return;
    const state = this.story.state;
    const stack = state.callStack;
    stack._threads = stack._threads.map((thread) => thread.Copy());
    const choices = state.generatedChoices;
    for (let i = 0; i < choices.length; i++) choices[i] = copyChoice(choices[i]!);
    this.lent = false;
  }

  /**
   * Puts the story in the state the transition led to, as if ink had played it. The threads
   * and choices are lent, not copied: most replays are followed by another, and detach()
   * copies them before ink runs.
   */
  replay(t: Transition<Seen>): void {
    const state = this.story.state;
    const stack = state.callStack;
    const place = this.places[t.place]!;
    stack._threads = [...place.threads];
    stack._threadCounter = place.threadCounter;
    const choices = state.generatedChoices;
    choices.length = 0;
    choices.push(...place.choices);
    this.lent = true;
    state.ResetOutput();
    for (const [name, value] of t.writes) state.variablesState.SetGlobal(name, value);
    for (const [name, delta] of t.shifts) {
      state.variablesState.$(name, shiftBy(state.variablesState.$(name) as number, delta));
    }
    for (const [container, times] of t.visits) for (let i = 0; i < times; i++) state.IncrementVisitCountForContainer(container);
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
    if (!this.enabled) {
      react();
      return -1;
    }
    // ink takes the chosen choice's thread as its own and changes it.
    this.detach();
    const state = this.story.state;
    const r = new Recording(place, index, state.currentTurnIndex, this.knowsShift);
    const seedBefore = seedKey(state);
    recording = r;
    let outcome: { seen: Seen; remember: boolean };
    try {
      outcome = react();
    } finally {
      recording = null;
    }
    const after = this.placeNow();
    // RANDOM always moves previousRandom on (to a new draw of ink's generator), and shuffles were watched.
    const seeded = r.shuffled || seedKey(this.story.state) !== seedBefore;
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
      visits: [...r.entered].map(([path, container]) => [container, (state.VisitCountAtPathString(path) ?? 0) - r.countsBefore.get(path)!] as const),
      turns: state.currentTurnIndex - r.turns,
      random: seeded ? { storySeed: state.storySeed, previousRandom: state.previousRandom } : null,
      place,
      seen,
    });
  }
}
