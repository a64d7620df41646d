/** One problem with an input: JSON-pointer `path` into the input, and the rule id (`S-2`, `A-3`, …; listed by `<lis1-rules>`) if one applies. */
export interface Issue {
  code: string;
  path: string;
  rule?: string;
  message: string;
}

/**
 * Thrown by lis1kit calculations for bad input or a history the rules forbid; `internal` when a call failed inside
 * the WebAssembly module (a trap, or an exception thrown through it): the module is made new before the next call.
 */
export declare class Lis1Error extends Error {
  readonly name: 'Lis1Error';
  readonly kind: 'invalid-input' | 'rule-violation' | 'internal';
  readonly issues: Issue[];
}
