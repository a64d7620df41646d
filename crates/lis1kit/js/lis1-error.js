// The error every lis1kit function throws for bad input or a forbidden
// history. Defined in JS because a Rust type cannot extend `Error`.
// Rust builds instances through `makeLis1Error` (see src/error.rs).

/** Thrown by lis1kit calculations; `issues` lists every problem found. */
export class Lis1Error extends Error {
  // Declared as fields, so they are defined on the instance rather than
  // assigned: a page's setter on Object.prototype is never run (issue 16).
  // `name` too: a page's setter on Error.prototype.name would otherwise run (and throw) inside wasm.
  name = 'Lis1Error';
  kind;
  issues;

  constructor(message, kind, issues, options) {
    super(message, options);
    /** 'invalid-input' | 'rule-violation' | 'internal' (guard.js) */
    this.kind = kind;
    /** @type {{code: string, path: string, rule?: string, message: string}[]} */
    this.issues = issues;
  }
}

export function makeLis1Error(message, kind, issues) {
  return new Lis1Error(message, kind, issues);
}
