// The LMS's page around a SCORM unit: ?version=1.2 or ?version=2004 picks the runtime, which
// is put where a SCO looks for it (window.API or window.API_1484_11) before the unit opens in
// a frame of this page. Tests drive it through window.testLms: open a unit, close its frame
// (the unit's page goes away, as when a learner closes the LMS's player), open it again with
// what the LMS kept, and read what the LMS holds. Each learner (by LMS id) has their own record.
import { ScormLms } from './scorm-lms.js';

const version = new URLSearchParams(location.search).get('version') === '1.2' ? '1.2' : '2004';
const records = new Map();
/** The LMS's record of one learner. */
function lmsOf(learner) {
  if (!records.has(learner)) records.set(learner, new ScormLms(version, version === '1.2' ? window.Scorm12API : window.Scorm2004API, learner));
  return records.get(learner);
}
const apiName = version === '1.2' ? 'API' : 'API_1484_11';
const status = document.getElementById('status');
let frame = null;

function close() {
  frame?.remove();
  frame = null;
  delete window[apiName];
  status.textContent = 'No unit open.';
}

window.testLms = {
  version,
  /** Opens the unit at `href` (relative to this page) for a learner, with a new session holding what the LMS kept for them. */
  open(href, learner = 'learner-1') {
    close();
    const lms = lmsOf(learner);
    window[apiName] = lms.launch();
    frame = document.createElement('iframe');
    frame.title = 'Course unit';
    frame.src = href;
    document.getElementById('unit').append(frame);
    status.textContent = `SCORM ${version} unit open (launch ${lms.launches}).`;
  },
  close,
  /** What the LMS holds for a learner, and what it saw, as plain data. */
  state(learner = 'learner-1') {
    const lms = lmsOf(learner);
    return { kept: lms.kept, commits: lms.commits, sets: lms.sets, launches: lms.launches };
  },
};
