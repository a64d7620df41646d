// The calculations, read from where they are declared, so that no script keeps its own list (issue 23 item 2:
// adding a calculation is its crate, a row in the bindings' table and a row in the element table).
// - calculations(): the cargo feature `calculations` of crates/lis1kit (every calculation a module may carry).
// - elementCalculations(manifest): each form element's calculation, from custom-elements.json
//   (`x-lis1kit-calculation`, written from the element table by crates/lis1kit/tests/custom_elements.rs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The calculations: the features the cargo feature `calculations` of crates/lis1kit turns on, in its order. */
export function calculations() {
  const toml = readFileSync(join(root, 'crates', 'lis1kit', 'Cargo.toml'), 'utf8');
  const features = toml.split(/^\[features\]$/m)[1]?.split(/^\[/m)[0] ?? '';
  const list = features.match(/^calculations\s*=\s*\[([^\]]*)\]/m);
  if (!list) throw new Error('crates/lis1kit/Cargo.toml: no feature `calculations = [...]`');
  return [...list[1].matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
}

/** The committed Custom Elements Manifest of crates/lis1kit. */
export function elementsManifest() {
  return JSON.parse(readFileSync(join(root, 'crates', 'lis1kit', 'custom-elements.json'), 'utf8'));
}

/** `{ tag: calculation }` of every element that belongs to a calculation (the form elements), in the manifest's order. */
export function elementCalculations(manifest = elementsManifest()) {
  const map = {};
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (d.customElement && d['x-lis1kit-calculation']) map[d.tagName] = d['x-lis1kit-calculation'];
  }
  return map;
}
