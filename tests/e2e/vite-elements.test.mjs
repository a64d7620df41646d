// Bundlers work with the elements (issue 24 item 5): a Vite app (tests/vite-elements/) that installs lis1kit from
// the packed tarball (`npm pack`, what a registry would serve) and uses `import 'lis1kit/elements'` (index.html) and
// `import { defineElements } from 'lis1kit/full'` (full.html). Both pages draw their element's form in Chromium from
// a production build and from Vite's dev server. The production build once lacked elements-eligibility.js (a
// computed import() specifier) and the element stayed blank.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer } from 'vite';
import sirv from 'sirv';
import { launchChromium } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const app = join(root, 'tests', 'vite-elements');
const temp = mkdtempSync(join(tmpdir(), 'lis1kit-vite-elements-'));
const outDir = join(temp, 'dist');
const config = {
  root: app,
  configFile: false,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, rollupOptions: { input: { index: join(app, 'index.html'), full: join(app, 'full.html') } } },
};
let built;
let dev;
let context;

before(async () => {
  // The tarball npm would publish, installed as a consumer installs it (offline: it has no dependencies).
  const packed = execFileSync('npm', ['pack', join(root, 'pkg'), '--pack-destination', temp, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('npm', ['install', '--offline', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', join(temp, packed)],
    { cwd: app, stdio: 'inherit' });
  await build(config);
  const files = sirv(outDir, { dev: true });
  const server = createHttpServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end('Not found'); }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  built = { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
  const vite = await createServer({ ...config, server: { port: 0, host: '127.0.0.1', strictPort: false } });
  await vite.listen();
  dev = { url: vite.resolvedUrls.local[0], close: () => vite.close() };
  context = await launchChromium();
});

after(async () => {
  await context?.close();
  await built?.close();
  await dev?.close();
  rmSync(temp, { recursive: true, force: true });
});

/** Opens `path` of `site` and waits for `tag`'s form; returns the page's errors and failed requests. */
async function drawn(site, path, tag) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(new URL(path, site.url).href);
  await page.locator(`${tag} form button[type=submit]`).waitFor({ timeout: 20000 });
  const label = await page.locator(`${tag} form button[type=submit]`).textContent();
  await page.close();
  return { errors, label };
}

test('the production build emits a chunk per calculation module and a .wasm per module used', () => {
  const assets = readdirSync(join(outDir, 'assets'));
  // elements.js's literal import()s: the eligibility page's module and the others, each a chunk of its own.
  for (const name of ['elements-eligibility', 'elements-service', 'elements-cost']) {
    assert.ok(assets.some((f) => f.startsWith(name) && f.endsWith('.js')), `${name}: ${assets.join(', ')}`);
  }
  assert.ok(assets.some((f) => /^lis1kit_eligibility_bg-.*\.wasm$/.test(f)), assets.join(', '));
  assert.ok(assets.some((f) => /^lis1kit_elements_bg-.*\.wasm$/.test(f)), assets.join(', '));
});

for (const [name, site] of [['production build', () => built], ['dev server', () => dev]]) {
  test(`${name}: 'lis1kit/elements' draws <lis1-eligibility> in nb`, async () => {
    const { errors, label } = await drawn(site(), 'index.html', 'lis1-eligibility');
    assert.equal(label.trim(), 'Vurder'); // the eligibility form's button in nb
    assert.deepEqual(errors, []);
  });

  test(`${name}: defineElements() from 'lis1kit/full' draws <lis1-cost-estimate> in en`, async () => {
    const { errors, label } = await drawn(site(), 'full.html', 'lis1-cost-estimate');
    assert.equal(label.trim(), 'Estimate cost'); // the cost form's button in en
    assert.deepEqual(errors, []);
  });
}
