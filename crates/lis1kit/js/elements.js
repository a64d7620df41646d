// Side-effect entry: defines the lis1kit custom elements. Loading it twice
// warns and keeps the first definitions.
import { defineElements } from './index.js';

defineElements();
