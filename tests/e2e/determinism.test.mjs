// Determinism (issue 9, item 3): the same input gives the same output text
// across repeated runs and across Node and Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openSite } from './browser.mjs';
import { runCases } from '../shared/run-cases.mjs';
import { pkgUrl } from '../node/helpers.mjs';

const cases = JSON.parse(readFileSync(new URL('../shared/determinism-cases.json', import.meta.url), 'utf8'));
const lis1kit = await import(pkgUrl);

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

test('repeated runs in Node give identical output', () => {
  const first = runCases(lis1kit, cases);
  for (let i = 0; i < 20; i++) assert.deepEqual(runCases(lis1kit, cases), first);
});

// Both wasm modules: the headless API (index.js) and the elements' module (full.js), built separately.
for (const entry of ['index.js', 'full.js']) test(`Chromium (${entry}) gives the same output text as Node for every case`, async () => {
  const page = await site.page('index.html');
  // The same runner as Node's, its source handed to the page (which loads only its own origin's files).
  const inBrowser = await page.evaluate(`(async () => {
    const lis1kit = await import('./lis1kit/${entry}');
    const runCases = ${runCases.toString()};
    return runCases(lis1kit, ${JSON.stringify(cases)});
  })()`);
  const inNode = runCases(lis1kit, cases);
  assert.equal(inBrowser.length, cases.length);
  for (let i = 0; i < cases.length; i++) assert.equal(inBrowser[i], inNode[i], `case ${i} (${cases[i].fn})`);
  // The error cases really threw, with issues (so the comparison covers errors too).
  assert.match(inNode[6], /"thrown":"Lis1Error"/);
});
