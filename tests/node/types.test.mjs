// The package's TypeScript declarations: exact types, no `any` in the API's
// exported signatures (tests/types/consumer.ts checks them with tsc; this
// catches an export that lost its type attributes, by name).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'pkg');
const types = readFileSync(join(pkg, 'types.d.ts'), 'utf8');
// The headless API's glue and the elements' glue (`lis1kit/full`): the same
// API, the second with defineElements().
const GLUES = { 'lis1kit.d.ts': false, 'lis1kit_elements.d.ts': true };
const signaturesOf = (file) => [...readFileSync(join(pkg, file), 'utf8').matchAll(/^export function (\w+)\((.*)\): (.*);$/gm)]
  .map(([, name, params, ret]) => ({ name, params, ret }));

// Exports that still declare `any`: a ratchet — remove a name once its
// export is typed. Empty now; a new untyped export fails the test below.
const STILL_UNTYPED = new Set([]);


for (const [glue, withElements] of Object.entries(GLUES)) test(`${glue}: every API export has exact parameter and return types`, () => {
  const signatures = signaturesOf(glue);
  const expected = {
    version: ['', 'string'],
    ruleSets: ['options?: LangOption', 'RuleSet[]'],
    schema: ['kind: Kind, options?: LangOption', 'JsonSchema'],
    validate: ['kind: Kind, input: unknown', 'ValidationResult'],
    remainingService: ['input: ServiceInput', 'ServiceResult'],
    checkAbsence: ['input: ServiceInput', 'AbsenceResult'],
    checkEligibility: ['input: EligibilityInput', 'EligibilityResult'],
    distributePositions: ['input: DistributionInput', 'Distribution'],
    checkPortalCalendar: ['input: PortalInput', 'PortalResult'],
    estimateCost: ['input: CostInput', 'CostResult'],
    compareCost: ['input: CostComparisonInput', 'CostComparison'],
    messages: ['', 'Message[]'],
    formSpec: ["kind: FormSpec['kind'], options?: LangOption", 'FormSpec'],
    nextRounds: ['options: NextRoundsOptions', 'string[]'],
    ...(withElements ? { defineElements: ['tags?: ElementTag[]', 'ElementTag[]'] } : {}),
  };
  const byName = Object.fromEntries(signatures.map((s) => [s.name, [s.params, s.ret]]));
  for (const [name, signature] of Object.entries(expected)) assert.deepEqual(byName[name], signature, name);
  // initSync is wasm-bindgen's loader (typed by it).
  assert.deepEqual(Object.keys(byName).filter((n) => n !== 'initSync').sort(), Object.keys(expected).sort(), 'no other exports');
});

for (const glue of Object.keys(GLUES)) test(`${glue}: no exported function declares any, except the listed ones still to type`, () => {
  const signatures = signaturesOf(glue);
  const untyped = signatures.filter((s) => /\bany\b/.test(`${s.params} ${s.ret}`)).map((s) => s.name);
  assert.deepEqual(untyped.filter((n) => !STILL_UNTYPED.has(n)), []);
  assert.deepEqual([...STILL_UNTYPED].filter((n) => !untyped.includes(n)), [], 'typed now: remove it from STILL_UNTYPED');
});

test('types.d.ts declares every input and result type, with no any', () => {
  for (const name of ['ServiceInput', 'ServiceResult', 'AbsenceResult', 'EligibilityInput', 'EligibilityResult',
    'DistributionInput', 'Distribution', 'PortalInput', 'PortalResult', 'CostInput', 'CostResult',
    'CostComparisonInput', 'CostComparison', 'Issue', 'Warning',
    'Assumption']) {
    assert.match(types, new RegExp(`^export interface ${name} \\{`, 'm'), name);
  }
  assert.match(types, /^export type Lang = "nb" \| "nn" \| "en";$/m);
  assert.match(types, /^export type Kind = 'cost' \| 'distribution' \| 'eligibility' \| 'portal' \| 'service';$/m);
  // Outside comments (doc texts may say "any order").
  const code = types.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(code, /\bany\b/);
  // The package points TypeScript at the declarations through "exports".
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(manifest.exports['.'].types, './index.d.ts');
  assert.ok(manifest.files.includes('types.d.ts'));
});
