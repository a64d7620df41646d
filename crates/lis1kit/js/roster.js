// lis1kit/roster for browsers and bundlers: the workspaces' module — the
// service and cost APIs (remainingService, checkAbsence, estimateCost, validate,
// …) plus the roster of several doctors and its exports (serviceRoster,
// rosterCsv, rosterCalendar) and the budget's CSV (costCsv),
// from its own WebAssembly module (lis1kit_roster_bg.wasm), so that the other
// entries do not carry the roster's code.
import init from './lis1kit_roster.js';

await init();

export * from './lis1kit_roster.js';
export { Lis1Error } from './lis1-error.js';
