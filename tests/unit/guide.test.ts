import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../build/guide-parse';
import { guideAt, plainText, type Guide, type KeyMoment } from '../../src/engine/guide';
import { randomPlaythrough } from '../../src/engine/random-play';
import { libraryBundle } from '../story/play';
import { ROOT } from '../helpers';

const DOCS = path.join(ROOT, 'docs', 'scenarios');

function realGuide(id: string): Guide {
  const file = path.join(DOCS, `${id}.md`);
  const { guide, diagnostics } = parseGuide(fs.readFileSync(file, 'utf8'), file, { scenarioId: id });
  if (!guide) throw new Error(diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return guide;
}

const rowWith = (guide: Guide, knot: string): KeyMoment => {
  const row = guide.moments.find((m) => m.knots.includes(knot));
  if (!row) throw new Error(`no row for ${knot}`);
  return row;
};
const questionsOn = (guide: Guide, ...knots: string[]) => guide.questions.filter((q) => q.knots.some((k) => knots.includes(k)));
const guides = fs.readdirSync(DOCS).map((f) => realGuide(f.replace(/\.md$/, '')));

describe('the guide at a choice point', () => {
  const carlos = realGuide('carlos');

  it('finds the knot’s moment and the questions about it, from a full path or a prefix', () => {
    for (const point of ['the_question.0', 'the_question.0.16', 'the_question']) {
      expect(guideAt(carlos, point)).toEqual({ moments: [rowWith(carlos, 'the_question')], questions: questionsOn(carlos, 'the_question') });
    }
    expect(guideAt(carlos, 'the_question.0').questions.map((q) => q.title)).toEqual(['Any hypos?']);
  });

  it('prefers the stitch’s moment to its knot’s: plan.defer over plan', () => {
    const defer = guideAt(carlos, 'plan.defer.0');
    expect(defer.moments).toEqual([rowWith(carlos, 'plan.defer')]);
    expect(defer.questions).toEqual(questionsOn(carlos, 'plan.defer'));
    expect(defer.questions).not.toEqual(questionsOn(carlos, 'plan'));
    // A stitch with no row of its own is its knot's moment.
    expect(guideAt(carlos, 'plan.plan_usual.0').moments).toEqual([rowWith(carlos, 'plan')]);
  });

  it('does not let a sibling stand in for the stitch: Connor is not Kai', () => {
    const leah = realGuide('between-us');
    expect(guideAt(leah, 'partner_talk.connor_choice.0').moments).toEqual([rowWith(leah, 'partner_talk.connor_choice')]);
    expect(guideAt(leah, 'partner_talk.0').moments).toEqual([rowWith(leah, 'partner_talk')]);
  });

  it('gives each of a row’s knots the same moment: shaky_tell or feet', () => {
    expect(guideAt(carlos, 'shaky_tell.0').moments).toEqual(guideAt(carlos, 'feet.0').moments);
    expect(guideAt(carlos, 'feet.0').moments.map((m) => m.label)).toEqual(['11']);
  });

  it('finds nothing where the guide has no moment, nor for a name that only begins like a knot', () => {
    expect(guideAt(carlos, 'answer.0')).toEqual({ moments: [], questions: [] });
    expect(guideAt(carlos, '0.c-1')).toEqual({ moments: [], questions: [] });
    expect(guideAt(carlos, 'plans.0').moments).toEqual([]);
  });

  it.each(guides.map((g) => [g.scenarioId, g] as const))('%s: every question is beside each moment it names, and no other', (_, guide) => {
    for (const question of guide.questions) {
      for (const knot of question.knots) expect(guideAt(guide, `${knot}.0`).questions).toContain(question);
    }
    const shown = new Set(guide.moments.flatMap((m) => m.knots).flatMap((k) => guideAt(guide, `${k}.0`).questions));
    expect(guide.questions.filter((q) => !shown.has(q))).toEqual(guide.questions.filter((q) => q.knots.length === 0));
  });

  it('matches the paths a real run of carlos records', () => {
    const bundle = libraryBundle('carlos');
    const listed = new Set(carlos.moments.flatMap((m) => m.knots.map((k) => k.split('.')[0])));
    let matched = 0;
    for (const seed of [1, 2, 3, 4]) {
      for (const entry of randomPlaythrough(bundle, seed).log) {
        const point = entry.path.split('.').slice(0, -1).join('.');
        const { moments } = guideAt(carlos, point);
        expect(moments.length > 0, `${entry.path}`).toBe(listed.has(entry.knot));
        for (const m of moments) expect(m.knots.some((k) => `${point}.`.startsWith(`${k}.`)), `${point} → ${plainText(m.moment)}`).toBe(true);
        matched += moments.length;
      }
    }
    expect(matched).toBeGreaterThan(40);
  });
});
