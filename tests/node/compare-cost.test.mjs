// compareCost (RULES.md C-22) through the JS boundary: the P-1 scenario of
// worked example 3 (6 hospital months already served, so only 6 hospital + 6
// municipal months are offered instead of a full 18-month position).
// Expected amounts are derived here from the default parameter table (RULES.md
// §5, C-4/C-6/C-7/C-8/C-10 and the C-1 calibration row; C-9 is off by default),
// zone I (Oslo), with the estimate's rounding rule: each component of a
// position's part in whole kroner, every total the sum of those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkgSpecifier } from './helpers.mjs';

const { compareCost, estimateCost, Lis1Error } = await import(pkgSpecifier);

// Hospital part, 12 months: salary 606 000, feriepenger 12 % 72 720, pension 18 % 109 080,
// arbeidsgiveravgift 14.1 % × 787 800 = 111 079.8 → 111 080, remainder 12 × 53 000 = 636 000.
const HOSPITAL_12 = 606_000 + 72_720 + 109_080 + 111_080 + 636_000; // 1 534 880
// 6 months: 303 000 + 36 360 + 54 540 + 14.1 % × 393 900 = 55 539.9 → 55 540 + 6 × 53 000.
const HOSPITAL_6 = 303_000 + 36_360 + 54_540 + 55_540 + 318_000; // 767 440
// Municipal part, 6 months: the same pay 449 440 + supervision 6 × 63 500 / 12 = 31 750 (C-10); no C-9.
const MUNICIPAL_6 = 303_000 + 36_360 + 54_540 + 55_540 + 31_750; // 481 190

const full = { positions: [{ count: 1, start: '2023-09-01', kommune: '0301' }] };
const onlyMissing = { positions: [{ count: 1, start: '2023-09-01', kommune: '0301', hospitalMonths: 6 }] };

test('C-22 with P-1: offering only the 6 missing hospital months saves 6 hospital months (767 440)', () => {
  const c = compareCost({ a: full, b: onlyMissing, lang: 'en' });
  // 1 534 880 − 767 440 = 767 440 (6 × 127 906.65 = 767 439.9 before rounding the parts).
  assert.equal(c.saving, HOSPITAL_12 - HOSPITAL_6);
  assert.equal(c.saving, 767_440);
  assert.equal(c.difference, -767_440);
  // The helseforetak pays the hospital part; both municipal halves get the
  // same C-3 grant (V2022, 140 000, the last known rate), so kommune and
  // state do not change.
  assert.deepEqual(c.byPayer, { helseforetak: -767_440, kommune: 0, state: 0 });
  // a: hospital Sep 2023–Aug 2024, municipal Sep 2024–Feb 2025;
  // b: hospital Sep 2023–Feb 2024, municipal Mar 2024–Aug 2024.
  // Each part spread over its months in whole kroner: a's hospital 2023 round(1 534 880 × 4/12) =
  // 511 627, 2024 1 023 253; a's municipal 2024 round(481 190 × 4/6) = 320 793, 2025 160 397;
  // b's hospital 2023 round(767 440 × 4/6) = 511 627, 2024 255 813; b's municipal all in 2024.
  // 2023: 511 627 − 511 627 = 0; 2024: (255 813 + 481 190) − (1 023 253 + 320 793) = −607 043;
  // 2025: −160 397. −607 043 − 160 397 = −767 440 = the difference.
  assert.deepEqual(c.byYear.map((y) => [y.year, y.positionMonths, y.amount]), [[2023, 0, 0], [2024, -4, -607_043], [2025, -2, -160_397]]);
  // The scenarios' own results are what estimateCost gives for each.
  assert.deepEqual(c.a, estimateCost({ ...full, lang: 'en' }));
  assert.deepEqual(c.b, estimateCost({ ...onlyMissing, lang: 'en' }));
  // a is the full LIS1: 1 534 880 + 481 190 = 2 016 070 (the C-1 fit residual, −2.2 % on 2 061 000).
  assert.equal(c.a.total, HOSPITAL_12 + MUNICIPAL_6);
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
