// The project explains its own rules (issue 15 item 13): the READMEs, the
// changelog, docs/, the crates' sources and data notes, the package's JS and
// typings, the shipped JSON (schemas, custom-elements.json) and the site's
// files never send a reader to a file outside the repository (the domain
// reference RULES.md / API.md or a ../shared folder). They point to
// docs/rules.md (generated from the rule catalogue by
// crates/lis1-core/tests/rules_page.rs) and to the README's API section.
// Needs no build: it reads the source tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUTSIDE = /RULES\.md|API\.md|\.\.\/shared|shared\/domain/;

// Build output and dependencies are not sources (www/lis1kit is a copy of pkg/).
const SKIP_DIRS = new Set(['target', 'node_modules']);
const SKIP_PATHS = new Set(['www/lis1kit']);
const TEXT = /\.(rs|md|js|mjs|ts|html|css|json|toml|csv)$/;

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !SKIP_PATHS.has(path)) out.push(...filesUnder(path));
    } else if (TEXT.test(entry.name)) out.push(path);
  }
  return out;
}

const FILES = [
  'README.md', 'CONTRIBUTING.md', 'CHANGELOG.md',
  ...filesUnder('docs'), ...filesUnder('crates'), ...filesUnder('www'),
].filter((f) => !f.endsWith('.csv'));

// Files allowed to name an outside path, each with why.
const ALLOWED = {
  // A code path, not documentation: compares data/*.csv byte for byte with the
  // upstream copies when a ../shared/data folder is beside the clone (skipped otherwise).
  'crates/lis1-kommuner/tests/upstream.rs': 'checks the data copies against their upstream',
};
const offending = (file) => readFileSync(join(root, file), 'utf8').split('\n')
  .map((line, i) => [i + 1, line]).filter(([, line]) => OUTSIDE.test(line));

test('the scan covers the documentation, the crates, the package JS and the site', () => {
  for (const file of ['README.md', 'CONTRIBUTING.md', 'docs/rules.md', 'crates/lis1-core/src/rules.rs',
    'crates/lis1kit/js/elements.d.ts', 'crates/lis1kit/js/define-element.js', 'crates/lis1kit/README.md',
    'crates/lis1kit/schemas/types.schema.json', 'www/regler.html', 'www/examples.js']) {
    assert.ok(FILES.includes(file), file);
  }
  assert.ok(!FILES.some((f) => f.startsWith('www/lis1kit/') || f.includes('/target/')), 'no build output');
});

test('no documentation points to RULES.md, API.md or ../shared outside the repository', () => {
  const found = [];
  for (const file of FILES) {
    if (file in ALLOWED) continue;
    for (const [line, text] of offending(file)) found.push(`${file}:${line}: ${text.trim().slice(0, 120)}`);
  }
  assert.deepEqual(found, []);
});

test('every link to docs/rules.md#… names an anchor the generated page has', () => {
  const rules = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
  const anchors = new Set([...rules.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
  // Independent of the generator: ids written by hand from the catalogue's sections.
  for (const id of ['S-1', 'S-12', 'P-2', 'A-O6', 'T-5', 'B-40', 'C-22', 'section-5', 'date-conventions', 'example-4']) {
    assert.ok(anchors.has(id), id);
  }
  const broken = [];
  for (const file of FILES) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/\brules\.md#([A-Za-z0-9-]+)/g)) {
      if (!anchors.has(m[1])) broken.push(`${file}: #${m[1]}`);
    }
  }
  assert.deepEqual(broken, []);
});
