// Story tests for "Going home" (Joan Ashworth, 86, a retired district nurse with Alzheimer's
// disease; her daughter Helen says she can't go home). Each pins a teaching beat, or a clinical
// educator's fix: what an option is tagged, what it leads to, and which option does best in which
// variant of the run. Seeds are found by looping over the variant each seed draws, never hard-coded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import type { OfferedChoice } from '../../src/engine/run-log';
import { randomPlaythrough } from '../../src/engine/random-play';
import { ROOT } from '../helpers';
import {
  bestOption,
  finish,
  firstRunThrough,
  firstSeed,
  fork,
  libraryBundle,
  offers,
  optionMatching,
  optionScore,
  playTo,
  take,
  transcriptText,
  variantOf,
  type Pick,
} from './play';

const ID = 'going-home';
const bundle = libraryBundle(ID);
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs', 'scenarios', `${ID}.md`), 'utf8');

// Moments that only some runs meet on the way (the delirious walk to the doors, Helen refusing to
// leave the room): when the next pick is not on offer and one of these is, it is taken first.
const DETOURS = ['Walk with her, at her pace', 'Tell Helen her mum has asked to do this on her own'];

const score = (e: Encounter, pick: Pick) => optionScore(bundle, e, pick);
const best = (e: Encounter): OfferedChoice => bestOption(bundle, e);

// A path through the morning, in the options' own words, up to the family meeting's question.
const TO_MEETING = [
  'Ask Helen to come with you to her mum',
  'Sit down at her level',
  'Ask what home means to her',
  "Tell her you'll arrange a way to call for help from the floor",
  'Give the board one line',
  'Ask Sister Adjei to sit with Helen',
  'Ask Joan how she wants to take part',
];
const TO_APPROACH = [
  ...TO_MEETING,
  'Tell Helen you can hear what she has been carrying',
  'Ask which kind of power of attorney',
  'Say what has to be made safe before she goes home',
  'Tell Helen plainly that a sleeping tablet',
  'Say there are ten minutes left',
];
const ASSESS = "Assess Joan's capacity for this decision today";
const WAIT = 'Recommend that the long-term decision waits';
const TO_DECISION = [...TO_APPROACH, ASSESS, 'Take the options one at a time', 'Ask her to put in her own words'];
// From her decision to Helen at the drinks machine, whichever decision the run drew.
const DECISION_TO_HELEN = ['Answer her straight', 'Agree the plan for home', 'Check with Helen that she truly means', 'Make sure Helen has every real option'];
const AT_HELEN = offers('Tell Helen she has a right to a carer');

// Every option a spread of random runs meets, by its text.
const everyOption = (() => {
  const seen = new Map<string, OfferedChoice>();
  const reuse = Encounter.begin(bundle);
  for (let seed = 1; seed <= 80; seed++) randomPlaythrough(bundle, seed, { reuse, onStep: (e) => e.choices.forEach((c) => seen.set(c.text, c)) });
  return seen;
})();

describe('going-home: the seed', () => {
  it('draws what Joan wants, how far the delirium has cleared, the power of attorney and the event before the first choice, and varies them', () => {
    const seen = { wants: new Set<number>(), clear: new Set<number>(), lpa: new Set<number>(), event: new Set<number>() };
    for (let seed = 1; seed <= 60; seed++) {
      const v = variantOf(bundle, seed);
      seen.wants.add(v.wants!);
      seen.clear.add(v.clear!);
      seen.lpa.add(v.lpa!);
      seen.event.add(v.event!);
    }
    // The same seed draws the same variant.
    for (let seed = 1; seed <= 3; seed++) expect(Encounter.begin(bundle, seed).variant).toEqual(Encounter.begin(bundle, seed).variant);
    expect([...seen.wants].sort()).toEqual([1, 2, 3]);
    expect([...seen.clear].sort()).toEqual([0, 1]);
    expect([...seen.lpa].sort()).toEqual([0, 1, 2]);
    expect([...seen.event].sort()).toEqual([1, 2, 3]);
  });

  it('varies her starting trust and autonomy', () => {
    const start = new Set(Array.from({ length: 40 }, (_, i) => { const v = Encounter.begin(bundle, i + 1).variables; return `${v.trust}/${v.autonomy}`; }));
    expect(start.size).toBeGreaterThan(5);
  });

  it('tells the player at the start how the night went: a 4AT of one on a clear day, five when the delirium has not cleared', () => {
    expect(transcriptText(Encounter.begin(bundle, firstSeed(bundle, (v) => v.clear === 1)))).toContain('4AT at seven was one');
    expect(transcriptText(Encounter.begin(bundle, firstSeed(bundle, (v) => v.clear === 0)))).toContain('4AT at seven was five');
  });
});

describe('going-home: the ward sister', () => {
  it('is Sister Patience Adjei, and no one in the cast is called Grace', () => {
    const names = bundle.meta.cast.map((c) => c.name);
    expect(names).toContain('Sister Patience Adjei');
    expect(names.join(' ')).not.toMatch(/Grace/);
    expect(bundle.meta.cast.map((c) => c.id)).not.toContain('grace');
  });

  it('has a pressure of her own: two nurses down, a night rota to fill, a drug round that goes out late when she sits with Helen', () => {
    const start = Encounter.begin(bundle, 1);
    expect(transcriptText(start)).toContain("I'm two nurses down");
    const e = firstRunThrough(bundle, () => true, TO_MEETING.slice(0, 5), offers('Ask Sister Adjei to sit with Helen'), { detours: DETOURS });
    take(e, 'Ask Sister Adjei to sit with Helen');
    expect(transcriptText(e)).toContain("The ten o'clock drugs go round twenty minutes late.");
  });
});

describe('going-home: the floor, and a secret kept', () => {
  const toFall = ['Ask Helen to wait, and see Joan on her own first', 'Sit down at her level', 'Ask her what happened the morning she fell'];

  it('the fall is asked about as a risk, with the reason said, and the hidden falls are told only to a player she trusts', () => {
    const told = (e: Encounter) => {
      const ask = optionMatching(e, 'Ask her what happened the morning she fell');
      expect(ask.moves[0]).toBe('ask-about-risk');
      take(e, 'Ask her what happened the morning she fell');
      expect(transcriptText(e)).toContain('I ask because of how long you were on the floor.');
      return e.currentLines.some((l) => l.tags.disclose === 'hidden-falls');
    };
    const high = firstRunThrough(bundle, (v) => v.wants === 1, toFall.slice(0, 2), (e) => e.variables.trust! >= 52, { detours: DETOURS });
    expect(told(high)).toBe(true);
    const low = firstRunThrough(bundle, (v) => v.wants === 3, ['Ask Helen to wait, and see Joan on her own first', 'Tell her she is medically fit'], offers('Ask her what happened the morning she fell'), { detours: DETOURS });
    expect(low.variables.trust!).toBeLessThan(52);
    expect(told(low)).toBe(false);
  });

  it('keeping her confidence and pushing openly for an alarm is tagged act-on-risk, never rescue, and does best', () => {
    const e = firstRunThrough(bundle, () => true, toFall, offers('Keep the two falls between you'), { detours: DETOURS });
    const keep = optionMatching(e, 'Keep the two falls between you');
    expect(keep.moves).toEqual(expect.arrayContaining(['keep-confidence', 'act-on-risk']));
    expect(keep.moves).not.toContain('rescue');
    expect(best(e).text).toBe(keep.text);
    expect(score(e, 'Keep the two falls between you')).toBeGreaterThan(score(e, 'Tell her Helen has to know'));
    expect(score(e, 'Keep the two falls between you')).toBeGreaterThan(score(e, "Ask if she'd like a falls alarm"));
  });

  it('telling Helen about the falls against Joan\'s wish is a breach of confidence, not a warranted share for safety: the risk is hers alone and an alarm meets it', () => {
    const e = firstRunThrough(bundle, () => true, toFall, offers('Tell her Helen has to know'), { detours: DETOURS });
    const breach = optionMatching(e, 'Tell her Helen has to know');
    expect(breach.moves).toEqual(['breach-confidence']);
    expect(breach.why).toContain('against Joan\'s wish');
    expect(breach.why).toContain('the floor could be met with an alarm without it');
    for (const c of everyOption.values()) expect(c.moves, c.text).not.toContain('share-for-safety');
  });

  it('asking Joan whether she would tell Helen herself is consulting her before the family is brought in', () => {
    const e = firstRunThrough(bundle, () => true, toFall, offers('Ask whether she would tell Helen herself'), { detours: DETOURS });
    expect(optionMatching(e, 'Ask whether she would tell Helen herself').moves).toEqual(['support-decision', 'consult-family']);
  });

  it('the alarm is pushed for and asked of her, never made a condition of her going home', () => {
    const hidden = firstRunThrough(bundle, () => true, toFall, offers('Keep the two falls between you'), { detours: DETOURS });
    expect(optionMatching(hidden, 'Keep the two falls between you').text).toContain("tell her you'll arrange a way to call for help from the floor and ask her to wear it");
    take(hidden, 'Keep the two falls between you');
    expect(transcriptText(hidden)).toContain("I'm going to push hard for a way to call for help from it.");
    const open = firstRunThrough(bundle, () => true, TO_MEETING.slice(0, 3), offers("Tell her you'll arrange a way"), { detours: DETOURS });
    take(open, "Tell her you'll arrange a way");
    expect(transcriptText(open)).toContain("I'm going to arrange a way to call for help from it, and I'd ask you to wear it.");
    for (const e of [hidden, open]) expect(transcriptText(e)).not.toMatch(/not sending you home without/i);
    for (const text of everyOption.keys()) expect(text).not.toMatch(/won't send her home without|won't go home without/);
  });

  it('asking whether she would like an alarm, and leaving it there, leaves her without one', () => {
    const e = firstRunThrough(bundle, () => true, TO_MEETING.slice(0, 3), offers("Ask if she'd like a falls alarm"), { detours: DETOURS });
    const safety = e.variables.safety!;
    take(e, "Ask if she'd like a falls alarm");
    expect(transcriptText(e)).toContain("I'm not wearing a panic button");
    expect(e.variables.safety!).toBe(safety);
  });
});

describe('going-home: keeping to time on a full ward', () => {
  it('at the board round, one line and a deadline beats making the whole case', () => {
    const e = firstRunThrough(bundle, () => true, TO_MEETING.slice(0, 4), offers('Give the board one line'), { detours: DETOURS });
    expect(optionMatching(e, 'Give the board one line').moves).toContain('keep-to-time');
    expect(best(e).moves).toContain('keep-to-time');
    expect(score(e, 'Give the board one line')).toBeGreaterThan(score(e, 'Make the case properly'));
  });

  it('with a deteriorating patient in bay 2, handing Helen to Sister Adjei beats ten minutes with her now', () => {
    const e = firstRunThrough(bundle, () => true, TO_MEETING.slice(0, 5), offers('Ask Sister Adjei to sit with Helen'), { detours: DETOURS });
    expect(score(e, 'Ask Sister Adjei to sit with Helen')).toBeGreaterThan(score(e, 'Give Helen ten minutes now'));
    expect(best(e).moves).toContain('keep-to-time');
  });
});

describe('going-home: capacity, decision-specific and time-specific', () => {
  const atApproach = offers(ASSESS);

  it('when the delirium has not cleared, recommending that the decision waits does best, and plans only the fortnight', () => {
    const e = firstRunThrough(bundle, (v) => v.clear === 0, TO_APPROACH, atApproach, { detours: DETOURS });
    const wait = optionMatching(e, WAIT);
    expect(wait.moves).toContain('recommend-clearly');
    expect(best(e).text).toBe(wait.text);
    expect(score(e, WAIT)).toBeGreaterThan(score(e, ASSESS));
    take(e, WAIT);
    expect(transcriptText(e)).toContain('where she lives for good can wait');
    expect(e.choices.some((c) => c.moves.includes('least-restrictive'))).toBe(true);
  });

  it('when it has cleared, assessing her capacity today, with help, does best, and waiting is corrected by the ward sister', () => {
    const e = firstRunThrough(bundle, (v) => v.clear === 1, TO_APPROACH, atApproach, { detours: DETOURS });
    expect(best(e).moves).toContain('support-decision');
    expect(best(e).text).toBe(optionMatching(e, ASSESS).text);
    const waited = take(fork(bundle, e), WAIT);
    expect(transcriptText(waited)).toContain("She's been clear since Monday");
  });

  it('treating the diagnosis as incapacity is tagged assume-incapacity and ends at Elmfield', () => {
    const e = firstRunThrough(bundle, () => true, TO_APPROACH, atApproach, { detours: DETOURS });
    expect(optionMatching(e, 'Record that with her dementia').moves).toContain('assume-incapacity');
    finish(take(e, 'Record that with her dementia'));
    expect(e.ending).toBe('elmfield');
  });

  it('an unwise-sounding answer, understood and weighed, is her decision: teach-back does best and records capacity', () => {
    const e = firstRunThrough(bundle, (v) => v.clear === 1 && v.wants === 1, [...TO_APPROACH, ASSESS, 'Take the options one at a time'], offers('Ask her to put in her own words'), { detours: DETOURS });
    expect(transcriptText(e)).toContain('If I fall, I fall');
    expect(best(e).text).toBe(optionMatching(e, 'Ask her to put in her own words').text);
    expect(optionMatching(e, 'Take her answer as a sign').moves).toContain('assume-incapacity');
    take(e, 'Ask her to put in her own words');
    expect(transcriptText(e)).toContain('She understands it, holds it, weighs it, and tells you.');
    expect(transcriptText(e)).toContain("That's not confusion, love. That's a choice.");
  });

  it('Joan asks for Helen out of the room; keeping it private is tagged for Joan (keep-confidence), not as a no said to her', () => {
    const e = firstRunThrough(bundle, (v) => v.clear === 1 && v.wants === 1, [...TO_APPROACH, ASSESS], offers('Tell Helen her mum has asked to do this on her own'), { detours: DETOURS });
    const out = optionMatching(e, 'Tell Helen her mum has asked to do this on her own');
    expect(out.moves).toEqual(['address-patient', 'keep-confidence']);
    expect(best(e).text).toBe(out.text);
  });

  it('a delirious walk to the ward doors is met with the least restrictive response, and letting her go is not respect', () => {
    const e = firstRunThrough(bundle, (v) => v.clear === 0, TO_MEETING.slice(0, 6), offers('Walk with her, at her pace'), { detours: DETOURS });
    const walkWith = optionMatching(e, 'Walk with her, at her pace');
    expect(walkWith.moves).toContain('least-restrictive');
    expect(best(e).text).toBe(walkWith.text);
    expect(optionMatching(e, 'Let her go').why).not.toMatch(/honoured in name/);
    const gone = fork(bundle, e);
    const safety = gone.variables.safety!;
    take(gone, 'Let her go');
    expect(gone.variables.safety!).toBeLessThan(safety);
  });
});

describe('going-home: what Helen knows, and what her paper allows', () => {
  const atAttorney = offers('Ask which kind of power of attorney');
  const toAttorney = [...TO_MEETING, 'Tell Helen you can hear what she has been carrying'];

  it('setting aside Helen\'s account of the nights is closing the question (narrow-agenda), not dismissing a patient\'s account of unfair treatment', () => {
    const e = firstRunThrough(bundle, () => true, TO_MEETING, offers('Tell Helen that what her mum wants has to come first'), { detours: DETOURS });
    expect(optionMatching(e, 'Tell Helen that what her mum wants has to come first').moves).toEqual(['narrow-agenda']);
    for (const c of everyOption.values()) expect(c.moves, c.text).not.toContain('dismiss-experience');
  });

  it('"papers don\'t come into it" closes the question of Helen\'s role (narrow-agenda), not a cultural practice corrected', () => {
    const e = firstRunThrough(bundle, () => true, toAttorney, atAttorney, { detours: DETOURS });
    expect(optionMatching(e, "Tell Helen that papers don't come into it").moves).toEqual(['narrow-agenda']);
    for (const c of everyOption.values()) expect(c.moves, c.text).not.toContain('correct-dismiss');
  });

  it('a property and financial affairs power does not cover where Joan lives, and is usable only once registered', () => {
    const e = firstRunThrough(bundle, (v) => v.lpa === 1, toAttorney, atAttorney, { detours: DETOURS });
    take(e, 'Ask which kind of power of attorney');
    expect(transcriptText(e)).toContain('Is it for property and finance, and is it registered?');
    expect(transcriptText(e)).toContain("It doesn't cover where she lives or her care");
  });

  it('a registered health and welfare power applies only if Joan cannot make this decision herself', () => {
    const e = firstRunThrough(bundle, (v) => v.lpa === 2, toAttorney, atAttorney, { detours: DETOURS });
    take(e, 'Ask which kind of power of attorney');
    expect(transcriptText(e)).toContain("It only comes into play if your mum can't make this decision herself");
  });

  it('next of kin decides nothing', () => {
    const e = firstRunThrough(bundle, (v) => v.lpa === 0, toAttorney, atAttorney, { detours: DETOURS });
    take(e, 'Ask which kind of power of attorney');
    expect(transcriptText(e)).toContain("Next of kin isn't a legal role for decisions like this");
  });

  it('telling a registered attorney that papers do not come into it is corrected, and costs Helen', () => {
    const e = firstRunThrough(bundle, (v) => v.lpa === 2, toAttorney, atAttorney, { detours: DETOURS });
    const helen = e.variables.helen!;
    take(e, "Tell Helen that papers don't come into it");
    expect(transcriptText(e)).toContain("If Joan can't decide this, Helen does.");
    expect(e.variables.helen!).toBeLessThan(helen);
  });

  it('asking Joan what part she wants Helen to have is consulting her about the family', () => {
    const e = firstRunThrough(bundle, () => true, toAttorney, offers('Ask Joan what part she wants Helen to have'), { detours: DETOURS });
    expect(optionMatching(e, 'Ask Joan what part she wants Helen to have').moves[0]).toBe('consult-family');
  });

  it('the guide cites the section that bars an attorney from authorising a deprivation of liberty (s.4A), not the repealed s.11(6)', () => {
    const bar = GUIDE.replace(/\s+/g, ' ');
    expect(bar).toContain('cannot authorise a deprivation of liberty (s.4A: only a court order under s.16(2)(a) or a DoLS authorisation under Schedule A1 can)');
    expect(bar).not.toMatch(/deprivation of liberty \(s\.11\(6\)\)/);
  });
});

describe('going-home: relational autonomy', () => {
  it('"Whatever Helen says": respecting an informed delegation does best, handing it back costs trust, and it ends as Helen\'s call', () => {
    const e = firstRunThrough(bundle, (v) => v.wants === 3 && v.clear === 1, TO_DECISION, offers('Make sure Helen has every real option'), { detours: DETOURS });
    const respect = optionMatching(e, 'Make sure Helen has every real option');
    expect(respect.moves).toContain('respect-delegation');
    expect(best(e).moves.some((m) => m === 'respect-delegation' || m === 'recommend-clearly')).toBe(true);
    expect(score(e, 'Make sure Helen has every real option')).toBeGreaterThan(score(e, 'Tell Joan it has to be her own decision'));
    const handedBack = fork(bundle, e);
    const trust = handedBack.variables.trust!;
    take(handedBack, 'Tell Joan it has to be her own decision');
    expect(handedBack.variables.trust!).toBeLessThan(trust);
    finish(take(e, 'Make sure Helen has every real option'));
    expect(e.ending).toBe('helens-call');
  });

  it('"Helen\'s, for a bit": checking that Helen means the offer Joan asked her to make is respect-delegation with consult-family, does best, and telling her the timing must be hers costs', () => {
    const e = firstRunThrough(bundle, (v) => v.wants === 2 && v.clear === 1, TO_DECISION, offers('Check with Helen that she truly means the offer'), { detours: DETOURS });
    expect(optionMatching(e, 'Check with Helen that she truly means').moves).toEqual(['respect-delegation', 'consult-family']);
    expect(best(e).moves).toContain('respect-delegation');
    expect(score(e, 'Check with Helen that she truly means')).toBeGreaterThan(score(e, 'Tell Joan that when she goes home'));
  });

  it('"Would you send your own mother home?": answering straight does best; a principle, or an opinion with no reasons, costs trust', () => {
    const e = firstRunThrough(bundle, (v) => v.wants === 1 && v.clear === 1, TO_DECISION, offers('Answer her straight'), { detours: DETOURS });
    expect(best(e).moves).toContain('recommend-clearly');
    expect(score(e, 'Answer her straight')).toBeGreaterThan(score(e, "Tell her it isn't about what you would do"));
    const safe = optionMatching(e, "Tell her you'd want your mother somewhere safe");
    expect(safe.moves).toEqual(['false-reassurance']);
    expect(score(e, 'Answer her straight')).toBeGreaterThan(score(e, "Tell her you'd want your mother somewhere safe"));
  });

  it('the seed changes the best answer to Helen at the first moment: Joan alone when she wants home, with Helen when she wants Helen to decide', () => {
    const home = firstRunThrough(bundle, (v) => v.wants === 1, [], offers('Ask Helen to wait'), { detours: DETOURS });
    const helen = firstRunThrough(bundle, (v) => v.wants === 3, [], offers('Ask Helen to wait'), { detours: DETOURS });
    expect(best(home).text).toContain('see Joan on her own first');
    expect(best(helen).text).toContain('hear it there, with Joan');
  });
});

describe('going-home: a refusal she is able to make', () => {
  // To her plan for home with no alarm yet and her trust below the watch's gate: Helen heard
  // first, Joan tested before she is talked to, the alarm offered and left, the therapy list
  // instead of the safety list, Helen kept in the room, a view with no reasons.
  const noAlarm = [
    'Take Helen into the side room',
    'Tell Helen that what she has seen will be part of the plan',
    'Check the basics first',
    'Ask what home means to her',
    "Ask if she'd like a falls alarm",
    'Give the board one line',
    'Tell her not to worry',
    'Ask Joan how she wants to take part',
    'Tell Helen you can hear what she has been carrying',
    'Ask which kind of power of attorney',
    "Go through Tomasz's recommendations with him",
    'Tell Helen plainly that a sleeping tablet',
    'Say there are ten minutes left',
  ];
  const toPlan = (decided: readonly Pick[]) =>
    firstRunThrough(bundle, (v) => v.wants === 1 && v.clear === 1, [...noAlarm, ...decided, "Tell her you'd want your mother somewhere safe"], (e) => offers('Agree the plan for home')(e) && e.variables.trust! < 50, { detours: DETOURS });
  const rest = ['Give Lorna the plan in one line', 'Tell Helen she has a right to a carer', 'Give her the plan in three sentences'];

  it('a capacitous Joan offered the watch with the reason, who says no, is shown saying it, and the ending is hers', () => {
    const e = toPlan([ASSESS, 'Let Helen stay', 'Take the options one at a time', 'Ask her to put in her own words']);
    take(e, 'Agree the plan for home');
    expect(transcriptText(e)).toContain('You put the watch to her again, and why');
    expect(transcriptText(e)).toContain("No watch. I've said.");
    finish(e, rest);
    expect(e.ending).toBe('her-way');
    expect(transcriptText(e)).toContain('that risk was hers to take');
  });

  it('the same refusal from a Joan nobody helped to decide ends home alone, and says so', () => {
    const e = toPlan(['Put the choice to Joan now']);
    take(e, 'Agree the plan for home');
    expect(transcriptText(e)).toContain("No watch. I've said.");
    finish(e, rest);
    expect(e.ending).toBe('alone-at-home');
    expect(transcriptText(e)).toContain('whether she knew what she was saying no to, nobody had sat down and checked');
  });
});

describe('going-home: where sharing more is not the answer', () => {
  it('a sleeping tablet asked for: a clear no with the reason beats offering Joan the choice without the falls risk, which is tagged withhold-options', () => {
    const e = firstRunThrough(bundle, () => true, TO_APPROACH.slice(0, 10), offers('Tell Helen plainly that a sleeping tablet'), { detours: DETOURS });
    const no = optionMatching(e, 'Tell Helen plainly that a sleeping tablet');
    expect(no.moves).toContain('recommend-clearly');
    expect(optionMatching(e, 'Ask Joan whether she would like a sleeping tablet').moves).toContain('withhold-options');
    expect(best(e).text).toBe(no.text);
    expect(score(e, 'Tell Helen plainly that a sleeping tablet')).toBeGreaterThan(score(e, 'Ask Joan whether she would like a sleeping tablet'));
  });

  it('a carer who nodded off at the wheel: acting on it first does best, tagged as structure, not as a risk to Joan', () => {
    const e = firstRunThrough(bundle, () => true, TO_DECISION, (enc) => {
      playTo(enc, DECISION_TO_HELEN, AT_HELEN);
      return offers("mustn't drive home like this")(enc);
    }, { detours: DETOURS });
    const drive = optionMatching(e, "mustn't drive home like this");
    expect(drive.moves).toContain('act-on-structure');
    expect(drive.moves).not.toContain('act-on-risk');
    expect(best(e).text).toBe(drive.text);
    expect(optionMatching(e, 'Tell Helen she has a right to a carer').text).toContain('the Admiral Nurse helpline');
  });

  it('Helen asks for a kinder untruth; the truth, with a way to challenge it, does best', () => {
    const e = firstRunThrough(bundle, () => true, [...TO_APPROACH, 'Record that with her dementia'], offers("Tell Helen you won't tell her mother something untrue"), { detours: DETOURS });
    const truth = optionMatching(e, "Tell Helen you won't tell her mother something untrue");
    expect(truth.moves).toEqual(expect.arrayContaining(['hold-boundary', 'neutral-process']));
    expect(best(e).text).toBe(truth.text);
  });
});

describe('going-home: Elmfield, and who decided', () => {
  it('when Helen signed as her attorney, Joan is told Helen decided, not the team', () => {
    const e = firstRunThrough(bundle, (v) => v.clear === 0 && v.lpa === 2, [...TO_APPROACH, ASSESS, 'Settle the long-term question now'], offers("Tell Helen you won't tell her mother something untrue"), { detours: DETOURS });
    expect(transcriptText(e)).toContain('Helen signs as her attorney.');
    take(e, "Tell Helen you won't tell her mother something untrue");
    expect(transcriptText(e)).toContain('decided by Helen, as her attorney, on the finding');
    expect(transcriptText(e)).not.toContain('decided by the team');
  });

  it('the DoLS line after the Supreme Court\'s June ruling is hedged, not asserted', () => {
    const e = firstRunThrough(bundle, (v) => v.wants !== 3, [...TO_APPROACH, 'Record that with her dementia', "Tell Helen you won't tell her mother something untrue"], offers('Tell Elmfield and the council'), { detours: DETOURS });
    take(e, 'Tell Elmfield and the council');
    expect(transcriptText(e)).toContain('it is unlikely to change the position for a woman who wants to go home');
    expect(transcriptText(e)).not.toContain('it did not touch');
  });
});

describe('going-home: every option', () => {
  it('says what is done, not how nicely, and no safety action is tagged rescue', () => {
    const adverbs = /\b(gently|kindly|warmly|together|carefully|sensitively|softly)\b/i;
    expect(everyOption.size).toBeGreaterThan(80);
    for (const c of everyOption.values()) {
      expect(c.text, c.text).not.toMatch(adverbs);
      expect(c.why.length, c.text).toBeGreaterThanOrEqual(20);
      if (c.moves.includes('act-on-risk') || c.moves.includes('least-restrictive')) expect(c.moves, c.text).not.toContain('rescue');
    }
  });
});
