// Plain Vite defaults: no alias for lis1kit (it must resolve like any npm
// package), no wasm plugin (the glue finds the .wasm with
// `new URL(..., import.meta.url)`, which Vite emits as an asset).
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
});
