// One home per calculation (issue 23 item 2): the shared layers' code files that name each calculation
// (scripts/homes.mjs counts them). A ratchet at today's counts, lowered as the redesign goes on; the target is 6.
// 2026-12-06: 22 / 20 / 20 at the start of the day; 9 / 11 / 11 with lis1-forms dissolved, the views in the
// calculation crates, one table of calculations (crates/lis1kit/src/calculations.rs) and one element table;
// 5 / 4 / 4 with the scripts reading the calculations from Cargo.toml and the manifest (scripts/calculations.mjs),
// the module map of elements.js written by the build, and the form elements' metadata in the element table. What
// names them still: the feature list, the bindings' table, the element table, the schema test (one schema per
// input type) and, for service, the benchmark of remainingService against native.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calculations, filesNaming } from '../../scripts/homes.mjs';

const CEILING = { service: 5, eligibility: 4, cost: 4 };
const TARGET = 6;

test('the calculations are the ones the ratchet knows', () => {
  assert.deepEqual(calculations().sort(), Object.keys(CEILING).sort());
});

for (const [kind, ceiling] of Object.entries(CEILING)) {
  test(`${kind} is named in at most ${ceiling} shared files (target ${TARGET})`, () => {
    const files = filesNaming(kind);
    assert.ok(files.length <= ceiling, `${files.length} files name ${kind}:\n${files.join('\n')}`);
  });
}
