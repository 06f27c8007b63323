import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { cleanNickname, decodeRunCode, encodeRunCode, NICKNAME_MAX, replayRunCode, replayRunCodeSoFar, runCodeLine, runCodeOf, RUN_CODE_VERSION, splitRunCodeLine, type DecodedRunCode } from '../../src/engine/run-code';
import { fixtureBundle } from '../helpers';

const bundle = fixtureBundle('scenarios/variants');

/** Plays the fixture to its end, taking option `pick(turn, offered)` at each choice point. */
function playedRun(seed: number, pick: (turn: number, offered: number) => number): Encounter {
  const encounter = Encounter.begin(bundle, seed);
  while (!encounter.ended) encounter.choose(encounter.choices[pick(encounter.log.length, encounter.choices.length)]!.index);
  return encounter;
}

const codeOf = (run: Encounter) => runCodeOf(bundle.meta.id, bundle.storyVersion, run.summary());

function decoded(code: string): DecodedRunCode {
  const read = decodeRunCode(code);
  if (!read.ok) throw new Error(`refused: ${read.problem.kind}`);
  return read.value;
}

describe('run codes', () => {
  it('rebuild the whole run, lines, moves, variables and ending, by replaying it', () => {
    for (const seed of [0, 7, 4242, 99_999]) {
      const original = playedRun(seed, (turn, offered) => (turn + seed) % offered);
      const replayed = replayRunCode(bundle, decoded(codeOf(original)));
      expect(replayed.ok).toBe(true);
      if (!replayed.ok) continue;
      expect(replayed.value.summary()).toEqual(original.summary());
      expect(replayed.value.transcript).toEqual(original.transcript);
    }
  });

  it('replay the same on one encounter restarted for each run as on a new one each time', () => {
    const replayer = Encounter.begin(bundle, 3);
    const kept: Encounter['log'][] = [];
    for (const seed of [0, 7, 4242, 99_999]) {
      const original = playedRun(seed, (turn, offered) => (turn * 3 + seed) % offered);
      const fresh = replayRunCode(bundle, decoded(codeOf(original)));
      const reused = replayRunCode(bundle, decoded(codeOf(original)), [], replayer);
      expect(reused.ok && fresh.ok).toBe(true);
      if (!reused.ok || !fresh.ok) continue;
      expect(reused.value).toBe(replayer);
      expect(reused.value.transcript).toEqual(fresh.value.transcript);
      expect(reused.value.summary()).toEqual(fresh.value.summary());
      kept.push([...reused.value.log]);
    }
    // A run's log taken out before the next restart is not changed by it: its entries are its own.
    expect(kept).toEqual([0, 7, 4242, 99_999].map((seed) => [...playedRun(seed, (turn, offered) => (turn * 3 + seed) % offered).log]));
  });

  it('are a few dozen characters a learner can read out: base32 in groups of four', () => {
    const code = encodeRunCode({ scenarioId: 'twelve-seconds', storyVersion: 'abc123', seed: 54_321, choices: Array.from({ length: 30 }, (_, i) => i % 9) });
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    expect(code.replace(/-/g, '').length).toBeLessThanOrEqual(45);
  });

  it('read the same whatever the case, spacing or hyphens, and take I, L and O for 1, 1 and 0', () => {
    const code = codeOf(playedRun(12, () => 0));
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(decoded(`  ${typed}\n`)).toEqual(decoded(code));
  });

  it('refuse any single mistyped character as damaged, never as another run', () => {
    const code = codeOf(playedRun(31, (turn) => turn % 2)).replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    fc.assert(
      fc.property(fc.nat(code.length - 1), fc.integer({ min: 1, max: 31 }), (at, shift) => {
        const wrong = alphabet[(alphabet.indexOf(code[at]!) + shift) % 32]!;
        const read = decodeRunCode(code.slice(0, at) + wrong + code.slice(at + 1));
        expect(read.ok).toBe(false);
      }),
    );
  });

  it('refuse text that is not a code, a truncated code, and one with characters added', () => {
    const code = codeOf(playedRun(5, () => 1));
    for (const text of ['', 'hello world!', '<script>alert(1)</script>', 'U'.repeat(20), 'Z'.repeat(10_000)]) expect(decodeRunCode(text)).toEqual({ ok: false, problem: { kind: 'unreadable' } });
    expect(decodeRunCode(code.slice(0, -3))).toMatchObject({ ok: false, problem: { kind: 'damaged', field: 'checksum' } });
    expect(decodeRunCode(code.slice(0, 12))).toMatchObject({ ok: false, problem: { kind: 'damaged', field: 'checksum' } });
    expect(decodeRunCode(`${code}00`)).toMatchObject({ ok: false, problem: { kind: 'damaged', field: 'checksum' } });
  });

  it('say whether a code comes from a newer or an older version of the game', () => {
    const parts = { scenarioId: bundle.meta.id, storyVersion: bundle.storyVersion, seed: 3, choices: [0, 1] };
    expect(decodeRunCode(encodeRunCode(parts, RUN_CODE_VERSION + 1))).toEqual({ ok: false, problem: { kind: 'newer-version' } });
    expect(decodeRunCode(encodeRunCode(parts, RUN_CODE_VERSION - 1))).toEqual({ ok: false, problem: { kind: 'older-version' } });
  });

  it('are refused for another scenario (named when known) or another version of the story', () => {
    const choices = [0, 0];
    const other = decoded(encodeRunCode({ scenarioId: 'carlos', storyVersion: bundle.storyVersion, seed: 1, choices }));
    expect(replayRunCode(bundle, other, ['boundaries', 'carlos'])).toEqual({ ok: false, problem: { kind: 'other-scenario', scenarioId: 'carlos' } });
    expect(replayRunCode(bundle, other)).toEqual({ ok: false, problem: { kind: 'other-scenario', scenarioId: null } });
    const edited = decoded(encodeRunCode({ scenarioId: bundle.meta.id, storyVersion: `${bundle.storyVersion}-edited`, seed: 1, choices }));
    expect(replayRunCode(bundle, edited)).toEqual({ ok: false, problem: { kind: 'story-changed' } });
  });

  it('with a tampered choice (checksum made good) are refused where the choice was never offered', () => {
    const run = playedRun(8, () => 0);
    const choices = run.log.map(() => 0);
    choices[1] = 15;
    const tampered = decoded(encodeRunCode({ scenarioId: bundle.meta.id, storyVersion: bundle.storyVersion, seed: run.seed, choices }));
    expect(replayRunCode(bundle, tampered)).toEqual({ ok: false, problem: { kind: 'does-not-replay', turn: 1 } });
    const tooMany = decoded(encodeRunCode({ scenarioId: bundle.meta.id, storyVersion: bundle.storyVersion, seed: run.seed, choices: [...run.log.map(() => 0), 0] }));
    expect(replayRunCode(bundle, tooMany)).toEqual({ ok: false, problem: { kind: 'does-not-replay', turn: run.log.length } });
  });

  it('of a run stopped part-way are refused as unfinished', () => {
    const encounter = Encounter.begin(bundle, 2);
    encounter.choose(encounter.choices[0]!.index);
    expect(encounter.ended).toBe(false);
    expect(replayRunCode(bundle, decoded(codeOf(encounter)))).toEqual({ ok: false, problem: { kind: 'unfinished' } });
  });

  it('of a run stopped part-way resume where it stopped: same lines, choices and variables (a learning system’s kept run)', () => {
    const encounter = Encounter.begin(bundle, 2);
    encounter.choose(encounter.choices[1]!.index);
    const resumed = replayRunCodeSoFar(bundle, decoded(codeOf(encounter)));
    if (!resumed.ok) throw new Error(resumed.problem.kind);
    expect(resumed.value.snapshot()).toEqual(encounter.snapshot());
    expect(resumed.value.choices).toEqual(encounter.choices);
    expect(replayRunCodeSoFar(fixtureBundle('scenarios/clinic'), decoded(codeOf(encounter)))).toMatchObject({ ok: false, problem: { kind: 'other-scenario' } });
  });
});

describe('a run code line', () => {
  it('carries a nickname after the code, and splits back into both', () => {
    const code = codeOf(playedRun(4, () => 0));
    expect(runCodeLine(code, null)).toBe(code);
    expect(splitRunCodeLine(runCodeLine(code, 'Sam O'))).toEqual({ code, nickname: 'Sam O' });
    expect(splitRunCodeLine(`  ${code}  `)).toEqual({ code, nickname: null });
  });

  it('takes a nickname of letters, digits, spaces, hyphens and apostrophes, up to the limit', () => {
    expect(cleanNickname('  Zoë   O’Neill ')).toBe('Zoë O’Neill');
    expect(cleanNickname('Table 3')).toBe('Table 3');
    for (const bad of ['', '<b>x</b>', 'a"b', 'x'.repeat(NICKNAME_MAX + 1), '-lead', 'javascript:alert(1)']) expect(cleanNickname(bad)).toBeNull();
  });
});
