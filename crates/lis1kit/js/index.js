// lis1kit for browsers and bundlers: loads the WebAssembly module once
// (top-level await; the .wasm is found next to this file) and re-exports
// the API. Importing this file defines no custom elements.
import init from './lis1kit.js';

await init();

export * from './lis1kit.js';
export { Lis1Error } from './lis1-error.js';
