// Story tests for "The assessment": the teaching beats of a Mental Health Act assessment at
// home, pinned so they cannot quietly break. Each test finds the seed it needs by looping over
// seeds (what the run drew), then plays the scene by the text of its options.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { STORY_DIR } from '../helpers';
import { firstSeed, fork, libraryBundle, offers, optionMatching, optionScore, playOn, startOf, take, transcriptText } from './play';

const bundle = libraryBundle('the-assessment');
const source = fs.readFileSync(path.join(STORY_DIR, 'scenarios', 'the-assessment', 'main.ink'), 'utf8');

type Variant = Readonly<Record<string, number>>;

// The recommendation's two labels, the same in every run: the learner judges which is right.
const SECTION_2 = 'Recommend section 2, and tell Marta yourself';
const NO_SECTION = "Don't recommend detention, and tell Marta";
const TO_TIME = "Tell Bronwen you'll give her your recommendation now";
// The two decisions when she asks you to choose.
const JUNIPER = 'Decide, as she asked: Juniper tonight';
const HOME = 'Decide, as she asked: home tonight';
const THREAT = "if she doesn't come in voluntarily";

/** The move ids on the choice whose label contains `label`, read from the ink source (for tags at points that are slow to reach). */
function movesIn(label: string): string[] {
  const lines = source.split('\n').filter((l) => /^\s*[*+]/.test(l) && l.includes(label));
  if (lines.length !== 1) throw new Error(`${lines.length} choices name "${label}"`);
  return [...lines[0]!.matchAll(/# move: ([\w-]+)/g)].map((m) => m[1]!);
}

// A path that builds trust, finds the risks and the body, and helps her decide, whatever the run drew.
const OPEN = [
  'Tell Owen you',
  'Tell her who you both are',
  'Ask Marta which language',
  'Ask her to tell you about the last few weeks',
  'without Owen for a while',
  "Tell Mr Dale you can't discuss",
  'Offer her a break',
  'Ask her about the car, about tonight',
  "you'll have to tell Owen and Bronwen about the key",
  'Ask whether you may look at her hands',
  "Tell her you're worried the lithium",
  'Explain the choice in plain words',
  'Tell her what you can do',
  'Bronwen and you will arrange',
];
// ...and the rest of the evening, after what happens to her is decided.
const REST = [
  TO_TIME,
  SECTION_2,
  NO_SECTION,
  'Tell her what informal means',
  'Ask Marta what would make going easier',
  'Make the plan with Marta and Owen',
  "Tell her she mustn't drive",
  'Write what you saw and heard',
  'Tell Marta and Owen you have to go',
];
// A path where nobody builds the trust that would let her tell you anything she holds back.
const CLOSED = [
  "Let Owen tell you what's happened",
  "Say you've come to see how she's doing",
  'Use Ewa throughout',
  'Ask Owen to give you the timeline',
  'Ask Owen what happened; he was there',
  "Tell Mr Dale she's being assessed",
  'Carry on with the questions',
  'Ask her about the car, about tonight',
  'Ask about her body',
  "Say she's in a manic relapse",
];

describe('the assessment: the variant comes from the seed', () => {
  // How seeds 1 to 200 start, remembered in play.ts for the seed look-ups of the tests below.
  const runs = Array.from({ length: 200 }, (_, i) => startOf(bundle, i + 1));

  it('draws every variation value, and her starting trust and autonomy, before the first choice', () => {
    const seen = (name: string) => new Set(runs.map((e) => e.variant[name]));
    expect(seen('wants')).toEqual(new Set([1, 2, 3]));
    expect(seen('drove')).toEqual(new Set([0, 1]));
    expect(seen('tells')).toEqual(new Set([1, 2, 3]));
    expect(seen('htt')).toEqual(new Set([0, 1]));
    expect(seen('owen_view')).toEqual(new Set([1, 2]));
    expect(seen('halina')).toEqual(new Set([0, 1]));
    expect(seen('english')).toEqual(new Set([1, 2]));
    expect(seen('dale')).toEqual(new Set([0, 1]));
    for (const v of bundle.meta.variation!) for (const value of seen(v.name)) expect(Object.keys(v.values)).toContain(String(value));
    expect(new Set(runs.map((e) => e.variables.trust)).size).toBeGreaterThan(3);
    expect(new Set(runs.map((e) => e.variables.autonomy)).size).toBeGreaterThan(3);
  });

  it('the same seed gives the same variant, and twelve seeds give many', () => {
    expect(Encounter.begin(bundle, 7).variant).toEqual(Encounter.begin(bundle, 7).variant);
    const twelve = new Set(runs.slice(0, 12).map((e) => JSON.stringify(e.variant)));
    expect(twelve.size).toBeGreaterThanOrEqual(10);
  });

  it('declares the variation, the stakes and the endings in meta.json', () => {
    expect(bundle.meta.variation?.map((v) => v.name)).toEqual(['wants', 'drove', 'tells', 'htt', 'owen_view', 'halina', 'english', 'dale']);
    expect(bundle.meta.stakes?.map((s) => [s.name, Math.sign(s.weight)])).toEqual([
      ['safety', 1],
      ['restriction', -1],
      ['waiting', -1],
    ]);
    expect(bundle.meta.endings.map((e) => e.id)).toEqual(['home-with-support', 'walked-in', 'detained-openly', 'detained-over-her', 'left-at-risk']);
  });

  it('her mother, the neighbour and the crisis team appear only in the runs that drew them', () => {
    const halina = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.halina === 1)), OPEN, offers('Lay out the real options'));
    expect(halina.transcript.some((l) => l.tags.speaker === 'halina')).toBe(true);
    const none = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.halina === 0)), OPEN, offers('Lay out the real options'));
    expect(none.transcript.some((l) => l.tags.speaker === 'halina')).toBe(false);
    const dale = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.dale === 1)), OPEN, offers('Offer her a break'));
    expect(dale.transcript.some((l) => l.tags.speaker === 'dale')).toBe(true);
    const team = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.htt === 1)), OPEN, offers('Lay out the real options'));
    expect(transcriptText(team)).toContain('They can be here at half past ten tonight');
    const noTeam = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.htt === 0)), OPEN, offers('Lay out the real options'));
    expect(transcriptText(noTeam)).toContain('Nothing tonight');
  });
});

describe('the assessment: detention, when the criteria are met and the alternatives fail', () => {
  // She wants to stay home, she drove at three this morning, and no crisis team can come tonight.
  const seed = () => firstSeed(bundle, (v) => v.wants === 1 && v.drove === 1 && v.htt === 0 && v.tells === 3);
  const toRecommend = () => playOn(Encounter.begin(bundle, seed()), [...OPEN, 'Lay out the real options', TO_TIME], offers(SECTION_2));

  it('recommending section 2 openly is power used for her: least-restrictive and act-on-risk, never rescue or decide-for', () => {
    const e = toRecommend();
    const s2 = optionMatching(e, SECTION_2);
    expect(s2.moves).toEqual(['least-restrictive', 'act-on-risk']);
    expect(s2.moves).not.toContain('rescue');
    expect(s2.moves).not.toContain('decide-for');
    expect(optionScore(bundle, e, SECTION_2)).toBeGreaterThan(optionScore(bundle, e, NO_SECTION) + 10);
    expect(optionScore(bundle, e, SECTION_2)).toBeGreaterThan(optionScore(bundle, e, 'Sign the recommendation in the kitchen') + 10);
    expect(optionScore(bundle, e, SECTION_2)).toBeGreaterThan(optionScore(bundle, e, 'Recommend section 3') + 5);
  });

  it('is not punished: it ends in Detained, and told why, with the law stated right', () => {
    const e = playOn(toRecommend(), REST);
    expect(e.ending).toBe('detained-openly');
    const text = transcriptText(e);
    expect(text).toContain('detained under section 2 of the Mental Health Act');
    expect(text).toContain('for up to twenty-eight days');
    expect(text).toContain('appeal to a tribunal within fourteen days');
    expect(text).toContain('an advocate, independent of all of us');
    expect(text).toContain('Bronwen makes the decision to apply');
    expect(text).toContain('signs the second recommendation');
  });

  it('tells an objecting nearest relative what he can and cannot do under section 2', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1 && v.drove === 1 && v.htt === 0 && v.owen_view === 2)), [...OPEN, 'Lay out the real options', TO_TIME, SECTION_2], offers('Ask Marta what would make going easier'));
    const text = transcriptText(e);
    expect(text).toContain("For a section 2 you can't stop the application");
    expect(text).toContain("seventy-two hours' notice");
  });

  it('section 3 is stopped by the nearest relative who objects, and is the wrong section anyway', () => {
    const objects = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1 && v.drove === 1 && v.htt === 0 && v.owen_view === 2)), [...OPEN, 'Lay out the real options', TO_TIME], offers('Recommend section 3'));
    take(objects, 'Recommend section 3');
    expect(transcriptText(objects)).toContain("if he objects I can't apply");
    const agrees = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1 && v.drove === 1 && v.htt === 0 && v.owen_view === 1)), [...OPEN, 'Lay out the real options', TO_TIME], offers('Recommend section 3'));
    take(agrees, 'Recommend section 3');
    expect(transcriptText(agrees)).toContain("It's a 2.");
    playOn(agrees, REST);
    expect(agrees.ending).toBe('detained-over-her');
  });

  it('when the AMHP must decide, keeping to time beats another half hour, and leaving it to her is no answer', () => {
    const e = playOn(Encounter.begin(bundle, seed()), [...OPEN, 'Lay out the real options'], offers(TO_TIME));
    expect(optionMatching(e, TO_TIME).moves).toContain('keep-to-time');
    expect(optionScore(bundle, e, TO_TIME)).toBeGreaterThan(optionScore(bundle, e, 'Ask for another half hour'));
    expect(optionScore(bundle, e, TO_TIME)).toBeGreaterThan(optionScore(bundle, e, "Tell Bronwen it's her application"));
  });
});

describe('the assessment: the least restrictive road, when home can hold', () => {
  it('a threat of section is leverage, not consent, and Bronwen names it', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1 && v.htt === 1 && v.drove === 0 && v.tells === 3)), OPEN, offers(THREAT));
    const threat = optionMatching(e, THREAT);
    expect(threat.moves).toEqual(['leverage-dependence', 'rush-decision']);
    take(e, THREAT);
    expect(transcriptText(e)).toContain("You don't threaten people into hospital");
    // With the crisis team coming tonight, the folder stays shut: not detaining is the least restrictive answer.
    playOn(e, [TO_TIME], offers(SECTION_2));
    const stay = optionMatching(e, NO_SECTION);
    expect(stay.moves).toEqual(['affirm-refusal', 'least-restrictive']);
    expect(optionScore(bundle, e, NO_SECTION)).toBeGreaterThan(optionScore(bundle, e, SECTION_2) + 20);
    // Two recommendations do not oblige the AMHP to apply: Bronwen declines, and Marta heard who wanted it.
    const overreach = playOn(take(fork(bundle, e), SECTION_2), REST);
    expect(transcriptText(overreach)).toContain("Two medical recommendations don't oblige me to apply");
    expect(transcriptText(overreach)).toContain('Bronwen declined to apply');
    const home = playOn(take(e, NO_SECTION), REST);
    expect(home.ending).toBe('home-with-support');
    expect(overreach.variables.trust!).toBeLessThan(home.variables.trust!);
  });

  it('a yes taken under threat is not an informal admission: it ends Decided over her', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 2 && v.tells === 3)), OPEN, offers(THREAT));
    take(e, THREAT);
    expect(transcriptText(e)).toContain('Since I have no choice');
    const taken = playOn(take(fork(bundle, e), 'Take the yes'), REST);
    expect(taken.ending).toBe('detained-over-her');
    expect(transcriptText(taken)).toContain('section 5(4)');
    const backed = optionMatching(e, 'Take the threat back');
    expect(backed.moves).toContain('affirm-refusal');
    const freed = playOn(take(e, 'Take the threat back'), REST);
    expect(freed.ending).toBe('walked-in');
  });

  it('she comes in on her own agreement when she wants to, and a recommendation to detain her anyway is refused by the AMHP', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 2 && v.tells === 3)), [...OPEN, 'Lay out the real options'], offers('Tell her what informal means'));
    expect(transcriptText(e)).toContain('I walk in');
    expect(optionScore(bundle, e, 'Tell her what informal means')).toBeGreaterThan(optionScore(bundle, e, 'Recommend detaining her anyway') + 20);
    const anyway = playOn(take(fork(bundle, e), 'Recommend detaining her anyway'), REST);
    expect(transcriptText(anyway)).toContain("The Code says detention isn't usually right then");
    expect(transcriptText(anyway)).toContain("I'm not applying");
    const walked = playOn(e, REST);
    expect(walked.ending).toBe('walked-in');
    expect(anyway.variables.trust!).toBeLessThan(walked.variables.trust!);
  });
});

describe('the assessment: "You choose. I\'ll do what you say."', () => {
  const toDelegation = (pred: (v: Variant) => boolean) =>
    playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 3 && v.tells === 3 && pred(v))), [...OPEN, 'Lay out the real options'], offers(JUNIPER));

  it('once informed, a Marta who asks you to decide is served by respect-delegation, and is made to choose again at a cost', () => {
    const e = toDelegation((v) => v.htt === 1 && v.drove === 0);
    expect(transcriptText(e)).toContain('I understand the roads');
    for (const pick of [JUNIPER, HOME]) expect(optionMatching(e, pick).moves).toEqual(['respect-delegation']);
    expect(optionScore(bundle, e, HOME)).toBeGreaterThan(optionScore(bundle, e, 'Hand it back') + 10);
    expect(optionScore(bundle, e, HOME)).toBeGreaterThan(optionScore(bundle, e, 'Decide it with Owen') + 10);
    const handed = take(fork(bundle, e), 'Hand it back');
    expect(handed.variables.trust!).toBeLessThan(e.variables.trust!);
    playOn(take(e, HOME), REST);
    expect(e.ending).toBe('home-with-support');
  });

  it('deciding for her is a judgement too: home when the crisis team can come, Juniper when home cannot hold', () => {
    const team = toDelegation((v) => v.htt === 1 && v.drove === 0);
    expect(optionScore(bundle, team, HOME)).toBeGreaterThan(optionScore(bundle, team, JUNIPER) + 10);
    expect(transcriptText(take(fork(bundle, team), JUNIPER))).toContain('The crisis team could have been here at half ten');
    const noTeam = toDelegation((v) => v.htt === 0 && v.drove === 1);
    expect(optionScore(bundle, noTeam, JUNIPER)).toBeGreaterThan(optionScore(bundle, noTeam, HOME) + 10);
    expect(playOn(take(fork(bundle, noTeam), JUNIPER), REST).ending).toBe('walked-in');
    expect(playOn(take(noTeam, HOME), REST).ending).toBe('left-at-risk');
  });

  it('a Marta who wants a say is better served by the options laid out than by a recommendation; one who wants you to decide, the other way round', () => {
    const at = (pred: (v: Variant) => boolean) => playOn(Encounter.begin(bundle, firstSeed(bundle, pred)), OPEN, offers('Lay out the real options'));
    const decider = at((v) => v.wants === 1 && v.htt === 1 && v.drove === 0 && v.tells === 3);
    expect(optionScore(bundle, decider, 'Lay out the real options')).toBeGreaterThan(optionScore(bundle, decider, 'Give her your recommendation straight'));
    const delegator = at((v) => v.wants === 3 && v.tells === 3);
    expect(optionScore(bundle, delegator, 'Give her your recommendation straight')).toBeGreaterThan(optionScore(bundle, delegator, 'Lay out the real options'));
  });
});

describe('the assessment: capacity', () => {
  it('assuming incapacity from the diagnosis is named as such, and supporting the decision finds she can decide, with the MHA point made', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.english === 1 && v.tells === 3)), OPEN, offers('Explain the choice in plain words'));
    expect(optionMatching(e, "Say she's in a manic relapse").moves).toEqual(['assume-incapacity']);
    expect(optionMatching(e, 'Explain the choice in plain words').moves).toEqual(['support-decision', 'plain-language']);
    const assumed = take(fork(bundle, e), "Say she's in a manic relapse");
    expect(transcriptText(assumed)).toContain("Capacity's decision-specific, and a diagnosis isn't an assessment");
    take(e, 'Explain the choice in plain words');
    const text = transcriptText(e);
    expect(text).toContain('On this question, tonight, she can decide');
    expect(text).toContain("The Act doesn't need her to lack it");
  });
});

describe('the assessment: what she holds back needs trust', () => {
  it('the plan for tonight comes out on an open path and not on a closed one', () => {
    const seed = firstSeed(bundle, (v) => v.tells === 1 && v.drove === 0);
    const open = playOn(Encounter.begin(bundle, seed), OPEN, offers('Ask about her body'));
    expect(open.transcript.map((l) => l.tags.disclose)).toContain('tonight');
    const closed = playOn(Encounter.begin(bundle, seed), CLOSED, offers('Ask about her body'));
    expect(closed.transcript.map((l) => l.tags.disclose)).not.toContain('tonight');
  });

  it('when she asks you to keep the key from Owen, sharing for safety beats keeping the confidence and beats going behind her back', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.tells === 1 && v.drove === 0)), OPEN.filter((p) => !p.includes('tell Owen and Bronwen')), offers('Agree to keep it between you'));
    expect(optionMatching(e, "you'll have to tell Owen and Bronwen about the key").moves).toEqual(['share-for-safety']);
    expect(optionScore(bundle, e, "you'll have to tell Owen and Bronwen about the key")).toBeGreaterThan(optionScore(bundle, e, 'Agree to keep it between you') + 10);
    expect(optionScore(bundle, e, "you'll have to tell Owen and Bronwen about the key")).toBeGreaterThan(optionScore(bundle, e, 'Go to the kitchen and tell Owen'));
  });

  it('a spare key nobody found goes to St Ives at two: home with the key unfound is Left at risk', () => {
    const seed = firstSeed(bundle, (v) => v.tells === 1 && v.wants === 1 && v.htt === 1 && v.drove === 0);
    const e = playOn(Encounter.begin(bundle, seed), [...CLOSED, 'Explain the choice in plain words', 'Acknowledge it', 'Bronwen and you will arrange', 'Lay out the real options', 'Make the plan with Marta and Owen', 'Take the keys from the bowl yourself', 'Write what you saw', 'Tell Marta and Owen you have to go']);
    expect(e.ending).toBe('left-at-risk');
    expect(transcriptText(e)).toContain('St Ives');
  });

  it('a disclosure of the lithium makes the body the first thing, openly: act-on-risk, and the emergency department', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.tells === 2)), OPEN, offers("Tell her you're worried the lithium"));
    expect(e.transcript.map((l) => l.tags.disclose)).toContain('lithium');
    const act = optionMatching(e, "Tell her you're worried the lithium");
    expect(act.moves).toEqual(['act-on-risk', 'plain-language']);
    expect(optionScore(bundle, e, "Tell her you're worried the lithium")).toBeGreaterThan(optionScore(bundle, e, 'Ask her whether she\'d like a blood test') + 10);
    take(e, "Tell her you're worried the lithium");
    expect(transcriptText(e)).toContain('emergency department tonight');
  });

  it('leaving the body to the ward doctor, when she is being sick on a double dose, ends Left at risk', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.tells === 2 && v.wants === 1 && v.htt === 1)), [...OPEN.map((p) => (p.startsWith('Ask whether you may look') ? 'Leave the physical side' : p)), 'Lay out the real options', ...REST]);
    expect(e.ending).toBe('left-at-risk');
    expect(transcriptText(e)).toContain('lithium level of 2.9');
  });

  it('a Marta asked about her body is served by asking; one being sick on lithium, by looking at her hands', () => {
    const at = (pred: (v: Variant) => boolean) => playOn(Encounter.begin(bundle, firstSeed(bundle, pred)), CLOSED.slice(0, 7).concat('Ask her about the car, about tonight'), offers('Ask whether you may look at her hands'));
    const well = at((v) => v.tells === 3);
    expect(optionScore(bundle, well, 'Ask about her body')).toBeGreaterThan(optionScore(bundle, well, 'Ask whether you may look at her hands'));
    const sick = at((v) => v.tells === 2);
    expect(optionScore(bundle, sick, 'Ask whether you may look at her hands')).toBeGreaterThan(optionScore(bundle, sick, 'Ask about her body'));
  });
});

describe('the assessment: the car, and the language', () => {
  const toKeys = (pred: (v: Variant) => boolean) => playOn(Encounter.begin(bundle, firstSeed(bundle, pred)), [...OPEN, 'Lay out the real options', 'Give her your recommendation straight', HOME, 'Make the plan with Marta and Owen'], offers("Tell her she mustn't drive"));

  it('after a night drive, telling her she must not drive and why (act-on-risk) is best; when she has not driven, asking her is', () => {
    const drove = toKeys((v) => v.drove === 1 && v.htt === 1 && v.wants === 1 && v.tells === 3);
    expect(optionMatching(drove, "Tell her she mustn't drive").moves).toEqual(['act-on-risk', 'plain-language']);
    expect(optionScore(bundle, drove, "Tell her she mustn't drive")).toBeGreaterThan(optionScore(bundle, drove, 'Ask her what she wants to do about the car'));
    expect(transcriptText(take(fork(bundle, drove), "Tell her she mustn't drive"))).toContain("the DVLA's rules say driving stops during an illness like this");
    const not = toKeys((v) => v.drove === 0 && v.htt === 1 && v.wants === 1 && v.tells === 3);
    expect(optionScore(bundle, not, 'Ask her what she wants to do about the car')).toBeGreaterThan(optionScore(bundle, not, "Tell her she mustn't drive"));
  });

  it('when her English slides, an interpreter on the line keeps what she says; without one, the reason she stopped the lithium is lost', () => {
    const seed = firstSeed(bundle, (v) => v.english === 2 && v.tells === 3);
    const withEwa = playOn(Encounter.begin(bundle, seed), OPEN, (e) => e.transcript.some((l) => l.text.startsWith('What you see')));
    expect(withEwa.transcript.map((l) => l.tags.disclose)).toContain('tremor');
    expect(withEwa.transcript.some((l) => l.tags.speaker === 'ewa' && l.text.includes('mill bell'))).toBe(true);
    const without = playOn(Encounter.begin(bundle, seed), OPEN.map((p) => (p === 'Ask Marta which language' ? 'Carry on in English' : p)), (e) => e.transcript.some((l) => l.text.startsWith('What you see')));
    expect(without.transcript.map((l) => l.tags.disclose)).not.toContain('tremor');
    expect(transcriptText(without)).toContain('you lose her');
  });
});

describe('the assessment: another person waiting', () => {
  it('at the call from the place of safety, saying what comes next and going beats staying another hour', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 2)), [...OPEN, 'Lay out the real options', ...REST.filter((p) => !p.startsWith('Tell Marta and Owen'))], offers('Stay another hour'));
    expect(optionMatching(e, 'Tell Marta and Owen you have to go').moves).toEqual(['keep-to-time']);
    expect(optionScore(bundle, e, 'Tell Marta and Owen you have to go')).toBeGreaterThan(optionScore(bundle, e, 'Stay another hour') + 5);
  });
});

describe('the assessment: the recommendation is the learner\'s judgement', () => {
  // She wants home and is threatened, so both runs reach twenty to ten: one where home cannot hold (no team, she drove), one where it can.
  const atTwentyToTen = (pred: (v: Variant) => boolean) => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1 && v.tells === 3 && pred(v))), OPEN, offers(THREAT));
    return playOn(take(e, THREAT), [], offers(TO_TIME));
  };
  const cannotHold = () => atTwentyToTen((v) => v.htt === 0 && v.drove === 1);
  const canHold = () => atTwentyToTen((v) => v.htt === 1 && v.drove === 0);
  const labels = (e: Encounter) => e.choices.map((c) => c.text);
  const facts = (e: Encounter) => e.transcript.find((l) => l.text.startsWith("It's twenty to ten"))!;

  it('at twenty to ten the AMHP gives the facts and no verdict, and the options read the same whether or not home can hold', () => {
    const cannot = cannotHold();
    const can = canHold();
    expect(facts(cannot).tags.speaker).toBe('bronwen');
    expect(facts(cannot).text).toContain('No crisis team till tomorrow after two. She drove at three this morning.');
    expect(facts(can).text).toContain('The crisis team can be here at half ten.');
    for (const e of [cannot, can]) {
      expect(facts(e).text).toMatch(/I need your recommendation\.$/);
      expect(facts(e).text).not.toMatch(/can't hold|needs a section|criteria|detain/);
    }
    expect(labels(can)).toEqual(labels(cannot));
    // Keeping to time commits to a recommendation without the game writing it.
    for (const e of [cannot, can]) {
      take(e, TO_TIME);
      expect(transcriptText(e)).not.toMatch(/criteria for detention|ought to be detained/);
    }
    expect(labels(can)).toEqual(labels(cannot));
    expect(labels(can).some((l) => /anyway|won't hold/.test(l))).toBe(false);
  });

  it('the stakes still reward the right answer in each run, and the reasons come with the answer chosen', () => {
    const cannot = take(cannotHold(), TO_TIME);
    expect(optionScore(bundle, cannot, SECTION_2)).toBeGreaterThan(optionScore(bundle, cannot, NO_SECTION) + 10);
    expect(transcriptText(take(cannot, SECTION_2))).toContain('a nature or degree that warrants detention in hospital for assessment');
    const can = take(canHold(), TO_TIME);
    expect(optionScore(bundle, can, NO_SECTION)).toBeGreaterThan(optionScore(bundle, can, SECTION_2) + 10);
    expect(transcriptText(take(can, NO_SECTION))).toContain("I don't think the criteria for detention are met");
  });
});

describe('the assessment: the threat taken back', () => {
  it('a Marta who wants you to decide hears the roads, and is decided for as she asks, not sent to the ward', () => {
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 3 && v.tells === 3 && v.htt === 1 && v.drove === 0)), OPEN, offers(THREAT));
    take(e, THREAT);
    expect(optionMatching(e, 'Take the threat back').moves).toEqual(['affirm-refusal', 'test-consent', 'apologise']);
    take(e, 'Take the threat back');
    const text = transcriptText(e);
    expect(text).toContain('There are three roads. Home tonight, with the crisis team at half ten');
    expect(text).toContain('I know the roads now');
    expect(text).not.toContain('I asked you to');
    expect(offers(JUNIPER)(e) && offers(HOME)(e)).toBe(true);
    playOn(take(e, HOME), REST);
    expect(e.ending).toBe('home-with-support');
  });
});

describe('the assessment: capacity without the interpreter', () => {
  it('a check she could not be understood in is a guess, not a decision she could make; the AMHP gets Ewa back before "informal"', () => {
    const seed = firstSeed(bundle, (v) => v.english === 2 && v.wants === 2 && v.tells === 3);
    const noEwa = OPEN.map((p) => (p === 'Ask Marta which language' ? 'Carry on in English' : p));
    const e = playOn(Encounter.begin(bundle, seed), noEwa, offers('Explain the choice in plain words'));
    take(e, 'Explain the choice in plain words');
    const assessed = transcriptText(e);
    expect(assessed).toContain("Without Ewa, you haven't assessed it; you've guessed");
    expect(assessed).not.toContain('On this question, tonight, she can decide');
    expect(assessed).not.toContain('her view counts as a decision');
    playOn(e, [...noEwa, 'Lay out the real options', ...REST]);
    expect(e.ending).toBe('walked-in');
    expect(transcriptText(e)).toContain('Bronwen rings Ewa back');
    expect(transcriptText(e)).not.toContain('a decision she could make and made');
    // The same run with Ewa on the line: supported, and recorded so.
    const withEwa = playOn(Encounter.begin(bundle, seed), [...OPEN, 'Lay out the real options', ...REST]);
    expect(withEwa.ending).toBe('walked-in');
    expect(transcriptText(withEwa)).toContain('a decision she could make and made');
  });
});

describe('the assessment: the AMHP, the tags and the signposts', () => {
  it('the AMHP is Bronwen Price, with pressures of her own: the bed manager, and the rest of her list', () => {
    expect(bundle.meta.cast.find((c) => c.id === 'bronwen')?.name).toBe('Bronwen Price');
    expect(JSON.stringify(bundle.meta)).not.toMatch(/grace/i);
    expect(source).not.toMatch(/grace/i);
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1)), OPEN, offers('Lay out the real options'));
    expect(e.transcript.some((l) => l.tags.speaker === 'bronwen' && l.text.includes('The bed manager') && l.text.includes('the only AMHP on for the city tonight'))).toBe(true);
  });

  it('tags what each act does: a risk question, a limit named, a reason left out, English taken at her word, a label repeated, a confidence kept', () => {
    expect(movesIn('Ask her about the car, about tonight')).toEqual(['ask-about-risk', 'plain-language']);
    expect(movesIn('write 2013 and her wishes')).toEqual(['act-on-structure', 'honest-limit']);
    expect(movesIn('the GP could do one tomorrow')).toEqual(['offer-choice', 'withhold-options']);
    expect(movesIn('Carry on in English')).toEqual(['address-patient']);
    expect(movesIn('non-concordant with lithium')).toEqual(['repeat-label', 'detach']);
    expect(movesIn("Tell Mr Dale you can't discuss")[0]).toBe('keep-confidence');
  });

  it('signposts support for learners at home, and the waiting stake does not claim to be minutes', () => {
    expect(bundle.meta.support).toEqual([
      'Samaritans, any hour, free: 116 123',
      'NHS 111, option 2, for urgent mental health help (England); 999 if someone is in immediate danger',
      'Mind Infoline: 0300 123 3393 (weekdays)',
    ]);
    expect(bundle.meta.contentNotes.some((n) => n.includes('suicide after a manic episode'))).toBe(true);
    expect(bundle.meta.stakes?.find((s) => s.name === 'waiting')?.label).toMatch(/\(relative\)$/);
    expect(bundle.meta.stakes?.find((s) => s.name === 'waiting')?.label).not.toMatch(/minutes/i);
  });
});

describe('the assessment: option labels and why lines', () => {
  it('say what is done, not how nicely', () => {
    const labels = [...source.matchAll(/^\s*[*+]\s*(?:\{[^}]*\}\s*)?\[([^#\]]*)#/gm)].map((m) => m[1]!.trim());
    expect(labels.length).toBeGreaterThan(70);
    for (const label of labels) expect(label).not.toMatch(/\b(gently|kindly|warmly|together|carefully|sensitively|softly|honestly|plainly|directly)\b/i);
  });

  it('every choice has a why line', () => {
    const choices = [...source.matchAll(/^\s*[*+]\s*(?:\{[^}]*\}\s*)?\[(.*)\]\s*$/gm)];
    expect(choices.length).toBeGreaterThan(70);
    for (const c of choices) expect(c[1]).toMatch(/# why: .{20,}/);
  });

  it('rescue is never used for a safety action in this scenario', () => {
    expect(source).not.toMatch(/# move: rescue/);
  });
});
