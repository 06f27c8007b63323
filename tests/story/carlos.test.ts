// Story tests for "Carlos": the fixes a clinical educator asked for, pinned so they cannot
// quietly break. Each test finds the seed it needs by looping over seeds (what the run drew),
// then plays the scene by the text of its options.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { outcomeScore, stakesOf } from '../../src/engine/stakes';
import { STORY_DIR } from '../helpers';
import { libraryBundle, optionMatching, transcriptText } from './play';

const bundle = libraryBundle('carlos');
const stakes = stakesOf(bundle.meta);
const source = fs.readFileSync(path.join(STORY_DIR, 'scenarios', 'carlos', 'main.ink'), 'utf8');

interface Variant {
  wants: number;
  herbs: number;
  event: number;
}

/** What the run drew: the scenario's variation variables. */
function variantOf(e: Encounter): Variant {
  const { wants = 0, herbs = 0, event = 0 } = e.variant;
  return { wants, herbs, event };
}

/** One of the story's own variables, read from ink's state (false, 0 and "" are not saved). */
function inkVar(e: Encounter, name: string): unknown {
  return (JSON.parse(e.inkState()) as { variablesState: Record<string, unknown> }).variablesState[name];
}

function firstSeed(pred: (v: Variant) => boolean): number {
  for (let seed = 1; seed <= 2000; seed++) if (pred(variantOf(Encounter.begin(bundle, seed)))) return seed;
  throw new Error('no seed draws that variant');
}

/**
 * Plays on from where `e` is, at each choice point taking the first of `prefs` that names an
 * offered option, until `until` holds or the story ends. Throws if no preference fits.
 */
function advance(e: Encounter, prefs: readonly string[], until: (e: Encounter) => boolean = () => false): Encounter {
  while (!e.ended && !until(e)) {
    const pick = prefs.find((p) => e.choices.filter((c) => c.text.includes(p)).length === 1);
    if (!pick) throw new Error(`no preference fits at turn ${e.log.length}:\n${e.choices.map((c) => `  - ${c.text}`).join('\n')}`);
    e.choose(optionMatching(e, pick).index);
  }
  return e;
}

const offers = (text: string) => (e: Encounter) => e.choices.some((c) => c.text.includes(text));

/** The option's weighted outcome (the debrief's and the checker's measure) from this moment. */
function scoreOf(e: Encounter, pick: string): number {
  const copy = Encounter.restore(bundle, e.snapshot());
  const before = copy.variables;
  copy.choose(optionMatching(copy, pick).index);
  const after = copy.variables;
  const change: Record<string, number> = {};
  for (const s of stakes) change[s.name] = (after[s.name] ?? 0) - (before[s.name] ?? 0);
  return outcomeScore(change, stakes);
}

function take(e: Encounter, pick: string): Encounter {
  e.choose(optionMatching(e, pick).index);
  return e;
}

// A path that builds trust and brings out the shaky spells, whatever the run drew.
const OPEN = [
  'Wait, and let him finish',
  'Explain plainly what the test measures',
  'Ask what he does himself',
  'Ask how he makes it',
  'Explain why you ask everyone',
  'Give him your recommendation straight',
  'Ask directly about any other teas',
  'Check his sugar now',
  'Ask what matters most to him',
  'Answer briefly',
  'Thank him, and say no',
  'Ask plainly about lows',
];
// ...and the rest of the visit, once the plan is made.
const REST = [
  'Go through what it does',
  'Tell him what the DVLA rules mean',
  'Agree one or two goals',
  'Ask, "Does that all make sense?"',
  'Recommend a call in two weeks',
];
const TELL = [...OPEN, 'Thank him for telling you'];

describe('carlos: the variant comes from the seed', () => {
  it('draws what he wants, the tea and the event before the first choice, and every value occurs', () => {
    const seen = { wants: new Set<number>(), herbs: new Set<number>(), event: new Set<number>() };
    const startTrust = new Set<number>();
    for (let seed = 1; seed <= 60; seed++) {
      const e = Encounter.begin(bundle, seed);
      const v = variantOf(e);
      seen.wants.add(v.wants);
      seen.herbs.add(v.herbs);
      seen.event.add(v.event);
      startTrust.add(e.variables.trust!);
      expect(variantOf(Encounter.begin(bundle, seed))).toEqual(v);
    }
    expect([...seen.wants].sort()).toEqual([1, 2, 3]);
    expect([...seen.herbs].sort()).toEqual([1, 2, 3]);
    expect([...seen.event].sort()).toEqual([0, 1, 2]);
    expect(startTrust.size).toBeGreaterThanOrEqual(4);
  });

  it('draws what he wants and the tea independently (ink draws each RANDOM from the one before)', () => {
    const pairs = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const v = variantOf(Encounter.begin(bundle, seed));
      pairs.add(`${v.wants}${v.herbs}${v.event}`);
    }
    expect(pairs.size).toBeGreaterThanOrEqual(9);
  });

  it('declares the variation, the stakes and the new ending in meta.json', () => {
    expect(bundle.meta.variation?.map((v) => v.name)).toEqual(['wants', 'herbs', 'event']);
    expect(Object.keys(bundle.meta.variation![2]!.values)).toEqual(['0', '1', '2']);
    expect(bundle.meta.stakes?.map((s) => s.name)).toEqual(['safety', 'work']);
    expect(bundle.meta.endings.map((e) => e.id)).toEqual(expect.arrayContaining(['partners', 'looked-after', 'rescued', 'hidden-remedies', 'lectured']));
  });
});

describe('carlos: disclosure of the market tea varies', () => {
  it('shows the tea at once when he brings it (herbs 1), before any choice', () => {
    const e = Encounter.begin(bundle, firstSeed((v) => v.herbs === 1));
    expect(e.currentLines.map((l) => l.tags.disclose)).toContain('market-tea');
  });

  it('keeps the tea back all visit when he means to (herbs 3), even when he tells you about the lows', () => {
    const e = advance(Encounter.begin(bundle, firstSeed((v) => v.herbs === 3 && v.wants === 1)), [...TELL, 'Lay out the options for the lows', 'Ask what matters most in his mornings', ...REST]);
    const disclosed = e.transcript.map((l) => l.tags.disclose);
    expect(disclosed).toContain('shaky-spells');
    expect(disclosed).not.toContain('market-tea');
  });
});

describe('carlos: the events', () => {
  it('brings the kidney result in only in its variant, and the shift manager only in hers', () => {
    const plan = (seed: number) => transcriptText(advance(Encounter.begin(bundle, seed), OPEN.concat('Thank him for telling you', 'Explain what you', 'Leave the feet'), offers('Take it all on for him')));
    const kidney = plan(firstSeed((v) => v.event === 1));
    expect(kidney).toContain('albumin-to-creatinine ratio is 9');
    expect(kidney).toContain('needs repeating');
    expect(kidney).not.toContain('Sharon');
    const call = plan(firstSeed((v) => v.event === 2));
    expect(call).toContain('Twelve o\'clock I take it out for the road test');
    expect(call).not.toContain('albumin');
    const quiet = plan(firstSeed((v) => v.event === 0));
    expect(quiet).not.toContain('albumin');
    expect(quiet).not.toContain('Sharon');
  });
});

describe('carlos: the endings follow who made the plan', () => {
  const toSafePlan = (seed: number) => advance(Encounter.begin(bundle, seed), TELL, offers('Decide the safe plan yourself'));

  it('a safe plan you explained and decided is benevolent paternalism (Looked after), not rescue', () => {
    const e = toSafePlan(firstSeed((v) => v.wants === 1));
    const decided = optionMatching(e, 'Decide the safe plan yourself');
    expect(decided.moves).toEqual(['decide-for', 'plain-language']);
    expect(decided.moves).not.toContain('rescue');
    take(e, 'Decide the safe plan yourself');
    advance(e, REST);
    expect(e.ending).toBe('looked-after');
    expect(bundle.meta.endings.find((x) => x.id === 'looked-after')!.summary).toMatch(/benevolent paternalism/);
  });

  it('taking his problem over (the insulin plan, or more of everything) is Rescued', () => {
    const safe = toSafePlan(firstSeed((v) => v.wants === 1));
    expect(optionMatching(safe, 'Take it all on for him').moves).toContain('rescue');
    advance(take(safe, 'Take it all on for him'), REST);
    expect(safe.ending).toBe('rescued');

    const usual = advance(Encounter.begin(bundle, firstSeed((v) => v.wants === 1)), ['Steer to the result', 'Explain it in the usual', 'Take it in hand', 'Print the practice leaflet', 'Tick "none"', 'Check the tablets', 'Tease him', 'Set the targets', 'Smile and bring', 'Skip it', 'Leave the feet'], offers('Take it all on for him'));
    advance(take(usual, 'Take it all on for him'), ['Go through what it does', 'Tell him what the DVLA rules mean', 'Agree one or two goals', 'Ask, "Does that all make sense?"', 'Recommend a call in two weeks']);
    expect(usual.ending).toMatch(/rescued|lectured/);
    expect(usual.ending).not.toBe('looked-after');
  });
});

describe('carlos: "I fix buses, you fix me"', () => {
  it('once informed, a Carlos who wants you to choose is served by respect-delegation, and is made to choose again at a cost', () => {
    const e = advance(Encounter.begin(bundle, firstSeed((v) => v.wants === 2)), TELL, offers('Lay out the options for the lows'));
    take(e, 'Lay out the options for the lows');
    expect(transcriptText(e)).toContain('I understand the roads. Now I want you to choose');
    const respect = optionMatching(e, 'Choose for him, tell him what you chose and why');
    expect(respect.moves[0]).toBe('respect-delegation');
    expect(scoreOf(e, 'Choose for him')).toBeGreaterThan(scoreOf(e, 'Name it:') + 5);

    const handedBack = take(Encounter.restore(bundle, e.snapshot()), 'Name it:');
    expect(handedBack.variables.trust!).toBeLessThan(e.variables.trust!);

    advance(take(e, 'Choose for him'), REST);
    expect(e.ending).toBe('partners');
    expect(transcriptText(e)).toContain('He asked you to choose once he understood the roads');
  });

  it('a Carlos who defers out of habit is better served by naming the asymmetry and handing the choice back', () => {
    const habit = ['Steer to the result', 'Explain it in the usual', 'Acknowledge how hard', 'Tell him nopal is a good food', 'Tick "none"', 'Check the tablets', 'Tease him', 'Set the targets', 'Smile and bring', 'Thank him, and say no', 'Skip it', 'Leave the feet'];
    let e: Encounter | null = null;
    for (let seed = 1; seed <= 300 && !e; seed++) {
      if (variantOf(Encounter.begin(bundle, seed)).wants !== 1) continue;
      const run = advance(Encounter.begin(bundle, seed), habit, offers('Lay out the options, including what each'));
      take(run, 'Lay out the options, including what each');
      if (offers('Name it:')(run)) e = run;
    }
    expect(e, 'a wants-to-decide run that defers').not.toBeNull();
    expect(transcriptText(e!)).toContain('with an eye on the door');
    expect(scoreOf(e!, 'Name it:')).toBeGreaterThan(scoreOf(e!, 'Choose for him') + 5);
  });
});

describe('carlos: driving a bus on gliclazide', () => {
  const toDriving = (seed: number, prefs: readonly string[]) => advance(Encounter.begin(bundle, seed), prefs, offers('Tell him what the DVLA rules mean'));

  it('states the DVLA Group 2 rules for a sulfonylurea correctly', () => {
    const e = toDriving(firstSeed((v) => v.wants === 1), [...TELL, 'Lay out the options for the lows', ...REST]);
    const text = transcriptText(e);
    expect(text).toContain('I have the bus licence');
    expect(text).toContain('the law says he must tell the DVLA himself');
    expect(text).toContain("no lows needing someone else's help in the last year");
    expect(text).toContain('full awareness of lows');
    expect(text).toContain('at least twice a day and before he drives, on a meter that keeps the readings');
    expect(text).toContain('Two lows he treated himself do not take the licence away');
  });

  // A visit that never asks about lows; if he tells anyway, the plan is still made with him.
  const UNASKED = ['Wait, and let him finish', 'Explain plainly what the test', 'Ask what he does himself', 'Ask how he makes it', 'Explain why you ask', 'Explain what worries you', 'Ask directly', 'Tease him', 'Ask what matters most to him', 'Answer briefly', 'Thank him, and say no', 'Skip it', 'Explain what you', 'Lay out the options, including', 'Thank him for telling you', 'Lay out the options for the lows', 'Name it:', 'Choose for him', 'Go through what it does'];

  it('tells him openly (act-on-risk, not rescue) and does best when a road test is due at twelve', () => {
    const e = toDriving(firstSeed((v) => v.event === 2 && v.wants === 1), UNASKED);
    const open = optionMatching(e, 'Tell him what the DVLA rules mean');
    expect(open.moves).toEqual(['act-on-risk', 'plain-language']);
    expect(open.moves).not.toContain('rescue');
    expect(scoreOf(e, 'Tell him what the DVLA rules mean')).toBeGreaterThan(scoreOf(e, 'Explain the DVLA rules and ask him') + 1);
    take(e, 'Tell him what the DVLA rules mean');
    expect(transcriptText(e)).toMatch(/No road test at twelve|Five or more, you drive\. Under five, eat something and check again\. Under four, or if you feel shaky, no driving today/);
  });

  it('leaves it to him, the decider, on a quiet morning when no lows are known', () => {
    let e: Encounter | null = null;
    for (let seed = 1; seed <= 300 && !e; seed++) {
      const v = variantOf(Encounter.begin(bundle, seed));
      if (v.event !== 0 || v.wants !== 1) continue;
      // No question about lows, and a plan that never names them: he has no cue to tell.
      const run = toDriving(seed, UNASKED.map((p) => (p === 'Lay out the options, including' ? 'Take it all on for him' : p)));
      if (!inkVar(run, 'shaky')) e = run;
    }
    expect(e, 'a quiet-morning run with no lows known').not.toBeNull();
    expect(transcriptText(e!)).not.toContain('shaky-spells');
    expect(scoreOf(e!, 'Explain the DVLA rules and ask him')).toBeGreaterThan(scoreOf(e!, 'Tell him what the DVLA rules mean') + 1);
  });

  it('after the lows: no road tests for now, his duty to tell the DVLA, and a fit note; reporting him yourself first costs his work', () => {
    const e = toDriving(firstSeed((v) => v.wants === 1 && v.event !== 2), [...TELL, 'Lay out the options for the lows', ...REST]);
    const report = optionMatching(e, 'inform the DVLA yourself');
    expect(report.moves).toEqual(['breach-confidence', 'decide-for']);
    expect(report.moves).not.toContain('rescue');
    const reported = take(Encounter.restore(bundle, e.snapshot()), 'inform the DVLA yourself');
    expect(reported.variables.work!).toBeLessThan(e.variables.work! - 5);
    take(e, 'Tell him what the DVLA rules mean');
    const text = transcriptText(e);
    expect(text).toContain('No road tests for now');
    expect(text).toContain('the law says you tell the DVLA your diabetes is treated with tablets');
    expect(text).toContain('fit note for two weeks: you may be fit for work, with amended duties: no driving');
  });
});

describe('carlos: consent for the SGLT2 inhibitor', () => {
  const toConsent = (seed: number) => advance(Encounter.begin(bundle, seed), [...TELL, 'Lay out the options for the lows', 'Choose for him'], offers('Go through what it does'));

  it('names the benefits, the common side effects, the rare serious ones and the sick-day rules', () => {
    const e = take(toConsent(firstSeed((v) => v.wants === 1)), 'Go through what it does');
    const text = transcriptText(e);
    for (const fact of [
      'empagliflozin',
      "doesn't cause lows",
      'protects your heart and your kidneys',
      'lose a little weight',
      'pass more water, so drink more',
      'Thrush, a sore or itchy foreskin',
      'urine infections',
      'Ketoacidosis',
      'even when your sugar reading looks normal',
      'not eating or drinking properly, stop the tablet',
      'stops before any operation',
      "Fournier's gangrene",
    ]) expect(text).toContain(fact);
  });

  it('tags the comforting shortcut as false reassurance, and it does worse than telling him', () => {
    const e = toConsent(firstSeed((v) => v.wants === 1));
    expect(optionMatching(e, 'Reassure him').moves).toEqual(['false-reassurance']);
    expect(scoreOf(e, 'Go through what it does')).toBeGreaterThan(scoreOf(e, 'Reassure him') + 10);
  });

  it('gives a Carlos who asked not to be lectured the short version, and one who asked what it does the whole story', () => {
    const brief = toConsent(firstSeed((v) => v.wants === 2));
    expect(transcriptText(brief)).toContain("I don't need the whole lecture");
    expect(scoreOf(brief, 'Give him the short version')).toBeGreaterThan(scoreOf(brief, 'Go through what it does'));
    const full = toConsent(firstSeed((v) => v.wants === 1));
    expect(scoreOf(full, 'Go through what it does')).toBeGreaterThan(scoreOf(full, 'Give him the short version'));
  });
});

describe('carlos: power used openly', () => {
  it('stops tomorrow\'s gliclazide at once after the disclosure (act-on-risk), which beats only thanking him', () => {
    const e = advance(Encounter.begin(bundle, firstSeed((v) => v.wants === 1)), OPEN, offers('Thank him for telling you'));
    expect(optionMatching(e, 'tell him the gliclazide stops from tomorrow').moves[0]).toBe('act-on-risk');
    expect(scoreOf(e, 'tell him the gliclazide stops from tomorrow')).toBeGreaterThan(scoreOf(e, 'Thank him for telling you'));
  });

  it('holds the boundary on free car repairs', () => {
    const e = advance(Encounter.begin(bundle, firstSeed((v) => v.wants === 1)), OPEN, offers('Thank him, and say no'));
    expect(optionMatching(e, 'Thank him, and say no').moves[0]).toBe('hold-boundary');
    expect(scoreOf(e, 'Thank him, and say no')).toBeGreaterThan(scoreOf(e, 'Accept: Saturday'));
  });

  it('labels say what is done, not how nicely', () => {
    const labels = [...source.matchAll(/^\s*[*+]\s*(?:\{[^}]*\}\s*)?\[([^#\]]*)/gm)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(60);
    for (const label of labels) expect(label).not.toMatch(/\b(gently|kindly|warmly|together|carefully|sensitively|softly|nicely)\b/i);
  });
});

describe('carlos: when he says he will drive a bus anyway', () => {
  /** Plays on, taking the first preference offered, or else the first option, to the end. */
  function finish(e: Encounter, prefs: readonly string[]): Encounter {
    while (!e.ended) {
      const pick = prefs.find((p) => e.choices.filter((c) => c.text.includes(p)).length === 1);
      e.choose(pick ? optionMatching(e, pick).index : e.choices[0]!.index);
    }
    return e;
  }
  const ASK_HIM = 'Explain the DVLA rules and ask him';
  /**
   * Runs that reach the driving question with the lows known: a deterministic walk that takes
   * the preferred options where offered and otherwise an option drawn from a simple generator.
   */
  function* atDriving(pred: (v: Variant) => boolean, wantLowTrust = false) {
    let r = 12345;
    const next = () => (r = (r * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 3000; i++) {
      const seed = 1 + (i % 600);
      if (!pred(variantOf(Encounter.begin(bundle, seed)))) continue;
      const e = Encounter.begin(bundle, seed);
      while (!e.ended && !offers(ASK_HIM)(e)) {
        const ask = e.choices.find((c) => c.text.includes('Ask plainly about lows') || c.text.includes('Thank him for telling you'));
        e.choose(ask ? ask.index : e.choices[next() % e.choices.length]!.index);
      }
      if (e.ended || !inkVar(e, 'shaky')) continue;
      if (wantLowTrust && e.variables.trust! >= 70) continue;
      yield e;
    }
  }

  it('with a road test at twelve and trust short of the top: a follow-up that advises him plainly not to drive, and accepting his Coca-Cola plan is no quiet Partners', () => {
    let found: Encounter | null = null;
    for (const e of atDriving((v) => v.event === 2, true)) {
      take(e, ASK_HIM);
      if (offers('Advise him plainly not to drive')(e)) {
        found = e;
        break;
      }
    }
    expect(found, 'a run where he says a Coca-Cola will do').not.toBeNull();
    const e = found!;
    expect(transcriptText(e)).toContain('I drink a Coca-Cola before');
    const advise = optionMatching(e, 'Advise him plainly not to drive');
    expect(advise.moves).toEqual(['act-on-risk', 'recommend-clearly']);
    expect(scoreOf(e, 'Advise him plainly not to drive')).toBeGreaterThan(scoreOf(e, 'Accept his plan'));
    const accepted = finish(take(Encounter.restore(bundle, e.snapshot()), 'Accept his plan'), REST);
    expect(String(inkVar(accepted, 'drive'))).toMatch(/his-risk/);
    expect(transcriptText(accepted)).not.toContain('Nothing happened');
    if (accepted.ending === 'partners') expect(transcriptText(accepted)).toContain('nearly went wrong, at the wheel of a bus');
    expect(transcriptText(accepted)).not.toContain('the plan is safe because it is his');
    const advised = finish(take(e, 'Advise him plainly not to drive'), REST);
    expect(String(inkVar(advised, 'drive'))).toMatch(/advised/);
    const text = transcriptText(advised);
    expect(text).toContain('that means not today');
    expect(text).not.toMatch(/He took the 36 out at twelve|At twelve he takes the 36 out/);
  });

  it('if he pushes back, persuasion comes first and telling the DVLA yourself is the last resort, told to him first', () => {
    // Low trust at this point is rare, so the pushback is pinned in the source; the advice itself from a run.
    let said = '';
    for (const e of atDriving((v) => v.wants !== 2, true)) {
      take(e, ASK_HIM);
      if (!offers('Advise him plainly not to drive')(e)) continue;
      take(e, 'Advise him plainly not to drive');
      said = transcriptText(e);
      break;
    }
    expect(said).toContain('no driving buses until two weeks of readings on the new plan are safe');
    if (said.includes('And if I drive anyway?')) {
      expect(said).toContain('First I try to persuade you');
      expect(said).toContain('the last resort');
      expect(said).toContain('I would tell you before I did it');
    }
    const ink = source.slice(source.indexOf('= drive_today'), source.indexOf('=== goals'));
    const pushback = ink.slice(ink.indexOf('And if I drive anyway?'));
    expect(pushback).toContain('First I try to persuade you');
    expect(pushback).toContain('Telling the DVLA myself is the last resort');
    expect(pushback).toContain('I would tell you before I did it');
    expect(ink).not.toMatch(/# ending: partners/);
  });

  it('when he says he will stop road tests and tell Sharon himself, no ending has him take the 36 out', () => {
    let found: Encounter | null = null;
    for (const e of atDriving((v) => v.event === 2)) {
      take(e, ASK_HIM);
      if (String(inkVar(e, 'drive')).includes('his-safe')) {
        found = e;
        break;
      }
    }
    expect(found, 'a trusting run where he stops himself').not.toBeNull();
    const e = finish(found!, REST);
    const text = transcriptText(e);
    expect(text).toContain('No road tests until the new pill is working. I tell Sharon myself.');
    expect(text).not.toMatch(/He took the 36 out at twelve|At twelve he takes the 36 out/);
    expect(['partners', 'looked-after']).toContain(e.ending);
    expect(text).toMatch(/told Sharon himself|tells Sharon himself/);
  });
});
