// Story tests for "The gift" (boundaries): the fixes a clinical educator asked for, pinned by
// playing the scenario by what its options say. Seeds are found by looping, never hard-coded.
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { randomPlaythrough } from '../../src/engine/random-play';
import { currentText, firstRun, firstSeed, libraryBundle, optionMatching, play, takeEach, transcriptText, tryOption } from './play';

const ID = 'boundaries';
const bundle = libraryBundle(ID);

// A warm, boundaried visit up to the question at three o'clock.
const OPENING = ['Ask how things have been', 'Ask him what he misses most'];
const TO_NIGHT = [
  ...OPENING,
  'Ask what he would want the tablets to do',
  'Accept it for the practice: say it goes',
  'Decline, say why, and ask him what his Sundays',
  'walk you through an ordinary week',
  'Say you keep social media',
  "Say you can't accept anything left to you personally",
  'Decline, say who is there at night',
];
const CANDOUR = 'Tell him you were the doctor she saw';
const TO_THOUGHTS = [...TO_NIGHT, CANDOUR, 'Ask him directly whether'];

interface Drawn {
  delegates: boolean;
  earlyTablets: boolean;
  knock: boolean;
  later: string;
}
const drawn = new Map<number, Drawn>();

/** What the seed drew, read from what Tom says and what happens (the story's own cues). */
function drew(seed: number): Drawn {
  const known = drawn.get(seed);
  if (known) return known;
  const meds = transcriptText(play(ID, seed, OPENING));
  const later = transcriptText(
    play(ID, seed, [...TO_THOUGHTS, 'Thank him, then ask whether he has thought about how', "Tell him you want Jean's tablets out of the house today", 'Ask him how he wants to do it']),
  );
  const result = {
    delegates: meds.includes('You decide, Doctor'),
    earlyTablets: meds.includes("Jean's sleeping tablets, still in the cabinet"),
    knock: later.includes('There is a knock'),
    later,
  };
  drawn.set(seed, result);
  return result;
}

const delegating = firstSeed(bundle, (_, s) => drew(s).delegates);
const deciding = firstSeed(bundle, (_, s) => !drew(s).delegates);

/** The warm path to the end, with the plan and follow-up that fit what Tom wants. */
function modelPath(seed: number): (string | RegExp)[] {
  const delegates = drew(seed).delegates;
  return [
    ...TO_THOUGHTS,
    'Thank him, then ask whether he has thought about how',
    "Tell him you want Jean's tablets out of the house today",
    delegates ? 'Tell him what you will arrange' : 'Ask him how he wants to do it',
    'Ask what used to give his week its shape',
    delegates ? 'Tell him you will ring him on Monday' : 'Agree a review with you in a week',
    'Write the notes',
    'Argue for a middle way',
  ];
}

describe('boundaries: acting on risk is not rescuing', () => {
  it('phones the crisis team as act-on-risk, never rescue; doing it over his head is decide-for', () => {
    const at = play(ID, delegating, TO_THOUGHTS);
    expect(transcriptText(at)).toMatch(/I've thought about it|I've thought about how/);
    const explained = optionMatching(at, 'want the crisis team to see him today');
    expect(explained.moves).toContain('act-on-risk');
    expect(explained.moves).not.toContain('rescue');
    const overHead = optionMatching(at, 'ring the crisis team from your desk');
    expect(overHead.moves).toContain('decide-for');
    expect(overHead.moves).not.toContain('act-on-risk');
    expect(overHead.moves).not.toContain('rescue');
  });

  it('never tags a safety action (the crisis team, Jean\'s tablets) as rescue, anywhere in the story', () => {
    const safety = /crisis team|tablets out of the house|Jean's tablets|them out of the house today/;
    let seen = 0;
    const reuse = Encounter.begin(bundle);
    for (let seed = 1; seed <= 120; seed++) {
      randomPlaythrough(bundle, seed, {
        reuse,
        onStep: (e) => {
          // The weekly-visits option names the crisis team only to wave it away: that one is a rescue.
          for (const c of e.choices.filter((c) => safety.test(c.text) && !/won't need Cruse or the crisis team/.test(c.text))) {
            seen++;
            expect(c.moves, c.text).not.toContain('rescue');
          }
        },
      });
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('does not count the crisis call or the arranged tablets toward the Rescued ending', () => {
    // One real rescue (booking his week for him) beside both safety actions done over his head:
    // the old story counted all three and ended Rescued.
    const seed = firstSeed(bundle, (_, s) => drew(s).earlyTablets);
    const path = [
      ...OPENING,
      'Ask what else is in the house',
      ...TO_NIGHT.slice(3),
      CANDOUR,
      'Ask him directly whether',
      'ring the crisis team from your desk',
      'Ring the crisis team from your desk, tell them',
      'Refer him to the social prescriber',
      'Agree a review with you in a week',
      'Write the notes',
      'Argue her side',
    ];
    const run = play(ID, seed, path);
    expect(run.ended).toBe(true);
    expect(run.ending).not.toBe('rescued');
    expect(run.ending).toBe('not-yet');
  });

  it('contacts the crisis team today, with his agreement, and gets the tablets out today on the model path', () => {
    for (const seed of [delegating, deciding]) {
      const run = play(ID, seed, modelPath(seed));
      const text = transcriptText(run);
      expect(run.ending, `seed ${seed}`).toBe('line-held-kindly');
      expect(text).toContain("I'd like the crisis team to see you today");
      expect(text).toContain('Will you let me ring them now, with you here?');
      expect(text).toMatch(/I'd like them gone today/);
      expect(text).not.toMatch(/mental health team[^.]*this week/);
      expect(text).toMatch(/crisis team see him at home at five/);
      expect(run.variables.safety).toBeGreaterThanOrEqual(65);
    }
  });

  it('leaving the tablets to his timing costs safety against asking for today', () => {
    const before = [...TO_THOUGHTS, 'Thank him, then ask whether he has thought about how', 'let him say when the tablets go'];
    const atTablets = play(ID, delegating, before);
    const wait = tryOption(bundle, atTablets, 'Agree to his timing');
    const today = tryOption(bundle, atTablets, 'Tell him you would want them out of the house today');
    expect(today.option.moves).toContain('act-on-risk');
    expect(wait.option.moves).toContain('offer-choice');
    expect(today.score).toBeGreaterThan(wait.score + 10);
    const run = play(ID, delegating, [...before, 'Agree to his timing', 'Ask what used to give', 'Agree a review', 'Write the notes', 'Argue for a middle way']);
    expect(run.ending).not.toBe('line-held-kindly');
  });
});

describe('boundaries: "You were the somebody she saw"', () => {
  it('offers silence, false reassurance and an honest offer to go through Jean\'s care', () => {
    const at = play(ID, deciding, TO_NIGHT);
    expect(transcriptText(at)).toContain('You were the somebody she saw.');
    expect(optionMatching(at, 'Say nothing about your part').moves).toContain('conceal');
    expect(optionMatching(at, 'nothing could have been done sooner').moves).toContain('false-reassurance');
    const honest = optionMatching(at, CANDOUR);
    expect(honest.moves).toContain('transparent-disclosure');
    at.choose(honest.index);
    expect(transcriptText(at)).toMatch(/She saw me, twice, that spring/);
    expect(transcriptText(at)).toMatch(/ask a partner to review her notes with me, then we'll go through them together/);
  });

  it('makes candour better by the stakes than reassuring him falsely', () => {
    const atCandour = play(ID, deciding, TO_NIGHT);
    const honest = tryOption(bundle, atCandour, CANDOUR);
    const reassure = tryOption(bundle, atCandour, 'nothing could have been done sooner');
    expect(honest.score).toBeGreaterThan(reassure.score);
  });
});

describe('boundaries: the gift', () => {
  it('names the conflict of interest in a three-hundred-pound gift for Jean\'s care', () => {
    const at = play(ID, deciding, [...OPENING, 'Ask what he would want the tablets to do']);
    const text = transcriptText(at);
    expect(text).toMatch(/conflict of interest/);
    expect(text).toMatch(/affect, or be seen to affect, the way you treat him/);
    expect(text).toMatch(/gifts register/);
    const register = optionMatching(at, 'Accept it for the practice: say it goes');
    expect(register.moves).toContain('hold-boundary');
    at.choose(register.index);
    expect(transcriptText(at)).toMatch(/stays here, at the practice, not at my house/);
  });
});

describe('boundaries: the case for friendship, and the bright line', () => {
  const toArgument = (seed: number) => modelPath(seed).slice(0, -1);

  it('puts the seed\'s case for friendship to the learner, and no answer settles the ending', () => {
    const at = play(ID, deciding, toArgument(deciding));
    const text = transcriptText(at);
    expect(text).toContain('not being afraid to create an actual friendship');
    expect(at.choices.length).toBe(3);
    const results = at.choices.map((c) => {
      const run = play(ID, deciding, [...toArgument(deciding), c.text]);
      return { ending: run.ending, variables: run.variables };
    });
    expect(new Set(results.map((r) => r.ending)).size).toBe(1);
    for (const r of results) expect(r.variables).toEqual(results[0]!.variables);
    expect(optionMatching(at, 'Argue her side').moves).toEqual(['blur-boundary', 'authentic-connection']);
    expect(optionMatching(at, 'power does not leave the room').moves).toEqual(['hold-boundary']);
    expect(optionMatching(at, 'Argue for a middle way').moves).toEqual(['hold-boundary', 'cooperative-goals']);
  });

  it('names the sexual bright line once, plainly', () => {
    const text = transcriptText(play(ID, deciding, toArgument(deciding)));
    expect(text).toContain('a sexual relationship with a patient is never acceptable');
  });
});

describe('boundaries: runs that vary', () => {
  it('draws different variants from different seeds', () => {
    const draws = Array.from({ length: 16 }, (_, i) => drew(i + 1));
    expect(new Set(draws.map((d) => d.delegates)).size).toBe(2);
    expect(new Set(draws.map((d) => d.earlyTablets)).size).toBe(2);
    expect(new Set(draws.map((d) => d.knock)).size).toBe(2);
    expect(new Set(draws.map((d) => /coming up this Saturday/.test(d.later))).size).toBe(2);
  });

  it('rewards respecting an informed delegation when Tom asks you to decide, and choice when he wants to', () => {
    const upDose = "Tell him you'll put the mirtazapine up to 30 mg";
    const choices = 'Explain the options plainly';
    const atDelegatingDose = play(ID, delegating, OPENING);
    const decideD = tryOption(bundle, atDelegatingDose, upDose);
    const choiceD = tryOption(bundle, atDelegatingDose, choices);
    expect(decideD.option.moves).toContain('respect-delegation');
    expect(decideD.score).toBeGreaterThan(choiceD.score);
    const atDecidingDose = play(ID, deciding, OPENING);
    const decideO = tryOption(bundle, atDecidingDose, upDose);
    const choiceO = tryOption(bundle, atDecidingDose, choices);
    expect(decideO.option.moves).toContain('decide-for');
    expect(decideO.option.moves).not.toContain('respect-delegation');
    expect(choiceO.score).toBeGreaterThan(decideO.score);
  });

  it('lets Tom hand you the tablets when he has asked you to arrange it, and costs trust to hand it back', () => {
    const before = [...TO_THOUGHTS, 'Thank him, then ask whether he has thought about how', "Tell him you want Jean's tablets out of the house today"];
    const atDelegatingPlan = play(ID, delegating, before);
    const arrangeD = tryOption(bundle, atDelegatingPlan, 'Tell him what you will arrange');
    const askD = tryOption(bundle, atDelegatingPlan, 'Ask him how he wants to do it');
    expect(arrangeD.option.moves).toEqual(['respect-delegation', 'plain-language']);
    expect(arrangeD.score).toBeGreaterThan(askD.score);
    const atDecidingPlan = play(ID, deciding, before);
    const arrangeO = tryOption(bundle, atDecidingPlan, 'Tell him what you will arrange');
    const askO = tryOption(bundle, atDecidingPlan, 'Ask him how he wants to do it');
    expect(arrangeO.option.moves).toContain('decide-for');
    expect(askO.score).toBeGreaterThan(arrangeO.score);
  });

  it('gives the waiting child the minutes when reception knocks, and not when nobody waits', () => {
    const knocked = firstSeed(bundle, (_, s) => drew(s).knock);
    const quiet = firstSeed(bundle, (_, s) => !drew(s).knock);
    const before = (seed: number) => modelPath(seed).slice(0, 14);
    const stop = 'Say you need to stop in a couple of minutes';
    const talk = 'Ask what used to give his week its shape';
    const atKnocked = play(ID, knocked, before(knocked));
    const stopK = tryOption(bundle, atKnocked, stop);
    expect(stopK.option.moves).toContain('keep-to-time');
    expect(stopK.score).toBeGreaterThan(tryOption(bundle, atKnocked, talk).score);
    const atQuiet = play(ID, quiet, before(quiet));
    const stopQ = tryOption(bundle, atQuiet, stop);
    expect(stopQ.option.moves).not.toContain('keep-to-time');
    expect(tryOption(bundle, atQuiet, talk).score).toBeGreaterThan(stopQ.score);
  });

  it('lets an early mention of Jean\'s tablets be followed up at the medication review', () => {
    const seed = firstSeed(bundle, (_, s) => drew(s).earlyTablets);
    const run = play(ID, seed, [...OPENING, 'Ask what else is in the house']);
    expect(run.log.at(-1)!.disclosed).toContain('means');
    const late = firstSeed(bundle, (_, s) => !drew(s).earlyTablets);
    expect(play(ID, late, [...OPENING, 'Ask what else is in the house']).log.at(-1)!.disclosed).toEqual([]);
  });
});

describe('boundaries: option labels', () => {
  it('say what is done, not how nicely, and every option has a why line', () => {
    const manner = /\b(gently|kindly|warmly|together|carefully|sensitively|softly)\b/i;
    const reuse = Encounter.begin(bundle);
    for (let seed = 1; seed <= 80; seed++) {
      randomPlaythrough(bundle, seed, {
        reuse,
        onStep: (e: Encounter) => {
          for (const c of e.choices) {
            expect(c.text, c.text).not.toMatch(manner);
            expect(c.why.length, c.text).toBeGreaterThanOrEqual(20);
          }
        },
      });
    }
  });
});

describe('boundaries: the clinical review (second round)', () => {
  const BEQUEST_OK = "Say you can't accept anything left to you personally";
  const FOLLOWUP = (seed: number) => (drew(seed).delegates ? 'Tell him you will ring him on Monday' : 'Agree a review with you in a week');

  it('never reaches "The line, held kindly" with the bequest accepted, false reassurance about Jean, or a month with whoever is free', () => {
    for (const seed of [delegating, deciding]) {
      const model = modelPath(seed);
      expect(play(ID, seed, model).ending, `model, seed ${seed}`).toBe('line-held-kindly');
      const swaps: [string, string][] = [
        [BEQUEST_OK, "Thank him; you're touched"],
        [CANDOUR, 'Tell him nothing could have been done sooner'],
        [FOLLOWUP(seed), 'Ask him to book in with whoever is free'],
      ];
      for (const [from, to] of swaps) {
        const path = model.map((p) => (p === from ? to : p));
        expect(path).toContain(to);
        const run = play(ID, seed, path);
        expect(run.ended, `${to}, seed ${seed}`).toBe(true);
        expect(run.ending, `${to}, seed ${seed}`).not.toBe('line-held-kindly');
      }
    }
    // And across random play: no held ending carries any of the three.
    const reuse = Encounter.begin(bundle);
    for (let seed = 1; seed <= 300; seed++) {
      const run = randomPlaythrough(bundle, seed, { reuse });
      if (run.ending !== 'line-held-kindly') continue;
      expect(run.variables.bequest, `seed ${seed}`).not.toBe('accepted');
      expect(run.variables.candour, `seed ${seed}`).not.toBe('reassured');
      expect(run.variables.followup, `seed ${seed}`).not.toBe('anyone');
    }
  });

  it('after passive thoughts only, asking about method and means earns more safety than going straight to the crisis team', () => {
    const passive = firstSeed(bundle, (_, s) => !drew(s).earlyTablets && transcriptText(play(ID, s, TO_THOUGHTS)).includes('Not doing it. Thought about it.'));
    const atPassive = play(ID, passive, TO_THOUGHTS);
    const ask = tryOption(bundle, atPassive, 'Thank him, then ask whether he has thought about how');
    const crisis = tryOption(bundle, atPassive, 'want the crisis team to see him today');
    expect(ask.option.moves).not.toContain('rescue');
    expect(ask.score).toBeGreaterThan(crisis.score);
    const from = play(ID, passive, TO_THOUGHTS);
    const before = from.variables.safety as number;
    from.choose(optionMatching(from, 'Thank him, then ask whether he has thought about how').index);
    expect((from.variables.safety as number) - before).toBeGreaterThanOrEqual(6);
    // Once means are known (Jean's tablets named at the medication review), the crisis call is worth more.
    const means = firstSeed(bundle, (_, s) => drew(s).earlyTablets);
    const meansPath = [...OPENING, 'Ask what else is in the house', ...TO_THOUGHTS.slice(3)];
    const crisisWithMeans = tryOption(bundle, play(ID, means, meansPath), 'want the crisis team to see him today');
    expect(crisisWithMeans.option.moves).toContain('act-on-risk');
    expect(crisisWithMeans.score).toBeGreaterThan(crisis.score);
  });

  it('makes weekly visits plainly over-involvement: only with you, waving away Cruse and the crisis team, and no safer for it', () => {
    const seed = deciding;
    const before = modelPath(seed).slice(0, -3);
    const at = play(ID, seed, before);
    const weekly = optionMatching(at, 'come and see you every week');
    expect(weekly.text).toMatch(/only with you/);
    expect(weekly.text).toMatch(/won't need Cruse or the crisis team/);
    expect(weekly.moves).toContain('rescue');
    const safety = at.variables.safety as number;
    at.choose(weekly.index);
    expect(at.variables.safety as number).toBeLessThanOrEqual(safety);
  });

  it('does not tell the learner the safety work is done when keeping to time', () => {
    let seen = 0;
    const reuse = Encounter.begin(bundle);
    for (let seed = 1; seed <= 200; seed++) {
      randomPlaythrough(bundle, seed, {
        reuse,
        onStep: (e) => {
          for (const c of e.choices) {
            expect(c.why, c.text).not.toMatch(/safety work is done/);
            if (c.moves.includes('keep-to-time')) {
              seen++;
              expect(c.why).toMatch(/what was agreed about tonight stays as it was/);
            }
          }
        },
      });
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('boundaries: the clinical review (should-fix)', () => {
  it('records the friendship argument as said to Priya, not to Tom', () => {
    const at = play(ID, deciding, modelPath(deciding).slice(0, -1));
    for (const c of at.choices) {
      expect(c.why, c.text).toMatch(/^Priya hears/);
      expect(c.moves, c.text).not.toContain('name-asymmetry');
    }
  });

  it('gives NHS 111 option 2 and 999 alongside Samaritans, and declares support lines and the crisis ending', () => {
    const text = transcriptText(play(ID, deciding, [...TO_NIGHT.slice(0, -1), 'Tell him you can\'t give out your personal number']));
    expect(text).toMatch(/111 and choose option 2, or 999/);
    const meta = bundle.meta as unknown as { support?: string[]; contentNotes: string[] };
    expect(meta.support?.join(' ')).toMatch(/116 123/);
    expect(meta.support?.join(' ')).toMatch(/111, option 2/);
    expect(meta.contentNotes.join(' ')).toMatch(/night-time suicidal crisis/);
  });

  it('registers gifts worth more than a hundred pounds, not "or more"', () => {
    const text = transcriptText(play(ID, deciding, OPENING.concat(['Ask what he would want the tablets to do'])));
    expect(text).not.toMatch(/hundred pounds or more/);
    expect(text).toMatch(/any gift worth more than a hundred pounds goes in the gifts register/);
  });
});

describe('boundaries: direct safety questions and supervision are tagged as what they are', () => {
  // A cooler visit: straight to the medication, a platitude, the PHQ-9 on screen. Trust reaches three o'clock lower.
  const COOL = [
    'Start with the medication',
    'Tell him this is a normal part',
    'Ask what he would want the tablets to do',
    'Accept it for the practice: say it goes',
    "Tell him it wouldn't be appropriate",
    'Go through the PHQ-9',
    'Say you keep social media',
    "Say you can't accept anything left to you personally",
    'Decline, say who is there at night',
    CANDOUR,
  ];
  const DIRECT = 'Ask him directly whether';
  const OPEN = 'Ask him what goes through his mind';
  const toldDirect = /I've thought about it/;
  /** What Tom disclosed in the lines after a tried option. */
  const disclosedAfter = (trial: ReturnType<typeof tryOption>) => trial.after.log.at(-1)!.disclosed;

  it('asking Tom directly whether he has thought of ending his life carries ask-about-risk, with the reason said', () => {
    const at = play(ID, deciding, TO_NIGHT.concat(CANDOUR));
    const direct = optionMatching(at, DIRECT);
    expect(direct.moves).toEqual(['ask-about-risk', 'plain-language']);
    at.choose(direct.index);
    expect(transcriptText(at)).toContain("I ask everyone, and it's safe to answer honestly");
  });

  it('where trust is lower, asking directly finds out what the open question does not, and does better for his safety', () => {
    const at = firstRun(bundle, () => true, (start) => {
      const e = takeEach(start, COOL);
      const open = tryOption(bundle, e, OPEN);
      return toldDirect.test(currentText(tryOption(bundle, e, DIRECT).after)) && !disclosedAfter(open).includes('thoughts') ? e : null;
    });
    const direct = tryOption(bundle, at, DIRECT);
    const open = tryOption(bundle, at, OPEN);
    expect(disclosedAfter(direct)).toContain('thoughts');
    expect(direct.change.safety).toBeGreaterThan(open.change.safety ?? 0);
    expect(direct.score).toBeGreaterThan(open.score);
    // With the trust of a warm visit, the open question hears it too, in his own words.
    const warm = play(ID, at.seed, TO_NIGHT.concat(CANDOUR));
    expect(disclosedAfter(tryOption(bundle, warm, OPEN))).toContain('thoughts');
  });

  it('asking about method and means, and what else is in the house, carry ask-about-risk and say why', () => {
    const thoughts = play(ID, deciding, TO_THOUGHTS);
    const means = optionMatching(thoughts, 'Thank him, then ask whether he has thought about how');
    expect(means.moves).toEqual(['ask-about-risk', 'plain-language']);
    thoughts.choose(means.index);
    expect(transcriptText(thoughts)).toContain('so I know how to keep you safe tonight');
    const review = play(ID, deciding, OPENING);
    const house = optionMatching(review, 'Ask what else is in the house');
    expect(house.moves).toEqual(['ask-about-risk']);
    review.choose(house.index);
    expect(transcriptText(review)).toContain("so I know what's safe to add");
  });

  it('asking a partner for ten minutes about how much Tom pulls at you is seek-supervision, holding the line', () => {
    const at = play(ID, deciding, modelPath(deciding).slice(0, -2));
    expect(optionMatching(at, 'ask a partner for ten minutes').moves).toEqual(['seek-supervision', 'hold-boundary']);
  });
});
