// What the story checker learns about judgement from its playthroughs: at each choice point,
// which option does best by what the scenario says is at stake, in each variant of the run,
// and whether that is simply the option that shares the most power. A library where the most
// sharing option always wins teaches a rule; one where the best option depends on the run
// teaches judgement.
import type { OfferedChoice, VariableSnapshot } from '../src/engine/run-log.ts';
import { outcomeScore, sharingScore, type MoveDirections, type Stake } from '../src/engine/stakes.ts';

/** Samples an option needs in a variant before its mean is trusted. */
const MIN_SAMPLES = 2;
/** How far (in stake points) a winner must lead, so noise between paths is not called variation. */
const MARGIN = 1;

interface Mean {
  sum: number;
  n: number;
}

interface PointTally {
  prompt: string | null;
  options: readonly OfferedChoice[];
  /** Per variant, per option text: the option's outcome score. */
  variants: Map<string, Map<string, Mean>>;
}

export interface VaryingPoint {
  prompt: string | null;
  /** The best option in each of two variants that disagree. */
  best: { variant: string; option: string }[];
}

export interface JudgementSummary {
  /** Choice points met with more than one option. */
  points: number;
  varying: VaryingPoint[];
  /** Points whose options differ in how much they share power. */
  contested: number;
  /**
   * Of those, how many have an option sharing the most that is also among the best by outcome,
   * judged in each variant that met the point and averaged over them: a point where sharing
   * wins in one variant and loses in another counts half.
   */
  sharingBest: number;
  /** Each contested point where sharing the most is best in at least one variant, and in what share of them. */
  sharingWins: SharingWin[];
}

export interface SharingWin {
  prompt: string | null;
  /** The option sharing the most (the first, if several tie). */
  option: string;
  /** In what share of the variants judged it is also among the best: 0 < share <= 1. */
  share: number;
}

export class OptionTally {
  private readonly points = new Map<string, PointTally>();

  constructor(
    private readonly stakes: readonly Stake[],
    private readonly taxonomy: MoveDirections,
  ) {}

  /** One choice taken: the options offered, the variant of the run, and the variables before and after. */
  record(variant: string, prompt: string | null, options: readonly OfferedChoice[], chosen: OfferedChoice, before: VariableSnapshot, after: VariableSnapshot): void {
    if (options.length < 2) return;
    const key = options.map((o) => o.text).join('\n');
    let point = this.points.get(key);
    if (!point) this.points.set(key, (point = { prompt, options, variants: new Map() }));
    let byOption = point.variants.get(variant);
    if (!byOption) point.variants.set(variant, (byOption = new Map<string, Mean>()));
    const change: VariableSnapshot = {};
    for (const s of this.stakes) change[s.name] = (after[s.name] ?? 0) - (before[s.name] ?? 0);
    const mean = byOption.get(chosen.text) ?? { sum: 0, n: 0 };
    mean.sum += outcomeScore(change, this.stakes);
    mean.n++;
    byOption.set(chosen.text, mean);
  }

  summary(): JudgementSummary {
    const varying: VaryingPoint[] = [];
    let contested = 0;
    let sharingBest = 0;
    const wins: SharingWin[] = [];
    for (const point of this.points.values()) {
      const split = disagreement(point);
      if (split) varying.push({ prompt: point.prompt, best: split });
      const sharing = point.options.map((o) => sharingScore(o.moves, this.taxonomy));
      if (Math.max(...sharing) === Math.min(...sharing)) continue;
      contested++;
      const mostSharing = Math.max(...sharing);
      // Ties count for sharing: an option sharing the most that is within half a margin of the best.
      const sharingWins = (score: (text: string) => number) => {
        const top = Math.max(...point.options.map((o) => score(o.text)));
        return point.options.some((o, i) => sharing[i] === mostSharing && score(o.text) >= top - MARGIN / 2);
      };
      const judged = [...point.variants.values()].filter((scores) => point.options.every((o) => (scores.get(o.text)?.n ?? 0) >= MIN_SAMPLES));
      const pooled = pool(point);
      const verdicts = judged.length ? judged.map((scores) => sharingWins((text) => meanOf(scores.get(text)))) : [sharingWins((text) => pooled.get(text) ?? -Infinity)];
      const share = verdicts.filter(Boolean).length / verdicts.length;
      sharingBest += share;
      if (share > 0) wins.push({ prompt: point.prompt, option: point.options[sharing.indexOf(mostSharing)]!.text, share });
    }
    return { points: this.points.size, varying, contested, sharingBest: Math.round(sharingBest * 10) / 10, sharingWins: wins };
  }
}

const meanOf = (m: Mean | undefined) => (m && m.n > 0 ? m.sum / m.n : -Infinity);

/** Each option's mean over every variant, for the sharing comparison. */
function pool(point: PointTally): Map<string, number> {
  const all = new Map<string, Mean>();
  for (const byOption of point.variants.values()) {
    for (const [text, m] of byOption) {
      const a = all.get(text) ?? { sum: 0, n: 0 };
      all.set(text, { sum: a.sum + m.sum, n: a.n + m.n });
    }
  }
  return new Map([...all].map(([text, m]) => [text, meanOf(m)]));
}

/** Two variants whose best options differ, each winning clearly in its own variant; null if none. */
function disagreement(point: PointTally): VaryingPoint['best'] | null {
  const winners: { variant: string; option: string; scores: Map<string, Mean> }[] = [];
  for (const [variant, scores] of point.variants) {
    if (point.options.some((o) => (scores.get(o.text)?.n ?? 0) < MIN_SAMPLES)) continue;
    const best = [...point.options].sort((a, b) => meanOf(scores.get(b.text)) - meanOf(scores.get(a.text)))[0]!;
    winners.push({ variant, option: best.text, scores });
  }
  for (const a of winners) {
    for (const b of winners) {
      if (a.option === b.option) continue;
      const aLeads = meanOf(a.scores.get(a.option)) - meanOf(a.scores.get(b.option)) >= MARGIN;
      const bLeads = meanOf(b.scores.get(b.option)) - meanOf(b.scores.get(a.option)) >= MARGIN;
      if (aLeads && bLeads) return [{ variant: a.variant, option: a.option }, { variant: b.variant, option: b.option }];
    }
  }
  return null;
}
