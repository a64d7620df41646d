// lis1kit/full for Node (import or require, Node >= 20.19): the API of the
// elements' module, its .wasm read synchronously from disk, so that server
// code importing `lis1kit/full` works. defineElements() needs a browser
// (customElements); the rest is the same API as `lis1kit`.
import { readFileSync } from 'node:fs';
import { initSync } from './lis1kit_elements.js';

initSync({ module: readFileSync(new URL('./lis1kit_elements_bg.wasm', import.meta.url)) });

export * from './lis1kit_elements.js';
export { Lis1Error } from './lis1-error.js';
