// SCORM 1.2 and SCORM 2004 say the same things with different names, vocabularies, formats
// and limits. This table is every difference the reporter meets; the reporter itself is one
// implementation for both. What SCORM 1.2 cannot hold that 2004 can: ./README.md.

export interface Dialect {
  readonly kind: 'scorm12' | 'scorm2004';
  /** The runtime API's method names. */
  readonly calls: {
    readonly initialize: string;
    readonly terminate: string;
    readonly getValue: string;
    readonly setValue: string;
    readonly commit: string;
    readonly lastError: string;
    readonly errorString: string;
    readonly diagnostic: string;
  };
  readonly elements: {
    readonly entry: string;
    readonly suspendData: string;
    readonly location: string;
    readonly completion: string;
    readonly exit: string;
    readonly sessionTime: string;
    readonly interactionCount: string;
    /** Who the LMS launched (its id for the learner). */
    readonly learnerId: string;
  };
  /** An interaction's elements, after `cmi.interactions.n.`. */
  readonly interaction: {
    readonly response: string;
    readonly time: string;
    /** Where the options offered and the moves are written, and its length limit, if the version has one. */
    readonly description: { readonly element: string; readonly limit: number } | null;
  };
  /** The longest value each element takes, in characters. */
  readonly limits: {
    readonly suspendData: number;
    readonly location: number;
  };
  readonly words: {
    readonly resume: string;
    readonly newAttempt: string;
    readonly incomplete: string;
    readonly completed: string;
    /** Completion values that mean the learner has not begun: the reporter makes them `incomplete`. */
    readonly notBegun: readonly string[];
    readonly suspend: string;
    /** The exit of a learner who finished. */
    readonly finished: string;
  };
  /** Error codes a read may raise that mean "nothing kept yet", not a fault. */
  readonly emptyReadErrors: readonly string[];
  /** An identifier valid for the version's interaction and objective ids, from its parts. */
  readonly identifier: (parts: readonly string[]) => string;
  /** When a choice was made, as the interaction's time element takes it. */
  readonly momentOf: (at: Date) => string;
  /** How long a session lasted, as session_time takes it. */
  readonly timespan: (ms: number) => string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Hours, minutes and seconds (to the hundredth) of a span, as numbers. */
function hms(ms: number): { hours: number; minutes: number; seconds: number } {
  const centis = Math.max(0, Math.round(ms / 10));
  return { hours: Math.floor(centis / 360_000), minutes: Math.floor(centis / 6000) % 60, seconds: (centis % 6000) / 100 };
}

export const SCORM_12: Dialect = {
  kind: 'scorm12',
  calls: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  },
  elements: {
    entry: 'cmi.core.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    completion: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    interactionCount: 'cmi.interactions._count',
    learnerId: 'cmi.core.student_id',
  },
  interaction: { response: 'student_response', time: 'time', description: null },
  limits: { suspendData: 4096, location: 255 },
  words: { resume: 'resume', newAttempt: 'ab-initio', incomplete: 'incomplete', completed: 'completed', notBegun: ['not attempted', ''], suspend: 'suspend', finished: '' },
  emptyReadErrors: [],
  // CMIIdentifier: letters and digits with no white space, at most 255; '.', '-' and '_' are
  // accepted by every LMS met, and keep ids readable.
  identifier: (parts) =>
    parts
      .map((p) => p.replace(/[^A-Za-z0-9_.-]/g, '_'))
      .join('.')
      .slice(-255),
  // CMITime: the time of day, HH:MM:SS, on the learner's clock (1.2 has no date or zone here).
  momentOf: (at) => `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`,
  // CMITimespan: HHHH:MM:SS.SS.
  timespan: (ms) => {
    const { hours, minutes, seconds } = hms(ms);
    return `${two(Math.min(hours, 9999))}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
  },
};

export const SCORM_2004: Dialect = {
  kind: 'scorm2004',
  calls: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
  },
  elements: {
    entry: 'cmi.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    completion: 'cmi.completion_status',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    interactionCount: 'cmi.interactions._count',
    learnerId: 'cmi.learner_id',
  },
  interaction: { response: 'learner_response', time: 'timestamp', description: { element: 'description', limit: 250 } },
  limits: { suspendData: 64_000, location: 1000 },
  words: { resume: 'resume', newAttempt: 'ab-initio', incomplete: 'incomplete', completed: 'completed', notBegun: ['unknown', 'not attempted', ''], suspend: 'suspend', finished: 'normal' },
  // 403: "data model element value not initialized", what reading an element never set gives.
  emptyReadErrors: ['403'],
  // long_identifier_type: a URI. A URN of percent-encoded parts is one, whatever they hold.
  identifier: (parts) => ['urn:asymmetry', ...parts.map((p) => encodeURIComponent(p).replace(/~/g, '%7E'))].join(':').slice(0, 4000),
  // time(second,10,0): UTC, to the hundredth of a second (a zone may follow only a fraction).
  momentOf: (at) => `${at.toISOString().slice(0, 22)}Z`,
  // timeinterval(second,10,2): an ISO 8601 duration.
  timespan: (ms) => {
    const { hours, minutes, seconds } = hms(ms);
    return `PT${hours}H${minutes}M${seconds}S`;
  },
};

export const dialectFor = (version: '1.2' | '2004'): Dialect => (version === '2004' ? SCORM_2004 : SCORM_12);
