// Story tests for "The offer": each pins a fix from the clinical educator's review, by playing
// the scene it is about. Seeds are found by what they draw, never hard-coded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { ROOT } from '../helpers';
import { firstRun, firstSeed, libraryBundle, optionMatching, playOn, playTo, transcriptText, tryOption, valuesDrawn } from './play';

const ID = 'the-offer';
const bundle = libraryBundle(ID);
const source = fs.readFileSync(path.join(ROOT, 'story', 'scenarios', ID, 'main.ink'), 'utf8');
const guide = fs.readFileSync(path.join(ROOT, 'docs', 'scenarios', `${ID}.md`), 'utf8');

// The path a learner takes who shares power where it helps and uses it openly where it is needed.
const SUPPORTED = [
  'Ask how the last three months',
  'Tell her what today',
  'Lay out the choices of step size and timing, and ask her to choose',
  'Decide the pace, as she asked',
  'Ask what she would most like',
  'Message Dr Hale about her fusion first',
  'Name both your roles',
  'Explain it step by step',
  'Tell her no, it will not help',
  'Tell her the risks in plain words',
  'Tell her that whether her back can take it',
  'Ask what is going through her mind',
  'Tell her the payment cannot come early',
  'Say, in front of her, that nothing can be booked',
  'Say clearly that no is a perfectly good answer',
  'Make sure her prescription is in her hands',
  'Ask her to explain the study back',
  'Hand her to Sam',
  'Tell her you will not take her consent yourself',
  'Tell her you will leave her with Sam',
  'Call your next patient now',
];
// The same, but answering "what would you do?" at the decision with a clear recommendation.
const ADVISED = SUPPORTED.map((p) => (p === 'Hand her to Sam' ? 'Tell her what you would advise' : p));

// Choices a busy clinician makes on the way to a same-day yes, none of which flags her fusion.
const HURRIED = [
  'Start with the agreement checks',
  'Tell her not to worry',
  'Note the scores',
  'Raise the study now',
  'Say that Dr Hale has asked',
  'Lead with the headline',
  'Say it could lead to better treatments',
  'Reassure her: it is very safe',
  'Agree that it is her body',
  'Tell her it is good money',
  'Say that then this could really help',
  'Say she seems interested',
  'Ask, "Any questions?"',
  'Print her prescription now, before the pharmacy shuts',
  'Hand her the fourteen-page',
  'Offer to take her consent yourself',
  'Show her where to initial',
  'Update the screening log',
];

describe('the-offer: money-led persuasion is undue influence, not exploitation', () => {
  const seed = firstSeed(bundle, (v) => v.money === 1 && v.plan === 0);

  it('tags leading with the thousand pounds as press-with-payment', () => {
    const e = playTo(Encounter.begin(bundle, seed), SUPPORTED, 'Lead with the headline');
    expect(optionMatching(e, 'Lead with the headline').moves).toContain('press-with-payment');
    expect(optionMatching(e, 'Lead with the headline').moves).not.toContain('select-for-convenience');
  });

  it('tags "good money for a day" as pressing with the payment and rushing her', () => {
    const e = playTo(Encounter.begin(bundle, seed), SUPPORTED, 'Tell her it is good money');
    expect(optionMatching(e, 'Tell her it is good money').moves).toEqual(expect.arrayContaining(['press-with-payment', 'rush-decision']));
    expect(optionMatching(e, 'Tell her it is good money').moves).not.toContain('select-for-convenience');
  });

  it('tags "then this could really help", after she tells you about the rent, as pressing with the payment', () => {
    const e = playTo(Encounter.begin(bundle, seed), SUPPORTED, 'Say that then this could really help');
    expect(transcriptText(e)).toContain("I'm three weeks behind on the rent");
    expect(optionMatching(e, 'Say that then this could really help').moves).toEqual(expect.arrayContaining(['press-with-payment', 'rush-decision']));
    expect(optionMatching(e, 'Say that then this could really help').moves).not.toContain('select-for-convenience');
  });

  it('uses select-for-convenience nowhere: nobody in this story is chosen for being easy to use', () => {
    expect(source).not.toMatch(/#\s*move:\s*select-for-convenience/);
  });

  it('costs her more autonomy when the rent is pressing this month', () => {
    const other = firstSeed(bundle, (v) => v.money === 0 && v.plan === 0);
    const drop = (s: number) => {
      const e = playTo(Encounter.begin(bundle, s), SUPPORTED, 'Tell her it is good money');
      return -tryOption(bundle, e, 'Tell her it is good money').change.autonomy!;
    };
    expect(drop(seed)).toBeGreaterThan(drop(other));
  });
});

describe('the-offer: a previous lumbar fusion goes to the principal investigator before any consent', () => {
  it('shows the fusion on the screening list as a question for Dr Hale, not a green light', () => {
    const e = playTo(Encounter.begin(bundle, firstSeed(bundle, () => true)), SUPPORTED, 'Message Dr Hale about her fusion first');
    const text = transcriptText(e);
    expect(text).toContain('The search does not read operation notes');
    expect(text).toContain('needs the principal investigator, Dr Hale, to review their scans and confirm eligibility before they are consented');
  });

  it('makes stopping the four o\'clock slot for the fusion an open act on risk that raises her safety, not a rescue', () => {
    const prefs = SUPPORTED.filter((p) => p !== 'Message Dr Hale about her fusion first' && p !== 'Tell her the risks in plain words').concat(['Print and sign her prescription and hand it over first', 'Give her the numbers quickly']);
    const seed = firstSeed(bundle, (v) => v.event === 1);
    const stop = 'Say, in front of her, that nothing can be booked';
    const e = playTo(Encounter.begin(bundle, seed), prefs, stop);
    expect(optionMatching(e, stop).moves).toContain('act-on-risk');
    expect(optionMatching(e, stop).moves).not.toContain('rescue');
    const flagged = tryOption(bundle, e, stop);
    const handed = tryOption(bundle, e, 'Say, in front of her, that it is entirely her decision');
    expect(flagged.after.variables.safety).toBeGreaterThan(e.variables.safety!);
    expect(handed.after.variables.safety).toBeLessThan(e.variables.safety!);
    expect(flagged.score).toBeGreaterThan(handed.score);
    expect(transcriptText(flagged.after)).toContain("I'll look at her scans this week");
  });

  it('tells her plainly that her rods make it Dr Hale\'s call, and holds to that when she wants to take her chances', () => {
    const seed = firstSeed(bundle, (v) => v.helps === 1);
    const stop = 'Tell her that whether her back can take it';
    const e = playTo(Encounter.begin(bundle, seed), SUPPORTED, stop);
    expect(transcriptText(e)).toContain('Dr Hale, who leads the study, has to look at your scans');
    expect(optionMatching(e, stop).moves).toContain('act-on-risk');
    const held = tryOption(bundle, e, stop);
    const waived = tryOption(bundle, e, 'Agree that it is her body');
    expect(held.score).toBeGreaterThan(waived.score);
    expect(waived.after.variables.safety).toBeLessThan(held.after.variables.safety!);
  });

  it('has the research nurse stop a same-day consent that nobody flagged to Dr Hale', () => {
    const prefs = HURRIED.filter((p) => p !== 'Offer to take her consent yourself').concat(['Suggest she sees Sam at four', 'Stay with her']);
    const e = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.plan === 0)), prefs);
    const text = transcriptText(e);
    expect(text).toContain("Then I can't consent her today. The protocol says he reviews first.");
    expect(text).not.toContain('She signed at four o\'clock');
  });

  it('logs a protocol deviation when you consent her yourself without flagging the fusion, and has Dr Hale do it above the fusion when flagged', () => {
    const unflagged = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.plan === 0)), HURRIED);
    expect(unflagged.ending).toBe('withdrew-later');
    expect(transcriptText(unflagged)).toContain('It is logged as a protocol deviation');
    const seed = firstSeed(bundle, (v) => v.helps === 1 && v.plan === 0);
    const flagged = playOn(Encounter.begin(bundle, seed), SUPPORTED);
    expect(transcriptText(flagged)).toContain('Dr Hale has reviewed her scans by then');
    expect(transcriptText(flagged)).not.toContain('protocol deviation');
  });
});

describe('the-offer: the headache risk with a pencil-point needle is about 1 in 20 to 30', () => {
  it('says one in twenty to thirty in plain words, and three to five percent to a colleague', () => {
    const seed = firstSeed(bundle, () => true);
    const plain = playTo(Encounter.begin(bundle, seed), SUPPORTED, 'Ask what is going through her mind');
    expect(transcriptText(plain)).toContain('about one person in twenty to thirty');
    const jargonPrefs = SUPPORTED.map((p) => (p === 'Tell her the risks in plain words' ? 'Give her the numbers quickly' : p));
    const jargon = playTo(Encounter.begin(bundle, seed), jargonPrefs, 'Ask what is going through her mind');
    expect(transcriptText(jargon)).toContain('PDPH in about three to five percent with an atraumatic needle');
  });

  it('no longer says one in ten anywhere, in the story or the guide', () => {
    expect(source).not.toMatch(/one in ten|1 in 10\b|five to ten percent|one in twenty and one in ten/i);
    expect(guide).not.toMatch(/one in ten|1 in 10\b|five to ten percent|one in twenty and one in ten/i);
    expect(guide).toMatch(/1 in 20 to 1 in 30/);
  });
});

describe('the-offer: the supported path can end in an informed yes, and that is a good ending', () => {
  it('declares "Her yes" as an ending of its own, described as a good outcome', () => {
    const yes = bundle.meta.endings.find((e) => e.id === 'informed-yes');
    expect(yes?.title).toBe('Her yes');
    expect(yes?.summary).toMatch(/good outcome/i);
  });

  it('ends in her informed yes when she values helping pain research', () => {
    const seed = firstSeed(bundle, (v) => v.helps === 1 && v.plan === 0 && v.wants !== 3);
    const e = playOn(Encounter.begin(bundle, seed), SUPPORTED);
    expect(e.ending).toBe('informed-yes');
    expect(transcriptText(e)).toContain('She says yes the following week');
    expect(e.variables.trust).toBeGreaterThanOrEqual(60);
    expect(e.variables.autonomy).toBeGreaterThanOrEqual(60);
  });

  it('ends in her no when she would only have done it for the money', () => {
    const seed = firstSeed(bundle, (v) => v.helps === 0 && v.plan === 0 && v.wants !== 3);
    expect(playOn(Encounter.begin(bundle, seed), SUPPORTED).ending).toBe('free-choice');
  });

  it('ends in a yes in the spring when she waited, as advised, for her reduction to settle', () => {
    const seed = firstSeed(bundle, (v) => v.helps === 1 && v.plan === 1);
    const e = playOn(Encounter.begin(bundle, seed), ADVISED);
    expect(e.ending).toBe('informed-yes');
    expect(transcriptText(e)).toContain('In the spring, settled on the new dose, she rings Sam herself.');
  });
});

describe('the-offer: moments where sharing more is not the answer', () => {
  it('recommends clearly that she not enrol while her morphine is coming down, and that protects her', () => {
    const seed = firstSeed(bundle, (v) => v.plan === 1 && v.helps === 1 && v.wants === 1);
    const stop = 'Tell her what you would advise';
    const e = playTo(Encounter.begin(bundle, seed), ADVISED, stop);
    expect(optionMatching(e, stop).moves).toContain('recommend-clearly');
    const advised = tryOption(bundle, e, stop);
    const handed = tryOption(bundle, e, 'Hand her to Sam');
    expect(transcriptText(advised.after)).toContain('My advice is: not now.');
    expect(advised.score).toBeGreaterThan(handed.score);
    // Without the advice she says yes in the middle of the reduction, and it goes badly.
    expect(playOn(Encounter.begin(bundle, seed), SUPPORTED).ending).toBe('withdrew-later');
  });

  it('declines to take her consent yourself when she asks you to, because you are her clinician', () => {
    const seed = firstSeed(bundle, (v) => v.plan === 0 && v.wants === 1);
    const stop = 'Tell her you will not take her consent yourself';
    const e = playTo(Encounter.begin(bundle, seed), SUPPORTED, stop);
    expect(transcriptText(e)).toContain("Can't you just do the form now? I'd rather it was you.");
    expect(optionMatching(e, stop).moves).toEqual(expect.arrayContaining(['hold-boundary', 'separate-roles']));
    const held = tryOption(bundle, e, stop);
    const offered = tryOption(bundle, e, 'Ask her which she would prefer');
    expect(held.score).toBeGreaterThan(offered.score);
    expect(offered.after.choices.some((c) => c.text.startsWith('Show her where to initial'))).toBe(true);
  });

  it('tags offering to chase an advance payment as rescue and pressing with the payment, not advocacy, in the story and the guide', () => {
    const seed = firstSeed(bundle, (v) => v.money === 1 && v.wants === 1);
    const pick = 'Say you will ask Dr Hale whether the company could pay her in advance';
    const e = playTo(Encounter.begin(bundle, seed), SUPPORTED, 'Tell her the payment cannot come early');
    const option = optionMatching(e, pick);
    expect(option.moves).toEqual(['rescue', 'press-with-payment']);
    expect(option.moves).not.toContain('advocate');
    expect(option.why).toMatch(/reason to sign sooner/);
    expect(guide).toMatch(/pay her in advance \(`rescue`, `press-with-payment`\)/);
    expect(guide).not.toMatch(/pay her in advance \(`advocate`\)/);
  });

  it('says no to paying her in advance, with the reason and help for the rent, rather than taking up her case for early money', () => {
    const seed = firstSeed(bundle, (v) => v.money === 1 && v.wants === 1);
    const stop = 'Tell her the payment cannot come early';
    const e = playTo(Encounter.begin(bundle, seed), SUPPORTED, stop);
    expect(transcriptText(e)).toContain('Could they pay it before?');
    expect(optionMatching(e, stop).moves).toEqual(['honest-limit', 'cooperative-goals']);
    expect(tryOption(bundle, e, stop).score).toBeGreaterThan(tryOption(bundle, e, 'Say you will ask Dr Hale whether the company could pay her in advance').score);
  });

  it('keeps to time after the visit: the concern still reaches the clinical lead, at no cost to the patients waiting', () => {
    const seed = firstSeed(bundle, (v) => v.plan === 0);
    const stop = 'Call your next patient now';
    const e = playTo(Encounter.begin(bundle, seed), SUPPORTED, stop);
    expect(optionMatching(e, stop).moves).toEqual(expect.arrayContaining(['keep-to-time', 'escalate']));
    const later = tryOption(bundle, e, stop);
    const now = tryOption(bundle, e, 'Write to the clinical lead and the research office now');
    expect(later.score).toBeGreaterThan(now.score);
    expect(later.after.variables.clock).toBeLessThan(now.after.variables.clock!);
  });
});

describe('the-offer: the seed changes who she is and what the best move is', () => {
  it('draws every declared value of every variation variable across seeds, and the same seed replays the same run', () => {
    const seen = valuesDrawn(bundle, 60);
    for (const v of bundle.meta.variation ?? []) expect(seen.get(v.name)).toEqual(Object.keys(v.values).map(Number).sort((x, y) => x - y));
    const seed = firstSeed(bundle, (v) => v.helps === 1);
    expect(transcriptText(playOn(Encounter.begin(bundle, seed), SUPPORTED))).toBe(transcriptText(playOn(Encounter.begin(bundle, seed), SUPPORTED)));
  });

  it('rewards a clear recommendation when she asks what you would do, and handing her the decision when she wants to decide', () => {
    const stop = 'Tell her what you would advise';
    const asks = firstSeed(bundle, (v) => v.wants === 3 && v.plan === 0);
    const decides = firstSeed(bundle, (v) => v.wants === 1 && v.plan === 0);
    const asked = playTo(Encounter.begin(bundle, asks), ADVISED, stop);
    expect(transcriptText(asked)).toContain('What would you do? Honestly.');
    expect(tryOption(bundle, asked, stop).score).toBeGreaterThan(tryOption(bundle, asked, 'Hand her to Sam').score);
    const deciding = playTo(Encounter.begin(bundle, decides), ADVISED, stop);
    expect(tryOption(bundle, deciding, 'Hand her to Sam').score).toBeGreaterThan(tryOption(bundle, deciding, stop).score);
  });

  it('respects her informed delegation of the pace of her reduction, and turning her back into the decider costs trust', () => {
    const seed = firstSeed(bundle, (v) => v.wants === 3 && v.plan === 1);
    const stop = 'Decide the pace, as she asked';
    const e = playTo(Encounter.begin(bundle, seed), SUPPORTED, stop);
    expect(transcriptText(e)).toContain('You decide.');
    expect(optionMatching(e, stop).moves).toContain('respect-delegation');
    const decided = tryOption(bundle, e, stop);
    const handedBack = tryOption(bundle, e, 'Tell her it is her body');
    expect(decided.score).toBeGreaterThan(handedBack.score);
    expect(handedBack.after.variables.trust).toBeLessThan(e.variables.trust!);
  });

  it('settles the pace by phone with her sister involved when that is what she wants', () => {
    const sister = firstSeed(bundle, (v) => v.wants === 2 && v.plan === 1);
    const alone = firstSeed(bundle, (v) => v.wants === 1 && v.plan === 1);
    const stop = 'Keep the dose as it is today';
    const best = (seed: number) => {
      const at = playTo(Encounter.begin(bundle, seed), SUPPORTED, stop);
      return ['Keep the dose as it is today', 'Lay out the choices of step size and timing, and ask her to choose', 'Propose a pace']
        .map((pick) => ({ pick, score: tryOption(bundle, at, pick).score }))
        .sort((a, b) => b.score - a.score)[0]!.pick;
    };
    expect(best(sister)).toBe('Keep the dose as it is today');
    expect(best(alone)).toBe('Lay out the choices of step size and timing, and ask her to choose');
  });

  it('sends Dr Hale to the door in some runs and Sam, early, in others; tells you about the rent only when it is pressing', () => {
    const hale = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.event === 1)), SUPPORTED, 'Say clearly that no is a perfectly good answer');
    const sam = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.event === 2)), SUPPORTED, 'Say clearly that no is a perfectly good answer');
    expect(transcriptText(hale)).toContain('Sorry to barge in. Is this Ms Alvarez?');
    expect(transcriptText(sam)).toContain("Sorry, I'm early.");
    const managing = playOn(Encounter.begin(bundle, firstSeed(bundle, (v) => v.money === 0)), SUPPORTED);
    expect(managing.transcript.some((l) => l.tags.disclose === 'rent')).toBe(false);
    const behind = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.money === 1)), SUPPORTED, 'Tell her the payment cannot come early');
    expect(behind.transcript.some((l) => l.tags.disclose === 'rent')).toBe(true);
  });
});

describe('the-offer: the review of the guide and the labels', () => {
  it('cites the UK Policy Framework principle 12 (Choice) for what participants are told, not principle 10', () => {
    expect(guide).toMatch(/principle 12, Choice/);
    expect(guide).not.toMatch(/principles 10 and 12/);
    expect(guide).not.toMatch(/10 \(information about the research\)/i);
    expect(guide).toMatch(/Principle 10, Information about the Research, is about making\s+information about studies publicly available/);
  });

  it('gives no date for the HRA payments guidance that could not be verified', () => {
    expect(guide).not.toMatch(/updated February 2024|guidance on payments and incentives \(updated/);
  });

  it('labels say what is done, not how plainly or truthfully', () => {
    const labels = source.split('\n').filter((l) => /^\s*[*+]\s/.test(l)).map((l) => /\[([^#\]]*)/.exec(l)?.[1] ?? '');
    expect(labels.length).toBeGreaterThan(60);
    for (const label of labels) expect(label, label).not.toMatch(/\b(plainly|gently|kindly|warmly|carefully|softly)\b|the truth:/i);
  });

  it('gives the proposed pace a why line for each variant that meets it, without calling the plan sensible', () => {
    expect(source).not.toMatch(/a sensible plan/);
    const why = (wants: number) => {
      const e = playTo(Encounter.begin(bundle, firstSeed(bundle, (v) => v.wants === wants && v.plan === 1)), SUPPORTED, 'Propose a pace');
      return optionMatching(e, 'Propose a pace').why;
    };
    expect(why(1)).toMatch(/^Teresa hears a pace and the reason for it/);
    expect(why(1)).toMatch(/settle the pace herself/);
    expect(why(2)).toMatch(/Lucía/);
  });

  it('makes the clinic her prescriber for now because the GP paused shared care, and says in the guide that this is constructed', () => {
    expect(source).toMatch(/under shared care; in the spring the practice paused that until the clinic reviews her/);
    expect(source).not.toMatch(/Her GP will not prescribe for her pain/);
    expect(guide).toMatch(/constructed for the scenario/);
  });

  it('lists a money-advice support line for a learner on their own', () => {
    expect(bundle.meta.support?.join(' ')).toMatch(/Citizens Advice/);
  });
});

describe('the-offer: checking that her yes is informed and free, asked by her prescriber', () => {
  const CHECK = 'Before she signs, ask her what she is agreeing to';
  const STEP_ASIDE = 'Stop, and tell her you should not be the one taking her consent';
  // The supported path, except that when she asks you to do the form you let her choose you.
  const CHOSEN = SUPPORTED.map((p) => (p === 'Tell her you will not take her consent yourself' ? 'Ask her which she would prefer: you now' : p));

  it('is test-consent, and with a Teresa who has not told you her fear it gets "Course I could", and she signs', () => {
    const seed = firstSeed(bundle, (v) => v.plan === 0);
    const e = playTo(Encounter.begin(bundle, seed), HURRIED, CHECK);
    expect(transcriptText(e)).not.toContain('what happens to my tablets?');
    expect(optionMatching(e, CHECK).moves).toEqual(['test-consent']);
    const checked = playOn(Encounter.begin(bundle, seed), [CHECK, ...HURRIED]);
    expect(transcriptText(checked)).toContain('Course I could say no');
    expect(transcriptText(checked)).toContain('She signs, dates it');
    expect(tryOption(bundle, e, STEP_ASIDE).score).toBeGreaterThanOrEqual(tryOption(bundle, e, CHECK).score);
  });

  it('with a Teresa who has told you her fear, she answers "Not to you", and you stop and hand her to Sam', () => {
    const { seed } = firstRun(bundle, () => true, (start) => {
      const e = playTo(Encounter.begin(bundle, start.seed), CHOSEN, CHECK);
      return transcriptText(e).includes('what happens to my tablets?') ? e : null;
    });
    const checked = playOn(Encounter.begin(bundle, seed), [CHECK, ...CHOSEN]);
    const text = transcriptText(checked);
    expect(text).toContain('Not to you. You do my tablets.');
    expect(text).not.toContain('She signs, dates it');
    expect(checked.ending).not.toBe('signed-under-pressure');
    // Stepping aside unasked does at least as well: the check asks her to say the hard thing to your face.
    const atCheck = playTo(Encounter.begin(bundle, seed), CHOSEN, CHECK);
    expect(tryOption(bundle, atCheck, STEP_ASIDE).score).toBeGreaterThanOrEqual(tryOption(bundle, atCheck, CHECK).score);
  });
});
