// Tells the reporter (the school's learning system, or none) about one run as it is played:
// opened, each choice with the run code so far, the ending.
import type { Encounter } from '../engine/encounter';
import { runCodeOf } from '../engine/run-code';
import { pointKey } from '../engine/run-log';
import type { Reporter, RunRef } from '../reporting/reporter';

/** Starts reporting `encounter`; returns the function that stops it. */
export function reportRun(reporter: Reporter, encounter: Encounter, run: RunRef, now: () => Date): () => void {
  reporter.started(run, now());
  return encounter.subscribe((step) => {
    const entry = encounter.log.at(-1);
    if (!entry) return;
    const runCode = runCodeOf(run.scenarioId, run.storyVersion, encounter.summary());
    reporter.choice({ run, entry, choicePoint: pointKey(entry), runCode, at: now() });
    if (step.ended) reporter.ended({ run, ending: encounter.ending, runCode, at: now() });
  });
}
