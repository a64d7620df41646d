// The bad-input catalogue (tests/bad-inputs/*.json) through validate() and
// through each calculation, which must throw a Lis1Error with the same issues.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pkgSpecifier } from './helpers.mjs';

const lis1kit = await import(pkgSpecifier);
const CALCULATIONS = { service: lis1kit.remainingService, eligibility: lis1kit.checkEligibility, cost: lis1kit.estimateCost };

/** Expands the markers JSON cannot express (see tests/bad-inputs/README.md). */
function expand(value) {
  if (Array.isArray(value)) return value.map(expand);
  if (value === null || typeof value !== 'object') return value;
  if ('$nan' in value) return NaN;
  if ('$infinity' in value) return value.$infinity * Infinity;
  if ('$undefined' in value) return undefined;
  if ('$text' in value) return value.$text.repeat(value.length);
  if ('$repeat' in value) return Array.from({ length: value.times }, () => expand(value.$repeat));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
}

const triples = (issues) => issues.map((i) => [i.path, i.code, i.rule ?? null]);

/** Expands `expect`: a triple as it is, `{ "$rows": [path with {i}, code, rule], "from": F, "to": T }` as one triple per i in F..=T. */
const expectedTriples = (expect) => expect.flatMap((e) => (Array.isArray(e) ? [e]
  : Array.from({ length: e.to - e.from + 1 }, (_, k) => [e.$rows[0].replace('{i}', String(e.from + k)), e.$rows[1], e.$rows[2]])));

for (const [kind, calculate] of Object.entries(CALCULATIONS)) {
  const cases = JSON.parse(readFileSync(new URL(`../bad-inputs/${kind}.json`, import.meta.url), 'utf8'));
  for (const { name, input, expect: written, exact } of cases) {
    test(`${kind}: ${name}`, () => {
      const given = expand(input);
      const expect = expectedTriples(written);
      const result = lis1kit.validate(kind, given);
      assert.equal(result.ok, false);
      const found = triples(result.issues);
      for (const wanted of expect) {
        assert.ok(found.some((f) => f[0] === wanted[0] && f[1] === wanted[1] && f[2] === wanted[2]),
          `expected ${JSON.stringify(wanted)} among ${JSON.stringify(found)}`);
      }
      if (exact) {
        // `exact: true`: the issues are these and no others (in any order), so an extra issue fails the case.
        const key = (t) => JSON.stringify(t);
        assert.deepEqual(found.map(key).sort(), expect.map(key).sort(), `exactly ${JSON.stringify(expect)}`);
      } else {
        assert.ok(exact === undefined, `${name}: exact must be true or left out`);
      }
      for (const issue of result.issues) assert.ok(issue.message.length > 0 && issue.message.length < 2000, issue.code);
      assert.throws(() => calculate(given), (err) => {
        assert.ok(err instanceof lis1kit.Lis1Error, String(err));
        assert.deepEqual(triples(err.issues), found);
        return true;
      });
    });
  }
}
