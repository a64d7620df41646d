export * from './lis1kit_elements.js';
export { Lis1Error } from './lis1-error.js';
