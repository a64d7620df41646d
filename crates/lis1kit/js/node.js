// lis1kit for Node (import or require, Node >= 20.19): reads the .wasm
// synchronously from disk, so no top-level await is needed.
import { readFileSync } from 'node:fs';
import { initSync } from './lis1kit.js';

initSync({ module: readFileSync(new URL('./lis1kit_bg.wasm', import.meta.url)) });

export * from './lis1kit.js';
export { Lis1Error } from './lis1-error.js';
