// Twelve seconds: pins the clinical educator's fixes. Who is rescued, a clear recommendation,
// time alone that Farida chooses, the anaemia investigated in its own right, "You are the
// doctor. You decide." read by the run, the clock as a stake, and runs that vary by seed.
// Seeds are found by looping, never looked up by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { stakesOf } from '../../src/engine/stakes';
import { STORY_DIR } from '../helpers';
import { firstRun, firstSeed, fork, libraryBundle, offers, optionMatching, optionScore, playOn, playTo, take, transcriptText, tryOption, type Pick } from './play';

const ID = 'twelve-seconds';
const bundle = libraryBundle(ID);
const stakes = stakesOf(bundle.meta);
const SOURCE = fs.readFileSync(path.join(STORY_DIR, 'scenarios', ID, 'main.ink'), 'utf8');

// A path that gives Farida a voice and earns her trust: it reaches the disclosure in any run.
const LISTENING: Pick[] = [
  'let her find the word',
  'Say how much time there is',
  'prefer a woman interpreter',
  'warning-sign questions',
  'check her eyes, pulse and tummy',
  'offer everyone some time alone',
  'just the two of you',
  'routine for every patient',
  'Ask directly',
  'promise a double appointment',
  'Thank her for telling you',
  'Explain in plain words: bleeding',
  'Explain the options for the examination',
];
const PLAN = 'Recommend the urgent referral';
const LAY_OUT = 'Lay out the options';

/** Plays the listening path to the plan, with the given picks first. */
function toPlan(seed: number, first: readonly Pick[] = []): Encounter {
  return playOn(Encounter.begin(bundle, seed), [...first, ...LISTENING], offers(PLAN));
}

describe('twelve-seconds: the seed draws the run', () => {
  it('varies what Farida wants, whether Javed stays, when she tells and how late the clinic is, from the seed', () => {
    const seen: Record<string, Set<number>> = { wants: new Set(), javed_stays: new Set(), reveal: new Set(), late: new Set() };
    const starts = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const e = Encounter.begin(bundle, seed);
      for (const name of Object.keys(seen)) seen[name]!.add(e.variant[name]!);
      starts.add(`${e.variables.trust}/${e.variables.autonomy}`);
      // The same seed is the same run.
      expect(Encounter.begin(bundle, seed).variant).toEqual(e.variant);
    }
    expect([...seen.wants!].sort()).toEqual([1, 2, 3]);
    expect([...seen.javed_stays!].sort()).toEqual([0, 1]);
    expect([...seen.reveal!].sort()).toEqual([1, 2, 3]);
    expect([...seen.late!].sort()).toEqual([0, 1]);
    // Farida's starting trust and autonomy move around the declared 45 and 35.
    expect(starts.size).toBeGreaterThan(5);
    expect(SOURCE).toMatch(/^VAR trust = 45\b/m);
    expect(SOURCE).toMatch(/^VAR autonomy = 35\b/m);
    for (let seed = 0; seed < 40; seed++) {
      const { trust, autonomy } = Encounter.begin(bundle, seed).variables;
      expect(Math.abs(trust! - 45)).toBeLessThanOrEqual(6);
      expect(Math.abs(autonomy! - 35)).toBeLessThanOrEqual(6);
    }
  });

  it('sends Javed out to move the car in some runs, and not in others', () => {
    const out = firstSeed(bundle, (v) => v.javed_stays === 0);
    const stays = firstSeed(bundle, (v) => v.javed_stays === 1);
    const atAlone = (seed: number) => playOn(Encounter.begin(bundle, seed), LISTENING, offers('Ask directly'));
    expect(transcriptText(atAlone(out))).toContain('I must move the car');
    expect(transcriptText(atAlone(stays))).not.toContain('I must move the car');
  });

  it('pressing 1 at every choice reaches an ending within 30 choices, in every variant', () => {
    for (let seed = 0; seed <= 12; seed++) {
      const e = Encounter.begin(bundle, seed);
      while (!e.ended && e.log.length < 30) e.choose(e.choices[0]!.index);
      expect(e.ended, `seed ${seed}`).toBe(true);
      expect(e.ending, `seed ${seed}`).not.toBeNull();
    }
  });
});

describe('twelve-seconds: the clock is a stake', () => {
  it('declares the waiting room and the clock as stakes that count against the good path', () => {
    const byName = new Map(stakes.map((s) => [s.name, s]));
    expect(byName.get('clock')!.weight).toBeLessThan(0);
    expect(byName.get('waiting')!.weight).toBeLessThan(0);
    expect(byName.get('care')!.weight).toBeGreaterThan(0);
  });

  it('the receptionist knocks in every run, and what she says depends on how late the clinic is', () => {
    const late = firstSeed(bundle, (v) => v.late === 1);
    const onTime = firstSeed(bundle, (v) => v.late === 0);
    const atKnock = (seed: number) => playOn(Encounter.begin(bundle, seed), LISTENING, offers('promise a double appointment'));
    expect(transcriptText(atKnock(late))).toContain("Mr Osei's hospital transport comes at half past");
    expect(transcriptText(atKnock(onTime))).toContain('No rush');
  });

  it('keeping to time is the better answer at the knock when five are waiting, and carrying on when one early patient is', () => {
    const keep = 'promise a double appointment';
    const carryOn = 'carry on at Farida';
    for (const [late, better, worse] of [[1, keep, carryOn], [0, carryOn, keep]] as const) {
      const seed = firstSeed(bundle, (v) => v.late === late);
      const encounter = playOn(Encounter.begin(bundle, seed), LISTENING, offers(keep));
      expect(optionMatching(encounter, keep).moves).toContain('keep-to-time');
      expect(optionScore(bundle, encounter, better), `late=${late}`).toBeGreaterThan(optionScore(bundle, encounter, worse) + 1);
    }
  });

  it('at the agenda, saying what time there is beats an open list when the clinic is late, and not when it is not', () => {
    const keep = 'Say how much time there is';
    const open = 'what else she would like to cover';
    for (const [late, better, worse] of [[1, keep, open], [0, open, keep]] as const) {
      const seed = firstSeed(bundle, (v) => v.late === late);
      const encounter = playOn(Encounter.begin(bundle, seed), LISTENING, offers(open));
      expect(optionScore(bundle, encounter, better), `late=${late}`).toBeGreaterThan(optionScore(bundle, encounter, worse) + 1);
    }
  });
});

describe('twelve-seconds: time alone is Farida’s to choose', () => {
  it('reassuring Javed after she has said yes is not tagged hold-boundary, and it asks her', () => {
    const seed = firstSeed(bundle, (v) => v.javed_stays === 1);
    const encounter = playOn(Encounter.begin(bundle, seed), LISTENING, offers('routine for every patient'));
    const reassure = optionMatching(encounter, 'routine for every patient');
    expect(reassure.moves).not.toContain('hold-boundary');
    expect(reassure.moves).toEqual(expect.arrayContaining(['offer-control', 'address-patient']));
    expect(reassure.text).toContain('ask her');
    // She was asked first, before Javed pushed back.
    expect(transcriptText(encounter)).toContain('Farida, would you like that today?');
  });

  it('no option in the scenario is tagged hold-boundary: there is no professional boundary at stake here', () => {
    expect(SOURCE).not.toMatch(/#\s*move:\s*hold-boundary/);
  });
});

describe('twelve-seconds: rescue means taking over her problem', () => {
  it('answering Javed for her is speaking for her, not a rescue; telling Javed her news yourself is', () => {
    const seed = firstSeed(bundle, (v) => v.wants === 1);
    const encounter = playOn(Encounter.begin(bundle, seed), ['Bring Javed back in', 'Does that all make sense', ...LISTENING], offers('Answer for her'));
    const answerForHer = optionMatching(encounter, 'Answer for her');
    expect(answerForHer.moves).not.toContain('rescue');
    expect(answerForHer.moves).toContain('address-companion');

    const other = playOn(Encounter.begin(bundle, seed), ['Does that all make sense', ...LISTENING, PLAN], offers('Tell Javed yourself'));
    const tell = optionMatching(other, 'Tell Javed yourself').moves;
    // Disclosing her bleeding to Javed without her agreement is a breach of confidence, not a rescue.
    expect(tell).toContain('breach-confidence');
    expect(tell).not.toContain('rescue');
    const partly = optionMatching(other, 'Tell Javed only that she needs').moves;
    expect(partly).toEqual(expect.arrayContaining(['decide-for', 'breach-confidence']));
    expect(partly).not.toContain('offer-control');
  });

  it('bringing Javed back in to agree the plan is tagged as a breach of her confidence', () => {
    expect(SOURCE).toMatch(/\[Bring Javed back in to agree the plan[^\]\n]*# move: breach-confidence/);
  });

  it('the direct bleeding question and the plain red-flag questions ask about risk, and are not narrow-agenda', () => {
    const direct = SOURCE.split('\n').find((l) => l.includes('[Ask directly, saying why'))!;
    const redFlags = SOURCE.split('\n').find((l) => l.includes('[Ask the warning-sign questions in plain words'))!;
    for (const line of [direct, redFlags]) {
      expect(line).toContain('# move: ask-about-risk');
      expect(line).not.toContain('narrow-agenda');
    }
    // The red-flag questions are asked in plain words, not shorthand.
    expect(redFlags).toContain('# move: plain-language');
  });

  it('handing her blood test to Javed on the way out is not tagged rescue', () => {
    const seed = firstSeed(bundle, () => true);
    const e = Encounter.begin(bundle, seed);
    while (!e.ended && !offers('make sure she gets the blood test')(e)) e.choose(e.choices[0]!.index);
    expect(optionMatching(e, 'make sure she gets the blood test').moves).not.toContain('rescue');
  });
});

describe('twelve-seconds: a clear recommendation', () => {
  it('recommending the referral and asking for consent is recommend-clearly, not rush-decision', () => {
    const seed = firstSeed(bundle, () => true);
    const encounter = toPlan(seed);
    const recommend = optionMatching(encounter, PLAN);
    expect(recommend.moves).toContain('recommend-clearly');
    expect(recommend.moves).not.toContain('rush-decision');
    expect(recommend.text).toMatch(/ask if she is happy/);
  });

  it('serves the Farida who wants a recommendation, and not the one who wants to weigh it herself', () => {
    const wantsAdvice = firstSeed(bundle, (v) => v.wants === 3);
    const advised = toPlan(wantsAdvice);
    expect(optionScore(bundle, advised, PLAN)).toBeGreaterThan(optionScore(bundle, advised, LAY_OUT) + 1);

    const wantsToDecide = firstSeed(bundle, (v) => v.wants === 1);
    const deciding = toPlan(wantsToDecide);
    expect(optionScore(bundle, deciding, LAY_OUT)).toBeGreaterThan(optionScore(bundle, deciding, PLAN) + 1);
  });
});

describe('twelve-seconds: "You are the doctor. You decide."', () => {
  const DECIDE = 'Decide: tell her you will refer her urgently';
  const NAME_IT = 'Name it:';

  const HURRIED: Pick[] = ['Set the agenda', 'quick checklist', 'Go with the vitamins idea', 'speed up', 'Go straight into the clinical', 'clinical terms', 'examine her internally now'];

  /** The first run with this want whose listening path (or a hurried one), laying out the options, reaches the deferral. */
  const deferral = (wants: number) =>
    firstRun(
      bundle,
      (v) => v.wants === wants,
      (start) => {
        for (const first of [[], HURRIED]) {
          const plan = playOn(fork(bundle, start), [...first, ...LISTENING], offers(PLAN));
          if (!offers(PLAN)(plan)) continue;
          const at = take(plan, LAY_OUT);
          if (offers(DECIDE)(at)) return at;
        }
        return null;
      },
      300,
    );

  it('is an informed delegation when Farida wants you to decide: deciding, with the reasons, is the better answer', () => {
    const encounter = deferral(3);
    expect(transcriptText(encounter)).toContain("I don't want to choose between things I don't know");
    expect(optionMatching(encounter, DECIDE).moves).toContain('respect-delegation');
    expect(optionScore(bundle, encounter, DECIDE)).toBeGreaterThan(optionScore(bundle, encounter, NAME_IT) + 1);
    // Turning her back into the decider costs trust.
    expect(tryOption(bundle, encounter, NAME_IT).change.trust).toBeLessThan(0);
  });

  it('is tiredness and habit speaking when Farida wants to decide: turning it back to her is the better answer', () => {
    const encounter = deferral(1);
    expect(transcriptText(encounter)).toContain('I am so tired. You are the doctor. You decide.');
    expect(optionScore(bundle, encounter, NAME_IT)).toBeGreaterThan(optionScore(bundle, encounter, DECIDE) + 1);
  });

  it('early in the visit, "You are the doctor" is answered by telling her when she asked to be told, and by asking again when it was Javed speaking', () => {
    const tell = 'Tell her what you think could be behind it';
    const askAgain = 'what she has noticed herself matters';
    const early: Pick[] = ['Help her along', 'Set the agenda', 'simple English', 'normal day', 'what she thinks is behind'];
    for (const [wants, better, worse] of [[3, tell, askAgain], [1, askAgain, tell], [2, askAgain, tell]] as const) {
      const encounter = firstRun(bundle, (v) => v.wants === wants, (start) => playTo(start, early, tell), 300);
      expect(optionScore(bundle, encounter, better), `wants=${wants}`).toBeGreaterThan(optionScore(bundle, encounter, worse) + 1);
    }
  });
});

describe('twelve-seconds: the medicine', () => {
  it('does not let light postmenopausal bleeding explain the anaemia: the stomach and bowel are still investigated', () => {
    const seed = firstSeed(bundle, () => true);
    const encounter = playOn(Encounter.begin(bundle, seed), [PLAN, 'in her own words what happens next', 'what, if anything, she would like Javed', 'Book a double appointment after', ...LISTENING], (e) => e.ended);
    const text = transcriptText(encounter);
    expect(encounter.ending === 'heard' || encounter.ending === 'decided-for-her').toBe(true);
    expect(text).toContain('may not explain it');
    expect(text).toMatch(/camera tests of her stomach and bowel/);
    expect(text).not.toMatch(/could explain the tiredness|likely reason for it/);
  });

  it('the second chance refers the bleeding and keeps the bowel tests going', () => {
    const seed = firstSeed(bundle, () => true);
    const encounter = playOn(Encounter.begin(bundle, seed), ['let her find the word', 'Set the agenda', 'Ask Javed to interpret', 'normal day', 'check her eyes', 'Keep Javed in the room', 'Ask directly', 'carry on at Farida', 'Recommend a blood test', 'already tried', 'which tests and why', 'in her own words what happens next', 'what should bring her back sooner', 'Book a double appointment yourself'], (e) => e.ended);
    expect(encounter.ending).toBe('second-chance');
    const text = transcriptText(encounter);
    expect(text).toContain('the bowel tests go ahead too');
    expect(text).toContain('refer her urgently to the women');
  });

  it('offers a professional telephone interpreter, and a woman if she prefers', () => {
    const encounter = playOn(Encounter.begin(bundle, firstSeed(bundle, () => true)), LISTENING, offers('warning-sign questions'));
    const text = transcriptText(encounter);
    expect(text).toContain('Dari interpreter, number 4471');
    expect(text).toContain('telephone interpreting line');
  });
});

describe('twelve-seconds: option labels say what is done', () => {
  it('has no manner words in option labels, and a why on every choice', () => {
    const labels = [...SOURCE.matchAll(/^\s*[*+]\s*(?:\{[^}]*\}\s*)?\[([^#\]]*)/gm)].map((m) => m[1]!.trim());
    expect(labels.length).toBeGreaterThan(80);
    for (const label of labels) expect(label).not.toMatch(/\b(gently|kindly|warmly|together|carefully|sensitively|softly|plainly)\b/i);
    const choices = SOURCE.split('\n').filter((l) => /^\s*[*+]\s*(\{[^}]*\}\s*)?\[/.test(l));
    for (const line of choices) expect(line, line.slice(0, 80)).toMatch(/# why: .{20,}\]/);
  });
});

describe('twelve-seconds: when a direct question, or keeping to time, is what the moment needs', () => {
  const atQuestion = (start: Encounter) => playTo(start, LISTENING, offers('Ask directly'));
  const OPEN_ASK = 'Ask an open question';

  it('asking about bleeding directly carries ask-about-risk and says why it is asked', () => {
    const e = atQuestion(Encounter.begin(bundle, firstSeed(bundle, () => true)));
    expect(optionMatching(e, 'Ask directly').moves).toEqual(['ask-about-risk', 'address-patient']);
    expect(optionMatching(e, OPEN_ASK).moves).toContain('open-question');
    const asked = tryOption(bundle, e, 'Ask directly').after;
    expect(transcriptText(asked)).toContain('because bleeding is one of the things that causes it');
  });

  it('when she will tell only to a plain question, alone, asking directly finds the bleeding and the open question does not', () => {
    const e = firstRun(bundle, (v) => v.reveal === 3, atQuestion);
    const direct = tryOption(bundle, e, 'Ask directly');
    const open = tryOption(bundle, e, OPEN_ASK);
    expect(direct.change.care).toBeGreaterThanOrEqual(20);
    expect(open.change.care ?? 0).toBe(0);
    expect(direct.score).toBeGreaterThan(open.score + 1);
  });

  it('when she hints early and tells readily, the open question does at least as well as the direct one', () => {
    const e = firstRun(bundle, (v) => v.reveal === 1, atQuestion);
    expect(optionScore(bundle, e, OPEN_ASK)).toBeGreaterThanOrEqual(optionScore(bundle, e, 'Ask directly'));
  });

  // A visit where the bleeding stays unsaid and nobody has promised a longer appointment yet.
  const TO_REMEDIES: Pick[] = [
    'let her find the word',
    'Set the agenda',
    'Carry on in short, simple English',
    'normal day',
    'check her eyes',
    'Keep Javed in the room',
    'Carry on with the tiredness questions',
    'Start wrapping up',
    'Nod to the receptionist',
    'Recommend a blood test before any vitamins',
  ];
  const ASK_HOME = 'Ask what she has already tried';
  const DEFER = 'Say you are running over';
  const atRemedies = (late: number) => firstRun(bundle, (v) => v.late === late, (start) => playTo(start, TO_REMEDIES, offers(ASK_HOME)));

  it('putting off the home-remedies question, openly and to a booked visit, is keep-to-time, not detach', () => {
    const e = atRemedies(0);
    expect(optionMatching(e, DEFER).moves).toEqual(['keep-to-time']);
    expect(SOURCE).not.toContain('Skip it; you are already running over');
  });

  it('with five waiting and a transport due, putting the question off does better; with one early patient, asking does', () => {
    const late = atRemedies(1);
    expect(optionScore(bundle, late, DEFER)).toBeGreaterThan(optionScore(bundle, late, ASK_HOME) + 1);
    expect(tryOption(bundle, late, DEFER).change.waiting).toBeLessThan(0);
    const early = atRemedies(0);
    expect(optionScore(bundle, early, ASK_HOME)).toBeGreaterThan(optionScore(bundle, early, DEFER) + 1);
  });
});
