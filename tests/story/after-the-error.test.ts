// Story tests for "After the error": the clinical educator's fixes, pinned. The side room is
// not a neutral process; the duty of candour, PSIRF and the Compensation Act are in the story
// and the guide; a family member who is not simply right meets an honest limit; at the
// safety moments acting beats handing over the choice; and what the seed draws (what Amir
// wants, Karim on the phone, what Leila noticed, the safety lead, the blood count) changes
// what the best move is. Seeds are found by looping, never hard-coded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { ROOT } from '../helpers';
import { firstSeed, libraryBundle, optionMatching, play, playOn, playTo, startOf, transcriptText, tryOption, variantOf } from './play';

const ID = 'after-the-error';
const bundle = libraryBundle(ID);
const INK = fs.readFileSync(path.join(ROOT, 'story', 'scenarios', ID, 'main.ink'), 'utf8');
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs', 'scenarios', `${ID}.md`), 'utf8');

// A run that answers with the first of these on offer at each point.
const GOOD = [
  'Say you will tell them yourself',
  'Suggest the quiet room',
  'Say first, to them both',
  'Explain: you prescribed',
  'Own it and say sorry',
  'Say sorry to Amir',
  "Say you can't promise that",
  'Tell Karim he may record',
  'Answer both',
  'Tell them what the result means',
  'Ask him to wait for a wheelchair',
  'Tell him the blood thinner stays stopped',
  'Say she is right',
  'Recommend he stays',
  'Tell him you are checking his blood pressure lying',
  'Tell them what the incident review',
  'Ask what would make a review feel fair',
  'Ask Dr Frost, in front of them',
  'Decide it with Dr Frost',
  'Lay out the options, restarting',
  'Say it is entirely her choice',
];

describe('after-the-error: the side room is not a neutral process', () => {
  it('offers no neutral-process option at the choice of where to talk; the quiet-room option is a recommendation and the curtains a decision for him', () => {
    const e = playTo(Encounter.begin(bundle, firstSeed(bundle, () => true)), GOOD, 'Suggest the quiet room');
    for (const c of e.choices) expect(c.moves, c.text).not.toContain('neutral-process');
    const quiet = optionMatching(e, 'Suggest the quiet room');
    expect(quiet.moves).toContain('recommend-clearly');
    expect(quiet.why).toMatch(/privacy/);
    expect(quiet.why).toMatch(/ground you chose/);
    expect(optionMatching(e, 'Draw the curtains').moves).toContain('decide-for');
    expect(optionMatching(e, 'Ask Amir where he would rather talk').moves).toEqual(['offer-choice', 'address-patient']);
  });

  it('tags neutral-process only where the process is independent of the team or agreed with the family', () => {
    const tagged = INK.split('\n').filter((l) => /^\s*\*.*#\s*move:\s*neutral-process/.test(l));
    expect(tagged.length).toBeGreaterThanOrEqual(3);
    for (const line of tagged) {
      const label = /\[([^#]*)#/.exec(line)![1]!;
      expect(label, label).toMatch(/independent|does not work on this ward|not involved in his care|fair to them/);
      expect(label).not.toMatch(/curtain|quiet room|side room/i);
    }
  });
});

describe('after-the-error: grounded in the duty of candour, PSIRF and the Compensation Act', () => {
  it('ringing Dr Frost first is a junior asking her consultant openly (seek-supervision), and she names the statutory duty: in person, today, an apology, and a written follow-up', () => {
    expect(optionMatching(Encounter.begin(bundle, 1), 'Ring Dr Frost in clinic first').moves).toEqual(['seek-supervision']);
    const text = transcriptText(play(ID, 1, ['Ring Dr Frost in clinic first']));
    expect(text).toMatch(/notifiable safety incident under the duty of candour/);
    expect(text).toMatch(/in person/);
    expect(text).toMatch(/in writing afterwards/);
  });

  it('answers "told not to admit liability" with section 2 of the Compensation Act 2006', () => {
    const e = playTo(Encounter.begin(bundle, 1), GOOD, 'Say the hospital regrets');
    expect(tryOption(bundle, e, 'Say the hospital regrets').said).toMatch(/An apology is not an admission of liability: section 2 of the Compensation Act 2006/);
  });

  it('puts the family into the review under PSIRF, and the written account in the closing', () => {
    const review = tryOption(bundle, playTo(Encounter.begin(bundle, 1), GOOD, 'Tell them what the incident review'), 'Tell them what the incident review');
    expect(review.said).toMatch(/PSIRF/);
    expect(review.said).toMatch(/your questions, your account, and your view of what it finds/);
    const closing = playTo(Encounter.begin(bundle, 1), GOOD, 'Say it is entirely her choice');
    const promise = optionMatching(closing, 'Say it is entirely her choice');
    expect(promise.why).toMatch(/in writing, with a name to ring\.$/);
  });

  it('cites regulation 20, the GMC and NMC joint guidance, PSIRF and the Compensation Act in the guide', () => {
    const sources = GUIDE.slice(GUIDE.indexOf('## Sources')).replace(/\s+/g, ' ');
    expect(sources).toMatch(/Regulations 2014, regulation 20/i);
    expect(sources).toMatch(/Openness and honesty when things go wrong: the professional duty of candour/);
    expect(sources).toMatch(/Patient Safety Incident Response Framework/);
    expect(sources).toMatch(/Compensation Act 2006, section 2/);
    expect(sources).toMatch(/notify, apologise, explain, in person and in writing/i);
    expect(GUIDE).toMatch(/## Moments where sharing more is not the answer/);
  });
});

describe('after-the-error: a family member who is not simply right', () => {
  it('meets Leila\'s demand that the night nurse go with an honest no, which does better than passing it on', () => {
    const seed = firstSeed(bundle, (v) => v.karim === 0);
    const at = playTo(Encounter.begin(bundle, seed), GOOD, "Say you can't promise that");
    expect(transcriptText(at)).toMatch(/I want his name, and I want him off this ward\. Today\./);
    const no = optionMatching(at, "Say you can't promise that");
    expect(no.moves).toEqual(['honest-limit', 'transparent-disclosure']);
    const held = tryOption(bundle, at, "Say you can't promise that");
    const passed = tryOption(bundle, at, 'Tell her you will pass on');
    const asked = tryOption(bundle, at, 'Ask Leila what she needs');
    expect(held.score).toBeGreaterThan(passed.score);
    expect(held.score).toBeGreaterThan(asked.score);
    expect(passed.said).toMatch(/He gave what was written, Leila\. The doctor wrote it\./);
    expect(optionMatching(at, 'Tell her you will pass on').moves).toContain('conceal');
  });

  it('meets Karim\'s plan to post a recording with a limit said openly, not a policy that cannot stop him', () => {
    const seed = firstSeed(bundle, (v) => v.karim === 1);
    const at = playTo(Encounter.begin(bundle, seed), GOOD, 'Tell Karim he may record');
    expect(transcriptText(at)).toMatch(/It's going on Facebook tonight/);
    const limit = optionMatching(at, 'Tell Karim he may record');
    expect(limit.moves).toContain('hold-boundary');
    const held = tryOption(bundle, at, 'Tell Karim he may record');
    expect(held.said).toMatch(/I can't stop you, and I won't pretend I can/);
    expect(held.said).toMatch(/Not for Facebook/);
    const policy = tryOption(bundle, at, 'Ask Karim to stop recording');
    expect(optionMatching(at, 'Ask Karim to stop recording').moves).toContain('comply-policy');
    expect(policy.said).toMatch(/record it anyway/);
    expect(held.score).toBeGreaterThan(tryOption(bundle, at, 'Ask Amir what he wants').score);
    expect(held.score).toBeGreaterThan(policy.score);
  });

  it('says "I can\'t promise it yet" to "is he going to be all right?", and tags the comforting answer as false reassurance', () => {
    const at = playTo(Encounter.begin(bundle, 1), GOOD, 'Answer both');
    expect(optionMatching(at, 'Reassure Leila').moves).toContain('false-reassurance');
    const honest = tryOption(bundle, at, 'Answer both');
    expect(honest.said).toMatch(/I can't promise it yet/);
    expect(honest.score).toBeGreaterThan(tryOption(bundle, at, 'Reassure Leila').score);
  });
});

describe('after-the-error: moments where sharing more is not the answer', () => {
  it('when the falling blood count comes back, acting on it now (act-on-risk, never rescue) beats asking him whether to finish first', () => {
    const seed = firstSeed(bundle, (v) => v.count_back === 1);
    const at = playTo(Encounter.begin(bundle, seed), GOOD, 'Tell them what the result means');
    expect(transcriptText(at)).toMatch(/A hundred and four/);
    const act = optionMatching(at, 'Tell them what the result means');
    expect(act.moves).toContain('act-on-risk');
    expect(act.moves).not.toContain('rescue');
    const acted = tryOption(bundle, at, 'Tell them what the result means');
    const asked = tryOption(bundle, at, 'ask Amir whether he would rather finish');
    expect(acted.after.variables.safety).toBeGreaterThan(asked.after.variables.safety!);
    expect(acted.score).toBeGreaterThan(asked.score);
    // The acted-on run is not a rescue: it goes on to the candour ending on the good path.
    expect(playOn(Encounter.begin(bundle, seed), GOOD).ending).toBe('candour-and-fair-process');
  });

  it('has no blood-count interruption when the result is not back', () => {
    const seed = firstSeed(bundle, (v) => v.count_back === 0);
    expect(transcriptText(playOn(Encounter.begin(bundle, seed), GOOD))).not.toMatch(/The lab's phoned/);
  });

  it('keeps the blood thinner stopped tonight as a stated safety decision; letting him choose a dose into a bleed costs his safety', () => {
    for (const wants of [1, 2, 3]) {
      const seed = firstSeed(bundle, (v) => v.wants === wants);
      const at = playTo(Encounter.begin(bundle, seed), GOOD, 'Tell him the blood thinner stays stopped');
      expect(optionMatching(at, 'Tell him the blood thinner stays stopped').moves).toEqual(['act-on-risk', 'plain-language']);
      const stopped = tryOption(bundle, at, 'Tell him the blood thinner stays stopped');
      const chosen = tryOption(bundle, at, 'let him choose');
      expect(stopped.after.variables.safety, `wants=${wants}`).toBeGreaterThan(chosen.after.variables.safety!);
      expect(stopped.score, `wants=${wants}`).toBeGreaterThan(chosen.score);
      if (wants === 1) expect(chosen.said).toMatch(/half a dose/);
    }
  });

  it('checks a lying and standing blood pressure when Leila has said he went grey, which finds the drop a sitting reading misses', () => {
    const seed = firstSeed(bundle, (v) => v.noticed === 1 && v.count_back === 0);
    const at = playTo(Encounter.begin(bundle, seed), GOOD, 'Tell him you are checking his blood pressure lying');
    expect(transcriptText(at)).toMatch(/he went grey and held on to the sink/);
    const acted = tryOption(bundle, at, 'Tell him you are checking his blood pressure lying');
    expect(acted.said).toMatch(/Standing, 100 over 64/);
    expect(acted.score).toBeGreaterThan(tryOption(bundle, at, 'Ask if you may look at the bruise').score);
    expect(acted.score).toBeGreaterThan(tryOption(bundle, at, 'Ask Amir how he has been feeling').score);
  });
});

describe('after-the-error: the seed changes the run, and the best move with it', () => {
  it('draws different variants from different seeds, and the same variant from the same seed', () => {
    const drawn = new Set(Array.from({ length: 12 }, (_, i) => JSON.stringify(variantOf(bundle, i + 1))));
    expect(drawn.size).toBeGreaterThan(6);
    expect(Encounter.begin(bundle, 7).variant).toEqual(Encounter.begin(bundle, 7).variant);
    for (const name of ['wants', 'karim', 'noticed', 'lead_free', 'count_back'] as const) {
      const values = new Set(Array.from({ length: 12 }, (_, i) => variantOf(bundle, i + 1)[name]));
      expect(values.size, name).toBeGreaterThan(1);
    }
  });

  it('varies Amir\'s starting trust and autonomy', () => {
    const starts = Array.from({ length: 12 }, (_, i) => startOf(bundle, i + 1).variables);
    expect(new Set(starts.map((v) => v.trust)).size).toBeGreaterThan(2);
    expect(new Set(starts.map((v) => v.autonomy)).size).toBeGreaterThan(2);
  });

  it('when Amir, informed, asks you to decide about restarting, respecting the delegation is best and handing it back costs trust', () => {
    const seed = firstSeed(bundle, (v) => v.wants === 3);
    const at = playTo(Encounter.begin(bundle, seed), GOOD, 'Decide it with Dr Frost');
    expect(transcriptText(at)).toMatch(/You two decide\. I mean it\./);
    expect(optionMatching(at, 'Decide it with Dr Frost').moves).toContain('respect-delegation');
    const decided = tryOption(bundle, at, 'Decide it with Dr Frost');
    const handed = tryOption(bundle, at, 'Lay out the options, restarting');
    expect(handed.after.variables.trust).toBeLessThan(at.variables.trust!);
    expect(decided.score).toBeGreaterThan(handed.score);
    expect(decided.said).toMatch(/If you change your mind/);
  });

  it('when Amir wants to decide himself, laying out the options beats a recommendation, and no delegation option is offered', () => {
    const seed = firstSeed(bundle, (v) => v.wants === 1);
    const at = playTo(Encounter.begin(bundle, seed), GOOD, 'Lay out the options, restarting');
    expect(at.choices.some((c) => c.moves.includes('respect-delegation'))).toBe(false);
    expect(tryOption(bundle, at, 'Lay out the options, restarting').score).toBeGreaterThan(tryOption(bundle, at, 'Recommend restarting apixaban').score);
  });

  it('when Amir has asked Leila to speak for him, putting the restart to her is his chosen way; otherwise it costs him', () => {
    const withLeila = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 2)), GOOD, 'Put the question to Leila');
    const himself = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1)), GOOD, 'Put the question to Leila');
    expect(tryOption(bundle, withLeila, 'Put the question to Leila').score).toBeGreaterThan(tryOption(bundle, withLeila, 'Lay out the options, restarting').score);
    expect(tryOption(bundle, himself, 'Put the question to Leila').score).toBeLessThan(tryOption(bundle, himself, 'Lay out the options, restarting').score);
  });

  it('when Amir asks what you would do about going home, a clear recommendation beats handing it back; when he wants to decide, the reverse', () => {
    const asks = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 3)), GOOD, 'Recommend he stays');
    expect(transcriptText(asks)).toMatch(/What would you do, doctor\?/);
    expect(optionMatching(asks, 'Recommend he stays').moves).toContain('recommend-clearly');
    expect(tryOption(bundle, asks, 'Recommend he stays').score).toBeGreaterThan(tryOption(bundle, asks, 'Lay out the risks of going').score);
    const decides = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1)), GOOD, 'Recommend he stays');
    expect(tryOption(bundle, decides, 'Lay out the risks of going').score).toBeGreaterThan(tryOption(bundle, decides, 'Recommend he stays').score);
  });

  it('makes the patient safety lead the best offer when she is free today, and not when she is away', () => {
    const free = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.lead_free === 1)), GOOD, 'Offer to ask Joanne Pryce');
    const away = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.lead_free === 0)), GOOD, 'Offer to ask Joanne Pryce');
    const lead = (e: Encounter) => tryOption(bundle, e, 'Offer to ask Joanne Pryce');
    expect(lead(free).said).toMatch(/she can come at four/);
    expect(lead(away).said).toMatch(/on leave until Monday/);
    expect(lead(free).score).toBeGreaterThan(tryOption(bundle, free, 'Offer PALS now').score);
    expect(lead(away).score).toBeLessThan(tryOption(bundle, away, 'Offer PALS now').score);
  });

  it('has Leila say he went grey at once, later once she trusts the process, or not at all, as the seed draws', () => {
    const early = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.noticed === 1)), GOOD, 'Sit down, and ask what they already know');
    expect(early.transcript.some((l) => l.tags.disclose === 'grey-on-standing')).toBe(true);
    const later = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.noticed === 2)), GOOD, 'Recommend he stays');
    const laterLine = later.transcript.find((l) => l.tags.disclose === 'grey-on-standing');
    expect(laterLine?.text).toMatch(/since you're telling us things/);
    const never = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.noticed === 0)), GOOD);
    expect(never.transcript.some((l) => l.tags.disclose === 'grey-on-standing')).toBe(false);
  });

  it('puts Karim on the phone only when the seed draws him', () => {
    expect(transcriptText(playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.karim === 1)), GOOD, 'Suggest the quiet room'))).toMatch(/That's my brother, Karim/);
    expect(transcriptText(playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.karim === 0)), GOOD))).not.toMatch(/Karim/);
  });
});

describe('after-the-error: labels and why lines', () => {
  it('gives every option a why line and no how-nicely adverb in its label', () => {
    const labels = INK.split('\n').filter((l) => /^\s*\*/.test(l)).map((l) => /\[([^#]*)#/.exec(l)?.[1] ?? '');
    expect(labels.length).toBeGreaterThan(60);
    for (const label of labels) expect(label).not.toMatch(/\b(gently|kindly|warmly|together|carefully|sensitively|softly|plainly|properly|honestly)\b/i);
    for (const line of INK.split('\n').filter((l) => /^\s*\*/.test(l))) expect(line, line).toMatch(/# why: /);
  });
});

describe('after-the-error: review fixes (unsafe choices do not reach the top ending; tags)', () => {
  const swap = (from: string, to: string) => [to, ...GOOD.filter((p) => p !== from)];

  it('half a dose of apixaban into a bleed is stopped by Grace and Dr Frost, and that run cannot reach candour-and-fair-process', () => {
    const prefs = swap('Tell him the blood thinner stays stopped', 'let him choose');
    let checked = 0;
    for (let seed = 1; seed <= 400 && checked < 5; seed++) {
      if (variantOf(bundle, seed).wants !== 1) continue;
      if (playOn(Encounter.begin(bundle, seed), GOOD).ending !== 'candour-and-fair-process') continue;
      const e = playOn(Encounter.begin(bundle, seed), prefs);
      const text = transcriptText(e);
      expect(text).toMatch(/Then half a dose/);
      expect(text).toMatch(/I won't give any apixaban tonight/);
      expect(text).toMatch(/not half a dose, not any/);
      expect(e.ending, `seed ${seed}`).not.toBe('candour-and-fair-process');
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('the candour ending names the falling count when it was left for later, and only then', () => {
    const prefs = swap('Tell them what the result means', 'Thank Grace, and carry on');
    let delayedCandour = 0;
    for (let seed = 1; seed <= 1500 && delayedCandour < 3; seed++) {
      if (variantOf(bundle, seed).count_back !== 1) continue;
      const good = playOn(Encounter.begin(bundle, seed), GOOD);
      if (good.ending === 'candour-and-fair-process') expect(transcriptText(good)).not.toMatch(/was put aside while you talked/);
      const e = playOn(Encounter.begin(bundle, seed), prefs);
      expect(transcriptText(e)).toMatch(/I'll sort it when we've finished here/);
      if (e.ending !== 'candour-and-fair-process') continue;
      expect(transcriptText(e)).toMatch(/count of a hundred and four was put aside while you talked/);
      delayedCandour++;
    }
    expect(INK).toMatch(/\{ result_delayed:\n\s*The scan waited on the conversation/);
  });

  it('the patient safety lead is the trust\'s own: offering her is escalate, not neutral-process', () => {
    const line = INK.split('\n').find((l) => l.includes('[Offer to ask Joanne Pryce'))!;
    expect(line).toContain('# move: escalate');
    expect(line).not.toContain('neutral-process');
  });

  it('"probably your bisoprolol" is false reassurance, and the enoxaparin dose turns on creatinine clearance', () => {
    const line = INK.split('\n').find((l) => l.includes('[Suggest it is probably his bisoprolol'))!;
    expect(line).toContain('# move: false-reassurance');
    expect(line).not.toContain('# move: conceal');
    expect(INK).toMatch(/creatinine clearance of 24/);
    expect(INK).not.toMatch(/eGFR of 24/);
  });

  it('putting the restart to Leila is respect-delegation only when Amir asked her to speak for him', () => {
    const withLeila = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 2)), GOOD, 'Put the question to Leila');
    const himself = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === 1)), GOOD, 'Put the question to Leila');
    expect(optionMatching(withLeila, 'Put the question to Leila').moves).toEqual(['respect-delegation', 'address-companion']);
    expect(optionMatching(himself, 'Put the question to Leila').moves).toEqual(['address-companion']);
  });
});
