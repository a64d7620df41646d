// Issue 26 item 1: no exception or trap leaves the module broken. A call that fails inside wasm reports a Lis1Error
// of kind `internal` (validate: an issue, it never throws), and the next call finds a working instance, made again
// from the compiled module. Before the fix each such call moved the wasm shadow stack pointer for good: 496 rounds
// under a replaced Array.isArray, or 35 sweeps of calls across the JS stack limit (about 1 200 RangeErrors), and
// every later call threw "memory access out of bounds" or "unreachable".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pkgSpecifier } from './helpers.mjs';

// One full-time hospital year, 2027-09-01..2028-08-31: whole months by anniversary (RULES.md date conventions), the
// day before 2028-09-01 ends month 12, so the hospital part counts 12 months (S-1).
const YEAR = { periods: [{ part: 'hospital', start: '2027-09-01', end: '2028-08-31', percent: 100 }], lang: 'en' };

// The Node entries, each with its own wasm module and guard.
const ENTRIES = [pkgSpecifier, `${pkgSpecifier}/full`, `${pkgSpecifier}/roster`];

/** The module answers as a fresh one does: the year is valid and counts 12 hospital months. */
function assertWorks(api, label) {
  assert.deepEqual(api.validate('service', YEAR), { ok: true, issues: [] }, label);
  assert.equal(api.remainingService(YEAR).hospital.countedMonths, 12, label);
}

for (const entry of ENTRIES) {
  test(`${entry}: a page that replaced Array.isArray (an exception thrown inside wasm) gets \`internal\`, and the module keeps working`, async () => {
    const api = await import(entry);
    const real = Array.isArray;
    const thrown = new Error('a page replaced Array.isArray');
    try {
      // 1 000 rounds: twice the 496 after which the module stayed broken before the fix.
      for (let round = 0; round < 1000; round++) {
        Array.isArray = () => { throw thrown; };
        // validate never throws: the failure is its one issue, in the input's language (en).
        const checked = api.validate('service', YEAR);
        assert.equal(checked.ok, false);
        assert.equal(checked.issues.length, 1);
        assert.equal(checked.issues[0].code, 'internal');
        assert.equal(checked.issues[0].path, '');
        assert.match(checked.issues[0].message, /stopped unexpectedly/);
        assert.throws(() => api.remainingService(YEAR), (error) => {
          assert.ok(error instanceof api.Lis1Error);
          assert.equal(error.kind, 'internal');
          assert.equal(error.issues[0].code, 'internal');
          // What failed stays visible to a developer.
          assert.equal(error.cause, thrown);
          return true;
        });
        Array.isArray = real;
        if (round % 100 === 99) assertWorks(api, `after round ${round + 1}`);
      }
    } finally {
      Array.isArray = real;
    }
    assertWorks(api, 'at the end');
    // Without lang: Norwegian Bokmål, the API's default.
    Array.isArray = () => { throw thrown; };
    const nb = api.validate('service', { periods: YEAR.periods });
    Array.isArray = real;
    assert.match(nb.issues[0].message, /Beregningen stoppet uventet/);
  });
}

test("a page's setter on Error.prototype.name never runs inside a call: bad input still throws Lis1Error invalid-input", async () => {
  const api = await import(pkgSpecifier);
  const own = Object.getOwnPropertyDescriptor(Error.prototype, 'name');
  let ran = 0;
  Object.defineProperty(Error.prototype, 'name', {
    configurable: true,
    get() { return 'Error'; },
    set() { ran++; throw new Error('page setter'); },
  });
  try {
    // 2 000 calls: before the fix the setter threw inside wasm on each, and the module broke after about 1 100.
    for (let i = 0; i < 2000; i++) {
      assert.throws(() => api.remainingService({ periods: 5 }), (error) => error instanceof api.Lis1Error && error.kind === 'invalid-input');
    }
  } finally {
    Object.defineProperty(Error.prototype, 'name', own);
  }
  assert.equal(ran, 0);
  assertWorks(api, 'after');
});

test('calls made across the JS stack limit (RangeErrors inside wasm) leave every module working', () => {
  // A child with a small stack (--stack-size) so that a sweep is quick; the mechanism is the stack size's, not its
  // amount: 35 sweeps broke each module before the fix, with any stack size tried (984, 300, 100).
  const child = spawnSync(process.execPath, ['--stack-size=100', fileURLToPath(new URL('./stack-limit-caller.mjs', import.meta.url)), ...ENTRIES], {
    cwd: fileURLToPath(new URL('.', import.meta.url)),
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(child.status, 0, child.stderr);
  const reports = JSON.parse(child.stdout);
  for (const { entry, brokenAfter, errors } of reports) {
    assert.equal(brokenAfter, null, `${entry}: broken after sweep ${brokenAfter}`);
    // The sweeps did reach the limit inside calls; each failed call is the caller's RangeError (when even the
    // error could not be built so near the limit) or the `internal` Lis1Error.
    assert.ok((errors.RangeError ?? 0) > 500, `${entry}: ${JSON.stringify(errors)}`);
    assert.deepEqual(Object.keys(errors).filter((k) => k !== 'RangeError' && k !== 'Lis1Error:internal'), [], entry);
  }
});
