// The site's own texts (www/texts.js, issue 15 item 10): every text in nb,
// nn and en, and the nynorsk free of the bokmål forms a reader notices
// first (nn writes ikkje, kva, korleis, eg, vere, kvart, lastar, køyrer,
// utrekning for bokmål's ikke, hva, hvordan, jeg, være, hvert, laster,
// kjører, beregning).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEXTS } from '../../www/texts.js';

const BOKMAL_ONLY = /\b(ikke|hva|hvordan|jeg|være|hvert|laster|kjører|beregn\w*)\b/i;

test('every site text has nb, nn and en', () => {
  const missing = Object.entries(TEXTS).flatMap(([key, t]) => ['nb', 'nn', 'en'].filter((l) => typeof t[l] !== 'string' || !t[l].trim()).map((l) => `${key}.${l}`));
  assert.deepEqual(missing, []);
});

test('the nynorsk texts have no bokmål-only word', () => {
  const found = Object.entries(TEXTS).filter(([, t]) => BOKMAL_ONLY.test(t.nn)).map(([key, t]) => `${key}: ${t.nn.match(BOKMAL_ONLY)[0]}`);
  assert.deepEqual(found, []);
});

test('the check catches a bokmål word (the pattern is not vacuous)', () => {
  assert.ok(BOKMAL_ONLY.test('Dette er ikke nynorsk'));
  assert.ok(!BOKMAL_ONLY.test('Dette er ikkje bokmål'));
});
