// Story tests for "Between us" (Leah Brennan, 15, and her dad: confidentiality, Gillick competence
// and the Fraser guidelines, and sharing for safety). Each pins a teaching beat: what an option is
// tagged, what it leads to, and which option does best in which variant of the run. Seeds are found
// by looping over the variant each seed draws, never hard-coded.
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import type { OfferedChoice } from '../../src/engine/run-log';
import { randomPlaythrough } from '../../src/engine/random-play';
import { outcomeScore, stakesOf } from '../../src/engine/stakes';
import { libraryBundle, optionMatching, transcriptText } from './play';

const ID = 'between-us';
const bundle = libraryBundle(ID);
const stakes = stakesOf(bundle.meta);
const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

type Variant = { wants: number; partner: number; hurts: number; dad_leaves: number; event: number };
const variants = new Map<number, Variant>();
const variantOf = (seed: number): Variant => {
  if (!variants.has(seed)) {
    const v = Encounter.begin(bundle, seed).variant;
    variants.set(seed, { wants: v.wants!, partner: v.partner!, hurts: v.hurts!, dad_leaves: v.dad_leaves!, event: v.event! });
  }
  return variants.get(seed)!;
};

// The path a careful registrar takes, in the options' own words, in order of preference: at each
// choice point the first of these that is on offer is taken.
const CAREFUL = [
  "Say you'll hear everything he wants to tell you",
  "Ask Leah what she'd like to get out of today",
  'Say you see every patient her age on their own',
  'Hold it: at fifteen Leah can see you in confidence',
  'Tell her the school nurse wrote to you',
  'Tell her what stays between you, and the one exception',
  'Say that people her age come to you about all sorts',
  'Tell her she can have contraception here without her dad',
  'Ask the rest of what you ask everyone',
  'Ask whether it\'s her choice each time',
  'Tell her plainly that because of his age',
  'Tell her what happens next, step by step',
  "Ask whether there's any way she'd want her dad",
  'Lay out all the options',
  'Decide, as she asked',
  'Recommend a chlamydia and gonorrhoea test',
  "Ask how she's been in herself",
  'Ask whether she has ever thought about ending her life',
  'Ask her how she wants it done',
];

/** Plays from the start, taking at each choice the first preference on offer, until `at` holds; null if it never does. */
function drive(seed: number, prefs: readonly string[], at: (e: Encounter) => boolean): Encounter | null {
  const e = Encounter.begin(bundle, seed);
  while (!e.ended && !at(e)) {
    const pick = prefs.find((p) => e.choices.some((c) => c.text.includes(p)));
    if (!pick) return null;
    e.choose(optionMatching(e, pick).index);
  }
  return at(e) ? e : null;
}

/** The first seed whose variant fits and whose path reaches the moment. */
function find(fits: (v: Variant) => boolean, prefs: readonly string[], at: (e: Encounter) => boolean): Encounter {
  for (const seed of SEEDS) {
    if (!fits(variantOf(seed))) continue;
    const e = drive(seed, prefs, at);
    if (e && !e.ended) return e;
  }
  throw new Error('no seed reaches that moment');
}

const offers = (text: string) => (e: Encounter) => e.choices.some((c) => c.text.includes(text));
const says = (text: string) => (e: Encounter) => e.currentLines.some((l) => l.text.includes(text));

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

/** A copy of the encounter at the same moment, to try another option. */
function fork(enc: Encounter): Encounter {
  const copy = Encounter.begin(bundle, enc.seed);
  copy.jumpTo(enc.inkState());
  return copy;
}

/** Chooses the option, then plays on by preferences to the end. */
function finish(enc: Encounter, pick: string, prefs: readonly string[] = CAREFUL): Encounter {
  enc.choose(optionMatching(enc, pick).index);
  const rest = [...prefs, 'Tell him that you and Leah have talked', 'Tell him only that you\'ve needed to involve', "Tell him that's what he needs to know", 'fix it with her', 'Recommend a review next week', 'Say no to your own number', 'Make the referral with her today', "Tell him you can't tell him what Leah said", 'Ring Leah on her own phone tonight'];
  while (!enc.ended) {
    const p = rest.find((x) => enc.choices.some((c) => c.text.includes(x)));
    enc.choose(p ? optionMatching(enc, p).index : enc.choices[0]!.index);
  }
  return enc;
}

describe('between-us: the seed', () => {
  it('draws what Leah wants, who her partner is, what lies under the low mood, her dad and the event, and varies them', () => {
    const seen = { wants: new Set<number>(), partner: new Set<number>(), hurts: new Set<number>(), dad_leaves: new Set<number>(), event: new Set<number>() };
    for (const seed of SEEDS.slice(0, 120)) {
      const v = variantOf(seed);
      for (const k of Object.keys(seen) as (keyof Variant)[]) seen[k].add(v[k]);
      expect(Encounter.begin(bundle, seed).variant).toMatchObject(v);
    }
    expect([...seen.wants].sort()).toEqual([1, 2, 3]);
    expect([...seen.partner].sort()).toEqual([0, 1]);
    expect([...seen.hurts].sort()).toEqual([0, 1, 2]);
    expect([...seen.dad_leaves].sort()).toEqual([0, 1]);
    expect([...seen.event].sort()).toEqual([1, 2]);
  });

  it("varies Leah's starting trust and autonomy", () => {
    const start = new Set(SEEDS.slice(0, 40).map((s) => { const v = Encounter.begin(bundle, s).variables; return `${v.trust}/${v.autonomy}`; }));
    expect(start.size).toBeGreaterThan(6);
  });

  it('puts the school nurse letter on the record in one event and not the other', () => {
    const letter = SEEDS.find((s) => variantOf(s).event === 1)!;
    const none = SEEDS.find((s) => variantOf(s).event === 2)!;
    expect(transcriptText(Encounter.begin(bundle, letter))).toContain('school nursing team');
    expect(transcriptText(Encounter.begin(bundle, none))).not.toContain('school nursing team');
  });
});

describe('between-us: time alone, and the boundary with her dad', () => {
  const atAsk = offers('Say you see every patient her age on their own');

  it('making time alone routine holds a boundary, and beats asking Leah in front of him, the most sharing option', () => {
    for (const wants of [1, 3]) {
      const e = find((v) => v.wants === wants, CAREFUL, atAsk);
      const routine = optionMatching(e, 'Say you see every patient her age');
      expect(routine.moves).toContain('hold-boundary');
      expect(best(e).text).toBe(routine.text);
      expect(score(e, 'Say you see every patient her age')).toBeGreaterThan(score(e, "Ask Leah, in front of her dad, whether she'd like some time"));
      const asked = fork(e);
      asked.choose(optionMatching(asked, "Ask Leah, in front of her dad, whether she'd like some time").index);
      expect(transcriptText(asked)).toContain('He can stay.');
    }
  });

  it('when her dad pushes back, holding the line beats turning it into her decision in front of him', () => {
    const e = find((v) => v.dad_leaves === 0, CAREFUL, offers('Hold it: at fifteen Leah can see you in confidence'));
    const hold = optionMatching(e, 'Hold it:');
    expect(hold.moves).toEqual(expect.arrayContaining(['hold-boundary', 'keep-confidence']));
    expect(best(e).text).toBe(hold.text);
    expect(score(e, 'Hold it:')).toBeGreaterThan(score(e, 'Turn to Leah: is she happy'));
  });

  it('agreeing that at fifteen she needs her dad there is assuming incapacity, and costs her trust', () => {
    const e = find((v) => v.dad_leaves === 0, CAREFUL, offers("Tell him he's right: she's under sixteen"));
    expect(optionMatching(e, "Tell him he's right").moves).toContain('assume-incapacity');
    const trust = e.variables.trust!;
    e.choose(optionMatching(e, "Tell him he's right").index);
    expect(e.variables.trust!).toBeLessThan(trust - 5);
  });
});

describe('between-us: Gillick and Fraser', () => {
  const atRequest = offers("Tell her you'll need her dad's consent");

  it("telling her she needs her dad's consent is tagged as assuming incapacity; taking it back reopens the door", () => {
    const e = find((v) => v.event === 2, CAREFUL, atRequest);
    expect(e.currentLines.some((l) => l.tags.disclose === 'contraception')).toBe(true);
    expect(optionMatching(e, "Tell her you'll need her dad's consent").moves).toEqual(['assume-incapacity']);
    e.choose(optionMatching(e, "Tell her you'll need her dad's consent").index);
    expect(transcriptText(e)).toContain('Forget it, then.');
    const back = optionMatching(e, 'Take it back at once');
    expect(back.moves).toContain('apologise');
    e.choose(back.index);
    expect(transcriptText(e)).toContain('you can consent to contraception yourself, at fifteen, without your dad');
  });

  it('asking the safety questions before methods beats going straight to the options, the most sharing option', () => {
    for (const partner of [0, 1]) {
      const e = find((v) => v.partner === partner, CAREFUL, atRequest);
      const ask = optionMatching(e, 'Tell her she can have contraception here without her dad');
      expect(ask.moves).toEqual(expect.arrayContaining(['keep-confidence', 'act-on-risk']));
      expect(best(e).text).toBe(ask.text);
    }
  });

  it('asks, once and without pressure, whether she would involve her dad, as the Fraser guidelines require', () => {
    const e = find(() => true, CAREFUL, says('the Fraser guidelines ask one more thing'));
    const ask = optionMatching(e, "Ask whether there's any way she'd want her dad");
    expect(ask.moves).toEqual(expect.arrayContaining(['elicit-values', 'support-decision']));
    expect(score(e, "Ask whether there's any way")).toBeGreaterThan(score(e, "Tell her you'd really like her dad to know"));
  });
});

describe('between-us: the partner', () => {
  it('Connor, twenty-one and her boss: sharing for safety, after telling her, is the best option and never tagged rescue or breach', () => {
    const e = find((v) => v.partner === 1, CAREFUL, offers('Tell her plainly that because of his age'));
    expect(transcriptText(e)).toContain("He's twenty-one. He's my supervisor");
    expect(e.currentLines.some((l) => l.tags.disclose === 'partner-age')).toBe(true);
    const share = optionMatching(e, 'Tell her plainly that because of his age');
    expect(share.moves).toContain('share-for-safety');
    expect(share.moves).not.toContain('rescue');
    expect(share.moves).not.toContain('breach-confidence');
    expect(best(e).text).toBe(share.text);
    expect(score(e, 'Tell her plainly')).toBeGreaterThan(score(e, "Say you won't tell anyone"));
    const kept = finish(fork(e), "Say you won't tell anyone");
    expect(kept.ending).toBe('kept-too-well');
    const dad = finish(fork(e), 'Bring her dad back in and tell him about Connor');
    expect(dad.ending).toBe('heard-it-from-you');
    finish(e, 'Tell her plainly that because of his age');
    expect(e.ending).toBe('told-first');
    expect(transcriptText(e)).toContain("You'll still get your contraception today.");
  });

  it('Kai, sixteen and in her year: passing it on is a breach of confidence, and costs her trust and the way back', () => {
    const e = find((v) => v.partner === 0, CAREFUL, offers("Ask whether it's her choice each time"));
    const refer = optionMatching(e, "Tell her that because she's under sixteen, you'll have to let");
    expect(refer.moves).toEqual(['breach-confidence']);
    expect(best(e).text).toContain("Ask whether it's her choice each time");
    const before = e.variables;
    e.choose(refer.index);
    expect(e.variables.trust!).toBeLessThan(before.trust!);
    expect(e.variables.door!).toBeLessThan(before.door!);
  });
});

describe('between-us: self-harm, and when it must be shared', () => {
  const atPlan = offers('Thank her, check how she is, and make a plan with her');

  it('she tells you about the cutting only if she trusts you: the same run told at high trust and denied at low', () => {
    const seed = SEEDS.find((s) => variantOf(s).hurts >= 1 && drive(s, CAREFUL, atPlan) !== null)!;
    expect(drive(seed, CAREFUL, atPlan)!.transcript.some((l) => l.tags.disclose === 'self-harm')).toBe(true);
    const cold = ["Give him two minutes on his own", 'Start on the tiredness', 'Say you see every patient her age', 'Hold it:', 'Promise her that nothing', 'Ask her straight out', 'Say that people her age come to you about all sorts', 'Go straight to the options', 'Skip it:', 'Prescribe the pill', 'Leave it: one partner', 'Ask whether there\'s anything else on her mind'];
    const e = drive(seed, cold, (x) => x.ended || offers('Tell him that you and Leah have talked')(x) || offers('Stay with it')(x));
    expect(e).not.toBeNull();
    expect(e!.transcript.some((l) => l.tags.disclose === 'self-harm')).toBe(false);
  });

  it('with a plan and saved tablets, sharing for safety is best; without them, keeping her confidence and planning with her is', () => {
    const withPlan = find((v) => v.hurts === 2, CAREFUL, atPlan);
    expect(transcriptText(withPlan)).toContain("I've been saving paracetamol");
    const share = optionMatching(withPlan, "you need to make sure she's safe tonight");
    expect(share.moves).toEqual(expect.arrayContaining(['share-for-safety', 'act-on-risk']));
    expect(share.moves).not.toContain('rescue');
    expect(best(withPlan).text).toBe(share.text);

    const noPlan = find((v) => v.hurts === 1, CAREFUL, atPlan);
    expect(transcriptText(noPlan)).toContain("It's not like that");
    const keep = optionMatching(noPlan, 'Thank her, check how she is, and make a plan with her');
    expect(keep.moves).toEqual(expect.arrayContaining(['keep-confidence', 'cooperative-goals']));
    expect(best(noPlan).text).toBe(keep.text);
    expect(score(noPlan, 'Thank her, check how she is')).toBeGreaterThan(score(noPlan, "you need to make sure she's safe tonight"));
  });

  it('shares only what is needed: her dad hears about the risk and the tablets, not the contraception, and it ends Told first', () => {
    const e = find((v) => v.hurts === 2, CAREFUL, atPlan);
    finish(e, "you need to make sure she's safe tonight");
    const text = transcriptText(e);
    expect(text).toContain('Only that. Not anything else we\'ve talked about.');
    expect(text).toContain("That's what you need to know for tonight. Anything else is Leah's to tell");
    expect(e.ending).toBe('told-first');
  });

  it('calling her dad in to tell him everything is a breach, even for safety', () => {
    const e = find((v) => v.hurts === 2, CAREFUL, atPlan);
    expect(optionMatching(e, 'Call her dad back in and tell him everything').moves).toContain('breach-confidence');
    finish(e, 'Call her dad back in and tell him everything');
    expect(e.ending).toBe('heard-it-from-you');
  });
});

describe('between-us: what Leah wants decides the best move', () => {
  const toDad = [...CAREFUL, 'Leave mood for another appointment', 'Thank her, check how she is'];
  const atDad = offers("Ask Leah, in front of him, whether there's anything she'd like to tell him");

  it('when she wants her dad to know, helping her tell him beats keeping it; when she does not, keeping it beats asking her in front of him', () => {
    const helps = find((v) => v.wants === 2 && v.partner === 0 && v.hurts < 2, toDad, atDad);
    expect(best(helps).moves).toContain('support-decision');
    expect(score(helps, "Ask Leah, in front of him")).toBeGreaterThan(score(helps, 'Tell him that you and Leah have talked'));
    finish(helps, "Ask Leah, in front of him");
    expect(transcriptText(helps)).toContain("I'm going on the implant");

    const keeps = find((v) => v.wants === 1 && v.partner === 0 && v.hurts < 2, toDad, atDad);
    expect(best(keeps).moves).toContain('keep-confidence');
    expect(score(keeps, 'Tell him that you and Leah have talked')).toBeGreaterThan(score(keeps, "Ask Leah, in front of him"));
    const told = finish(fork(keeps), 'Tell him the gist');
    expect(told.ending).toBe('heard-it-from-you');
  });

  it('"What would you do?" is an informed delegation: deciding as she asked beats handing it back, which costs trust', () => {
    const e = find((v) => v.wants === 3, CAREFUL, says('What would you actually do, if you were me?'));
    expect(transcriptText(e)).toContain('None of them stop infections');
    expect(best(e).moves.some((m) => m === 'respect-delegation' || m === 'recommend-clearly')).toBe(true);
    expect(score(e, 'Decide, as she asked')).toBeGreaterThan(score(e, 'Hand it back'));
    const trust = e.variables.trust!;
    e.choose(optionMatching(e, 'Hand it back').index);
    expect(e.variables.trust!).toBeLessThan(trust);
  });

  it('at the methods, a clear recommendation does best for the Leah who wants one, and the full menu for the Leah who wants to choose', () => {
    const atMethods = offers('Recommend the implant for her');
    const advise = find((v) => v.wants === 3, CAREFUL, atMethods);
    expect(best(advise).moves).toContain('recommend-clearly');
    const choose = find((v) => v.wants === 1, CAREFUL, atMethods);
    expect(best(choose).moves).toContain('offer-choice');
  });
});

describe('between-us: moments where sharing more is not the answer', () => {
  it('recommends an STI test clearly rather than leaving it as an offer', () => {
    const e = find(() => true, CAREFUL, offers('Recommend a chlamydia and gonorrhoea test'));
    expect(best(e).moves).toContain('recommend-clearly');
    expect(score(e, 'Recommend a chlamydia')).toBeGreaterThan(score(e, 'Mention that STI tests are there'));
  });

  it("holds the boundary when she asks for your own number, and does better than promising to answer yourself", () => {
    const prefs = [...CAREFUL, 'Leave mood for another appointment', 'Thank her, check how she is', 'Tell him that you and Leah have talked', 'fix it with her', 'Recommend a review next week'];
    const e = find(() => true, prefs, offers('Say no to your own number'));
    expect(optionMatching(e, 'Say no to your own number').moves).toContain('hold-boundary');
    expect(optionMatching(e, 'Give her your mobile number').moves).toContain('blur-boundary');
    expect(best(e).text).toContain('Say no to your own number');
  });

  it("on her dad's call, listening while keeping the confidence beats ending the call, and hears what he found", () => {
    // A run where the self-harm stays hidden in the consultation: the mood is left for another day.
    const quiet = CAREFUL.filter((p) => !p.startsWith("Ask how she's been") && !p.startsWith('Ask whether she has ever thought'));
    const prefs = [...quiet, 'Leave mood for another appointment', 'Tell him that you and Leah have talked', 'Tell him only that you\'ve needed to involve', 'fix it with her', 'Recommend a review next week', 'Say no to your own number', 'Make the referral with her today'];
    const e = find((v) => v.event === 2 && v.hurts >= 1, prefs, offers("Tell him you can't tell him what Leah said"));
    const listen = optionMatching(e, "Tell him you can't tell him what Leah said");
    expect(listen.moves).toEqual(expect.arrayContaining(['hold-boundary', 'keep-confidence']));
    expect(score(e, "Tell him you can't tell him")).toBeGreaterThan(score(e, "Tell him you can't discuss his daughter"));
    e.choose(listen.index);
    expect(e.transcript.some((l) => l.tags.disclose === 'dad-found')).toBe(true);
  });
});

describe('between-us: every option', () => {
  it('says what is done, not how nicely; carries a why line; and no safety action is tagged rescue or a breach', () => {
    const adverbs = /\b(gently|kindly|warmly|together|carefully|sensitively|softly)\b/i;
    const seen = new Map<string, OfferedChoice>();
    for (const seed of SEEDS.slice(0, 150)) {
      randomPlaythrough(bundle, seed, { onStep: (e) => e.choices.forEach((c) => seen.set(c.text, c)) });
    }
    expect(seen.size).toBeGreaterThan(100);
    for (const c of seen.values()) {
      expect(c.text, c.text).not.toMatch(adverbs);
      expect(c.why.length, c.text).toBeGreaterThanOrEqual(20);
      if (c.moves.includes('act-on-risk') || c.moves.includes('share-for-safety')) {
        expect(c.moves, c.text).not.toContain('rescue');
        expect(c.moves, c.text).not.toContain('breach-confidence');
      }
    }
  });
});
