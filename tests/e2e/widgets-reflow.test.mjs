// Reflow (WCAG 1.4.10, issue 7): at 320 CSS px and at 200 % zoom (a 1280 px
// window at 200 % = 640 CSS px, emulated with deviceScaleFactor 2) neither the
// page nor anything in the elements scrolls sideways, and every control lies
// inside the viewport. Screenshots of each element with a result at 360 px
// and 1280 px are saved under tests/e2e/artifacts/ (gitignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addAbsenceForm, openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
let site;
before(async () => { site = await openSite(); mkdirSync(artifacts, { recursive: true }); });
after(async () => { await site?.close(); });

const ELEMENTS = [
  { tag: 'lis1-remaining-service', page: 'hr.html', sel: '#remaining', preset: 'example-1' },
  { tag: 'lis1-absence-check', page: 'hr.html', sel: '#absence-form', add: addAbsenceForm, preset: 'example-2' },
  { tag: 'lis1-eligibility', page: 'stilling.html', sel: '#eligibility', preset: 'allmennmedisin-bodo', byAttribute: true },
  { tag: 'lis1-cost-estimate', page: 'budsjett.html', sel: '#cost', preset: 'bound-2022' },
];

/** A 1280 × 800 window at 200 % zoom: 640 × 400 CSS px at 2 device pixels per CSS px. */
async function zoom200(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 400, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => innerWidth === 640 && devicePixelRatio === 2);
  return cdp;
}

/** The element drawn: it loads when it first comes into view, so scroll to it first. */
async function ready(page, sel) {
  const el = page.locator(sel);
  await el.scrollIntoViewIfNeeded();
  await el.locator('form').waitFor();
  return el;
}

async function withResult(page, spec) {
  const el = await ready(page, spec.sel);
  // A job posting shows no preset buttons (issue 24 item 10): its preset is set as the attribute.
    if (spec.byAttribute) await el.evaluate((host, id) => host.setAttribute('preset', id), spec.preset);
    else await el.locator(`button[data-preset="${spec.preset}"]`).click();
  await el.locator('button[type=submit]').click();
  await el.locator('[part="result-panel"] table').first().waitFor();
  return el;
}

/** What would make the reader scroll sideways, and controls outside the viewport. */
function overflow(page, sel) {
  return page.evaluate((s) => {
    const host = document.querySelector(s);
    const all = [host, ...host.shadowRoot.querySelectorAll('*')];
    const name = (e) => `${e.tagName.toLowerCase()}${e.dataset?.path ? `[${e.dataset.path}]` : ''}${e.getAttribute('part') ? `::part(${e.getAttribute('part')})` : ''}`;
    return {
      viewport: innerWidth,
      pageScrolls: document.documentElement.scrollWidth > innerWidth,
      // Boxes that scroll sideways (a hidden overflow, e.g. a visually hidden header row, does not scroll).
      scrollers: all.filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1).map(name),
      // Controls not fully inside the viewport horizontally.
      // Controls not rendered (folded away in a closed <details>, "Avanserte valg", or in a section the
      // element hides, as view="applicant" does) have no box.
      controlsOutside: [...host.shadowRoot.querySelectorAll('input, select, button')]
        .filter((c) => c.checkVisibility())
        .filter((c) => { const b = c.getBoundingClientRect(); return b.left < 0 || b.right > innerWidth + 0.5 || b.width === 0; })
        .map(name),
      // Anything drawn past the right edge (clipped, visually hidden content excluded).
      drawnOutside: all.filter((e) => { const b = e.getBoundingClientRect(); return b.width > 1 && b.right > innerWidth + 0.5; }).map(name),
      controls: host.shadowRoot.querySelectorAll('input, select, button').length,
    };
  }, sel);
}

function assertReflows(o, label) {
  assert.ok(o.controls > 5, `${label}: the form is drawn`);
  assert.deepEqual(
    { pageScrolls: o.pageScrolls, scrollers: o.scrollers, controlsOutside: o.controlsOutside, drawnOutside: o.drawnOutside },
    { pageScrolls: false, scrollers: [], controlsOutside: [], drawnOutside: [] },
    label,
  );
}

for (const spec of ELEMENTS) {
  test(`<${spec.tag}> at 320 CSS px: nothing scrolls sideways, every control inside the viewport, no axe violations`, async () => {
    const page = await site.page(spec.page);
    await spec.add?.(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await ready(page, spec.sel);
    assertReflows(await overflow(page, spec.sel), 'form');
    await withResult(page, spec);
    const o = await overflow(page, spec.sel);
    assert.equal(o.viewport, 320);
    assertReflows(o, 'with result');
    // The stacked tables of a narrow element keep their semantics (explicit roles).
    assert.deepEqual(await axeViolations(page, spec.sel), []);
    await page.close();
  });

  test(`<${spec.tag}> at 320 CSS px: Tab reaches every control, each shown inside the viewport when focused`, async () => {
    const page = await site.page(spec.page);
    await spec.add?.(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await ready(page, spec.sel);
    // Every rendered control, the <summary> of the folded options included (its controls are reached by opening it).
    const CONTROLS = ':is(input, select, button):not(:disabled), summary';
    const total = await page.evaluate(([s, q]) => [...document.querySelector(s).shadowRoot.querySelectorAll(q)].filter((c) => c.checkVisibility()).length, [spec.sel, CONTROLS]);
    const reached = new Set();
    const outside = [];
    let entered = false;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(([s, q]) => {
        const host = document.querySelector(s);
        if (document.activeElement !== host) return null;
        const c = host.shadowRoot.activeElement;
        const all = [...host.shadowRoot.querySelectorAll(q)].filter((e) => e.checkVisibility());
        const b = c.getBoundingClientRect();
        return { index: all.indexOf(c), inside: b.left >= 0 && b.right <= innerWidth + 0.5 };
      }, [spec.sel, CONTROLS]);
      if (at === null && entered) break; // focus has left the element
      if (at === null) continue;
      entered = true;
      reached.add(at.index);
      if (!at.inside) outside.push(at.index);
    }
    assert.equal(reached.size, total, `${reached.size} of ${total} controls reached by Tab`);
    assert.deepEqual(outside, []);
    await page.close();
  });

  test(`<${spec.tag}> at 200 % zoom (640 CSS px, deviceScaleFactor 2): nothing scrolls sideways`, async () => {
    const page = await site.page(spec.page);
    await spec.add?.(page);
    await zoom200(page);
    await withResult(page, spec);
    const o = await overflow(page, spec.sel);
    assert.equal(o.viewport, 640);
    assert.equal(await page.evaluate(() => devicePixelRatio), 2);
    assertReflows(o, 'with result');
    await page.close();
  });

  test(`<${spec.tag}> screenshots with a result at 360 px and 1280 px (tests/e2e/artifacts/)`, async () => {
    const page = await site.page(spec.page);
    await spec.add?.(page);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const el = await withResult(page, spec);
      const path = join(artifacts, `${spec.tag}-${width}.png`);
      const png = await el.screenshot({ path });
      // A PNG as wide as the element is at that viewport (IHDR width, big-endian at byte 16).
      const box = await el.boundingBox();
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      assert.equal(png.readUInt32BE(16), Math.round(box.width));
      assert.ok(box.width <= width);
      // Text in the pictures (timeline, charts) keeps a readable size at any width: no text drawn
      // smaller than 12 CSS px high (a picture scaled down with its viewBox would shrink it).
      const heights = await el.evaluate((host) => [...host.shadowRoot.querySelectorAll('svg text')].map((t) => t.getBoundingClientRect().height));
      assert.deepEqual(heights.filter((h) => h < 12), [], `${width} px`);
      if (['lis1-remaining-service', 'lis1-cost-estimate'].includes(spec.tag)) assert.ok(heights.length >= 3);
    }
    await page.close();
  });
}

test('no console errors and no foreign requests at narrow widths', () => {
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});

// The site's own pages at 320 CSS px (issue 24 item 2: the configurator scrolled sideways to 649 px — a fieldset's
// min-content width and long attribute names — and the self-check's file field to 363 px). Code snippets may scroll
// inside their own <pre> (focusable), never the page.
for (const name of ['index.html', 'selvsjekk.html', 'hr.html', 'stilling.html', 'budsjett.html', 'konfigurator.html', 'referanse.html', 'regler.html']) {
  test(`${name} at 320 CSS px: the page does not scroll sideways`, async () => {
    const page = await site.page(name);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.waitForLoadState('load');
    if (name === 'konfigurator.html') await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
    assert.deepEqual(widths, { page: 320, viewport: 320 });
    await page.close();
  });
}
