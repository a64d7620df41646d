// Issue 24 item 7, first half: switching the site's language keeps every form's input and answers. On a page with
// forms (<body data-lang-in-place>: hr, budsjett, stilling, selvsjekk) the switch changes the language in place —
// the page is not reloaded, the address says the new language, the page's texts and the elements change, and what
// was typed and answered stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fillPeriod, openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

test('hr.html: typed periods and the answer survive a switch to English and on to nynorsk', async () => {
  const { page, el } = await site.widget('hr.html', '#remaining');
  await page.evaluate(() => { window.sameDocument = true; });
  await fillPeriod(el, 0, 'hospital', '2023-03-01', '2024-02-29');
  await el.locator('button[type=submit]').click();
  // 2023-03-01..2024-02-29 is 12 whole months (S-4): the hospital part is done, the kommune's 6 months remain (S-1).
  await el.locator('p.answer').waitFor();
  assert.match(await el.locator('p.answer').textContent(), /6 måneder i kommunen/);

  await page.locator('a[data-lang-switch][hreflang=en]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'not reloaded');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
  // The same period, now labelled in English, and the same answer in English.
  assert.equal(await el.locator('[data-path="/periods/0/start"]').inputValue(), '2023-03-01');
  assert.equal(await el.locator('[data-path="/periods/0/end"]').inputValue(), '2024-02-29');
  await page.waitForFunction(() => /6 months/.test(document.getElementById('remaining').shadowRoot.querySelector('p.answer')?.textContent ?? ''));
  // The switch now offers the two other languages, each named in itself.
  const offered = await page.locator('a[data-lang-switch]').evaluateAll((links) => links.map((a) => a.hreflang).sort());
  assert.deepEqual(offered, ['nb', 'nn']);

  await page.locator('a[data-lang-switch][hreflang=nn]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.equal(await el.locator('[data-path="/periods/0/start"]').inputValue(), '2023-03-01');
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'not reloaded');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'nn');
  await page.close();
});

test('a page without forms (the reference) still switches by loading the page in the other language', async () => {
  const page = await site.page('referanse.html');
  await page.evaluate(() => { window.sameDocument = true; });
  await Promise.all([page.waitForURL(/lang=en/), page.locator('a[data-lang-switch][hreflang=en]').click()]);
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'reloaded');
  await page.close();
});
