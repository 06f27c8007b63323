// Story tests for "The notes": pin the scenario's teaching beats by playing them. The first dose
// under the department's PGD is power used openly (act-on-risk, never rescue) and is the best
// move when the registrar digs in and nobody senior can be reached; escalating over his head is
// best when the consultant is on the floor; naming the label is best when he would back down.
// A red flag for acute chest syndrome is acted on, not handed back to her; her opioid checks
// are not optional. An informed Nadia who asks you to decide is served by respect-delegation.
// The chest disclosure needs trust, and careful observation finds it without. Seeds are found
// by what they draw, never hard-coded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import type { VariableSnapshot } from '../../src/engine/run-log';
import { outcomeScore, stakesOf } from '../../src/engine/stakes';
import { ROOT } from '../helpers';
import { libraryBundle, optionMatching, transcriptText } from './play';

const ID = 'the-notes';
const bundle = libraryBundle(ID);
const stakes = stakesOf(bundle.meta);
const SOURCE = fs.readFileSync(path.join(ROOT, 'story', 'scenarios', ID, 'main.ink'), 'utf8');
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs', 'scenarios', `${ID}.md`), 'utf8');

type Variant = Partial<Record<'wants' | 'route' | 'digs' | 'chest' | 'past', number>>;

/** The first seed whose run draws this variant (and passes the extra test, if any). */
function firstSeed(want: Variant, extra: (seed: number) => boolean = () => true): number {
  for (let seed = 1; seed < 5000; seed++) {
    const v = Encounter.begin(bundle, seed).variant;
    if (Object.entries(want).every(([k, x]) => v[k] === x) && extra(seed)) return seed;
  }
  throw new Error(`no seed draws ${JSON.stringify(want)}`);
}

/**
 * Plays from the start, at each choice point taking the first of `prefs` that an offered option
 * contains, until an option containing `stop` is offered.
 */
function walk(seed: number, prefs: readonly string[], stop: string): Encounter {
  const e = Encounter.begin(bundle, seed);
  while (!e.ended) {
    if (e.choices.some((c) => c.text.includes(stop))) return e;
    const pick = prefs.map((p) => e.choices.find((c) => c.text.includes(p))).find((c) => c);
    if (!pick) throw new Error(`seed ${seed}: none of the picks is offered at turn ${e.log.length}:\n${e.choices.map((c) => `  - ${c.text}`).join('\n')}`);
    e.choose(pick.index);
  }
  throw new Error(`seed ${seed}: the story ended before "${stop}" was offered`);
}

/** Plays to the end, taking the first of `prefs` offered at each choice point. */
function playOut(seed: number, prefs: readonly string[]): Encounter {
  const e = Encounter.begin(bundle, seed);
  while (!e.ended) {
    const pick = prefs.map((p) => e.choices.find((c) => c.text.includes(p))).find((c) => c);
    if (!pick) throw new Error(`seed ${seed}: none of the picks is offered at turn ${e.log.length}:\n${e.choices.map((c) => `  - ${c.text}`).join('\n')}`);
    e.choose(pick.index);
  }
  return e;
}

/** Each option's outcome at this moment, by the scenario's stakes, as the checker and debrief judge it. */
function scoresAt(encounter: Encounter): Map<string, number> {
  const state = encounter.inkState();
  const scores = new Map<string, number>();
  for (const option of encounter.choices) {
    const trial = Encounter.begin(bundle, encounter.seed);
    trial.jumpTo(state);
    const before = trial.variables;
    trial.choose(option.index);
    const change: VariableSnapshot = {};
    for (const s of stakes) change[s.name] = (trial.variables[s.name] ?? 0) - (before[s.name] ?? 0);
    scores.set(option.text, outcomeScore(change, stakes));
  }
  return scores;
}

function scoreOf(scores: Map<string, number>, pick: string): number {
  const hits = [...scores].filter(([text]) => text.includes(pick));
  if (hits.length !== 1) throw new Error(`${hits.length} options match "${pick}": ${[...scores.keys()].join(' | ')}`);
  return hits[0]![1];
}

const bestOf = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1])[0]![0];

/** What taking `pick` here does: the encounter afterwards and the stakes' change. */
function take(e: Encounter, pick: string): { after: Encounter; change: VariableSnapshot } {
  const before = e.variables;
  e.choose(optionMatching(e, pick).index);
  const change: VariableSnapshot = {};
  for (const k of Object.keys(before)) change[k] = (e.variables[k] ?? 0) - (before[k] ?? 0);
  return { after: e, change };
}

// Option texts the tests choose by.
const PATHWAY = "Tell her you're starting her sickle cell pathway";
const ASK_PAIN = 'Introduce yourself, and ask Nadia to tell you about the pain';
const NAME_BEX = "Say it: Bex is Nadia's partner";
const LET_RULE = "Let Lorraine apply Marcus's rule";
const GO_STRAIGHT = 'Go straight to the doctor';
const ASK_DIFFERENT = 'Ask her whether anything about this crisis is different';
const NAME_IT = 'Name it: the note is a label, not a finding';
const MARCUS = 'Go to Marcus, the nurse in charge';
const PGD = "Tell him you'll give her first dose under the department's sickle cell PGD";
const ACCEPT = 'Accept his plan';
const ASK_NADIA = 'Go back and tell Nadia what he said';
const ACS = 'Tell her this could be acute chest syndrome';
const FULL_OBS = 'Do her full reassessment';
const QUICK_OBS = 'Score her pain from the end of the trolley';
const SKIP_OBS = "Ask Nadia if she'd rather you left her obs";
const DELEGATED = 'She asked you to choose';
const LAY_OUT = 'Lay out the two options';
const BEX_TELLS = 'Ask Nadia if she wants Bex to tell the ward';
const RECOMMEND = 'Recommend the PCA pump';

// The quickest way to Dr Hale's "wait and see": the pathway at once, Bex kept, straight to the doctor.
const TO_HALE = [PATHWAY, NAME_BEX, GO_STRAIGHT];
// From there to the plan for the night, answering every moment on the way openly.
const TO_DECIDE = [
  ...TO_HALE,
  PGD,
  'Tell her plainly what the note says',
  "Tell her you can't see inside Dr Hale's head",
  "Tell him Bex is Nadia's partner",
  ACS,
  FULL_OBS,
];

describe('the-notes: the seed draws the variant', () => {
  it('draws every listed value of every variation variable, and the same seed draws the same run', () => {
    const names = (bundle.meta.variation ?? []).map((v) => v.name);
    const seen = new Map(names.map((n) => [n, new Set<number>()]));
    for (let seed = 1; seed <= 120; seed++) {
      const v = Encounter.begin(bundle, seed).variant;
      for (const n of names) seen.get(n)!.add(v[n]!);
    }
    for (const v of bundle.meta.variation!) {
      expect([...seen.get(v.name)!].sort().map(String), v.name).toEqual(Object.keys(v.values).sort());
    }
    expect(Encounter.begin(bundle, 7).variant).toEqual(Encounter.begin(bundle, 7).variant);
    const starts = new Set(Array.from({ length: 30 }, (_, i) => JSON.stringify(Encounter.begin(bundle, i + 1).variables)));
    expect(starts.size).toBeGreaterThan(5);
  });

  it('her past attendances shape how far she trusts you before you speak', () => {
    const mean = (past: number) => {
      const ts: number[] = [];
      for (let seed = 1; ts.length < 20; seed++) {
        const e = Encounter.begin(bundle, seed);
        if (e.variant.past === past) ts.push(e.variables.trust!);
      }
      return ts.reduce((a, b) => a + b, 0) / ts.length;
    };
    expect(mean(0)).toBeLessThan(mean(1) - 8);
  });

  it('shows the player what was drawn: what Nadia wants, her breathing numbers', () => {
    const text = (v: Variant) => transcriptText(Encounter.begin(bundle, firstSeed(v)));
    expect(text({ wants: 1 })).toMatch(/My care plan's on your system/);
    expect(text({ wants: 2 })).toMatch(/Let her talk for me/);
    expect(text({ wants: 3 })).toMatch(/Just get it going/);
    const chest = transcriptText(walk(firstSeed({ chest: 1 }), [PATHWAY], NAME_BEX));
    expect(chest).toMatch(/Oxygen saturation 95% on air/);
    expect(chest).toMatch(/NICE says offer oxygen/);
  });
});

describe('the-notes: thirty minutes (NICE CG143, QS58)', () => {
  it('the care plan and the PGD on the wall set out what NICE asks, and the story never offers pethidine', () => {
    const atHale = transcriptText(walk(firstSeed({ chest: 0 }), TO_HALE, NAME_IT));
    expect(atHale).toMatch(/within 30 minutes of arrival/);
    expect(atHale).toMatch(/No pethidine/);
    expect(atHale).toMatch(/listen to her/);
    expect(atHale).toMatch(/patient group direction/);
    expect(atHale).toMatch(/no new chest symptoms/);
    expect(atHale).toMatch(/Let's wait and see/);
    expect(SOURCE).not.toMatch(/give (her )?pethidine/i);
  });

  it('the first dose under the PGD is act-on-risk, not rescue, lands inside the half hour, and is not punished', () => {
    const seed = firstSeed({ digs: 1, route: 3, chest: 0, wants: 3 });
    const atHale = walk(seed, TO_HALE, NAME_IT);
    const pgd = optionMatching(atHale, PGD);
    expect(pgd.moves).toEqual(['act-on-risk']);
    expect(pgd.moves).not.toContain('rescue');
    const { after, change } = take(atHale, PGD);
    const said = after.currentLines.map((l) => l.text).join('\n');
    expect(said).toMatch(/She meets it/);
    expect(said).toMatch(/inside NICE's thirty/);
    expect(change.safety).toBeGreaterThan(0);
    // And it can still end well: the label is dealt with later, openly.
    const ended = playOut(seed, [...TO_DECIDE, DELEGATED, 'Write an incident report', 'Change it to Bex', "Ask Nadia whether she wants Bex recorded", 'Hand over her care plan', 'Say sorry for the wait', 'Tell Marcus']);
    expect(ended.ending).toBe('listened-to');
  });

  it('accepting "wait and see" costs her safety and the minutes, and the half hour runs out', () => {
    const seed = firstSeed({ chest: 0 });
    const atHale = walk(seed, TO_HALE, NAME_IT);
    const accept = optionMatching(atHale, ACCEPT);
    expect(accept.moves).toEqual(['comply-policy', 'stay-silent']);
    const { after, change } = take(atHale, ACCEPT);
    expect(change.safety).toBeLessThan(0);
    expect(change.clock).toBeGreaterThanOrEqual(20);
    expect(transcriptText(after)).toMatch(/Bay 9's crying/);
    const scores = scoresAt(walk(seed, TO_HALE, NAME_IT));
    expect(scoreOf(scores, ACCEPT)).toBeLessThan(0);
  });
});

describe('the-notes: which challenge works depends on the night', () => {
  it('naming the label is best when Dr Hale would back down, and he writes under the alert', () => {
    const seed = firstSeed({ digs: 0, chest: 0, wants: 3 });
    const atHale = walk(seed, TO_HALE, NAME_IT);
    const name = optionMatching(atHale, NAME_IT);
    expect(name.moves).toEqual(['challenge-prejudice', 'bystander-direct']);
    expect(bestOf(scoresAt(atHale))).toContain(NAME_IT);
    const { after, change } = take(atHale, NAME_IT);
    expect(transcriptText(after)).toMatch(/not a clinical contraindication/);
    expect(change.record).toBeGreaterThan(0);
  });

  it('escalating over his head is best when he digs in and the consultant is on the floor, though it is not the option that shares the most', () => {
    const seed = firstSeed({ digs: 1, route: 1, chest: 0, wants: 3 });
    const atHale = walk(seed, TO_HALE, NAME_IT);
    const scores = scoresAt(atHale);
    expect(bestOf(scores)).toContain(MARCUS);
    expect(optionMatching(atHale, MARCUS).moves).toEqual(['escalate']);
    expect(optionMatching(atHale, ASK_NADIA).moves).toEqual(['transparent-disclosure', 'offer-choice']);
    expect(scoreOf(scores, MARCUS)).toBeGreaterThan(scoreOf(scores, NAME_IT) + 1);
  });

  it('with nobody senior to reach and a registrar who digs in, the PGD beats escalating', () => {
    const seed = firstSeed({ digs: 1, route: 3, chest: 0, wants: 2 });
    const scores = scoresAt(walk(seed, TO_HALE, NAME_IT));
    expect(bestOf(scores)).toContain(PGD);
    expect(scoreOf(scores, PGD)).toBeGreaterThan(scoreOf(scores, MARCUS) + 1);
  });

  it('when he digs in after a challenge, the haematology bleep works only on the nights haematology answers', () => {
    const answers = walk(firstSeed({ digs: 1, route: 2, chest: 0 }), [...TO_HALE, NAME_IT], 'Bleep the haematology registrar');
    const a = take(answers, 'Bleep the haematology registrar').after;
    expect(transcriptText(a)).toMatch(/She's ours, Simon\. Follow her care plan/);
    const silent = walk(firstSeed({ digs: 1, route: 3, chest: 0 }), [...TO_HALE, NAME_IT], 'Bleep the haematology registrar');
    const s = take(silent, 'Bleep the haematology registrar').after;
    expect(transcriptText(s)).toMatch(/on call from home/);
  });

  it('the PGD is not offered once she has told you about her chest', () => {
    const seed = firstSeed({ chest: 1 });
    const atHale = walk(seed, [PATHWAY, NAME_BEX, 'Offer her oxygen', ACS], NAME_IT);
    expect(atHale.log.some((l) => l.disclosed.includes('chest'))).toBe(true);
    expect(atHale.choices.some((c) => c.text.includes('PGD'))).toBe(false);
    expect(transcriptText(atHale)).toMatch(/no morphine until I've seen the film/);
  });
});

describe('the-notes: the partner', () => {
  it('"your friend can wait outside": naming it is challenge-prejudice; going along with the rule sends Bex out', () => {
    const seed = firstSeed({ wants: 2 });
    const atFriend = walk(seed, [PATHWAY], NAME_BEX);
    expect(transcriptText(atFriend)).toMatch(/Your friend can wait outside/);
    expect(optionMatching(atFriend, NAME_BEX).moves).toEqual(['challenge-prejudice', 'bystander-direct']);
    const scores = scoresAt(atFriend);
    expect(scoreOf(scores, LET_RULE)).toBeLessThan(scoreOf(scores, NAME_BEX) - 10);
    const { after } = take(atFriend, LET_RULE);
    expect(after.currentLines.map((l) => l.text).join('\n')).toMatch(/She goes/);
  });

  it('her mother on the record is disclosed only to a Nadia who trusts you, and then she is not made to say it again', () => {
    const trusting = firstSeed({ wants: 1, past: 1 }, (s) => Encounter.begin(bundle, s).variables.trust! >= 40);
    const e = walk(trusting, [ASK_PAIN], NAME_BEX);
    expect(e.log.at(-1)!.disclosed).toContain('mum');
    const wary = firstSeed({ past: 0 }, (s) => Encounter.begin(bundle, s).variables.trust! <= 26);
    const w = walk(wary, [PATHWAY], NAME_BEX);
    expect(w.log.flatMap((l) => l.disclosed)).not.toContain('mum');
    expect(SOURCE).toMatch(/Change it to Bex, as Nadia told Lorraine, and tell her it's done # move: act-on-structure/);
  });
});

describe('the-notes: her chest (acute chest syndrome)', () => {
  it('an open question brings it out only when she trusts you; otherwise she keeps it back', () => {
    const trusting = firstSeed({ chest: 1, wants: 1, past: 1 }, (s) => Encounter.begin(bundle, s).variables.trust! >= 38);
    const told = walk(trusting, [ASK_PAIN, NAME_BEX, ASK_DIFFERENT], ACS);
    expect(told.log.at(-1)!.disclosed).toContain('chest');
    const wary = firstSeed({ chest: 1, past: 0 });
    const kept = walk(wary, [ASK_PAIN, NAME_BEX, ASK_DIFFERENT], NAME_IT);
    expect(kept.log.flatMap((l) => l.disclosed)).not.toContain('chest');
    expect(transcriptText(kept)).toMatch(/Same as always\. Back and legs/);
  });

  it('once she tells you, acting on the red flag is act-on-risk and best; making it her decision costs her safety', () => {
    const seed = firstSeed({ chest: 1, wants: 3 });
    const atAct = walk(seed, [PATHWAY, NAME_BEX, 'Offer her oxygen'], ACS);
    const act = optionMatching(atAct, ACS);
    expect(act.moves).toEqual(['act-on-risk', 'plain-language']);
    const scores = scoresAt(atAct);
    expect(bestOf(scores)).toContain(ACS);
    expect(scoreOf(scores, 'Ask her whether she\'d like you to mention it')).toBeLessThan(0);
  });

  it('with a wary Nadia who says nothing, the full reassessment finds it; the quick one is best only when her chest is clear', () => {
    const wary = firstSeed({ chest: 1, past: 0, wants: 3, digs: 0 });
    const prefs = [PATHWAY, NAME_BEX, GO_STRAIGHT, PGD, 'She asked for the talking to wait', "Tell her you can't see inside", "Tell him Bex is Nadia's partner"];
    const atObs = walk(wary, prefs, FULL_OBS);
    expect(atObs.log.flatMap((l) => l.disclosed)).not.toContain('chest');
    const scores = scoresAt(atObs);
    expect(bestOf(scores)).toContain(FULL_OBS);
    expect(scoreOf(scores, QUICK_OBS)).toBeLessThan(0);
    const { after } = take(atObs, FULL_OBS);
    expect(after.currentLines.map((l) => l.text).join('\n')).toMatch(/Sats 94% on air/);
    // With a clear chest, the quick check and getting to bay 12 does better; skipping her opioid checks never does.
    const clear = firstSeed({ chest: 0, wants: 3, digs: 0 });
    const clearScores = scoresAt(walk(clear, prefs, FULL_OBS));
    expect(bestOf(clearScores)).toContain(QUICK_OBS);
    expect(scoreOf(clearScores, SKIP_OBS)).toBeLessThan(scoreOf(clearScores, QUICK_OBS));
    expect(optionMatching(walk(clear, prefs, FULL_OBS), QUICK_OBS).moves).toEqual(['keep-to-time']);
  });

  it('a chest never acted on ends in "Wait and see", whatever else went well', () => {
    const seed = firstSeed({ chest: 1, past: 0, digs: 0 });
    const e = playOut(seed, [PATHWAY, NAME_BEX, GO_STRAIGHT, PGD, 'Tell her plainly', "Tell her you can't see inside", "Tell him Bex is Nadia's partner", 'Ask him to start', QUICK_OBS, RECOMMEND, 'Write an incident report', 'Ask Nadia whether she wants Bex recorded', 'Change it to Bex', 'Hand over her care plan', 'Say sorry', 'Tell Marcus', 'Note it, and mention it']);
    expect(e.variables.record).toBeGreaterThanOrEqual(55);
    expect(e.ending).toBe('wait-and-see');
    expect(transcriptText(e)).toMatch(/acute chest|both lower lobes/);
  });
});

describe('the-notes: what Nadia wants decides the plan for the night', () => {
  it('an informed Nadia who asks you to choose is served by respect-delegation; handing it back costs trust', () => {
    const seed = firstSeed({ wants: 3, chest: 0 });
    const atDecide = walk(seed, TO_DECIDE, DELEGATED);
    expect(transcriptText(atDecide)).toMatch(/You choose tonight\. I trust you/);
    expect(optionMatching(atDecide, DELEGATED).moves).toEqual(['respect-delegation']);
    const scores = scoresAt(atDecide);
    expect(bestOf(scores)).toContain(DELEGATED);
    const { change } = take(walk(seed, TO_DECIDE, DELEGATED), LAY_OUT);
    expect(change.trust).toBeLessThan(0);
  });

  it('a Nadia who wants to steer is served by laying out the options; one who wants Bex to speak, by asking whether Bex should', () => {
    const steer = scoresAt(walk(firstSeed({ wants: 1, chest: 0 }), TO_DECIDE, LAY_OUT));
    expect(bestOf(steer)).toContain(LAY_OUT);
    const bex = scoresAt(walk(firstSeed({ wants: 2, chest: 0 }), TO_DECIDE, BEX_TELLS));
    expect(bestOf(bex)).toContain(BEX_TELLS);
  });

  it('at the first moment the seed changes the best move: ask her, ask who speaks, or start the pathway', () => {
    const at = (wants: number) => bestOf(scoresAt(Encounter.begin(bundle, firstSeed({ wants, chest: 0 }))));
    expect(at(1)).toContain(ASK_PAIN);
    expect(at(2)).toContain('Ask Nadia whether she wants to tell you herself');
    expect(at(3)).toContain(PATHWAY);
  });
});

describe('the-notes: allyship in the bay', () => {
  it('explaining away her reading of tonight is dismiss-experience and costs the most trust', () => {
    const seed = firstSeed({ wants: 2, chest: 0 });
    const atRace = walk(seed, [...TO_HALE, PGD, 'Tell her plainly'], "Tell her you're sure it isn't about race");
    expect(transcriptText(atRace)).toMatch(/He's white, I'm Black, and I've got a flag/);
    const dismiss = optionMatching(atRace, "Tell her you're sure it isn't about race");
    expect(dismiss.moves).toContain('dismiss-experience');
    const scores = scoresAt(atRace);
    expect(Math.min(...scores.values())).toBe(scoreOf(scores, "Tell her you're sure it isn't about race"));
  });

  it('the record moment: the incident report is act-on-structure, and it is best when she asked for the rest to wait', () => {
    const seed = firstSeed({ wants: 3, chest: 0 });
    const atRecord = walk(seed, [...TO_DECIDE, DELEGATED], 'Write an incident report');
    expect(optionMatching(atRecord, 'Write an incident report').moves).toEqual(['act-on-structure']);
    expect(bestOf(scoresAt(atRecord))).toContain('Write an incident report');
    const steer = walk(firstSeed({ wants: 1, chest: 0 }), [...TO_DECIDE, LAY_OUT], 'Write an incident report');
    expect(bestOf(scoresAt(steer))).toContain('Tell Nadia what the note says');
  });

  it('the handover that passes the label on costs the record', () => {
    const seed = firstSeed({ chest: 0 });
    const atHandover = walk(seed, [...TO_DECIDE, LAY_OUT, DELEGATED, 'Write an incident report', 'Change it to Bex', 'Ask Nadia whether she wants Bex recorded'], 'Hand over her care plan');
    const scores = scoresAt(atHandover);
    expect(scoreOf(scores, "keep an eye on how much she asks for")).toBeLessThan(0);
    expect(bestOf(scores)).toContain('Hand over her care plan');
  });
});

describe('the-notes: tags and guide', () => {
  it('every choice has a why line, and no option label says how nicely it is done', () => {
    const choices = SOURCE.split('\n').filter((l) => /^\s*[*+]\s/.test(l));
    expect(choices.length).toBeGreaterThan(60);
    for (const line of choices) {
      expect(line, line).toMatch(/# why: .{20,320}\]/);
      const label = /\[([^#\]]*)/.exec(line)?.[1] ?? '';
      expect(label, label).not.toMatch(/\b(gently|kindly|warmly|together|carefully|sensitively|softly|quietly)\b/i);
    }
  });

  it('the guide cites the guidance and law the scenario rests on', () => {
    for (const source of [/CG143/, /QS58/, /No One's Listening/i, /Nursing and Midwifery Council/, /Good medical practice/i, /Equality Act 2010/, /Freedom to Speak Up/, /patient group direction/i]) {
      expect(GUIDE).toMatch(source);
    }
  });
});
