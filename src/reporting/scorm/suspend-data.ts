// What the game keeps in the LMS's suspend_data: the run so far as its run code, framed so the
// data says whose it is. `asymmetry/1|<scenario id>|<story version>|<run code>`: a version
// for the framing, then the scenario and story version spelt out (the code holds only their
// fingerprints) so an LMS administrator reading it, and the game, can tell which run it is.
// Anything else (another SCO's data, a newer framing, damage) is not ours, and is left alone.

const FRAMING = 'asymmetry/1';
const SEPARATOR = '|';

export interface KeptRun {
  scenarioId: string;
  storyVersion: string;
  runCode: string;
}

export function writeSuspendData(run: KeptRun): string {
  return [FRAMING, encodeURIComponent(run.scenarioId), encodeURIComponent(run.storyVersion), run.runCode].join(SEPARATOR);
}

/** The run a suspend_data holds, or null if it holds none of ours. Never throws. */
export function readSuspendData(text: string): KeptRun | null {
  const fields = text.split(SEPARATOR);
  if (fields.length !== 4 || fields[0] !== FRAMING) return null;
  const [, scenario, story, runCode] = fields as [string, string, string, string];
  try {
    const run = { scenarioId: decodeURIComponent(scenario), storyVersion: decodeURIComponent(story), runCode };
    return run.scenarioId && run.storyVersion && run.runCode ? run : null;
  } catch {
    return null;
  }
}
