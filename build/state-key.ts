// The story checker's key for a state: equal for states with the same future, so that paths
// that rejoin are explored once.

/** Visit counts above this are treated alike, so that going round a loop again is the same state. */
const VISIT_CAP = 3;

/**
 * A key that is equal for states with the same future. The turn counter and turn indices
 * matter only to stories that use TURNS_SINCE or TURNS, and are dropped otherwise; visit
 * counts are capped, which is exact unless a story tests a count above the cap.
 */
export function stateKeyer(storyJson: string): (state: string) => string {
  const usesTurns = /"turns?"/.test(storyJson);
  return (state) => {
    const parsed = JSON.parse(state) as Record<string, unknown>;
    if (!usesTurns) {
      delete parsed.turnIdx;
      delete parsed.turnIndices;
    }
    const visits = parsed.visitCounts as Record<string, number> | undefined;
    if (visits) for (const k of Object.keys(visits)) visits[k] = Math.min(visits[k]!, VISIT_CAP);
    // Thread numbers only grow as a story runs; their values say nothing about the future.
    return JSON.stringify(parsed)
      .replace(/"(threadIndex|threadCounter|originalThreadIndex)":\d+/g, '"$1":0')
      .replace(/"\d+":\{"callstack"/g, '"t":{"callstack"');
  };
}
