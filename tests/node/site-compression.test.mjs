// The site's server sends the package precompressed (issue 24 item 6), and the site's own pages, scripts, texts and
// styles compressed too: brotli to a browser that accepts it, gzip to one that accepts only gzip, the file as is
// otherwise; always with the file's own Content-Type, `Vary: Accept-Encoding` and a cache header. The bytes a
// browser decodes are the file's bytes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '../../scripts/serve.mjs';

const www = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'www');
let server;
before(async () => { server = await serve({ port: 0 }); });
after(async () => { await server?.close(); });

function get(path, encoding) {
  return new Promise((resolve, reject) => {
    const headers = encoding === undefined ? {} : { 'Accept-Encoding': encoding };
    request(new URL(path, server.url), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

const FILES = [
  ['lis1kit/lis1kit_service_bg.wasm', 'application/wasm'], ['lis1kit/elements.js', 'text/javascript'],
  // The site's own files (texts.js is the largest: every page text in three languages).
  ['texts.js', 'text/javascript'], ['site.css', 'text/css'], ['selvsjekk.html', 'text/html;charset=utf-8'],
];
for (const [file, type] of FILES) {
  test(`${file}: brotli, gzip or identity by Accept-Encoding, the same bytes decoded`, async () => {
    const original = readFileSync(join(www, file));
    const br = await get(`/${file}`, 'gzip, deflate, br');
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-type'], type);
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.equal(br.headers['cache-control'], 'no-cache');
    assert.ok(brotliDecompressSync(br.body).equals(original));
    if (/\.(wasm|js)$/.test(file)) assert.ok(br.body.length < original.length / 2, `${br.body.length} of ${original.length}`);

    const gz = await get(`/${file}`, 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gz.headers['content-type'], type);
    assert.ok(gunzipSync(gz.body).equals(original));

    const plain = await get(`/${file}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(original));
  });
}

test('a page of the site is still served as HTML, and asked again unchanged it is not sent again', async () => {
  const page = await get('/selvsjekk.html', 'br');
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type'], /^text\/html/);
  assert.ok(brotliDecompressSync(page.body).toString('utf8').includes('<lis1-remaining-service'));
  const again = await new Promise((resolve, reject) => {
    request(new URL('/selvsjekk.html', server.url), { headers: { 'Accept-Encoding': 'br', 'If-None-Match': page.headers.etag } },
      (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); }).on('error', reject).end();
  });
  assert.equal(again, 304);
});

test('only files of the site are read: a path out of www/ is not found', async () => {
  for (const path of ['/..%2fpackage.json', '/%2e%2e/package.json', '/lis1kit/..%2f..%2fpackage.json']) {
    const res = await get(path, 'br');
    assert.equal(res.status, 404, path);
  }
});
