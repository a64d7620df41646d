// compareCost (RULES.md C-22) through the JS boundary: the P-1 scenario of
// worked example 3 (6 hospital months already served, so only 6 hospital + 6
// municipal months are offered instead of a full 18-month position).
// Expected amounts are derived here from the default parameter table (RULES.md
// §5, C-4/C-6/C-7/C-8/C-9/C-10 and the C-1 calibration row), zone I (Oslo).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkgSpecifier } from './helpers.mjs';

const { compareCost, estimateCost, Lis1Error } = await import(pkgSpecifier);

// One calendar month at 100 %, zone I (14.1 %):
// salary 606 000 / 12 = 50 500; + feriepenger 12 % + pension 18 % = 65 650;
// × 1.141 arbeidsgiveravgift = 74 906.65.
const PAY_MONTH = 50_500 * (1 + 0.12 + 0.18) * 1.141;
// Hospital: + the C-1 calibration remainder 44 000 per month = 118 906.65.
const HOSPITAL_MONTH = PAY_MONTH + 44_000;
// Municipal: + overhead 500 000 / 12 (C-9) + supervision 63 500 / 12 (C-10) = 121 864.98.
const MUNICIPAL_MONTH = PAY_MONTH + 500_000 / 12 + 63_500 / 12;

const full = { positions: [{ count: 1, start: '2023-09-01', kommune: '0301' }] };
const onlyMissing = { positions: [{ count: 1, start: '2023-09-01', kommune: '0301', hospitalMonths: 6 }] };

const near = (got, want, label) => assert.ok(Math.abs(got - want) <= 1, `${label}: got ${got}, want ${want}`);

test('C-22 with P-1: offering only the 6 missing hospital months saves 6 hospital months (713 440)', () => {
  const c = compareCost({ a: full, b: onlyMissing, lang: 'en' });
  // 6 × 118 906.65 = 713 439.9.
  near(c.saving, 6 * HOSPITAL_MONTH, 'saving');
  near(c.difference, -6 * HOSPITAL_MONTH, 'difference');
  assert.equal(c.saving, -c.difference);
  // The helseforetak pays the hospital part; both municipal halves get the
  // same C-3 grant (V2022, 140 000, the last known rate), so kommune and
  // state do not change.
  near(c.byPayer.helseforetak, -6 * HOSPITAL_MONTH, 'helseforetak');
  near(c.byPayer.kommune, 0, 'kommune');
  near(c.byPayer.state, 0, 'state');
  // a: hospital Sep 2023–Aug 2024, municipal Sep 2024–Feb 2025;
  // b: hospital Sep 2023–Feb 2024, municipal Mar 2024–Aug 2024.
  // 2023: 4 hospital months in both → 0.
  // 2024: b (2 h + 6 m) − a (8 h + 4 m) = −6 h + 2 m = −469 709.94, −4 position months.
  // 2025: b nothing − a (2 m) = −243 729.96, −2 position months.
  assert.deepEqual(c.byYear.map((y) => [y.year, y.positionMonths]), [[2023, 0], [2024, -4], [2025, -2]]);
  near(c.byYear[0].amount, 0, '2023');
  near(c.byYear[1].amount, -6 * HOSPITAL_MONTH + 2 * MUNICIPAL_MONTH, '2024');
  near(c.byYear[2].amount, -2 * MUNICIPAL_MONTH, '2025');
  // The scenarios' own results are what estimateCost gives for each.
  assert.deepEqual(c.a, estimateCost({ ...full, lang: 'en' }));
  assert.deepEqual(c.b, estimateCost({ ...onlyMissing, lang: 'en' }));
  // a is the full LIS1: 12 h + 6 m = 2 158 070 (the C-1 check, +4.7 % on 2 061 000).
  near(c.a.total, 12 * HOSPITAL_MONTH + 6 * MUNICIPAL_MONTH, 'a.total');
});

test('issues of both scenarios are thrown together under /a and /b, in the comparison language', () => {
  const input = {
    a: { positions: [{ count: 1, start: '2023-09-15' }], lang: 'nb' },
    b: { positions: [{ count: 1, start: '2023-09-01', kommune: '9999' }] },
    lang: 'en',
  };
  assert.throws(() => compareCost(input), (err) => {
    assert.ok(err instanceof Lis1Error);
    assert.equal(err.kind, 'invalid-input');
    // S-10: a LIS1 starts on the 1st of a month; C-7: the zone needs a known kommune.
    assert.deepEqual(err.issues.map((i) => [i.path, i.code, i.rule]), [
      ['/a/positions/0/start', 'cost.start-not-first', 'S-10'],
      ['/b/positions/0/kommune', 'cost.kommune-unknown', 'C-7'],
    ]);
    assert.match(err.issues[0].message, /^Start date 15 September 2023 must be the 1st of a month/);
    assert.match(err.issues[1].message, /^Unknown kommune number/);
    return true;
  });
});

test('without a comparison lang every message is nb (the default), whatever a scenario says (review 6)', () => {
  // Scenario a asks for en, b for nn; the comparison has no lang, so one error in one language: nb (API.md default).
  const input = {
    a: { positions: [{ count: 1, start: '2023-09-15' }], lang: 'en' },
    b: { positions: [{ count: 1, start: '2023-09-01', kommune: '9999' }], lang: 'nn' },
  };
  assert.throws(() => compareCost(input), (err) => {
    assert.deepEqual(err.issues.map((i) => [i.path, i.code]), [['/a/positions/0/start', 'cost.start-not-first'], ['/b/positions/0/kommune', 'cost.kommune-unknown']]);
    // cost.start-not-first nb: "Startdato {value} må være den 1. i en måned …" (en: "Start date …").
    assert.match(err.issues[0].message, /^Startdato 15\. september 2023 må være den 1\. i en måned/);
    // cost.kommune-unknown nb: "… Bruk firesifret kommunenummer fra 2024 …" (nn: "firesifra … frå").
    assert.match(err.issues[1].message, /Bruk firesifret kommunenummer fra 2024/);
    return true;
  });
  // A shape issue inside a scenario is nb as well (input.unknown-field nb: "Ukjent felt «note»…").
  assert.throws(() => compareCost({ a: { positions: [{ count: 1, start: '2023-09-01', note: 'x' }], lang: 'en' }, b: full }), (err) => {
    assert.match(err.issues[0].message, /^Ukjent felt «note»/);
    return true;
  });
  // And the results: scenario a's texts are those of estimateCost in nb, not en.
  const c = compareCost({ a: { ...full, lang: 'en' }, b: onlyMissing });
  assert.deepEqual(c.a, estimateCost({ ...full, lang: 'nb' }));
});

test('the comparison input itself is checked: unknown fields and a missing scenario', () => {
  assert.throws(() => compareCost({ a: full, b: onlyMissing, c: full }), (err) => {
    assert.ok(err instanceof Lis1Error);
    assert.ok(err.issues.some((i) => i.path === '/c' && i.code === 'input.unknown-field'), JSON.stringify(err.issues));
    return true;
  });
  assert.throws(() => compareCost({ a: full, lang: 'nn' }), (err) => {
    assert.ok(err instanceof Lis1Error);
    assert.ok(err.issues.some((i) => i.path === '/b' && i.code === 'input.missing'), JSON.stringify(err.issues));
    return true;
  });
  assert.throws(() => compareCost({ a: { positions: [{ count: 1, start: '2023-09-01', note: 'x' }] }, b: full }), (err) => {
    assert.ok(err.issues.some((i) => i.path === '/a/positions/0/note' && i.code === 'input.unknown-field'), JSON.stringify(err.issues));
    return true;
  });
});
