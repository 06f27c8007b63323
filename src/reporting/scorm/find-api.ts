// Finding the LMS's SCORM runtime API, the way the standard says a SCO looks for it: on this
// window, then up the chain of parent frames, then up the chain of the window that opened
// this one. SCORM 2004's API_1484_11 is preferred to SCORM 1.2's API wherever each is found,
// so an LMS that offers both is spoken to in 2004. The window is passed in, to be tested.

/** What an API call answers: strings by the standard, though some LMSs answer booleans or numbers. */
export type ApiAnswer = string | number | boolean | null | undefined;

/** SCORM 1.2's runtime API (the LMS's `window.API`). Values cross it as strings. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): ApiAnswer;
  LMSFinish(parameter: ''): ApiAnswer;
  LMSGetValue(element: string): ApiAnswer;
  LMSSetValue(element: string, value: string): ApiAnswer;
  LMSCommit(parameter: ''): ApiAnswer;
  LMSGetLastError(): ApiAnswer;
  LMSGetErrorString(code: string): ApiAnswer;
  LMSGetDiagnostic(code: string): ApiAnswer;
}

/** SCORM 2004's runtime API (the LMS's `window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(parameter: ''): ApiAnswer;
  Terminate(parameter: ''): ApiAnswer;
  GetValue(element: string): ApiAnswer;
  SetValue(element: string, value: string): ApiAnswer;
  Commit(parameter: ''): ApiAnswer;
  GetLastError(): ApiAnswer;
  GetErrorString(code: string): ApiAnswer;
  GetDiagnostic(code: string): ApiAnswer;
}

export type FoundScormApi = { version: '2004'; api: Scorm2004Api } | { version: '1.2'; api: Scorm12Api };

/** As much of a window as the search reads. */
export interface ApiWindow {
  readonly parent: ApiWindow | null;
  readonly opener: ApiWindow | null;
}

/**
 * Parent frames climbed from a window before giving up. LMS frame sets are a few levels deep;
 * the bound also ends the climb on a window whose parent chain never reaches a top.
 */
export const MAX_PARENT_HOPS = 10;

const SCORM_2004_METHODS = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'] as const;
const SCORM_12_METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] as const;

/** The LMS's API reachable from `win`, 2004 before 1.2, or null outside an LMS. Never throws. */
export function findScormApi(win: ApiWindow): FoundScormApi | null {
  const windows = searchOrder(win);
  for (const candidate of windows) {
    const api = property(candidate, 'API_1484_11');
    if (hasMethods<Scorm2004Api>(api, SCORM_2004_METHODS)) return { version: '2004', api };
  }
  for (const candidate of windows) {
    const api = property(candidate, 'API');
    if (hasMethods<Scorm12Api>(api, SCORM_12_METHODS)) return { version: '1.2', api };
  }
  return null;
}

/**
 * The windows to look on, in order: `win` and its parents, then the window that opened this
 * one (a pop-up the LMS opened: the opener of the top window, where a frame inside the pop-up
 * asks) and its parents.
 */
function searchOrder(win: ApiWindow): ApiWindow[] {
  const own = withParents(win);
  const opener = property(own.at(-1), 'opener') ?? property(win, 'opener');
  return isWindowLike(opener) ? [...own, ...withParents(opener).filter((w) => !own.includes(w))] : own;
}

function withParents(win: ApiWindow): ApiWindow[] {
  const chain = [win];
  let current = win;
  for (let hop = 0; hop < MAX_PARENT_HOPS; hop++) {
    const parent = property(current, 'parent');
    // The top window is its own parent.
    if (!isWindowLike(parent) || chain.includes(parent)) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}

/** A window's property, or null where reading it throws (a frame from another origin). */
function property(win: unknown, name: string): unknown {
  try {
    return (win as Record<string, unknown>)[name] ?? null;
  } catch {
    return null;
  }
}

const isWindowLike = (value: unknown): value is ApiWindow => typeof value === 'object' && value !== null;

function hasMethods<T>(value: unknown, methods: readonly string[]): value is T {
  return typeof value === 'object' && value !== null && methods.every((m) => typeof property(value, m) === 'function');
}
