// Every use of inkjs beyond its public API, in one place. The transition memo watches ink
// read variables and visit counts and puts ink's call stack back as it was; inkjs exports no
// way to do either, so this module reaches into its classes. It does so only after checking
// that the inkjs it is given is built as the one this was written against (INKJS_WRITTEN_FOR):
// the same story and save formats, the same methods, the same value types (learnt from a tiny
// story, never restated). When anything differs it declines, with the reason, and ink plays
// every step itself: slower, never wrong.
import type { Story } from 'inkjs';
import type { CallStack } from 'inkjs/engine/CallStack';
import type { Choice } from 'inkjs/engine/Choice';
import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';
import type { StoryState } from 'inkjs/engine/StoryState';
import type { VariablesState } from 'inkjs/engine/VariablesState';

/** The inkjs release these internals were read from; tests/unit/ink-internals.test.ts compares it with the one installed. */
export const INKJS_WRITTEN_FOR = '2.4.0';
const INK_FORMAT = 21;
const SAVE_FORMAT = 10;

/** Why the memo will not work on a story: the engine is not the one it knows, or the story reads state it does not watch. */
export type Decline = { readonly why: 'engine'; readonly detail: string } | { readonly why: 'turns' } | { readonly why: 'lists' };

/** ink's value types as this inkjs numbers them, read off values it made. */
interface ValueTypes {
  readonly int: number;
  readonly divertTarget: number;
  readonly pointer: number;
}

/** A story holding one value of each type the memo must tell apart, and nothing else. */
const CALIBRATION = '{"inkVersion":21,"root":[[5,{"^->":"0"},{"^var":"x","ci":-1},"done",null],"done",null],"listDefs":{}}';

type StoryClass = new (json: string) => Story;

/** Methods the hooks wrap, by the class they live on. */
const HOOKED = {
  variables: ['GetRawVariableWithName', 'Assign', 'SetGlobal'],
  story: ['StateSnapshot', 'RestoreStateSnapshot', 'NextSequenceShuffleIndex'],
  state: ['VisitCountForContainer', 'IncrementVisitCountForContainer'],
} as const;

const checked = new WeakMap<object, ValueTypes | string>();

/** The value types of the inkjs that made `story`, or what about it is not as expected. */
function valueTypesOf(story: Story): ValueTypes | string {
  const Class = story.constructor as StoryClass & { inkVersionCurrent?: unknown };
  const known = checked.get(Class);
  if (known) return known;
  let result: ValueTypes | string;
  try {
    result = calibrate(Class, story);
  } catch (error) {
    result = `its story classes are not as expected (${(error as Error).message})`;
  }
  checked.set(Class, result);
  return result;
}

function calibrate(Class: StoryClass & { inkVersionCurrent?: unknown }, story: Story): ValueTypes | string {
  if (Class.inkVersionCurrent !== INK_FORMAT) return `it reads ink format ${String(Class.inkVersionCurrent)}, not ${INK_FORMAT}`;
  const saves: number = story.state.kInkSaveStateVersion;
  if (saves !== SAVE_FORMAT) return `it saves format ${saves}, not ${SAVE_FORMAT}`;
  const prototypes = { variables: Object.getPrototypeOf(story.variablesState) as object, story: Object.getPrototypeOf(story) as object, state: Object.getPrototypeOf(story.state) as object };
  for (const [where, names] of Object.entries(HOOKED) as [keyof typeof HOOKED, readonly string[]][]) {
    const missing = names.find((name) => typeof Reflect.get(prototypes[where], name) !== 'function');
    if (missing) return `it has no ${missing}()`;
  }
  const fields = { state: story.state as unknown as StateFields, variables: story.variablesState as unknown as VariablesFields };
  if (!(fields.state._visitCounts instanceof Map) || !(fields.state._turnIndices instanceof Map) || !('_patch' in fields.state)) return 'its state keeps visit counts differently';
  if (!(fields.variables._globalVariables instanceof Map)) return 'it keeps global variables differently';
  if (!Array.isArray(story.state.callStack._threads)) return 'it keeps threads differently';
  const [int, divert, pointer] = (new Class(CALIBRATION).mainContentContainer.content[0] as Container).content as { valueType?: unknown; valueObject?: unknown }[];
  const types = { int: int?.valueType, divertTarget: divert?.valueType, pointer: pointer?.valueType };
  if (!Object.values(types).every((t) => typeof t === 'number') || new Set(Object.values(types)).size !== 3) return 'its values do not say their types as expected';
  if (int?.valueObject !== 5 || typeof (divert?.valueObject as { componentsString?: unknown } | undefined)?.componentsString !== 'string') return 'its values do not hold what they should';
  return types as ValueTypes;
}

/** StoryState's own fields that a snapshot copies. */
interface StateFields {
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _patch: unknown;
}

interface VariablesFields {
  _globalVariables: Map<string, InkObject>;
}

/**
 * A story's variables, visit counts, turn and random state at a choice point, copied without
 * serialising: with a Place, all of ink's state there (the text last shown aside).
 */
export interface Snapshot {
  readonly globals: ReadonlyMap<string, InkObject>;
  readonly visits: ReadonlyMap<string, number>;
  readonly turnIndices: ReadonlyMap<string, number>;
  readonly turn: number;
  readonly seed: number;
  readonly previousRandom: number;
}

/** What the hooks report while a story is being watched. */
export interface InkWatcher {
  /** ink looked up a global (its first touch gives the value before the choice); `inAssign`: only to see whether it holds a pointer. */
  globalRead(variables: VariablesState, name: string, value: InkObject | null, inAssign: boolean): void;
  globalWritten(variables: VariablesState, name: string, before: InkObject | null): void;
  snapshot(): void;
  restoreSnapshot(): void;
  shuffled(): void;
  countRead(path: string, count: number): void;
  entered(path: string, container: Container, before: number): void;
}

/** The watcher of each story being watched now; the hooks do nothing for any other story. */
const watchers = new WeakMap<object, InkWatcher>();
const hooked = new WeakSet<object>();

/** A method as it was before hooking, to be called back with ink's own `this`. */
function original<T extends object, K extends keyof T>(target: T, name: K): T[K] {
  return Reflect.get(target, name);
}

/**
 * Wraps the methods in HOOKED, once per inkjs (its classes are shared by every story). A
 * wrapped method asks whether its story is being watched (one WeakMap lookup) and otherwise
 * is ink's own.
 */
function hook(story: Story): void {
  const variables = Object.getPrototypeOf(story.variablesState) as VariablesState;
  const state = Object.getPrototypeOf(story.state) as StoryState;
  const inkStory = Object.getPrototypeOf(story) as Story;
  if (hooked.has(state)) return;
  hooked.add(state);
  let assigning = 0;
  let incrementing = 0;

  const getRaw = original(variables, 'GetRawVariableWithName');
  variables.GetRawVariableWithName = function (this: VariablesState, name, contextIndex) {
    const value = getRaw.call(this, name, contextIndex);
    const w = watchers.get(this);
    if (w && name !== null && (contextIndex === 0 || contextIndex === -1) && this.GlobalVariableExistsWithName(name)) w.globalRead(this, name, value, assigning > 0);
    return value;
  };
  const assign = original(variables, 'Assign');
  variables.Assign = function (this: VariablesState, ...args: Parameters<VariablesState['Assign']>) {
    assigning++;
    try {
      return assign.apply(this, args);
    } finally {
      assigning--;
    }
  };
  const setGlobal = original(variables, 'SetGlobal');
  variables.SetGlobal = function (this: VariablesState, name, value) {
    const w = watchers.get(this);
    if (w && name !== null) w.globalWritten(this, name, getRaw.call(this, name, 0));
    return setGlobal.call(this, name, value);
  };
  const snapshot = original(inkStory, 'StateSnapshot');
  inkStory.StateSnapshot = function (this: Story) {
    watchers.get(this)?.snapshot();
    snapshot.call(this);
  };
  const restore = original(inkStory, 'RestoreStateSnapshot');
  inkStory.RestoreStateSnapshot = function (this: Story) {
    watchers.get(this)?.restoreSnapshot();
    restore.call(this);
  };
  const shuffle = original(inkStory, 'NextSequenceShuffleIndex');
  inkStory.NextSequenceShuffleIndex = function (this: Story) {
    watchers.get(this)?.shuffled();
    return shuffle.call(this);
  };
  const countOf = original(state, 'VisitCountForContainer');
  state.VisitCountForContainer = function (this: StoryState, container) {
    const count = countOf.call(this, container);
    if (incrementing === 0 && container) watchers.get(this.story)?.countRead(container.path.toString(), count);
    return count;
  };
  const increment = original(state, 'IncrementVisitCountForContainer');
  state.IncrementVisitCountForContainer = function (this: StoryState, container) {
    const w = watchers.get(this.story);
    if (!w) return increment.call(this, container);
    w.entered(container.path.toString(), container, countOf.call(this, container));
    incrementing++;
    try {
      increment.call(this, container);
    } finally {
      incrementing--;
    }
  };
}

/** A place to come back to: the call stack and choices on offer there. */
export interface Place {
  readonly threads: readonly CallStack.Thread[];
  readonly threadCounter: number;
  readonly choices: readonly Choice[];
}

/** ink's internals for one story, once they are known to be as expected. */
export class InkInternals {
  private constructor(
    private readonly story: Story,
    private readonly types: ValueTypes,
  ) {}

  /** The internals of `story`'s inkjs, or why the memo must not use them on it. */
  static of(story: Story, storyJson: string): InkInternals | Decline {
    if (/"turns?"/.test(storyJson)) return { why: 'turns' };
    if (!/"listDefs":\{\}/.test(storyJson)) return { why: 'lists' };
    const types = valueTypesOf(story);
    if (typeof types === 'string') return { why: 'engine', detail: types };
    hook(story);
    return new InkInternals(story, types);
  }

  /** Runs `react` with `watcher` told what ink reads and writes for this story (and no other). */
  watching<T>(watcher: InkWatcher, react: () => T): T {
    // variablesState is shared by the state copies ink makes while it looks ahead.
    const targets = [this.story, this.story.variablesState];
    for (const t of targets) watchers.set(t, watcher);
    try {
      return react();
    } finally {
      for (const t of targets) watchers.delete(t);
    }
  }

  /** A value's whole number, or null for anything else. */
  whole(value: unknown): number | null {
    const v = value as { valueType?: number; valueObject?: unknown } | null | undefined;
    return v?.valueType === this.types.int && typeof v.valueObject === 'number' ? v.valueObject : null;
  }

  /**
   * The key of a value, or null for values a replay cannot compare (lists). A divert target
   * (such as the return address ink keeps in `$r` for a choice with `[...]` text) is keyed by
   * the path it points to. A pointer (a ref parameter) by the variable and context it names.
   */
  valueKey(value: InkObject | null): string | null {
    const v = value as { valueType?: number; valueObject?: unknown; contextIndex?: number } | null;
    const o = v?.valueObject;
    if (v?.valueType === undefined) return null;
    if (v.valueType === this.types.divertTarget) return `${v.valueType}:${(o as { componentsString: string }).componentsString}`;
    if (v.valueType === this.types.pointer) return `${v.valueType}:${String(o)}@${v.contextIndex}`;
    return typeof o === 'number' || typeof o === 'string' || typeof o === 'boolean' ? `${v.valueType}:${String(o)}` : null;
  }

  /** Whether the value is a pointer (a ref parameter held in a temporary), whose value lies elsewhere. */
  isPointer(value: InkObject | null): boolean {
    return (value as { valueType?: number } | null)?.valueType === this.types.pointer;
  }

  /** What ink will run next, in the container it is in: for reading an expression ahead. */
  ahead(variables: VariablesState, offset: number): unknown {
    const at = variables.callStack.currentElement.currentPointer;
    const content = at.container?.content;
    return content && at.index >= 0 ? content[at.index + offset] : undefined;
  }

  /** The path of the container ink is running now. */
  runningIn(variables: VariablesState): string | undefined {
    return variables.callStack.currentElement.currentPointer.container?.path.toString();
  }

  temporary(variables: VariablesState, name: string): InkObject | null {
    return variables.callStack.GetTemporaryVariableWithName(name);
  }

  /**
   * A thread as ink saves it (Thread.WriteJson), as a key: each call-stack element's position,
   * mode and temporaries, and the previous position. Thread numbers only name threads, so they
   * are renumbered in order of appearance. Null if a temporary cannot be compared.
   */
  private threadKey(thread: CallStack.Thread, numbers: Map<number, number>): string | null {
    if (!numbers.has(thread.threadIndex)) numbers.set(thread.threadIndex, numbers.size);
    let key = `#${numbers.get(thread.threadIndex)!}`;
    for (const element of thread.callstack) {
      const at = element.currentPointer;
      key += at.isNull ? '|' : `|${at.container!.path.componentsString}@${at.index}`;
      key += `:${element.inExpressionEvaluation ? 1 : 0}:${element.type}`;
      for (const [name, value] of element.temporaryVariables) {
        const v = this.valueKey(value);
        if (v === null) return null;
        key += `;${name}=${v}`;
      }
    }
    const previous = thread.previousPointer;
    return `${key}^${previous.isNull ? '' : (previous.Resolve()?.path.toString() ?? '?')}`;
  }

  /** Where the story stands, as a key (its call stack and choices on offer); null where that cannot be told. */
  placeKey(): string | null {
    const state = this.story.state;
    if (state.evaluationStack.length > 0 || !state.divertedPointer.isNull) return null;
    const numbers = new Map<number, number>();
    let key = '';
    for (const thread of state.callStack._threads) {
      const k = this.threadKey(thread, numbers);
      if (k === null) return null;
      key += `\n${k}`;
    }
    for (const c of state.generatedChoices) {
      const thread = c.threadAtGeneration ? this.threadKey(c.threadAtGeneration, numbers) : '';
      if (thread === null) return null;
      key += `\n>${c.index}\u0001${c.text}\u0001${c.sourcePath}\u0001${c.targetPath?.componentsString ?? ''}\u0001${c.isInvisibleDefault}\u0001${c.tags?.join('\u0003') ?? ''}\u0001${thread}`;
    }
    return key;
  }

  /** The place the story is at, copied: ink goes on changing the live one. */
  copyPlace(): Place {
    const state = this.story.state;
    return { threads: state.callStack._threads.map((t) => t.Copy()), threadCounter: state.callStack._threadCounter, choices: state.generatedChoices.map(copyChoice) };
  }

  /** Puts the story back at `place`, lending it the kept threads and choices (see ownPlace). */
  lendPlace(place: Place): void {
    const state = this.story.state;
    state.callStack._threads = [...place.threads];
    state.callStack._threadCounter = place.threadCounter;
    state.generatedChoices.length = 0;
    state.generatedChoices.push(...place.choices);
    state.ResetOutput();
  }

  /** Gives the live story its own copies of lent threads and choices, before ink changes them. */
  ownPlace(): void {
    const state = this.story.state;
    state.callStack._threads = state.callStack._threads.map((thread) => thread.Copy());
    const choices = state.generatedChoices;
    for (let i = 0; i < choices.length; i++) choices[i] = copyChoice(choices[i]!);
  }

  /** The variables, counts and random state now; null while ink is part-way through a step. */
  snapshot(): Snapshot | null {
    const state = this.story.state;
    const fields = state as unknown as StateFields;
    if (fields._patch !== null) return null;
    return {
      globals: new Map((state.variablesState as unknown as VariablesFields)._globalVariables),
      visits: new Map(fields._visitCounts),
      turnIndices: new Map(fields._turnIndices),
      turn: state.currentTurnIndex,
      seed: state.storySeed,
      previousRandom: state.previousRandom,
    };
  }

  /** Puts a snapshot back (its own copies: ink changes them as it goes on). */
  restore(snapshot: Snapshot): void {
    const state = this.story.state;
    const fields = state as unknown as StateFields;
    (state.variablesState as unknown as VariablesFields)._globalVariables = new Map(snapshot.globals);
    fields._visitCounts = new Map(snapshot.visits);
    fields._turnIndices = new Map(snapshot.turnIndices);
    state.currentTurnIndex = snapshot.turn;
    state.storySeed = snapshot.seed;
    state.previousRandom = snapshot.previousRandom;
  }

  /**
   * A key equal for snapshots with the same future in a story that does not count turns: every
   * variable, every visit count and the random state. Null if a variable cannot be compared.
   */
  snapshotKey(snapshot: Snapshot): string | null {
    let key = `${snapshot.seed}:${snapshot.previousRandom}`;
    for (const [name, value] of snapshot.globals) {
      const v = this.valueKey(value);
      if (v === null) return null;
      key += `;${name}=${v}`;
    }
    // Visit counts are kept in the order first met, which differs between paths.
    return `${key}|${[...snapshot.visits].map(([path, n]) => `${path}=${n}`).sort().join(',')}`;
  }

  /** ink entering a container, as a replay does it. */
  enter(container: Container, times: number): void {
    for (let i = 0; i < times; i++) this.story.state.IncrementVisitCountForContainer(container);
  }
}

/** A choice offered by ink, copied so that ink can take the copy without changing the original. */
function copyChoice(choice: Choice): Choice {
  const copy = choice.Clone();
  copy.tags = choice.tags; // Clone forgets the tags
  return copy;
}
