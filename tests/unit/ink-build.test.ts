import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, parseCompilerMessage } from '../../build/ink-compile';
import { tagsOnLine } from '../../build/ink-tag-lint';
import { crossCheckMeta } from '../../src/engine/scenario-meta';
import { FIXTURES, compileFixture, fixtureBundle } from '../helpers';

const broken = (name: string) => path.join(FIXTURES, 'broken', name, 'main.ink');

describe('compiling ink', () => {
  it('compiles a clean story with its INCLUDEs and lists every file read', () => {
    const result = compileInk(path.join(FIXTURES, 'scenarios/clinic/main.ink'));
    expect(result.diagnostics).toEqual([]);
    expect(result.json).toContain('"inkVersion"');
    expect(result.files.map((f) => path.basename(f))).toEqual(['main.ink', 'power.ink']);
  });

  it('reports a compile error with file and line, and produces no story', () => {
    const result = compileInk(broken('compile-error'));
    expect(result.json).toBeNull();
    expect(result.diagnostics).toContainEqual({
      severity: 'error',
      file: broken('compile-error'),
      line: 5,
      message: expect.stringContaining('Divert target not found'),
    });
  });

  it('treats a warning as a diagnostic with file and line', () => {
    const result = compileInk(broken('loose-end'));
    expect(result.diagnostics).toContainEqual({
      severity: 'warning',
      file: broken('loose-end'),
      line: 6,
      message: expect.stringContaining('loose end'),
    });
  });

  it('reports a missing file instead of throwing', () => {
    const missing = path.join(FIXTURES, 'nope', 'main.ink');
    expect(compileInk(missing).diagnostics[0]).toMatchObject({ severity: 'error', file: missing, message: expect.stringContaining('cannot read') });
  });

  it('parses compiler messages, with and without a file', () => {
    expect(parseCompilerMessage("WARNING: '/a/b.ink' line 3: Something", '/x.ink')).toEqual({ severity: 'warning', file: '/a/b.ink', line: 3, message: 'Something' });
    expect(parseCompilerMessage('ERROR: Something else', '/x.ink')).toEqual({ severity: 'error', file: '/x.ink', line: null, message: 'Something else' });
    expect(parseCompilerMessage('TODO: later', '/x.ink')).toBeNull();
  });
});

describe('building a scenario', () => {
  it('fails on a move the taxonomy lacks, naming file and line', () => {
    const { bundle, diagnostics } = compileFixture('broken/unknown-move');
    expect(bundle).toBeNull();
    const file = broken('unknown-move');
    expect(diagnostics).toContainEqual({ severity: 'error', file, line: 5, message: expect.stringContaining('unknown move "telepathy"') });
    expect(diagnostics).toContainEqual({ severity: 'error', file, line: 8, message: expect.stringContaining('"mood" is a line tag') });
    expect(diagnostics).toContainEqual({ severity: 'error', file, line: 9, message: expect.stringContaining('unknown cast member "ghost"') });
  });

  it('fails on invalid metadata, naming each field', () => {
    const { bundle, diagnostics } = compileFixture('broken/bad-meta');
    expect(bundle).toBeNull();
    const messages = diagnostics.map((d) => `${path.basename(d.file)}: ${d.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^meta\.json: title: /));
  });

  it('asks for a look for everyone the room draws, and only for them', () => {
    const meta = fixtureBundle().meta;
    expect(crossCheckMeta(meta)).toEqual([]);
    const withoutLook = { ...meta, cast: meta.cast.map(({ look: _look, ...c }) => c) };
    expect(crossCheckMeta(withoutLook)).toEqual(['cast "sam" (patient) needs a "look": the room draws them']);
  });

  it('fails a compile warning as well as an error', () => {
    expect(compileFixture('broken/loose-end').bundle).toBeNull();
    expect(compileFixture('broken/compile-error').bundle).toBeNull();
  });

  it('gives a clean scenario a stable content version', () => {
    const a = compileFixture('scenarios/clinic').bundle;
    const b = compileFixture('scenarios/clinic').bundle;
    expect(a?.storyVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(a?.storyVersion).toBe(b?.storyVersion);
  });
});

describe('finding tags in source', () => {
  it('splits choice tags inside brackets from content tags after them', () => {
    expect(tagsOnLine('* [Ask # move: open-question # time: 2] # speaker: you', 1)).toEqual({ line: 1, choice: ['move: open-question', 'time: 2'], content: ['speaker: you'] });
  });
  it('ignores comments and fallback choices, and sees an untagged choice', () => {
    expect(tagsOnLine('Hello // # not a tag', 2)).toBeNull();
    expect(tagsOnLine('* -> fallback', 3)).toBeNull();
    expect(tagsOnLine('+ [Wait]', 4)).toEqual({ line: 4, choice: [], content: [] });
  });
});
