// The SCORM reporter against scorm-again's real SCORM 1.2 and 2004 runtimes as the LMS: what
// it records for each choice, how a run is kept and resumed across sessions, completion
// without a score, one commit per choice, and an LMS that refuses or fails.
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { decodeRunCode, replayRunCodeSoFar, runCodeOf } from '../../src/engine/run-code';
import { pointKey } from '../../src/engine/run-log';
import type { Scorm12Api, Scorm2004Api } from '../../src/reporting/scorm/find-api';
import { fixtureBundle } from '../helpers';
import type { CmiData } from '../e2e/lms/scorm-lms.js';
import { launch, newLms, playReported, runOf, TestClock, VERSIONS, type LmsApi } from './scorm-play';

// Five choices, two choice points met twice: interaction ids must tell the visits apart.
const bundle = fixtureBundle('scenarios/replay-traps');
const SEED = 41;
/** The first option once, then the last: the story's shortest way to an ending from there. */
const PICK = (turn: number, offered: number) => (turn === 0 ? 0 : offered - 1);

/** What each version calls things, as the SCORM books say (the test's own statement, not the reporter's table). */
const SPEC = {
  '1.2': {
    response: 'student_response',
    time: 'time',
    id: /^[A-Za-z0-9_.-]{1,255}$/,
    core: (cmi: CmiData) => cmi.core as Record<string, string>,
    status: (cmi: CmiData) => (cmi.core as Record<string, string>).lesson_status,
    location: (cmi: CmiData) => (cmi.core as Record<string, string>).lesson_location,
    finishedExit: '',
  },
  '2004': {
    response: 'learner_response',
    time: 'timestamp',
    // A URN (RFC 8141): its namespace, then unreserved characters and percent-escapes.
    id: /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[A-Za-z0-9()+,\-.:=@;$_!*'%/]+$/,
    core: (cmi: CmiData) => cmi as Record<string, string>,
    status: (cmi: CmiData) => cmi.completion_status as string,
    location: (cmi: CmiData) => cmi.location as string,
    finishedExit: 'normal',
  },
} as const;

type Interaction = Record<string, string> & { objectives: Record<string, { id: string }> };

function interactions(cmi: CmiData | null): Interaction[] {
  const held = (cmi?.interactions ?? {}) as Record<string, Interaction>;
  return Object.keys(held)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => held[k]!);
}

const as12 = (api: LmsApi) => api as unknown as Scorm12Api;
const as2004 = (api: LmsApi) => api as unknown as Scorm2004Api;

const two = (n: number) => String(n).padStart(2, '0');
const LETTERS = 'abcdefghijklmnop';

describe.each(VERSIONS)('the SCORM %s reporter', (version) => {
  const spec = SPEC[version];

  it('records each choice as an interaction: its id, type choice, the moves, the time and the option taken', () => {
    const lms = newLms(version);
    const clock = new TestClock(new Date(2026, 2, 14, 9, 0, 0));
    const { reporter, problems } = launch(lms, clock);
    // Each choice at a time whose parts are known: local for 1.2 (a time of day), UTC for 2004.
    const at = (turn: number) => (version === '1.2' ? new Date(2026, 2, 14, 9, 30 + turn, 5 + turn) : new Date(Date.UTC(2026, 2, 14, 9, 30 + turn, 5 + turn, 250)));
    const encounter = playReported(reporter, Encounter.begin(bundle, SEED), clock, { pick: PICK, before: (turn) => (clock.time = at(turn)) });

    const recorded = interactions(lms.kept);
    expect(recorded).toHaveLength(encounter.log.length);
    expect(new Set(recorded.map((i) => i.id)).size).toBe(recorded.length);
    for (const [n, entry] of encounter.log.entries()) {
      const interaction = recorded[n]!;
      expect(interaction.id).toMatch(spec.id);
      for (const part of [bundle.meta.id, pointKey(entry), `turn-${entry.turn}`]) expect(interaction.id).toContain(part);
      expect(interaction.type).toBe('choice');
      expect(interaction[spec.response]).toBe(LETTERS[entry.offered.findIndex((o) => o.index === entry.chosen)]);
      expect(interaction[spec.time]).toBe(version === '1.2' ? `09:${30 + n}:${two(5 + n)}` : `2026-03-14T09:${30 + n}:${two(5 + n)}.25Z`);
      const objectives = Object.values(interaction.objectives).map((o) => o.id);
      expect(objectives).toHaveLength(new Set(entry.moves).size);
      for (const [m, move] of entry.moves.entries()) {
        expect(objectives[m]).toMatch(spec.id);
        expect(objectives[m]!.endsWith(move)).toBe(true);
      }
    }
    expect(spec.location(lms.kept!)).toContain(pointKey(encounter.log.at(-1)!));
    expect(problems).toEqual([]);
  });

  it('keeps the run so far in suspend_data, naming the scenario and story version, and resumes it in the next session', async () => {
    const lms = newLms(version);
    const clock = new TestClock(new Date(2026, 2, 14, 9, 0, 0));
    const first = launch(lms, clock);
    const played = playReported(first.reporter, Encounter.begin(bundle, SEED), clock, { choices: 3 });
    first.reporter.leave();
    const kept = lms.kept!.suspend_data as string;
    expect(kept).toContain(bundle.meta.id);
    expect(kept).toContain(bundle.storyVersion);

    const second = launch(lms, clock);
    expect(spec.core(second.api.cmi as unknown as CmiData).entry).toBe('resume');
    const text = await second.reporter.resumeCode(bundle.meta.id);
    expect(text).toBe(runCodeOf(bundle.meta.id, bundle.storyVersion, played.summary()));
    expect(await second.reporter.resumeCode('another-scenario')).toBeNull();
    const decoded = decodeRunCode(text!);
    const resumed = decoded.ok ? replayRunCodeSoFar(bundle, decoded.value) : decoded;
    if (!resumed.ok) throw new Error(`the kept run did not replay: ${resumed.problem.kind}`);
    // The same line, the same choices on offer, the same hidden state.
    expect(resumed.value.transcript).toEqual(played.transcript);
    expect(resumed.value.choices).toEqual(played.choices);
    expect(resumed.value.summary()).toEqual(played.summary());

    // Played on to the end, the new choices follow the ones the LMS kept: none overwritten.
    playReported(second.reporter, resumed.value, clock);
    const recorded = interactions(lms.kept);
    expect(recorded).toHaveLength(resumed.value.log.length);
    expect(recorded.map((i) => i.id)).toEqual(resumed.value.log.map((e) => expect.stringContaining(`turn-${e.turn}`) as string));
    expect(second.problems).toEqual([]);
  });

  it('commits after every choice and at the ending, marks the unit completed there, and never sets a score', () => {
    const lms = newLms(version);
    const clock = new TestClock(new Date(2026, 2, 14, 9, 0, 0));
    const { reporter } = launch(lms, clock);
    const encounter = Encounter.begin(bundle, SEED);
    const commitsBefore: number[] = [];
    playReported(reporter, encounter, clock, { before: () => commitsBefore.push(lms.commits) });
    expect(commitsBefore).toEqual(encounter.log.map((_, turn) => turn));
    expect(lms.commits).toBe(encounter.log.length + 1);
    expect(spec.status(lms.kept!)).toBe('completed');
    if (version === '2004') expect(lms.kept!.success_status).toBe('unknown');
    expect(lms.sets.filter(([element]) => /score|success_status|result|mastery/.test(element))).toEqual([]);
    const score = (version === '1.2' ? spec.core(lms.kept!).score : lms.kept!.score) as Record<string, string>;
    expect(score.raw).toBe('');
  });

  it('marks a unit begun as incomplete, so an LMS cannot take its closing as completion', () => {
    const lms = newLms(version);
    const clock = new TestClock(new Date(2026, 2, 14, 9, 0, 0));
    const { reporter } = launch(lms, clock);
    playReported(reporter, Encounter.begin(bundle, SEED), clock, { choices: 1 });
    expect(spec.status(lms.kept!)).toBe('incomplete');
  });

  it('leaves suspended mid-run, and finished after an ending, with the session’s length', () => {
    for (const choices of [2, Infinity]) {
      const lms = newLms(version);
      const clock = new TestClock(new Date(Date.UTC(2026, 2, 14, 9, 0, 0)));
      const { reporter } = launch(lms, clock);
      const played = playReported(reporter, Encounter.begin(bundle, SEED), clock, { choices });
      clock.time = new Date(Date.UTC(2026, 2, 14, 10, 2, 3, 450));
      reporter.leave();
      reporter.leave();
      const core = spec.core(lms.kept!);
      expect(core.exit).toBe(choices === Infinity ? spec.finishedExit : 'suspend');
      expect(core.session_time).toBe(version === '1.2' ? '01:02:03.45' : 'PT1H2M3.45S');
      // After Finish / Terminate nothing more is sent.
      const sets = lms.sets.length;
      reporter.choice({ run: runOf(played), entry: played.log[0]!, choicePoint: 'x', runCode: 'x', at: clock.now() });
      expect(lms.sets.length).toBe(sets);
    }
  });

  it('names the learner the LMS launched, so a shared computer keeps their saves apart', () => {
    expect(launch(newLms(version, 'stu-0042'), new TestClock(new Date())).reporter.learner).toBe('stu-0042');
    expect(launch(newLms(version, 'stu-0043'), new TestClock(new Date())).reporter.learner).toBe('stu-0043');
  });

  it('reads a suspend_data that is not its own, or is another scenario’s, or is from an old attempt, as nothing kept', async () => {
    const ours = async (suspendData: string, entry: string) => {
      const lms = newLms(version);
      const api = lms.launch();
      const cmi = api.cmi as unknown as CmiData;
      cmi.suspend_data = suspendData;
      spec.core(cmi).entry = entry;
      const { reporter, problems } = launch(lms, new TestClock(new Date()), api);
      const code = await reporter.resumeCode(bundle.meta.id);
      expect(problems).toEqual([]);
      return code;
    };
    const code = runCodeOf(bundle.meta.id, bundle.storyVersion, Encounter.begin(bundle, SEED).summary());
    const framed = `asymmetry/1|${bundle.meta.id}|${bundle.storyVersion}|${code}`;
    expect(await ours(framed, 'resume')).toBe(code);
    // The same attempt, not suspended (an LMS that kept the data after a plain exit): go on.
    expect(await ours(framed, '')).toBe(code);
    // A new attempt starts afresh, whatever an LMS left behind.
    expect(await ours(framed, 'ab-initio')).toBeNull();
    for (const foreign of [
      '',
      code,
      'viewed=1,2,3|lastviewedslide=3',
      `asymmetry/1|another-scenario|${bundle.storyVersion}|${code}`,
      `asymmetry/2|${bundle.meta.id}|${bundle.storyVersion}|${code}`,
      `asymmetry/1|${bundle.meta.id}|${bundle.storyVersion}`,
      `asymmetry/1|%E0%A4%A|${bundle.storyVersion}|${code}`,
      `asymmetry/1|${bundle.meta.id}||${code}`,
      `asymmetry/1|${bundle.meta.id}|${bundle.storyVersion}|${code}|more`,
      '{"asymmetry":1}',
    ]) {
      expect(await ours(foreign, 'resume'), foreign).toBeNull();
    }
  });
});

describe.each(VERSIONS)('the SCORM %s reporter with an LMS that refuses or fails', (version) => {
  it('goes on without the LMS when it will not open a session, and says why', async () => {
    const lms = newLms(version);
    const api = lms.launch();
    // Someone else opened the session first: a second Initialize is refused.
    expect(String(version === '1.2' ? as12(api).LMSInitialize('') : as2004(api).Initialize(''))).toBe('true');
    const clock = new TestClock(new Date());
    const { reporter, problems } = launch(lms, clock, api);
    expect(problems).toEqual([{ call: version === '1.2' ? 'LMSInitialize' : 'Initialize', element: null, code: version === '1.2' ? '101' : '103', message: expect.stringMatching(/\w/) }]);
    expect(await reporter.resumeCode(bundle.meta.id)).toBeNull();
    expect(reporter.learner, 'a session that did not open names no learner').toBeNull();
    playReported(reporter, Encounter.begin(bundle, SEED), clock);
    reporter.leave();
    expect(lms.sets).toEqual([]);
    expect(lms.commits).toBe(0);
    expect(problems).toHaveLength(1);
  });

  it('reports each refusal with the LMS’s code and words when the LMS ends the session under it, and goes on', () => {
    const lms = newLms(version);
    const clock = new TestClock(new Date());
    const { api, reporter, problems } = launch(lms, clock);
    playReported(reporter, Encounter.begin(bundle, SEED), clock, { choices: 1 });
    expect(problems).toEqual([]);
    if (version === '1.2') as12(api).LMSFinish('');
    else as2004(api).Terminate('');
    // SCORM 1.2's scorm-again still takes values after LMSFinish; 2004's refuses them: 123, 133,
    // 143 (get, set, commit after termination) and 113 (terminate after termination).
    expect(() => playReported(reporter, Encounter.begin(bundle, SEED), clock)).not.toThrow();
    expect(() => reporter.leave()).not.toThrow();
    if (version === '2004') {
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(['113', '123', '133', '143']).toContain(problem.code);
        expect(problem.message).toMatch(/\w/);
      }
      expect(problems.map((p) => p.call)).toEqual(expect.arrayContaining(['GetValue', 'SetValue', 'Commit', 'Terminate']));
    }
  });

  it('reports a runtime that throws, and goes on with the calls that work', () => {
    const lms = newLms(version);
    const real = lms.launch();
    const setter = version === '1.2' ? 'LMSSetValue' : 'SetValue';
    const committer = version === '1.2' ? 'LMSCommit' : 'Commit';
    // An LMS whose interactions are broken and whose commits fail without an error code.
    const broken = new Proxy(real, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        if (name === setter) {
          return (element: string, text: string) => {
            if (element.startsWith('cmi.interactions.')) throw new TypeError('interactions are not supported');
            return (value as (e: string, t: string) => unknown).call(target, element, text);
          };
        }
        if (name === committer) return () => 'false';
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const clock = new TestClock(new Date());
    const { reporter, problems } = launch(lms, clock, broken);
    const encounter = playReported(reporter, Encounter.begin(bundle, SEED), clock, { choices: 2 });
    // One failed id per choice (the rest of that interaction is not tried), one failed commit per choice.
    expect(problems.filter((p) => p.code === 'exception')).toEqual(
      encounter.log.map(() => ({ call: setter, element: 'cmi.interactions.0.id', code: 'exception', message: 'interactions are not supported' })),
    );
    expect(problems.filter((p) => p.call === committer)).toHaveLength(2);
    expect(problems.filter((p) => p.call === committer).every((p) => p.code === '0')).toBe(true);
    // What the LMS did take: the run so far, to resume.
    expect(lms.sets.find(([element]) => element === 'cmi.suspend_data')?.[1]).toContain(bundle.meta.id);
  });
});
