// <lis1-rule-sets> in a real Chromium, loaded the way an employer embeds it
// (www/index.html: one module script, a strict Content-Security-Policy).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

test('the element renders the four regimes into its shadow root, in the page language', async () => {
  const page = await site.page('index.html');
  const nb = page.locator('#rules-nb');
  // CSS locators pierce open shadow roots.
  await nb.locator('li').first().waitFor();
  assert.deepEqual(await nb.locator('[part="rule-id"]').allTextContents(), ['A-1', 'A-2', 'A-3', 'A-4']);
  assert.equal(await nb.locator('h2').textContent(), 'Fraværsregler i LIS1 del 1');
  // Norwegian date style: A-1 runs 1. mars 2017 – 28. februar 2019.
  assert.equal(await nb.locator('[part="dates"]').first().textContent(), '1. mars 2017 – 28. februar 2019');
  assert.equal(await page.evaluate(() => document.querySelector('#rules-nb').shadowRoot.mode), 'open');
});

test('lang on an ancestor switches the element to English', async () => {
  const page = await site.page('index.html');
  const en = page.locator('#rules-en');
  await en.locator('li').first().waitFor();
  assert.equal(await en.locator('h2').textContent(), 'Absence rules in LIS1 (del 1)');
  assert.equal(await en.locator('[part="dates"]').nth(2).textContent(), 'from 21 June 2019');
});

test('changing the lang attribute re-renders; styles apply under the strict CSP', async () => {
  const page = await site.page('index.html');
  const nb = page.locator('#rules-nb');
  await nb.locator('li').first().waitFor();
  await page.evaluate(() => document.querySelector('#rules-nb').setAttribute('lang', 'nn'));
  assert.equal(await nb.locator('h2').textContent(), 'Fråværsreglar i LIS1 del 1');
  // The adopted stylesheet sets the rule id in bold (700): CSP did not block it.
  const weight = await nb.locator('[part="rule-id"]').first().evaluate((el) => getComputedStyle(el).fontWeight);
  assert.equal(weight, '700');
});

test('loading the elements script twice warns and does not throw', async () => {
  const page = await site.page('index.html');
  await page.locator('#rules-nb li').first().waitFor();
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  // The page's rule elements came from elements.js (the service module); defining them again from another module
  // keeps the first definition.
  const defined = await page.evaluate(async () => {
    const mod = await import('./lis1kit/full.js');
    return mod.defineElements(['lis1-rule-sets']);
  });
  assert.deepEqual(defined, []);
  assert.ok(warnings.some((w) => w.includes('<lis1-rule-sets> is already defined')), warnings.join('\n'));
});

test('no console errors and no request outside the page origin', () => {
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});
