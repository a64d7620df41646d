// lis1kit with the custom elements, for browsers and bundlers: the API of
// index.js plus `defineElements()`, from the elements' WebAssembly module
// (lis1kit_elements_bg.wasm). For pages that use the API and the elements
// together: one module instead of two. Importing this file defines no
// elements until defineElements() is called; `lis1kit/elements` calls it
// when the first element comes into view.
import init from './lis1kit_elements.js';

await init();

export * from './lis1kit_elements.js';
export { Lis1Error } from './lis1-error.js';
