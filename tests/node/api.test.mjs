// The package as a Node user gets it: `import … from 'lis1kit'` resolved
// through pkg/package.json's conditional exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pkgSpecifier } from './helpers.mjs';

const lis1kit = await import(pkgSpecifier);
const manifest = JSON.parse(readFileSync(new URL('../../pkg/package.json', import.meta.url), 'utf8'));
const cargo = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8');

test('version() is the workspace version from Cargo.toml', () => {
  const expected = cargo.match(/^version = "([^"]+)"/m)[1];
  assert.equal(lis1kit.version(), expected);
  assert.equal(manifest.version, expected);
});

test('ruleSets() lists the absence regimes A-1..A-4 with the dates of RULES.md', () => {
  const sets = lis1kit.ruleSets();
  assert.deepEqual(
    sets.map(({ id, from, to }) => ({ id, from, to })),
    [
      { id: 'A-1', from: '2017-03-01', to: '2019-02-28' },
      { id: 'A-2', from: '2019-03-01', to: '2019-06-20' },
      { id: 'A-3', from: '2019-06-21', to: undefined },
      { id: 'A-4', from: '2020-03-20', to: undefined },
    ],
  );
});

test('ruleSets() summaries follow lang: nb by default, nn and en on request', () => {
  assert.match(lis1kit.ruleSets()[2].summary, /12 dager i sykehusdelen/);
  assert.match(lis1kit.ruleSets({ lang: 'nn' })[2].summary, /12 dagar i sjukehusdelen/);
  assert.match(lis1kit.ruleSets({ lang: 'en' })[2].summary, /12 days in the hospital part/);
});

test('a bad option throws Lis1Error with the path of the problem', () => {
  assert.throws(
    () => lis1kit.ruleSets({ lang: 'sv' }),
    (err) => {
      assert.ok(err instanceof lis1kit.Lis1Error);
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'Lis1Error');
      assert.equal(err.kind, 'invalid-input');
      assert.equal(err.issues.length, 1);
      assert.equal(err.issues[0].path, '/lang');
      return true;
    },
  );
});

test('nextRounds() gives the round starts after a day: 1 March and 1 September (B-2, S-10)', () => {
  // By hand: after Sunday 6 December 2026 the next starts are 1 March 2027, 1 September 2027, 1 March 2028 and
  // 1 September 2028; after 1 June 2026 the next is 1 September 2026.
  assert.deepEqual(lis1kit.nextRounds({ after: '2026-12-06', count: 4 }), ['2027-03-01', '2027-09-01', '2028-03-01', '2028-09-01']);
  assert.deepEqual(lis1kit.nextRounds({ after: '2026-06-01' }), ['2026-09-01']);
  // Strictly after: on 1 September 2026 that round has started; the next is 1 March 2027.
  assert.deepEqual(lis1kit.nextRounds({ after: '2026-09-01', count: 1 }), ['2027-03-01']);
  assert.deepEqual(lis1kit.nextRounds({ after: '2026-06-01', count: 0 }), []);
});

test('nextRounds() refuses bad input with Lis1Error naming the field, in the asked language', () => {
  const refused = (options) => {
    try {
      lis1kit.nextRounds(options);
    } catch (err) {
      assert.ok(err instanceof lis1kit.Lis1Error);
      return err.issues.map(({ code, path, message }) => ({ code, path, message }));
    }
    assert.fail('no Lis1Error');
  };
  assert.deepEqual(refused({ after: '6.12.2026', lang: 'en' }).map(({ code, path }) => [code, path]), [['date.format', '/after']]);
  assert.match(refused({ after: '6.12.2026', lang: 'en' })[0].message, /after/);
  assert.deepEqual(refused({}).map(({ code, path }) => [code, path]), [['input.missing', '/after']]);
  // At most 20 rounds (ten years), a whole number.
  assert.deepEqual(refused({ after: '2026-12-06', count: 21, lang: 'nn' }).map(({ code, path }) => [code, path]), [['count.range', '/count']]);
  assert.match(refused({ after: '2026-12-06', count: 21, lang: 'nn' })[0].message, /heiltal mellom 0 og 20, fekk 21/);
  assert.equal(refused({ after: '2026-12-06', count: 2.5 })[0].code, 'count.range');
  assert.equal(refused({ after: '2026-12-06', when: 'now' })[0].code, 'input.unknown-field');
  assert.equal(refused(undefined)[0].code, 'input.type');
});

test('validate() with an unknown kind returns an issue instead of throwing', () => {
  const result = lis1kit.validate('salary', {});
  assert.equal(result.ok, false);
  assert.equal(result.issues[0].code, 'kind.unknown');
  assert.equal(result.issues[0].path, '');
});

test('require() works too (Node >= 20.19) and gives the same module', () => {
  const require = createRequire(import.meta.url);
  const viaRequire = require(pkgSpecifier);
  assert.equal(viaRequire.version(), lis1kit.version());
});

test('package.json: the entries that initialise the wasm are side effects; elements entry is separate', () => {
  // index.js awaits init() and node.js calls initSync() at import: a bundler
  // must keep them (with only elements.js listed, Vite 8 dropped the init;
  // tests/e2e/vite.test.mjs). Importing the API still defines no elements.
  assert.deepEqual(manifest.sideEffects, ['./index.js', './node.js', './elements.js', './full.js', './full-node.js',
    './roster.js', './roster-node.js', './elements-service.js', './elements-eligibility.js', './elements-cost.js']);
  assert.equal(manifest.exports['.'].node, './node.js');
  assert.equal(manifest.exports['.'].default, './index.js');
  assert.equal(manifest.exports['./elements'].default, './elements.js');
  assert.equal(manifest.exports['./full'].default, './full.js');
  assert.equal(manifest.exports['./full'].types, './full.d.ts');
  assert.equal(manifest.exports['./full'].node, './full-node.js');
  assert.equal(manifest.exports['./lis1kit_elements_bg.wasm'], './lis1kit_elements_bg.wasm');
  // The workspaces' module (issue 25): its own entry for browsers, Node and types, its own wasm.
  assert.deepEqual(manifest.exports['./roster'], { types: './roster.d.ts', node: './roster-node.js', default: './roster.js' });
  assert.equal(manifest.exports['./lis1kit_roster_bg.wasm'], './lis1kit_roster_bg.wasm');
  for (const file of ['index.d.ts', 'lis1kit.d.ts', 'types.d.ts', 'README.md', 'LICENSE', 'lis1kit_bg.wasm',
    'full.js', 'full-node.js', 'full.d.ts', 'lis1kit_elements.js', 'lis1kit_elements.d.ts', 'lis1kit_elements_bg.wasm',
    'roster.js', 'roster-node.js', 'roster.d.ts', 'lis1kit_roster.js', 'lis1kit_roster.d.ts', 'lis1kit_roster_bg.wasm']) {
    assert.ok(manifest.files.includes(file), `${file} is published`);
  }
});

test('lis1kit/full works in Node too (the elements\' module, API only): same results as lis1kit', async () => {
  const full = await import(`${pkgSpecifier}/full`);
  // Worked example 1 of RULES.md §6: 2022-09-01..2023-08-31 hospital, then 2023-09-01..2024-02-29 municipal.
  const input = { periods: [
    { part: 'hospital', start: '2022-09-01', end: '2023-08-31' },
    { part: 'municipal', start: '2023-09-01', end: '2024-02-29' },
  ] };
  const r = full.remainingService(input);
  assert.deepEqual([r.hospital.countedMonths, r.municipal.countedMonths, r.del1TimeComplete], [12, 6, true]);
  assert.deepEqual(r, lis1kit.remainingService(input));
  assert.throws(() => full.remainingService({ periods: 5 }), full.Lis1Error);
  assert.equal(typeof full.defineElements, 'function');
});
