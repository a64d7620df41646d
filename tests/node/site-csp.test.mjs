// Review finding 13: the CSP <meta> is written into each www/*.html page by
// hand. Every page must carry exactly one, and it must be the one policy the
// README documents (defined once here), so no page can drift to a weaker one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const www = new URL('../../www/', import.meta.url);
const pages = readdirSync(www).filter((f) => f.endsWith('.html')).sort();

test('the README documents this CSP', () => {
  assert.ok(readFileSync(new URL('../../README.md', import.meta.url), 'utf8').includes(`\`${CSP}\``));
});

test('www/ has pages', () => {
  // index, the four example/check pages, configurator, reference, rules.
  assert.ok(pages.length >= 8, pages.join(', '));
});

for (const page of pages) {
  test(`${page}: exactly one CSP <meta>, in <head>, the documented policy`, () => {
    const html = readFileSync(new URL(page, www), 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
    assert.equal(metas.length, 1);
    // Any other spelling (a second policy the regex above would miss) counts too.
    assert.equal(html.match(/Content-Security-Policy"/gi)?.length ?? 0, 1);
    assert.equal(metas[0][1], CSP);
    assert.ok(metas[0].index < html.indexOf('</head>'), 'in <head>');
    assert.ok(metas[0].index < html.indexOf('<script'), 'before any script');
  });
}
