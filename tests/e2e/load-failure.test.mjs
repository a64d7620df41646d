// A load that fails says so (issue 24 item 4): when the elements' module or its WebAssembly cannot be fetched,
// or the fetch hangs, every waiting element replaces its fallback ("Kalkulatoren lastes …") within 10 s with a
// visible message in its language, and the cause goes to the console. Today's alternative was waiting forever.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** A page of the site with `route` refusing the requests whose URL matches `pattern`; console errors collected. */
async function pageWithout(pattern, how) {
  const page = await site.page('about:blank');
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.route(pattern, how);
  return { page, errors };
}

const shown = (page, selector) => page.locator(`${selector} > [data-lis1-load-error]`);

test('a 404 for the calculation module: the element says the calculator could not be loaded, in nb', async () => {
  const { page, errors } = await pageWithout('**/lis1kit/elements-eligibility.js', (r) => r.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(new URL('stilling.html', site.url).href);
  const message = shown(page, 'lis1-eligibility');
  await message.waitFor({ timeout: 10000 });
  assert.equal(await message.textContent(), 'Kalkulatoren kunne ikke lastes.');
  assert.equal(await message.getAttribute('role'), 'alert');
  assert.equal(await message.isVisible(), true);
  assert.ok(errors.some((e) => e.includes('lis1kit: the calculator could not be loaded.')), errors.join('\n'));
});

test('a wasm that cannot be fetched: the message in the element\'s own language (en, nn)', async () => {
  const { page, errors } = await pageWithout('**/*.wasm', (r) => r.abort('failed'));
  await page.goto(new URL('stilling.html', site.url).href);
  await page.evaluate(() => {
    for (const lang of ['en', 'nn']) {
      const el = document.createElement('lis1-cost-estimate');
      el.lang = lang;
      el.id = `cost-${lang}`;
      el.innerHTML = '<p>Kalkulatoren lastes …</p>';
      document.querySelector('main').prepend(el);
    }
  });
  await shown(page, '#cost-en').waitFor({ timeout: 10000 });
  assert.equal(await shown(page, '#cost-en').textContent(), 'The calculator could not be loaded.');
  await shown(page, '#cost-nn').waitFor({ timeout: 10000 });
  assert.equal(await shown(page, '#cost-nn').textContent(), 'Kalkulatoren kunne ikkje lastast.');
  assert.ok(errors.some((e) => e.includes('could not be loaded')), errors.join('\n'));
});

test('a module that never arrives: the message appears after the 10 s limit, not before', async () => {
  const started = Date.now();
  // The request is held, never answered (as behind a stalled proxy).
  const { page } = await pageWithout('**/lis1kit/elements-eligibility.js', () => {});
  await page.goto(new URL('stilling.html', site.url).href, { waitUntil: 'domcontentloaded' });
  await page.locator('lis1-eligibility').scrollIntoViewIfNeeded();
  const message = shown(page, 'lis1-eligibility');
  await message.waitFor({ timeout: 15000 });
  const waited = Date.now() - started;
  assert.ok(waited >= 9000, `shown after ${waited} ms: the limit is 10 s`);
  assert.equal(await message.textContent(), 'Kalkulatoren kunne ikke lastes.');
});
