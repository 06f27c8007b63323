// Story tests for the ward round: pin the clinical educators' fixes (a 4.1 after the full
// charted dose is below the JBDS inpatient target and means reduce and titrate through the
// diabetes team, not "as charted" and not stop; a pen with a larger window, a magnifier or a
// district nurse, never a "talking" pen and never counting clicks; speaking up about a borderline
// sugar is not "spending goodwill"), and that the run's variant changes what the best move is: raising a
// hypo with the consultant now, or keeping to time and routing a borderline sugar to the doctor
// who writes the chart; naming the remark or moving the round off her bed; a clear
// recommendation, Karen on the phone, or an informed delegation respected.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { STORY_DIR } from '../helpers';
import { bestOf, currentText, drawing, firstSeed, libraryBundle, optionMatching, optionScores, scoreOf, startOf, takeEach, transcriptText, valuesDrawn } from './play';

const ID = 'ward-round';
const bundle = libraryBundle(ID);
const SOURCE = fs.readFileSync(path.join(STORY_DIR, 'scenarios', ID, 'main.ink'), 'utf8');
const META = fs.readFileSync(path.join(STORY_DIR, 'scenarios', ID, 'meta.json'), 'utf8');
const GUIDE = fs.readFileSync(path.join(STORY_DIR, '..', 'docs', 'scenarios', `${ID}.md`), 'utf8');

// The quickest way to the plan: no introductions, shorthand, silence.
const TO_PLAN = ['Read her notes', 'usual shorthand', 'Say nothing', 'Keep your eyes on the obs chart'];
const RAISE_NOW = 'Tell Dr Grant now';
const KEEP_TO_TIME = 'the round must move on';
const PLAIN_PLAN = 'Tell her the plan in everyday words';
const FOLLOW = 'Follow the round';
// From the plan to the insulin question, quietly.
const TO_INSULIN = ['Leave her to it', 'Start with the jobs', 'Explain that the referral is about healing'];
// From there to Wednesday's round, without anything else changing hands.
const TO_WEDNESDAY_UNTOLD = ['Check the chart with her', 'Leave her your name', 'Leave it. He signs', 'Thank him'];
// ...and with the pen problem found through a supervised dose.
const TO_WEDNESDAY_FOUND = [...TO_PLAN, KEEP_TO_TIME, ...TO_INSULIN, 'Check the chart with her', "asking the nurse to watch her do tonight's dose", 'Leave it. He signs', 'Thank him'];

describe('ward-round: the seed draws the variant', () => {
  it('draws every listed value of every variation variable, and the same seed draws the same run', () => {
    const seen = valuesDrawn(bundle, 80);
    for (const v of bundle.meta.variation!) {
      expect(seen.get(v.name)!.map(String), v.name).toEqual(Object.keys(v.values).sort());
    }
    const seven = () => {
      const e = Encounter.begin(bundle, 7);
      return { ...e.variables, ...e.variant };
    };
    expect(seven()).toEqual(seven());
    // Starting trust and autonomy vary with the seed too.
    const starts = new Set(Array.from({ length: 30 }, (_, i) => `${startOf(bundle, i + 1).variables.trust}/${startOf(bundle, i + 1).variables.autonomy}`));
    expect(starts.size).toBeGreaterThan(5);
  });

  it('shows the player what was drawn: the sugar on the chart, who is at the bed, what Doreen wants', () => {
    const low = transcriptText(takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ glucose: 2 }))), ['Read her notes']));
    expect(low).toContain('3.6');
    const borderline = transcriptText(takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ glucose: 1 }))), ['Read her notes']));
    expect(borderline).toContain('4.1');
    expect(transcriptText(takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ backup: 2 }))), ['Read her notes']))).toMatch(/Bernie Doyle is already there/);
    expect(transcriptText(takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ wants: 1 }))), ['Slip ahead']))).toMatch(/Don't flannel me/);
    expect(transcriptText(takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ wants: 2 }))), ['Slip ahead']))).toMatch(/Karen/);
    expect(transcriptText(takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ wants: 3 }))), ['Slip ahead']))).toMatch(/shut my eyes/);
  });
});

describe('ward-round: a 4.1 after the full charted dose (JBDS: under 4.0 is a hypo; the inpatient target is 6 to 10)', () => {
  it('keeping to time and flagging it to Priya gets the dose reduced by a fifth and titrated, not continued or stopped', () => {
    const seed = firstSeed(bundle, drawing({ glucose: 1 }));
    const atPlan = takeEach(Encounter.begin(bundle, seed), TO_PLAN);
    const option = optionMatching(atPlan, KEEP_TO_TIME);
    expect(option.moves).toEqual(['keep-to-time']);
    const before = atPlan.variables;
    atPlan.choose(option.index);
    const said = currentText(atPlan);
    expect(said).toMatch(/six to ten we aim for on the ward/);
    expect(said).toMatch(/ring the diabetes nurse and run it past Sam/);
    expect(said).toMatch(/by a fifth/);
    expect(said).toMatch(/titrate/);
    expect(said).not.toMatch(/stop (her|the) insulin|omit/i);
    expect(atPlan.variables.safety).toBeGreaterThan(before.safety!);
    expect(atPlan.variables.waiting).toBe(before.waiting);
  });

  it('insulin left "as charted" is not the plan: unreviewed, she goes low overnight', () => {
    const seed = firstSeed(bundle, drawing({ glucose: 1 }));
    const reviewed = takeEach(Encounter.begin(bundle, seed), [...TO_PLAN, KEEP_TO_TIME, ...TO_INSULIN, ...TO_WEDNESDAY_UNTOLD]);
    expect(transcriptText(reviewed)).toMatch(/dose came down to thirty-two/);
    expect(transcriptText(reviewed)).not.toMatch(/3\.4/);
    const unchanged = takeEach(Encounter.begin(bundle, seed), [...TO_PLAN, FOLLOW, ...TO_INSULIN, ...TO_WEDNESDAY_UNTOLD]);
    expect(transcriptText(unchanged)).toMatch(/03:10, sugar 3\.4/);
    expect(unchanged.variables.safety).toBeLessThan(reviewed.variables.safety!);
  });

  it('after the round, an unreviewed dose is offered as a job of its own, tagged act-on-risk, and it reduces and titrates', () => {
    const seed = firstSeed(bundle, drawing({ glucose: 1, backup: 0 }));
    const raisedAlone = takeEach(Encounter.begin(bundle, seed), [...TO_PLAN, RAISE_NOW]);
    expect(transcriptText(raisedAlone)).toMatch(/Four point one is not a hypo, student\. Insulin as charted/);
    const review = optionMatching(raisedAlone, /review tonight's glargine/);
    expect(review.moves).toContain('act-on-risk');
    expect(review.moves).not.toContain('rescue');
    raisedAlone.choose(review.index);
    const said = currentText(raisedAlone);
    expect(said).toMatch(/Under four is a hypo, and she isn't that\. But she's well under the six to ten/);
    expect(said).toMatch(/by a fifth.*titrate/s);
    // The consultant said "as charted": the F1 does not overrule him alone, she goes through the
    // diabetes team and the registrar.
    expect(said).toMatch(/I'm not changing that on my own\. I'll ring the diabetes nurse now, and tell Sam/);
    expect(said).not.toMatch(/he's wrong/);
    expect(said).toMatch(/Sam has agreed it/);
    // Once reviewed, the job is not offered again.
    expect(raisedAlone.choices.some((c) => /review tonight's glargine/.test(c.text))).toBe(false);
  });

  it('never calls 4.0 to 6.0 a JBDS "warning zone", in the story, its meta or the guide', () => {
    for (const text of [SOURCE, META, GUIDE]) expect(text).not.toMatch(/warning zone|4\.0\s*(to|–|-)\s*6\.0|four to six/i);
    expect(META).toMatch(/JBDS inpatient target of 6 to 10 mmol\/L/);
    expect(GUIDE).toMatch(/6[–-]10 mmol\/L/);
  });

  it('the why line for raising it with Grant says what the correction does in each variant, and never that speaking up was goodwill spent', () => {
    expect(SOURCE).not.toMatch(/spent his goodwill|could have waited an hour/);
    const borderline = optionMatching(takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ glucose: 1 }))), TO_PLAN), RAISE_NOW);
    expect(borderline.moves).toEqual(['act-on-risk']);
    expect(borderline.why).toMatch(/Grant's plan is corrected in front of his team/);
    expect(borderline.why).toMatch(/the dose still needs changing before 22:00, and a public correction alone may not be what changes it/);
    const low = optionMatching(takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ glucose: 2 }))), TO_PLAN), RAISE_NOW);
    expect(low.moves).toEqual(['act-on-risk']);
    expect(low.why).toMatch(/checked and treated at once/);
    expect(low.why).not.toMatch(/22:00/);
  });

  it('with a 4.1 and the patient well, keeping to time beats correcting the consultant on the round', () => {
    for (const backup of [0, 1, 2]) {
      const scores = optionScores(bundle, takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ glucose: 1, backup }))), TO_PLAN));
      expect(bestOf(scores), `backup ${backup}`).toContain(KEEP_TO_TIME);
      expect(scoreOf(scores, KEEP_TO_TIME)).toBeGreaterThan(scoreOf(scores, RAISE_NOW) + 1);
    }
  });
});

describe('ward-round: a hypo on the round', () => {
  it('raising it with the consultant now is act-on-risk, not rescue, and is the best move though it embarrasses him', () => {
    const seed = firstSeed(bundle, drawing({ glucose: 2 }));
    const atPlan = takeEach(Encounter.begin(bundle, seed), TO_PLAN);
    expect(transcriptText(atPlan)).toMatch(/hand shakes/);
    const raise = optionMatching(atPlan, RAISE_NOW);
    expect(raise.moves).toContain('act-on-risk');
    expect(raise.moves).not.toContain('rescue');
    const scores = optionScores(bundle, atPlan);
    expect(bestOf(scores)).toContain(RAISE_NOW);
    // The sharing options and keeping to time leave her going low: real cost on those paths.
    expect(scoreOf(scores, PLAIN_PLAN)).toBeLessThan(0);
    expect(scoreOf(scores, KEEP_TO_TIME)).toBeLessThan(0);
    atPlan.choose(raise.index);
    const said = currentText(atPlan);
    expect(said).toMatch(/3\.1/);
    expect(said).toMatch(/orange juice/);
    expect(said).toMatch(/comes down by a fifth/);
    expect(said).toMatch(/Your sugar's gone low, Mrs Walsh/);
  });

  it('walking on from a shaking patient costs her safety even when the nurse catches it', () => {
    const seed = firstSeed(bundle, drawing({ glucose: 2 }));
    const atPlan = takeEach(Encounter.begin(bundle, seed), TO_PLAN);
    const before = atPlan.variables.safety!;
    atPlan.choose(optionMatching(atPlan, FOLLOW).index);
    expect(transcriptText(atPlan)).toMatch(/2\.8/);
    expect(atPlan.variables.safety).toBeLessThan(before);
  });
});

describe('ward-round: a pen with a larger window, a magnifier or a district nurse; no talking pen, no counting clicks', () => {
  it('the story never tells her to count clicks to set a dose', () => {
    expect(SOURCE).not.toMatch(/count(ing)? (the )?clicks|clicks once|counting/i);
  });

  it('never offers a "talking" insulin pen, which is not available in the UK (talking glucose meters are)', () => {
    for (const text of [SOURCE, META]) expect(text).not.toMatch(/one that talks|out loud to you|says the dose|speaks the dose|reads out to you|talking pen/i);
    expect(GUIDE).not.toMatch(/talking pen|device that speaks the dose|or one that says the dose out loud/i);
  });

  it('the options after she tells you offer a larger-window pen, a magnifier and a nurse until her eyes are seen', () => {
    const seed = firstSeed(bundle, drawing({ wants: 2 }));
    const told = takeEach(Encounter.begin(bundle, seed), [...TO_PLAN, KEEP_TO_TIME, ...TO_INSULIN, 'daughter Karen on the phone']);
    expect(told.log.at(-1)!.disclosed).toContain('insulin');
    const laidOut = takeEach(Encounter.begin(bundle, seed), [...TO_PLAN, KEEP_TO_TIME, ...TO_INSULIN, 'daughter Karen on the phone', 'Lay out what can help']);
    const said = currentText(laidOut);
    expect(said).toMatch(/a pen with a bigger window and bigger numbers/);
    expect(said).toMatch(/a magnifier that clips on to your pen/);
    expect(said).toMatch(/a district nurse can come and give it/);
    expect(said).not.toMatch(/talk|out loud/);
  });

  it('the best ending describes a pen with a larger dose window and a magnifier', () => {
    expect(SOURCE).toMatch(/a pen from the diabetes nurse with a larger dose window and a magnifier that clips on to it/);
    const ending = bundle.meta.endings.find((e) => e.id === 'dignity-restored')!;
    expect(ending.summary).toMatch(/a pen with a larger dose window and a magnifier/);
  });

  it('the guide calls counting clicks error-prone and an aid, not something to rely on alone', () => {
    expect(GUIDE).toMatch(/error-prone/);
    expect(GUIDE).toMatch(/should not be relied on alone/);
  });
});

describe('ward-round: active bystandership depends on the moment', () => {
  it('naming the remark is best for a Doreen who wants things said; moving the round off her bed is best for one who wants no scene', () => {
    const toRemark = ['Read her notes', 'usual shorthand'];
    const straight = optionScores(bundle, takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ wants: 1, backup: 0 }))), toRemark));
    expect(bestOf(straight)).toContain('Mrs Walsh can hear us');
    const tired = optionScores(bundle, takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ wants: 3, backup: 0 }))), toRemark));
    expect(bestOf(tired)).toContain('ask how the leg feels');
    const direct = optionMatching(takeEach(Encounter.begin(bundle, 1), toRemark), 'Mrs Walsh can hear us');
    expect(direct.moves).toEqual(['bystander-direct', 'challenge-prejudice']);
  });

  it('naming the telling-off works when Priya backs you up; alone, the facts and a task protect her better', () => {
    const toBloods = ['Read her notes', 'usual shorthand', 'Say nothing'];
    const backed = optionScores(bundle, takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ backup: 1 }))), toBloods));
    expect(bestOf(backed)).toContain('away from the bedside');
    const alone = optionScores(bundle, takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ backup: 0 }))), toBloods));
    expect(bestOf(alone)).toContain('Offer the facts and a task');
  });
});

describe('ward-round: what Doreen wants decides the discharge conversation', () => {
  // Wednesday with the pen problem known: found by the nurse who watched her dose.

  it('an informed Doreen who asks the team to decide is served by respect-delegation, and turning her back into a decider costs trust', () => {
    const seed = firstSeed(bundle, drawing({ wants: 3, glucose: 1 }));
    const wednesday = takeEach(Encounter.begin(bundle, seed), TO_WEDNESDAY_FOUND);
    expect(transcriptText(wednesday)).toMatch(/She dialled twelve/);
    expect(transcriptText(wednesday)).toMatch(/You lot decide, love\. I know what the choices are now/);
    const scores = optionScores(bundle, wednesday);
    expect(bestOf(scores)).toContain('Take her at her word');
    expect(optionMatching(wednesday, 'Take her at her word').moves).toEqual(['respect-delegation']);
    const asked = takeEach(Encounter.begin(bundle, seed), [...TO_WEDNESDAY_FOUND, 'what she wants from going home']);
    expect(asked.variables.trust).toBeLessThan(wednesday.variables.trust!);
  });

  it('a Doreen who wants it straight is served by a clear recommendation; one who wants Karen, by ringing Karen', () => {
    const straight = optionScores(bundle, takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ wants: 1, glucose: 1 }))), TO_WEDNESDAY_FOUND));
    expect(bestOf(straight)).toContain('Give her your recommendation and the reasons');
    const karen = optionScores(bundle, takeEach(Encounter.begin(bundle, firstSeed(bundle, drawing({ wants: 2, glucose: 1 }))), TO_WEDNESDAY_FOUND));
    expect(bestOf(karen)).toContain('ring Karen on speaker');
  });
});

describe('ward-round: tags', () => {
  it('reading the notes first meets Doreen as bed four (detach), not a change to any structure; the check-in with Priya is a connection, not a delayed bystander act', () => {
    const start = Encounter.begin(bundle, 1);
    const notes = optionMatching(start, 'Read her notes');
    expect(notes.moves).toEqual(['detach']);
    expect(notes.why).toMatch(/nothing of what she wants/);
    start.choose(notes.index);
    expect(transcriptText(start)).toContain("You know a great deal about bed four. You haven't met her.");
    expect(optionMatching(Encounter.begin(bundle, 1), 'Ask Priya, aside').moves).toEqual(['authentic-connection']);
  });

  it('offering Karen on the phone, asked first, is consult-family at the insulin question and on Wednesday', () => {
    const seed = firstSeed(bundle, drawing({ wants: 2 }));
    const atInsulin = takeEach(Encounter.begin(bundle, seed), [...TO_PLAN, KEEP_TO_TIME, ...TO_INSULIN]);
    expect(optionMatching(atInsulin, 'daughter Karen on the phone').moves).toEqual(['consult-family', 'address-patient']);
    const wednesday = takeEach(Encounter.begin(bundle, seed), TO_WEDNESDAY_FOUND);
    expect(optionMatching(wednesday, 'ring Karen on speaker').moves).toEqual(['consult-family', 'address-patient']);
  });

  it('asking Priya to review the glargine after the round is an open request to the doctor who can change it (seek-supervision), for her safety', () => {
    const seed = firstSeed(bundle, drawing({ glucose: 1 }));
    const after = takeEach(Encounter.begin(bundle, seed), [...TO_PLAN, FOLLOW]);
    const review = optionMatching(after, 'ask Priya to review tonight');
    expect(review.moves).toEqual(['act-on-risk', 'seek-supervision']);
    const scores = optionScores(bundle, after);
    expect(scoreOf(scores, 'ask Priya to review tonight')).toBeGreaterThan(scoreOf(scores, 'Leave her to it'));
  });

  it('pressing the dietitian because it will look good for Thursday is leverage, not dismissal', () => {
    const atForm = takeEach(Encounter.begin(bundle, 1), [...TO_PLAN, KEEP_TO_TIME, 'Leave her to it', 'Start with the jobs']);
    expect(optionMatching(atForm, 'look good for Thursday').moves).toEqual(['leverage-dependence']);
  });

  it('Grant tells cellulitis by one leg, spreading redness, a way in, a fever and a soft calf, not a sharp edge', () => {
    const asked = takeEach(Encounter.begin(bundle, 1), ['Read her notes', 'usual shorthand', 'Ask Dr Grant a clinical question']);
    const said = currentText(asked);
    expect(said).toMatch(/One leg, spreading redness, a way in, a fever, a soft calf/);
    expect(SOURCE).not.toMatch(/sharp edge/);
  });

  it('thanking Grant at sign-off says what it leaves undone, without calling it clean', () => {
    expect(SOURCE).toMatch(/# why: The logbook is signed, and nothing of what Doreen and Priya heard reaches Grant\.\]/);
  });

  it('lists scenario-specific support for a learner on their own', () => {
    expect(bundle.meta.support?.length).toBeGreaterThan(0);
    expect(bundle.meta.support!.join(' ')).toMatch(/0330 123 1245/);
  });

  it('every choice has a why line, and no option label says how nicely it is done', () => {
    const choices = SOURCE.split('\n').filter((l) => /^\s*[*+]\s/.test(l));
    expect(choices.length).toBeGreaterThan(50);
    for (const line of choices) {
      expect(line, line).toMatch(/# why: .{20,320}\]/);
      const label = /\[([^#\]]*)/.exec(line)?.[1] ?? '';
      expect(label, label).not.toMatch(/\b(gently|kindly|warmly|together|carefully|sensitively|softly|quietly|calmly|plainly)\b/i);
    }
  });
});
