import { describe, expect, it } from 'vitest';
import { reportRun } from '../../src/app/report-run';
import { Encounter } from '../../src/engine/encounter';
import { decodeRunCode, replayRunCodeSoFar } from '../../src/engine/run-code';
import type { ChoiceReport, EndReport, Reporter, RunRef } from '../../src/reporting/reporter';
import { fixtureBundle } from '../helpers';

const bundle = fixtureBundle('scenarios/variants');

function recordingReporter() {
  const seen: { started: RunRef[]; choices: ChoiceReport[]; ended: EndReport[] } = { started: [], choices: [], ended: [] };
  const reporter: Reporter = {
    kind: 'xapi',
    resumeCode: () => Promise.resolve(null),
    started: (run) => seen.started.push(run),
    choice: (report) => seen.choices.push(report),
    ended: (report) => seen.ended.push(report),
    leave: () => undefined,
  };
  return { reporter, seen };
}

describe('reporting a run', () => {
  const run: RunRef = { scenarioId: bundle.meta.id, scenarioTitle: bundle.meta.title, storyVersion: bundle.storyVersion, seed: 7, attempt: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee' };
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 11, 7, 9, 0, tick++));

  it('tells the reporter of the start, each choice with the run so far, and the ending, once each', () => {
    const { reporter, seen } = recordingReporter();
    const encounter = Encounter.begin(bundle, run.seed);
    reportRun(reporter, encounter, run, now);
    while (!encounter.ended) encounter.choose(encounter.choices.at(-1)!.index);

    expect(seen.started).toEqual([run]);
    expect(seen.choices.map((c) => c.entry)).toEqual(encounter.log);
    expect(seen.choices.map((c) => c.choicePoint)).toEqual(encounter.log.map((e) => e.path.split('.').slice(0, -1).join('.')));
    // Each report's code replays to the run as it was at that choice.
    for (const [turn, report] of seen.choices.entries()) {
      const code = decodeRunCode(report.runCode);
      const replayed = code.ok ? replayRunCodeSoFar(bundle, code.value) : code;
      if (!replayed.ok) throw new Error(replayed.problem.kind);
      expect(replayed.value.log).toEqual(encounter.log.slice(0, turn + 1));
    }
    expect(seen.ended).toEqual([{ run, ending: encounter.ending, runCode: seen.choices.at(-1)!.runCode, at: expect.any(Date) }]);
    expect(encounter.ending).not.toBeNull();
  });

  it('stops when told to: a run left is no longer reported', () => {
    const { reporter, seen } = recordingReporter();
    const encounter = Encounter.begin(bundle, run.seed);
    const stop = reportRun(reporter, encounter, run, now);
    encounter.choose(encounter.choices[0]!.index);
    stop();
    encounter.choose(encounter.choices[0]!.index);
    expect(seen.choices).toHaveLength(1);
  });
});
