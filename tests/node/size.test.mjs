// Size ceiling of the wasm (a ratchet; see scripts/sizes.mjs for the target).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { sizes, WASM_GZIP_BUDGET, WASM_GZIP_TARGET } from '../../scripts/sizes.mjs';

test(`lis1kit_bg.wasm is at most ${WASM_GZIP_BUDGET / 1024} KB gzipped`, (t) => {
  const wasm = sizes(fileURLToPath(new URL('../../pkg/', import.meta.url))).find((r) => r.file === 'lis1kit_bg.wasm');
  t.diagnostic(`lis1kit_bg.wasm: ${wasm.raw} bytes raw, ${wasm.gzip} gzip, ${wasm.brotli} brotli`);
  if (wasm.gzip > WASM_GZIP_TARGET) t.diagnostic(`above the ${WASM_GZIP_TARGET / 1024} KB target of issue 6`);
  assert.ok(wasm.gzip <= WASM_GZIP_BUDGET, `${wasm.gzip} bytes gzipped exceeds the budget of ${WASM_GZIP_BUDGET}`);
});
