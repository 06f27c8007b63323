// One SCORM session with the LMS, spoken through its runtime API: every call checked, every
// fault (a refusal, an error code, an API that throws) handed to `onProblem` and never thrown,
// so a misbehaving LMS cannot stop the game. Once the session is over, or could not begin,
// nothing more is sent.
import type { Dialect } from './dialect';
import type { ApiAnswer, FoundScormApi } from './find-api';

/** A call the LMS refused or failed, as the reporter's owner is told of it. */
export interface ScormProblem {
  /** The API method, e.g. "LMSSetValue" or "Commit". */
  call: string;
  /** The data model element, for GetValue and SetValue. */
  element: string | null;
  /** The LMS's error code ("0" when it refused without one), or "exception" when the call threw. */
  code: string;
  /** The LMS's words for the code, and its diagnostic, where it gives them. */
  message: string;
}

type Method = (...args: string[]) => ApiAnswer;

export class LmsSession {
  private state: 'open' | 'closed' = 'closed';

  constructor(
    private readonly found: FoundScormApi,
    private readonly dialect: Dialect,
    private readonly onProblem: (problem: ScormProblem) => void,
  ) {}

  /** Initialize; true if the session is open. */
  open(): boolean {
    if (this.call(this.dialect.calls.initialize, null, '')?.ok) this.state = 'open';
    return this.state === 'open';
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** An element's value, or null if it cannot be read ("" for an element with nothing kept yet). */
  get(element: string): string | null {
    if (this.state !== 'open') return null;
    const result = this.call(this.dialect.calls.getValue, element, element);
    if (!result) return null;
    return result.ok ? String(result.value ?? '') : this.dialect.emptyReadErrors.includes(result.code) ? '' : this.fault(result);
  }

  /** Sets an element; true if the LMS took it. */
  set(element: string, value: string): boolean {
    return this.state === 'open' && this.call(this.dialect.calls.setValue, element, element, value)?.ok === true;
  }

  commit(): boolean {
    return this.state === 'open' && this.call(this.dialect.calls.commit, null, '')?.ok === true;
  }

  /** Finish / Terminate: the session is over whatever the LMS answers. */
  close(): void {
    if (this.state !== 'open') return;
    this.call(this.dialect.calls.terminate, null, '');
    this.state = 'closed';
  }

  /**
   * Calls a method and reads its error code. Setters, Initialize, Commit and Terminate answer
   * "true" or "false"; GetValue answers the value and only GetLastError says if it failed.
   * Null when the call threw (already reported); a failure with its code is returned for `get`
   * to judge, every other failure is reported here.
   */
  private call(method: string, element: string | null, ...args: string[]): { ok: true; value: ApiAnswer } | (ScormProblem & { ok: false }) | null {
    const isGet = method === this.dialect.calls.getValue;
    try {
      const value = this.method(method)(...args);
      // Some LMSs answer "" or 0 for no error.
      const code = String(this.method(this.dialect.calls.lastError)() ?? '') || '0';
      const refused = !isGet && String(value) !== 'true';
      if (code === '0' && !refused) return { ok: true, value };
      const failure = { ok: false as const, call: method, element, code, message: this.explain(code) };
      if (!isGet) this.fault(failure);
      return failure;
    } catch (error) {
      this.onProblem({ call: method, element, code: 'exception', message: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }

  private fault({ call, element, code, message }: ScormProblem): null {
    this.onProblem({ call, element, code, message });
    return null;
  }

  /** The LMS's error string and diagnostic for a code; never throws. */
  private explain(code: string): string {
    try {
      const text = String(this.method(this.dialect.calls.errorString)(code) ?? '');
      const diagnostic = String(this.method(this.dialect.calls.diagnostic)(code) ?? '');
      return diagnostic && diagnostic !== text ? `${text} (${diagnostic})` : text;
    } catch {
      return '';
    }
  }

  private method(name: string): Method {
    const api = this.found.api as unknown as Record<string, Method>;
    return api[name]!.bind(api);
  }
}
