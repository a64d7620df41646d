// Raw, gzip and brotli sizes of the package files, and the size budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { calculations } from './calculations.mjs';

/**
 * Size ceiling for lis1kit_bg.wasm (the headless API), gzipped: a ratchet at the measured size
 * plus a small margin, so growth is seen when it happens. Lower it whenever
 * the wasm shrinks; each step is listed in docs/size-report.md ("Progress on
 * main"): 345 → 340 KB the JSON Schemas left the wasm (333.9 KB); 340 → 302
 * KB own JsValue deserializer instead of the JSON-text route (298.8 KB);
 * 302 → 292 KB lis1_core::sort instead of the standard sorts (289.0 KB);
 * 292 → 283 KB EarlierLis1 read without serde's untagged buffering
 * (290.7 → 280.0 KB); 283 → 278 KB one compact kommune table in
 * lis1-kommuner instead of two tables of structs (280.9 → 274.6 KB);
 * 278 → 258 KB message tables as statics, not consts (every use of a const
 * had copied its texts: 60 KB of duplicate literals; 277.4 → 255.3 KB);
 * 258 → 212 KB the custom elements moved to their own wasm
 * (lis1kit_elements_bg.wasm, cargo feature `elements`; 255.3 → 208.8 KB);
 * 212 → 202 KB numbers written without core::fmt's float formatting
 * (lis1_core::number_text; 208.8 → 198.5 KB); 202 → 198 KB the cost
 * crate's year sums without B-trees (lis1_core::sums; 198.5 → 194.9 KB);
 * 198 → 199 KB for issue 14's domain corrections and issue 15's messages in
 * people's words (the typed input reader, options A-O6/A-O7, issue texts
 * relabelled from the form: 194.9 → 198.3 KB); 199 → 195 KB results as
 * JSON text through `JSON.parse` instead of serde-wasm-bindgen (issue 16
 * item 3: no page setter runs inside a call; 198.3 → 194.2 KB); 195 → 198 KB
 * for issue 15's answers in words (the elements' answer sentences and one
 * sentence per assumption, published by `messages()` in three languages:
 * 194.2 → 197.2 KB) — issue 17's messages per language takes them out again;
 * 198 → 199 KB for issue 15 items 5 and 9 (the long-leave help of the absence
 * section, the printed summary's texts, in three languages: 198.1 KB); 199 → 200 KB for item 7
 * (the timeline's legend and make-up sentences, `plannedFrom`/`makeUpFrom`: 199.6 KB); 200 → 217 KB for
 * issue 22's domain corrections (216.2 KB): the typed earlier-service summary with make-up days, læringsmål and
 * first start, `authorisedOn` and its checks, B-14, the B-30 split by group and RHF, the cost options C-9/C-10,
 * every cost parameter named in three languages, whole-kroner rounding, and every assumption's sentence now in
 * the API's results (`assumptions[].text`, so these texts moved from the elements into every module). Issue 23's
 * one reader and texts per language are what take this back down; its gate is measured there.
 * Target (issue 6): 50 KB for the headless API — not met; what is left is
 * mostly serde and validator code generated per input type, the message
 * texts and the calculations themselves (see the ranked
 * recommendations in docs/size-report.md).
 */
// 217 → 218 KB while issue 23 ported the inputs to the field-table reader one by one (both readers in the
// module: 217.5 KB), then 218 → 180 KB once every input was read by it: serde's deserializer, crate::de and
// validator left the module (179.0 KB), 180 → 179 KB when the forms moved into their calculation crates and
// `messages()` of a module carries only its calculations' form texts (178.1 KB), 179 → 180 KB for issue 24's
// `nextRounds` export (B-2: its field-table read of `{ after, count, lang }`, the round computation and its
// checks: +0.9 KB; 179.4 KB), 180 → 183 KB for issue 25 item 4 (the budget's numbers explained: the cost view's
// new texts — rates table, units, the formulas naming each breakdown line, payers per year — are in every module's
// `messages()`; the price-index jump check, its warning, assumption and parameter row: +3.0 KB; 182.4 KB).
export const WASM_GZIP_BUDGET = 183 * 1024;
export const WASM_GZIP_TARGET = 50 * 1024;

/**
 * Size ceiling for what the first lis1kit element on a page loads when the
 * page's elements need several calculations (full.js: the elements' wasm
 * with every calculation, and every JS module of `elements.js`, gzipped): a ratchet
 * like the one above, at 269.2 KB measured when the elements got their own
 * wasm, 272 → 262 KB with lis1_core::number_text (259.1 KB), 262 → 258 KB
 * with lis1_core::sums (255.3 KB), 258 → 260 KB for the domain corrections of issue 14 and the messages in
 * people's words of issue 15 (259.4 KB: the typed input reader, options A-O6/A-O7 and their texts in three
 * languages, issue texts relabelled from the form), 260 → 256 KB with results through `JSON.parse`
 * (255.5 KB), 256 → 257 KB for issue 16's elements (the row limits of `el.input`, the listeners
 * per element in JS, shadow roots searched by elements.js: 256.9 KB), 257 → 266 KB for issue 15's answers
 * in words (answer sentences, assumption sentences, rule links, folded options, the employer's facts as
 * attributes: 265.1 KB), 266 → 273 KB for issue 15 items 5, 8 and 9 (`for`: one history answered by
 * several elements, `calculate()`, the printed input in words, the scroll to the answer: 272.5 KB), 273 → 278 KB
 * for item 11 (the budget form's price index: rows read into the `priceIndex` map, its texts: 277.4 KB), 278 → 280 KB
 * for item 7 (the timeline's month ticks, legend, planned service and make-up days: 279.8 KB), 280 → 300 KB for issue
 * 22's domain corrections and issue 24's yes/no attributes and load-failure message (299.5 KB; what grew is listed
 * at WASM_GZIP_BUDGET), 300 → 302 KB for issue 26 item 10's small things (Lis1Error for a non-object input,
 * rules-href on the page's own site: 301.1 KB), 302 → 303 KB for items 6–9 (edits, early input, back and language
 * keeping the input and the answer: 302.3 KB). Target (issue 7): 90 KB for
 * the four elements with their wasm — not met, for the same reasons; issue 17 reaches it by design.
 */
// 303 → 307 KB for the same transition (both readers, and the service form read in wasm from its
// serde_json value through lis1_core::read::Json: 306.1 KB), then 307 → 268 KB with every input on the
// field-table reader (267.4 KB), 268 → 269 KB for events and hooks built without a page's setters (issue 26
// item 1: the event helper in define-element.js, prototype-less hook objects; 268.0 KB), 269 → 268 KB when
// lis1-forms was dissolved into the calculation crates (267.5 KB), 268 → 269 KB when the elements drew the
// calculations' views with one renderer and built each form once per kind and language (the cache: 0.5 KB;
// 269.0 KB), 269 → 271 KB for issue 24's `nextRounds` (the sample posting's round: 270.3 KB), 271 → 273 KB for
// issue 24 item 8's answers that say what changed (day units, how the absence adds up, when the kommune can start:
// their sentences in three languages and the days field's help; 272.8 KB), 273 → 279 KB for issue 25 item 4 (the
// cost view's rates table with units, price years, sources and formulas, the payers-per-year table, calendar
// months, their texts, the price-index jump check, a source in words: +5.5 KB; 278.3 KB), 279 → 281 KB for issue 26
// item 1's recovery (guard.js, the glue's calls routed through it, the hooks swapped in define-element.js: JS only,
// the wasm unchanged: +1.7 KB), less the rule summaries moved out of the wasm (issue 24 item 9: −0.4 KB; 279.6 KB),
// 281 → 284 KB for issue 24 items 7–8 and issue 25 item 3 (the answers about the doctor in three languages, the
// folded assumptions decided by the calculation, the summary an issue without a field moves focus to: 283.4 KB).
export const ELEMENTS_GZIP_BUDGET = 284 * 1024;
export const ELEMENTS_GZIP_TARGET = 90 * 1024;

/**
 * Size ceiling for a page whose elements need one calculation (elements.js
 * then loads that calculation's module, elements-<calculation>.js): a
 * ratchet over the three, at 209.0 KB measured for eligibility (service
 * 172.4 KB, cost 174.9 KB) when the modules per calculation came; 212 → 213 KB
 * for issue 14's corrections and issue 15's messages in people's words (212.1 KB
 * for eligibility), 213 → 210 KB with results through `JSON.parse` (209.1 KB),
 * 210 → 211 KB for issue 16's elements (210.5 KB), 211 → 219 KB for issue 15's answers in
 * words (218.6 KB), 219 → 226 KB for issue 15 items 5, 8 and 9 (225.8 KB), 226 → 230 KB for
 * item 11's price index (every module carries every form: 229.8 KB), 230 → 231 KB for item 7's
 * timeline (its texts are in every module: 230.5 KB), 231 → 249 KB for issue 22's domain corrections
 * (eligibility 248.4 KB, service 198.3 KB, cost 202.5 KB; the eligibility form's new fields and the summary
 * reader weigh most), 249 → 250 KB for issue 26 item 10's small things (eligibility 249.4 KB), 250 → 251 KB
 * for items 6–9 (250.6 KB), 251 → 252 KB for item 10's stylesheet per document (251.0 KB).
 * The target of issue 7 (90 KB) applies here too.
 */
// 252 → 253 KB while the eligibility input still read its earlier service through serde beside the reader
// (issue 23 step 1: 252.2 KB for eligibility), then 253 → 224 KB with every input on the field-table reader
// (eligibility 223.5 KB, service 185.0 KB, cost 180.0 KB), 224 → 225 KB for issue 26's setter-free events and the
// capped copy of el.input (read.js, define-element.js: eligibility 224.1 KB), 225 → 220 KB when the forms moved
// into their calculation crates: a module built for one calculation carries only its forms' texts
// (eligibility 219.8 KB, service 177.5 KB, cost 171.8 KB), 220 → 222 KB for issue 24's `nextRounds` in the
// eligibility module (the sample posting takes its round from it: 221.3 KB).
// 222 → 223 KB for issue 24 item 8 (eligibility 222.3 KB; service 180.2 KB).
// 223 → 225 KB for issue 26 item 1's recovery (JS only: eligibility 222.4 → 224.0 KB; service 181.8 KB).
export const ELEMENT_PAGE_GZIP_BUDGET = 225 * 1024;

/** n bytes in KB with one decimal. */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Raw, gzip (level 9) and brotli (quality 11) sizes of `bytes`. */
export function byteSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function sizes(dir) {
  return readdirSync(dir)
    .filter((f) => /\.(wasm|js)$/.test(f))
    .sort()
    .map((file) => {
      return { file, ...byteSizes(readFileSync(join(dir, file))) };
    });
}

export function formatSizes(rows) {
  const lines = rows.map((r) => `  ${r.file.padEnd(22)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} ${kb(r.brotli).padStart(10)}`);
  return [`sizes: ${'file'.padEnd(22)} ${'raw'.padStart(8)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`, ...lines].join('\n');
}

/**
 * The files a browser fetches for `entry`: the entry, every module it
 * imports statically (recursively), and the .wasm when one of them fetches
 * it. Read from the files' import statements, so a new module shows up
 * without a list here. (What elements.js loads with `import()` depends on
 * the page: ENTRIES names it.)
 */
export function entryFiles(dir, entry) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/\bfrom\s*['"]\.\/([\w.-]+\.js)['"]|^\s*import\s*['"]\.\/([\w.-]+\.js)['"]/gm)) {
      visit(m[1] ?? m[2]);
    }
    for (const m of text.matchAll(/['"](lis1kit(?:_[a-z]+)?_bg\.wasm)['"]/g)) files.add(m[1]);
  };
  visit(entry);
  return [...files].sort();
}

/**
 * Browser entries of the package, and what is counted for each. `also`: the
 * module elements.js loads (full.js for a page whose elements need several
 * calculations, elements-<calculation>.js for one); its import names the
 * module in a variable, which entryFiles does not follow. `rules`: the rule table a page that shows rules imports
 * as well (define-element.js, `import()` too).
 */
export const ENTRIES = [
  { label: 'index.js (API)', entry: 'index.js' },
  { label: 'full.js (API + elements)', entry: 'full.js' },
  { label: 'roster.js (workspaces)', entry: 'roster.js' },
  { label: 'elements.js, eager', entry: 'elements.js' },
  { label: 'elements.js, mixed page', entry: 'elements.js', also: 'full.js' },
  ...calculations().map((calculation) =>
    ({ label: `elements.js, ${calculation} only`, entry: 'elements.js', also: `elements-${calculation}.js`, calculation })),
  // The rules page (www/regler.html, <lis1-rules> alone): the module elements.js loads for rule elements only (the
  // smallest, chosen by the build: `rulesOnly`) and the rule table in the page's language, which define-element.js
  // imports only where rules are shown.
  { label: 'elements.js, rules page (nb)', entry: 'elements.js', rulesOnly: true, rules: 'rules-nb.js' },
];

/** The calculation whose module elements.js loads for a page with rule elements only (the build writes it there). */
function rulesOnlyCalculation(dir) {
  const found = readFileSync(join(dir, 'elements.js'), 'utf8').match(/^const RULES_ONLY = "([a-z-]+)";$/m);
  if (!found) throw new Error('sizes: elements.js names no RULES_ONLY module (is the package built?)');
  return found[1];
}

/** Per entry of ENTRIES: the files it loads and their summed sizes. */
export function entryTotals(dir, rows) {
  const byFile = new Map(rows.map((r) => [r.file, r]));
  return ENTRIES.map(({ label, entry, also: named, calculation, rules, rulesOnly }) => {
    const also = rulesOnly ? `elements-${rulesOnlyCalculation(dir)}.js` : named;
    const files = [...new Set([...entryFiles(dir, entry), ...(also ? entryFiles(dir, also) : []), ...(rules ? [rules] : [])])].sort();
    const sum = (key) => files.reduce((n, f) => n + (byFile.get(f)?.[key] ?? 0), 0);
    return { label, entry, also, calculation, files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
  });
}

/** One total row per browser entry: the wasm plus the JS it loads. */
export function formatTotals(dir, rows) {
  const lines = entryTotals(dir, rows).map(({ label, files, raw, gzip, brotli }) =>
    `  ${label.padEnd(26)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} ${kb(brotli).padStart(10)}  (${files.join(', ')})`);
  return [`sizes: total per entry (wasm + JS loaded)`, ...lines].join('\n');
}
