export * from './lis1kit.js';
export { Lis1Error } from './lis1-error.js';
