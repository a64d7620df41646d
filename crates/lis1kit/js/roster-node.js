// lis1kit/roster for Node (import or require, Node >= 20.19): the roster
// module's .wasm read synchronously from disk.
import { readFileSync } from 'node:fs';
import { initSync } from './lis1kit_roster.js';

initSync({ module: readFileSync(new URL('./lis1kit_roster_bg.wasm', import.meta.url)) });

export * from './lis1kit_roster.js';
export { Lis1Error } from './lis1-error.js';
