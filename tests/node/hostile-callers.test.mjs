// Issue 16 items 3–5: a caller's code that throws (getters, Proxy traps, a
// setter on Object.prototype), any first argument and huge keys leave the
// module as it was: no externref slot kept, no wasm memory reserved for a
// hostile length, no broken instance, bounded texts. Counts are large enough
// to show a trend (before the fix: about one table slot per throwing call,
// and "memory access out of bounds" for good after a throwing setter), and
// small enough for CI; memory and table sizes are measured, not timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkgSpecifier } from './helpers.mjs';

const lis1kit = await import(pkgSpecifier);
const { validate, remainingService, formSpec, schema, Lis1Error } = lis1kit;
const exports = lis1kit.initSync();
const tableLength = () => exports.__wbindgen_externrefs.length;
const memoryBytes = () => exports.memory.buffer.byteLength;

// One full-time hospital year, 2027-09-01..2028-08-31: whole months by
// anniversary (RULES.md date conventions), the day before 2028-09-01 ends
// month 12, so the hospital part is exactly 12 months and complete (S-1).
const YEAR = { periods: [{ part: 'hospital', start: '2027-09-01', end: '2028-08-31', percent: 100 }], lang: 'en' };
const hospitalMonths = (result) => result.hospital.countedMonths;

function revokedProxy() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const THROWING_INPUTS = {
  'a getter on the input': { get periods() { throw new Error('getter'); } },
  'a getter for lang': { get lang() { throw new Error('lang'); }, periods: [] },
  'a getter in a row': { periods: [{ part: 'hospital', get start() { throw 1; }, end: '2028-08-31' }] },
  'every Proxy trap': new Proxy({}, {
    ownKeys() { throw new Error('ownKeys'); },
    get() { throw new Error('get'); },
    getOwnPropertyDescriptor() { throw new Error('gOPD'); },
  }),
  'a list whose rows throw': { periods: new Proxy([1, 2], { get(_, key) { if (key === 'length') return 2; throw new Error('row'); } }) },
  'a revoked Proxy': revokedProxy(),
  'a revoked Proxy as a row': { periods: [revokedProxy()] },
};

test('throwing getters and Proxy traps: each is an issue, and no call keeps an externref slot', () => {
  for (const [name, input] of Object.entries(THROWING_INPUTS)) {
    // Warm up: the table grows in steps (at least 128 slots), so the first calls may grow it once.
    for (let i = 0; i < 200; i++) validate('service', input);
    const before = tableLength();
    for (let i = 0; i < 20_000; i++) {
      const result = validate('service', input);
      assert.equal(result.ok, false, name);
      assert.throws(() => remainingService(input), Lis1Error, name);
    }
    // 40 000 throwing calls: one slot kept per call would have grown the table past 20 000 slots.
    assert.equal(tableLength(), before, `${name}: the externref table grew`);
    assert.equal(hospitalMonths(remainingService(YEAR)), 12, name);
  }
});

test('a setter on Object.prototype is never run by a call, and a call made under it answers right', () => {
  const calls = [];
  const keys = ['ok', 'issues', 'code', 'path', 'message', 'kind', 'hospital', 'countedMonths', 'complete', 'assumptions'];
  for (const key of keys) {
    Object.defineProperty(Object.prototype, key, {
      set() { calls.push(key); throw new Error(`setter ${key}`); },
      configurable: true,
    });
  }
  try {
    for (let i = 0; i < 2_000; i++) {
      assert.equal(Object.hasOwn(validate('service', YEAR), 'ok'), true);
      assert.equal(hospitalMonths(remainingService(YEAR)), 12);
      // The error thrown for bad input carries its fields too.
      assert.throws(() => remainingService({ periods: 5 }), (e) => e instanceof Lis1Error && Object.hasOwn(e, 'kind') && e.kind === 'invalid-input');
    }
  } finally {
    for (const key of keys) delete Object.prototype[key];
  }
  assert.deepEqual(calls, []);
  assert.equal(hospitalMonths(remainingService(YEAR)), 12);
});

const ANY_FIRST_ARGUMENT = [undefined, null, 0, 42, NaN, true, {}, [], ['service'], { length: 1e9 }, Symbol('service'), 10n, () => 'service', 'x'.repeat(1_000_000)];

test('validate(kind) never throws for any first argument: kind.unknown, in bounded text, without memory for a hostile length', () => {
  for (const kind of ANY_FIRST_ARGUMENT) validate(kind, YEAR);
  const memory = memoryBytes();
  for (let i = 0; i < 20; i++) {
    for (const kind of ANY_FIRST_ARGUMENT) {
      const result = validate(kind, YEAR);
      assert.equal(result.ok, false, String(typeof kind));
      assert.deepEqual(result.issues.map((issue) => [issue.code, issue.path]), [['kind.unknown', '']]);
      // The echo of the kind is cut at 40 characters (lis1_core::input::ECHO_MAX) plus the list of kinds.
      assert.ok(result.issues[0].message.length < 200, result.issues[0].message.slice(0, 300));
    }
  }
  assert.equal(memoryBytes(), memory, 'wasm memory grew');
  assert.equal(validate(42, YEAR).issues[0].message, 'Unknown input kind “(number)”. Valid kinds: service, eligibility, cost, distribution, portal.');
});

test('formSpec(kind) and schema(kind) answer any first argument with Lis1Error kind.unknown, never another error', () => {
  for (const fn of [formSpec, schema]) {
    for (const kind of ANY_FIRST_ARGUMENT) {
      assert.throws(() => fn(kind, { lang: 'en' }), (e) => e instanceof Lis1Error && e.issues[0].code === 'kind.unknown', `${fn.name}(${String(typeof kind)})`);
    }
  }
  assert.equal(hospitalMonths(remainingService(YEAR)), 12);
});

test('a 10 MB unknown key gives an issue whose path and message are cut', () => {
  const key = 'k'.repeat(10_000_000);
  const result = validate('service', { ...YEAR, [key]: 1 });
  assert.deepEqual(result.issues.map((issue) => issue.code), ['input.unknown-field']);
  const [{ path, message }] = result.issues;
  // 100 UTF-16 units of the key and "…" (lis1_core::read::LONGEST_KEY, cut in crates/lis1kit/src/js_source.rs).
  assert.equal(path, `/${'k'.repeat(100)}…`);
  assert.ok(message.length < 400, `${message.length} characters`);
});
