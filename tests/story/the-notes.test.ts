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
import { ROOT } from '../helpers';
import {
  bestOption,
  currentText,
  drawing,
  firstRun,
  firstSeed,
  libraryBundle,
  offers,
  optionMatching,
  optionScore,
  optionScores,
  playOn,
  playTo,
  startOf,
  take,
  transcriptText,
  tryOption,
  valuesDrawn,
} from './play';

const ID = 'the-notes';
const bundle = libraryBundle(ID);
const SOURCE = fs.readFileSync(path.join(ROOT, 'story', 'scenarios', ID, 'main.ink'), 'utf8');
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs', 'scenarios', `${ID}.md`), 'utf8');

type Variant = Partial<Record<'wants' | 'route' | 'digs' | 'chest' | 'past', number>>;

/** The first seed that draws this variant and whose starting trust passes `trust`, if given. */
const seedFor = (want: Variant, trust: (t: number) => boolean = () => true) =>
  firstSeed(bundle, (v, seed) => drawing(want)(v) && trust(startOf(bundle, seed).variables.trust!));

/** A fresh run of `seed`, played by `prefs` to where an option containing `stop` is offered. */
const walk = (seed: number, prefs: readonly string[], stop: string) => playTo(Encounter.begin(bundle, seed), prefs, offers(stop));

/** A fresh run of `seed`, played by `prefs` to an ending. */
const playOut = (seed: number, prefs: readonly string[]) => playOn(Encounter.begin(bundle, seed), prefs);

const bestAt = (e: Encounter) => bestOption(bundle, e).text;
const scoreAt = (e: Encounter, pick: string) => optionScore(bundle, e, pick);

// Option texts the tests choose by.
const PATHWAY = "Tell her you're starting her sickle cell pathway";
const ASK_PAIN = 'Introduce yourself, and ask Nadia to tell you about the pain';
const NAME_BEX = "Say it: Bex is Nadia's partner";
const LET_RULE = "Let Lorraine apply Marcus's rule";
const GO_STRAIGHT = 'Go straight to the doctor';
const ASK_DIFFERENT = 'Ask her whether anything about this crisis is different';
const OXYGEN = 'Offer her oxygen';
const NAME_IT = 'Name it: the note is a label, not a finding';
const MARCUS = 'Go to Marcus, the nurse in charge';
const PGD = "Tell him you'll give her first dose under the department's sickle cell PGD";
const ACCEPT = 'Accept his plan';
const ASK_NADIA = 'Go back and tell Nadia what he said';
const ACS = 'Tell her this could be acute chest syndrome';
const TALK_LATER = 'She asked for the talking to wait';
const FULL_OBS = 'Do her full reassessment';
const BRISK_OBS = 'Do her sedation score, breathing rate, sats and pain in two minutes';
const TROLLEY_OBS = 'Score her pain from the end of the trolley';
const SKIP_OBS = "Ask Nadia if she'd rather you left her obs";
const DELEGATED = 'She asked you to choose';
const LAY_OUT = 'Lay out the two options';
const BEX_TELLS = 'Ask Nadia if she wants Bex to tell the ward';
const RECOMMEND = 'Recommend the PCA pump';
const PASS_LABEL = 'keep an eye on how much she asks for';

// The quickest way to Dr Hale's "wait and see": the pathway at once, Bex kept, straight to the doctor.
const TO_HALE = [PATHWAY, NAME_BEX, GO_STRAIGHT];
// From there to the plan for the night, answering every moment on the way openly.
const TO_DECIDE = [...TO_HALE, PGD, 'Tell her plainly what the note says', "Tell her you can't see inside Dr Hale's head", "Tell him Bex is Nadia's partner", ACS, FULL_OBS];
// To the reassessment with a Nadia who asked you to take over, her chest never asked about.
const TO_REASSESS = [...TO_HALE, PGD, TALK_LATER, "Tell her you can't see inside", "Tell him Bex is Nadia's partner"];

describe('the-notes: the seed draws the variant', () => {
  it('draws every listed value of every variation variable, and the same seed draws the same run', () => {
    const seen = valuesDrawn(bundle, 120);
    for (const v of bundle.meta.variation!) {
      expect(seen.get(v.name)!.map(String), v.name).toEqual(Object.keys(v.values).sort());
    }
    expect(Encounter.begin(bundle, 7).variant).toEqual(Encounter.begin(bundle, 7).variant);
    const starts = new Set(Array.from({ length: 30 }, (_, i) => JSON.stringify(startOf(bundle, i + 1).variables)));
    expect(starts.size).toBeGreaterThan(5);
  });

  it('her past attendances shape how far she trusts you before you speak', () => {
    const mean = (past: number) => {
      const ts: number[] = [];
      for (let seed = 1; ts.length < 20; seed++) {
        const start = startOf(bundle, seed);
        if (start.variant.past === past) ts.push(start.variables.trust!);
      }
      return ts.reduce((a, b) => a + b, 0) / ts.length;
    };
    expect(mean(0)).toBeLessThan(mean(1) - 8);
  });

  it('shows the player what was drawn: what Nadia wants, her breathing numbers, and leaves reading them to the player', () => {
    const text = (v: Variant) => transcriptText(Encounter.begin(bundle, seedFor(v)));
    expect(text({ wants: 1 })).toMatch(/My care plan's on your system/);
    expect(text({ wants: 2 })).toMatch(/Let her talk for me/);
    expect(text({ wants: 3 })).toMatch(/Just get it going/);
    const chest = transcriptText(walk(seedFor({ chest: 1 }), [PATHWAY], NAME_BEX));
    expect(chest).toMatch(/Oxygen saturation 95% on air/);
    // The number on the monitor is the cue; the narration does not give away the oxygen choice.
    expect(chest).not.toMatch(/NICE says offer oxygen/);
  });
});

describe('the-notes: thirty minutes (NICE CG143, QS58)', () => {
  it('the care plan and the PGD on the wall set out what NICE asks, and the story never offers pethidine', () => {
    const atHale = transcriptText(walk(seedFor({ chest: 0 }), TO_HALE, NAME_IT));
    expect(atHale).toMatch(/within 30 minutes of arrival/);
    expect(atHale).toMatch(/No pethidine/);
    expect(atHale).toMatch(/listen to her/);
    expect(atHale).toMatch(/patient group direction/);
    expect(atHale).toMatch(/no new chest symptoms/);
    expect(atHale).toMatch(/Let's wait and see/);
    expect(SOURCE).not.toMatch(/give (her )?pethidine/i);
  });

  it('the locum\'s note records what she asked for, morphine by name and dose, not a route her plan never names', () => {
    const atHale = transcriptText(walk(seedFor({ chest: 0 }), TO_HALE, NAME_IT));
    expect(atHale).toMatch(/Patient requesting morphine by name and dose/);
    expect(SOURCE).not.toMatch(/IV morphine/);
  });

  it('NICE\'s monitoring is quoted as NICE gives it: pain every 30 minutes until relieved, sedation and breathing at least hourly after a dose', () => {
    for (const text of [bundle.meta.objectives.join(' '), GUIDE.replace(/\s+/g, ' ')]) {
      expect(text).toMatch(/pain reassessed every 30 minutes until it is relieved, and sedation, breathing and oxygen saturation monitored at least hourly for the first 6 hours after each first dose or step up/);
      expect(text).not.toMatch(/reassessed every 30 minutes until the pain is controlled/);
      expect(text).not.toMatch(/sedation, breathing and oxygen saturation reassessed every 30 minutes/);
    }
    // The story's half-hourly checks are the department's own pathway, not put in NICE's mouth.
    const dosed = walk(seedFor({ digs: 1, route: 3, chest: 0 }), [...TO_HALE, PGD], 'Tell her plainly what the note says');
    expect(transcriptText(dosed)).toMatch(/The department's pathway: her pain, her breathing, her sats and how drowsy she is, every thirty minutes/);
  });

  it('the first dose under the PGD is a work-around within the rules and act-on-risk, not rescue, lands inside the half hour, and is not punished', () => {
    const seed = seedFor({ digs: 1, route: 3, chest: 0, wants: 3 });
    const atHale = walk(seed, TO_HALE, NAME_IT);
    expect(transcriptText(atHale)).toMatch(/up to the PGD's maximum dose/);
    expect(transcriptText(atHale)).toMatch(/Not if a doctor has examined her and recorded a clinical reason not to give it/);
    const pgd = optionMatching(atHale, PGD);
    expect(pgd.moves).toEqual(['work-around', 'act-on-risk']);
    expect(pgd.moves).not.toContain('rescue');
    const { after, change } = tryOption(bundle, atHale, PGD);
    const said = currentText(after);
    expect(said).toMatch(/She meets it/);
    expect(said).toMatch(/inside NICE's thirty/);
    expect(change.safety).toBeGreaterThan(0);
    // And it can still end well: the label is dealt with later, openly.
    const ended = playOut(seed, [...TO_DECIDE, DELEGATED, 'Write an incident report', 'Change it to Bex', 'Ask Nadia whether she wants Bex recorded', 'Hand over her care plan', 'Say sorry for the wait', 'Tell Marcus']);
    expect(ended.ending).toBe('listened-to');
  });

  it('every PGD option is tagged as the work-around it is', () => {
    const pgdChoices = SOURCE.split('\n').filter((l) => /^\s*\*.*\[[^\]]*PGD[^\]]*# move:/.test(l));
    expect(pgdChoices).toHaveLength(3);
    for (const line of pgdChoices) expect(line).toMatch(/# move: work-around # move: act-on-risk #/);
  });

  it('no controlled drug is given before it is prescribed: on every route but the PGD the prescription is on the system first', () => {
    expect(SOURCE).not.toMatch(/write it up (myself|between patients)/i);
    expect(SOURCE).not.toMatch(/Helen says give it/);
    const prescribed = /prescribes it on the system|prescribed it on the system|prescription on the system/;
    const routes: Encounter[] = [
      take(walk(seedFor({ digs: 0, chest: 0 }), TO_HALE, NAME_IT), NAME_IT),
      take(walk(seedFor({ digs: 1, route: 1, chest: 0 }), TO_HALE, MARCUS), MARCUS),
      take(walk(seedFor({ digs: 1, route: 2, chest: 0 }), TO_HALE, MARCUS), MARCUS),
      take(walk(seedFor({ digs: 1, chest: 0 }), [...TO_HALE, ACCEPT], 'Give her the paracetamol'), 'Give her the paracetamol'),
      // With a new chest the PGD is out, and the consultant in resus prescribes from there.
      firstRun(bundle, drawing({ chest: 1, route: 3 }), (e) => {
        playTo(e, [PATHWAY, NAME_BEX, OXYGEN, ACS], offers(NAME_IT));
        return e.log.some((l) => l.disclosed.includes('chest')) ? take(e, MARCUS) : null;
      }),
    ];
    for (const run of routes) {
      const text = transcriptText(run);
      const given = text.indexOf('you give Nadia the morphine');
      expect(given, `seed ${run.seed}`).toBeGreaterThan(0);
      const first = text.search(prescribed);
      expect(first, `seed ${run.seed}: no prescription before the dose`).toBeGreaterThanOrEqual(0);
      expect(first, `seed ${run.seed}`).toBeLessThan(given);
    }
    expect(transcriptText(routes[4]!)).toMatch(/Helen's prescribed it on the system from resus/);
  });

  it('accepting "wait and see" costs her safety and the minutes, and the half hour runs out', () => {
    const seed = seedFor({ chest: 0 });
    const atHale = walk(seed, TO_HALE, NAME_IT);
    const accept = optionMatching(atHale, ACCEPT);
    expect(accept.moves).toEqual(['comply-policy', 'stay-silent']);
    const { after, change, score } = tryOption(bundle, atHale, ACCEPT);
    expect(change.safety).toBeLessThan(0);
    expect(change.clock).toBeGreaterThanOrEqual(20);
    expect(transcriptText(after)).toMatch(/Bay 9's crying/);
    expect(score).toBeLessThan(0);
  });
});

describe('the-notes: which challenge works depends on the night', () => {
  it('naming the label is best when Dr Hale would back down, and he writes under the alert', () => {
    const atHale = walk(seedFor({ digs: 0, chest: 0, wants: 3 }), TO_HALE, NAME_IT);
    expect(optionMatching(atHale, NAME_IT).moves).toEqual(['challenge-prejudice', 'bystander-direct']);
    expect(bestAt(atHale)).toContain(NAME_IT);
    const { after, change } = tryOption(bundle, atHale, NAME_IT);
    expect(transcriptText(after)).toMatch(/not a clinical contraindication/);
    expect(change.record).toBeGreaterThan(0);
  });

  it('escalating over his head is best when he digs in and the consultant is on the floor, though it is not the option that shares the most', () => {
    const atHale = walk(seedFor({ digs: 1, route: 1, chest: 0, wants: 3 }), TO_HALE, NAME_IT);
    expect(bestAt(atHale)).toContain(MARCUS);
    expect(optionMatching(atHale, MARCUS).moves).toEqual(['escalate']);
    expect(optionMatching(atHale, ASK_NADIA).moves).toEqual(['transparent-disclosure', 'offer-choice']);
    expect(scoreAt(atHale, MARCUS)).toBeGreaterThan(scoreAt(atHale, NAME_IT) + 1);
  });

  it('with nobody senior to reach and a registrar who digs in, the PGD beats escalating', () => {
    const atHale = walk(seedFor({ digs: 1, route: 3, chest: 0, wants: 2 }), TO_HALE, NAME_IT);
    expect(bestAt(atHale)).toContain(PGD);
    expect(scoreAt(atHale, PGD)).toBeGreaterThan(scoreAt(atHale, MARCUS) + 1);
  });

  it('when he digs in after a challenge, the haematology bleep works only on the nights haematology answers', () => {
    const BLEEP = 'Bleep the haematology registrar';
    const answers = tryOption(bundle, walk(seedFor({ digs: 1, route: 2, chest: 0 }), [...TO_HALE, NAME_IT], BLEEP), BLEEP).after;
    expect(transcriptText(answers)).toMatch(/She's ours, Simon\. Follow her care plan/);
    const silent = tryOption(bundle, walk(seedFor({ digs: 1, route: 3, chest: 0 }), [...TO_HALE, NAME_IT], BLEEP), BLEEP).after;
    expect(transcriptText(silent)).toMatch(/on call from home/);
  });

  it('the PGD is not offered once she has told you about her chest', () => {
    const atHale = walk(seedFor({ chest: 1 }), [PATHWAY, NAME_BEX, OXYGEN, ACS], NAME_IT);
    expect(atHale.log.some((l) => l.disclosed.includes('chest'))).toBe(true);
    expect(atHale.choices.some((c) => c.text.includes('PGD'))).toBe(false);
    expect(transcriptText(atHale)).toMatch(/no morphine until I've seen the film/);
  });
});

describe('the-notes: the partner', () => {
  it('"your friend can wait outside": naming it is challenge-prejudice; going along with the rule sends Bex out', () => {
    const atFriend = walk(seedFor({ wants: 2 }), [PATHWAY], NAME_BEX);
    expect(transcriptText(atFriend)).toMatch(/Your friend can wait outside/);
    expect(optionMatching(atFriend, NAME_BEX).moves).toEqual(['challenge-prejudice', 'bystander-direct']);
    expect(scoreAt(atFriend, LET_RULE)).toBeLessThan(scoreAt(atFriend, NAME_BEX) - 10);
    expect(currentText(tryOption(bundle, atFriend, LET_RULE).after)).toMatch(/She goes/);
  });

  it('her mother on the record is disclosed only to a Nadia who trusts you, and then she is not made to say it again', () => {
    const e = walk(seedFor({ wants: 1, past: 1 }, (t) => t >= 40), [ASK_PAIN], NAME_BEX);
    expect(e.log.at(-1)!.disclosed).toContain('mum');
    const w = walk(seedFor({ past: 0 }, (t) => t <= 26), [PATHWAY], NAME_BEX);
    expect(w.log.flatMap((l) => l.disclosed)).not.toContain('mum');
    expect(SOURCE).toMatch(/Change it to Bex, as Nadia told Lorraine, and tell her it's done # move: act-on-structure/);
  });
});

describe('the-notes: her chest (acute chest syndrome)', () => {
  it('an open question brings it out only when she trusts you; otherwise she keeps it back', () => {
    const told = walk(seedFor({ chest: 1, wants: 1, past: 1 }, (t) => t >= 38), [ASK_PAIN, NAME_BEX, ASK_DIFFERENT], ACS);
    expect(told.log.at(-1)!.disclosed).toContain('chest');
    const kept = walk(seedFor({ chest: 1, past: 0 }), [ASK_PAIN, NAME_BEX, ASK_DIFFERENT], NAME_IT);
    expect(kept.log.flatMap((l) => l.disclosed)).not.toContain('chest');
    expect(transcriptText(kept)).toMatch(/Same as always\. Back and legs/);
  });

  it('the sats of 95 call for oxygen and a direct question about her chest: act-on-risk and ask-about-risk', () => {
    const atAssess = walk(seedFor({ chest: 1 }), [PATHWAY, NAME_BEX], OXYGEN);
    expect(optionMatching(atAssess, OXYGEN).moves).toEqual(['act-on-risk', 'ask-about-risk', 'plain-language']);
  });

  it('once she tells you, acting on the red flag is act-on-risk and best; making it her decision costs her safety', () => {
    const atAct = walk(seedFor({ chest: 1, wants: 3 }), [PATHWAY, NAME_BEX, OXYGEN], ACS);
    expect(optionMatching(atAct, ACS).moves).toEqual(['act-on-risk', 'plain-language']);
    expect(bestAt(atAct)).toContain(ACS);
    expect(scoreAt(atAct, "Ask her whether she'd like you to mention it")).toBeLessThan(0);
  });

  it('after a dose of morphine the next goes in only after sedation, breathing and sats: no option that skips them does best, and each costs her safety', () => {
    for (const chest of [0, 1]) {
      const atObs = walk(seedFor({ chest, past: 0, wants: 3, digs: 0 }), TO_REASSESS, FULL_OBS);
      const best = tryOption(bundle, atObs, bestAt(atObs));
      expect(currentText(best.after), `chest ${chest}`).toMatch(/Breathing \d+/);
      expect(currentText(best.after), `chest ${chest}`).toMatch(/Sats \d+%/);
      for (const option of atObs.choices) {
        const trial = tryOption(bundle, atObs, option);
        const dosedUnchecked = /next dose/.test(currentText(trial.after)) && !/Breathing \d+/.test(currentText(trial.after));
        if (dosedUnchecked) expect(trial.change.safety, `${option.text} (chest ${chest})`).toBeLessThan(0);
      }
      const trolley = optionMatching(atObs, TROLLEY_OBS);
      expect(trolley.moves).toEqual(['proceed-regardless', 'detach']);
      expect(optionScore(bundle, atObs, TROLLEY_OBS)).toBeLessThan(0);
      expect(optionScore(bundle, atObs, SKIP_OBS)).toBeLessThan(0);
    }
  });

  it('with a clear chest the brisk check (keep-to-time) does best and still scores sedation, breathing and sats; with a chest going, only the full check finds it', () => {
    const clear = walk(seedFor({ chest: 0, past: 0, wants: 3, digs: 0 }), TO_REASSESS, FULL_OBS);
    expect(bestAt(clear)).toContain(BRISK_OBS);
    expect(optionMatching(clear, BRISK_OBS).moves).toEqual(['keep-to-time']);
    expect(scoreAt(clear, BRISK_OBS)).toBeGreaterThan(scoreAt(clear, FULL_OBS) + 0.5);
    expect(currentText(tryOption(bundle, clear, BRISK_OBS).after)).toMatch(/Sedation: awake\. Breathing 16\. Sats 98% on air\. Pain six/);
    // A wary Nadia who has said nothing about her chest: the full check finds it.
    const wary = walk(seedFor({ chest: 1, past: 0, wants: 3, digs: 0 }), TO_REASSESS, FULL_OBS);
    expect(wary.log.flatMap((l) => l.disclosed)).not.toContain('chest');
    expect(bestAt(wary)).toContain(FULL_OBS);
    expect(scoreAt(wary, BRISK_OBS)).toBeLessThan(0);
    expect(currentText(tryOption(bundle, wary, FULL_OBS).after)).toMatch(/Sats 94% on air/);
  });

  it('a chest never acted on ends in "Wait and see", whatever else went well, with the brisk check\'s numbers on the chart unread', () => {
    const seed = seedFor({ chest: 1, past: 0, digs: 0 });
    const e = playOut(seed, [PATHWAY, NAME_BEX, GO_STRAIGHT, PGD, 'Tell her plainly', "Tell her you can't see inside", "Tell him Bex is Nadia's partner", 'Ask him to start', BRISK_OBS, RECOMMEND, 'Write an incident report', 'Ask Nadia whether she wants Bex recorded', 'Change it to Bex', 'Hand over her care plan', 'Say sorry', 'Tell Marcus', 'Note it, and mention it']);
    expect(e.variables.record).toBeGreaterThanOrEqual(55);
    expect(e.ending).toBe('wait-and-see');
    expect(transcriptText(e)).toMatch(/both lower lobes/);
    expect(transcriptText(e)).toMatch(/Her sats of 94% and breathing of 24 are on your chart/);
  });
});

describe('the-notes: what Nadia wants decides the plan for the night', () => {
  it('asked "was it the note?", a Nadia who wants the talking to wait gets a straight yes and the rest later (respect-delegation)', () => {
    for (const past of [0, 1]) {
      const atTelling = walk(seedFor({ wants: 3, chest: 0, digs: 1, route: 3, past }), [...TO_HALE, PGD], TALK_LATER);
      expect(transcriptText(atTelling)).toMatch(past === 0 ? /It was the note, wasn't it/ : /Was it about me\?/);
      expect(optionMatching(atTelling, TALK_LATER).moves).toEqual(['respect-delegation']);
      expect(currentText(tryOption(bundle, atTelling, TALK_LATER).after)).toMatch(/Yes, the note was part of it, and it shouldn't have been/);
      expect(bestAt(atTelling)).toContain(TALK_LATER);
    }
  });

  it('an informed Nadia who asks you to choose is served by respect-delegation; handing it back costs trust', () => {
    const atDecide = walk(seedFor({ wants: 3, chest: 0 }), TO_DECIDE, DELEGATED);
    expect(transcriptText(atDecide)).toMatch(/You choose tonight\. I trust you/);
    expect(optionMatching(atDecide, DELEGATED).moves).toEqual(['respect-delegation']);
    expect(bestAt(atDecide)).toContain(DELEGATED);
    expect(tryOption(bundle, atDecide, LAY_OUT).change.trust).toBeLessThan(0);
  });

  it('a Nadia who wants to steer is served by laying out the options; one who wants Bex to speak, by asking whether Bex should', () => {
    expect(bestAt(walk(seedFor({ wants: 1, chest: 0 }), TO_DECIDE, LAY_OUT))).toContain(LAY_OUT);
    expect(bestAt(walk(seedFor({ wants: 2, chest: 0 }), TO_DECIDE, BEX_TELLS))).toContain(BEX_TELLS);
  });

  it('at the first moment the seed changes the best move: ask her, ask who speaks, or start the pathway', () => {
    const at = (wants: number) => bestAt(Encounter.begin(bundle, seedFor({ wants, chest: 0 })));
    expect(at(1)).toContain(ASK_PAIN);
    expect(at(2)).toContain('Ask Nadia whether she wants to tell you herself');
    expect(at(3)).toContain(PATHWAY);
  });
});

describe('the-notes: allyship in the bay', () => {
  it('explaining away her reading of tonight is dismiss-experience and costs the most trust', () => {
    const DISMISS = "Tell her you're sure it isn't about race";
    const atRace = walk(seedFor({ wants: 2, chest: 0 }), [...TO_HALE, PGD, 'Tell her plainly'], DISMISS);
    expect(transcriptText(atRace)).toMatch(/He's white, I'm Black, and I've got a flag/);
    expect(optionMatching(atRace, DISMISS).moves).toContain('dismiss-experience');
    expect(Math.min(...optionScores(bundle, atRace).values())).toBe(scoreAt(atRace, DISMISS));
  });

  it('the record moment: the incident report is act-on-structure, and it is best when she asked for the rest to wait', () => {
    const atRecord = walk(seedFor({ wants: 3, chest: 0 }), [...TO_DECIDE, DELEGATED], 'Write an incident report');
    expect(optionMatching(atRecord, 'Write an incident report').moves).toEqual(['act-on-structure']);
    expect(bestAt(atRecord)).toContain('Write an incident report');
    expect(currentText(tryOption(bundle, atRecord, 'Write an incident report').after)).toMatch(/ask haematology to be contacted whenever an emergency department doctor departs from her plan/);
    const steer = walk(seedFor({ wants: 1, chest: 0 }), [...TO_DECIDE, LAY_OUT], 'Write an incident report');
    expect(bestAt(steer)).toContain('Tell Nadia what the note says');
  });

  it('the handover that passes the label on is repeat-label, and costs the record', () => {
    const atHandover = walk(seedFor({ chest: 0 }), [...TO_DECIDE, LAY_OUT, DELEGATED, 'Write an incident report', 'Change it to Bex', 'Ask Nadia whether she wants Bex recorded'], 'Hand over her care plan');
    expect(optionMatching(atHandover, PASS_LABEL).moves).toEqual(['repeat-label', 'detach']);
    expect(scoreAt(atHandover, PASS_LABEL)).toBeLessThan(0);
    expect(tryOption(bundle, atHandover, PASS_LABEL).change.record).toBeLessThan(0);
    expect(bestAt(atHandover)).toContain('Hand over her care plan');
  });
});

describe('the-notes: tags, support and guide', () => {
  it('every choice has a why line, and no option label says how nicely it is done', () => {
    const choices = SOURCE.split('\n').filter((l) => /^\s*[*+]\s/.test(l));
    expect(choices.length).toBeGreaterThan(60);
    for (const line of choices) {
      expect(line, line).toMatch(/# why: .{20,320}\]/);
      const label = /\[([^#\]]*)/.exec(line)?.[1] ?? '';
      expect(label, label).not.toMatch(/\b(gently|kindly|warmly|together|carefully|sensitively|softly|quietly)\b/i);
    }
  });

  it('points a learner playing alone to support for racism, homophobia and sickle cell', () => {
    const support = (bundle.meta.support ?? []).join('\n');
    expect(support).toMatch(/student support or wellbeing service/);
    expect(support).toMatch(/Switchboard[^\n]*0800 0119 100/);
    expect(support).toMatch(/Samaritans: 116 123/);
    expect(support).toMatch(/Sickle Cell Society/);
  });

  it('the guide cites the guidance and law the scenario rests on, and hedges what may have changed', () => {
    for (const source of [/CG143/, /QS58/, /No One's Listening/i, /Nursing and Midwifery Council/, /Good medical practice/i, /Equality Act 2010/, /Freedom to Speak Up/, /patient group direction/i]) {
      expect(GUIDE).toMatch(source);
    }
    const guide = GUIDE.replace(/\s+/g, ' ');
    expect(guide).not.toMatch(/supported by the National Guardian's Office/);
    expect(guide).toMatch(/announced for closure in 2025, so check current arrangements/);
    expect(guide).toMatch(/sedation, breathing and sats are checked before the next one, however busy the department/);
  });
});
