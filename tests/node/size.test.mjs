// Size budget (issue 6): the headless API's wasm stays within 50 KB gzipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { sizes, WASM_GZIP_BUDGET } from '../../scripts/sizes.mjs';

test(`lis1kit_bg.wasm is at most ${WASM_GZIP_BUDGET / 1024} KB gzipped`, (t) => {
  const wasm = sizes(fileURLToPath(new URL('../../pkg/', import.meta.url))).find((r) => r.file === 'lis1kit_bg.wasm');
  t.diagnostic(`lis1kit_bg.wasm: ${wasm.raw} bytes raw, ${wasm.gzip} gzip, ${wasm.brotli} brotli`);
  assert.ok(wasm.gzip <= WASM_GZIP_BUDGET, `${wasm.gzip} bytes gzipped exceeds the budget of ${WASM_GZIP_BUDGET}`);
});
