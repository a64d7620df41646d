#!/usr/bin/env node
// Builds the npm package `lis1kit` into pkg/ and copies it into the site
// (www/lis1kit/). Steps: wasm-pack (web target, release), twice: the headless
// API (lis1kit.js + lis1kit_bg.wasm) and, with the cargo feature `elements`,
// the API with the custom elements (lis1kit_elements.js +
// lis1kit_elements_bg.wasm) → wasm-opt -Oz on both from npm binaryen
// (Debian's binaryen breaks reference types) → the hand-written
// entry files from crates/lis1kit/js/ → schemas/*.json and schemas.js from
// crates/lis1kit/schemas → package.json with conditional
// exports → types.d.ts generated from the JSON Schemas (crates/lis1kit/schemas,
// themselves generated from the Rust types) → sizes. Run after scripts/setup.sh.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compile } from 'json-schema-to-typescript';
import { sizes, formatSizes, formatTotals } from './sizes.mjs';
import { compressedBytes } from './serve.mjs';
import { calculations, elementCalculations, elementsManifest } from './calculations.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const crate = join(root, 'crates', 'lis1kit');
const pkg = join(root, 'pkg');

function run(cmd, args, opts = {}) {
  console.log(`build: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) {
    console.error(`build: ${cmd} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');
if (!existsSync(wasmOpt)) {
  console.error('build: node_modules/.bin/wasm-opt missing; run scripts/setup.sh');
  process.exit(1);
}

/** wasm-pack into `outDir` as `<outName>.js` + `<outName>_bg.wasm`, then wasm-opt. */
function buildWasm(outDir, outName, cargoArgs = []) {
  // Arguments after the crate path go to cargo.
  run('wasm-pack', ['build', crate, '--release', '--target', 'web', '--out-dir', outDir, '--out-name', outName, ...cargoArgs]);
  const wasm = join(outDir, `${outName}_bg.wasm`);
  run(wasmOpt, ['-Oz', '--strip-debug', '--strip-producers',
    '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
    wasm, '-o', wasm]);
  guardGlue(join(outDir, `${outName}.js`));
}

/**
 * Routes every call of the generated glue into wasm through js/guard.js (issue 26 item 1): the glue's exports
 * object is replaced by the guard's, and the guard gets the glue's own way to make an instance (its imports and
 * finalize, from the module it compiled) for when a call left the instance broken. wasm-bindgen's own reset
 * (`--experimental-reset-state-function`) cannot be asked for through wasm-pack; this is what it generates. Stops
 * the build when the glue (wasm-bindgen, pinned in Cargo.lock) no longer has what is patched.
 */
function guardGlue(file) {
  let glue = readFileSync(file, 'utf8');
  const patch = (from, to) => {
    const at = glue.indexOf(from);
    if (at < 0 || glue.indexOf(from, at + 1) >= 0) {
      console.error(`build: ${file}: expected \`${from}\` once in the wasm-bindgen glue (see guardGlue)`);
      process.exit(1);
    }
    glue = glue.replace(from, to);
  };
  patch('let wasmModule, wasmInstance, wasm;', "import { guarded } from './guard.js';\nlet wasmModule, wasmInstance, wasm;");
  patch('    wasm = instance.exports;\n', '    wasm = lis1Guard.wrap(instance.exports);\n');
  // Used as they are by the restore below.
  for (const used of ['function __wbg_get_imports() {', 'function __wbg_finalize_init(instance, module) {']) patch(used, used);
  const define = glue.includes('\nexport function defineElements(') ? ', defineElements' : '';
  glue += `
// Added by scripts/build.mjs (guardGlue).
const lis1Guard = guarded(() => __wbg_finalize_init(new WebAssembly.Instance(wasmModule, __wbg_get_imports()), wasmModule)${define});
`;
  writeFileSync(file, glue);
}

rmSync(pkg, { recursive: true, force: true });
// The headless API: what `import … from 'lis1kit'` loads.
buildWasm(pkg, 'lis1kit');

/**
 * A module built aside (wasm-pack rewrites package.json and README
 * in its out-dir); only its module files (and with `types`, its
 * declarations) are kept.
 */
function buildAside(name, cargoArgs, { types = false } = {}) {
  const dir = join(root, 'target', `pkg-${name}`);
  rmSync(dir, { recursive: true, force: true });
  buildWasm(dir, name, cargoArgs);
  const files = [`${name}.js`, `${name}_bg.wasm`, ...(types ? [`${name}.d.ts`, `${name}_bg.wasm.d.ts`] : [])];
  for (const f of files) cpSync(join(dir, f), join(pkg, f));
}
// The API with the custom elements and every calculation: what `lis1kit/full`
// and, on a page needing several calculations, `lis1kit/elements` load.
buildAside('lis1kit_elements', ['--features', 'elements'], { types: true });
// The workspaces' module (`lis1kit/roster`): the service and cost APIs with the roster of several doctors and
// its CSV and calendar exports and the cost estimate's CSV (cargo feature `roster`), headless.
buildAside('lis1kit_roster', ['--no-default-features', '--features', 'service,cost,roster'], { types: true });
// One elements module per calculation (cargo features), loaded by elements.js
// for a page whose elements need only that calculation, with its entry
// elements-<calculation>.js (the same three lines as full.js).
const CALCULATIONS = calculations();
for (const calculation of CALCULATIONS) {
  const name = `lis1kit_${calculation}`;
  buildAside(name, ['--no-default-features', '--features', `elements,${calculation}`]);
  writeFileSync(join(pkg, `elements-${calculation}.js`), `// Generated by scripts/build.mjs. The elements of one calculation (${calculation}) and the rule
// elements, with the API of that calculation, from ${name}_bg.wasm; elements.js loads it for a
// page whose elements need only this calculation. Not a package entry.
import init from './${name}.js';

await init();

export * from './${name}.js';
`);
}

// Hand-written entries, the error class (imported by the glue via raw_module), and the embed page for an
// iframe (embed.html, embed.js) with the theme-value rule it shares with the site's configurator.
for (const f of readdirSync(join(crate, 'js'))) cpSync(join(crate, 'js', f), join(pkg, f));
// The rule table in each language (rules-nb.js, rules-nn.js, rules-en.js), generated from the Rust rule table by
// crates/lis1kit/tests/rule_texts.rs: define-element.js imports one where rules are shown, so no wasm carries them.
for (const f of readdirSync(join(crate, 'rules'))) cpSync(join(crate, 'rules', f), join(pkg, f));
cpSync(join(root, 'LICENSE'), join(pkg, 'LICENSE'));
// Custom Elements Manifest, generated from the elements' table
// (crates/lis1kit/tests/custom_elements.rs keeps it equal).
cpSync(join(crate, 'custom-elements.json'), join(pkg, 'custom-elements.json'));
writeFileSync(join(pkg, 'embed-table.js'), embedTable(elementsManifest()));
// elements.js gets its module map written in place of its import of element-modules.js: one request less before
// a page's elements load (a phone on 150 ms latency waits for each).
const elementsJs = readFileSync(join(pkg, 'elements.js'), 'utf8');
const MAP_IMPORT = "import { CALCULATION, MODULES, RULES_ONLY } from './element-modules.js';\n";
if (!elementsJs.includes(MAP_IMPORT)) throw new Error('build: crates/lis1kit/js/elements.js no longer imports its module map');
writeFileSync(join(pkg, 'elements.js'), elementsJs.replace(MAP_IMPORT, () => elementModules(elementCalculations())));

/**
 * The module map of elements.js: each form element's calculation (from the manifest, which the element table
 * writes), the module of each calculation and full.js, each by a literal import() so that a bundler (Vite, Rollup,
 * esbuild, webpack) sees and emits every one as a chunk loaded on demand (a computed specifier was invisible to them,
 * and a production build then lacked a calculation's module), and the module a page with only rule elements loads:
 * the smallest (every module has the rule elements).
 */
function elementModules(byTag) {
  for (const [tag, calculation] of Object.entries(byTag)) {
    if (!CALCULATIONS.includes(calculation)) throw new Error(`build: <${tag}> belongs to ${calculation}, not a calculation of Cargo.toml`);
  }
  const gzipOf = (c) => gzipSync(readFileSync(join(pkg, `lis1kit_${c}_bg.wasm`)), { level: 9 }).length;
  const smallest = [...CALCULATIONS].sort((a, b) => gzipOf(a) - gzipOf(b))[0];
  const modules = CALCULATIONS.map((c) => `  ${JSON.stringify(c)}: () => import('./elements-${c}.js'),`).join('\n');
  return `// Written by scripts/build.mjs from custom-elements.json and the calculations of Cargo.toml: the calculation of
// each form element, how to load each calculation's module (or full.js, with all of them), and the module for a
// page with only rule elements (the smallest).
const CALCULATION = ${JSON.stringify(byTag, null, 2)};
const MODULES = {
${modules}
  full: () => import('./full.js'),
};
const RULES_ONLY = ${JSON.stringify(smallest)};
`;
}

/**
 * embed-table.js: what embed.js needs of the manifest (each element's attributes with their types, its custom
 * properties), as a module, so that the embed page makes no request for the whole manifest. A type is a list of
 * names (`'a' | 'b'`), 'boolean' or 'string'; any other type stops the build, as embed.js would not know it.
 */
function embedTable(elementsManifest) {
  const type = (text) => {
    const parts = text.split(' | ');
    if (parts.every((p) => /^'[^']*'$/.test(p))) return parts.map((p) => p.slice(1, -1));
    if (text === 'boolean' || text === 'string') return text;
    throw new Error(`build: embed-table.js: attribute type ${text} is not known to embed.js`);
  };
  const table = {};
  for (const d of elementsManifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement)) {
    table[d.tagName] = {
      attributes: (d.attributes ?? []).map((a) => [a.name, type(a.type?.text ?? 'string')]),
      cssProperties: (d.cssProperties ?? []).map((p) => p.name),
    };
  }
  return `// Generated by scripts/build.mjs from custom-elements.json. Do not edit. For embed.js (embed.html): each
// element's attributes with their types (a list of names, 'boolean' or 'string') and its custom properties.
export const ELEMENTS = ${JSON.stringify(table, null, 2)};
`;
}
rmSync(join(pkg, '.gitignore'), { force: true });

// The committed JSON Schemas (crates/lis1kit/tests/schemas.rs keeps them
// equal to the Rust types) are the one source of: the package files
// schemas/*.json, the module schemas.js that `schema(kind)` reads (the wasm
// does not embed them), and types.d.ts.
const schemas = join(crate, 'schemas');
const kinds = readdirSync(schemas)
  .filter((f) => f.endsWith('.schema.json') && f !== 'types.schema.json')
  .map((f) => f.slice(0, -'.schema.json'.length))
  .sort();
cpSync(schemas, join(pkg, 'schemas'), { recursive: true });
// schemas.js: the texts as string literals (minified), parsed on each call so
// that every caller gets a fresh plain object. A plain module: no JSON module
// import (bundler and browser support differ), no eval (CSP), works in Node
// (import and require) and in bundlers.
const texts = kinds
  .map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(join(schemas, `${k}.schema.json`), 'utf8'))))},`)
  .join('\n');
writeFileSync(join(pkg, 'schemas.js'), `// Generated by scripts/build.mjs from crates/lis1kit/schemas/*.schema.json (the same files are in
// schemas/). Do not edit. Imported by the wasm glue: \`schema(kind)\` checks the kind in Rust, then calls
// schemaObject(kind).
const TEXTS = {
${texts}
};

export function schemaObject(kind) {
  return JSON.parse(TEXTS[kind]);
}
`);

// types.d.ts: the input and result types, from the committed JSON Schemas.
// The wasm-bindgen declarations (lis1kit.d.ts) import them by name.
const bundle = JSON.parse(readFileSync(join(schemas, 'types.schema.json'), 'utf8'));
let types = await compile(bundle, 'lis1kit', {
  bannerComment: '// Generated by scripts/build.mjs from crates/lis1kit/schemas/types.schema.json. Do not edit.',
  additionalProperties: false,
  unreachableDefinitions: true,
  format: true,
});
// The bundle's root only holds $defs; its empty interface is no API.
types = types.replace(/export interface Lis1Kit \{\}\n/, '');
types += `
/** An input kind of \`validate(kind, input)\` and \`schema(kind)\`. */
export type Kind = ${kinds.map((k) => `'${k}'`).join(' | ')};

/** A JSON Schema (draft 2020-12) as returned by \`schema(kind)\`. */
export interface JsonSchema {
  $schema: string;
  title: string;
  [keyword: string]: unknown;
}
`;
writeFileSync(join(pkg, 'types.d.ts'), types);

// package.json: keep wasm-pack's name/version/description/license (from
// Cargo.toml), replace the rest with conditional exports.
const generated = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const manifest = {
  name: generated.name,
  version: generated.version,
  description: generated.description,
  license: generated.license,
  keywords: generated.keywords,
  type: 'module',
  // Node >= 20.19 is needed for require() of the ESM Node entry.
  engines: { node: '>=20.19' },
  exports: {
    '.': {
      types: './index.d.ts',
      // Node reads the .wasm from disk synchronously: works with import and require.
      node: './node.js',
      // Browsers and bundlers: top-level await fetches the .wasm next to the JS.
      default: './index.js',
    },
    // Defines the custom elements (side effect); the API entry never does.
    './elements': { types: './elements.d.ts', default: './elements.js' },
    // The API and `defineElements()` from the elements' wasm (one module for
    // pages that use both).
    './full': { types: './full.d.ts', node: './full-node.js', default: './full.js' },
    // The workspaces' module: the service API with the roster of several doctors and its exports.
    './roster': { types: './roster.d.ts', node: './roster-node.js', default: './roster.js' },
    './lis1kit_bg.wasm': './lis1kit_bg.wasm',
    './lis1kit_roster_bg.wasm': './lis1kit_roster_bg.wasm',
    './lis1kit_elements_bg.wasm': './lis1kit_elements_bg.wasm',
    // The JSON Schema of each input kind (the same as `schema(kind)`) and of
    // every type (types.schema.json), for validators and form tools.
    './schemas/*': './schemas/*',
    './package.json': './package.json',
    './custom-elements.json': './custom-elements.json',
    // The page for an iframe (sites that take no script): served, not imported.
    './embed.html': './embed.html',
  },
  main: './node.js',
  module: './index.js',
  types: './index.d.ts',
  customElements: 'custom-elements.json',
  // The entries initialise the wasm at import (index.js, full.js: top-level
  // await init(); node.js, full-node.js: initSync) and elements.js defines
  // the custom elements.
  // Without index.js here a bundler drops `await init()` as dead code
  // (found by tests/e2e/vite.test.mjs: Vite 8 shipped an app whose calls
  // failed on an uninitialised module).
  sideEffects: ['./index.js', './node.js', './elements.js', './full.js', './full-node.js', './roster.js', './roster-node.js',
    ...CALCULATIONS.map((c) => `./elements-${c}.js`)],
  files: readdirSync(pkg).filter((f) => f !== 'package.json'),
};
writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

const www = join(root, 'www', 'lis1kit');
rmSync(www, { recursive: true, force: true });
cpSync(pkg, www, { recursive: true });
// The site's server (scripts/serve.mjs) sends these precompressed copies to browsers that accept them; the README
// tells self-hosters to do the same. Beside the site's copy only: the npm package stays as wasm-pack made it.
for (const file of readdirSync(www)) {
  if (!/\.(wasm|js|json)$/.test(file)) continue;
  const bytes = readFileSync(join(www, file));
  writeFileSync(join(www, `${file}.br`), compressedBytes(bytes, 'br'));
  writeFileSync(join(www, `${file}.gz`), compressedBytes(bytes, 'gzip'));
}
// For the embed configurator (www/konfigurator.html): the pinned version and
// the Subresource Integrity hash of the entry file exactly as published. It
// covers elements.js only: the modules it imports and the .wasm are not
// checked (an import map with integrity would be an inline script needing a
// CSP hash); the configurator and README say so.
const entry = 'elements.js';
const integrity = `sha384-${createHash('sha384').update(readFileSync(join(pkg, entry))).digest('base64')}`;
writeFileSync(join(www, 'embed.json'), JSON.stringify({ name: manifest.name, version: manifest.version, entry, integrity }, null, 2) + '\n');

const rows = sizes(pkg);
console.log(formatSizes(rows));
console.log(formatTotals(pkg, rows));
