// Picks the one reporter this launch gets, from what the page finds: a SCORM runtime in a
// frame above (2004 preferred), cmi5's five launch parameters, a plain xAPI endpoint (launch
// parameters or settings), else none. Only the chosen system's code is loaded, so players
// with no LMS never download any of it.
import type { KeyValueStore } from '../engine/save';
import type { Taxonomy } from '../engine/taxonomy';
import type { LrsSettings } from '../settings/settings';
import type { Reporter, ReporterKind } from './reporter';
import { noReporter } from './reporter';
import { findScormApi, type ApiWindow } from './scorm/find-api';
import type { ScormProblem } from './scorm/lms-session';
import type { Cmi5Problem } from './cmi5/cmi5-reporter';
import type { Cmi5StartProblem } from './cmi5/start-error';
import { looksLikeCmi5Launch } from './cmi5/launch';
import type { StatementHost } from './xapi/statement-host';
import type { QueueEvents } from './xapi/statement-queue';

/** Something the learning system refused or failed at: the game goes on, and the app may say so. */
export type ReportingProblem = { system: ReporterKind } & (
  | ({ kind: 'lms-call' } & ScormProblem)
  | { kind: 'held'; problem: 'credential' | 'not-lrs'; waiting: number }
  | { kind: 'set-aside'; count: number; status: number | null }
  | { kind: 'storage' }
  | { kind: 'cmi5-start'; problem: Cmi5StartProblem }
  | { kind: 'cmi5'; problem: Cmi5Problem }
);

/** The page's services, as every reporter takes them, with what choosing one needs besides. */
export interface ReportingHost extends Omit<StatementHost, 'leverOf' | 'events' | 'timeoutMs'> {
  /** The page's window: searched for a SCORM API above it; its address gives launch parameters and the origin. */
  window: ApiWindow & { location: { search: string; origin: string } };
  /** This tab's storage (sessionStorage): a cmi5 session's token, so a reload in the LMS's frame carries on. */
  sessionStore: KeyValueStore;
  settings: LrsSettings;
  /** The taxonomy (moves → levers), loaded only for a system that reports moves. */
  taxonomy: () => Promise<Taxonomy>;
  onProblem: (problem: ReportingProblem) => void;
}

export async function chooseReporter(host: ReportingHost): Promise<Reporter> {
  const scorm = findScormApi(host.window);
  if (scorm) {
    const { scormReporter } = await import('./scorm/scorm-reporter');
    const system = scorm.version === '2004' ? 'scorm2004' : 'scorm12';
    return scormReporter(scorm, {
      now: host.now,
      onProblem: (problem) => host.onProblem({ system, kind: 'lms-call', ...problem }),
    });
  }
  const { search, origin } = host.window.location;
  if (looksLikeCmi5Launch(search)) return cmi5Reporter(host, search);
  const params = new URLSearchParams(search);
  if (params.has('endpoint') || host.settings.lrsEndpoint) {
    const [{ createXapiReporter, xapiConfigFrom }, taxonomy] = await Promise.all([import('./xapi/xapi-reporter'), host.taxonomy()]);
    const config = xapiConfigFrom(params, host.settings);
    if (config) {
      return createXapiReporter(config, {
        ...host,
        origin,
        leverOf: leverOf(taxonomy),
        events: queueProblems('xapi', host.onProblem),
      });
    }
  }
  return noReporter;
}

/** A cmi5 launch: the session started with the LMS, or, where it cannot start, the game on its own (and why). */
async function cmi5Reporter(host: ReportingHost, search: string): Promise<Reporter> {
  const [{ startCmi5Reporter }, { Cmi5StartError }, taxonomy] = await Promise.all([import('./cmi5/cmi5-reporter'), import('./cmi5/start-error'), host.taxonomy()]);
  try {
    return await startCmi5Reporter({
      ...host,
      search,
      leverOf: leverOf(taxonomy),
      events: queueProblems('cmi5', host.onProblem),
      onProblem: (problem) => host.onProblem({ system: 'cmi5', kind: 'cmi5', problem }),
    });
  } catch (error) {
    if (!(error instanceof Cmi5StartError)) throw error;
    host.onProblem({ system: 'cmi5', kind: 'cmi5-start', problem: error.problem });
    return noReporter;
  }
}

const leverOf = (taxonomy: Taxonomy) => (moveId: string) => taxonomy.moves.get(moveId)?.lever ?? null;

/** The outbox's troubles, as problems: a credential or address refused, statements set aside, storage refused. */
function queueProblems(system: ReporterKind, onProblem: ReportingHost['onProblem']): QueueEvents {
  return {
    onState: (state) => {
      if (state.state === 'held') onProblem({ system, kind: 'held', problem: state.problem, waiting: state.waiting });
    },
    onSetAside: (setAside) => onProblem({ system, kind: 'set-aside', count: setAside.length, status: setAside[0]?.status ?? null }),
    onStorage: (storage) => {
      if (storage === 'memory-only') onProblem({ system, kind: 'storage' });
    },
  };
}
