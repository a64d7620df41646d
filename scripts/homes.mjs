#!/usr/bin/env node
// One home per calculation (issue 23 item 2): for each calculation (scripts/calculations.mjs), the shared layers'
// code files that name it — tracked .rs, .js, .mjs, .cjs and .toml files under crates/lis1kit/, crates/lis1-core/
// and scripts/ containing "<kind>", '<kind>', feature = "<kind>", lis1_<kind>::, lis1-<kind>, elements-<kind> or
// lis1kit_<kind>. Other calculation crates, fuzz targets and the site
// are not counted. `node scripts/homes.mjs` prints them; tests/node/homes.test.mjs keeps the counts from growing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calculations } from './calculations.mjs';

export { calculations };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared layers' code files that name `kind`. */
export function filesNaming(kind) {
  const files = execFileSync('git', ['ls-files', 'crates/lis1kit', 'crates/lis1-core', 'scripts'], { cwd: root, encoding: 'utf8' })
    .split('\n').filter((f) => /\.(rs|js|mjs|cjs|toml)$/.test(f));
  const q = String.fromCharCode(34);
  const needles = [`${q}${kind}${q}`, `'${kind}'`, `lis1_${kind}::`, `lis1-${kind}`, `elements-${kind}`, `lis1kit_${kind}`];
  return files.filter((f) => {
    let text;
    try { text = readFileSync(join(root, f), 'utf8'); } catch { return false; }
    return needles.some((n) => text.includes(n));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const kind of calculations()) {
    const files = filesNaming(kind);
    console.log(`${kind}: ${files.length}\n  ${files.join('\n  ')}`);
  }
}
