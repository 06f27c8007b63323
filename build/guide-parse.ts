// Reads a facilitator guide (docs/scenarios/<id>.md) into the plain data the facilitator page
// shows, so the page is built from the document rather than a copy of it. marked's lexer gives
// the tokens; this keeps the sections the page needs and reports, with file and line, anything
// it cannot read faithfully (a missing section, a table with other columns, a discussion
// question with no <!-- moments: ... --> marker, a knot the story does not have).
import { Lexer, type Token, type Tokens } from 'marked';
import { plainText, type DiscussionQuestion, type Guide, type GuideBlock, type GuideEnding, type Inline, type KeyMoment } from '../src/engine/guide.ts';
import type { Diagnostic } from './ink-compile.ts';

export interface GuideContext {
  scenarioId: string;
  /** The story's knots and knot.stitch names: every key moment must name one of them. */
  storyNames?: ReadonlySet<string>;
  /** The scenario's ending ids (meta.json): the endings table must give each, and no other. */
  endingIds?: readonly string[];
}

export interface GuideParse {
  /** Null when anything is wrong: the diagnostics say what. */
  guide: Guide | null;
  diagnostics: Diagnostic[];
}

const SECTIONS = {
  objectives: 'Learning objectives',
  situation: 'The situation',
  moments: 'Key moments',
  endings: 'The endings',
  questions: 'Discussion questions (advocacy-inquiry)',
} as const;

const MOMENT_COLUMNS = ['#', 'Knot', 'Moment', 'Options (moves)', 'What it teaches'];
const ENDING_COLUMNS = ['Ending', 'How it is reached', 'What it shows'];
const TITLE = /^(.+): facilitator guide$/;
const KNOT = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/;
const MOMENT_LABEL = /^(\d+[a-z′]?)(\s*★)?$/;
const MARKER = /^<!--\s*moments:(.*?)-->\s*$/;

/** A block token and the line it starts on. */
interface Placed {
  token: Token;
  line: number;
}

interface Section {
  line: number;
  blocks: Placed[];
}

export function parseGuide(source: string, file: string, context: GuideContext): GuideParse {
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, message: string) => diagnostics.push({ severity: 'error', file, line, message });
  const { title, sections } = splitSections(source, problem);

  const section = (name: string): Section | null => {
    const found = sections.get(name);
    if (!found) problem(1, `the guide needs a "## ${name}" section`);
    return found ?? null;
  };
  const objectivesSection = section(SECTIONS.objectives);
  const momentsSection = section(SECTIONS.moments);
  const endingsSection = section(SECTIONS.endings);
  const questionsSection = section(SECTIONS.questions);
  const situationSection = sections.get(SECTIONS.situation);

  const objectives = objectivesSection ? readObjectives(objectivesSection, problem) : [];
  const before = diagnostics.length;
  const moments = momentsSection ? readMoments(momentsSection, context, problem) : [];
  // Questions are checked against the moments only when those could be read, so one mistake is reported once.
  const knownKnots = diagnostics.length === before && momentsSection ? new Set(moments.flatMap((m) => m.knots)) : null;
  const endings = endingsSection ? readEndings(endingsSection, context, problem) : [];
  const questions = questionsSection ? readQuestions(questionsSection, knownKnots, problem) : [];
  const situation = situationSection ? readBlocks(situationSection, problem) : undefined;

  if (diagnostics.length || title === null) return { guide: null, diagnostics };
  const guide: Guide = { scenarioId: context.scenarioId, title, objectives, moments, endings, questions };
  if (situation) guide.situation = situation;
  return { guide, diagnostics };
}

type Report = (line: number, message: string) => void;

/** The `#` title and the `##` sections, each with its blocks and their lines. */
function splitSections(source: string, problem: Report): { title: string | null; sections: Map<string, Section> } {
  const sections = new Map<string, Section>();
  let title: string | null = null;
  let current: Section | null = null;
  let offset = 0;
  for (const token of Lexer.lex(source)) {
    const line = lineAt(source, offset);
    offset += token.raw.length;
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 1) {
      const match = TITLE.exec((token as Tokens.Heading).text.trim());
      if (match) title = match[1]!;
      else problem(line, 'the title must read "# <Scenario title>: facilitator guide"');
      current = null;
    } else if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      const name = (token as Tokens.Heading).text.trim();
      if (sections.has(name)) problem(line, `a second "## ${name}" section`);
      current = { line, blocks: [] };
      sections.set(name, current);
    } else if (current && token.type !== 'space') {
      current.blocks.push({ token, line });
    }
  }
  if (title === null) problem(1, 'the guide needs a "# <Scenario title>: facilitator guide" title');
  return { title, sections };
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** The section's one block of a kind (its table, its numbered list); reported when there is none or more than one. */
function only<T extends Token>(section: Section, name: string, what: string, test: (t: Token) => boolean, problem: Report): { token: T; line: number } | null {
  const found = section.blocks.filter((b) => test(b.token));
  if (found.length !== 1) {
    problem(found[1]?.line ?? section.line, `"## ${name}" must hold exactly one ${what} (found ${found.length})`);
    return null;
  }
  return { token: found[0]!.token as T, line: found[0]!.line };
}

const isOrderedList = (t: Token) => t.type === 'list' && (t as Tokens.List).ordered;

function readObjectives(section: Section, problem: Report): Inline[][] {
  const list = only<Tokens.List>(section, SECTIONS.objectives, 'numbered list', isOrderedList, problem);
  return list ? itemTexts(list.token, list.line, problem) : [];
}

/** Each item of a list as runs, where no HTML is expected. */
function itemTexts(list: Tokens.List, listLine: number, problem: Report): Inline[][] {
  return placedItems(list, listLine).map(({ item, line }) => {
    const { runs, comments } = itemContent(item, line, problem);
    if (comments.length) problem(line, 'an HTML comment is not shown on the facilitator page');
    return runs;
  });
}

/** A list's items, each with the line it starts on. */
function placedItems(list: Tokens.List, listLine: number): { item: Tokens.ListItem; line: number }[] {
  let cursor = 0;
  return list.items.map((item) => {
    const at = list.raw.indexOf(item.raw, cursor);
    cursor = at + item.raw.length;
    return { item, line: listLine + lineAt(list.raw, at) - 1 };
  });
}

/** A list item's text as runs, and any HTML comments in it (for the moments marker). */
function itemContent(item: Tokens.ListItem, line: number, problem: Report): { runs: Inline[]; comments: string[] } {
  const comments: string[] = [];
  const runs: Inline[] = [];
  for (const token of item.tokens) {
    if (token.type === 'html') comments.push((token as Tokens.HTML).text);
    else if (token.type === 'text' || token.type === 'paragraph') {
      if (runs.length) runs.push({ text: ' ' });
      runs.push(...inlineRuns((token as Tokens.Text).tokens ?? [token], line, problem, comments));
    } else if (token.type !== 'space') problem(line, `a ${token.type} inside a list item is not shown on the facilitator page`);
  }
  return { runs: merged(runs), comments };
}

/**
 * Inline tokens as runs of text with their styles; links keep their text. HTML comments go to
 * `comments` when given (a question's marker), any other HTML is reported.
 */
function inlineRuns(tokens: readonly Token[], line: number, problem: Report, comments?: string[], style: Omit<Inline, 'text'> = {}): Inline[] {
  const runs: Inline[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens) runs.push(...inlineRuns(text.tokens, line, problem, comments, style));
        else runs.push({ text: text.text, ...style });
        break;
      }
      case 'escape':
        runs.push({ text: (token as Tokens.Escape).text, ...style });
        break;
      case 'br':
        runs.push({ text: ' ', ...style });
        break;
      case 'codespan':
        runs.push({ text: (token as Tokens.Codespan).text, ...style, code: true });
        break;
      case 'strong':
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, line, problem, comments, { ...style, strong: true }));
        break;
      case 'em':
        runs.push(...inlineRuns((token as Tokens.Em).tokens, line, problem, comments, { ...style, em: true }));
        break;
      case 'link':
        runs.push(...inlineRuns((token as Tokens.Link).tokens, line, problem, comments, style));
        break;
      case 'html':
        if (comments && (token as Tokens.HTML).text.startsWith('<!--')) comments.push((token as Tokens.HTML).text);
        else problem(line, `HTML (${(token as Tokens.HTML).text.trim()}) is not shown on the facilitator page`);
        break;
      default:
        problem(line, `${token.type} (${token.raw.trim()}) is not shown on the facilitator page`);
    }
  }
  return merged(runs);
}

/** Soft line breaks as spaces, and neighbouring runs of the same style as one. */
function merged(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\s*\n\s*/g, ' ');
    const last = out.at(-1);
    if (last && last.strong === run.strong && last.em === run.em && last.code === run.code) last.text += text;
    else if (text) out.push({ ...run, text });
  }
  return out;
}

function trimmed(runs: readonly Inline[]): Inline[] {
  const out = runs.map((r) => ({ ...r }));
  if (out[0]) out[0].text = out[0].text.trimStart();
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.trimEnd();
  return out.filter((r) => r.text);
}

function readBlocks(section: Section, problem: Report): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  for (const { token, line } of section.blocks) {
    if (token.type === 'paragraph') {
      blocks.push({ kind: 'paragraph', text: inlineRuns((token as Tokens.Paragraph).tokens, line, problem) });
    } else if (token.type === 'list') {
      const list = token as Tokens.List;
      blocks.push({ kind: 'list', ordered: list.ordered, items: itemTexts(list, line, problem) });
    } else {
      problem(line, `a ${token.type} in "## ${SECTIONS.situation}" is not shown on the facilitator page: use paragraphs and lists`);
    }
  }
  return blocks;
}

/** A table with exactly these columns, and each row's cells as runs with the row's line. */
function tableRows(section: Section, name: string, columns: readonly string[], problem: Report): { cells: Inline[][]; line: number }[] {
  const table = only<Tokens.Table>(section, name, 'table', (t) => t.type === 'table', problem);
  if (!table) return [];
  const header = table.token.header.map((cell) => cell.text.trim());
  if (header.join(' | ') !== columns.join(' | ')) {
    problem(table.line, `the "## ${name}" table must have the columns | ${columns.join(' | ')} | (it has | ${header.join(' | ')} |)`);
    return [];
  }
  // One line per row in a pipe table: the header, the delimiter row, then the rows.
  return table.token.rows.map((row, i) => {
    const line = table.line + 2 + i;
    const cells = row.map((cell) => trimmed(inlineRuns(cell.tokens, line, problem)));
    cells.forEach((cell, c) => {
      if (!cell.length) problem(line, `the "${columns[c]}" cell is empty`);
    });
    return { cells, line };
  });
}

function readMoments(section: Section, context: GuideContext, problem: Report): KeyMoment[] {
  return tableRows(section, SECTIONS.moments, MOMENT_COLUMNS, problem).flatMap(({ cells, line }) => {
    const [number = [], knotCell = [], moment = [], options = [], teaches = []] = cells;
    const label = MOMENT_LABEL.exec(plainText(number));
    if (!label) problem(line, 'the "#" cell must be a number, such as 5, 5b or 6′, optionally followed by ★');
    const knots = knotsIn(knotCell, line, problem);
    for (const knot of knots) {
      if (context.storyNames && !context.storyNames.has(knot)) problem(line, `\`${knot}\` is not a knot or knot.stitch of the story`);
    }
    if (!label) return [];
    const row: KeyMoment = { label: label[1]!, knots, moment, options, teaches };
    if (label[2]) row.sharingNotBest = true;
    return [row];
  });
}

/** The knots a Knot cell names in backticks, separated by commas or "or". */
function knotsIn(cell: readonly Inline[], line: number, problem: Report): string[] {
  const knots = cell.filter((r) => r.code).map((r) => r.text);
  const between = plainText(cell.filter((r) => !r.code));
  if (!knots.length || !/^(\s|,|\bor\b)*$/.test(between) || knots.some((k) => !KNOT.test(k))) {
    problem(line, 'the "Knot" cell must name the moment\'s knots in backticks, such as `plan` or `shaky_tell` or `feet`, and nothing else');
    return [];
  }
  return knots;
}

function readEndings(section: Section, context: GuideContext, problem: Report): GuideEnding[] {
  const rows = tableRows(section, SECTIONS.endings, ENDING_COLUMNS, problem);
  const endings = rows.flatMap(({ cells, line }) => {
    const [first = [], how = [], shows = []] = cells;
    const id = first.find((r) => r.code)?.text;
    if (!id) {
      problem(line, 'the "Ending" cell must give the ending\'s id in backticks, such as **Partners** (`partners`)');
      return [];
    }
    if (context.endingIds && !context.endingIds.includes(id)) problem(line, `\`${id}\` is not an ending of the scenario (meta.json has ${context.endingIds.join(', ')})`);
    return [{ id, title: withoutId(first, id), how, shows }];
  });
  const listed = new Set(endings.map((e) => e.id));
  // Only a table whose every row gives an id can be said to leave an ending out.
  if (rows.length && endings.length === rows.length) {
    for (const id of context.endingIds ?? []) {
      if (!listed.has(id)) problem(rows[0]!.line - 2, `the endings table has no row for the ending \`${id}\``);
    }
  }
  return endings;
}

/** The Ending cell without its id: `**Home** (`home`, about 32%)` → **Home** (about 32%). */
function withoutId(cell: readonly Inline[], id: string): Inline[] {
  const runs = merged(cell.filter((r) => !(r.code && r.text === id)));
  return trimmed(runs.map((r) => ({ ...r, text: r.text.replace(/\(\s*,\s*/g, '(').replace(/\s*\(\s*\)/g, '') })));
}

/** The numbered questions; `knownKnots` (those of the Key moments table) is null when that table could not be read. */
function readQuestions(section: Section, knownKnots: ReadonlySet<string> | null, problem: Report): DiscussionQuestion[] {
  const list = only<Tokens.List>(section, SECTIONS.questions, 'numbered list', isOrderedList, problem);
  if (!list) return [];
  const first = list.token.start === '' ? 1 : list.token.start;
  return placedItems(list.token, list.line).flatMap(({ item, line }, i) => {
    const { runs, comments } = itemContent(item, line, problem);
    const where = `question ${i + 1}`;
    const titleRuns = runs.slice(0, Math.max(0, runs.findIndex((r) => !r.strong)));
    const title = plainText(titleRuns).trim();
    if (!title) problem(line, `${where} must start with its title in bold`);
    const markers = comments.map((c) => MARKER.exec(c));
    if (markers.length !== 1 || !markers[0]) {
      problem(line, `${where} needs one <!-- moments: knot, knot --> marker at its end, naming the Key moments it is about (none: <!-- moments: -->)`);
      return [];
    }
    const knots = markers[0][1]!.split(',').map((k) => k.trim()).filter(Boolean);
    const markerLine = line + Math.max(0, item.raw.split('\n').findIndex((l) => l.includes(comments[0]!.trim())));
    for (const knot of knots) {
      if (knownKnots && !knownKnots.has(knot)) problem(markerLine, `${where} names \`${knot}\`, which no Key moments row lists`);
    }
    return title ? [{ number: first + i, title, text: trimmed(runs.slice(titleRuns.length)), knots }] : [];
  });
}
