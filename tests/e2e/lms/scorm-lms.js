// A small LMS for tests: one learner (by default "learner-1") taking one SCO, its runtime played by scorm-again's real
// Scorm12API / Scorm2004API. Between launches it keeps what the SCO left (as an LMS keeps it
// on its server) and gives it back on the next launch: entry "resume" after an exit of
// "suspend", "" otherwise, "ab-initio" the first time. It counts commits and logs every value
// the SCO set. Plain JavaScript, so the harness page runs it as it is and unit tests import it.

/** What differs between the two versions here: event names and where entry and exit live. */
const VERSIONS = {
  '1.2': { set: 'LMSSetValue.cmi.*', commit: 'LMSCommit', terminate: 'LMSFinish', core: (cmi) => cmi.core, learnerId: 'student_id' },
  2004: { set: 'SetValue.cmi.*', commit: 'Commit', terminate: 'Terminate', core: (cmi) => cmi, learnerId: 'learner_id' },
};

export class ScormLms {
  /**
   * @param {'1.2' | '2004'} version
   * @param {new (settings: object) => any} Api scorm-again's Scorm12API or Scorm2004API
   * @param {string} learner the LMS's id for the learner
   */
  constructor(version, Api, learner = 'learner-1') {
    this.version = version;
    this.Api = Api;
    this.learner = learner;
    /** The runtime data kept from the last session (scorm-again's CMI as JSON), or null before the first. */
    this.kept = null;
    this.launches = 0;
    /** Commits in all sessions. */
    this.commits = 0;
    /** Every [element, value] the SCO set, in all sessions. */
    this.sets = [];
  }

  /** A new session: a fresh API holding what was kept, for the SCO to find. */
  launch() {
    const v = VERSIONS[this.version];
    const api = new this.Api({ logLevel: 5 });
    if (this.kept) {
      const { exit } = v.core(this.kept);
      // The last session's exit and time belong to it; total_time already holds them.
      const data = structuredClone(this.kept);
      delete v.core(data).exit;
      delete v.core(data).session_time;
      api.loadFromJSON(data);
      v.core(api.cmi).entry = exit === 'suspend' ? 'resume' : '';
    } else {
      v.core(api.cmi).entry = 'ab-initio';
    }
    v.core(api.cmi)[v.learnerId] = this.learner;
    this.launches++;
    api.on(v.set, (element, value) => this.sets.push([element, value]));
    api.on(v.commit, () => {
      this.commits++;
      this.keep(api);
    });
    api.on(v.terminate, () => this.keep(api));
    return api;
  }

  keep(api) {
    this.kept = JSON.parse(JSON.stringify(api.renderCommitCMI(true).cmi));
  }
}
