// Says, once, that the school's learning system refused or failed something: first what it
// means for the learner and what they can do, then the system's own words for whoever runs the
// course to look into.
import type { ReportingProblem } from '../reporting/choose-reporter';
import type { ReporterKind } from '../reporting/reporter';
import type { Cmi5StartProblem } from '../reporting/cmi5/start-error';
import { h } from './dom';

const SYSTEM: Record<ReporterKind, string> = {
  none: 'The learning system',
  scorm12: 'Your course (SCORM 1.2)',
  scorm2004: 'Your course (SCORM 2004)',
  cmi5: 'Your course (cmi5)',
  xapi: 'Your school’s learning record store',
};

/** Shows the first problem in a status line below the top bar; later ones only go to the console. */
export function reportingNotice(topbar: Element | null): (problem: ReportingProblem) => void {
  let shown = false;
  return (problem) => {
    console.warn('Asymmetry reporting:', problem);
    if (shown || !topbar) return;
    shown = true;
    topbar.after(
      h(
        'p',
        { className: 'notice reporting-notice', role: 'status' },
        `${SYSTEM[problem.system]} did not receive all of this game’s record. ${forLearner(problem)} If it happens again, tell your facilitator. Details for the course team: ${detail(problem)}`,
      ),
    );
  };
}

/** What the problem means for the learner, and what they can do about it. */
function forLearner(problem: ReportingProblem): string {
  if (problem.kind === 'storage') return 'You can play on, but this device cannot save: your progress and anything not yet sent last only while this page is open.';
  const reopen = (problem.kind === 'cmi5' && problem.problem.kind === 'session-ended') || (problem.kind === 'cmi5-start' && (problem.problem.kind === 'auth-token' || problem.problem.kind === 'unreachable'));
  return reopen
    ? 'You can play on, and your progress is kept on this device; to have your choices recorded, open this unit again from your course.'
    : 'You can play on: your progress is kept on this device.';
}

const records = (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`;

function detail(problem: ReportingProblem): string {
  switch (problem.kind) {
    case 'lms-call':
      return `${problem.call}${problem.element ? ` ${problem.element}` : ''} returned error ${problem.code}${problem.message ? ` (${problem.message})` : ''}.`;
    case 'held':
      return `${problem.problem === 'credential' ? 'the learning record store refused the credential' : 'no learning record store answers at this address'}; ${records(problem.waiting)} ${problem.waiting === 1 ? 'waits' : 'wait'} on this device.`;
    case 'set-aside':
      return `the learning record store refused ${records(problem.count)}${problem.status ? ` (HTTP ${problem.status})` : ''}; ${problem.count === 1 ? 'it is' : 'they are'} kept on this device.`;
    case 'storage':
      return 'this device’s storage is full or off, so records not yet sent last only while this page is open.';
    case 'cmi5-start':
      return cmi5StartDetail(problem.problem);
    case 'cmi5':
      return problem.problem.kind === 'session-ended'
        ? 'this session with the LMS had already ended (the page was reloaded after leaving), and cmi5 allows no record after that.'
        : `the LMS refused to keep where the learner is (HTTP ${problem.problem.status}); it is kept on this device meanwhile.`;
  }
}

function cmi5StartDetail(problem: Cmi5StartProblem): string {
  switch (problem.kind) {
    case 'launch-parameter':
      return `the launch link's “${problem.parameter}” is missing or malformed, so nothing is reported in this session.`;
    case 'auth-token':
      return `the LMS gave no credential for this session${problem.errorCode ? ` (cmi5 error ${problem.errorCode})` : ''}; open the unit again from the LMS.`;
    case 'launch-data':
      return 'the LMS did not provide this unit’s launch data (LMS.LaunchData), so nothing is reported in this session.';
    case 'unreachable':
      return 'the LMS could not be reached to start the session; open the unit again from the LMS when online.';
  }
}
