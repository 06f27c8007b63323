// The cmi5 reporter: Asymmetry as a cmi5 assignable unit. At start it reads the launch
// parameters, gets the session's auth token (once), reads LMS.LaunchData, the learner's
// preferences and the run kept for this registration, and says initialized. Then every choice
// is a cmi5-allowed statement and the run so far is kept in the AU's state; an ending is
// completed (once per registration, Normal launches only); leaving is terminated, the last
// statement of the session. Every statement goes through the xAPI outbox (ids fixed when
// built, kept on the device until the LRS has them), one outbox per session, since each
// session has its own credential.
import type { KeyValueStore } from '../../engine/save';
import type { Reporter, RunRef } from '../reporter';
import { DEFAULT_TIMEOUT_MS, LrsClient } from '../xapi/lrs-client';
import { outboxKey, StatementQueue } from '../xapi/statement-queue';
import type { Statement } from '../xapi/statements';
import { LAUNCH_DATA_STATE_ID, LEARNER_PREFERENCES_PROFILE_ID, RUN_STATE_ID } from './cmi5-iris';
import { cmi5Choice, cmi5Completed, cmi5Initialized, cmi5Terminated, type Cmi5StatementContext } from './cmi5-statements';
import { XapiDocuments, type StateAddress } from './documents';
import { readCmi5Launch, type Cmi5Launch } from './launch';
import { readLaunchData, readLearnerPreferences, type LaunchData, type LearnerPreferences } from './launch-data';
import { continuesRun, RunStateDocument } from './run-state';
import { Cmi5Session } from './session';
import { Cmi5StartError } from './start-error';
import type { StatementHost } from '../xapi/statement-host';

export interface Cmi5Host extends StatementHost {
  /** The page's query string (location.search): the launch parameters. */
  search: string;
  /** This tab's storage (sessionStorage): the session's token, so a reload carries on the session. */
  sessionStore: KeyValueStore;
  /** Something that keeps the learner's work from the LMS after the start (the outbox's own troubles come through `events`). */
  onProblem?: (problem: Cmi5Problem) => void;
}

export type Cmi5Problem =
  /** The LMS refused to keep the run in the AU's state (HTTP status). */
  | { kind: 'state-refused'; status: number }
  /**
   * The page was reloaded after its session terminated (leaving it said so): the run resumes
   * and is kept, but its choices are reported only after a new launch from the LMS.
   */
  | { kind: 'session-ended' };

export interface Cmi5Reporter extends Reporter {
  readonly kind: 'cmi5';
  readonly launch: Cmi5Launch;
  readonly launchData: LaunchData;
  /** cmi5 asks the AU to turn its sound on or off at start by `audio`, and to prefer `languages`. */
  readonly preferences: LearnerPreferences;
  /**
   * Where the LMS wants the learner sent when they leave the AU (LMS.LaunchData returnURL), or
   * null. cmi5 asks the AU to go there when it terminates: an exit control calls leave() first.
   */
  readonly returnUrl: string | null;
  readonly queue: StatementQueue;
}

/** Starts the session; a launch that cannot report rejects with a Cmi5StartError (the game then plays without it). */
export async function startCmi5Reporter(host: Cmi5Host): Promise<Cmi5Reporter> {
  const read = readCmi5Launch(host.search);
  if (!read.ok) throw new Cmi5StartError({ kind: 'launch-parameter', parameter: read.parameter });
  const { launch } = read;
  const timeoutMs = host.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const session = await Cmi5Session.open(launch.fetchUrl, { fetch: host.fetch, timers: host.timers, sessionStore: host.sessionStore, timeoutMs });
  const documents = new XapiDocuments({ endpoint: launch.endpoint, authorization: session.authorization, fetch: host.fetch, timers: host.timers, timeoutMs });
  const address = (stateId: string): StateAddress => ({ activityId: launch.activityId, agent: launch.actor, registration: launch.registration, stateId });

  let launchDocument: unknown;
  try {
    launchDocument = await documents.getState(address(LAUNCH_DATA_STATE_ID));
  } catch {
    throw new Cmi5StartError({ kind: 'unreachable' });
  }
  const launchData = readLaunchData(launchDocument);
  if (!launchData) throw new Cmi5StartError({ kind: 'launch-data' });
  // cmi5 says the AU reads them at start; none, or an LMS that keeps none, is no preference.
  const preferences = readLearnerPreferences(await documents.getAgentProfile(launch.actor, LEARNER_PREFERENCES_PROFILE_ID).catch(() => null));

  const runState = new RunStateDocument(documents, address(RUN_STATE_ID), {
    store: host.store,
    timers: host.timers,
    onRefused: (status) => host.onProblem?.({ kind: 'state-refused', status }),
  });
  await runState.load();

  const client = new LrsClient({ endpoint: launch.endpoint, auth: session.authorization }, { fetch: host.fetch, timers: host.timers, timeoutMs });
  const queue = new StatementQueue(`${outboxKey(client.endpoint)}:cmi5:${launchData.sessionId}`, client, host, host.events);
  host.onOnline?.(() => {
    queue.flush();
    runState.retryNow();
  });

  const context: Cmi5StatementContext = { launch, launchData, newId: host.newId };
  // A reload inside the LMS's frame is the same session: initialized was said already, and
  // terminated too if the page that left said it. The run is still resumed and kept; its
  // choices can only be reported in a new session, launched from the LMS.
  if (session.terminated) host.onProblem?.({ kind: 'session-ended' });
  else if (session.initializedAt === null) {
    const at = host.now();
    queue.add([cmi5Initialized(context, at)]);
    session.markInitialized(at);
  }
  // What an earlier page of this session left unsent goes now.
  queue.flush();
  const initializedAt = session.initializedAt ?? host.now();
  // Normal launches record progress; Browse and Review only look (cmi5 section 10.2.2).
  const records = launchData.launchMode === 'Normal';
  const runStarts = new Map<string, Date>();
  // After terminated the session is over: a page that lives on (restored from the back-forward cache) says nothing more.
  const say = (statement: () => Statement) => {
    if (!session.terminated) queue.add([statement()]);
  };
  // The run the LMS kept, gone on (here or on another device), keeps the attempt id it was reported under.
  const keptRun = ({ run, runCode }: { run: RunRef; runCode: string }): RunRef => {
    const kept = runState.current;
    return kept && kept.scenarioId === run.scenarioId && continuesRun(kept.code, runCode) ? { ...run, attempt: kept.attempt } : run;
  };

  return {
    kind: 'cmi5',
    launch,
    launchData,
    preferences,
    returnUrl: launchData.returnUrl,
    learner: launch.actor.account ? `${launch.actor.account.homePage} ${launch.actor.account.name}` : null,
    queue,
    resumeCode: (scenarioId) => {
      const kept = runState.current;
      return Promise.resolve(kept && kept.scenarioId === scenarioId ? kept.code : null);
    },
    started: (run: RunRef, at: Date) => {
      runStarts.set(run.attempt, at);
    },
    choice: (report) => {
      const run = keptRun(report);
      say(() => cmi5Choice(context, { ...report, run }, host.leverOf));
      if (records) runState.save({ scenarioId: run.scenarioId, code: report.runCode, attempt: run.attempt, completed: runState.current?.completed ?? false });
    },
    ended: (report) => {
      if (!records || session.terminated) return;
      const run = keptRun(report);
      if (!runState.current?.completed) {
        const since = runStarts.get(report.run.attempt) ?? initializedAt;
        say(() => cmi5Completed(context, { ...report, run }, report.at.getTime() - since.getTime()));
      }
      runState.save({ scenarioId: run.scenarioId, code: report.runCode, attempt: run.attempt, completed: true });
    },
    leave: () => {
      if (!session.terminated) {
        const at = host.now();
        queue.add([cmi5Terminated(context, at, at.getTime() - initializedAt.getTime())]);
        session.markTerminated();
      }
      queue.leave();
      runState.leave();
    },
  };
}
