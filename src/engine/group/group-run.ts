// One learner's run as the facilitator's device holds it: rebuilt from its run code by
// replaying it with the engine, so nothing a file claims about the run is trusted.
import { decodeRunCode, encodeRunCode, replayRunCode } from '../run-code';
import type { Read } from '../read-problem';
import type { RunSummary, VariableSnapshot } from '../run-log';
import type { Encounter } from '../encounter';
import type { ScenarioBundle } from '../scenario-bundle';

export interface GroupRun {
  /** The code as this device writes it: the same run always has the same code, whoever typed it. */
  code: string;
  nickname: string | null;
  /** What the story drew from the seed: which patient this learner met. */
  variant: VariableSnapshot;
  summary: RunSummary;
}

/** What a session keeps of a run: enough to rebuild it, nothing else. */
export interface KeptRun {
  code: string;
  nickname: string | null;
}

/**
 * Replays a code for `bundle` on `replayer` (an encounter of the same bundle, restarted for each
 * run). The nickname must already be clean (run-code.ts cleanNickname). `otherScenarios` lets a
 * refusal name the scenario a code is for.
 */
export function replayGroupRun(bundle: ScenarioBundle, replayer: Encounter, code: string, nickname: string | null, otherScenarios: readonly string[] = []): Read<GroupRun> {
  const decoded = decodeRunCode(code);
  if (!decoded.ok) return decoded;
  // What the seed drew, read before any choice, as the learner's own debrief reads it.
  replayer.restart(decoded.value.seed);
  const variant = replayer.variant;
  const replayed = replayRunCode(bundle, decoded.value, otherScenarios, replayer);
  if (!replayed.ok) return replayed;
  const summary = replayed.value.summary();
  return {
    ok: true,
    value: {
      code: encodeRunCode({ scenarioId: bundle.meta.id, storyVersion: bundle.storyVersion, seed: decoded.value.seed, choices: decoded.value.choices }),
      nickname,
      variant,
      // The replayer's log starts again with the next run: this run keeps its own.
      summary: { ...summary, log: [...summary.log] },
    },
  };
}
