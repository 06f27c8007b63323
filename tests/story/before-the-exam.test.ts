// Story tests for "Before the exam" (Naomi Clarke, cervical screening with a trauma history).
// Each pins a fix from the clinical educator's review: what an option is tagged, what it leads
// to, and which option does best in which variant of the run. Seeds are found by looping, never
// hard-coded, so a change to what the story draws does not silently retarget a test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import type { OfferedChoice } from '../../src/engine/run-log';
import { randomPlaythrough } from '../../src/engine/random-play';
import { bestOption, firstRun, firstRunThrough, firstSeed, fork, libraryBundle, offers, optionMatching, optionScore, says, startOf, take, takeEach, transcriptText, variantOf } from './play';

const ID = 'before-the-exam';
const bundle = libraryBundle(ID);
// Seeds are looked for among the first 300.
const SEED_LIMIT = 301;

type Variant = Readonly<Record<string, number>>;

// When a disclosure scene interrupts a path, answer it by receiving what she said.
const THANK = 'Thank her; she needn\'t say more';
const DETOURS = { detours: [THANK], limit: SEED_LIMIT };

// Paths through the opening, in the options' own words.
const START = ["Say you'll ask her yourself", 'Tell her how the appointment will go', 'Ask the same questions in everyday words', 'Leave it;', 'Explain it in everyday words, step by step'];
const TO_DECISION = [...START, 'Offer her ways to steer', 'Name the imbalance'];
// The values step differs in event 2 (the unresolved HPV result): the plain disclosure replaces "six years overdue".
const GAP = /Be straight about the gap|Tell her what the old result means now/;
const GUARDED: (string | RegExp)[] = ["Say you'll ask her yourself", 'Take her at her word', 'Run through the form quickly', 'Reassure her: last time', 'Give her the clinical version', "Promise her you'll be quick", GAP];


describe('before-the-exam: the seed', () => {
  it('draws what Naomi wants, when she tells, and the morning, before the first choice, and varies them', () => {
    const seen = { wants: new Set<number>(), tells: new Set<number>(), event: new Set<number>() };
    for (let seed = 1; seed <= 30; seed++) {
      const v = variantOf(bundle, seed);
      seen.wants.add(v.wants!);
      seen.tells.add(v.tells!);
      seen.event.add(v.event!);
      expect(Encounter.begin(bundle, seed).variant).toEqual(v);
    }
    expect([...seen.wants].sort()).toEqual([1, 2, 3]);
    expect([...seen.tells].sort()).toEqual([0, 1, 2]);
    expect([...seen.event].sort()).toEqual([1, 2, 3]);
  });

  it('varies her starting trust and autonomy', () => {
    const start = new Set(Array.from({ length: 30 }, (_, i) => { const v = startOf(bundle, i + 1).variables; return `${v.trust}/${v.autonomy}`; }));
    expect(start.size).toBeGreaterThan(5);
  });

  it('changes when she tells you about nineteen: in writing at the start, later if trust builds, or never', () => {
    const early = firstSeed(bundle, (v) => v.tells === 1, SEED_LIMIT);
    const first = takeEach(Encounter.begin(bundle, early), ["Say you'll ask her yourself"], [THANK]);
    expect(first.currentLines.some((l) => l.tags.disclose === 'assault')).toBe(true);
    const never = firstSeed(bundle, (v) => v.tells === 0, SEED_LIMIT);
    expect(takeEach(Encounter.begin(bundle, never), ["Say you'll ask her yourself"], [THANK]).currentLines.some((l) => l.tags.disclose)).toBe(false);
  });
});

describe('before-the-exam: the offer of support after she discloses', () => {
  const enc = () => firstRunThrough(bundle, (v) => v.tells === 1, ["Say you'll ask her yourself"], offers('support for people'), DETOURS);

  it('is tagged with what it does, an offer she can take up or not, and never as rescue', () => {
    const offer = optionMatching(enc(), 'support for people');
    expect(offer.moves).toContain('offer-choice');
    expect(offer.moves).not.toContain('rescue');
  });

  it('leaves the choice with her: her autonomy does not fall, and she says not today', () => {
    const e = enc();
    const before = e.variables.autonomy!;
    take(e, 'support for people');
    expect(e.variables.autonomy!).toBeGreaterThanOrEqual(before);
    expect(transcriptText(e)).toContain('Not today');
  });
});

describe('before-the-exam: "What would you do?"', () => {
  const atDefer = says('What would you do?');

  it('is an informed delegation when she wants you to decide: deciding, openly, does best, and handing it back costs trust', () => {
    const e = firstRunThrough(bundle, (v) => v.wants === 3, [...TO_DECISION, 'Lay out her options'], atDefer, DETOURS);
    expect(transcriptText(e)).toContain("I know what the options are");
    const top = bestOption(bundle, e);
    expect(top.moves.some((m) => m === 'respect-delegation' || m === 'recommend-clearly')).toBe(true);
    expect(optionScore(bundle, e, 'Decide, as she asked')).toBeGreaterThan(optionScore(bundle, e, 'hand it back'));
    const trust = e.variables.trust!;
    take(e, 'hand it back');
    expect(e.variables.trust!).toBeLessThan(trust);
  });

  it('is deference when she feels she has no right to say no: affirming her choice does best', () => {
    const e = firstRunThrough(bundle, (v) => v.wants === 1, [...GUARDED, 'Lay out her options'], atDefer, DETOURS);
    expect(transcriptText(e)).toContain("You're the nurse");
    const top = bestOption(bundle, e);
    expect(top.moves).toContain('affirm-refusal');
    expect(optionScore(bundle, e, 'hand it back')).toBeGreaterThan(optionScore(bundle, e, 'Decide, as she asked'));
  });

  it('when she wanted her friend with her, the clear recommendation is that she need not decide today, and the plan is hers', () => {
    const e = firstRunThrough(bundle, (v) => v.wants === 2 && v.event !== 1, [...TO_DECISION, 'Lay out her options'], atDefer, DETOURS);
    const top = bestOption(bundle, e);
    expect(top.moves).toContain('recommend-clearly');
    takeEach(take(e, 'Give her your recommendation for her situation, with the reasons'), ['Plan the next appointment with her', 'Say yes: Jas can be there', "Ask Naomi what she'd like the alert", 'Tell her, as one person to another'], [THANK]);
    expect(transcriptText(e)).toContain("Don't decide anything today");
    expect(e.ending).toBe('postponed-her-choice');
  });
});

describe('before-the-exam: trauma-informed practice', () => {
  it('offers concrete control before any touch: stop signal, pace, smaller speculum, self-insertion, position, a chaperone', () => {
    const e = takeEach(Encounter.begin(bundle, 1), START, [THANK]);
    const menu = optionMatching(e, 'Offer her ways to steer');
    for (const part of ['stop signal', 'her own pace', 'smaller speculum', 'putting it in herself', 'lying on her side', 'a chaperone', 'someone with her for support']) expect(menu.text).toContain(part);
    expect(menu.text).not.toContain('chaperone of her choosing');
    expect(menu.moves).toEqual(expect.arrayContaining(['offer-control', 'ask-before-touch']));
    take(e, 'Offer her ways to steer');
    expect(transcriptText(e)).toContain("I'll only touch what the test needs, and I'll tell you before I do.");
  });

  it('is honest when no chaperone is free, and will not go ahead without the person she wanted', () => {
    const e = firstRunThrough(bundle, (v) => v.event === 1 && v.wants === 2, [...TO_DECISION, 'Lay out her options', 'Decide, as she asked'], offers("won't do it today without the person she wants"), DETOURS);
    expect(transcriptText(e)).toContain("she's covering reception this morning");
    expect(bestOption(bundle, e).moves).toContain('recommend-clearly');
    expect(optionScore(bundle, e, "won't do it today")).toBeGreaterThan(optionScore(bundle, e, "Ask her whether she'd rather go ahead"));
    // Offering to go ahead or come back is what the GMC describes; its why does not run it down.
    const ask = optionMatching(e, "Ask her whether she'd rather go ahead");
    expect(ask.why).toBe('Naomi is offered both, going ahead now or coming back when a chaperone is free, and says "I\'m here now"; whether that is nerve or endurance, you can ask.');
    expect(ask.moves).toEqual(['offer-choice', 'affirm-refusal']);
    // Bev chaperones and Jas is her support: two roles, not one or the other.
    const rec = optionMatching(e, "won't do it today");
    expect(rec.text).toContain('when Bev can chaperone and Jas can be with her');
    expect(rec.text).not.toContain('Bev or Jas');
    take(e, "won't do it today");
    expect(transcriptText(e)).toContain('a morning when Bev can chaperone and Jas can be with you');
  });

  it('stops when her hand goes up; "two more seconds" is the stopped-too-late ending', () => {
    const toSignal = [...TO_DECISION, 'Lay out her options'];
    const e = firstRunThrough(bundle, (v) => v.wants === 1, toSignal, says('Today. While I'), DETOURS);
    takeEach(e, ["Ask how she'd like to lie", 'as long as this takes', 'Offer again: she can put the speculum in herself'], [THANK]);
    expect(e.currentLines.some((l) => l.text.includes('her hand comes up'))).toBe(true);
    const stop = optionMatching(e, 'Stop at once');
    expect(stop.moves).not.toContain('proceed-regardless');
    const late = fork(bundle, e);
    takeEach(take(late, 'Two more seconds'), ['Apologise for not stopping sooner'], [THANK]);
    expect(late.ending).toBe('stopped-in-distress');
    takeEach(take(e, 'Stop, and tell her exactly what'), ['Ask how that was for her', "Ask Naomi what she'd like the alert", 'Tell her, as one person to another'], [THANK]);
    expect(e.ending).toBe('completed-with-control');
  });
});

describe('before-the-exam: where sharing more is not the answer', () => {
  const toSpeculum = (first: string): (string | RegExp)[] => [...GUARDED.slice(0, 5), first, 'Name the imbalance', 'Ask, "Shall we make a start?', 'Give the usual instruction', 'as long as this takes', 'Say what you\'re about to do and ask before you touch'];

  it('"Just carry on", through gritted teeth: stopping on what you see, openly, beats asking her again with the speculum in', () => {
    const e = (() => {
      for (const first of ["Promise her you'll be quick", 'Agree a stop signal']) {
        try {
          return firstRunThrough(bundle, () => true, toSpeculum(first), says('Just carry on. Just get it done.'), DETOURS);
        } catch {
          /* try the next way in */
        }
      }
      throw new Error('no path reaches the braced moment');
    })();
    const stop = optionMatching(e, 'Stop, take your hands away, and tell her why');
    expect(stop.moves).toEqual(['act-on-risk']);
    // Asking again with the speculum in goes on when she says yes, and the label says so.
    const ask = optionMatching(e, "ask whether she's sure");
    expect(ask.text).toContain('and go on if she says yes');
    expect(ask.moves).toContain('proceed-regardless');
    expect(ask.why).toBe('Naomi, braced with the speculum in, gives the answer that ends it soonest, through clenched teeth, and you go on.');
    const yes = fork(bundle, e);
    take(yes, "ask whether she's sure");
    expect(transcriptText(yes)).toContain('Yes. Go on. Please.');
    expect(transcriptText(yes)).toContain('the quietest smear you have taken all year');
    expect(bestOption(bundle, e).text).toBe(stop.text);
    expect(optionScore(bundle, e, 'Stop, take your hands away')).toBeGreaterThan(optionScore(bundle, e, "ask whether she's sure"));
    const carry = fork(bundle, e);
    take(carry, 'Carry on, as she asked');
    expect(transcriptText(carry)).toContain('the quietest smear you have taken all year');
    take(e, 'Stop, take your hands away');
    expect(transcriptText(e)).toContain('Sorry. I went somewhere.');
  });

  it('a silent freeze is not consent: stopping is acting on the risk, not rescue', () => {
    const e = firstRunThrough(bundle, () => true, [...GUARDED, 'Ask, "Shall we make a start?', 'Give the usual instruction', 'Call out "Two minutes!"', 'Begin without commentary'], says("She hasn't said stop."), DETOURS);
    const stop = optionMatching(e, 'Stop, hands away, and say her name');
    expect(stop.moves).toContain('act-on-risk');
    expect(stop.moves).not.toContain('rescue');
    expect(bestOption(bundle, e).text).toBe(stop.text);
    expect(optionScore(bundle, e, 'Stop, hands away')).toBeGreaterThan(optionScore(bundle, e, "Ask her whether she's okay for you to carry on"));
  });

  it('keeps to time after the examination when the clinic is running late, and not when it is not', () => {
    const done = says('I did it.');
    const path = [...TO_DECISION, 'Lay out her options'];
    const onward = (e: Encounter) => {
      if (offers('Decide, as she asked')(e)) takeEach(e, ['Decide, as she asked'], [THANK]);
      return takeEach(e, ["Ask how she'd like to lie", 'as long as this takes', 'Offer again: she can put the speculum in herself', 'Stop, and tell her exactly what'], [THANK]);
    };
    const reach = (fits: (v: Variant) => boolean) =>
      firstRun(
        bundle,
        (v) => fits(v) && v.wants !== 2,
        (start) => {
          const e = onward(takeEach(start, path, [THANK]));
          return done(e) ? e : null;
        },
        SEED_LIMIT,
      );
    const late = reach((v) => v.event === 3);
    expect(optionMatching(late, 'Keep to the slot').moves).toContain('keep-to-time');
    expect(bestOption(bundle, late).moves).toContain('keep-to-time');
    const onTime = reach((v) => v.event !== 3);
    expect(bestOption(bundle, onTime).moves).not.toContain('keep-to-time');
    expect(optionScore(bundle, onTime, 'Ask how that was for her')).toBeGreaterThan(optionScore(bundle, onTime, 'Keep to the slot'));
  });

  it('after a frozen examination, keeps her from driving off: a safety action, said openly, with her choices kept', () => {
    const e = firstRunThrough(bundle, () => true, [...GUARDED, 'Ask, "Shall we make a start?', 'Give the usual instruction', 'Call out "Two minutes!"', 'Begin without commentary', 'Keep going; she hasn\'t said stop'], offers("you don't want her driving yet"), DETOURS);
    const safe = optionMatching(e, "you don't want her driving yet");
    expect(safe.moves).toContain('act-on-risk');
    expect(safe.moves).not.toContain('rescue');
    expect(bestOption(bundle, e).text).toBe(safe.text);
  });
});

describe('before-the-exam: the previous abnormal result', () => {
  it('never offers a home kit as suitable when HPV was found last time and the early repeat is outstanding', () => {
    const e = firstRunThrough(bundle, (v) => v.event === 2 && v.wants === 1, [...GUARDED, 'Lay out her options'], () => true, DETOURS);
    expect(transcriptText(e)).toContain("The home kits aren't for you");
  });
});

describe('before-the-exam: a frozen "Mm" is not a yes', () => {
  const atFreeze = () => firstRunThrough(bundle, () => true, [...GUARDED, 'Ask, "Shall we make a start?', 'Give the usual instruction', 'Call out "Two minutes!"', 'Begin without commentary'], says("She hasn't said stop."), DETOURS);

  it('asking whether she is okay to carry on does not carry on by itself: the player chooses what to do with the sound', () => {
    const e = atFreeze();
    take(e, "Ask her whether she's okay for you to carry on");
    expect(e.ended).toBe(false);
    expect(transcriptText(e)).toContain('Mm.');
    expect(transcriptText(e)).not.toContain('You take it as yes');
    expect(transcriptText(e)).not.toContain('the quietest smear you have taken all year');
    const yes = optionMatching(e, 'Take the "mm" as a yes');
    expect(yes.moves).toEqual(['proceed-regardless']);
    const stop = optionMatching(e, 'a sound is not a yes');
    expect(stop.moves).toContain('act-on-risk');
    expect(stop.moves).not.toContain('rescue');
    expect(bestOption(bundle, e).text).toBe(stop.text);
    // Waiting for a go-ahead signal leaves the speculum in while she is frozen: it shares more, and does worse.
    expect(optionScore(bundle, e, 'a sound is not a yes')).toBeGreaterThan(optionScore(bundle, e, 'lift her hand'));
  });

  it('taking the sound as a yes is the frozen sample; stopping brings her back to choose', () => {
    const e = atFreeze();
    take(e, "Ask her whether she's okay for you to carry on");
    const carried = fork(bundle, e);
    take(carried, 'Take the "mm" as a yes');
    expect(transcriptText(carried)).toContain('the quietest smear you have taken all year');
    take(carried, 'Tell her the results will come in about two weeks');
    expect(carried.ending).toBe('completed-but-dissociated');
    take(e, 'a sound is not a yes');
    expect(transcriptText(e)).toContain('Sorry. I went somewhere.');
  });
});

describe("before-the-exam: the reviewer's other fixes", () => {
  it('turning the student away without asking her decides for her on the old note (decide-for, repeat-label); asking her alone does better', () => {
    const seed = firstSeed(bundle, (v) => v.tells !== 1, SEED_LIMIT);
    const e = Encounter.begin(bundle, seed);
    const decline = optionMatching(e, 'Tell him not this one');
    expect(decline.moves).toEqual(['decide-for', 'repeat-label']);
    expect(decline.moves).not.toContain('act-on-structure');
    expect(decline.why).toContain('never asked');
    expect(optionScore(bundle, e, "Say you'll ask her yourself")).toBeGreaterThan(optionScore(bundle, e, 'Tell him not this one'));
    // She is not told what was decided: the run says nothing of a decision taken from her.
    take(e, 'Tell him not this one');
    expect(transcriptText(e)).not.toContain('a decision that was hers to make');
  });

  it('asking her again about the student, out of his hearing, checks that her yes was real (test-consent)', () => {
    const e = firstRunThrough(bundle, () => true, ['Bring him in now', 'Tell her how the appointment will go', 'Ask the same questions in everyday words', 'Leave it;', 'Explain it in everyday words, step by step', 'Offer her ways to steer', 'Name the imbalance', 'Ask, "Shall we make a start?'], offers('Step inside the curtain'), DETOURS);
    expect(optionMatching(e, 'Step inside the curtain').moves).toEqual(['test-consent', 'affirm-refusal']);
  });

  it('saying the clinic may mean a wait, and when you will ring, names a limit honestly', () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, '../../story/scenarios/before-the-exam/main.ink'), 'utf8');
    expect(source).toMatch(/\[Say you'll need to check what exists locally[^\]\n]*# move: honest-limit #/);
  });

  it('when she declines the student, she declines any observer, not him', () => {
    const e = takeEach(Encounter.begin(bundle, 1), ["Say you'll ask her yourself"], [THANK]);
    expect(transcriptText(e)).toContain("Not anyone extra, not today. It's not about him.");
  });

  it('"quick, safe hands" is tagged as the false reassurance it is', () => {
    const e = takeEach(Encounter.begin(bundle, 1), START, [THANK]);
    expect(optionMatching(e, "Promise her you'll be quick").moves).toContain('false-reassurance');
  });

  it('with an unresolved HPV result, saying plainly what it means and advising a test soon does best; "six years overdue" is not offered', () => {
    const e = firstRunThrough(bundle, (v) => v.event === 2, [...START, 'Offer her ways to steer'], offers('Tell her what the old result means now'), DETOURS);
    expect(e.choices.some((c) => c.text.includes('Be straight about the gap'))).toBe(false);
    const plain = optionMatching(e, 'Tell her what the old result means now');
    expect(plain.moves).toEqual(['recommend-clearly', 'transparent-disclosure']);
    expect(bestOption(bundle, e).text).toBe(plain.text);
    expect(optionScore(bundle, e, 'Tell her what the old result means now')).toBeGreaterThan(optionScore(bundle, e, 'Name the imbalance'));
    const other = firstRunThrough(bundle, (v) => v.event !== 2, [...START, 'Offer her ways to steer'], offers('Name the imbalance'), DETOURS);
    expect(other.choices.some((c) => c.text.includes('Tell her what the old result means now'))).toBe(false);
    expect(other.choices.some((c) => c.text.includes('Be straight about the gap'))).toBe(true);
  });

  it("a staff chaperone as well as Jas is the nurse's own condition, said with the reason, not \"practice policy\"", () => {
    const e = firstRunThrough(bundle, (v) => v.wants === 2 && v.event !== 1, [...TO_DECISION, 'Lay out her options', 'Give her your recommendation for her situation, with the reasons', 'Plan the next appointment with her'], offers('Say yes: Jas can be there'), DETOURS);
    const both = optionMatching(e, "you'd want Bev there as well");
    expect(both.moves).toEqual(['hold-boundary']);
    expect(both.text).not.toContain('policy');
    expect(bestOption(bundle, e).text).toContain('Say yes: Jas can be there');
    const autonomy = e.variables.autonomy!;
    take(e, "you'd want Bev there as well");
    expect(autonomy - e.variables.autonomy!).toBeLessThanOrEqual(1);
    expect(transcriptText(e)).toContain("That's my condition, not a rule you've broken.");
  });

  it('the recommended plan offers a sign on the door, and a lock only if she wants it', () => {
    const e = firstRunThrough(bundle, (v) => v.wants === 2, [...TO_DECISION, 'Lay out her options', "Say what you'd weigh"], offers('Recommend the option you think fits'), DETOURS);
    take(e, 'Recommend the option you think fits');
    const text = transcriptText(e);
    expect(text).toContain("a sign on the door, no interruptions, locked if you'd like");
    expect(text).not.toContain('first thing, door locked');
  });

  it('gives the learner playing alone somewhere to turn, and keeps friend and chaperone apart in the objectives', () => {
    const meta = bundle.meta as typeof bundle.meta & { support?: string[] };
    expect(meta.support?.some((l) => l.includes('0808 500 2222'))).toBe(true);
    expect(meta.support?.some((l) => /GP/.test(l) && /sexual assault referral centre/.test(l))).toBe(true);
    expect(meta.objectives.join(' ')).toContain("a chaperone offered, and a support person of the patient's choosing");
    expect(meta.objectives.join(' ')).not.toContain("chaperone of the patient's choosing");
  });

  it('the guide quotes the GMC as it is: the clinician may offer to delay', () => {
    const guide = fs.readFileSync(path.join(import.meta.dirname, '../../docs/scenarios/before-the-exam.md'), 'utf8');
    expect(guide.includes('expects the examination to be delayed')).toBe(false);
    expect(guide.includes('offer to delay')).toBe(true);
  });
});

describe('before-the-exam: every option', () => {
  it('says what is done, not how nicely, and no safety action is tagged rescue', () => {
    const adverbs = /\b(gently|kindly|warmly|together|carefully|sensitively|softly)\b/i;
    const seen = new Map<string, OfferedChoice>();
    const reuse = Encounter.begin(bundle);
    for (let seed = 1; seed <= 80; seed++) {
      randomPlaythrough(bundle, seed, { reuse, onStep: (e) => e.choices.forEach((c) => seen.set(c.text, c)) });
    }
    expect(seen.size).toBeGreaterThan(80);
    for (const c of seen.values()) {
      expect(c.text.replace('heels together', 'heels'), c.text).not.toMatch(adverbs);
      // Quoted speech aside ("It'll be over in a minute, honestly."), no label says how honest or plain it is.
      expect(c.text.replace(/"[^"]*"/g, ''), c.text).not.toMatch(/\b(be honest|honestly|plainly|cheerfully)\b/i);
      expect(c.why.length, c.text).toBeGreaterThanOrEqual(20);
      if (c.moves.includes('act-on-risk')) expect(c.moves, c.text).not.toContain('rescue');
    }
  });
});
