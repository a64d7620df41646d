#!/usr/bin/env node
// Builds the npm package `lis1kit` into pkg/ and copies it into the site
// (www/lis1kit/). Steps: wasm-pack (web target, release) → wasm-opt -Oz from
// npm binaryen (Debian's binaryen breaks reference types) → the hand-written
// entry files from crates/lis1kit/js/ → package.json with conditional
// exports → sizes. Run after scripts/setup.sh.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizes, formatSizes } from './sizes.mjs';

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

rmSync(pkg, { recursive: true, force: true });
run('wasm-pack', ['build', crate, '--release', '--target', 'web', '--out-dir', pkg, '--out-name', 'lis1kit']);

const wasm = join(pkg, 'lis1kit_bg.wasm');
const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');
if (!existsSync(wasmOpt)) {
  console.error('build: node_modules/.bin/wasm-opt missing; run scripts/setup.sh');
  process.exit(1);
}
run(wasmOpt, ['-Oz', '--strip-debug', '--strip-producers',
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
  wasm, '-o', wasm]);

// Hand-written entries and the error class (imported by the glue via raw_module).
for (const f of readdirSync(join(crate, 'js'))) cpSync(join(crate, 'js', f), join(pkg, f));
cpSync(join(root, 'LICENSE'), join(pkg, 'LICENSE'));
rmSync(join(pkg, '.gitignore'), { force: true });

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
    './lis1kit_bg.wasm': './lis1kit_bg.wasm',
    './package.json': './package.json',
  },
  main: './node.js',
  module: './index.js',
  types: './index.d.ts',
  sideEffects: ['./elements.js'],
  files: readdirSync(pkg).filter((f) => f !== 'package.json'),
};
writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

const www = join(root, 'www', 'lis1kit');
rmSync(www, { recursive: true, force: true });
cpSync(pkg, www, { recursive: true });

console.log(formatSizes(sizes(pkg)));
