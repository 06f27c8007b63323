import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/platform/storage';
import { basicAuth, type Fetch } from '../../src/reporting/xapi/lrs-client';
import type { Statement } from '../../src/reporting/xapi/statements';
import { activityIri, EXTENSIONS, VERBS } from '../../src/reporting/xapi/vocabulary';
import { actorFromLaunch, anonymousActor, createXapiReporter, LEARNER_KEY, xapiConfigFrom, type XapiReporterHost } from '../../src/reporting/xapi/xapi-reporter';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { realTaxonomy } from '../helpers';
import { startLrs, type RunningLrs } from '../support/lrs';
import { playReported } from '../support/reported-run';
import { statementProblems } from '../support/xapi-validate';

const noSettings = { lrsEndpoint: '', lrsKey: '', lrsSecret: '' };

describe('where plain xAPI reports to', () => {
  it('reads a TinCan launch: endpoint, auth, actor (in its older form too) and registration', () => {
    const registration = randomUUID();
    const params = new URLSearchParams({
      endpoint: 'https://lrs.school.example/xapi',
      auth: 'Basic a2V5OnNlY3JldA==',
      actor: JSON.stringify({ name: ['Sam Learner'], mbox: ['mailto:sam@school.example'] }),
      registration,
    });
    expect(xapiConfigFrom(params, { ...noSettings, lrsEndpoint: 'https://other.example/xapi' })).toEqual({
      endpoint: 'https://lrs.school.example/xapi/',
      auth: 'Basic a2V5OnNlY3JldA==',
      actor: { objectType: 'Agent', name: 'Sam Learner', mbox: 'mailto:sam@school.example' },
      registration,
      from: 'launch',
    });
    const noActor = xapiConfigFrom(new URLSearchParams({ endpoint: 'https://lrs.school.example/xapi/', registration: 'first-try' }), noSettings);
    expect(noActor).toMatchObject({ actor: null, registration: null, auth: null });
  });

  it('takes a launch actor only if it is one agent with exactly one identifier', () => {
    expect(actorFromLaunch(JSON.stringify({ account: [{ accountServiceHomePage: 'https://lms.example', accountName: '1234' }] }))).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://lms.example', name: '1234' },
    });
    expect(actorFromLaunch(JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: '1234' } }))).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://lms.example', name: '1234' },
    });
    for (const bad of [
      '{"mbox":"sam@school.example"}',
      '{"mbox":"mailto:a@b.example","openid":"https://id.example/sam"}',
      '{"name":"Sam"}',
      '{"objectType":"Group","mbox":"mailto:team@b.example"}',
      '["mailto:a@b.example"]',
      'not json',
    ]) {
      expect(actorFromLaunch(bad)).toBeNull();
    }
  });

  it('else reads the settings: the endpoint, and the key and secret as Basic credentials', () => {
    expect(xapiConfigFrom(new URLSearchParams(), { lrsEndpoint: 'https://lrs.school.example/xapi/', lrsKey: 'key', lrsSecret: 'secret' })).toEqual({
      endpoint: 'https://lrs.school.example/xapi/',
      auth: basicAuth('key', 'secret'),
      actor: null,
      registration: null,
      from: 'settings',
    });
    expect(xapiConfigFrom(new URLSearchParams('scenario=carlos&seed=4'), DEFAULT_SETTINGS)).toBeNull();
  });

  it('leaves a cmi5 launch to cmi5, and refuses an endpoint that is not http(s)', () => {
    const cmi5 = new URLSearchParams({ endpoint: 'https://lrs.example/xapi/', fetch: 'https://lms.example/token', actor: '{}', registration: randomUUID(), activityId: 'https://lms.example/au/1' });
    expect(xapiConfigFrom(cmi5, noSettings)).toBeNull();
    expect(xapiConfigFrom(new URLSearchParams({ endpoint: 'javascript:alert(1)' }), noSettings)).toBeNull();
  });
});

describe('the anonymous learner', () => {
  it('is an account on this site named by a random id kept on the device, with nothing about the person', () => {
    const store = new MemoryStore();
    const one = anonymousActor(store, 'https://game.school.example', randomUUID);
    expect(one).toEqual({ objectType: 'Agent', account: { homePage: 'https://game.school.example', name: store.getItem(LEARNER_KEY) } });
    expect(anonymousActor(store, 'https://game.school.example', randomUUID)).toEqual(one);
    expect(anonymousActor(new MemoryStore(), 'https://game.school.example', randomUUID).account!.name).not.toBe(one.account!.name);
    // A page opened from a file has no origin an account can name.
    expect(anonymousActor(store, 'null', randomUUID).account!.homePage).toMatch(/^https:\/\//);
  });
});

describe('the plain-xAPI reporter, playing a scenario into a real LRS', () => {
  let lrs: RunningLrs;
  beforeAll(async () => {
    lrs = await startLrs();
  });
  afterAll(async () => {
    await lrs?.stop();
  });

  const taxonomy = realTaxonomy();

  function reporterFor(params: URLSearchParams, store = new MemoryStore()) {
    const config = xapiConfigFrom(params, noSettings);
    if (!config) throw new Error('no config');
    const sent: Statement[] = [];
    const recording: Fetch = (url, init) => {
      if (init.method === 'POST') sent.push(...(JSON.parse(init.body as string) as Statement[]));
      return fetch(url, init);
    };
    const host: XapiReporterHost = {
      fetch: recording,
      timers: globalThis,
      store,
      newId: randomUUID,
      random: Math.random,
      now: () => new Date(),
      origin: 'https://game.school.example',
      leverOf: (id) => taxonomy.moves.get(id)?.lever ?? null,
    };
    return { reporter: createXapiReporter(config, host), sent };
  }

  const drained = async (waiting: () => number) => {
    for (let i = 0; i < 400 && waiting() > 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(waiting()).toBe(0);
  };

  it('sends initialized, one answered statement per choice and completed, each valid, from the anonymous learner', async () => {
    const registration = randomUUID();
    const { reporter, sent } = reporterFor(new URLSearchParams({ endpoint: lrs.endpoint, auth: lrs.auth, registration }));
    expect(reporter.kind).toBe('xapi');
    await expect(reporter.resumeCode('carlos')).resolves.toBeNull();
    const played = playReported('carlos', 4821, { attempt: randomUUID(), reporter });
    await drained(() => reporter.queue.waiting.length);

    const stored = await lrs.statements({ registration });
    expect(stored.map((s) => (s.verb as { id: string }).id)).toEqual([VERBS.initialized, ...played.choices.map(() => VERBS.answered), VERBS.completed]);
    expect(stored.map((s) => s.id)).toEqual(sent.map((s) => s.id));
    for (const statement of sent) expect(statementProblems(statement)).toEqual([]);
    const actors = new Set(stored.map((s) => JSON.stringify(s.actor)));
    expect([...actors].map((a) => JSON.parse(a) as unknown)).toEqual([{ objectType: 'Agent', account: { homePage: 'https://game.school.example', name: expect.any(String) } }]);

    const answers = sent.filter((s) => s.verb.id === VERBS.answered);
    expect(answers.map((s) => s.result!.response)).toEqual(played.choices.map((c) => `option-${c.entry.chosen}`));
    expect(answers.map((s) => s.context!.extensions![EXTENSIONS.run])).toEqual(
      played.choices.map((c) => ({ attempt: played.run.attempt, seed: 4821, code: c.runCode })),
    );
    const completed = sent.at(-1)!;
    expect(completed.object.id).toBe(activityIri('carlos'));
    expect(completed.result).toEqual({ completion: true, extensions: { [EXTENSIONS.ending]: played.end!.ending } });
  });

  it('uses the launch’s actor when it names one, and the same anonymous learner on the same device otherwise', async () => {
    const store = new MemoryStore();
    const registration = randomUUID();
    const base = { endpoint: lrs.endpoint, auth: lrs.auth, registration };
    // One after another, each sent before the next plays, so the LRS holds them in this order.
    const play = async (params: Record<string, string>, seed: number) => {
      const { reporter } = reporterFor(new URLSearchParams({ ...base, ...params }), store);
      playReported('carlos', seed, { attempt: randomUUID(), reporter, turns: 1 });
      await drained(() => reporter.queue.waiting.length);
    };
    await play({}, 1);
    await play({}, 2);
    await play({ actor: JSON.stringify({ mbox: 'mailto:sam@school.example', name: 'Sam' }) }, 3);

    const actors = (await lrs.statements({ registration })).map((s) => s.actor as { account?: { name: string }; mbox?: string });
    expect(actors).toHaveLength(6);
    expect(actors[0]!.account!.name).toBe(store.getItem(LEARNER_KEY));
    expect(actors.slice(0, 4).every((a) => a.account?.name === store.getItem(LEARNER_KEY))).toBe(true);
    expect(actors.slice(4)).toEqual([
      { objectType: 'Agent', name: 'Sam', mbox: 'mailto:sam@school.example' },
      { objectType: 'Agent', name: 'Sam', mbox: 'mailto:sam@school.example' },
    ]);
  });
});
