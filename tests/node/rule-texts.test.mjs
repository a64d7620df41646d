// The rule table in each language (issue 24 item 9): pkg/rules-nb.js, rules-nn.js and rules-en.js, generated from
// the Rust rule table, are what <lis1-rules> and a result's rule-id titles show. Their shape is the same in every
// language, the texts are each language's own, and no wasm module carries them (issue 23 item 5: rule summaries
// load where rules are shown).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pkg = new URL('../../pkg/', import.meta.url);
const LANGS = ['nb', 'nn', 'en'];
const tables = Object.fromEntries(await Promise.all(LANGS.map(async (lang) => [lang, (await import(new URL(`rules-${lang}.js`, pkg))).RULES])));
const byId = (lang, id) => tables[lang].find((r) => r.id === id);

// CI runs with shared/ beside the clone (../shared from the repository).
const rulesMd = new URL('../../../shared/domain/RULES.md', import.meta.url);

test('each language lists the same rules in the same order: id, section, status and source', () => {
  for (const lang of LANGS) {
    for (const row of tables[lang]) {
      assert.deepEqual(Object.keys(row), ['id', 'section', 'status', 'summary', 'source'], `${lang} ${row.id}`);
      assert.match(row.id, /^[SPATBC]-O?\d+$/, lang);
      assert.ok([1, 2, 3, 4, 5].includes(row.section), `${lang} ${row.id}`);
      assert.ok(['law', 'practice', 'proposal', 'open', 'rejected', 'model', 'planning', 'parameter'].includes(row.status), `${lang} ${row.id}`);
      assert.equal(typeof row.summary, 'string');
      assert.ok(row.summary.trim().length > 10, `${lang} ${row.id}`);
    }
    const strip = ({ summary, ...rest }) => rest;
    assert.deepEqual(tables[lang].map(strip), tables.nb.map(strip), lang);
  }
  // Statuses and sections as RULES.md gives them.
  assert.equal(byId('nb', 'S-5').status, 'open');
  assert.equal(byId('nb', 'P-2').status, 'rejected');
  assert.equal(byId('nb', 'C-1').status, 'parameter');
  assert.equal(byId('nb', 'A-O6').section, 2);
  assert.equal(byId('nb', 'B-40').section, 4);
  assert.equal(byId('en', 'S-2').source, 'R-2021 l. 2620–2624, 3255–3258 (fn 58), 3420–3422');
});

test('the ids are those of RULES.md', { skip: !existsSync(rulesMd) && 'shared/domain/RULES.md is not beside this clone' }, () => {
  const documented = [...readFileSync(rulesMd, 'utf8').matchAll(/^(?:\| |- )([A-Z]-O?\d+)\b/gm)].map((m) => m[1]);
  assert.deepEqual(tables.nb.map((r) => r.id).sort(), [...new Set(documented)].sort());
});

test('every summary is written in its language, none a copy of another', () => {
  for (const row of tables.nb) {
    const [nb, nn, en] = LANGS.map((lang) => byId(lang, row.id).summary);
    assert.notEqual(nb, en, row.id);
    assert.notEqual(nn, en, row.id);
    assert.notEqual(nb, nn, row.id);
  }
  // A-3 (RULES.md): ferie is not deducted; other absence up to 12 days in the hospital part and 6 in the
  // municipal part is not deducted; the excess is made up.
  assert.match(byId('nb', 'A-3').summary, /^Fra 21\. juni 2019: ferie trekkes ikke fra; annet fravær inntil 12 dager \(sykehusdelen\) og 6 dager \(kommunedelen\)/);
  assert.match(byId('nn', 'A-3').summary, /^Frå 21\. juni 2019: ferie blir ikkje trekt frå; anna fråvær inntil 12 dagar \(sjukehusdelen\) og 6 dagar \(kommunedelen\)/);
  assert.match(byId('en', 'A-3').summary, /^From 2019-06-21: ferie is not deducted; other absence up to 12 days \(hospital\) and 6 days \(municipal\)/);
  // S-2: the kommune cannot claim trygderefusjon before the hospital læringsmål are approved.
  assert.match(byId('nb', 'S-2').summary, /kan kommunen ikke kreve trygderefusjon/);
  assert.match(byId('nn', 'S-2').summary, /kan ikkje kommunen krevje trygderefusjon/);
  assert.match(byId('en', 'S-2').summary, /cannot claim trygderefusjon/);
});

test('no wasm module of the package carries a rule summary: they load only where rules are shown', async () => {
  const { messages } = await import(new URL('node.js', pkg));
  // A summary with the same words as a message (B-23's English and the employer checklist's) is that message's.
  const messageTexts = new Set(messages().flatMap((m) => [m.nb, m.nn, m.en]));
  const summaries = LANGS.flatMap((lang) => tables[lang].map((r) => r.summary)).filter((s) => s.length >= 30 && !messageTexts.has(s));
  assert.ok(summaries.length > 150, `only ${summaries.length} summaries to look for`);
  const wasms = readdirSync(pkg).filter((f) => f.endsWith('.wasm'));
  assert.ok(wasms.length >= 5, wasms.join(', '));
  for (const file of wasms) {
    const wasm = readFileSync(new URL(file, pkg));
    const found = summaries.filter((s) => wasm.includes(Buffer.from(s)));
    assert.deepEqual(found.map((s) => `${s.slice(0, 50)}…`), [], file);
  }
});

test('the package ships the three rule modules, imported by a literal import() where rules are shown', () => {
  const manifest = JSON.parse(readFileSync(new URL('package.json', pkg), 'utf8'));
  const defineElement = readFileSync(new URL('define-element.js', pkg), 'utf8');
  for (const lang of LANGS) {
    assert.ok(manifest.files.includes(`rules-${lang}.js`), lang);
    // A literal specifier, so that bundlers see and emit the module (a computed one is invisible to them).
    assert.ok(defineElement.includes(`import('./rules-${lang}.js')`), lang);
  }
  // The API's entries never load them.
  for (const entry of ['index.js', 'node.js', 'lis1kit.js']) {
    assert.ok(!readFileSync(new URL(entry, pkg), 'utf8').includes('rules-'), entry);
  }
});
