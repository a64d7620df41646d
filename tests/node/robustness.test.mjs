// Robustness at the JS boundary (issue 6, item 7): bad input never crashes,
// and 100 000 invalid calls do not grow the JS heap or the wasm memory.
// Memory is measured, not timed: the same bound holds on a slow machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { pkgSpecifier } from './helpers.mjs';

const lis1kit = await import(pkgSpecifier);
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

// initSync returns the already initialised instance's exports (memory).
const wasmMemory = () => lis1kit.initSync().memory.buffer.byteLength;

const BAD_INPUTS = [
  undefined,
  null,
  42,
  'periods',
  [],
  { periods: 'none' },
  { periods: [{ part: 'hospital', start: '2023-02-29', end: '2023-01-01', percent: 150 }] },
  { periods: [{ part: 'x'.repeat(10_000), start: 1, end: {} }] },
  { periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31', percent: NaN }] },
  { periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31', percent: Infinity }], lang: 'en' },
  { periods: [], absences: [{ part: 'hospital', kind: 'sick', days: -Infinity }] },
  { periods: [], unknownField: true },
];

function oneBadCall(i) {
  const input = BAD_INPUTS[i % BAD_INPUTS.length];
  if (i % 2 === 0) {
    const result = lis1kit.validate('service', input);
    assert.equal(result.ok, false);
  } else {
    try {
      lis1kit.remainingService(input);
      assert.fail('bad input must throw');
    } catch (err) {
      assert.ok(err instanceof lis1kit.Lis1Error, String(err));
    }
  }
}

test('every bad input gives issues or a Lis1Error, never a crash', () => {
  for (let i = 0; i < BAD_INPUTS.length * 2; i++) oneBadCall(i);
  for (const kind of ['service', 'eligibility', 'cost', 'distribution', 'portal']) {
    for (const input of BAD_INPUTS) assert.equal(lis1kit.validate(kind, input).ok, false, `${kind}: ${JSON.stringify(input)}`);
  }
});

test('huge inputs (a 1 MB string, 100 000 periods) give issues, not crashes', () => {
  const longText = lis1kit.validate('service', { periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31', rotation: 'x'.repeat(1 << 20) }] });
  assert.equal(longText.ok, false);
  assert.equal(longText.issues[0].path, '/periods/0/rotation');
  const many = Array.from({ length: 100_000 }, () => ({ part: 'hospital', start: '2023-03-01', end: '2023-03-02' }));
  const tooMany = lis1kit.validate('service', { periods: many });
  assert.equal(tooMany.ok, false);
  assert.ok(tooMany.issues.some((i) => i.path === '/periods' && i.code === 'list.too-long'), JSON.stringify(tooMany.issues.slice(0, 3)));
});

test('100 000 invalid calls leave the JS heap and the wasm memory flat', () => {
  // Warm up: let the allocator and JIT reach their working size.
  for (let i = 0; i < 10_000; i++) oneBadCall(i);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const wasmBefore = wasmMemory();
  for (let i = 0; i < 100_000; i++) oneBadCall(i);
  gc();
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  const wasmGrowth = wasmMemory() - wasmBefore;
  // A leak of even 20 bytes per call would be 2 MB; allow 1 MB of noise on the heap
  // and no growth of the wasm memory beyond one 64 KiB page.
  assert.ok(heapGrowth < 1 << 20, `JS heap grew by ${heapGrowth} bytes`);
  assert.ok(wasmGrowth <= 65_536, `wasm memory grew by ${wasmGrowth} bytes`);
});
