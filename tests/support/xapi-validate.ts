// xapi-validation (Learning Locker's conformance-tested statement validator), as a plain function.
import validation from 'xapi-validation';

type Validate = (statement: unknown) => { path: (string | number)[]; name: string }[];

// The package is CommonJS with an `exports.default`; depending on the loader's interop the
// default import is the function or the module object around it.
const validate: Validate = typeof validation === 'function' ? validation : (validation as unknown as { default: Validate }).default;

/** Every problem the validator finds in `statement`, one line each (path: kind); empty when it is valid. */
export function statementProblems(statement: unknown): string[] {
  return validate(statement).map((warning) => `${warning.path.join('.')}: ${warning.name}`);
}
