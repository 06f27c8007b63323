// Broken and hostile things a facilitator might be handed with a room's runs, each with the
// reason the page must give for refusing it. Those that depend on the story under test (a
// real run tampered with, another scenario's run) are made here from the engine; the rest are
// files in tests/fixtures/hostile/, with the words its README gives each.
import { Encounter, type ScenarioBundle } from '../../src/engine/encounter';
import { choicePositions, encodeRunCode, runCodeLine, runCodeOf, RUN_CODE_VERSION } from '../../src/engine/run-code';
import { makeResults } from '../../src/engine/results';
import { encounterAt } from '../../src/engine/analysis/moments';
import { corpus } from '../fixtures/hostile/corpus';

export interface HostileFile {
  name: string;
  content: Buffer;
  /** The reason the page gives, for each item refused from this file (a text file holds several). */
  reasons: RegExp[];
}

export interface HostileInputs {
  files: HostileFile[];
  /** Pasted lines, each refused with its reason. */
  lines: { text: string; reason: RegExp }[];
}

const MARKUP = '<img src=x onerror="window.__injected = true">';
const SCRIPT = '<script>window.__injected = true</script>';

const NOT_READABLE_CODE = /This run code is not readable/;
const NOT_JSON = /This results file is not readable data/;
const DAMAGED_CODE = /This run code is damaged \(its check characters do not match/;
const BAD_NICKNAME = /its nickname is not one a learner could choose|The nickname after this run code is not one a learner could choose/;

const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The corpus files a facilitator may be handed (not the stored settings), with the words its README gives each. */
const corpusFiles = (): HostileFile[] =>
  corpus()
    .filter((c) => c.reads !== 'settings')
    .map((c) => ({ name: c.file, content: c.content, reasons: c.says.map(escaped) }));

export function hostileInputs(bundle: ScenarioBundle, other: ScenarioBundle, learnerRun: Encounter): HostileInputs {
  const file = (name: string, content: string | Buffer, ...reasons: RegExp[]): HostileFile => ({ name, content: Buffer.from(content), reasons });
  const summary = learnerRun.summary();
  const code = runCodeOf(bundle.meta.id, bundle.storyVersion, summary);
  const results = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...makeResults({ scenarioId: bundle.meta.id, scenarioTitle: bundle.meta.title, storyVersion: bundle.storyVersion, run: summary, nickname: null, practice: false, now: new Date() }),
      ...overrides,
    });
  const otherRun = Encounter.begin(other, 3);
  while (!otherRun.ended) otherRun.choose(otherRun.choices[0]!.index);
  const otherResults = JSON.stringify(makeResults({ scenarioId: other.meta.id, scenarioTitle: other.meta.title, storyVersion: other.storyVersion, run: otherRun.summary(), nickname: null, practice: false, now: new Date() }));
  const choices = choicePositions(summary.log);
  const parts = { scenarioId: bundle.meta.id, storyVersion: bundle.storyVersion, seed: summary.seed };
  // A choice no moment of the story offers (15), with the checksum made good: it must not replay.
  const tampered = encodeRunCode({ ...parts, choices: choices.map((c, i) => (i === 2 ? 15 : c)) });
  const unfinished = runCodeOf(bundle.meta.id, bundle.storyVersion, encounterAt(bundle, summary.log, 2, summary.seed).summary());
  const mistyped = code.replace(/[0-9A-Z](?=[0-9A-Z]{2}-)/, (ch) => (ch === '7' ? '8' : '7'));
  const alteredLog = JSON.parse(results()) as { log: { offered: { text: string }[] }[]; nickname: unknown };
  alteredLog.log[0]!.offered[0]!.text = MARKUP;

  const files = [
    ...corpusFiles(),
    file('truncated.json', results().slice(0, 400), NOT_JSON),
    file('other-scenario.json', otherResults, new RegExp(`belongs to another scenario \\(“${other.meta.id}”\\)`)),
    file('story-changed.json', results({ storyVersion: '0000000000000000' }), /made with another version of this scenario/),
    file('enormous.json', results({ scenarioTitle: 'x'.repeat(2_100_000) }), /too large to be an Asymmetry results file/),
    file('code-does-not-match.json', results({ code: tampered }), /its run code does not match its choices/),
    file('markup-nickname.json', results({ nickname: MARKUP.slice(0, 24) }), BAD_NICKNAME),
    file('script-nickname.json', results({ nickname: 'Sam<script>' }), BAD_NICKNAME),
    file('markup-in-the-log.json', JSON.stringify(alteredLog), /its account of the run differs from what the story does/),
    file('huge-numbers.json', results({ seed: 1e308 }), /This results file is damaged/),
    file('unfinished.json', results({ finished: false }), /of a run that was not finished/),
  ];
  const lines = [
    { text: SCRIPT, reason: NOT_READABLE_CODE },
    { text: MARKUP, reason: NOT_READABLE_CODE },
    { text: code.slice(0, 14), reason: DAMAGED_CODE },
    { text: mistyped, reason: DAMAGED_CODE },
    { text: `${code}-0000`, reason: DAMAGED_CODE },
    { text: runCodeOf(other.meta.id, other.storyVersion, otherRun.summary()), reason: new RegExp(`belongs to another scenario \\(“${other.meta.id}”\\)`) },
    { text: encodeRunCode({ ...parts, storyVersion: 'an older story', choices }), reason: /made with another version of this scenario/ },
    { text: tampered, reason: /does not replay: choice 3 was never offered/ },
    { text: unfinished, reason: /of a run that was not finished/ },
    { text: encodeRunCode({ ...parts, choices }, RUN_CODE_VERSION + 1), reason: /made by a newer version of Asymmetry/ },
    { text: runCodeLine(code, MARKUP), reason: BAD_NICKNAME },
    { text: `${code} ~ ${'N'.repeat(200)}`, reason: BAD_NICKNAME },
    { text: 'Z'.repeat(100_000), reason: NOT_READABLE_CODE },
  ];
  return { files, lines };
}
