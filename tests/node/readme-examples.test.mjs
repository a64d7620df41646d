// Every ```js block of README.md and of the npm README (crates/lis1kit/README.md)
// runs against the built package, and prints exactly what its `// →` comments
// say: each `console.log(…); // → text` line is one expected output line, in
// order (a text ending in `…` is a prefix). The expected texts are the worked
// examples and hand calculations written next to them in the READMEs.
//
// Each block is written to a temporary file under tests/node/, so `lis1kit`
// (and `lis1kit/…`) resolve through node_modules/lis1kit → pkg/ and its
// package.json "exports", as for a consumer; a block that uses `require(` and
// no `import` runs as CommonJS.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import './helpers.mjs'; // creates the node_modules/lis1kit link

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const work = mkdtempSync(join(here, '.readme-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The ```js blocks of a Markdown file, with their first line number. */
function jsBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```js') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end].trim() !== '```') end++;
    blocks.push({ line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** The `// →` texts of a block, in order. */
function expectations(code) {
  return code.split('\n')
    .filter((l) => l.includes('console.log('))
    .map((l) => l.match(/\/\/ → (.*)$/))
    .map((m, i) => {
      assert.ok(m, `console.log line ${i + 1} has no "// →" comment`);
      return m[1].trimEnd();
    });
}

const readmes = ['README.md', join('crates', 'lis1kit', 'README.md')];

test('the READMEs have runnable js examples (the main README has one per topic)', () => {
  const main = jsBlocks(readFileSync(join(root, 'README.md'), 'utf8'));
  assert.ok(main.length >= 8, `${main.length} blocks`);
  const all = main.map((b) => b.code).join('\n');
  for (const name of ['remainingService', 'validate', 'Lis1Error', 'checkEligibility', 'estimateCost', 'compareCost',
    'schema', 'formSpec', 'messages', 'require(']) {
    assert.ok(all.includes(name), name);
  }
  assert.ok(jsBlocks(readFileSync(join(root, readmes[1]), 'utf8')).length >= 1);
});

for (const readme of readmes) {
  const blocks = jsBlocks(readFileSync(join(root, readme), 'utf8'));
  blocks.forEach(({ line, code }, n) => {
    test(`${readme} example at line ${line} prints what its // → comments say`, () => {
      const expected = expectations(code);
      assert.ok(expected.length > 0, 'an example without a checked output');
      const commonjs = /\brequire\(/.test(code) && !/^import /m.test(code);
      const file = join(work, `example-${readme.replace(/\W/g, '_')}-${n}.${commonjs ? 'cjs' : 'mjs'}`);
      writeFileSync(file, code + '\n');
      const printed = execFileSync(process.execPath, [file], { cwd: work, encoding: 'utf8' }).trimEnd().split('\n');
      assert.equal(printed.length, expected.length, `printed:\n${printed.join('\n')}`);
      expected.forEach((want, i) => {
        if (want.endsWith('…')) assert.ok(printed[i].startsWith(want.slice(0, -1).trimEnd()), `${printed[i]} | ${want}`);
        else assert.equal(printed[i], want);
      });
    });
  });
}
