// Runs the shared determinism cases against a loaded lis1kit module and
// returns each result (or thrown issues) as JSON text. Used by the Node test
// and, in the page, by the Chromium test: both must give identical text.
export function runCases(lis1kit, cases) {
  return cases.map((c) => {
    try {
      const out = c.fn === 'validate' ? lis1kit.validate(c.kind, c.input) : lis1kit[c.fn](c.input);
      return JSON.stringify(out);
    } catch (err) {
      return JSON.stringify({ thrown: err.name, kind: err.kind, issues: err.issues });
    }
  });
}
