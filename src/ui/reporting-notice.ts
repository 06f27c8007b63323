// Says, once, that the school's learning system refused or failed something: the learner
// plays on (their progress is also kept on the device), and a facilitator has the system's
// own words to look into.
import type { ReportingProblem } from '../reporting/choose-reporter';
import type { ReporterKind } from '../reporting/reporter';
import type { Cmi5StartProblem } from '../reporting/cmi5/start-error';
import { h } from './dom';

const SYSTEM: Record<ReporterKind, string> = {
  none: 'no learning system',
  scorm12: 'your course’s LMS (SCORM 1.2)',
  scorm2004: 'your course’s LMS (SCORM 2004)',
  cmi5: 'your course’s LMS (cmi5)',
  xapi: 'your school’s learning record store',
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
        `Asymmetry could not report everything to ${SYSTEM[problem.system]}. You can play on: your progress is also kept on this device. For whoever runs the course: ${detail(problem)}`,
      ),
    );
  };
}

function detail(problem: ReportingProblem): string {
  switch (problem.kind) {
    case 'lms-call':
      return `${problem.call}${problem.element ? ` ${problem.element}` : ''} answered error ${problem.code}${problem.message ? ` (${problem.message})` : ''}.`;
    case 'held':
      return `${problem.problem === 'credential' ? 'the learning record store refused the credential' : 'no learning record store answers at this address'}; ${problem.waiting} record(s) wait on this device.`;
    case 'set-aside':
      return `the learning record store refused ${problem.count} record(s)${problem.status ? ` (HTTP ${problem.status})` : ''}; they are kept on this device.`;
    case 'storage':
      return 'this device’s storage is full or off, so records not yet sent last only while this page is open.';
    case 'cmi5-start':
      return cmi5StartDetail(problem.problem);
    case 'cmi5':
      return problem.problem.kind === 'session-ended'
        ? 'this session with the LMS had already ended (the page was reloaded after leaving); open the unit again from the LMS for your choices to be recorded.'
        : `the LMS refused to keep where you are (HTTP ${problem.problem.status}); it is kept on this device meanwhile.`;
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
