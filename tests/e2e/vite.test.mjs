// A Vite app (tests/vite/) that imports `lis1kit` as an npm dependency
// (file:../../pkg, resolved through package.json "exports" to the browser
// entry index.js), built with `vite build` and loaded in headless Chromium
// under the strict CSP of the embedding pages (meta tag in tests/vite/index.html).
// Expected numbers: RULES.md section 6, worked example 1 (12 + 6 months).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import sirv from 'sirv';
import { launchChromium } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const app = join(root, 'tests', 'vite');
let outDir;
let server;
let context;
let origin;

before(async () => {
  // What `npm install` in the app does with a file: dependency: a link
  // node_modules/lis1kit → pkg/. Offline: nothing to fetch.
  execFileSync('npm', ['install', '--offline', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: app, stdio: 'inherit' });
  outDir = mkdtempSync(join(tmpdir(), 'lis1kit-vite-'));
  await build({ root: app, configFile: join(app, 'vite.config.mjs'), build: { outDir, emptyOutDir: true } });
  const files = sirv(outDir, { dev: true });
  server = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end('Not found'); }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  context = await launchChromium();
});

after(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('vite build took the browser entry and emitted the .wasm as an asset', () => {
  const assets = readdirSync(join(outDir, 'assets'));
  // The headless API's module only: the app imports `lis1kit`, never the elements.
  const wasm = assets.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, assets.join(', '));
  assert.match(wasm[0], /^lis1kit_bg-.*\.wasm$/, wasm[0]);
  const js = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, 'assets', f), 'utf8')).join('\n');
  // The Node entry (node.js) reads the file system; the browser entry does not.
  assert.doesNotMatch(js, /node:fs/);
});

test('the built page runs remainingService on worked example 1 and shows 12 + 6 counted months, and schema(kind)', async () => {
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('request', (req) => { if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) foreign.push(req.url()); });
  await page.goto(`${origin}/index.html`);
  await page.waitForSelector('body[data-status]');
  assert.equal(await page.locator('#error').textContent(), '');
  assert.equal(await page.getAttribute('body', 'data-status'), 'done');
  // Hospital 2022-09-01..2023-08-31: 12 whole months; municipal
  // 2023-09-01..2024-02-29: 6 whole months (S-1: 12 + 6 required).
  assert.equal(await page.locator('#hospital-counted').textContent(), '12');
  assert.equal(await page.locator('#hospital-remaining').textContent(), '0');
  assert.equal(await page.locator('#municipal-counted').textContent(), '6');
  assert.equal(await page.locator('#municipal-remaining').textContent(), '0');
  assert.equal(await page.locator('#time-complete').textContent(), 'true');
  const { version } = JSON.parse(readFileSync(join(root, 'pkg', 'package.json'), 'utf8'));
  assert.equal(await page.locator('#version').textContent(), version);
  // schema(kind) in the browser entry, under the page's strict CSP (meta tag in
  // tests/vite/index.html): the ServiceInput schema; an unknown kind is a
  // Lis1Error with the one issue kind.unknown (as in Node, tests/node/schema.test.mjs).
  assert.equal(await page.locator('#schema-title').textContent(), 'ServiceInput');
  assert.equal(await page.locator('#schema-unknown').textContent(), 'true invalid-input kind.unknown');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
});
