// Size ceilings of the wasm modules and of what a page loads (ratchets; see scripts/sizes.mjs for the targets).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  sizes, entryTotals, WASM_GZIP_BUDGET, WASM_GZIP_TARGET, ELEMENTS_GZIP_BUDGET, ELEMENTS_GZIP_TARGET,
  ELEMENT_PAGE_GZIP_BUDGET,
} from '../../scripts/sizes.mjs';

const pkg = fileURLToPath(new URL('../../pkg/', import.meta.url));

test(`lis1kit_bg.wasm is at most ${WASM_GZIP_BUDGET / 1024} KB gzipped`, (t) => {
  const wasm = sizes(pkg).find((r) => r.file === 'lis1kit_bg.wasm');
  t.diagnostic(`lis1kit_bg.wasm: ${wasm.raw} bytes raw, ${wasm.gzip} gzip, ${wasm.brotli} brotli`);
  if (wasm.gzip > WASM_GZIP_TARGET) t.diagnostic(`above the ${WASM_GZIP_TARGET / 1024} KB target of issue 6`);
  assert.ok(wasm.gzip <= WASM_GZIP_BUDGET, `${wasm.gzip} bytes gzipped exceeds the budget of ${WASM_GZIP_BUDGET}`);
});

test(`a page with elements of several calculations loads at most ${ELEMENTS_GZIP_BUDGET / 1024} KB gzipped, one wasm`, (t) => {
  const totals = entryTotals(pkg, sizes(pkg));
  const api = totals.find((e) => e.entry === 'index.js');
  const first = totals.find((e) => e.also === 'full.js');
  t.diagnostic(`elements.js, mixed page: ${first.gzip} bytes gzip (${first.files.join(', ')})`);
  if (first.gzip > ELEMENTS_GZIP_TARGET) t.diagnostic(`above the ${ELEMENTS_GZIP_TARGET / 1024} KB target of issue 7`);
  // The API entry never fetches the elements' code, and the elements fetch one module, not both.
  assert.deepEqual(api.files.filter((f) => f.endsWith('.wasm')), ['lis1kit_bg.wasm']);
  assert.deepEqual(first.files.filter((f) => f.endsWith('.wasm')), ['lis1kit_elements_bg.wasm']);
  assert.ok(!api.files.includes('define-element.js'), api.files.join(', '));
  assert.ok(first.gzip <= ELEMENTS_GZIP_BUDGET, `${first.gzip} bytes gzipped exceeds the budget of ${ELEMENTS_GZIP_BUDGET}`);
});

for (const calculation of ['service', 'eligibility', 'cost']) {
  test(`a page with ${calculation} elements only loads at most ${ELEMENT_PAGE_GZIP_BUDGET / 1024} KB gzipped: that calculation's wasm, less than a mixed page`, (t) => {
    const totals = entryTotals(pkg, sizes(pkg));
    const page = totals.find((e) => e.calculation === calculation);
    const mixed = totals.find((e) => e.also === 'full.js');
    t.diagnostic(`elements.js, ${calculation} only: ${page.gzip} bytes gzip (${page.files.join(', ')})`);
    if (page.gzip > ELEMENTS_GZIP_TARGET) t.diagnostic(`above the ${ELEMENTS_GZIP_TARGET / 1024} KB target of issue 7`);
    assert.deepEqual(page.files.filter((f) => f.endsWith('.wasm')), [`lis1kit_${calculation}_bg.wasm`]);
    assert.ok(page.gzip < mixed.gzip, `${page.gzip} ≥ ${mixed.gzip}`);
    assert.ok(page.gzip <= ELEMENT_PAGE_GZIP_BUDGET, `${page.gzip} bytes gzipped exceeds the budget of ${ELEMENT_PAGE_GZIP_BUDGET}`);
  });
}

// Each message text is in the wasm once. A `const` table is copied into every
// function that uses it, texts included (60 KB of duplicate literals before
// the catalogues became statics); this keeps it that way.
// (The rule table's summaries are not in any wasm: tests/node/rule-texts.test.mjs. B-23's English summary, the
// same words as an employer checklist message, was a second copy here until they left.)

// The modules with every calculation hold every text once; a module of one calculation holds some, none twice.
const MODULES = { 'lis1kit_bg.wasm': true, 'lis1kit_elements_bg.wasm': true, 'lis1kit_service_bg.wasm': false,
  'lis1kit_eligibility_bg.wasm': false, 'lis1kit_cost_bg.wasm': false };
for (const [file, all] of Object.entries(MODULES)) test(`every message text is stored ${all ? 'once' : 'at most once'} in ${file}`, async () => {
  const { messages, ruleSets } = await import('../../pkg/node.js');
  const wasm = readFileSync(new URL(`../../pkg/${file}`, import.meta.url));
  // The catalogue and the dated rule sets' summaries (the rule table's texts), every language.
  const summaries = ['nb', 'nn', 'en'].flatMap((lang) => ruleSets({ lang }).map((r) => r.summary));
  const texts = [...new Set([...messages().flatMap((m) => [m.nb, m.nn, m.en]), ...summaries])].filter((t) => t.length >= 30);
  // A text inside a longer one is found twice legitimately.
  const alone = texts.filter((t) => !texts.some((other) => other !== t && other.includes(t)));
  assert.ok(alone.length > 300, `only ${alone.length} texts to check`);
  const repeated = alone.filter((t) => {
    const bytes = Buffer.from(t);
    const first = wasm.indexOf(bytes);
    return (all && first < 0) || (first >= 0 && wasm.indexOf(bytes, first + 1) >= 0);
  });
  assert.deepEqual(repeated.map((t) => `${t.slice(0, 60)}…`), []);
  if (!all) assert.ok(alone.some((t) => wasm.includes(Buffer.from(t))), 'some texts are there');
});
