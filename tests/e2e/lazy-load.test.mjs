// The WebAssembly module loads on first visibility of a <lis1-…> element
// (issue 7): a page whose elements start below the fold fetches no .wasm
// until one is scrolled into view, and shows the fallback content meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

test('no .wasm request until an element is visible; then it renders', async () => {
  const wasm = [];
  const page = await site.page('about:blank');
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  // A short window: the rules table on regler.html starts below the page's header.
  await page.setViewportSize({ width: 800, height: 120 });
  await page.goto(new URL('regler.html', site.url).href);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(wasm, []);
  assert.equal(await page.evaluate(() => customElements.get('lis1-rules')), undefined);
  assert.equal(await page.locator('#rules > p').textContent(), 'Laster reglene …');
  await page.locator('#rules').scrollIntoViewIfNeeded();
  await page.locator('#rules tbody tr').first().waitFor();
  assert.equal(wasm.length, 1);
  // The elements' module, not the headless API's.
  assert.match(wasm[0], /\/lis1kit_elements_bg\.wasm$/, wasm[0]);
});
