// Walks every page of www/ in nb, nn and en: the page language is set on <html>
// (the widgets follow it), every data-t text is the one of texts.js in that
// language (and the nb fallback in the HTML agrees with it), no console
// errors, every same-origin href/src resolves with 200 and every #fragment
// has its target, no request leaves the origin, and axe finds no WCAG 2.1
// A/AA violation (widgets drawn, shadow roots included).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';
import { TEXTS } from '../../www/texts.js';

const pages = readdirSync(new URL('../../www/', import.meta.url)).filter((f) => f.endsWith('.html')).sort();

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

test('index.html links every page', async () => {
  const page = await site.page('index.html');
  const linked = await page.locator('a[href]').evaluateAll((as) => as.map((a) => new URL(a.href).pathname.slice(1)));
  assert.deepEqual(pages.filter((p) => p !== 'index.html' && !linked.includes(p)), []);
  await page.close();
});

for (const file of pages) {
  for (const lang of ['nb', 'nn', 'en']) {
    test(`${file} (${lang}): language, texts, links, no foreign request, no console error, axe`, async () => {
      const errorsBefore = site.consoleErrors.length;
      const page = await site.page(`${file}${lang === 'nb' ? '' : `?lang=${lang}`}`);
      await page.waitForLoadState('load');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      // Every widget comes into view once (they load on first visibility) and draws.
      for (const w of await page.locator('lis1-rule-sets, lis1-rules, lis1-remaining-service, lis1-absence-check, lis1-eligibility, lis1-cost-estimate').all()) {
        await w.scrollIntoViewIfNeeded();
        await page.waitForFunction((e) => e.shadowRoot?.childElementCount > 0, await w.elementHandle());
      }
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      const texts = await page.locator('[data-t]').evaluateAll((els) => els.map((e) => [e.dataset.t, e.textContent]));
      assert.ok(texts.length > 0, 'the page has texts from texts.js');
      for (const [key, text] of texts) assert.equal(text, TEXTS[key]?.[lang], `${key} in ${lang}`);
      // The nb text written in the HTML (shown without scripts) is the nb text of texts.js.
      const fallbacks = await page.evaluate(async () => {
        const html = new DOMParser().parseFromString(await (await fetch(location.pathname)).text(), 'text/html');
        return [...html.querySelectorAll('[data-t]')].map((e) => [e.dataset.t, e.textContent.replace(/\s+/g, ' ').trim()]);
      });
      for (const [key, text] of fallbacks) assert.equal(text, TEXTS[key]?.nb, `${key}: the HTML's nb text`);
      // Links and resources.
      const refs = await page.evaluate(() => [
        ...[...document.querySelectorAll('[href]')].map((e) => e.href),
        ...[...document.querySelectorAll('[src]')].map((e) => e.src),
      ]);
      const origin = new URL(site.url).origin;
      for (const ref of new Set(refs)) {
        const url = new URL(ref);
        if (url.origin !== origin) continue;
        if (url.hash && url.pathname === new URL(page.url()).pathname) {
          assert.ok(await page.evaluate((id) => !!document.getElementById(id), decodeURIComponent(url.hash.slice(1))), `${ref}: fragment target`);
        }
        const response = await page.request.get(url.href);
        assert.equal(response.status(), 200, ref);
      }
      // Every same-origin link to a page (.html or a directory) keeps the language:
      // ?lang=en / nn in English / nynorsk, no lang in nb. The switch leads to the two other languages.
      const pageLinks = (await page.locator('a[href]:not([data-lang-switch])').evaluateAll((as) => as.map((a) => a.href)))
        .map((href) => new URL(href))
        .filter((u) => u.origin === origin && (u.pathname.endsWith('.html') || u.pathname.endsWith('/')));
      assert.ok(pageLinks.length >= 1, `${file}: links to the other pages`);
      for (const u of pageLinks) assert.equal(u.searchParams.get('lang'), lang === 'nb' ? null : lang, `${file}: ${u.href} keeps ${lang}`);
      const others = { nb: ['nn', 'en'], nn: ['nb', 'en'], en: ['nb', 'nn'] }[lang];
      assert.deepEqual(await page.locator('a[data-lang-switch]').evaluateAll((as) => as.map((a) => a.hreflang)), others);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(site.consoleErrors.slice(errorsBefore), []);
      assert.deepEqual(site.foreignRequests, []);
      await page.close();
    });
  }
}
