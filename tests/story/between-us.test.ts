// Story tests for "Between us" (Leah Brennan, 15, and her dad: confidentiality, Gillick competence
// and the Fraser guidelines, and sharing for safety). Each pins a teaching beat: what an option is
// tagged, what it leads to, and which option does best in which variant of the run; and the fixes
// a clinical educator asked for, so they cannot quietly come back. Seeds are found by looping over
// the variant each seed draws, never hard-coded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import type { OfferedChoice } from '../../src/engine/run-log';
import { randomPlaythrough } from '../../src/engine/random-play';
import {
  bestOption,
  currentText,
  finish,
  firstRun,
  fork,
  libraryBundle,
  offers,
  optionMatching,
  optionScore,
  playOn,
  playTo,
  says,
  take,
  transcriptText,
  variantOf,
} from './play';
import { STORY_DIR } from '../helpers';

const bundle = libraryBundle('between-us');
const source = fs.readFileSync(path.join(STORY_DIR, 'scenarios', 'between-us', 'main.ink'), 'utf8');

type Variant = Readonly<Record<string, number>>;

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
  "Ask whether it's her choice each time",
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
// ...and, once her dad is back, the rest of the visit and the evening.
const REST = [
  'Tell him that you and Leah have talked',
  'Tell him only that you need to talk to the safeguarding lead',
  "Tell him that's what he needs to know",
  'fix it with her',
  'Recommend a review next week',
  'Say no to your own number',
  'Make the referral with her today',
  "Tell him you can't tell him what Leah said",
  'Ring Leah on her own phone tonight',
];
const SHARE_TONIGHT = "you need to make sure she's safe tonight";

/** The first run, over the seeds whose variant fits, that `prefs` bring to the moment `at`. */
const reach = (fits: (v: Variant) => boolean, prefs: readonly string[], at: (e: Encounter) => boolean): Encounter =>
  firstRun(bundle, fits, (start) => playTo(start, prefs, at));

const score = (e: Encounter, pick: string) => optionScore(bundle, e, pick);
const best = (e: Encounter): OfferedChoice => bestOption(bundle, e);

/** Takes `pick`, then plays on to an ending by `prefs` and the rest of the visit. */
const finishWith = (e: Encounter, pick: string, prefs: readonly string[] = CAREFUL): Encounter => finish(take(e, pick), [...prefs, ...REST]);

/** Every choice written in main.ink: its label and its moves, in order (some are offered only in rare runs). */
const writtenChoices = [...source.matchAll(/^\s*[*+]\s*(?:\{[^}]*\}\s*)*\[([^\]]*)\]/gm)].map((m) => {
  const [label, ...tags] = m[1]!.split(' # ');
  return { label: label!.trim(), moves: tags.filter((t) => t.startsWith('move: ')).map((t) => t.slice('move: '.length).trim()) };
});

describe('between-us: the seed', () => {
  it('draws what Leah wants, who her partner is, what lies under the low mood, her dad and the event, and varies them', () => {
    const seen: Record<string, Set<number>> = { wants: new Set(), partner: new Set(), hurts: new Set(), dad_leaves: new Set(), event: new Set() };
    for (let seed = 1; seed <= 120; seed++) {
      const v = variantOf(bundle, seed);
      for (const k of Object.keys(seen)) seen[k]!.add(v[k]!);
      expect(Encounter.begin(bundle, seed).variant).toMatchObject(v);
    }
    expect([...seen.wants!].sort()).toEqual([1, 2, 3]);
    expect([...seen.partner!].sort()).toEqual([0, 1]);
    expect([...seen.hurts!].sort()).toEqual([0, 1, 2]);
    expect([...seen.dad_leaves!].sort()).toEqual([0, 1]);
    expect([...seen.event!].sort()).toEqual([1, 2]);
  });

  it("varies Leah's starting trust and autonomy", () => {
    const start = new Set(Array.from({ length: 40 }, (_, i) => { const v = Encounter.begin(bundle, i + 1).variables; return `${v.trust}/${v.autonomy}`; }));
    expect(start.size).toBeGreaterThan(6);
  });

  it('puts the school nurse letter on the record in one event and not the other', () => {
    const letter = reach((v) => v.event === 1, [], () => true);
    const none = reach((v) => v.event === 2, [], () => true);
    expect(transcriptText(letter)).toContain('school nursing team');
    expect(transcriptText(none)).not.toContain('school nursing team');
  });
});

describe('between-us: time alone, and the boundary with her dad', () => {
  const atAsk = offers('Say you see every patient her age on their own');

  it('making time alone routine holds a boundary, and beats asking Leah in front of him, the most sharing option', () => {
    for (const wants of [1, 3]) {
      const e = reach((v) => v.wants === wants, CAREFUL, atAsk);
      const routine = optionMatching(e, 'Say you see every patient her age');
      expect(routine.moves).toContain('hold-boundary');
      expect(best(e).text).toBe(routine.text);
      expect(score(e, 'Say you see every patient her age')).toBeGreaterThan(score(e, "Ask Leah, in front of her dad, whether she'd like some time"));
      const asked = take(fork(bundle, e), "Ask Leah, in front of her dad, whether she'd like some time");
      expect(transcriptText(asked)).toContain('He can stay.');
    }
  });

  it('when her dad pushes back, holding the line beats turning it into her decision in front of him', () => {
    const e = reach((v) => v.dad_leaves === 0, CAREFUL, offers('Hold it: at fifteen Leah can see you in confidence'));
    const hold = optionMatching(e, 'Hold it:');
    expect(hold.moves).toEqual(expect.arrayContaining(['hold-boundary', 'keep-confidence']));
    expect(best(e).text).toBe(hold.text);
    expect(score(e, 'Hold it:')).toBeGreaterThan(score(e, 'Turn to Leah: is she happy'));
  });

  it('never promises her dad that a worry about her safety would go to him: it would be acted on, with Leah told first', () => {
    const e = reach((v) => v.dad_leaves === 0, CAREFUL, offers('Hold it:'));
    const hold = optionMatching(e, 'Hold it:');
    expect(hold.text).toContain('a worry about her safety would always be acted on');
    expect(hold.text).not.toMatch(/tell him/);
    take(e, 'Hold it:');
    const said = currentText(e);
    expect(said).toContain("I wouldn't sit on it: I'd talk to Leah first and involve whoever needed to know");
    expect(said).not.toContain("worried about her safety, I'd tell you");
    // Nowhere in the scenario is her dad promised the safety worry.
    expect(source).not.toMatch(/safety, I'd tell you/);
  });

  it('tells Leah she would hear first wherever possible, not as an absolute promise', () => {
    const e = reach(() => true, CAREFUL, offers('Tell her what stays between you, and the one exception'));
    expect(optionMatching(e, 'Tell her what stays between you').text).toContain("you'd almost always tell her first");
    take(e, 'Tell her what stays between you');
    expect(currentText(e)).toContain("Even then, I'd talk to you first wherever I possibly could");
    expect(source).not.toMatch(/Even then, I'd tell you first|and then I'd tell you first/);
  });

  it('agreeing that at fifteen she needs her dad there is assuming incapacity, and costs her trust', () => {
    const e = reach((v) => v.dad_leaves === 0, CAREFUL, offers("Tell him he's right: she's under sixteen"));
    expect(optionMatching(e, "Tell him he's right").moves).toContain('assume-incapacity');
    const trust = e.variables.trust!;
    take(e, "Tell him he's right");
    expect(e.variables.trust!).toBeLessThan(trust - 5);
  });
});

describe('between-us: Gillick and Fraser', () => {
  const atRequest = offers("Tell her you'll need her dad's consent");

  it("telling her she needs her dad's consent is tagged as assuming incapacity; taking it back reopens the door", () => {
    const e = reach((v) => v.event === 2, CAREFUL, atRequest);
    expect(e.currentLines.some((l) => l.tags.disclose === 'contraception')).toBe(true);
    expect(optionMatching(e, "Tell her you'll need her dad's consent").moves).toEqual(['assume-incapacity']);
    take(e, "Tell her you'll need her dad's consent");
    expect(transcriptText(e)).toContain('Forget it, then.');
    const back = optionMatching(e, 'Take it back at once');
    expect(back.moves).toContain('apologise');
    take(e, 'Take it back at once');
    expect(transcriptText(e)).toContain('you can consent to contraception yourself, at fifteen, without your dad');
  });

  it('asking the safety questions before methods beats going straight to the options, the most sharing option', () => {
    for (const partner of [0, 1]) {
      const e = reach((v) => v.partner === partner, CAREFUL, atRequest);
      const ask = optionMatching(e, 'Tell her she can have contraception here without her dad');
      expect(ask.moves).toEqual(['keep-confidence', 'ask-about-risk']);
      expect(best(e).text).toBe(ask.text);
    }
  });

  it('asks, once and without pressure, whether she would involve her dad, and the narration leaves the answer to the player', () => {
    const e = reach(() => true, CAREFUL, says('the Fraser guidelines ask one more thing'));
    expect(currentText(e)).not.toContain('Try; not insist');
    const ask = optionMatching(e, "Ask whether there's any way she'd want her dad");
    expect(ask.moves).toEqual(expect.arrayContaining(['elicit-values', 'support-decision']));
    expect(score(e, "Ask whether there's any way")).toBeGreaterThan(score(e, "Tell her you'd really like her dad to know"));
  });
});

describe('between-us: the pill is the progestogen-only pill, throughout', () => {
  it('prescribing it quick-starts the mini-pill with two days of condoms, never an unnamed "pill" with the mini-pill bridge', () => {
    const e = reach(() => true, CAREFUL, offers('Prescribe the mini-pill'));
    take(e, 'Prescribe the mini-pill');
    const text = transcriptText(e);
    expect(text).toContain("Let's start you on the mini-pill.");
    expect(text).toContain('You prescribe the progestogen-only pill, starting today, with condoms for the first two days');
    expect(source.match(/You prescribe the (\S+)/g)).toEqual(['You prescribe the progestogen-only']);
  });

  it('only a pill goes on repeat; an implant run is offered the reminder to her dad instead, which he then sees', () => {
    const atRecord = offers('fix it with her');
    const pill = reach(() => true, [...CAREFUL.filter((p) => p !== 'Lay out all the options'), 'Prescribe the mini-pill', ...REST], atRecord);
    expect(optionMatching(pill, 'Put the pill on repeat').moves).toEqual(['comply-policy']);
    expect(offers('implant reminder')(pill)).toBe(false);

    const implant = reach((v) => v.wants === 1 && v.partner === 0 && v.hurts === 0, [...CAREFUL, ...REST], atRecord);
    expect(offers('Put the pill on repeat')(implant)).toBe(false);
    expect(optionMatching(implant, "Leave the Thursday implant reminder on her dad's number").moves).toEqual(['comply-policy']);
    expect(score(implant, 'fix it with her')).toBeGreaterThan(score(implant, 'Leave the Thursday implant reminder'));
    finishWith(implant, 'Leave the Thursday implant reminder');
    expect(implant.ending).toBe('between-us');
    expect(transcriptText(implant)).toContain("her dad's phone buzzes: a reminder of Leah's appointment");
  });
});

describe('between-us: the partner', () => {
  it('Connor, twenty-one and her boss: sharing for safety, after telling her, is the best option and never tagged rescue or breach', () => {
    const e = reach((v) => v.partner === 1, CAREFUL, offers('Tell her plainly that because of his age'));
    expect(transcriptText(e)).toContain("He's twenty-one. He's my supervisor");
    expect(e.currentLines.some((l) => l.tags.disclose === 'partner-age')).toBe(true);
    // The facts she gave, and no verdict from the narrator: the law is for the debrief.
    expect(currentText(e)).toContain('gifts, lifts, secrecy');
    expect(currentText(e)).not.toContain('In law');
    const share = optionMatching(e, 'Tell her plainly that because of his age');
    expect(share.moves).toContain('share-for-safety');
    expect(share.moves).not.toContain('rescue');
    expect(share.moves).not.toContain('breach-confidence');
    expect(best(e).text).toBe(share.text);
    expect(score(e, 'Tell her plainly')).toBeGreaterThan(score(e, "Say you won't tell anyone"));
    const kept = finishWith(fork(bundle, e), "Say you won't tell anyone");
    expect(kept.ending).toBe('kept-too-well');
    const dad = finishWith(fork(bundle, e), 'Bring her dad back in and tell him about Connor');
    expect(dad.ending).toBe('heard-it-from-you');
    finishWith(e, 'Tell her plainly that because of his age');
    expect(e.ending).toBe('told-first');
    expect(transcriptText(e)).toContain("You'll still get your contraception today.");
  });

  it('after a Connor share, her dad is told only that the safeguarding lead is being consulted, with no promise of who rings when', () => {
    const e = reach((v) => v.partner === 1, CAREFUL, offers('Tell him only that you need to talk to the safeguarding lead'));
    expect(transcriptText(e)).toContain("Dr Adeyinka will ring children's social care, today if she can.");
    take(e, 'Tell him only that you need to talk to the safeguarding lead');
    const said = currentText(e);
    expect(said).toContain('I need to talk to our safeguarding lead today about something Leah has told me');
    expect(said).toContain('Someone will be in touch with you, probably today.');
    expect(source).not.toMatch(/children's services will ring/);
  });

  it('the condom that split is Kai\'s: in a Connor run the pregnancy test rests on what she says about condoms', () => {
    const connor = reach((v) => v.partner === 1, CAREFUL, offers('Lay out all the options'));
    expect(currentText(connor)).toContain('She says they use condoms "mostly"');
    expect(transcriptText(connor)).not.toContain('when one split');
    const kai = reach((v) => v.partner === 0, CAREFUL, offers('Lay out all the options'));
    expect(currentText(kai)).toContain('three weeks ago, when one split');
  });

  it('Kai, sixteen and in her year: a blanket under-sixteen rule is policy applied as given, and costs her trust and the way back', () => {
    const e = reach((v) => v.partner === 0, CAREFUL, offers("Ask whether it's her choice each time"));
    const refer = optionMatching(e, "Tell her that because she's under sixteen, you'll have to let");
    expect(refer.moves).toEqual(['comply-policy']);
    expect(optionMatching(e, "Ask whether it's her choice each time").moves).toEqual(['ask-about-risk']);
    expect(best(e).text).toContain("Ask whether it's her choice each time");
    const before = e.variables;
    take(e, "Tell her that because she's under sixteen");
    expect(e.variables.trust!).toBeLessThan(before.trust!);
    expect(e.variables.door!).toBeLessThan(before.door!);
  });
});

describe('between-us: self-harm, and when it must be shared', () => {
  const atPlan = offers('Thank her, check how she is, and make a plan with her');

  it('she tells you about the cutting only if she trusts you: the same run told at high trust and denied at low', () => {
    const warm = reach((v) => v.hurts! >= 1, CAREFUL, atPlan);
    expect(warm.transcript.some((l) => l.tags.disclose === 'self-harm')).toBe(true);
    const cold = ['Give him two minutes on his own', 'Start on the tiredness', 'Say you see every patient her age', 'Hold it:', 'Promise her that nothing', 'Ask her straight out', 'Say that people her age come to you about all sorts', 'Go straight to the options', 'Skip it:', 'Prescribe the mini-pill', 'Leave it: one partner', "Ask whether there's anything else on her mind"];
    const e = playOn(Encounter.begin(bundle, warm.seed), cold, (x) => offers('Tell him that you and Leah have talked')(x) || offers('Stay with it')(x));
    expect(e.transcript.some((l) => l.tags.disclose === 'self-harm')).toBe(false);
  });

  it('with a plan and saved tablets, sharing for safety is best; without them, keeping her confidence and planning with her is', () => {
    const withPlan = reach((v) => v.hurts === 2, CAREFUL, atPlan);
    expect(transcriptText(withPlan)).toContain("I've been saving paracetamol");
    const share = optionMatching(withPlan, SHARE_TONIGHT);
    expect(share.moves).toEqual(expect.arrayContaining(['share-for-safety', 'act-on-risk']));
    expect(share.moves).not.toContain('rescue');
    expect(best(withPlan).text).toBe(share.text);

    const noPlan = reach((v) => v.hurts === 1, CAREFUL, atPlan);
    expect(transcriptText(noPlan)).toContain("It's not like that");
    const keep = optionMatching(noPlan, 'Thank her, check how she is, and make a plan with her');
    expect(keep.moves).toEqual(expect.arrayContaining(['keep-confidence', 'cooperative-goals']));
    expect(best(noPlan).text).toBe(keep.text);
    expect(score(noPlan, 'Thank her, check how she is')).toBeGreaterThan(score(noPlan, SHARE_TONIGHT));
  });

  it('sharing without having asked about suicide is not endorsed by what it turned out to find, and asking first does clearly better', () => {
    const atCut = offers('Ask to look at the cuts');
    const e = reach((v) => v.hurts === 2, CAREFUL, atCut);
    const asked = take(fork(bundle, e), 'Ask whether she has ever thought about ending her life');
    const unasked = take(fork(bundle, e), 'Ask to look at the cuts');
    const askedThenShared = score(e, 'Ask whether she has ever thought') + score(asked, SHARE_TONIGHT);
    const sharedUnasked = score(e, 'Ask to look at the cuts') + score(unasked, SHARE_TONIGHT);
    expect(askedThenShared).toBeGreaterThan(sharedUnasked + 20);
    // Acting on what she never said is worth less than half of acting on what she did.
    const safetyGain = (at: Encounter) => { const before = at.variables.safety!; return take(fork(bundle, at), SHARE_TONIGHT).variables.safety! - before; };
    expect(safetyGain(unasked)).toBeLessThan(safetyGain(asked) / 2);

    take(unasked, SHARE_TONIGHT);
    expect(currentText(unasked)).toContain('You have no way yet of knowing whether you were right: you never asked.');
    finish(unasked, REST);
    expect(unasked.ending).toBe('told-first');
    const text = transcriptText(unasked);
    expect(text).toContain('acting without asking happened to be right this time, and asking would have told you');
    expect(text).not.toMatch(/tells you you were right|you had seen enough to act/);
  });

  it('shares only what is needed: her dad hears about the risk and the tablets, not the contraception, and it ends Told first', () => {
    const e = reach((v) => v.hurts === 2, CAREFUL, atPlan);
    finishWith(e, SHARE_TONIGHT);
    const text = transcriptText(e);
    expect(text).toContain("Only that. Not anything else we've talked about.");
    expect(text).toContain("That's what you need to know for tonight. Anything else is Leah's to tell");
    expect(e.ending).toBe('told-first');
  });

  it('calling her dad in to tell him everything is a breach, even for safety', () => {
    const e = reach((v) => v.hurts === 2, CAREFUL, atPlan);
    expect(optionMatching(e, 'Call her dad back in and tell him everything').moves).toContain('breach-confidence');
    finishWith(e, 'Call her dad back in and tell him everything');
    expect(e.ending).toBe('heard-it-from-you');
  });
});

describe('between-us: what Leah wants decides the best move', () => {
  const toDad = [...CAREFUL, 'Leave mood for another appointment', 'Thank her, check how she is'];
  const atDad = offers("Ask Leah, in front of him, whether there's anything she'd like to tell him");

  it('when she wants her dad to know, helping her tell him beats keeping it; when she does not, keeping it beats asking her in front of him', () => {
    const helps = reach((v) => v.wants === 2 && v.partner === 0 && v.hurts! < 2, toDad, atDad);
    expect(best(helps).moves).toContain('support-decision');
    expect(score(helps, 'Ask Leah, in front of him')).toBeGreaterThan(score(helps, 'Tell him that you and Leah have talked'));
    finishWith(helps, 'Ask Leah, in front of him');
    expect(transcriptText(helps)).toContain("I'm going on the implant");

    const keeps = reach((v) => v.wants === 1 && v.partner === 0 && v.hurts! < 2, toDad, atDad);
    expect(best(keeps).moves).toContain('keep-confidence');
    expect(score(keeps, 'Tell him that you and Leah have talked')).toBeGreaterThan(score(keeps, 'Ask Leah, in front of him'));
    const told = finishWith(fork(bundle, keeps), 'Tell him the gist');
    expect(told.ending).toBe('heard-it-from-you');
  });

  it('"What would you do?" is an informed delegation: deciding as she asked beats handing it back, which costs trust', () => {
    const e = reach((v) => v.wants === 3, CAREFUL, says('What would you actually do, if you were me?'));
    expect(transcriptText(e)).toContain('None of them stop infections');
    expect(best(e).moves.some((m) => m === 'respect-delegation' || m === 'recommend-clearly')).toBe(true);
    expect(score(e, 'Decide, as she asked')).toBeGreaterThan(score(e, 'Hand it back'));
    const trust = e.variables.trust!;
    take(e, 'Hand it back');
    expect(e.variables.trust!).toBeLessThan(trust);
  });

  it('at the methods, a clear recommendation does best for the Leah who wants one, and the full menu for the Leah who wants to choose', () => {
    const atMethods = offers('Recommend the implant for her');
    const advise = reach((v) => v.wants === 3, CAREFUL, atMethods);
    expect(best(advise).moves).toContain('recommend-clearly');
    const choose = reach((v) => v.wants === 1, CAREFUL, atMethods);
    expect(best(choose).moves).toContain('offer-choice');
  });
});

describe('between-us: moments where sharing more is not the answer', () => {
  it('recommends an STI test clearly rather than leaving it as an offer', () => {
    const e = reach(() => true, CAREFUL, offers('Recommend a chlamydia and gonorrhoea test'));
    expect(best(e).moves).toContain('recommend-clearly');
    expect(score(e, 'Recommend a chlamydia')).toBeGreaterThan(score(e, 'Mention that STI tests are there'));
  });

  it('holds the boundary when she asks for your own number, and does better than promising to answer yourself', () => {
    const prefs = [...CAREFUL, 'Leave mood for another appointment', 'Thank her, check how she is', 'Tell him that you and Leah have talked', 'fix it with her', 'Recommend a review next week'];
    const e = reach(() => true, prefs, offers('Say no to your own number'));
    expect(optionMatching(e, 'Say no to your own number').moves).toContain('hold-boundary');
    expect(optionMatching(e, 'Give her your mobile number').moves).toContain('blur-boundary');
    expect(best(e).text).toContain('Say no to your own number');
    expect(score(e, 'Say no to your own number')).toBeGreaterThan(score(e, "Tell her she can message you through the practice's online form"));
  });

  it("on her dad's call, listening while keeping the confidence beats ending the call, and hears what he found", () => {
    // A run where the self-harm stays hidden in the consultation: the mood is left for another day.
    const quiet = CAREFUL.filter((p) => !p.startsWith("Ask how she's been") && !p.startsWith('Ask whether she has ever thought'));
    const prefs = [...quiet, 'Leave mood for another appointment', ...REST];
    const e = reach((v) => v.event === 2 && v.hurts! >= 1, prefs, offers("Tell him you can't tell him what Leah said"));
    const listen = optionMatching(e, "Tell him you can't tell him what Leah said");
    expect(listen.moves).toEqual(expect.arrayContaining(['hold-boundary', 'keep-confidence']));
    expect(score(e, "Tell him you can't tell him")).toBeGreaterThan(score(e, "Tell him you can't discuss his daughter"));
    take(e, "Tell him you can't tell him what Leah said");
    expect(e.transcript.some((l) => l.tags.disclose === 'dad-found')).toBe(true);
  });
});

describe('between-us: every option', () => {
  it('says what is done, not how nicely; carries a why line; and no safety action is tagged rescue or a breach', () => {
    const adverbs = /\b(gently|kindly|warmly|together|carefully|sensitively|softly|firmly)\b/i;
    const seen = new Map<string, OfferedChoice>();
    const reuse = Encounter.begin(bundle);
    for (let seed = 1; seed <= 150; seed++) randomPlaythrough(bundle, seed, { reuse, onStep: (e) => e.choices.forEach((c) => seen.set(c.text, c)) });
    expect(seen.size).toBeGreaterThan(100);
    for (const c of seen.values()) {
      expect(c.text, c.text).not.toMatch(adverbs);
      expect(c.why.length, c.text).toBeGreaterThanOrEqual(20);
      if (['act-on-risk', 'share-for-safety', 'ask-about-risk'].some((m) => c.moves.includes(m))) {
        expect(c.moves, c.text).not.toContain('rescue');
        expect(c.moves, c.text).not.toContain('breach-confidence');
      }
    }
  });

  it('tags each option by what it does: direct safety questions, policy applied as given, a promise that cannot be kept', () => {
    // Label (a piece of it) → the moves, in order: the first is the one the debrief asks about.
    const tagged: [string, string[]][] = [
      ['Tell her she can have contraception here without her dad', ['keep-confidence', 'ask-about-risk']],
      ["Ask whether it's her choice each time", ['ask-about-risk']],
      ['Ask the rest of what you ask everyone', ['ask-about-risk']],
      ["Ask how she's been in herself", ['ask-about-risk', 'plain-language']],
      ['Ask whether she has ever thought about ending her life', ['ask-about-risk', 'plain-language']],
      ['Ask Leah, in front of her dad, how her mood has been', ['address-patient', 'ask-about-risk', 'plain-language']],
      ["Hand it back: it's her body", ['offer-choice']],
      ['Tell her she can come back whenever she likes', ['offer-choice']],
      ['Phone the crisis team first', ['decide-for', 'detach']],
      ['Ask whether it could wait until her follow-up', ['defensive-response']],
      ["Tell her she can message you through the practice's online form", ['false-reassurance', 'authentic-connection']],
      ["Tell her that because she's under sixteen, you'll have to let", ['comply-policy']],
      ['Put the pill on repeat', ['comply-policy']],
      ["Leave the Thursday implant reminder on her dad's number", ['comply-policy']],
    ];
    expect(writtenChoices.length).toBeGreaterThan(100);
    for (const [label, moves] of tagged) {
      const found = writtenChoices.filter((c) => c.label.includes(label));
      expect(found.length, label).toBe(1);
      expect(found[0]!.moves, label).toEqual(moves);
    }
  });
});

describe('between-us: meta', () => {
  it('signposts support for self-harm, for under-19s and for a worry about exploitation, and warns of the overdose ending', () => {
    const support = (bundle.meta.support ?? []).join('\n');
    for (const number of ['116 123', '85258', '0800 068 4141', '0800 1111', '0808 800 5000', '999']) expect(support).toContain(number);
    expect(bundle.meta.contentNotes).toContain('In one ending, an overdose, survived (non-graphic)');
  });
});
