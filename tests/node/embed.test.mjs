// Issue 24 item 11: the package's page for an iframe (embed.html). Its table of elements (embed-table.js, generated
// by scripts/build.mjs) says what custom-elements.json says; the theme-value rule it shares with the configurator
// lets through colours, lengths and font names only; the page itself is static HTML under a CSP that admits only its
// own folder, and it is published.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkgDir = new URL('../../pkg/', import.meta.url);
// Not package entries: embed.html loads them by their paths.
const { ELEMENTS } = await import(new URL('embed-table.js', pkgDir));
const { themeValue } = await import(new URL('theme-value.js', pkgDir));
const packageJson = JSON.parse(readFileSync(new URL('package.json', pkgDir), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', pkgDir), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.customElement);

test('embed-table.js lists every element of custom-elements.json, with its attributes and custom properties', () => {
  assert.deepEqual(Object.keys(ELEMENTS), declarations.map((d) => d.tagName));
  for (const d of declarations) {
    assert.deepEqual(ELEMENTS[d.tagName].attributes.map(([name]) => name), (d.attributes ?? []).map((a) => a.name), d.tagName);
    assert.deepEqual(ELEMENTS[d.tagName].cssProperties, (d.cssProperties ?? []).map((p) => p.name), d.tagName);
  }
});

test('embed-table.js: an attribute\'s type is its list of names, boolean or string', () => {
  const eligibility = new Map(ELEMENTS['lis1-eligibility'].attributes);
  // The bound specialties (RULES.md B-1: allmennmedisin, psykiatri, barne- og ungdomspsykiatri).
  assert.deepEqual(eligibility.get('specialty'), ['allmennmedisin', 'psykiatri', 'bup']);
  assert.deepEqual(eligibility.get('lang'), ['nb', 'nn', 'en']);
  assert.deepEqual(eligibility.get('view'), ['employer', 'applicant']);
  assert.deepEqual(eligibility.get('employer'), ['helseforetak', 'kommune']);
  // An employer's yes/no fact: the element reads it (ja/nei, true/false, …).
  assert.equal(eligibility.get('registered'), 'boolean');
  // A date and a kommune: the element checks them.
  assert.equal(eligibility.get('round'), 'string');
  assert.equal(eligibility.get('kommune'), 'string');
  assert.deepEqual(new Map(ELEMENTS['lis1-rules'].attributes).get('section'), ['1', '2', '3', '4', '5']);
});

test('themeValue lets through colours, lengths, font names and var() — each as given, trimmed', () => {
  for (const value of ['#8a1538', '#fff', 'transparent', 'rgb(138, 21, 56)', 'rgb(0 0 0 / 50%)', 'hsl(200deg 50% 40%)',
    'hsla(200, 50%, 40%, 0.5)', '6px', '1rem', '0', '-0.5em', 'system-ui, sans-serif', '"Source Sans Pro", Arial, sans-serif',
    "'Open Sans'", 'var(--brand-colour)']) {
    assert.equal(themeValue(value), value, value);
  }
  assert.equal(themeValue('  #8a1538 '), '#8a1538');
});

test('themeValue refuses what could leave the declaration, fetch a file, or is no value', () => {
  for (const value of [
    '4px;} body{display:none', 'red;', 'red}', '{', '<style>', 'a\\62 c', 'red\nblue', 'red /* x */', 'red/*',
    'url(https://tracker.invalid/x.png)', 'URL(x)', 'image-set("x.png" 1x)', 'expression(alert(1))', 'calc(1px + 2px)',
    'env(safe-area-inset-top)', '"unclosed', "'Open Sans", 'rgb(1, 2, 3', 'rgb(1, 2, (3))', '@import "x"', 'red !important',
    '', '   ', 'x'.repeat(201), undefined, null, 42,
  ]) {
    assert.equal(themeValue(value), null, String(value));
  }
});

test('themeValue takes linear time on a long value that fails at its end', () => {
  const started = performance.now();
  assert.equal(themeValue(`${'a '.repeat(99)}!`), null);
  assert.equal(themeValue(`${'a'.repeat(199)}!`), null);
  assert.ok(performance.now() - started < 50);
});

test('embed.html: static, its CSP admits only its own folder, and it is published', () => {
  const html = readFileSync(new URL('embed.html', pkgDir), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  assert.equal(csp, "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'");
  // One script, embed.js, and no inline script or style.
  assert.deepEqual([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script type="module" src="./embed.js">']);
  assert.doesNotMatch(html, /<style|style="|\son[a-z]+=/i);
  for (const file of ['embed.html', 'embed.js', 'embed-table.js', 'theme-value.js']) {
    assert.ok(packageJson.files.includes(file), `${file} is published`);
  }
  assert.equal(packageJson.exports['./embed.html'], './embed.html');
});
