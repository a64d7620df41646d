// schema(kind) and the JSON Schemas against an independent validator (ajv,
// draft 2020-12): every schema compiles; the inputs of the RULES.md worked
// examples validate; bad inputs fail both the schema and validate(kind, …).
// Expected verdicts come from API.md / RULES.md, not from the code's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { pkgSpecifier } from './helpers.mjs';

const { schema, validate, Lis1Error } = await import(pkgSpecifier);

const KINDS = ['service', 'eligibility', 'cost', 'distribution', 'portal'];

// strict: unknown keywords or formats are errors. `format: "date"` is
// annotated only (ajv-formats is not used): the `pattern` beside it checks
// the YYYY-MM-DD shape; impossible dates are the validators' job.
function compile(kind) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { date: true } });
  return ajv.compile(schema(kind));
}

// RULES.md section 6.
const example1 = {
  periods: [
    { part: 'hospital', start: '2022-09-01', end: '2023-08-31' },
    { part: 'municipal', start: '2023-09-01', end: '2024-02-29' },
  ],
};
const example2 = {
  periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }],
  absences: [{ part: 'hospital', kind: 'sick', days: 20 }],
};
const example3 = {
  periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31', rotation: 'kirurgi', position: 'reststilling' }],
  options: { offerOnlyMissing: true },
};
const example4 = { periods: [{ part: 'hospital', start: '2023-09-01', end: '2024-11-30', percent: 80 }] };

const good = {
  service: [example1, example2, example3, example4, { ...example1, lang: 'en', plan: { nextStart: '2024-03-01', percent: 100 } }],
  // Worked example 1's bound psykiatri path (round 2022-09-01).
  eligibility: [{
    applicant: { authorised: true, specialty: 'psykiatri' },
    employer: { kind: 'helseforetak', approvedFor: ['psykiatri'] },
    round: '2022-09-01',
  }, {
    applicant: { authorised: true, specialty: 'allmennmedisin', lis1: example3, exemptions: ['foreign-del1'] },
  }],
  cost: [{ positions: [{ count: 1, start: '2022-09-01' }] }, { positions: [{ count: 2, start: '2023-03-01', part: 'hospital', percent: 80, zone: 'II' }], lang: 'nn' }],
  // B-30: 31 positions per round.
  distribution: [{}, { round: '2026-09-01', positions: 31, allocations: [{ rhf: 'helse-nord', specialty: 'bup', count: 31 }] }],
  portal: [{ round: '2026-09-01', advertised: '2026-01-05', applicationDeadline: '2026-01-19' }],
};

test('schema(kind) is a draft 2020-12 schema for every kind, and ajv compiles it in strict mode', () => {
  for (const kind of KINDS) {
    const s = schema(kind);
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema', kind);
    assert.equal(s.type, 'object', kind);
    assert.equal(s.additionalProperties, false, `${kind}: deny_unknown_fields`);
    assert.equal(typeof compile(kind), 'function');
  }
});

test('the package ships each schema as a file (lis1kit/schemas/<kind>.schema.json), equal to schema(kind)', () => {
  const require = createRequire(import.meta.url);
  for (const kind of KINDS) {
    const url = import.meta.resolve(`${pkgSpecifier}/schemas/${kind}.schema.json`);
    assert.deepEqual(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')), schema(kind), kind);
    // CommonJS consumers read it through the same "exports" entry.
    assert.deepEqual(require(`${pkgSpecifier}/schemas/${kind}.schema.json`), schema(kind), kind);
  }
  const all = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`${pkgSpecifier}/schemas/types.schema.json`)), 'utf8'));
  assert.equal(all.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(all.$defs.ServiceInput && all.$defs.CostComparison);
});

test('neither wasm embeds the schemas (they live in schemas.js and schemas/, docs/size-report.md rank 9)', () => {
  for (const file of ['lis1kit_bg.wasm', 'lis1kit_elements_bg.wasm']) {
    const wasm = readFileSync(fileURLToPath(new URL(file, import.meta.resolve(pkgSpecifier))));
    // Keywords only the schemas contain (field docs are in the form specs too).
    for (const text of ['json-schema.org/draft/2020-12/schema', '"additionalProperties"', '"$defs"']) {
      assert.equal(wasm.includes(Buffer.from(text)), false, `${file}: ${text}`);
    }
  }
});

test('schema() returns a fresh plain object each call', () => {
  const a = schema('service');
  a.title = 'changed';
  assert.equal(schema('service').title, 'ServiceInput');
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
});

test('an unknown kind throws Lis1Error kind.unknown, in the requested language', () => {
  assert.throws(() => schema('absence', { lang: 'en' }), (err) => {
    assert.ok(err instanceof Lis1Error);
    assert.equal(err.kind, 'invalid-input');
    assert.equal(err.issues.length, 1);
    assert.equal(err.issues[0].code, 'kind.unknown');
    assert.equal(err.issues[0].path, '');
    assert.match(err.issues[0].message, /^Unknown input kind/);
    return true;
  });
});

test('the worked-example inputs validate against the schema and validate(kind)', () => {
  for (const kind of KINDS) {
    const check = compile(kind);
    for (const input of good[kind]) {
      assert.ok(check(input), `${kind} schema: ${JSON.stringify(check.errors)}`);
      assert.deepEqual(validate(kind, input), { ok: true, issues: [] }, `${kind}: ${JSON.stringify(input)}`);
    }
  }
});

// Each bad input breaks one rule of API.md; the schema error and the issue
// point at the same place.
const bad = [
  // S-4: percent 1..100.
  { kind: 'service', input: { periods: [{ part: 'hospital', start: '2022-09-01', end: '2023-08-31', percent: 150 }] },
    keyword: 'maximum', instancePath: '/periods/0/percent', code: 'percent.range' },
  { kind: 'service', input: { periods: [{ part: 'hospital', start: '2022-09-01', end: '2023-08-31', percent: 0 }] },
    keyword: 'minimum', instancePath: '/periods/0/percent', code: 'percent.range' },
  // S-1: the parts are hospital and municipal.
  { kind: 'service', input: { periods: [{ part: 'hospitall', start: '2022-09-01', end: '2023-08-31' }] },
    keyword: 'enum', instancePath: '/periods/0/part', code: 'enum.unknown' },
  { kind: 'service', input: { ...example2, absences: [{ part: 'hospital', kind: 'holiday', days: 2 }] },
    keyword: 'enum', instancePath: '/absences/0/kind', code: 'enum.unknown' },
  // Unknown fields are errors, at any depth.
  { kind: 'service', input: { ...example1, extra: true },
    keyword: 'additionalProperties', instancePath: '', code: 'input.unknown-field', path: '/extra' },
  { kind: 'service', input: { periods: [{ part: 'hospital', start: '2022-09-01', end: '2023-08-31', note: 'x' }] },
    keyword: 'additionalProperties', instancePath: '/periods/0', code: 'input.unknown-field', path: '/periods/0/note' },
  // Dates are YYYY-MM-DD.
  { kind: 'service', input: { periods: [{ part: 'hospital', start: '01.09.2022', end: '2023-08-31' }] },
    keyword: 'pattern', instancePath: '/periods/0/start', code: 'date.format' },
  // Required fields.
  { kind: 'service', input: { lang: 'en' }, keyword: 'required', instancePath: '', code: 'input.missing', path: '/periods' },
  // lang is nb | nn | en.
  { kind: 'service', input: { ...example1, lang: 'sv' }, keyword: 'enum', instancePath: '/lang', code: null, path: '/lang' },
  { kind: 'eligibility', input: { applicant: { authorised: true, specialty: 'kirurgi' } },
    keyword: 'enum', instancePath: '/applicant/specialty', code: 'enum.unknown' },
  { kind: 'cost', input: { positions: [{ count: 1, start: '2022-09-01', zone: 'VI' }] },
    keyword: 'enum', instancePath: '/positions/0/zone', code: 'enum.unknown' },
  { kind: 'cost', input: { positions: [{ count: 1, start: '2022-09-01', percent: 150 }] },
    keyword: 'maximum', instancePath: '/positions/0/percent', code: 'percent.range' },
  { kind: 'distribution', input: { allocations: [{ rhf: 'helse-sor', specialty: 'bup', count: 31 }] },
    keyword: 'enum', instancePath: '/allocations/0/rhf', code: 'enum.unknown' },
  { kind: 'portal', input: { ...good.portal[0], extra: 1 },
    keyword: 'additionalProperties', instancePath: '', code: 'input.unknown-field', path: '/extra' },
];

test('bad inputs fail both the schema and validate(kind), at the same place', () => {
  for (const { kind, input, keyword, instancePath, code, path } of bad) {
    const label = `${kind} ${JSON.stringify(input)}`;
    const check = compile(kind);
    assert.equal(check(input), false, `schema accepted ${label}`);
    assert.ok(check.errors.some((e) => e.keyword === keyword && e.instancePath === instancePath),
      `${label}: ${JSON.stringify(check.errors)}`);
    const result = validate(kind, input);
    assert.equal(result.ok, false, `validate accepted ${label}`);
    const at = path ?? instancePath;
    assert.ok(result.issues.some((i) => i.path === at && (code === null || i.code === code)),
      `${label}: ${JSON.stringify(result.issues)}`);
  }
});

test('a list longer than the crate limit fails the schema (maxItems) and validate (list.too-long)', () => {
  const s = schema('service');
  const max = s.properties.periods.maxItems;
  // RULES.md sets no limit; the crates cap periods at 200 rows.
  assert.equal(max, 200);
  const periods = Array.from({ length: max + 1 }, () => ({ part: 'hospital', start: '2022-09-01', end: '2022-09-01' }));
  assert.equal(compile('service')({ periods }), false);
  assert.ok(validate('service', { periods }).issues.some((i) => i.code === 'list.too-long' && i.path === '/periods'));
});

test('every enum value of the schema is accepted by validate (values outside are rejected above)', () => {
  const s = schema('service');
  for (const [def, field] of [['Period', 'part'], ['Period', 'position'], ['Absence', 'kind']]) {
    for (const value of s.$defs[def].properties[field].enum) {
      const period = { part: 'hospital', start: '2023-03-01', end: '2024-02-29' };
      const input = def === 'Period'
        ? { periods: [{ ...period, [field]: value }] }
        : { periods: [period], absences: [{ part: 'hospital', kind: value, days: 1 }] };
      assert.equal(compile('service')(input), true, `${field} ${value}`);
      const issues = validate('service', input).issues.filter((i) => i.code === 'enum.unknown');
      assert.deepEqual(issues, [], `${field} ${value}`);
    }
  }
  // The absence kinds of API.md, in its order.
  assert.deepEqual(s.$defs.Absence.properties.kind.enum, ['sick', 'sick-child', 'parental-leave', 'welfare-leave',
    'unpaid-leave', 'transferred-vacation', 'advance-vacation', 'vacation', 'course', 'time-off-in-lieu', 'strike', 'other']);
});
