import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeRunCode, replayRunCodeSoFar } from '../../src/engine/run-code';
import {
  choiceStatement,
  completedStatement,
  initializedStatement,
  optionId,
  type Agent,
  type StatementOptions,
} from '../../src/reporting/xapi/statements';
import { ACTIVITY_TYPES, activityIri, choicePointIri, EXTENSIONS, VERBS } from '../../src/reporting/xapi/vocabulary';
import { realTaxonomy } from '../helpers';
import { libraryBundle } from '../story/play';
import { playReported } from '../support/reported-run';
import { statementProblems } from '../support/xapi-validate';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const taxonomy = realTaxonomy();
const leverOf = (id: string) => taxonomy.moves.get(id)?.lever ?? null;
const actor: Agent = { objectType: 'Agent', account: { homePage: 'https://school.example', name: 'learner-7' } };
const options: StatementOptions = { actor, context: {}, newId: randomUUID };
const played = playReported('carlos', 4821, { attempt: randomUUID() });
const choices = played.choices.map((report) => choiceStatement(report, { ...options, leverOf }));

describe('the validator the statements are checked with', () => {
  // xapi-validation finds nothing wrong with some mistakes (any UUID version passes, choice ids
  // may repeat): the tests below check those themselves.
  it('refuses what a careless builder could send', () => {
    const good = choices[0]!;
    expect(statementProblems(good)).toEqual([]);
    expect(statementProblems({ ...good, context: { ...good.context, extensions: { scenario: 'carlos' } } })).toEqual(['statement.context.extensions: TypeWarning']);
    expect(statementProblems({ ...good, context: { ...good.context, registration: 'attempt-1' } })).toEqual(['statement.context.registration: TypeWarning']);
    expect(statementProblems({ ...good, result: { response: 1 } })).toEqual(['statement.result.response: TypeWarning']);
    expect(statementProblems({ ...good, actor: { objectType: 'Agent', name: 'Sam' } })).toEqual(['statement.actor: NoIfiWarning']);
    expect(statementProblems({ ...good, timestamp: 'Tuesday' })).toEqual(['statement.timestamp: TypeWarning']);
  });
});

describe('a choice statement', () => {
  it('is valid xAPI for every choice of a real run, each with its own UUID v4 and the time of the choice', () => {
    expect(choices.length).toBeGreaterThan(4);
    for (const statement of choices) expect(statementProblems(statement)).toEqual([]);
    expect(choices.every((s) => UUID_V4.test(s.id))).toBe(true);
    expect(new Set(choices.map((s) => s.id)).size).toBe(choices.length);
    expect(choices.map((s) => s.timestamp)).toEqual(played.choices.map((c) => c.at.toISOString()));
  });

  it('answers the choice point, an interaction with the options offered in the words shown, and no correct answer', () => {
    for (const [turn, statement] of choices.entries()) {
      const report = played.choices[turn]!;
      expect(statement.verb.id).toBe(VERBS.answered);
      expect(statement.object.id).toBe(choicePointIri('carlos', report.choicePoint));
      const definition = statement.object.definition!;
      expect(definition).toMatchObject({ type: ACTIVITY_TYPES.choicePoint, interactionType: 'choice' });
      expect(definition).not.toHaveProperty('correctResponsesPattern');
      expect(definition.choices).toEqual(report.entry.offered.map((o) => ({ id: `option-${o.index}`, description: { en: o.text } })));
      expect(new Set(definition.choices!.map((c) => c.id)).size).toBe(report.entry.offered.length);
      // The response names one of the choices: the one taken.
      const taken = report.entry.offered.find((o) => o.index === report.entry.chosen)!;
      const response = definition.choices!.find((c) => c.id === statement.result!.response)!;
      expect(response.description.en).toBe(taken.text);
      expect(statement.result).toEqual({ response: optionId(report.entry.chosen) });
      expect(statement.context!.contextActivities!.parent).toEqual([
        { objectType: 'Activity', id: activityIri('carlos'), definition: { type: ACTIVITY_TYPES.scenario, name: { en: 'Carlos' } } },
      ]);
    }
  });

  it('carries what the choice did: the moves with their levers, every variable before and after', () => {
    for (const [turn, statement] of choices.entries()) {
      const { entry, choicePoint, run } = played.choices[turn]!;
      const extensions = statement.context!.extensions!;
      expect(extensions).toMatchObject({
        [EXTENSIONS.scenario]: 'carlos',
        [EXTENSIONS.storyVersion]: libraryBundle('carlos').storyVersion,
        [EXTENSIONS.attempt]: run.attempt,
        [EXTENSIONS.choicePoint]: choicePoint,
        [EXTENSIONS.turn]: turn,
        [EXTENSIONS.optionsOffered]: entry.offered.map((o) => ({ id: optionId(o.index), text: o.text })),
        [EXTENSIONS.optionChosen]: optionId(entry.chosen),
        [EXTENSIONS.before]: entry.before,
        [EXTENSIONS.after]: entry.after,
      });
      expect(Object.keys(extensions[EXTENSIONS.before] as object)).toEqual(expect.arrayContaining(['trust', 'autonomy']));
      const moves = extensions[EXTENSIONS.moves] as { id: string; lever: string }[];
      expect(moves.map((m) => m.id)).toEqual(entry.moves);
      for (const move of moves) expect(move.lever).toBe(taxonomy.moves.get(move.id)!.lever);
    }
    const levers = new Set(choices.flatMap((s) => (s.context!.extensions![EXTENSIONS.moves] as { lever: string }[]).map((m) => m.lever)));
    expect(levers.size).toBeGreaterThan(1);
  });

  it('carries the run so far: its code replays to the same choices', () => {
    const bundle = libraryBundle('carlos');
    for (const [turn, statement] of choices.entries()) {
      const run = statement.context!.extensions![EXTENSIONS.run] as { attempt: string; seed: number; code: string };
      expect(run).toEqual({ attempt: played.run.attempt, seed: 4821, code: played.choices[turn]!.runCode });
      const code = decodeRunCode(run.code);
      const replayed = code.ok ? replayRunCodeSoFar(bundle, code.value) : code;
      if (!replayed.ok) throw new Error(replayed.problem.kind);
      expect(replayed.value.log).toEqual(played.encounter.log.slice(0, turn + 1));
    }
  });

  it('keeps a cmi5 context template and the registration, beside its own context', () => {
    const registration = randomUUID();
    const grouping = { objectType: 'Activity' as const, id: 'https://lms.example/course/7/au/carlos' };
    const category = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };
    const session = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
    const statement = choiceStatement(played.choices[0]!, {
      ...options,
      leverOf,
      context: { registration, template: { contextActivities: { grouping: [grouping], category: [category] }, extensions: { [session]: 'session-1' } } },
    });
    expect(statementProblems(statement)).toEqual([]);
    expect(statement.context).toMatchObject({ registration, contextActivities: { grouping: [grouping], category: [category] } });
    expect(statement.context!.contextActivities!.parent).toHaveLength(1);
    expect(statement.context!.extensions).toMatchObject({ [session]: 'session-1', [EXTENSIONS.scenario]: 'carlos' });
  });
});

describe('the start and the end of a run', () => {
  it('initialized on the scenario, naming the run but with no code yet', () => {
    const statement = initializedStatement(played.run, new Date(Date.UTC(2026, 11, 7, 8, 59)), options);
    expect(statementProblems(statement)).toEqual([]);
    expect(statement).toMatchObject({ verb: { id: VERBS.initialized }, object: { id: activityIri('carlos') }, timestamp: '2026-12-07T08:59:00.000Z' });
    expect(statement.context!.extensions).toEqual({
      [EXTENSIONS.scenario]: 'carlos',
      [EXTENSIONS.storyVersion]: played.run.storyVersion,
      [EXTENSIONS.attempt]: played.run.attempt,
    });
    expect(statement).not.toHaveProperty('result');
  });

  it('completed on the scenario with the ending and the whole run; no score, no success', () => {
    const end = played.end!;
    expect(end.ending).not.toBeNull();
    const statement = completedStatement(end, options);
    expect(statementProblems(statement)).toEqual([]);
    expect(statement.verb.id).toBe(VERBS.completed);
    expect(statement.object.id).toBe(activityIri('carlos'));
    expect(statement.result).toEqual({ completion: true, extensions: { [EXTENSIONS.ending]: end.ending } });
    expect(statement.context!.extensions![EXTENSIONS.run]).toEqual({ attempt: played.run.attempt, seed: 4821, code: end.runCode });
  });
});
