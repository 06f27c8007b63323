import { describe, expect, it } from 'vitest';
import { cmi5Choice, cmi5Completed, cmi5Initialized, cmi5Terminated, isoDuration, type Cmi5StatementContext } from '../../src/reporting/cmi5/cmi5-statements';
import { CMI5_CATEGORY, MOVE_ON_CATEGORY, SESSION_ID_EXTENSION } from '../../src/reporting/cmi5/cmi5-iris';
import { looksLikeCmi5Launch, readCmi5Launch, type Cmi5Launch } from '../../src/reporting/cmi5/launch';
import { readLaunchData, readLearnerPreferences, type LaunchData } from '../../src/reporting/cmi5/launch-data';
import { runCodeOf } from '../../src/engine/run-code';
import { continuesRun } from '../../src/reporting/cmi5/run-state';
import { activityIri } from '../../src/reporting/xapi/vocabulary';
import { realTaxonomy } from '../helpers';
import { playReported, steadyClock } from '../support/reported-run';
import { statementProblems } from '../support/xapi-validate';

const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7' } };
const good = {
  endpoint: 'https://lms.example/lrs',
  fetch: 'https://lms.example/fetch?k=2390289x0&n=1',
  actor: JSON.stringify(actor),
  registration: '760E3480-BA55-4991-94B0-01820DBD23A2',
  activityId: 'https://lms.example/activities/au-1',
};
const search = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('the cmi5 launch parameters', () => {
  it('are read in any order, beside other parameters, the endpoint ending in a slash and the registration in lower case', () => {
    const shuffled = `?scenario=carlos&activityId=${encodeURIComponent(good.activityId)}&actor=${encodeURIComponent(good.actor)}&registration=${good.registration}&fetch=${encodeURIComponent(good.fetch)}&endpoint=${encodeURIComponent(good.endpoint)}`;
    expect(looksLikeCmi5Launch(shuffled)).toBe(true);
    expect(readCmi5Launch(shuffled)).toEqual({
      ok: true,
      launch: {
        endpoint: 'https://lms.example/lrs/',
        fetchUrl: good.fetch,
        actor,
        registration: good.registration.toLowerCase(),
        activityId: good.activityId,
      },
    });
  });

  it('are refused naming the first one missing or malformed', () => {
    expect(looksLikeCmi5Launch(search({ ...good, fetch: '' }).replace('fetch=&', ''))).toBe(false);
    const cases: [Partial<typeof good>, string][] = [
      [{ endpoint: 'ftp://lms.example/' }, 'endpoint'],
      [{ endpoint: 'not a url' }, 'endpoint'],
      [{ fetch: '' }, 'fetch'],
      [{ actor: '{"objectType":"Agent","mbox":"mailto:sam@example.com"}' }, 'actor'],
      [{ actor: '{"objectType":"Group","account":{"homePage":"https://lms.example","name":"x"}}' }, 'actor'],
      [{ actor: '{not json' }, 'actor'],
      [{ registration: 'attempt-1' }, 'registration'],
      [{ activityId: 'au-1' }, 'activityId'],
    ];
    for (const [change, parameter] of cases) expect(readCmi5Launch(search({ ...good, ...change }))).toEqual({ ok: false, parameter });
  });
});

const template = {
  contextActivities: { grouping: [{ objectType: 'Activity', id: activityIri('carlos') }], category: [{ id: 'https://lms.example/categories/term-1' }] },
  extensions: { [SESSION_ID_EXTENSION]: 'session-1', 'https://lms.example/extensions/cohort': 'A' },
  platform: 'Test LMS',
  registration: '00000000-0000-4000-8000-000000000000',
};
const launchDocument = { contextTemplate: template, launchMode: 'Normal', moveOn: 'Completed', returnURL: 'https://lms.example/course/1', entitlementKey: { courseStructure: 'x' } };

describe('LMS.LaunchData', () => {
  it('gives the template, the session id, the launch mode, moveOn and the return URL', () => {
    const data = readLaunchData(launchDocument)!;
    expect(data).toMatchObject({ sessionId: 'session-1', launchMode: 'Normal', moveOn: 'Completed', returnUrl: 'https://lms.example/course/1', launchParameters: null });
    expect(data.contextTemplate).toEqual({ contextActivities: template.contextActivities, extensions: template.extensions, rest: { platform: 'Test LMS' } });
  });

  it('is refused without a session id in the template, or without a launch mode or moveOn cmi5 knows', () => {
    expect(readLaunchData(null)).toBeNull();
    expect(readLaunchData({ ...launchDocument, contextTemplate: { ...template, extensions: {} } })).toBeNull();
    expect(readLaunchData({ ...launchDocument, launchMode: 'Preview' })).toBeNull();
    expect(readLaunchData({ ...launchDocument, moveOn: undefined })).toBeNull();
    expect(readLaunchData({ ...launchDocument, contextTemplate: { ...template, contextActivities: { grouping: [{ name: 'no id' }] } } })).toBeNull();
  });
});

describe('the learner preferences', () => {
  it('are read as a list of languages and sound on or off; anything else is no preference', () => {
    expect(readLearnerPreferences({ languagePreference: 'en-GB, fr-FR,??', audioPreference: 'off' })).toEqual({ languages: ['en-GB', 'fr-FR'], audio: 'off' });
    expect(readLearnerPreferences({ audioPreference: 'loud' })).toEqual({ languages: [], audio: null });
    expect(readLearnerPreferences(null)).toEqual({ languages: [], audio: null });
  });
});

describe('the statements of a cmi5 session', () => {
  const launch: Cmi5Launch = { endpoint: 'https://lms.example/lrs/', fetchUrl: good.fetch, actor: actor as Cmi5Launch['actor'], registration: good.registration.toLowerCase(), activityId: good.activityId };
  const launchData: LaunchData = readLaunchData(launchDocument)!;
  let n = 0;
  const context: Cmi5StatementContext = { launch, launchData, newId: () => `6690e6c9-3ef0-4ed3-8b37-${String(++n).padStart(12, '0')}` };
  const taxonomy = realTaxonomy();
  const played = playReported('carlos', 4821, { attempt: '0f0e5f43-6a4c-4e5e-9f0e-3a1f5d1b2c3d', now: steadyClock() });
  const at = new Date(Date.UTC(2026, 11, 7, 10));
  const defined = [cmi5Initialized(context, at), cmi5Completed(context, played.end!, 61_500), cmi5Terminated(context, at, 3_725_000)];
  const choices = played.choices.map((report) => cmi5Choice(context, report, (id) => taxonomy.moves.get(id)?.lever ?? null));

  it('keep the whole template (activities, extensions, other properties) and the launch registration in every context', () => {
    for (const statement of [...defined, ...choices]) {
      expect(statementProblems(statement)).toEqual([]);
      expect(statement.actor).toEqual(actor);
      const context = statement.context!;
      expect(context.registration).toBe(launch.registration);
      expect(context.extensions).toMatchObject(template.extensions);
      expect(context.contextActivities!.grouping).toEqual(template.contextActivities.grouping);
      expect(context.contextActivities!.category).toEqual(expect.arrayContaining(template.contextActivities.category));
      expect(context).toMatchObject({ platform: 'Test LMS' });
    }
  });

  it('make initialized, completed and terminated about the AU, with the cmi5 category; moveOn and completion on completed only', () => {
    const categories = (s: (typeof defined)[number]) => s.context!.contextActivities!.category!.map((a) => a.id);
    expect(defined.map((s) => s.verb.id)).toEqual(['http://adlnet.gov/expapi/verbs/initialized', 'http://adlnet.gov/expapi/verbs/completed', 'http://adlnet.gov/expapi/verbs/terminated']);
    for (const statement of defined) {
      expect(statement.object.id).toBe(launch.activityId);
      expect(categories(statement)).toContain(CMI5_CATEGORY);
      expect(statement.result ?? {}).not.toHaveProperty('score');
      expect(statement.result ?? {}).not.toHaveProperty('success');
    }
    expect(defined.map((s) => categories(s).includes(MOVE_ON_CATEGORY))).toEqual([false, true, false]);
    expect(defined.map((s) => s.result?.completion)).toEqual([undefined, true, undefined]);
    expect(defined.map((s) => s.result?.duration)).toEqual([undefined, 'PT1M1.5S', 'PT1H2M5S']);
  });

  it('make each choice a cmi5-allowed statement: the xAPI choice statement, without the cmi5 category', () => {
    expect(choices).toHaveLength(played.choices.length);
    for (const [turn, statement] of choices.entries()) {
      expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
      expect(statement.object.id.startsWith(`${activityIri('carlos')}/choice-points/`)).toBe(true);
      expect(statement.context!.contextActivities!.category!.map((a) => a.id)).not.toContain(CMI5_CATEGORY);
      expect(statement.timestamp).toBe(played.choices[turn]!.at.toISOString());
    }
  });
});

describe('a kept run gone on', () => {
  it('is the same story and seed with the kept choices first; another seed, another scenario or other choices is another run', () => {
    const whole = playReported('carlos', 4821, { attempt: 'a' });
    const codes = whole.choices.map((c) => c.runCode);
    expect(continuesRun(codes[2]!, codes[5]!)).toBe(true);
    expect(continuesRun(codes[2]!, codes[2]!)).toBe(true);
    expect(continuesRun(codes[5]!, codes[2]!)).toBe(false);
    expect(continuesRun(codes[2]!, playReported('carlos', 4822, { attempt: 'b', turns: 6 }).choices[5]!.runCode)).toBe(false);
    const otherChoices = playReported('carlos', 4821, { attempt: 'c', turns: 1 }).encounter;
    otherChoices.choose(otherChoices.choices.at(-1)!.index);
    const differs = runCodeOf('carlos', whole.run.storyVersion, otherChoices.summary());
    expect(whole.encounter.log[1]!.chosen).not.toBe(otherChoices.log[1]!.chosen);
    expect(continuesRun(codes[1]!, differs)).toBe(false);
    expect(continuesRun('not a code', codes[1]!)).toBe(false);
  });
});

describe('durations', () => {
  it('are ISO 8601 to the hundredth of a second', () => {
    expect([0, 40, 1_234, 60_000, 3_600_000, 3_661_010, -5].map(isoDuration)).toEqual(['PT0S', 'PT0.04S', 'PT1.23S', 'PT1M', 'PT1H', 'PT1H1M1.01S', 'PT0S']);
  });
});
