// How a JS value is read into a typed input (lis1_core::read through crates/lis1kit/src/js_source.rs): exact
// JSON-pointer paths, unknown keys rejected, every NaN/Infinity an issue,
// `undefined` treated as JSON treats it, values JSON cannot hold rejected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkgSpecifier } from './helpers.mjs';

const { validate, remainingService, schema, Lis1Error } = await import(pkgSpecifier);

const pairs = (result) => result.issues.map((i) => [i.path, i.code]);
const period = (extra = {}) => ({ part: 'hospital', start: '2023-03-01', end: '2023-08-31', ...extra });

test('every NaN and Infinity is reported at its own path, not only the first', () => {
  const result = validate('service', {
    periods: [period({ percent: NaN }), period({ percent: 80 }), period({ percent: -Infinity })],
    lang: 'en',
  });
  assert.deepEqual(pairs(result), [['/periods/0/percent', 'number.not-finite'], ['/periods/2/percent', 'number.not-finite']]);
  // number.not-finite (en): "“{field}” must be an ordinary number, got {got}."
  assert.equal(result.issues[1].message, 'Period 3: “Position percentage” must be an ordinary number, got -Infinity.');
});

test('a NaN in a map of numbers (cost parameters) is reported at its key', () => {
  const result = validate('cost', { positions: [{ count: 1, start: '2022-09-01' }], parameters: { 'C-4.salary': NaN } });
  assert.deepEqual(pairs(result), [['/parameters/C-4.salary', 'number.not-finite']]);
});

test('a NaN where an integer belongs (priceYear) is one issue, not two', () => {
  const result = validate('cost', { positions: [{ count: 1, start: '2022-09-01' }], priceYear: NaN });
  assert.deepEqual(pairs(result), [['/priceYear', 'number.not-finite']]);
});

test('a fractional number where an integer belongs is a type issue at its path', () => {
  const result = validate('cost', { positions: [{ count: 1, start: '2022-09-01' }], priceYear: 2024.5, lang: 'en' });
  assert.deepEqual(pairs(result), [['/priceYear', 'input.type']]);
  // input.type (en): "“{field}” has the wrong type: expected {expected}.", serde's `i32` read as "a number".
  assert.equal(result.issues[0].message, '“Price year” has the wrong type: expected a number.');
});

test('a NaN before a structural problem: both are reported, in input order', () => {
  const result = validate('service', { periods: [period({ percent: NaN }), period({ procent: 80 })] });
  assert.deepEqual(pairs(result), [['/periods/0/percent', 'number.not-finite'], ['/periods/1/procent', 'input.unknown-field']]);
});

test('a key holding undefined counts as absent, as in JSON; the message names the field by its label', () => {
  // Optional: the same as not giving it.
  assert.deepEqual(validate('service', { periods: [period({ percent: undefined, rotation: undefined })], lang: undefined }), { ok: true, issues: [] });
  // Required: missing, named at its own path.
  const missing = validate('service', { periods: undefined, lang: 'nn' });
  assert.deepEqual(pairs(missing), [['/periods', 'input.missing']]);
  // The form's nynorsk label of /periods, not the JSON key (issue 15 item 4).
  assert.equal(missing.issues[0].message, '«Tenesteperiodar» manglar.');
});

test('null for a required field is a type issue; for an optional one it means not given', () => {
  assert.deepEqual(pairs(validate('service', { periods: [period({ start: null })] })), [['/periods/0/start', 'input.type']]);
  assert.equal(validate('service', { periods: [period({ percent: null })] }).ok, true);
});

test('values JSON cannot hold are type issues at their paths, never crashes', () => {
  for (const odd of [() => 1, Symbol('x'), 10n, new Map([['part', 'hospital']])]) {
    const result = validate('service', { periods: [period({ start: odd })], lang: 'en' });
    assert.deepEqual(pairs(result), [['/periods/0/start', 'input.type']], String(typeof odd));
    assert.equal(result.issues[0].message, 'Period 1: “From” has the wrong type: expected text.');
  }
  for (const odd of [undefined, () => 1, Symbol('x'), 10n, 'text', 7]) {
    const result = validate('service', odd);
    assert.deepEqual(pairs(result), [['', 'input.type']], String(typeof odd));
    // The root is named "input"; expected "an object" (nb "et objekt").
    assert.equal(result.issues[0].message, '«input» har feil type: forventet et objekt.');
  }
});

test('a hole in a list is read as undefined: a type issue at its index', () => {
  // eslint-disable-next-line no-sparse-arrays
  const result = validate('service', { periods: [period(), , period()] });
  assert.deepEqual(pairs(result), [['/periods/1', 'input.type']]);
});

test('shared and cyclic structure outside the typed fields is never walked', () => {
  // 2^60 paths if anything walked it naively; one unknown key when reading follows the types.
  let shared = {};
  for (let i = 0; i < 60; i++) shared = { a: shared, b: shared };
  const cyclic = period();
  cyclic.self = cyclic;
  assert.deepEqual(pairs(validate('service', { periods: [], extra: shared })), [['/extra', 'input.unknown-field']]);
  assert.deepEqual(pairs(validate('service', { periods: [cyclic] })), [['/periods/0/self', 'input.unknown-field']]);
});

test('keys are escaped in paths per RFC 6901', () => {
  const result = validate('cost', { positions: [{ count: 1, start: '2022-09-01' }], parameters: { 'a/b~c': Infinity } });
  assert.deepEqual(pairs(result), [['/parameters/a~1b~0c', 'number.not-finite']]);
  // The field is named unescaped in the message.
  assert.match(result.issues[0].message, /«a\/b~c»/);
});

test('the calculation throws the same issues validate() returns', () => {
  const input = { periods: [period({ percent: NaN }), period({ procent: 80 })] };
  assert.throws(() => remainingService(input), (err) => {
    assert.ok(err instanceof Lis1Error);
    assert.deepEqual(err.issues.map((i) => [i.path, i.code]), pairs(validate('service', input)));
    return true;
  });
});

// applicant.lis1 (API.md: ServiceInput | { hospitalMonths, municipalMonths, complete?, makeUpDays?, learningGoalsApproved? }):
// the first key decides (`learningGoalsApproved`, a key of both, is read and the next key decides)
// the form, and problems are reported at their own paths (crates/lis1-eligibility/src/input.rs, EarlierLis1).
const withLis1 = (lis1) => ({ applicant: { authorised: true, specialty: 'psykiatri', lis1 }, round: '2026-09-01', lang: 'en' });

test('applicant.lis1: a wrong type inside either form is reported at that field', () => {
  assert.deepEqual(pairs(validate('eligibility', withLis1({ hospitalMonths: '6', municipalMonths: 0 }))),
    [['/applicant/lis1/hospitalMonths', 'input.type']]);
  assert.deepEqual(pairs(validate('eligibility', withLis1({ periods: [{ part: 'hospital', start: 20220901, end: '2023-08-31' }] }))),
    [['/applicant/lis1/periods/0/start', 'input.type']]);
});

test('applicant.lis1: a key of the other form is unknown where it appears (JS key order)', () => {
  const summaryFirst = validate('eligibility', withLis1({ hospitalMonths: 6, municipalMonths: 0, periods: [] }));
  assert.deepEqual(pairs(summaryFirst), [['/applicant/lis1/periods', 'input.unknown-field']]);
  // The summary's keys (issue 22: firstStart, makeUpDays, learningGoalsApproved added), in the type's order.
  assert.equal(summaryFirst.issues[0].message,
    'Unknown field “periods”. Known fields here: hospitalMonths, municipalMonths, complete, firstStart, makeUpDays, learningGoalsApproved.');
  assert.deepEqual(pairs(validate('eligibility', withLis1({ periods: [], hospitalMonths: 6 }))),
    [['/applicant/lis1/hospitalMonths', 'input.unknown-field']]);
});

test('applicant.lis1: learningGoalsApproved first is read, and the next key decides the form (JS key order)', () => {
  // Summary: 12 + 6 months, the municipal læringsmål not approved → not complete (B-14), a candidate.
  const summary = withLis1({ learningGoalsApproved: { hospital: true }, hospitalMonths: 12, municipalMonths: 6 });
  assert.equal(validate('eligibility', summary).ok, true);
  const history = withLis1({ learningGoalsApproved: { hospital: true }, periods: [{ part: 'hospital', start: '2024-03-01', end: '2025-02-28' }] });
  assert.equal(validate('eligibility', history).ok, true);
  assert.deepEqual(pairs(validate('eligibility', withLis1({ learningGoalsApproved: { hospital: 'yes' }, hospitalMonths: 12, municipalMonths: 6 }))),
    [['/applicant/lis1/learningGoalsApproved/hospital', 'input.type']]);
});

test('applicant.lis1: missing and unknown keys are named at their paths', () => {
  assert.deepEqual(pairs(validate('eligibility', withLis1({ hospitalMonths: 6 }))), [['/applicant/lis1/municipalMonths', 'input.missing']]);
  assert.deepEqual(pairs(validate('eligibility', withLis1({}))), [['/applicant/lis1/periods', 'input.missing']]);
  assert.deepEqual(pairs(validate('eligibility', withLis1({ months: 18 }))), [['/applicant/lis1/months', 'input.unknown-field']]);
  // A key holding undefined is skipped before the form is chosen.
  assert.equal(validate('eligibility', withLis1({ periods: undefined, hospitalMonths: 12, municipalMonths: 6 })).ok, true);
});

// Review 5: reading a value may run user code (a Proxy trap, a getter). If that code throws, validate() must still
// return issues, not throw: the value cannot be read, so it is a type issue (input.type) at its own path, with the
// type the field expects (en "“{field}” has the wrong type: expected {expected}.").
test('a value whose reading throws (Proxy trap, getter, revoked Proxy) is a type issue at its path, never a throw', () => {
  const boom = () => { throw new Error('boom'); };
  const noKeys = new Proxy(period(), { ownKeys: boom });
  const noLength = new Proxy([period()], { get: (t, k) => (k === 'length' ? boom() : Reflect.get(t, k)) });
  const noRow = new Proxy([period(), period()], { get: (t, k) => (k === '1' ? boom() : Reflect.get(t, k)) });
  const noStart = period();
  Object.defineProperty(noStart, 'start', { enumerable: true, get: boom });
  const noPercent = period();
  Object.defineProperty(noPercent, 'percent', { enumerable: true, get: boom });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  // A Proxy over an array answering a length no array has: no list, rather than an empty one.
  const lengthOf = (length) => new Proxy([period()], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
  // The message names what the screen shows (issue 15): a row by its row label, a list by its section's
  // legend, a field by its label in its row — never the JSON key.
  const cases = [
    // [input, path, expected words, message prefix and name]: a period is an object, periods a list, start
    // text, percent a number.
    [{ periods: [noKeys] }, '/periods/0', 'an object', '“Period 1”'],
    [{ periods: noLength }, '/periods', 'a list', '“Service periods”'],
    [{ periods: noRow }, '/periods/1', 'an object', '“Period 2”'],
    [{ periods: [noStart] }, '/periods/0/start', 'text', 'Period 1: “From”'],
    // An optional field too: a getter that throws is not "not given" (no silent default).
    [{ periods: [noPercent] }, '/periods/0/percent', 'a number', 'Period 1: “Position percentage”'],
    [{ periods: [revoked] }, '/periods/0', 'an object', '“Period 1”'],
    [{ periods: lengthOf(NaN) }, '/periods', 'a list', '“Service periods”'],
    [{ periods: lengthOf(-1) }, '/periods', 'a list', '“Service periods”'],
    [{ periods: lengthOf(1.5) }, '/periods', 'a list', '“Service periods”'],
    [{ periods: lengthOf(Infinity) }, '/periods', 'a list', '“Service periods”'],
    [{ periods: lengthOf(2 ** 32) }, '/periods', 'a list', '“Service periods”'],
    [{ periods: lengthOf('1') }, '/periods', 'a list', '“Service periods”'],
  ];
  for (const [input, path, expected, named] of cases) {
    const result = validate('service', { ...input, lang: 'en' });
    assert.deepEqual(pairs(result), [[path, 'input.type']], path);
    assert.equal(result.issues[0].message, `${named} has the wrong type: expected ${expected}.`);
    assert.throws(() => remainingService({ ...input, lang: 'en' }), Lis1Error);
  }
  // The whole input a Proxy whose keys cannot be listed: the root ("input"), expected an object.
  assert.deepEqual(pairs(validate('service', new Proxy({ periods: [] }, { ownKeys: boom }))), [['', 'input.type']]);
  assert.deepEqual(pairs(validate('service', revoked)), [['', 'input.type']]);
});

// Review 19: maps and short lists are capped while reading too. `parameters` holds at most one entry per parameter
// id (the schema's maxProperties); 10 000 unknown ids give map.too-long and cost.parameter-unknown for the limit + 1
// entries read (JS key order: insertion order for non-numeric keys), not 10 000 issues.
test('a map over its entry limit is refused with the limit alone, read only to one entry past it (parameters)', () => {
  const max = schema('cost').properties.parameters.maxProperties;
  assert.ok(Number.isInteger(max) && max > 0, String(max));
  const parameters = Object.fromEntries(Array.from({ length: 10_000 }, (_, k) => [`x${String(k).padStart(4, '0')}`, 1]));
  const result = validate('cost', { positions: [{ count: 1, start: '2022-09-01' }], parameters, lang: 'en' });
  // The limit is a problem of the read itself (issue 26 item 2), so the entries read are not judged one by one
  // (before, the 101 entries read each gave cost.parameter-unknown beside it).
  assert.deepEqual(pairs(result), [['/parameters', 'map.too-long']]);
  // map.too-long (en): "“{field}” has too many entries: at most {max}."
  assert.equal(result.issues.find((i) => i.code === 'map.too-long').message, `“parameters” has too many entries: at most ${max}.`);
});

test('a sparse list claiming a length near 2^32 is read only one row past its own limit, and names that limit', () => {
  // 201 real rows (one over MAX_PERIODS = 200), then length 2^32 − 1: holes, no memory behind them. Walking every
  // index would take minutes; the field-table reader (lis1_core::read) reads a list only to one row past its limit,
  // so the answer is list.too-long with the field's own limit, 200.
  const periods = Array.from({ length: 201 }, () => period());
  periods.length = 2 ** 32 - 1;
  const result = validate('service', { periods, lang: 'en' });
  const tooLong = result.issues.filter((i) => i.code === 'list.too-long');
  assert.deepEqual(tooLong.map((i) => [i.path, i.message]), [['/periods', '“Service periods” has too many rows: at most 200.']]);
  // A Proxy claiming the same length, every row a valid period, its get trap counting row reads: 200 + 1 rows are
  // read and no other row is even fetched (the serde reader before it fetched rows to 2^16 to skip them).
  let reads = 0;
  const proxy = new Proxy([], {
    get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : /^\d+$/.test(String(k)) ? (reads += 1, period()) : t[k]),
  });
  assert.deepEqual(pairs(validate('service', { periods: proxy })).filter(([, c]) => c === 'list.too-long'), [['/periods', 'list.too-long']]);
  assert.equal(reads, 201);
});

// lis1_core::number_text::js: a number echoed in a message reads as JavaScript's String(x) writes it, for the
// forms of the spec (integers, decimals, 0.00000x, exponents with e+ and e-) and for random doubles (seeded, so a
// failure repeats). percent.range (en), in the first period: "Period 1: Position percentage must be between 1 and 100, got {got}."
test('numbers echoed in messages read as String(x) writes them', () => {
  const edges = [150.5, 1e21, 1e20, 1.5e21, 1e-7, -0.000001, 0.000015, 0.00001, 123456.789, 1e15, 1e16, -1e300,
    5e-324, Number.MAX_VALUE, 2 ** 53 + 2, 0.1 + 0.2, -0.5];
  let seed = 0x9e3779b97f4a7c15n;
  const next = () => { // xorshift64*
    seed ^= seed >> 12n; seed ^= (seed << 25n) & 0xffffffffffffffffn; seed ^= seed >> 27n;
    return (seed * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
  };
  const view = new DataView(new ArrayBuffer(8));
  const randoms = [];
  while (randoms.length < 300) {
    view.setBigUint64(0, next());
    const x = view.getFloat64(0);
    if (Number.isFinite(x) && !(x >= 1 && x <= 100)) randoms.push(x);
  }
  for (const x of [...edges, ...randoms]) {
    const result = validate('service', { periods: [{ ...period(), percent: x }], lang: 'en' });
    const issue = result.issues.find((i) => i.code === 'percent.range');
    assert.equal(issue?.message, `Period 1: Position percentage must be between 1 and 100, got ${String(x)}.`, String(x));
  }
});

// Issue 26 item 2: a list over its limit is counted on the input itself, whatever else is wrong, so validate() and
// every route that relies on it refuse it (before, reading stopped at the first structural problem and the rows were
// never counted). Limits: periods 200, absences 1 000 (lis1-service's MAX_PERIODS, MAX_ABSENCES).
test('an oversized list is reported whatever else is wrong with the input', () => {
  const absences = Array.from({ length: 20000 }, () => ({ part: 'hospital', kind: 'sick', days: 1 }));
  assert.deepEqual(pairs(validate('service', { absences })).sort(),
    [['/absences', 'list.too-long'], ['/periods', 'input.missing']]);
  const periods = Array.from({ length: 20000 }, () => period());
  assert.deepEqual(pairs(validate('service', { colour: 'red', periods })).sort(),
    [['/colour', 'input.unknown-field'], ['/periods', 'list.too-long']]);
  // A rotation of 64 M characters is read as 101 of them: text.too-long (at most 100), and nothing else.
  const rotation = 'x'.repeat(64 * 1024 * 1024);
  assert.deepEqual(pairs(validate('service', { periods: [{ ...period(), rotation }] })),
    [['/periods/0/rotation', 'text.too-long']]);
});
