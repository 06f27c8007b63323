import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideFile, loadGuide, storyNames } from '../../build/guide-catalog';
import { parseGuide } from '../../build/guide-parse';
import { compileScenario } from '../../build/scenario-catalog';
import { FIXTURES, ROOT, STORY_DIR, realTaxonomy } from '../helpers';

const DOCS = path.join(ROOT, 'docs', 'scenarios');
const GUIDES = path.join(FIXTURES, 'guides');
const ids = fs.readdirSync(path.join(STORY_DIR, 'scenarios')).sort();

/** The lines of a `## ` section, up to the next one. */
function sectionLines(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `## ${heading}`);
  if (start === -1) throw new Error(`no "## ${heading}"`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

const numbered = (lines: readonly string[]) => lines.filter((l) => /^\d+\. /.test(l));
/** A pipe table's body rows, split into cells (the header and delimiter rows dropped). */
const tableCells = (lines: readonly string[]) =>
  lines
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim()));
const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** Knots and knot.stitch names as the ink source declares them. */
function inkNames(inkFile: string): Set<string> {
  const names = new Set<string>();
  let knot = '';
  for (const line of fs.readFileSync(inkFile, 'utf8').split('\n')) {
    const knotMatch = /^\s*={2,}\s*(?:function\s+)?(\w+)/.exec(line);
    const stitchMatch = /^\s*=\s*(\w+)/.exec(line);
    if (knotMatch) names.add((knot = knotMatch[1]!));
    else if (stitchMatch) names.add(`${knot}.${stitchMatch[1]}`);
  }
  return names;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('reading the facilitator guides in docs/scenarios', () => {
  it('has a guide for every scenario and no guide without one', () => {
    expect(fs.readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort()).toEqual(ids);
  });

  it.each(ids)('%s: reads whole, with the counts, knots and markers its Markdown has', (id) => {
    const file = path.join(DOCS, `${id}.md`);
    const text = fs.readFileSync(file, 'utf8');
    const meta = JSON.parse(fs.readFileSync(path.join(STORY_DIR, 'scenarios', id, 'meta.json'), 'utf8')) as { endings: { id: string }[] };
    const endingIds = meta.endings.map((e) => e.id);
    const { guide, diagnostics } = parseGuide(text, file, { scenarioId: id, storyNames: inkNames(path.join(STORY_DIR, 'scenarios', id, 'main.ink')), endingIds });
    expect(diagnostics).toEqual([]);

    const momentRows = tableCells(sectionLines(text, 'Key moments'));
    const endingRows = tableCells(sectionLines(text, 'The endings'));
    const questionLines = sectionLines(text, 'Discussion questions (advocacy-inquiry)');
    const markers = questionLines.flatMap((l) => [.../<!-- moments:(.*?)-->/.exec(l) ?? []].slice(1)).map((m) => m.split(',').map((k) => k.trim()).filter(Boolean));

    expect(guide?.scenarioId).toBe(id);
    expect(guide?.title).toBe(/^# (.+): facilitator guide$/m.exec(text)?.[1]);
    expect(guide?.objectives).toHaveLength(numbered(sectionLines(text, 'Learning objectives')).length);
    expect(guide?.moments.map((m) => m.knots)).toEqual(momentRows.map((cells) => codes(cells[1]!)));
    expect(guide?.moments.map((m) => m.sharingNotBest ?? false)).toEqual(momentRows.map((cells) => cells[0]!.includes('★')));
    expect(guide?.endings.map((e) => e.id)).toEqual(endingRows.map((cells) => codes(cells[0]!)[0]));
    expect(guide?.endings.map((e) => e.id).sort()).toEqual([...endingIds].sort());
    expect(guide?.questions).toHaveLength(numbered(questionLines).length);
    expect(guide?.questions.map((q) => q.knots)).toEqual(markers);
    expect(guide?.questions.map((q) => q.number)).toEqual(numbered(questionLines).map((l) => Number.parseInt(l, 10)));
  });

  it('carlos: 6 objectives, 19 moments, 5 endings, 9 questions', () => {
    const file = path.join(DOCS, 'carlos.md');
    const { guide } = parseGuide(fs.readFileSync(file, 'utf8'), file, { scenarioId: 'carlos' });
    expect([guide?.objectives.length, guide?.moments.length, guide?.endings.length, guide?.questions.length]).toEqual([6, 19, 5, 9]);
    expect(guide?.moments[10]?.knots).toEqual(['shaky_tell', 'feet']);
    expect(guide?.questions[3]).toMatchObject({ title: 'Any hypos?', knots: ['the_question', 'sweet'] });
  });
});

describe('the guide reader', () => {
  const file = path.join(GUIDES, 'clinic.md');
  const text = fs.readFileSync(file, 'utf8');
  const context = { scenarioId: 'clinic', storyNames: new Set(['plan', 'wrap']), endingIds: ['agreed', 'prescribed'] };

  it('keeps strong, em and code, gives links their text, and joins soft line breaks with a space', () => {
    const { guide } = parseGuide(text, file, context);
    expect(guide?.objectives).toEqual([
      [{ text: 'Let a patient ' }, { text: 'finish', strong: true }, { text: ' before the checklist.' }],
      [{ text: 'Offer a ' }, { text: 'choice', em: true }, { text: ' of next steps, in ' }, { text: 'plain-language', code: true }, { text: ', as the GMC asks*.' }],
    ]);
    expect(guide?.situation).toEqual([
      { kind: 'paragraph', text: [{ text: 'Where:', strong: true }, { text: ' a consulting room.' }] },
      { kind: 'list', ordered: false, items: [[{ text: 'Sam Okafor', strong: true }, { text: ', a night-shift nurse.' }], [{ text: 'You, the player.' }]] },
    ]);
  });

  it('reads the tables: labels, ★, knots, and each ending without its id', () => {
    const { guide } = parseGuide(text, file, context);
    expect(guide?.moments.map((m) => [m.label, m.sharingNotBest, m.knots])).toEqual([
      ['1', undefined, ['plan']],
      ['1b', true, ['wrap']],
    ]);
    expect(guide?.moments[1]?.moment).toEqual([{ text: 'The door.', strong: true }, { text: ' Sam leaves.' }]);
    expect(guide?.endings.map((e) => [e.id, e.title])).toEqual([
      ['agreed', [{ text: 'Agreed', strong: true }, { text: ' (about 60%)' }]],
      ['prescribed', [{ text: 'Prescribed', strong: true }]],
    ]);
  });

  it('reads each question: its number, bold title, text and the moments its marker names', () => {
    const { guide } = parseGuide(text, file, context);
    expect(guide?.questions).toEqual([
      { number: 1, title: 'The checklist.', text: [{ text: '"Some of you interrupted. What did Sam stop saying?"' }], knots: [] },
      { number: 2, title: 'Whose plan?', text: [{ text: '"Some of you decided for Sam. Whose plan was it?"' }], knots: ['plan'] },
      { number: 3, title: 'Leaving.', text: [{ text: '"What did Sam take home?"' }], knots: ['plan', 'wrap'] },
    ]);
  });

  it.each([
    ['no-marker.md', '2. **Whose plan?**', 'question 2 needs one <!-- moments: knot, knot --> marker'],
    ['unknown-knot.md', '<!-- moments: plan, lunch -->', 'question 3 names `lunch`, which no Key moments row lists'],
    ['wrong-columns.md', '| # | Moment |', 'table must have the columns | # | Knot | Moment | Options (moves) | What it teaches |'],
    ['missing-section.md', '# Fixture clinic', 'the guide needs a "## The endings" section'],
    ['bad-knot-cell.md', '| 1b ★ |', 'the "Knot" cell must name the moment\'s knots in backticks'],
    ['ending-without-id.md', '| **Prescribed** |', 'the "Ending" cell must give the ending\'s id in backticks'],
    ['untitled-question.md', '3. "What did Sam', 'question 3 must start with its title in bold'],
  ])('refuses %s, with file and line', (name, lineText, message) => {
    const broken = path.join(GUIDES, 'broken', name);
    const source = fs.readFileSync(broken, 'utf8');
    const { guide, diagnostics } = parseGuide(source, broken, context);
    expect(guide).toBeNull();
    expect(diagnostics).toEqual([{ severity: 'error', file: broken, line: lineOf(source, lineText), message: expect.stringContaining(message) }]);
  });

  it("refuses a knot the story does not have, and endings that are not the scenario's", () => {
    const { diagnostics } = parseGuide(text, file, { scenarioId: 'clinic', storyNames: new Set(['plan']), endingIds: ['agreed', 'walked-out'] });
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [lineOf(text, '| 1b ★ |'), '`wrap` is not a knot or knot.stitch of the story'],
      [lineOf(text, '| **Prescribed**'), '`prescribed` is not an ending of the scenario (meta.json has agreed, walked-out)'],
      [lineOf(text, '| Ending |'), 'the endings table has no row for the ending `walked-out`'],
    ]);
  });
});

describe('loading a scenario’s guide', () => {
  const taxonomy = realTaxonomy();
  const { scenario } = compileScenario(path.join(FIXTURES, 'scenarios', 'clinic'), taxonomy, []);

  it('names the knots and stitches of a compiled story as its sources declare them', () => {
    const declared = [...inkNames(path.join(FIXTURES, 'scenarios', 'clinic', 'main.ink')), ...inkNames(path.join(STORY_DIR, 'lib', 'power.ink'))];
    expect([...storyNames(scenario!.json)].sort()).toEqual(declared.sort());
  });

  it('reads the guide against the compiled story and its endings', () => {
    const loaded = loadGuide(GUIDES, scenario!);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.file).toBe(path.join(GUIDES, 'clinic.md'));
    expect(loaded.guide?.moments.flatMap((m) => m.knots)).toEqual(['plan', 'wrap']);
  });

  it('fails, naming the file to write, when a scenario has no guide', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-guides-'));
    try {
      const loaded = loadGuide(empty, scenario!);
      expect(loaded.guide).toBeNull();
      expect(loaded.diagnostics).toEqual([
        { severity: 'error', file: guideFile(empty, 'clinic'), line: null, message: expect.stringContaining('scenario "clinic" has no facilitator guide: write clinic.md') },
      ]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
