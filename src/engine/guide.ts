// A scenario's facilitator guide as plain data, read at build time from docs/scenarios/<id>.md
// (build/guide-parse.ts), so the page and the document cannot drift apart. Pure: no DOM.

/** A run of inline text; links keep only their text. */
export interface Inline {
  text: string;
  strong?: true;
  em?: true;
  code?: true;
}

export type GuideBlock = { kind: 'paragraph'; text: Inline[] } | { kind: 'list'; ordered: boolean; items: Inline[][] };

/** One row of the guide's Key moments table. */
export interface KeyMoment {
  /** The row's number as the guide writes it: "5", "5b", "6′". */
  label: string;
  /** Marked ★ in the guide: sharing more is not the best move here. */
  sharingNotBest?: true;
  /** The ink knots (or knot.stitch) where the moment happens. */
  knots: string[];
  moment: Inline[];
  options: Inline[];
  teaches: Inline[];
}

export interface GuideEnding {
  /** The ending's id, as in the scenario's meta.json. */
  id: string;
  title: Inline[];
  how: Inline[];
  shows: Inline[];
}

export interface DiscussionQuestion {
  /** Its number in the guide, so a question shown on its own is the one the guide calls 4. */
  number: number;
  title: string;
  text: Inline[];
  /** Knots of the key moments the question is about; empty when it is about the whole encounter. */
  knots: string[];
}

export interface Guide {
  scenarioId: string;
  title: string;
  objectives: Inline[][];
  situation?: GuideBlock[];
  moments: KeyMoment[];
  endings: GuideEnding[];
  questions: DiscussionQuestion[];
}

export interface GuideMatch {
  /** The moments at that point: those whose knot matches most specifically (`plan.defer` over `plan`). */
  moments: KeyMoment[];
  /** The questions tied to those moments, each once, in the guide's order. */
  questions: DiscussionQuestion[];
}

/** The names at the start of an ink path: `plan.defer.0.16` → ["plan", "defer"]. */
function namesOf(path: string): string[] {
  const names: string[] = [];
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) || /^[cg]-\d+$/.test(part)) break;
    names.push(part);
  }
  return names;
}

/** How many names of `knot` lead `path`, or 0 when it does not match. */
function specificity(knot: string, path: readonly string[]): number {
  const names = knot.split('.');
  return names.every((name, i) => path[i] === name) ? names.length : 0;
}

/**
 * The key moments at an ink choice path (or a prefix of one, such as `plan.plan_usual.0` or
 * `the_question.0`), and the discussion questions about them. Only the most specific match
 * counts: at `plan.defer.0` the delegation moment is shown, not the whole plan.
 */
export function guideAt(guide: Guide, path: string): GuideMatch {
  const names = namesOf(path);
  const scores = guide.moments.map((moment) => Math.max(0, ...moment.knots.map((k) => specificity(k, names))));
  const best = Math.max(0, ...scores);
  const moments = best ? guide.moments.filter((_, i) => scores[i] === best) : [];
  const questions = guide.questions.filter((q) => moments.some((m) => isAbout(q, m)));
  return { moments, questions };
}

const isAbout = (question: DiscussionQuestion, moment: KeyMoment) => question.knots.some((k) => moment.knots.includes(k));

/** The text of some runs, without their styles. */
export function plainText(runs: readonly Inline[]): string {
  return runs.map((r) => r.text).join('');
}
