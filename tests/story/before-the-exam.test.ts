// Story tests for "Before the exam" (Naomi Clarke, cervical screening with a trauma history).
// Each pins a fix from the clinical educator's review: what an option is tagged, what it leads
// to, and which option does best in which variant of the run. Seeds are found by looping, never
// hard-coded, so a change to what the story draws does not silently retarget a test.
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import type { OfferedChoice } from '../../src/engine/run-log';
import { randomPlaythrough } from '../../src/engine/random-play';
import { outcomeScore, stakesOf } from '../../src/engine/stakes';
import { libraryBundle, optionMatching, transcriptText } from './play';

const ID = 'before-the-exam';
const bundle = libraryBundle(ID);
const stakes = stakesOf(bundle.meta);
const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

type Variant = { wants: number; tells: number; event: number };
const variants = new Map<number, Variant>();
const variantOf = (seed: number): Variant => {
  if (!variants.has(seed)) {
    const v = Encounter.begin(bundle, seed).variant;
    variants.set(seed, { wants: v.wants!, tells: v.tells!, event: v.event! });
  }
  return variants.get(seed)!;
};

// When a disclosure scene interrupts a path, answer it by receiving what she said.
const THANK = 'Thank her; she needn\'t say more';

/** Takes each pick in turn; a disclosure scene met on the way is answered with THANK. */
function walk(enc: Encounter, picks: readonly (string | RegExp)[]): Encounter {
  for (const pick of picks) {
    if (enc.ended) throw new Error(`ended before "${String(pick)}"`);
    const matches = (c: OfferedChoice) => (typeof pick === 'string' ? c.text.includes(pick) : pick.test(c.text));
    if (!enc.choices.some(matches) && enc.choices.some((c) => c.text.includes(THANK))) enc.choose(optionMatching(enc, THANK).index);
    enc.choose(optionMatching(enc, pick).index);
  }
  return enc;
}

/** Plays picks from the start; null if an option is not on offer on this seed's path. */
function tryPlay(seed: number, picks: readonly (string | RegExp)[]): Encounter | null {
  try {
    return walk(Encounter.begin(bundle, seed), picks);
  } catch {
    return null;
  }
}

/** The first seed (and its encounter) whose variant fits and whose path reaches the moment. */
function find(fits: (v: Variant) => boolean, picks: readonly (string | RegExp)[], at: (e: Encounter) => boolean): Encounter {
  for (const seed of SEEDS) {
    if (!fits(variantOf(seed))) continue;
    const enc = tryPlay(seed, picks);
    if (enc && !enc.ended && at(enc)) return enc;
  }
  throw new Error('no seed reaches that moment');
}

const says = (text: string) => (e: Encounter) => e.currentLines.some((l) => l.text.includes(text));
const offers = (text: string) => (e: Encounter) => e.choices.some((c) => c.text.includes(text));

/** Every option's outcome at this moment: the weighted change of the scenario's stakes up to the next choice. */
function scores(enc: Encounter): Map<string, number> {
  const state = enc.inkState();
  const before = enc.variables;
  const out = new Map<string, number>();
  for (const c of enc.choices) {
    const probe = Encounter.begin(bundle, enc.seed);
    probe.jumpTo(state);
    probe.choose(c.index);
    const change = Object.fromEntries(stakes.map((s) => [s.name, (probe.variables[s.name] ?? 0) - (before[s.name] ?? 0)]));
    out.set(c.text, outcomeScore(change, stakes));
  }
  return out;
}

const score = (enc: Encounter, pick: string) => scores(enc).get(optionMatching(enc, pick).text)!;
const best = (enc: Encounter): OfferedChoice => {
  const s = scores(enc);
  return [...enc.choices].sort((a, b) => s.get(b.text)! - s.get(a.text)!)[0]!;
};

/** Chooses the option and plays on with picks; returns the encounter. */
function after(enc: Encounter, pick: string, more: readonly string[] = []): Encounter {
  enc.choose(optionMatching(enc, pick).index);
  return walk(enc, more);
}

// Paths through the opening, in the options' own words.
const START = ["Say you'll ask her yourself", 'Tell her how the appointment will go', 'Ask the same questions in everyday words', 'Leave it;', 'Explain it in everyday words, step by step'];
const TO_DECISION = [...START, 'Offer her ways to steer', 'Name the imbalance'];
const GUARDED = ["Say you'll ask her yourself", 'Take her at her word', 'Run through the form quickly', 'Reassure her: last time', 'Give her the clinical version', "Promise her you'll be quick", 'Be straight about the gap'];

describe('before-the-exam: the seed', () => {
  it('draws what Naomi wants, when she tells, and the morning, before the first choice, and varies them', () => {
    const seen = { wants: new Set<number>(), tells: new Set<number>(), event: new Set<number>() };
    for (const seed of SEEDS.slice(0, 30)) {
      const v = variantOf(seed);
      seen.wants.add(v.wants);
      seen.tells.add(v.tells);
      seen.event.add(v.event);
      expect(variantOf(seed)).toEqual(v);
    }
    expect([...seen.wants].sort()).toEqual([1, 2, 3]);
    expect([...seen.tells].sort()).toEqual([0, 1, 2]);
    expect([...seen.event].sort()).toEqual([1, 2, 3]);
  });

  it('varies her starting trust and autonomy', () => {
    const start = new Set(SEEDS.slice(0, 30).map((s) => { const v = Encounter.begin(bundle, s).variables; return `${v.trust}/${v.autonomy}`; }));
    expect(start.size).toBeGreaterThan(5);
  });

  it('changes when she tells you about nineteen: in writing at the start, later if trust builds, or never', () => {
    const early = SEEDS.find((s) => variantOf(s).tells === 1)!;
    const first = tryPlay(early, ["Say you'll ask her yourself"])!;
    expect(first.currentLines.some((l) => l.tags.disclose === 'assault')).toBe(true);
    const never = SEEDS.find((s) => variantOf(s).tells === 0)!;
    expect(tryPlay(never, ["Say you'll ask her yourself"])!.currentLines.some((l) => l.tags.disclose)).toBe(false);
  });
});

describe('before-the-exam: the offer of support after she discloses', () => {
  const enc = () => find((v) => v.tells === 1, ["Say you'll ask her yourself"], offers('support for people'));

  it('is tagged with what it does, an offer she can take up or not, and never as rescue', () => {
    const offer = optionMatching(enc(), 'support for people');
    expect(offer.moves).toContain('offer-choice');
    expect(offer.moves).not.toContain('rescue');
  });

  it('leaves the choice with her: her autonomy does not fall, and she says not today', () => {
    const e = enc();
    const before = e.variables.autonomy!;
    after(e, 'support for people');
    expect(e.variables.autonomy!).toBeGreaterThanOrEqual(before);
    expect(transcriptText(e)).toContain('Not today');
  });
});

describe('before-the-exam: "What would you do?"', () => {
  const atDefer = says('What would you do?');

  it('is an informed delegation when she wants you to decide: deciding, openly, does best, and handing it back costs trust', () => {
    const e = find((v) => v.wants === 3, [...TO_DECISION, 'Lay out her options'], atDefer);
    expect(transcriptText(e)).toContain("I know what the options are");
    const top = best(e);
    expect(top.moves.some((m) => m === 'respect-delegation' || m === 'recommend-clearly')).toBe(true);
    expect(score(e, 'Decide, as she asked')).toBeGreaterThan(score(e, 'hand it back'));
    const trust = e.variables.trust!;
    after(e, 'hand it back');
    expect(e.variables.trust!).toBeLessThan(trust);
  });

  it('is deference when she feels she has no right to say no: affirming her choice does best', () => {
    const e = find((v) => v.wants === 1, [...GUARDED, 'Lay out her options'], atDefer);
    expect(transcriptText(e)).toContain("You're the nurse");
    const top = best(e);
    expect(top.moves).toContain('affirm-refusal');
    expect(score(e, 'hand it back')).toBeGreaterThan(score(e, 'Decide, as she asked'));
  });

  it('when she wanted her friend with her, the clear recommendation is that she need not decide today, and the plan is hers', () => {
    const e = find((v) => v.wants === 2 && v.event !== 1, [...TO_DECISION, 'Lay out her options'], atDefer);
    const top = best(e);
    expect(top.moves).toContain('recommend-clearly');
    after(e, 'Give her your recommendation for her situation, with the reasons', ['Plan the next appointment with her', 'Say yes: Jas can be there', "Ask Naomi what she'd like the alert", 'Tell her, as one person to another']);
    expect(transcriptText(e)).toContain("Don't decide anything today");
    expect(e.ending).toBe('postponed-her-choice');
  });
});

describe('before-the-exam: trauma-informed practice', () => {
  it('offers concrete control before any touch: stop signal, pace, smaller speculum, self-insertion, position, a chaperone', () => {
    const e = tryPlay(SEEDS[0]!, START)!;
    const menu = optionMatching(e, 'Offer her ways to steer');
    for (const part of ['stop signal', 'her own pace', 'smaller speculum', 'putting it in herself', 'lying on her side', 'chaperone']) expect(menu.text).toContain(part);
    expect(menu.moves).toEqual(expect.arrayContaining(['offer-control', 'ask-before-touch']));
    after(e, 'Offer her ways to steer');
    expect(transcriptText(e)).toContain("I'll only touch what the test needs, and I'll tell you before I do.");
  });

  it('is honest when no chaperone is free, and will not go ahead without the person she wanted', () => {
    const e = find((v) => v.event === 1 && v.wants === 2, [...TO_DECISION, 'Lay out her options', 'Decide, as she asked'], offers("won't do it today without the person she wants"));
    expect(transcriptText(e)).toContain("she's covering reception this morning");
    expect(best(e).moves).toContain('recommend-clearly');
    expect(score(e, "won't do it today")).toBeGreaterThan(score(e, "Ask her whether she'd rather go ahead"));
  });

  it('stops when her hand goes up; "two more seconds" is the stopped-too-late ending', () => {
    const toSignal = [...TO_DECISION, 'Lay out her options'];
    const e = find((v) => v.wants === 1, toSignal, says('Today. While I'));
    walk(e, ["Ask how she'd like to lie", 'as long as this takes', 'Offer again: she can put the speculum in herself']);
    expect(e.currentLines.some((l) => l.text.includes('her hand comes up'))).toBe(true);
    const stop = optionMatching(e, 'Stop at once');
    expect(stop.moves).not.toContain('proceed-regardless');
    const late = Encounter.begin(bundle, e.seed);
    late.jumpTo(e.inkState());
    after(late, 'Two more seconds', ['Apologise plainly']);
    expect(late.ending).toBe('stopped-in-distress');
    after(e, 'Stop, and tell her exactly what', ['Ask how that was for her', "Ask Naomi what she'd like the alert", 'Tell her, as one person to another']);
    expect(e.ending).toBe('completed-with-control');
  });
});

describe('before-the-exam: where sharing more is not the answer', () => {
  const toSpeculum = (first: string) => [...GUARDED.slice(0, 5), first, 'Name the imbalance', 'Ask, "Shall we make a start?', 'Give the usual instruction', 'as long as this takes', 'Say what you\'re about to do and ask before you touch'];

  it('"Just carry on", through gritted teeth: stopping on what you see, openly, beats asking her again with the speculum in', () => {
    const e = (() => {
      for (const first of ["Promise her you'll be quick", 'Agree a stop signal']) {
        try {
          return find(() => true, toSpeculum(first), says('Just carry on. Just get it done.'));
        } catch {
          /* try the next way in */
        }
      }
      throw new Error('no path reaches the braced moment');
    })();
    const stop = optionMatching(e, 'Stop, take your hands away, and tell her why');
    expect(stop.moves).toEqual(['act-on-risk']);
    expect(best(e).text).toBe(stop.text);
    expect(score(e, 'Stop, take your hands away')).toBeGreaterThan(score(e, "ask whether she's sure"));
    const carry = Encounter.begin(bundle, e.seed);
    carry.jumpTo(e.inkState());
    after(carry, 'Carry on, as she asked');
    expect(transcriptText(carry)).toContain('the quietest smear you have taken all year');
    after(e, 'Stop, take your hands away');
    expect(transcriptText(e)).toContain('Sorry. I went somewhere.');
  });

  it('a silent freeze is not consent: stopping is acting on the risk, not rescue', () => {
    const e = find(() => true, [...GUARDED, 'Ask, "Shall we make a start?', 'Give the usual instruction', 'Call out "Two minutes!"', 'Begin without commentary'], says("She hasn't said stop."));
    const stop = optionMatching(e, 'Stop, hands away, and say her name');
    expect(stop.moves).toContain('act-on-risk');
    expect(stop.moves).not.toContain('rescue');
    expect(best(e).text).toBe(stop.text);
    expect(score(e, 'Stop, hands away')).toBeGreaterThan(score(e, "Ask her whether she's okay for you to carry on"));
  });

  it('keeps to time after the examination when the clinic is running late, and not when it is not', () => {
    const done = says('I did it.');
    const path = [...TO_DECISION, 'Lay out her options'];
    const onward = (e: Encounter) => {
      if (offers('Decide, as she asked')(e)) walk(e, ['Decide, as she asked']);
      return walk(e, ["Ask how she'd like to lie", 'as long as this takes', 'Offer again: she can put the speculum in herself', 'Stop, and tell her exactly what']);
    };
    const reach = (fits: (v: Variant) => boolean) => {
      for (const seed of SEEDS) {
        if (!fits(variantOf(seed)) || variantOf(seed).wants === 2) continue;
        const e = tryPlay(seed, path);
        if (!e) continue;
        try {
          onward(e);
        } catch {
          continue;
        }
        if (done(e)) return e;
      }
      throw new Error('no seed reaches "I did it."');
    };
    const late = reach((v) => v.event === 3);
    expect(optionMatching(late, 'Keep to the slot').moves).toContain('keep-to-time');
    expect(best(late).moves).toContain('keep-to-time');
    const onTime = reach((v) => v.event !== 3);
    expect(best(onTime).moves).not.toContain('keep-to-time');
    expect(score(onTime, 'Ask how that was for her')).toBeGreaterThan(score(onTime, 'Keep to the slot'));
  });

  it('after a frozen examination, keeps her from driving off: a safety action, said openly, with her choices kept', () => {
    const e = find(() => true, [...GUARDED, 'Ask, "Shall we make a start?', 'Give the usual instruction', 'Call out "Two minutes!"', 'Begin without commentary', 'Keep going; she hasn\'t said stop'], offers("you don't want her driving yet"));
    const safe = optionMatching(e, "you don't want her driving yet");
    expect(safe.moves).toContain('act-on-risk');
    expect(safe.moves).not.toContain('rescue');
    expect(best(e).text).toBe(safe.text);
  });
});

describe('before-the-exam: the previous abnormal result', () => {
  it('never offers a home kit as suitable when HPV was found last time and the early repeat is outstanding', () => {
    const e = find((v) => v.event === 2 && v.wants === 1, [...GUARDED, 'Lay out her options'], () => true);
    expect(transcriptText(e)).toContain("The home kits aren't for you");
  });
});

describe('before-the-exam: every option', () => {
  it('says what is done, not how nicely, and no safety action is tagged rescue', () => {
    const adverbs = /\b(gently|kindly|warmly|together|carefully|sensitively|softly)\b/i;
    const seen = new Map<string, OfferedChoice>();
    for (const seed of SEEDS.slice(0, 80)) {
      randomPlaythrough(bundle, seed, { onStep: (e) => e.choices.forEach((c) => seen.set(c.text, c)) });
    }
    expect(seen.size).toBeGreaterThan(80);
    for (const c of seen.values()) {
      expect(c.text.replace('heels together', 'heels'), c.text).not.toMatch(adverbs);
      expect(c.why.length, c.text).toBeGreaterThanOrEqual(20);
      if (c.moves.includes('act-on-risk')) expect(c.moves, c.text).not.toContain('rescue');
    }
  });
});
