// Issue 16 items 1, 2, 6 and 8, in Chromium: elements free themselves when
// removed, `el.input` keeps the API's row limits, the form value follows
// edits, `<fieldset disabled>` disables the controls, and an element inside
// another component's shadow root loads. Memory is measured through CDP
// after forced garbage collection, never timed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const TAGS = ['lis1-remaining-service', 'lis1-absence-check', 'lis1-eligibility', 'lis1-cost-estimate', 'lis1-rules', 'lis1-rule-sets'];

/** A blank page of the site with every element defined (full.js). */
async function blankWithElements() {
  const page = await site.page('index.html');
  await page.evaluate(async () => {
    const { defineElements } = await import('./lis1kit/full.js');
    defineElements();
    document.body.replaceChildren();
  });
  return page;
}

test('1 000 mount/unmount cycles of each element leave DOM nodes, listeners and JS heap flat (after GC)', async () => {
  const page = await blankWithElements();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return { nodes, jsEventListeners, heap: metrics.find((m) => m.name === 'JSHeapUsedSize').value };
  };
  const cycles = (tag, n) => page.evaluate(async ({ tag, n }) => {
    for (let i = 0; i < n; i++) {
      const el = document.createElement(tag);
      document.body.append(el);
      // Drawn (a form element draws its form on connect), then removed.
      if (!el.shadowRoot?.childElementCount) throw new Error(`${tag} did not draw`);
      el.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }, { tag, n });
  for (const tag of TAGS) {
    await cycles(tag, 50); // warm-up: code, styles and caches that live as long as the page
    const start = await measure();
    await cycles(tag, 1_000);
    const end = await measure();
    // A kept element with its shadow tree is well over 100 nodes and, with its closures, about 0.6 MB
    // (the issue's measurement): 1 000 kept would add 100 000 nodes and 600 MB. Flat means within a
    // few hundred nodes and 2 MB of the start.
    assert.ok(end.nodes - start.nodes < 300, `${tag}: ${start.nodes} → ${end.nodes} DOM nodes`);
    assert.ok(end.jsEventListeners - start.jsEventListeners < 20, `${tag}: ${start.jsEventListeners} → ${end.jsEventListeners} listeners`);
    assert.ok(end.heap - start.heap < 2 * 1024 * 1024, `${tag}: JS heap ${start.heap} → ${end.heap} bytes`);
  }
  await page.close();
});

test('el.input with 20 000 periods throws Lis1Error list.too-long (limit 200) and leaves the form as it was', async () => {
  const page = await blankWithElements();
  const result = await page.evaluate(() => {
    const el = document.createElement('lis1-remaining-service');
    document.body.append(el);
    el.input = { periods: [{ part: 'hospital', start: '2027-09-01', end: '2028-08-31' }] };
    const before = JSON.stringify(el.input);
    const period = { part: 'hospital', start: '2027-09-01', end: '2027-09-30' };
    let error;
    try {
      el.input = { periods: Array.from({ length: 20_000 }, () => period) };
    } catch (e) {
      error = { name: e.name, codes: e.issues.map((i) => [i.code, i.path]), message: e.issues[0].message };
    }
    return { error, same: JSON.stringify(el.input) === before, rows: el.shadowRoot.querySelectorAll('fieldset[data-path^="/periods/"]').length };
  });
  assert.deepEqual(result.error, {
    name: 'Lis1Error',
    codes: [['list.too-long', '/periods']],
    message: '«Tjenesteperioder» har for mange rader: høyst 200.',
  });
  assert.equal(result.same, true);
  assert.equal(result.rows, 1);
  await page.close();
});

test('after an edit the form value is cleared and the result says it is out of date; the next calculation replaces it', async () => {
  const { page, el } = await site.widget('hr.html?lang=en', '#remaining');
  await page.evaluate(() => document.getElementById('remaining').setAttribute('name', 'service'));
  await el.locator('[data-path="/periods/0/part"]').selectOption('hospital');
  await el.locator('[data-path="/periods/0/start"]').fill('2027-09-01');
  await el.locator('[data-path="/periods/0/end"]').fill('2028-08-31');
  await el.locator('button[type=submit]').click();
  await el.locator('section.result > *').first().waitFor();
  assert.notEqual(await el.evaluate((e) => e.value), null);
  await el.locator('[data-path="/periods/0/end"]').fill('2028-02-29');
  assert.equal(await el.evaluate((e) => e.value), null);
  assert.equal(await el.locator('section.result p.stale').textContent(),
    'The answer below does not include your changes. Calculate again for an updated answer.');
  await el.locator('button[type=submit]').click();
  await el.locator('section.result p.stale').waitFor({ state: 'detached' });
  assert.notEqual(await el.evaluate((e) => e.value), null);
  await page.close();
});

test('inside <fieldset disabled> every control of the element is disabled, and enabled again with the fieldset', async () => {
  const page = await blankWithElements();
  const disabled = () => page.evaluate(() => [...document.querySelector('lis1-cost-estimate').shadowRoot
    .querySelectorAll('input, select, button')].map((c) => c.disabled));
  await page.evaluate(() => {
    const fieldset = document.createElement('fieldset');
    fieldset.disabled = true;
    fieldset.append(document.createElement('lis1-cost-estimate'));
    document.body.append(fieldset);
  });
  const off = await disabled();
  assert.ok(off.length > 3 && off.every(Boolean), JSON.stringify(off));
  await page.evaluate(() => { document.querySelector('fieldset').disabled = false; });
  const on = await disabled();
  assert.ok(on.length > 3 && on.every((d) => !d), JSON.stringify(on));
  await page.close();
});

test('an element inside another component\'s shadow root (rendered after it is attached) loads when it comes into view', async () => {
  const page = await site.page('stilling.html');
  await page.locator('lis1-eligibility form').first().waitFor();
  await page.evaluate(() => {
    // A component like Lit's: an open shadow root, its content rendered in a later microtask.
    customElements.define('host-card', class extends HTMLElement {
      connectedCallback() {
        const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        queueMicrotask(() => root.replaceChildren(document.createElement('lis1-cost-estimate')));
      }
    });
    document.querySelector('main').prepend(document.createElement('host-card'));
  });
  await page.locator('host-card lis1-cost-estimate form').waitFor();
  assert.equal(await page.evaluate(() => !!customElements.get('lis1-cost-estimate')), true);
  await page.close();
});
