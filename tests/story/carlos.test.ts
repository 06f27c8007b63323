// Story tests for "Carlos": the fixes a clinical educator asked for, pinned so they cannot
// quietly break. Each test finds the seed it needs by looping over seeds (what the run drew),
// then plays the scene by the text of its options.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { STORY_DIR } from '../helpers';
import { finish, firstRun, firstSeed, fork, libraryBundle, offers, optionMatching, optionScore, playOn, playTo, take, transcriptText, variantOf } from './play';

const bundle = libraryBundle('carlos');
const source = fs.readFileSync(path.join(STORY_DIR, 'scenarios', 'carlos', 'main.ink'), 'utf8');

type Variant = Readonly<Record<string, number>>;

/** One of the story's own variables, read from ink's state (false, 0 and "" are not saved). */
function inkVar(e: Encounter, name: string): unknown {
  return (JSON.parse(e.inkState()) as { variablesState: Record<string, unknown> }).variablesState[name];
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
      const v = e.variant;
      seen.wants.add(v.wants!);
      seen.herbs.add(v.herbs!);
      seen.event.add(v.event!);
      startTrust.add(e.variables.trust!);
      expect(Encounter.begin(bundle, seed).variant).toEqual(v);
    }
    expect([...seen.wants].sort()).toEqual([1, 2, 3]);
    expect([...seen.herbs].sort()).toEqual([1, 2, 3]);
    expect([...seen.event].sort()).toEqual([0, 1, 2]);
    expect(startTrust.size).toBeGreaterThanOrEqual(4);
  });

  it('draws what he wants and the tea independently (ink draws each RANDOM from the one before)', () => {
    const pairs = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const v = variantOf(bundle, seed);
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
    const e = Encounter.begin(bundle, firstSeed(bundle, (v) => v.herbs === 1));
    expect(e.currentLines.map((l) => l.tags.disclose)).toContain('market-tea');
  });

  it('keeps the tea back all visit when he means to (herbs 3), even when he tells you about the lows', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.herbs === 3 && v.wants === 1)), [...TELL, 'Lay out the options for the lows', 'Ask what matters most in his mornings', ...REST]);
    const disclosed = e.transcript.map((l) => l.tags.disclose);
    expect(disclosed).toContain('shaky-spells');
    expect(disclosed).not.toContain('market-tea');
  });
});

describe('carlos: the events', () => {
  it('brings the kidney result in only in its variant, and the shift manager only in hers', () => {
    const plan = (seed: number) => transcriptText(playOn(Encounter.begin(bundle, seed), OPEN.concat('Thank him for telling you', 'Explain what you', 'Leave the feet'), offers('Take it all on for him')));
    const kidney = plan(firstSeed(bundle, (v) => v.event === 1));
    expect(kidney).toContain('albumin-to-creatinine ratio is 9');
    expect(kidney).toContain('needs repeating');
    expect(kidney).not.toContain('Sharon');
    const call = plan(firstSeed(bundle, (v) => v.event === 2));
    expect(call).toContain('Twelve o\'clock I take it out for the road test');
    expect(call).not.toContain('albumin');
    const quiet = plan(firstSeed(bundle, (v) => v.event === 0));
    expect(quiet).not.toContain('albumin');
    expect(quiet).not.toContain('Sharon');
  });
});

describe('carlos: the endings follow who made the plan', () => {
  const toSafePlan = (seed: number) => playOn(Encounter.begin(bundle, seed), TELL, offers('Decide the safe plan yourself'));

  it('a safe plan you explained and decided is benevolent paternalism (Looked after), not rescue', () => {
    const e = toSafePlan(firstSeed(bundle, (v) => v.wants === 1));
    const decided = optionMatching(e, 'Decide the safe plan yourself');
    expect(decided.moves).toEqual(['decide-for', 'plain-language']);
    expect(decided.moves).not.toContain('rescue');
    take(e, 'Decide the safe plan yourself');
    playOn(e, REST);
    expect(e.ending).toBe('looked-after');
    expect(bundle.meta.endings.find((x) => x.id === 'looked-after')!.summary).toMatch(/benevolent paternalism/);
  });

  it('taking his problem over (the insulin plan, or more of everything) is Rescued', () => {
    const safe = toSafePlan(firstSeed(bundle, (v) => v.wants === 1));
    expect(optionMatching(safe, 'Take it all on for him').moves).toContain('rescue');
    playOn(take(safe, 'Take it all on for him'), REST);
    expect(safe.ending).toBe('rescued');

    const usual = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1)), ['Steer to the result', 'Explain it in the usual', 'Take it in hand', 'Print the practice leaflet', 'Tick "none"', 'Check the tablets', 'Tease him', 'Set the targets', 'Smile and bring', 'Skip it', 'Leave the feet'], offers('Take it all on for him'));
    playOn(take(usual, 'Take it all on for him'), ['Go through what it does', 'Tell him what the DVLA rules mean', 'Agree one or two goals', 'Ask, "Does that all make sense?"', 'Recommend a call in two weeks']);
    expect(usual.ending).toMatch(/rescued|lectured/);
    expect(usual.ending).not.toBe('looked-after');
  });
});

describe('carlos: "I fix buses, you fix me"', () => {
  it('once informed, a Carlos who wants you to choose is served by respect-delegation, and is made to choose again at a cost', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 2)), TELL, offers('Lay out the options for the lows'));
    take(e, 'Lay out the options for the lows');
    expect(transcriptText(e)).toContain('I understand the roads. Now I want you to choose');
    const respect = optionMatching(e, 'Choose for him, tell him what you chose and why');
    expect(respect.moves[0]).toBe('respect-delegation');
    expect(optionScore(bundle, e, 'Choose for him')).toBeGreaterThan(optionScore(bundle, e, 'Name it:') + 5);

    const handedBack = take(fork(bundle, e), 'Name it:');
    expect(handedBack.variables.trust!).toBeLessThan(e.variables.trust!);

    playOn(take(e, 'Choose for him'), REST);
    expect(e.ending).toBe('partners');
    expect(transcriptText(e)).toContain('He asked you to choose once he understood the roads');
  });

  it('a Carlos who defers out of habit is better served by naming the asymmetry and handing the choice back', () => {
    const habit = ['Steer to the result', 'Explain it in the usual', 'Acknowledge how hard', 'Tell him nopal is a good food', 'Tick "none"', 'Check the tablets', 'Tease him', 'Set the targets', 'Smile and bring', 'Thank him, and say no', 'Skip it', 'Leave the feet'];
    const e = firstRun(
      bundle,
      (v) => v.wants === 1,
      (start) => {
        const run = take(playOn(start, habit, offers('Lay out the options, including what each')), 'Lay out the options, including what each');
        return offers('Name it:')(run) ? run : null;
      },
      301,
    );
    expect(transcriptText(e)).toContain('with an eye on the door');
    expect(optionScore(bundle, e, 'Name it:')).toBeGreaterThan(optionScore(bundle, e, 'Choose for him') + 5);
  });
});

describe('carlos: driving a bus on gliclazide', () => {
  const toDriving = (seed: number, prefs: readonly string[]) => playOn(Encounter.begin(bundle, seed), prefs, offers('Tell him what the DVLA rules mean'));

  it('states the DVLA Group 2 rules for a sulfonylurea correctly', () => {
    const e = toDriving(firstSeed(bundle, (v) => v.wants === 1), [...TELL, 'Lay out the options for the lows', ...REST]);
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
    const e = toDriving(firstSeed(bundle, (v) => v.event === 2 && v.wants === 1), UNASKED);
    const open = optionMatching(e, 'Tell him what the DVLA rules mean');
    expect(open.moves).toEqual(['act-on-risk', 'plain-language']);
    expect(open.moves).not.toContain('rescue');
    expect(optionScore(bundle, e, 'Tell him what the DVLA rules mean')).toBeGreaterThan(optionScore(bundle, e, 'Explain the DVLA rules and ask him') + 1);
    take(e, 'Tell him what the DVLA rules mean');
    expect(transcriptText(e)).toMatch(/No road test at twelve|Five or more, you drive\. Under five, eat something and check again\. Under four, or if you feel shaky, no driving today/);
  });

  it('leaves it to him, the decider, on a quiet morning when no lows are known', () => {
    // No question about lows, and a plan that never names them: he has no cue to tell.
    const unprompted = UNASKED.map((p) => (p === 'Lay out the options, including' ? 'Take it all on for him' : p));
    const e = firstRun(
      bundle,
      (v) => v.event === 0 && v.wants === 1,
      (start) => {
        const run = playOn(start, unprompted, offers('Tell him what the DVLA rules mean'));
        return inkVar(run, 'shaky') ? null : run;
      },
      301,
    );
    expect(transcriptText(e)).not.toContain('shaky-spells');
    expect(optionScore(bundle, e, 'Explain the DVLA rules and ask him')).toBeGreaterThan(optionScore(bundle, e, 'Tell him what the DVLA rules mean') + 1);
  });

  it('after the lows: no road tests for now, his duty to tell the DVLA, and a fit note; reporting him yourself first costs his work', () => {
    const e = toDriving(firstSeed(bundle, (v) => v.wants === 1 && v.event !== 2), [...TELL, 'Lay out the options for the lows', ...REST]);
    const report = optionMatching(e, 'inform the DVLA yourself');
    expect(report.moves).toEqual(['breach-confidence', 'decide-for']);
    expect(report.moves).not.toContain('rescue');
    const reported = take(fork(bundle, e), 'inform the DVLA yourself');
    expect(reported.variables.work!).toBeLessThan(e.variables.work! - 5);
    take(e, 'Tell him what the DVLA rules mean');
    const text = transcriptText(e);
    expect(text).toContain('No road tests for now');
    expect(text).toContain('the law says you tell the DVLA your diabetes is treated with tablets');
    expect(text).toContain('fit note for two weeks: you may be fit for work, with amended duties: no driving');
  });
});

describe('carlos: consent for the SGLT2 inhibitor', () => {
  const toConsent = (seed: number) => playOn(Encounter.begin(bundle, seed), [...TELL, 'Lay out the options for the lows', 'Choose for him'], offers('Go through what it does'));

  it('names the benefits, the common side effects, the rare serious ones and the sick-day rules', () => {
    const e = take(toConsent(firstSeed(bundle, (v) => v.wants === 1)), 'Go through what it does');
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
    const e = toConsent(firstSeed(bundle, (v) => v.wants === 1));
    expect(optionMatching(e, 'Reassure him').moves).toEqual(['false-reassurance']);
    expect(optionScore(bundle, e, 'Go through what it does')).toBeGreaterThan(optionScore(bundle, e, 'Reassure him') + 10);
  });

  it('gives a Carlos who asked not to be lectured the short version, and one who asked what it does the whole story', () => {
    const brief = toConsent(firstSeed(bundle, (v) => v.wants === 2));
    expect(transcriptText(brief)).toContain("I don't need the whole lecture");
    expect(optionScore(bundle, brief, 'Give him the short version')).toBeGreaterThan(optionScore(bundle, brief, 'Go through what it does'));
    const full = toConsent(firstSeed(bundle, (v) => v.wants === 1));
    expect(optionScore(bundle, full, 'Go through what it does')).toBeGreaterThan(optionScore(bundle, full, 'Give him the short version'));
  });
});

describe('carlos: power used openly', () => {
  it('stops tomorrow\'s gliclazide at once after the disclosure (act-on-risk), which beats only thanking him', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1)), OPEN, offers('Thank him for telling you'));
    expect(optionMatching(e, 'tell him the gliclazide stops from tomorrow').moves[0]).toBe('act-on-risk');
    expect(optionScore(bundle, e, 'tell him the gliclazide stops from tomorrow')).toBeGreaterThan(optionScore(bundle, e, 'Thank him for telling you'));
  });

  it('holds the boundary on free car repairs', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1)), OPEN, offers('Thank him, and say no'));
    expect(optionMatching(e, 'Thank him, and say no').moves[0]).toBe('hold-boundary');
    expect(optionScore(bundle, e, 'Thank him, and say no')).toBeGreaterThan(optionScore(bundle, e, 'Accept: Saturday'));
  });

  it('labels say what is done, not how nicely', () => {
    const labels = [...source.matchAll(/^\s*[*+]\s*(?:\{[^}]*\}\s*)?\[([^#\]]*)/gm)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(60);
    for (const label of labels) expect(label).not.toMatch(/\b(gently|kindly|warmly|together|carefully|sensitively|softly|nicely)\b/i);
  });
});

describe('carlos: when he says he will drive a bus anyway', () => {
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
      if (!pred(variantOf(bundle, seed))) continue;
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
    // Saying okay to it tells him it is safe: false reassurance, not a refusal affirmed.
    expect(optionMatching(e, 'Accept his plan').moves).toEqual(['false-reassurance']);
    expect(optionScore(bundle, e, 'Advise him plainly not to drive')).toBeGreaterThan(optionScore(bundle, e, 'Accept his plan'));
    const accepted = finish(take(fork(bundle, e), 'Accept his plan'), REST);
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

describe('carlos: asking straight about the risk', () => {
  const ASK_LOWS = 'Ask plainly about lows';
  const OPEN_ASK = 'Ask an open question: how has he been feeling';
  // A cooler visit than OPEN: his remedies acknowledged, not explored.
  const COOL = [
    'Steer to the result',
    'Explain plainly what the test measures',
    'Acknowledge how hard',
    'Tell him nopal is a good food',
    'Tick "none"',
    'Give him your recommendation straight',
    'Check the tablets',
    'Tease him',
    'Ask what matters most to him',
    'Answer briefly',
    'Thank him, and say no',
  ];
  const atLows = (start: Encounter, path: readonly string[]) => playTo(start, path, offers(ASK_LOWS));

  it('asking plainly about lows carries ask-about-risk and gives the reason; the open question beside it is open-question', () => {
    const e = atLows(Encounter.begin(bundle, firstSeed(bundle, () => true)), OPEN);
    expect(optionMatching(e, ASK_LOWS).moves).toEqual(['ask-about-risk', 'plain-language']);
    expect(optionMatching(e, OPEN_ASK).moves).toEqual(['open-question']);
    expect(transcriptText(take(fork(bundle, e), ASK_LOWS))).toContain('because it can take sugar too low, and you work under buses and drive them');
  });

  it('the straight question brings out the lows in runs where the open one does not, never the other way round, and there does better for his safety', () => {
    let straightOnly = 0;
    for (let seed = 1; seed <= 40; seed++) {
      for (const path of [OPEN, COOL]) {
        const e = atLows(Encounter.begin(bundle, seed), path);
        const straight = take(fork(bundle, e), ASK_LOWS);
        const open = take(fork(bundle, e), OPEN_ASK);
        if (inkVar(open, 'shaky')) expect(inkVar(straight, 'shaky'), `seed ${seed}`).toBe(true);
        if (inkVar(straight, 'shaky') && !inkVar(open, 'shaky')) {
          straightOnly++;
          expect(optionScore(bundle, e, ASK_LOWS)).toBeGreaterThan(optionScore(bundle, e, OPEN_ASK) + 1);
        }
      }
    }
    expect(straightOnly).toBeGreaterThan(0);
  });

  it('asking about market teas and capsules directly says why, and is ask-about-risk', () => {
    const ASK_TEAS = 'Ask directly about any other teas';
    const e = firstRun(bundle, (v) => v.herbs === 3, (start) => playTo(start, OPEN, offers(ASK_TEAS)));
    expect(optionMatching(e, ASK_TEAS).moves).toEqual(['ask-about-risk']);
    expect(transcriptText(take(e, ASK_TEAS))).toContain('Some teas and capsules change how the tablets work');
  });

  it('ringing Ana on speaker, as he asked, involves his family with his agreement (consult-family)', () => {
    const ANA = 'Ring Ana on speaker';
    const prefs = [...OPEN, 'Thank him for telling you', 'Lay out the options for the lows', 'Lay out the options, including'];
    const e = firstRun(bundle, (v) => v.wants === 3, (start) => playTo(start, prefs, offers(ANA)));
    expect(optionMatching(e, ANA).moves).toContain('consult-family');
    expect(optionMatching(e, ANA).moves).not.toContain('address-companion');
  });
});
