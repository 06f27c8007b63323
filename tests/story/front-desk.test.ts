// Story tests for "Front desk": each pins a fix from the clinical educators' reviews (the
// unverifiable promise, the abscess that needs draining today, tetanus, the law on
// registration and charging, confidentiality with an employer, the moments where sharing more
// is not the answer, an informed delegation, the variation), by playing the scene it is about.
// Seeds are found by what they draw, never hard-coded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { ROOT } from '../helpers';
import { firstSeed, libraryBundle, offers, optionMatching, playOn, playTo, seedsWhere, transcriptText, tryOption } from './play';

const ID = 'front-desk';
const bundle = libraryBundle(ID);
const source = fs.readFileSync(path.join(ROOT, 'story', 'scenarios', ID, 'main.ink'), 'utf8');
const guide = fs.readFileSync(path.join(ROOT, 'docs', 'scenarios', `${ID}.md`), 'utf8');

// A path that treats him as immediately necessary treatment, keeps Felix out of it, and uses a
// professional interpreter: it reaches the consulting room in every variant.
const TO_ROOM = [
  'Introduce yourself to Joaquín',
  'Ask Joaquín where he would rather talk',
  'Ask if you may look',
  'Tell Carol not to register him yet',
  'Tell him a cream won',
  'Acknowledge it',
  'Tell Felix that "convenient"',
  'Go after him: apologise',
  'Tell her it was your clinical decision',
  'Ring the Spanish telephone interpreter',
  'Ask him to tell you about the last five days',
  'Tell Carol you don',
  'Ask him about the nights',
  'Explain what you want to check',
  'Tell him it needs draining today by the hand team',
  "Tell him you're worried about leaving it",
  'Tell him the letter must say a metal stud',
  'Ask him to tell you in his own words',
  'Take it to Dr Mehta',
  'Explain what registering means',
];

describe('front desk: the promise', () => {
  it('an unverifiable promise that nobody will report him is false reassurance, not rescue', () => {
    const moves = optionMatching(playTo(Encounter.begin(bundle, 1), TO_ROOM, 'Promise him that nobody here'), 'Promise him that nobody here').moves;
    expect(moves).toContain('false-reassurance');
    expect(moves).not.toContain('rescue');
  });

  it('"it\'s all free" is false reassurance wherever it is offered, and never rescue', () => {
    const seed = firstSeed(bundle, (v) => v.worse === 1);
    const plan = playTo(Encounter.begin(bundle, seed), TO_ROOM, 'Lay out where it can be drained');
    const gloss = optionMatching(plan, "it's all free and nobody will ask").moves;
    expect(gloss).toContain('false-reassurance');
    expect(gloss).not.toContain('rescue');
  });
});

describe('front desk: the hand', () => {
  const seed = firstSeed(bundle, (v) => v.worse === 0 && v.wants === 1 && v.tells === 2);
  const plan = playTo(Encounter.begin(bundle, seed), TO_ROOM, 'Lay out where it can be drained');

  it('says the fluctuant abscess needs incision and drainage today, that antibiotics alone are not enough, and why', () => {
    const text = transcriptText(plan);
    expect(text).toMatch(/fluctuant abscess/);
    expect(text).toMatch(/incision and drainage today/);
    expect(text).toMatch(/antibiotics alone will not reach it/);
    expect(text).toMatch(/tendon sheaths/);
    expect(text).toMatch(/not whether, but where/);
  });

  it('offers where and how, not whether: no option offers tablets as an equal choice, and tablets alone cost the hand', () => {
    for (const c of plan.choices) expect(c.text).not.toMatch(/tablets with a review|or the hospital today/i);
    const where = optionMatching(plan, 'Lay out where it can be drained today');
    expect(where.text).toMatch(/hand team/);
    expect(where.text).toMatch(/urgent treatment centre/);
    const atWhere = playTo(Encounter.begin(bundle, seed), TO_ROOM, 'Lay out where');
    const tablets = tryOption(bundle, atWhere, 'Prescribe flucloxacillin');
    expect(tablets.change.hand).toBeLessThan(0);
    const act = tryOption(bundle, atWhere, 'Tell him it needs draining today by the hand team');
    expect(act.change.hand).toBeGreaterThan(0);
  });

  it('draining it in the GP treatment room to spare him the hospital is rescue, and costs the hand', () => {
    const here = tryOption(bundle, playTo(Encounter.begin(bundle, seed), TO_ROOM, 'Lay out where'), 'Drain it yourself in the treatment room');
    expect(optionMatching(plan, 'Drain it yourself').moves).toContain('rescue');
    expect(here.change.hand).toBeLessThan(0);
  });

  it('gets tetanus right: a dose of vaccine for unknown immunisation, and human tetanus immunoglobulin for a high-risk tetanus-prone wound', () => {
    const text = transcriptText(plan);
    expect(text).toMatch(/tetanus-prone/);
    expect(text).toMatch(/high-risk/);
    expect(text).toMatch(/a dose of tetanus vaccine now and human tetanus immunoglobulin/);
    expect(text).not.toMatch(/booster/i);
    expect(source).not.toMatch(/nurse will give him one before he goes/);
  });

  it('when he says it was a kitchen knife and has no fever, the immunoglobulin question is left open until he says what cut him', () => {
    const noFever = TO_ROOM.map((p) => (p === 'Ask him about the nights' ? 'Check his temperature instead' : p));
    const kitchen = firstSeed(bundle, (v) => v.tells === 3 && v.wants !== 3 && v.worse === 0);
    const text = transcriptText(playTo(Encounter.begin(bundle, kitchen), noFever, 'Lay out where it can be drained'));
    expect(text).toMatch(/In the kitchen/);
    expect(text).not.toMatch(/Not the kitchen/);
    expect(text).toMatch(/Whether he also needs human tetanus immunoglobulin depends on what cut him/);
  });

  it('with a fever behind the wound, an unknown-status patient gets vaccine and immunoglobulin whatever cut him (Green Book ch. 30)', () => {
    const kitchen = firstSeed(bundle, (v) => v.tells === 3 && v.wants !== 3 && v.worse === 1);
    const text = transcriptText(playTo(Encounter.begin(bundle, kitchen), TO_ROOM, 'Lay out where it can be drained'));
    expect(text).toMatch(/In the kitchen/);
    expect(text).not.toMatch(/Not the kitchen/);
    expect(text).toMatch(/tetanus-prone whatever cut him/);
    expect(text).toMatch(/a dose of tetanus vaccine now and human tetanus immunoglobulin as well/);
    expect(text).not.toMatch(/depends on what cut him/);
  });

  it('a "kitchen" letter costs him the immunoglobulin only when no fever has already decided it', () => {
    const KITCHEN = TO_ROOM.map((p) => (p === 'Tell him the letter must say a metal stud' ? 'Ask Joaquín how he wants it written' : p));
    const ending = (worse: 0 | 1, prefs: readonly string[]) => {
      let tried = 0;
      for (const seed of seedsWhere(bundle, (v) => v.tells === 2 && v.worse === worse)) {
        const text = transcriptText(playOn(Encounter.begin(bundle, seed), prefs));
        if (/not a kitchen knife after all/.test(text)) return text;
        if (++tried > 30) break;
      }
      throw new Error(`no seed with worse=${worse} reaches the kitchen-letter ending`);
    };
    const noFever = KITCHEN.map((p) => (p === 'Ask him about the nights' ? 'Check his temperature instead' : p));
    expect(ending(1, KITCHEN)).toMatch(/The fever had already told them he needed the tetanus immunoglobulin/);
    expect(ending(0, noFever)).toMatch(/Only then does anyone think of the tetanus immunoglobulin/);
    // And the true letter says why the metal matters: for the X-ray, and for the tetanus unless the fever already decides it.
    const stop = 'Tell him the letter must say a metal stud';
    const sick = tryOption(bundle, playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.tells === 2 && v.worse === 1)), TO_ROOM, stop), stop).after;
    expect(transcriptText(sick)).toMatch(/for the X-ray; with your fever, the tetanus is decided already\./);
    const well = tryOption(bundle, playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.tells === 2 && v.worse === 0)), noFever.map((p) => (p.startsWith('Ask Joaquín how he wants it') ? stop : p)), stop), stop).after;
    expect(transcriptText(well)).toMatch(/for the X-ray, and to get the tetanus right\./);
  });
});

describe('front desk: the law and the guide', () => {
  const seed = firstSeed(bundle, (v) => v.tells === 2);
  const prefs = ['Introduce yourself', 'Ask Joaquín where he would rather talk', 'Ask if you may look', 'Tell Carol not to register him yet', 'Ask Joaquín what is worrying him'];

  it('tells him the true rules when he names his fear: GP and A&E free to all, urgent care never withheld, the data-sharing agreement withdrawn', () => {
    // Trust decides whether he names the fear; the side room and the direct question get there in most variants.
    const s = firstSeed(bundle, (v) => v.tells === 1);
    const e = playTo(Encounter.begin(bundle, s), prefs, 'Tell him what is and isn');
    e.choose(optionMatching(e, 'Tell him what is and isn').index);
    const text = transcriptText(e);
    expect(text).toMatch(/free for everyone, papers or not, and so is the emergency department/);
    expect(text).toMatch(/don't need ID or papers to register/);
    expect(text).toMatch(/withdrawn in 2018/);
    expect(text).toMatch(/must never hold back urgent treatment/);
    // Outpatient follow-up, the hand clinic, can be billed too.
    expect(text).toMatch(/operates, keeps you in, or sees you again afterwards in a clinic such as the hand clinic/);
  });

  it('the advocacy option cites NHS England: no ID, address or immigration status needed to register', () => {
    const e = playTo(Encounter.begin(bundle, seed), prefs, 'Tell Carol NHS England');
    e.choose(optionMatching(e, 'Tell Carol NHS England').index);
    expect(transcriptText(e)).toMatch(/nobody needs ID, proof of address or immigration status to register with a GP/);
  });

  it('the guide cites the sources for registration, charging, data-sharing, tetanus and the hand', () => {
    for (const needle of [
      /Patient registration/,
      /Safe Surgeries/,
      /Charges to Overseas Visitors\) Regulations 2015/,
      /memorandum of understanding/i,
      /withdrawn on 9 November 2018/,
      /Green Book/,
      /NG141/,
      /NG253/,
      /Good medical practice/i,
      /Decision making and consent/,
      /Confidentiality/,
    ])
      expect(guide).toMatch(needle);
  });

  it('the guide states the Green Book table exactly: unknown or incomplete immunisation means immunoglobulin for any tetanus-prone wound; "high-risk" decides it for the primed', () => {
    const tetanus = guide.slice(guide.indexOf('**Tetanus'), guide.indexOf('**Capacity')).replace(/\s+/g, ' ');
    expect(tetanus).toMatch(/Table 30\.1/);
    expect(tetanus).toMatch(/unknown or uncertain[^.]*(HTIG|immunoglobulin)[^.]*\*\*any\*\* tetanus-prone wound, high-risk or not/i);
    expect(tetanus).toMatch(/adequate priming course[^.]*more than 10 years ago[^.]*high-risk/);
    expect(tetanus).toMatch(/systemic sepsis/);
    expect(tetanus).not.toMatch(/for a high-risk tetanus-prone wound, also give human tetanus/);
  });
});

describe('front desk: where sharing more is not the answer', () => {
  it('when he refuses the hospital, acting on the risk openly beats accepting tablets overnight, and is not rescue', () => {
    // He refuses when trust is low: a hurried, task-first path, and a seed where the act-on-risk option is met with no.
    const LOW = [
      'Ask Luis what happened',
      'Stay at the desk',
      'Unwrap it yourself',
      'Tell Carol not to register him yet',
      'Tell him a cream won',
      'Say "Not now, Felix,"',
      'Go after him: apologise',
      'Tell her it was your clinical decision',
      'Ask Luis to interpret',
      'Run through the key questions',
      'Carry on with the history',
      'Check his temperature instead',
      'Get on with the observations',
      'Tell him it needs draining today by the hand team',
      "Tell him you're worried about leaving it",
      'Tell him the letter must say a metal stud',
      'Ask him to tell you in his own words',
    ];
    for (let seed = 1; seed < 400; seed++) {
      const e = playTo(Encounter.begin(bundle, seed), LOW, 'Lay out where it can be drained');
      e.choose(optionMatching(e, 'Tell him it needs draining today by the hand team').index);
      const worried = "Tell him you're worried about leaving it";
      if (!e.choices.some((c) => c.text.startsWith(worried))) continue;
      const act = optionMatching(e, worried);
      expect(act.moves).toContain('act-on-risk');
      expect(act.moves).not.toContain('rescue');
      const atWorried = playTo(Encounter.begin(bundle, seed), LOW, worried);
      const acted = tryOption(bundle, atWorried, worried);
      // He has capacity: the doctor says what worries her, not that she will not allow it.
      expect(transcriptText(acted.after)).toMatch(/I'm worried about leaving this until tomorrow/);
      expect(source).not.toMatch(/I'm not willing to leave this/);
      const accepted = tryOption(bundle, atWorried, 'Accept his decision');
      expect(accepted.change.hand).toBeLessThan(0);
      expect(acted.score).toBeGreaterThan(accepted.score);
      return;
    }
    throw new Error('no seed reaches a refusal on this path');
  });

  it('when his site manager turns up, keeping his confidence beats asking Joaquín in front of him, and telling Gary is a breach, not talking to a companion', () => {
    const seed = firstSeed(bundle, (v) => v.gary === 1);
    const stop = 'Tell Carol you don';
    const at = playTo(Encounter.begin(bundle, seed), TO_ROOM, stop);
    const keepMoves = optionMatching(at, stop).moves;
    expect(keepMoves[0]).toBe('keep-confidence');
    expect(keepMoves).toContain('hold-boundary');
    const tell = optionMatching(at, 'Go out to the desk and tell Mr Pike').moves;
    expect(tell).toContain('breach-confidence');
    expect(tell).not.toContain('address-companion');
    const told = tryOption(bundle, at, 'Go out to the desk and tell Mr Pike');
    expect(told.change.trust).toBeLessThan(0);
    expect(told.change.access).toBeLessThan(0);
    const hold = tryOption(bundle, at, stop);
    const ask = tryOption(bundle, at, 'Ask Joaquín, with Carol still on the line');
    expect(hold.score).toBeGreaterThan(ask.score);
    expect(() => playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.gary === 0)), TO_ROOM, 'Explain what you want to check')).not.toThrow();
    expect(transcriptText(playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.gary === 0)), TO_ROOM, 'Explain what you want to check'))).not.toMatch(/Mr Pike/);
  });

  it('at a full desk with a sick man, keeping to time beats talking the policy through there and then', () => {
    const seed = firstSeed(bundle, (v) => v.worse === 1);
    const stop = 'Tell Carol it';
    const prefs = TO_ROOM.filter((p) => !p.startsWith('Tell her it was'));
    const at = playTo(Encounter.begin(bundle, seed), prefs, stop);
    expect(optionMatching(at, stop).moves).toContain('keep-to-time');
    const keep = tryOption(bundle, at, stop);
    const talk = tryOption(bundle, at, 'Talk it through with Carol now');
    expect(keep.score).toBeGreaterThan(talk.score);
    expect(talk.change.hand).toBeLessThan(0);
  });

  it('keeps the referral letter true when he asks for "kitchen": the boundary serves his hand, his choice of story does not', () => {
    const seed = firstSeed(bundle, (v) => v.tells === 2 && v.worse === 0);
    const stop = 'Tell him the letter must say a metal stud';
    const at = playTo(Encounter.begin(bundle, seed), TO_ROOM, stop);
    expect(optionMatching(at, stop).moves).toContain('hold-boundary');
    const hold = tryOption(bundle, at, stop);
    const his = tryOption(bundle, at, 'Ask Joaquín how he wants it written');
    expect(hold.change.hand).toBeGreaterThan(his.change.hand!);
    expect(hold.score).toBeGreaterThan(his.score);
  });
});

describe('front desk: runs that vary', () => {
  const variants = Array.from({ length: 60 }, (_, i) => Encounter.begin(bundle, i + 1));

  it('draws what he wants, what he tells, how far the infection has gone, whether Gary comes, and his starting trust and autonomy', () => {
    const seen = (name: string) => new Set(variants.map((e) => e.variant[name]));
    expect(seen('wants')).toEqual(new Set([1, 2, 3, 4]));
    expect(seen('tells')).toEqual(new Set([1, 2, 3]));
    expect(seen('worse')).toEqual(new Set([0, 1]));
    expect(seen('gary')).toEqual(new Set([0, 1]));
    expect(new Set(variants.map((e) => e.variables.trust)).size).toBeGreaterThan(3);
    expect(new Set(variants.map((e) => e.variables.autonomy)).size).toBeGreaterThan(3);
    for (const v of bundle.meta.variation!) for (const value of seen(v.name)) expect(Object.keys(v.values)).toContain(String(value));
  });

  it('what he tells, and when, changes the opening', () => {
    expect(transcriptText(Encounter.begin(bundle, firstSeed(bundle, (v) => v.tells === 1)))).toMatch(/I have no papers/);
    expect(transcriptText(Encounter.begin(bundle, firstSeed(bundle, (v) => v.tells !== 1)))).not.toMatch(/I have no papers/);
  });

  it('a fever through the paracetamol makes checking his pulse first the best move at the desk; without it, asking where he would rather talk is', () => {
    const pick = 'Take him straight to the treatment room';
    const talk = 'Ask Joaquín where he would rather talk';
    const stop = talk;
    const sick = firstSeed(bundle, (v) => v.worse === 1);
    const well = firstSeed(bundle, (v) => v.worse === 0);
    const atSick = playTo(Encounter.begin(bundle, sick), TO_ROOM, stop);
    expect(optionMatching(atSick, pick).moves).toContain('act-on-risk');
    expect(tryOption(bundle, atSick, pick).score).toBeGreaterThan(tryOption(bundle, atSick, talk).score);
    const atWell = playTo(Encounter.begin(bundle, well), TO_ROOM, stop);
    expect(tryOption(bundle, atWell, talk).score).toBeGreaterThan(tryOption(bundle, atWell, pick).score);
  });

  it('a man who wants only antibiotics is served by acting on the risk; one who wants to decide, by laying out where', () => {
    const stop = 'Lay out where it can be drained';
    const act = 'Tell him it needs draining today by the hand team';
    const tabletsOnly = firstSeed(bundle, (v) => v.wants === 3 && v.worse === 0 && v.gary === 0);
    const decider = firstSeed(bundle, (v) => v.wants === 1 && v.worse === 0);
    const atTabletsOnly = playTo(Encounter.begin(bundle, tabletsOnly), TO_ROOM, stop);
    expect(tryOption(bundle, atTabletsOnly, act).score).toBeGreaterThan(tryOption(bundle, atTabletsOnly, stop).score);
    // Without a fever on record (nobody asked about the nights), both places are safe enough to offer.
    const noFever = TO_ROOM.map((p) => (p === 'Ask him about the nights' ? 'Check his temperature instead' : p));
    const atDeciderUnfevered = playTo(Encounter.begin(bundle, decider), noFever, stop);
    expect(tryOption(bundle, atDeciderUnfevered, stop).score).toBeGreaterThan(tryOption(bundle, atDeciderUnfevered, act).score);
    // With the fever he told you about, laying the urgent treatment centre beside the hand team is no longer the best move.
    const atDecider = playTo(Encounter.begin(bundle, decider), TO_ROOM, stop);
    const told = tryOption(bundle, atDecider, stop);
    if (/Escalofr|shake|teeth/.test(transcriptText(atDecider))) expect(tryOption(bundle, atDecider, act).score).toBeGreaterThan(told.score);
  });

  it('a man who, informed, asks you to decide is served by deciding and saying why; handing it back costs trust', () => {
    const seed = firstSeed(bundle, (v) => v.wants === 4);
    const e = playTo(Encounter.begin(bundle, seed), TO_ROOM, 'Lay out where it can be drained');
    expect(transcriptText(e)).toMatch(/You tell me what I do/);
    const pick = 'Do as he asks';
    expect(optionMatching(e, pick).moves).toContain('respect-delegation');
    const atWhere = playTo(Encounter.begin(bundle, seed), TO_ROOM, 'Lay out where');
    const decided = tryOption(bundle, atWhere, pick);
    const handedBack = tryOption(bundle, atWhere, 'Lay out where it can be drained');
    expect(decided.change.trust).toBeGreaterThan(0);
    expect(handedBack.change.trust).toBeLessThan(0);
    expect(decided.score).toBeGreaterThan(handedBack.score);
    // The option exists only when he asked.
    const other = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants !== 4)), TO_ROOM, 'Lay out where it can be drained');
    expect(other.choices.some((c) => c.text.startsWith(pick))).toBe(false);
  });

  it('a man who wants his cousin to interpret gets her when asked how he wants to talk; otherwise he does not', () => {
    const stop = 'Ask Joaquín how he wants to do the talking';
    const atCousin = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 2)), TO_ROOM, stop);
    const cousin = tryOption(bundle, atCousin, stop);
    expect(cousin.after.transcript.some((l) => l.tags.speaker === 'marisol')).toBe(true);
    const other = tryOption(bundle, playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1)), TO_ROOM, stop), stop);
    expect(other.after.transcript.some((l) => l.tags.speaker === 'marisol')).toBe(false);
    expect(cousin.score).toBeGreaterThan(tryOption(bundle, atCousin, 'Ring the Spanish telephone interpreter').score);
  });

  it('the same seed and choices replay the same run', () => {
    const seed = firstSeed(bundle, (v) => v.gary === 1 && v.worse === 1);
    const a = transcriptText(playTo(Encounter.begin(bundle, seed), TO_ROOM, 'Ask him to tell you in his own words'));
    const b = transcriptText(playTo(Encounter.begin(bundle, seed), TO_ROOM, 'Ask him to tell you in his own words'));
    expect(a).toBe(b);
  });
});

describe('front desk: registration, when he asked you to decide', () => {
  const stop = 'Explain what registering means';
  const delegate = 'He asked you to decide';

  it('he asks you to decide about the list itself before respect-delegation is offered, and deciding beats handing it back', () => {
    const seed = firstSeed(bundle, (v) => v.wants === 4);
    const e = playTo(Encounter.begin(bundle, seed), TO_ROOM, stop);
    const text = transcriptText(e);
    // The delegation is his, for this decision: he says it at the desk, after Dr Mehta has agreed.
    expect(text.slice(text.lastIndexOf('Carol can register him now'))).toMatch(/You tell me: yes or no\?/);
    const option = optionMatching(e, delegate);
    expect(option.moves).toContain('respect-delegation');
    expect(option.text).not.toMatch(/what it does and does not share/);
    const decided = tryOption(bundle, e, delegate);
    const handedBack = tryOption(bundle, e, stop);
    expect(decided.change.trust).toBeGreaterThan(handedBack.change.trust!);
    expect(decided.score).toBeGreaterThan(handedBack.score);
    expect(transcriptText(decided.after)).toMatch(/come off the list/);
  });

  it('without that request, there is no "you decide" and no respect-delegation at the list', () => {
    const e = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants !== 4)), TO_ROOM, stop);
    expect(transcriptText(e)).not.toMatch(/You tell me: yes or no\?/);
    expect(e.choices.some((c) => c.text.startsWith(delegate))).toBe(false);
  });
});

describe('front desk: the second review', () => {
  it('a pulse of 96 is one amber sign, not "not septic"', () => {
    const e = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.worse === 0)), TO_ROOM, 'Ask Joaquín where he would rather talk');
    e.choose(optionMatching(e, 'Take him straight to the treatment room').index);
    expect(transcriptText(e)).toMatch(/One amber sign, the pulse\. Not an emergency transfer on these numbers, but he needs the hospital today and a recheck\./);
    expect(source).not.toMatch(/Not septic/);
  });

  it('37.4 after paracetamol is not called raised', () => {
    const seed = firstSeed(bundle, (v) => v.worse === 0);
    const e = playTo(Encounter.begin(bundle, seed), TO_ROOM, 'Check his temperature instead');
    e.choose(optionMatching(e, 'Check his temperature instead').index);
    const text = transcriptText(e);
    expect(text).toMatch(/37\.4: no fever, on the face of it/);
    expect(source).not.toMatch(/Raised, but not by much/);
  });

  it('the days add up: cut on Wednesday, five days before this Monday', () => {
    expect(source).toMatch(/Monday, 08:46/);
    expect(source).toMatch(/Wednesday\. Five days\./);
    expect(source).not.toMatch(/Tuesday[,.] (at work|A knife|Five days|cut)|Last Tuesday|Tuesday I cut|Tuesday he cut|started Tuesday/);
    expect(bundle.meta.cast.find((c) => c.id === 'joaquin')!.description).toMatch(/Five days ago/);
  });

  it('moves fit the option: no affirm-refusal when handing his question back, no policy when he walks out', () => {
    const asked = firstSeed(bundle, (v) => v.wants === 2);
    const layOut = TO_ROOM.flatMap((p) => (p.startsWith('Tell him it needs draining today') ? ['Lay out where it can be drained', p] : [p]));
    const handBack = optionMatching(playTo(Encounter.begin(bundle, asked), layOut, "Tell him you'd choose the hand team"), "Tell him it's his decision, not yours").moves;
    expect(handBack).toContain('offer-choice');
    expect(handBack).not.toContain('affirm-refusal');
    expect(source).toMatch(/\[Let him go; he is an adult and he has decided # move: detach # time/);
  });

  it("Felix's study drains the abscess before the dressings, and his pitch is about the data, not lawyers", () => {
    const e = playTo(Encounter.begin(bundle, firstSeed(bundle, () => true)), TO_ROOM, 'Say "Not now, Felix,"');
    const text = transcriptText(e);
    expect(text).toMatch(/I drain the wound upstairs, then it's standard dressings or silver alginate/);
    expect(text).toMatch(/No GP, so no other dressings to confound it, and he can't easily go elsewhere/);
    expect(source).not.toMatch(/lawyers|Lovely\./);
    expect(source).toMatch(/Everyone has the abscess drained here first/);
    expect(source).not.toMatch(/A dressing and tablets do nothing for the pus/);
  });

  it('the endings say he has no practice of his own, not that no record exists, and the strawman at the desk is gone', () => {
    expect(source).not.toMatch(/no record to ring from/);
    expect(source).toMatch(/he has no practice of his own to follow him up/);
    expect(source).not.toMatch(/worked out well for everyone/);
    expect(source).toMatch(/\[Tell Carol Felix's study needs patients, so yes, let him know about wounds # move: select-for-convenience/);
  });

  it('what can be billed includes the hand clinic, wherever the charges are explained', () => {
    for (const m of source.matchAll(/If they operate[^.]*a bill|If they operate[^.]*there may be a bill/g)) expect(m[0]).toMatch(/hand clinic/);
    expect([...source.matchAll(/hand clinic/g)].length).toBeGreaterThanOrEqual(4);
  });

  it('offers a support line for a learner alone', () => {
    expect(bundle.meta.support?.some((l) => /Doctors of the World/.test(l))).toBe(true);
  });
});

describe('front desk: option labels', () => {
  it('say what is done, not how nicely', () => {
    const labels = [...source.matchAll(/^\s*[*+]\s*(?:\{[^}]*\}\s*)?\[([^#\]]*)#/gm)].map((m) => m[1]!.trim());
    expect(labels.length).toBeGreaterThan(80);
    for (const label of labels) expect(label).not.toMatch(/\b(gently|kindly|warmly|together|carefully|sensitively|softly|honestly|plainly|directly)\b/i);
  });

  it('every choice has a why line', () => {
    const choices = [...source.matchAll(/^\s*[*+]\s*(?:\{[^}]*\}\s*)?\[(.*)\]\s*$/gm)];
    expect(choices.length).toBeGreaterThan(80);
    for (const c of choices) expect(c[1]).toMatch(/# why: .{20,}/);
  });
});

describe('front desk: direct questions, a clear recommendation and a plain limit are tagged as what they are', () => {
  const NIGHTS = 'Ask him about the nights';
  const toNights = (seed: number) => playTo(Encounter.begin(bundle, seed), TO_ROOM, NIGHTS);

  it('asking him about shivering and sweats at night is ask-about-risk, says why, and finds the fever the thermometer misses', () => {
    const seed = firstSeed(bundle, (v) => v.worse === 1);
    const at = toNights(seed);
    expect(optionMatching(at, NIGHTS).moves).toEqual(['ask-about-risk', 'address-patient', 'plain-language']);
    const asked = tryOption(bundle, at, NIGHTS);
    expect(transcriptText(asked.after)).toContain('I ask because it tells me whether the infection is getting into your blood');
    expect(asked.after.log.at(-1)!.disclosed).toContain('fever');
    expect(asked.score).toBeGreaterThan(tryOption(bundle, at, 'Check his temperature instead').score);
  });

  it('telling him a cream will not reach it is a clear recommendation, and the rules on charging include what cannot be promised', () => {
    const seed = firstSeed(bundle, () => true);
    const e = Encounter.begin(bundle, seed);
    playTo(e, TO_ROOM, 'Tell him a cream won');
    expect(optionMatching(e, 'Tell him a cream won').moves[0]).toBe('recommend-clearly');
    const fear = firstSeed(bundle, (v) => v.tells === 1);
    const charges = playTo(Encounter.begin(bundle, fear), ['Introduce yourself to Joaquín', 'Ask Joaquín where he would rather talk', 'Ask if you may look', 'Tell Carol not to register him yet', 'Ask Joaquín what is worrying him'], 'Tell him what is and isn');
    const honest = optionMatching(charges, 'Tell him what is and isn');
    expect(honest.moves).toContain('honest-limit');
    expect(honest.why).toMatch(/what you cannot promise him about a hospital bill/);
  });

  it("stopping Felix's form to ask Joaquín about the nights yourself is ask-about-risk, with the reason", () => {
    const STOP = 'Stop, and ask Joaquín yourself about the nights';
    // The convenient path into Felix's study: Luis translates, Felix explains, Joaquín signs.
    const study = ['Introduce yourself to Joaquín', 'Stay at the desk', 'Look at what shows', 'Accept the rule', 'Promise him', 'Take Felix up on it', 'Agree: Luis translates', 'Leave the explaining to Felix', 'Let Felix answer', 'Let him sign', 'Hold his arm steady'];
    const e = playTo(Encounter.begin(bundle, firstSeed(bundle, () => true)), study, offers(STOP));
    const stop = optionMatching(e, STOP);
    expect(stop.moves[0]).toBe('ask-about-risk');
    e.choose(stop.index);
    expect(transcriptText(e)).toContain('I need to know if the infection is in your blood');
  });
});
