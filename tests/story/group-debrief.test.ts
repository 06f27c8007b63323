// The facilitator's group debrief on a real scenario: a room's runs collected from codes,
// files and sessions, refused with a reason when they cannot be trusted, and counted into the
// group picture exactly as the runs' own logs say.
import { describe, expect, it } from 'vitest';
import { encounterAt } from '../../src/engine/analysis/moments';
import { difference } from '../../src/engine/analysis/counterfactuals';
import type { Encounter } from '../../src/engine/encounter';
import { groupPicture } from '../../src/engine/group/group-picture';
import { pointKey } from '../../src/engine/run-log';
import { RunCollector, type ItemOutcome } from '../../src/engine/group/run-collector';
import { makeSessionFile } from '../../src/engine/group/session-file';
import { GroupSessions } from '../../src/engine/group/session-store';
import { analyseGroup } from '../../src/engine/group/split-points';
import { randomPlaythrough } from '../../src/engine/random-play';
import { makeResults } from '../../src/engine/results';
import { runCodeLine, runCodeOf } from '../../src/engine/run-code';
import type { KeyValueStore } from '../../src/engine/save';
import { libraryBundle } from './play';

const bundle = libraryBundle('carlos');
const SCENARIOS = ['carlos', 'the-offer', 'boundaries'];
/** Ten learners: varied seeds (so varied patients), random but repeatable choices. */
const room: Encounter[] = Array.from({ length: 10 }, (_, i) => randomPlaythrough(bundle, 1000 + i * 7919));
const codeOf = (run: Encounter) => runCodeOf(bundle.meta.id, bundle.storyVersion, run.summary());
const collector = () => new RunCollector(bundle, SCENARIOS);
const statuses = (outcomes: readonly ItemOutcome[]) => outcomes.map((o) => (o.status === 'refused' ? `refused:${o.problem.kind}` : o.status));
const resultsOf = (run: Encounter, nickname: string | null = null, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ ...makeResults({ scenarioId: 'carlos', scenarioTitle: 'Carlos', storyVersion: bundle.storyVersion, run: run.summary(), nickname, practice: false, now: new Date('2026-12-07') }), ...overrides });

describe('collecting a room’s runs', () => {
  it('takes pasted codes in any spacing and case, with nicknames, and skips blank lines', () => {
    const pasted = room.map((run, i) => (i % 2 ? `  ${codeOf(run).toLowerCase().replaceAll('-', ' ')}  ` : runCodeLine(codeOf(run), `Learner ${i}`))).join('\n\n');
    const c = collector();
    const outcomes = c.addCodes(pasted);
    expect(statuses(outcomes)).toEqual(Array(10).fill('added'));
    expect(c.size).toBe(10);
    expect(c.runs.map((r) => r.nickname)).toEqual(room.map((_, i) => (i % 2 ? null : `Learner ${i}`)));
    // The place of each item is its line in what was pasted, blank lines counted.
    expect(outcomes.map((o) => o.place)).toEqual(room.map((_, i) => ({ source: 'pasted', line: 2 * i + 1 })));
  });

  it('rebuilds each run by replaying it: the same log, variables and ending as the learner’s', () => {
    const c = collector();
    c.addCodes(room.map(codeOf).join('\n'));
    for (const [i, run] of c.runs.entries()) {
      expect(run.summary.log).toEqual(room[i]!.log);
      expect(run.summary.final).toEqual(room[i]!.variables);
      expect(run.summary.ending).toBe(room[i]!.ending);
      expect(run.variant).toEqual(room[i]!.variant);
    }
  });

  it('counts a run handed over twice once, however it came (code, file, scan)', () => {
    const c = collector();
    c.addCodes(codeOf(room[0]!));
    expect(c.addFile('again.json', resultsOf(room[0]!, 'Sam'))).toMatchObject([{ status: 'duplicate' }]);
    expect(c.addLine(codeOf(room[0]!).toLowerCase())).toMatchObject({ status: 'duplicate', place: { source: 'scan' } });
    expect(c.size).toBe(1);
  });

  it('takes results files, session files and text files of codes', () => {
    const c = collector();
    expect(statuses(c.addFile('a.json', resultsOf(room[0]!, 'Asha')))).toEqual(['added']);
    const session = JSON.stringify(makeSessionFile('carlos', bundle.storyVersion, room.slice(1, 4).map((r, i) => ({ code: codeOf(r), nickname: i === 0 ? 'Ben' : null })), new Date()));
    expect(statuses(c.addFile('session.json', session))).toEqual(['added', 'added', 'added']);
    const text = c.addFile('codes.txt', `${codeOf(room[4]!)}\n${codeOf(room[5]!)} ~ Cai\n`);
    expect(text.map((o) => o.place)).toEqual([
      { source: 'file', name: 'codes.txt', line: 1 },
      { source: 'file', name: 'codes.txt', line: 2 },
    ]);
    expect(c.runs.map((r) => r.nickname)).toEqual(['Asha', 'Ben', null, null, null, 'Cai']);
  });

  it('refuses what cannot be trusted, each with its reason, and keeps the rest', () => {
    const good = codeOf(room[0]!);
    const other = randomPlaythrough(libraryBundle('the-offer'), 5);
    const otherCode = runCodeOf('the-offer', libraryBundle('the-offer').storyVersion, other.summary());
    const unfinished = encounterAt(bundle, room[1]!.log, 3, room[1]!.seed);
    const flipped = good.replace(/[0-9A-Z](?=-?[0-9A-Z]{0,3}$)/, (ch) => (ch === '0' ? '1' : '0'));
    const c = collector();
    const outcomes = [
      ...c.addCodes(['not a code!', good.slice(0, 12), flipped, otherCode, `${good} ~ <script>alert(1)</script>`, runCodeOf('carlos', bundle.storyVersion, unfinished.summary()), good].join('\n')),
      ...c.addFile('broken.json', '{"format": "asymmetry-results", "schema": 3, '),
      ...c.addFile('other.json', resultsOf(room[2]!, null, { scenarioId: 'the-offer' })),
      ...c.addFile('old.json', resultsOf(room[2]!, null, { storyVersion: 'an-earlier-one' })),
      ...c.addFile('forged.json', resultsOf(room[2]!, '<img src=x onerror=alert(1)>')),
      ...c.addFile('save.json', JSON.stringify({ format: 'asymmetry-save', schema: 2 })),
      ...c.addFile('huge.json', `{"x":"${'a'.repeat(2_100_000)}"}`),
    ];
    expect(statuses(outcomes)).toEqual([
      'refused:unreadable',
      'refused:damaged',
      'refused:damaged',
      'refused:other-scenario',
      'refused:damaged',
      'refused:unfinished',
      'added',
      'refused:unreadable',
      'refused:other-scenario',
      'refused:story-changed',
      'refused:damaged',
      'refused:wrong-kind',
      'refused:too-large',
    ]);
    expect(outcomes[3]).toMatchObject({ problem: { scenarioId: 'the-offer' }, readAs: 'code' });
    expect(outcomes[4]).toMatchObject({ problem: { field: 'nickname' } });
    expect(outcomes[8]).toMatchObject({ problem: { scenarioId: 'the-offer' }, readAs: 'results' });
    expect(c.size).toBe(1);
  });

  it('refuses a results file whose account of the run was altered, in any line, variable or ending', () => {
    const file = () => JSON.parse(resultsOf(room[3]!)) as { log: { offered: { text: string }[]; after: Record<string, number> }[]; ending: string; final: Record<string, number> };
    const alterations = [
      (f: ReturnType<typeof file>) => (f.log[0]!.offered[0]!.text = '<img src=x onerror=alert(1)>'),
      (f: ReturnType<typeof file>) => (f.log[2]!.after.trust = 100),
      (f: ReturnType<typeof file>) => (f.ending = 'partners' === f.ending ? 'lectured' : 'partners'),
      (f: ReturnType<typeof file>) => (f.final.autonomy = -5),
    ];
    for (const alter of alterations) {
      const altered = file();
      alter(altered);
      expect(collector().addFile('altered.json', JSON.stringify(altered))).toMatchObject([{ status: 'refused', problem: { kind: 'damaged', field: 'log' } }]);
    }
    expect(statuses(collector().addFile('as-made.json', JSON.stringify(file())))).toEqual(['added']);
  });

  it('stops reading a paste with more lines than any room, saying so for the rest', () => {
    const outcomes = collector().addCodes(Array(2_500).fill('nonsense').join('\n'));
    expect(outcomes).toHaveLength(2_001);
    expect(outcomes.at(-1)).toMatchObject({ status: 'refused', problem: { kind: 'too-large' } });
  });
});

describe('the group picture', () => {
  const c = collector();
  c.addCodes(room.map(codeOf).join('\n'));
  const picture = groupPicture(bundle.meta, c.runs);

  it('counts, at every choice point, who reached it and how they chose, as the runs’ logs say', () => {
    const expected = new Map<string, Map<string, number>>();
    for (const run of room) {
      for (const entry of run.log) {
        if (entry.offered.length < 2) continue;
        const byOption = expected.get(pointKey(entry)) ?? new Map<string, number>();
        const text = entry.offered.find((o) => o.index === entry.chosen)!.text;
        byOption.set(text, (byOption.get(text) ?? 0) + 1);
        expected.set(pointKey(entry), byOption);
      }
    }
    expect(new Set(picture.points.map((p) => p.key))).toEqual(new Set(expected.keys()));
    for (const point of picture.points) {
      const chosen = Object.fromEntries(point.options.filter((o) => o.chosen > 0).map((o) => [o.text, o.chosen]));
      expect(chosen).toEqual(Object.fromEntries(expected.get(point.key)!));
      expect(point.reached).toBe(room.filter((r) => r.log.some((e) => pointKey(e) === point.key)).length);
      expect(point.division).toBeGreaterThanOrEqual(0);
      expect(point.division).toBeLessThanOrEqual(1);
    }
    // In the order the encounter goes: the opening first.
    expect(picture.points[0]!.knot).toBe('opening');
  });

  it('counts the endings, the disclosures and the patients met, and draws every path from start to end', () => {
    for (const ending of picture.endings) expect(ending.runs).toBe(room.filter((r) => r.ending === ending.id).length);
    expect(picture.endings.reduce((n, e) => n + e.runs, 0) + picture.unended).toBe(10);
    for (const d of picture.disclosures) expect(d.made).toBe(room.filter((r) => r.log.some((e) => e.disclosed.includes(d.id))).length);
    for (const v of picture.variants) expect(v.values.reduce((n, x) => n + x.runs, 0)).toBe(10);
    expect(picture.paths.map((p) => p.points.length)).toEqual(room.map((r) => r.log.length + 1));
    expect(picture.paths.map((p) => p.points.at(-1))).toEqual(room.map((r) => ({ trust: r.variables.trust, autonomy: r.variables.autonomy })));
  });

  it('ranks split points by how the room divided and how much the options differ, each option played out exactly', async () => {
    const analysis = await analyseGroup(bundle, picture, c.runs, { count: 4 });
    const splits = analysis.splitPoints;
    expect(splits.length).toBeGreaterThan(0);
    expect(splits.map((s) => s.score)).toEqual([...splits.map((s) => s.score)].sort((a, b) => b - a));
    for (const split of splits) {
      expect(split.point.division).toBeGreaterThan(0);
      // What each option would do, from the moment of the run it was played out from, is what the engine does.
      const run = c.runs[split.fromRun]!;
      const turn = run.summary.log.findIndex((e) => pointKey(e) === split.point.key);
      const offered = encounterAt(bundle, run.summary.log, turn, run.summary.seed).choices.map((o) => o.text);
      // Every option the room met here is listed, played out where that moment offered it.
      expect(split.options.map((o) => o.text).sort()).toEqual(split.point.options.map((o) => o.text).sort());
      for (const option of split.options) {
        expect(option.outcome !== null).toBe(offered.includes(option.text));
        if (option.outcome) {
          const replay = encounterAt(bundle, run.summary.log, turn, run.summary.seed);
          const before = replay.variables;
          replay.choose(replay.choices.find((o) => o.text === option.text)!.index);
          expect(option.outcome.change).toEqual(difference(replay.variables, before));
        }
        const roomTook = option.roomEndings.reduce((n, e) => n + e.runs, 0);
        expect(roomTook).toBe(room.filter((r) => r.log.some((e) => pointKey(e) === split.point.key && e.offered.find((o) => o.index === e.chosen)!.text === option.text)).length);
      }
    }
    for (const move of analysis.pivotalMoves) expect(move.runs).toBeLessThanOrEqual(10);
  });
});

describe('a kept session', () => {
  const runs = room.slice(0, 3).map((r) => ({ code: codeOf(r), nickname: null }));
  const memory = (): KeyValueStore & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  };

  it('comes back as it was kept, and an empty one leaves nothing behind', () => {
    const store = memory();
    const sessions = new GroupSessions(store);
    expect(sessions.read('carlos', bundle.storyVersion)).toEqual({ status: 'empty' });
    expect(sessions.write('carlos', bundle.storyVersion, runs, new Date())).toBe(true);
    expect(sessions.read('carlos', bundle.storyVersion)).toEqual({ status: 'ok', runs });
    sessions.write('carlos', bundle.storyVersion, [], new Date());
    expect(store.data.size).toBe(0);
  });

  it('says when the store refuses, and a damaged or outdated one is reported with its text, then set aside', () => {
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    expect(new GroupSessions(full).write('carlos', bundle.storyVersion, runs, new Date())).toBe(false);
    const store = memory();
    const sessions = new GroupSessions(store);
    sessions.write('carlos', 'older', runs, new Date());
    const read = sessions.read('carlos', bundle.storyVersion);
    expect(read).toMatchObject({ status: 'unusable', problem: { kind: 'story-changed' } });
    if (read.status !== 'unusable') return;
    expect(sessions.setAside('carlos', read.raw)).toBe(true);
    expect(sessions.read('carlos', bundle.storyVersion)).toEqual({ status: 'empty' });
    expect([...store.data.values()]).toEqual([read.raw]);
    store.data.set('asymmetry:group:carlos', '{"format":"asymmetry-group-session"');
    expect(sessions.read('carlos', bundle.storyVersion)).toMatchObject({ status: 'unusable', problem: { kind: 'unreadable' } });
  });
});
