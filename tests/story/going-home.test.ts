// Story tests for "Going home" (Joan Ashworth, 86, a retired district nurse with Alzheimer's
// disease; her daughter Helen says she can't go home). Each pins a teaching beat: what an option
// is tagged, what it leads to, and which option does best in which variant of the run. Seeds are
// found by looping over the variant each seed draws, never hard-coded.
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import type { OfferedChoice } from '../../src/engine/run-log';
import { randomPlaythrough } from '../../src/engine/random-play';
import { bestOption, libraryBundle, optionMatching, optionScores, transcriptText } from './play';

const ID = 'going-home';
const bundle = libraryBundle(ID);
const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

type Variant = { wants: number; clear: number; lpa: number; event: number };
const variants = new Map<number, Variant>();
const variantOf = (seed: number): Variant => {
  if (!variants.has(seed)) {
    const v = Encounter.begin(bundle, seed).variant;
    variants.set(seed, { wants: v.wants!, clear: v.clear!, lpa: v.lpa!, event: v.event! });
  }
  return variants.get(seed)!;
};

// Moments that only some runs meet on the way (the delirious walk to the doors, Helen refusing to
// leave the room): when the next pick is not on offer and one of these is, it is taken first.
const FILLERS = ['Walk with her, at her pace', 'Tell Helen her mum has asked to do this on her own'];

const matches = (pick: string | RegExp) => (c: OfferedChoice) => (typeof pick === 'string' ? c.text.includes(pick) : pick.test(c.text));

function walk(enc: Encounter, picks: readonly (string | RegExp)[]): Encounter {
  for (const pick of picks) {
    if (enc.ended) throw new Error(`ended before "${String(pick)}"`);
    for (let guard = 0; guard < 3 && !enc.choices.some(matches(pick)); guard++) {
      const filler = FILLERS.find((f) => enc.choices.some((c) => c.text.includes(f)));
      if (!filler) break;
      enc.choose(optionMatching(enc, filler).index);
    }
    enc.choose(optionMatching(enc, pick).index);
  }
  return enc;
}

function tryPlay(seed: number, picks: readonly (string | RegExp)[]): Encounter | null {
  try {
    return walk(Encounter.begin(bundle, seed), picks);
  } catch {
    return null;
  }
}

/** The first seed whose variant fits and whose path reaches the moment. */
function find(fits: (v: Variant) => boolean, picks: readonly (string | RegExp)[], at: (e: Encounter) => boolean): Encounter {
  for (const seed of SEEDS) {
    if (!fits(variantOf(seed))) continue;
    const enc = tryPlay(seed, picks);
    if (enc && !enc.ended && at(enc)) return enc;
  }
  throw new Error('no seed reaches that moment');
}

const offers = (text: string) => (e: Encounter) => e.choices.some((c) => c.text.includes(text));

const scores = (enc: Encounter) => optionScores(bundle, enc);
const score = (enc: Encounter, pick: string) => scores(enc).get(optionMatching(enc, pick).text)!;
const best = (enc: Encounter): OfferedChoice => bestOption(bundle, enc);
/** A copy of the encounter at this moment, to try an alternative without disturbing it. */
function fork(enc: Encounter): Encounter {
  const copy = Encounter.begin(bundle, enc.seed);
  copy.jumpTo(enc.inkState());
  return copy;
}
/** Plays on to an ending, always taking the first option offered. */
function finish(enc: Encounter): Encounter {
  for (let i = 0; i < 40 && !enc.ended; i++) enc.choose(enc.choices[0]!.index);
  return enc;
}

// A path through the morning, in the options' own words, up to the family meeting's question.
const TO_MEETING = [
  'Ask Helen to come with you to her mum',
  'Sit down at her level',
  'Ask what home means to her',
  "Tell her you won't send her home without a way",
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
const ASSESS = 'Assess Joan\'s capacity for this decision today';
const WAIT = 'Recommend that the long-term decision waits';
const TO_DECISION = [...TO_APPROACH, ASSESS, 'Take the options one at a time', 'Ask her to put in her own words'];

describe('going-home: the seed', () => {
  it('draws what Joan wants, how far the delirium has cleared, the power of attorney and the event before the first choice, and varies them', () => {
    const seen = { wants: new Set<number>(), clear: new Set<number>(), lpa: new Set<number>(), event: new Set<number>() };
    for (const seed of SEEDS.slice(0, 60)) {
      const v = variantOf(seed);
      seen.wants.add(v.wants);
      seen.clear.add(v.clear);
      seen.lpa.add(v.lpa);
      seen.event.add(v.event);
    }
    // The same seed draws the same variant.
    for (const seed of SEEDS.slice(0, 3)) expect(Encounter.begin(bundle, seed).variant).toEqual(variantOf(seed));
    expect([...seen.wants].sort()).toEqual([1, 2, 3]);
    expect([...seen.clear].sort()).toEqual([0, 1]);
    expect([...seen.lpa].sort()).toEqual([0, 1, 2]);
    expect([...seen.event].sort()).toEqual([1, 2, 3]);
  });

  it('varies her starting trust and autonomy', () => {
    const start = new Set(SEEDS.slice(0, 40).map((s) => { const v = Encounter.begin(bundle, s).variables; return `${v.trust}/${v.autonomy}`; }));
    expect(start.size).toBeGreaterThan(5);
  });

  it('tells the player at the start how the night went: a 4AT of one on a clear day, five when the delirium has not cleared', () => {
    const clearSeed = SEEDS.find((s) => variantOf(s).clear === 1)!;
    const muddledSeed = SEEDS.find((s) => variantOf(s).clear === 0)!;
    expect(transcriptText(Encounter.begin(bundle, clearSeed))).toContain('4AT at seven was one');
    expect(transcriptText(Encounter.begin(bundle, muddledSeed))).toContain('4AT at seven was five');
  });
});

describe('going-home: the floor, and a secret kept', () => {
  it('the hidden falls are told only to a player she trusts', () => {
    const told = (e: Encounter) => {
      walk(e, ['Ask her what happened the morning she fell']);
      return e.currentLines.some((l) => l.tags.disclose === 'hidden-falls');
    };
    const high = find((v) => v.wants === 1, ['Ask Helen to wait, and see Joan on her own first', 'Sit down at her level'], (e) => e.variables.trust! >= 52);
    expect(told(high)).toBe(true);
    const low = find((v) => v.wants === 3, ['Ask Helen to wait, and see Joan on her own first', 'Tell her she is medically fit'], offers('Ask her what happened the morning she fell'));
    expect(low.variables.trust!).toBeLessThan(52);
    expect(told(low)).toBe(false);
  });

  it('keeping her confidence and acting openly on the floor is tagged act-on-risk, never rescue, and does best', () => {
    const e = find(() => true, ['Ask Helen to wait, and see Joan on her own first', 'Sit down at her level', 'Ask her what happened the morning she fell'], offers('Keep the two falls between you'));
    const keep = optionMatching(e, 'Keep the two falls between you');
    expect(keep.moves).toEqual(expect.arrayContaining(['keep-confidence', 'act-on-risk']));
    expect(keep.moves).not.toContain('rescue');
    expect(best(e).text).toBe(keep.text);
    expect(score(e, 'Keep the two falls between you')).toBeGreaterThan(score(e, 'Tell her Helen has to know'));
    expect(score(e, 'Keep the two falls between you')).toBeGreaterThan(score(e, "Ask if she'd like a falls alarm"));
    const breach = optionMatching(e, 'Tell her Helen has to know');
    expect(breach.moves).toContain('share-for-safety');
  });

  it('asking whether she would like an alarm, and leaving it there, leaves her without one', () => {
    const e = find(() => true, ['Ask Helen to come with you to her mum', 'Sit down at her level', 'Ask what home means to her'], offers("Ask if she'd like a falls alarm"));
    const safety = e.variables.safety!;
    walk(e, ["Ask if she'd like a falls alarm"]);
    expect(transcriptText(e)).toContain("I'm not wearing a panic button");
    expect(e.variables.safety!).toBe(safety);
  });
});

describe('going-home: keeping to time on a full ward', () => {
  it('at the board round, one line and a deadline beats making the whole case', () => {
    const e = find(() => true, TO_MEETING.slice(0, 4), offers('Give the board one line'));
    expect(optionMatching(e, 'Give the board one line').moves).toContain('keep-to-time');
    expect(best(e).moves).toContain('keep-to-time');
    expect(score(e, 'Give the board one line')).toBeGreaterThan(score(e, 'Make the case properly'));
  });

  it('with a deteriorating patient in bay 2, handing Helen to Sister Adjei beats ten minutes with her now', () => {
    const e = find(() => true, TO_MEETING.slice(0, 5), offers('Ask Sister Adjei to sit with Helen'));
    expect(score(e, 'Ask Sister Adjei to sit with Helen')).toBeGreaterThan(score(e, 'Give Helen ten minutes now'));
    expect(best(e).moves).toContain('keep-to-time');
  });
});

describe('going-home: capacity, decision-specific and time-specific', () => {
  const atApproach = offers(ASSESS);

  it('when the delirium has not cleared, recommending that the decision waits does best, and plans only the fortnight', () => {
    const e = find((v) => v.clear === 0, TO_APPROACH, atApproach);
    const wait = optionMatching(e, WAIT);
    expect(wait.moves).toContain('recommend-clearly');
    expect(best(e).text).toBe(wait.text);
    expect(score(e, WAIT)).toBeGreaterThan(score(e, ASSESS));
    walk(e, [WAIT]);
    expect(transcriptText(e)).toContain('where she lives for good can wait');
    expect(e.choices.some((c) => c.moves.includes('least-restrictive'))).toBe(true);
  });

  it('when it has cleared, assessing her capacity today, with help, does best, and waiting is corrected by the ward sister', () => {
    const e = find((v) => v.clear === 1, TO_APPROACH, atApproach);
    expect(best(e).moves).toContain('support-decision');
    expect(best(e).text).toBe(optionMatching(e, ASSESS).text);
    const waited = fork(e);
    walk(waited, [WAIT]);
    expect(transcriptText(waited)).toContain("She's been clear since Monday");
  });

  it('treating the diagnosis as incapacity is tagged assume-incapacity and ends at Elmfield', () => {
    const e = find(() => true, TO_APPROACH, atApproach);
    const assume = optionMatching(e, 'Record that with her dementia');
    expect(assume.moves).toContain('assume-incapacity');
    walk(e, ['Record that with her dementia']);
    finish(e);
    expect(e.ending).toBe('elmfield');
  });

  it('an unwise-sounding answer, understood and weighed, is her decision: teach-back does best and records capacity', () => {
    const e = find((v) => v.clear === 1 && v.wants === 1, [...TO_APPROACH, ASSESS, 'Take the options one at a time'], offers('Ask her to put in her own words'));
    expect(transcriptText(e)).toContain('If I fall, I fall');
    expect(best(e).text).toBe(optionMatching(e, 'Ask her to put in her own words').text);
    expect(optionMatching(e, 'Take her answer as a sign').moves).toContain('assume-incapacity');
    walk(e, ['Ask her to put in her own words']);
    expect(transcriptText(e)).toContain('She understands it, holds it, weighs it, and tells you.');
    expect(transcriptText(e)).toContain("That's not confusion, love. That's a choice.");
  });

  it('a delirious walk to the ward doors is met with the least restrictive response, and letting her go is not respect', () => {
    const e = find((v) => v.clear === 0, TO_MEETING.slice(0, 6), offers('Walk with her, at her pace'));
    const walkWith = optionMatching(e, 'Walk with her, at her pace');
    expect(walkWith.moves).toContain('least-restrictive');
    expect(best(e).text).toBe(walkWith.text);
    const gone = fork(e);
    const safety = gone.variables.safety!;
    walk(gone, ['Let her go']);
    expect(gone.variables.safety!).toBeLessThan(safety);
  });
});

describe('going-home: what Helen\'s paper allows', () => {
  const atAttorney = offers('Ask which kind of power of attorney');
  const toAttorney = [...TO_MEETING, 'Tell Helen you can hear what she has been carrying'];

  it('a property and financial affairs power does not cover where Joan lives', () => {
    const e = find((v) => v.lpa === 1, toAttorney, atAttorney);
    walk(e, ['Ask which kind of power of attorney']);
    expect(transcriptText(e)).toContain("It doesn't cover where she lives or her care");
  });

  it('a registered health and welfare power applies only if Joan cannot make this decision herself', () => {
    const e = find((v) => v.lpa === 2, toAttorney, atAttorney);
    walk(e, ['Ask which kind of power of attorney']);
    expect(transcriptText(e)).toContain("It only comes into play if your mum can't make this decision herself");
  });

  it('next of kin decides nothing', () => {
    const e = find((v) => v.lpa === 0, toAttorney, atAttorney);
    walk(e, ['Ask which kind of power of attorney']);
    expect(transcriptText(e)).toContain("Next of kin isn't a legal role for decisions like this");
  });

  it('telling a registered attorney that papers do not come into it is corrected, and costs Helen', () => {
    const e = find((v) => v.lpa === 2, toAttorney, atAttorney);
    const helen = e.variables.helen!;
    walk(e, ["Tell Helen that papers don't come into it"]);
    expect(transcriptText(e)).toContain('If Joan can\'t decide this, Helen does.');
    expect(e.variables.helen!).toBeLessThan(helen);
  });
});

describe('going-home: relational autonomy', () => {
  it('"Whatever Helen says": respecting an informed delegation does best, handing it back costs trust, and it ends as Helen\'s call', () => {
    const e = find((v) => v.wants === 3 && v.clear === 1, TO_DECISION, offers('Make sure Helen has every real option'));
    const respect = optionMatching(e, 'Make sure Helen has every real option');
    expect(respect.moves).toContain('respect-delegation');
    expect(best(e).moves.some((m) => m === 'respect-delegation' || m === 'recommend-clearly')).toBe(true);
    expect(score(e, 'Make sure Helen has every real option')).toBeGreaterThan(score(e, 'Tell Joan it has to be her own decision'));
    const handedBack = fork(e);
    const trust = handedBack.variables.trust!;
    walk(handedBack, ['Tell Joan it has to be her own decision']);
    expect(handedBack.variables.trust!).toBeLessThan(trust);
    walk(e, ['Make sure Helen has every real option']);
    finish(e);
    expect(e.ending).toBe('helens-call');
  });

  it('"Helen\'s, for a bit": settling it as she asked does best; telling her the timing must be hers costs trust', () => {
    const e = find((v) => v.wants === 2 && v.clear === 1, TO_DECISION, offers('Check with Helen that she truly means the offer'));
    expect(best(e).moves).toContain('respect-delegation');
    expect(score(e, 'Check with Helen that she truly means')).toBeGreaterThan(score(e, 'Tell Joan that when she goes home'));
  });

  it('"Would you send your own mother home?": answering straight does best; a principle in place of an answer costs trust', () => {
    const e = find((v) => v.wants === 1 && v.clear === 1, TO_DECISION, offers('Answer her straight'));
    expect(best(e).moves).toContain('recommend-clearly');
    expect(score(e, 'Answer her straight')).toBeGreaterThan(score(e, "Tell her it isn't about what you would do"));
  });

  it('the seed changes the best answer to Helen at the first moment: Joan alone when she wants home, with Helen when she wants Helen to decide', () => {
    const home = find((v) => v.wants === 1, [], offers('Ask Helen to wait'));
    const helen = find((v) => v.wants === 3, [], offers('Ask Helen to wait'));
    expect(best(home).text).toContain('see Joan on her own first');
    expect(best(helen).text).toContain('hear it there, with Joan');
  });
});

describe('going-home: where sharing more is not the answer', () => {
  it('a sleeping tablet asked for: a clear no with the reason beats offering Joan the choice', () => {
    const e = find(() => true, TO_APPROACH.slice(0, 10), offers('Tell Helen plainly that a sleeping tablet'));
    const no = optionMatching(e, 'Tell Helen plainly that a sleeping tablet');
    expect(no.moves).toContain('recommend-clearly');
    expect(best(e).text).toBe(no.text);
    expect(score(e, 'Tell Helen plainly that a sleeping tablet')).toBeGreaterThan(score(e, 'Ask Joan whether she would like a sleeping tablet'));
  });

  it('a carer who nodded off at the wheel: acting on it first does best', () => {
    let e: Encounter | null = null;
    for (const seed of SEEDS) {
      const enc = tryPlay(seed, TO_DECISION);
      if (!enc) continue;
      try {
        finishTo(enc, offers('Tell Helen she has a right to a carer'));
      } catch {
        continue;
      }
      if (offers("mustn't drive home like this")(enc)) {
        e = enc;
        break;
      }
    }
    expect(e, 'a run where Helen tells you about the lights').toBeTruthy();
    const drive = optionMatching(e!, "mustn't drive home like this");
    expect(drive.moves).toContain('act-on-risk');
    expect(best(e!).text).toBe(drive.text);
  });

  it('Helen asks for a kinder untruth; the truth, with a way to challenge it, does best', () => {
    const e = find(() => true, [...TO_APPROACH, 'Record that with her dementia'], offers("Tell Helen you won't tell her mother something untrue"));
    const truth = optionMatching(e, "Tell Helen you won't tell her mother something untrue");
    expect(truth.moves).toEqual(expect.arrayContaining(['hold-boundary', 'neutral-process']));
    expect(best(e).text).toBe(truth.text);
  });
});

/** Takes the first option until the moment is reached. */
function finishTo(enc: Encounter, at: (e: Encounter) => boolean): void {
  for (let i = 0; i < 30 && !at(enc); i++) {
    if (enc.ended) throw new Error('ended');
    enc.choose(enc.choices[0]!.index);
  }
  if (!at(enc)) throw new Error('not reached');
}

describe('going-home: every option', () => {
  it('says what is done, not how nicely, and no safety action is tagged rescue', () => {
    const adverbs = /\b(gently|kindly|warmly|together|carefully|sensitively|softly)\b/i;
    const seen = new Map<string, OfferedChoice>();
    for (const seed of SEEDS.slice(0, 80)) {
      randomPlaythrough(bundle, seed, { onStep: (e) => e.choices.forEach((c) => seen.set(c.text, c)) });
    }
    expect(seen.size).toBeGreaterThan(80);
    for (const c of seen.values()) {
      expect(c.text, c.text).not.toMatch(adverbs);
      expect(c.why.length, c.text).toBeGreaterThanOrEqual(20);
      if (c.moves.includes('act-on-risk') || c.moves.includes('least-restrictive')) expect(c.moves, c.text).not.toContain('rescue');
    }
  });
});
