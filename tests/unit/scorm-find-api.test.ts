// Finding the LMS's runtime API from the unit's window: on it, up its parents, then up its
// opener's; SCORM 2004 before 1.2; never through a frame it may not read, never for ever.
import { describe, expect, it } from 'vitest';
import { findScormApi, MAX_PARENT_HOPS, type ApiWindow } from '../../src/reporting/scorm/find-api';

const api2004 = () => Object.fromEntries(['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'].map((m) => [m, () => 'true']));
const api12 = () => Object.fromEntries(['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'].map((m) => [m, () => 'true']));

interface FakeWindow extends ApiWindow {
  parent: FakeWindow | null;
  opener: FakeWindow | null;
  API?: unknown;
  API_1484_11?: unknown;
}

/** A top window (its own parent, as browsers have it) holding `apis`. */
function topWindow(apis: Partial<Pick<FakeWindow, 'API' | 'API_1484_11'>> = {}, opener: FakeWindow | null = null): FakeWindow {
  const win: FakeWindow = { parent: null, opener, ...apis };
  win.parent = win;
  return win;
}

/** `depth` frames nested under `top`; returns the innermost. */
function frameUnder(top: FakeWindow, depth: number, apisAt: Record<number, Partial<FakeWindow>> = {}): FakeWindow {
  let win = top;
  for (let level = 1; level <= depth; level++) win = { parent: win, opener: null, ...apisAt[level] };
  return win;
}

describe('finding the SCORM API', () => {
  it('finds it on the window itself, and in the frames above it', () => {
    const api = api12();
    expect(findScormApi(topWindow({ API: api }))).toEqual({ version: '1.2', api });
    expect(findScormApi(frameUnder(topWindow({ API: api }), 3))).toEqual({ version: '1.2', api });
    const nearer = api2004();
    expect(findScormApi(frameUnder(topWindow({ API_1484_11: api2004() }), 3, { 1: { API_1484_11: nearer } }))?.api).toBe(nearer);
  });

  it('prefers SCORM 2004 wherever both are offered, even with 1.2 nearer', () => {
    const api = api2004();
    expect(findScormApi(frameUnder(topWindow({ API_1484_11: api }), 2, { 2: { API: api12() } }))).toEqual({ version: '2004', api });
  });

  it('looks up the chain of the window that opened this one when none is above it', () => {
    const api = api2004();
    const lms = frameUnder(topWindow({ API_1484_11: api }), 1);
    // A pop-up the LMS's frame opened, with the unit in a frame of the pop-up.
    const popup = topWindow({}, lms);
    expect(findScormApi(frameUnder(popup, 2))).toEqual({ version: '2004', api });
    expect(findScormApi(popup)).toEqual({ version: '2004', api });
  });

  it('gives up after a bounded climb, and on a chain that loops', () => {
    const api = api12();
    expect(findScormApi(frameUnder(topWindow({ API: api }), MAX_PARENT_HOPS))?.api).toBe(api);
    expect(findScormApi(frameUnder(topWindow({ API: api }), MAX_PARENT_HOPS + 1))).toBeNull();
    const a: FakeWindow = { parent: null, opener: null };
    const b: FakeWindow = { parent: a, opener: null };
    a.parent = b;
    expect(findScormApi(a)).toBeNull();
  });

  it('passes over a frame from another origin, where reading it throws, and goes on to the opener', () => {
    const api = api12();
    const foreign = {
      get parent(): FakeWindow {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
      get API(): unknown {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
      opener: null,
    } as unknown as FakeWindow;
    const unit: FakeWindow = { parent: foreign, opener: topWindow({ API: api }) };
    expect(findScormApi(unit)).toEqual({ version: '1.2', api });
    expect(findScormApi({ parent: foreign, opener: null })).toBeNull();
  });

  it('ignores anything named API that is not a whole runtime API, and finds none outside an LMS', () => {
    const half = { ...api2004(), Commit: 'yes' };
    expect(findScormApi(topWindow({ API_1484_11: half, API: 'API' }))).toBeNull();
    expect(findScormApi(frameUnder(topWindow({ API_1484_11: half }), 2, { 1: { API: api12() } }))?.version).toBe('1.2');
    expect(findScormApi(frameUnder(topWindow(), 4))).toBeNull();
  });
});
