// Issue 24 item 10: the sample job posting (www/stilling.html) follows today's date. Its round is the next round
// after today, from the package's nextRounds (B-2 / S-10: rounds start 1 March and 1 September), set on the
// element and said in the posting's text; the page loads no second WebAssembly module for it. The pages' clock is
// fixed per case (Playwright's clock), and each expected round is derived by hand from B-2.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser.mjs';

const sites = [];
after(async () => { for (const site of sites) await site.close(); });

/** stilling.html on `now`: the round the element holds, the posting's text, the wasm files fetched. */
async function posting(now, path = 'stilling.html') {
  const site = await openSite({ now });
  sites.push(site);
  const wasm = [];
  const page = await site.page('about:blank');
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto(new URL(path, site.url).href);
  const el = page.locator('#eligibility');
  await el.locator('form').waitFor();
  return { page, el, wasm, site };
}

test('the posting\'s round moves with the clock: 1 June 2026 → 1 September 2026, 6 December 2026 → 1 March 2027', async () => {
  // B-2: after 1 June 2026 the next start is 1 September 2026; after 6 December 2026 it is 1 March 2027.
  for (const [now, round, words] of [
    ['2026-06-01T10:00:00', '2026-09-01', '1. september 2026'],
    ['2026-12-06T10:00:00', '2027-03-01', '1. mars 2027'],
  ]) {
    const { page, el, wasm, site } = await posting(new Date(now));
    assert.equal(await el.getAttribute('round'), round, now);
    // The form shows it as the round from the first draw (the attribute was set before the element was defined).
    assert.equal(await el.locator('[data-path="/round"]').inputValue(), round, now);
    assert.match(await page.locator('#job-text').textContent(), new RegExp(`med oppstart ${words}: 12 måneder i sykehus`), now);
    // Only the element's own module: the round came from the module the element loads.
    assert.deepEqual(wasm, ['/lis1kit/lis1kit_eligibility_bg.wasm'], now);
    assert.deepEqual(site.consoleErrors, [], now);
    await page.close();
  }
});

test('on a round\'s own start day the posting offers the next one (1 March 2027 → 1 September 2027)', async () => {
  // B-2, strictly after: the round starting today has begun; the posting advertises the next.
  const { el } = await posting(new Date('2027-03-01T08:00:00'));
  assert.equal(await el.getAttribute('round'), '2027-09-01');
});

test('the posting\'s start date follows the language switch (nn, en), the round unchanged', async () => {
  const { page, el } = await posting(new Date('2026-12-06T10:00:00'));
  await page.locator('a[data-lang-switch][data-to="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.locator('#job-text').textContent(), /position starting 1 March 2027: 12 months/);
  await page.locator('a[data-lang-switch][data-to="nn"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.match(await page.locator('#job-text').textContent(), /med oppstart 1\. mars 2027: 12 månader/);
  assert.equal(await el.locator('[data-path="/round"]').inputValue(), '2027-03-01');
});
