// remainingService / checkAbsence / validate('service') through the JS
// boundary. Expected values come from RULES.md section 6 (worked examples)
// and the date conventions, with the arithmetic in comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkgSpecifier } from './helpers.mjs';

const { remainingService, checkAbsence, validate, Lis1Error } = await import(pkgSpecifier);

test('worked example 1: full-time coupled LIS1 from 2022-09-01 has nothing left (S-1)', () => {
  const result = remainingService({
    periods: [
      { part: 'hospital', start: '2022-09-01', end: '2023-08-31', position: 'coupled' },
      { part: 'municipal', start: '2023-09-01', end: '2024-02-29', position: 'coupled' },
    ],
  });
  // 12 whole calendar months (Sep..Aug) and 6 whole months (Sep..Feb, 2024 leap year).
  assert.equal(result.hospital.countedMonths, 12);
  assert.equal(result.hospital.remainingMonths, 0);
  assert.equal(result.municipal.countedMonths, 6);
  assert.equal(result.municipal.remainingMonths, 0);
  assert.equal(result.del1TimeComplete, true);
  // S-9: without approved learning goals del 1 is never reported complete.
  assert.equal(result.del1Complete, false);
});

test('worked example 2: 20 working days of sick leave in a hospital part from 2023-03-01 (A-3)', () => {
  const result = checkAbsence({
    periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }],
    absences: [{ part: 'hospital', kind: 'sick', days: 20 }],
    lang: 'en',
  });
  // Part started after 2019-06-21 → A-3: allowance 12 days, 20 − 12 = 8 to make up.
  assert.equal(result.hospital.regime, 'A-3');
  assert.equal(result.hospital.allowanceDays, 12);
  assert.equal(result.hospital.usedDays, 20);
  assert.equal(result.hospital.excessDays, 8);
  assert.equal(result.hospital.toMakeUpDays, 8);
  // Defaults of the open options are listed (A-O1 excess only, A-O2 working days).
  const used = Object.fromEntries(result.assumptions.map((a) => [a.rule, a.value]));
  assert.equal(String(used['A-O1']), 'true');
  assert.equal(used['A-O2'], 'workdays');
});

test('worked example 4: 80 % from 2023-09-01 makes the 12 hospital months take 15 calendar months (S-4)', () => {
  const result = remainingService({ periods: [], plan: { nextStart: '2023-09-01', percent: 80 } });
  // 12 / 0.8 = 15 calendar months: 2023-09-01 .. 2024-11-30.
  assert.equal(result.hospital.remainingMonths, 12);
  assert.equal(result.hospital.projectedEnd, '2024-11-30');
});

test('municipal service before the hospital part is complete throws a rule violation (S-2)', () => {
  assert.throws(
    () => remainingService({
      periods: [
        { part: 'hospital', start: '2023-03-01', end: '2023-08-31' },
        { part: 'municipal', start: '2023-09-01', end: '2024-02-29' },
      ],
    }),
    (err) => err instanceof Lis1Error && err.issues.some((i) => i.rule === 'S-2'),
  );
});

test('validate("service") reports every problem at once with JSON pointers, in the requested language', () => {
  const result = validate('service', {
    periods: [
      { part: 'hospital', start: '2023-02-29', end: '2023-08-31', percent: 150 },
      { part: 'kommune', start: '2024-03-01', end: '2024-02-01' },
    ],
    lang: 'en',
  });
  assert.equal(result.ok, false);
  const found = result.issues.map((i) => [i.path, i.code]);
  for (const expected of [
    ['/periods/0/start', 'date.impossible'], // 2023 is not a leap year
    ['/periods/0/percent', 'percent.range'],
    ['/periods/1/part', 'enum.unknown'],
    ['/periods/1/end', 'range.end-before-start'],
  ]) {
    assert.ok(found.some(([p, c]) => p === expected[0] && c === expected[1]), `${expected} in ${JSON.stringify(found)}`);
  }
  const percent = result.issues.find((i) => i.path === '/periods/0/percent');
  assert.equal(percent.rule, 'S-4');
  assert.equal(percent.message, 'Period 1: Position percentage must be between 1 and 100, got 150.');
});

test('validate("service") on a good history is ok; a wrong type is an issue, not an exception', () => {
  assert.deepEqual(validate('service', { periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31' }] }), { ok: true, issues: [] });
  const wrong = validate('service', { periods: 'none' });
  assert.equal(wrong.ok, false);
  assert.equal(wrong.issues[0].path, '/periods');
  assert.equal(wrong.issues[0].code, 'input.type');
});

test('NaN and Infinity are issues with the field named (no crash, no silent default)', () => {
  const result = validate('service', { periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31', percent: NaN }], lang: 'nb' });
  assert.equal(result.issues[0].path, '/periods/0/percent');
  assert.equal(result.issues[0].code, 'number.not-finite');
  assert.match(result.issues[0].message, /NaN/);
});

test('a misspelt key is reported, never silently ignored (deny_unknown_fields through the JS boundary)', () => {
  const result = validate('service', { periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31', percnt: 80 }], lang: 'en' });
  assert.equal(result.ok, false);
  assert.deepEqual(result.issues.map((i) => [i.path, i.code]), [['/periods/0/percnt', 'input.unknown-field']]);
  assert.match(result.issues[0].message, /Known fields here: part, start, end, percent, rotation, position/);
});
