export * from './lis1kit_roster.js';
export { Lis1Error } from './lis1-error.js';
