// A run saved on an earlier version of its scenario, carried onto the version the game has now:
// its seed and choices are played again on the new story wherever the path still exists, so a
// content update never strands a run part-way through. A choice is known by what the learner
// chose, the option's text (or, if only its wording was edited, its debrief line), never by
// ink's path to it: that path counts positions in the compiled story and moves whenever a line
// is added above the choice. Where the path is gone, the reason comes back as data.
import { Encounter, isSeed, type ScenarioBundle } from './encounter';
import { refuse, type PathGone, type Read } from './read-problem';
import type { LogEntry, OfferedChoice } from './run-log';

/** The run of `seed` and `log` (made on another version of `bundle`'s story), played on this version. */
export function replayOnUpdatedStory(bundle: ScenarioBundle, seed: number, log: readonly LogEntry[]): Read<Encounter> {
  if (!isSeed(seed)) return refuse({ kind: 'damaged', field: 'story-state' });
  const encounter = Encounter.begin(bundle, seed);
  for (const [turn, entry] of log.entries()) {
    const taken = entry.offered.find((c) => c.index === entry.chosen);
    if (!taken) return refuse({ kind: 'damaged', field: 'choice-order' });
    const gone = (change: PathGone['change']) => refuse({ kind: 'story-changed', gone: { turn, choice: taken.text, change } });
    if (encounter.ended) return gone('ends-sooner');
    const option = sameOption(encounter.choices, taken);
    if (!option) return gone(entry.offered.some((other) => other !== taken && sameOption(encounter.choices, other)) ? 'option' : 'moment');
    encounter.choose(option.index);
    // The same words in another scene (a "Say nothing" elsewhere) are not this moment.
    if (encounter.log[turn]!.knot !== entry.knot) return gone('moment');
  }
  return { ok: true, value: encounter };
}

/** The one option on offer that is `taken`: the same text, or failing that the same debrief line. */
function sameOption(offered: readonly OfferedChoice[], taken: OfferedChoice): OfferedChoice | undefined {
  return onlyOne(offered.filter((c) => c.text === taken.text)) ?? onlyOne(offered.filter((c) => c.why !== '' && c.why === taken.why));
}

function onlyOne<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
