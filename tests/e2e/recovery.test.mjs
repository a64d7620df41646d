// Issue 26 item 1 in a browser: a call that fails inside the elements' WebAssembly module (here: the page replaced
// Array.isArray, which the module calls while reading an input) reports a Lis1Error of kind `internal` (validate: an
// issue), the next call gets a new instance from the compiled module, and the element already on the page keeps
// answering: its hooks were closures in the failed instance, and are replaced by the new instance's. Before the fix
// validate threw, and after 496 such rounds every call into the module — the element's too — failed for good.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fillPeriod, openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

test('calls that fail inside the elements module report `internal`, and the element on the page keeps answering', async () => {
  const { page, el } = await site.widget('hr.html', '#remaining');
  const outcome = await page.locator('#remaining').evaluate(async (host) => {
    // The module that defined the element: the same module record (and instance) the page's elements use.
    const loaded = performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname)
      .find((path) => /\/lis1kit\/(elements-\w+|full)\.js$/.test(path));
    const api = await import(loaded);
    const good = { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }], lang: 'en' };
    const real = Array.isArray;
    const seen = { validate: {}, thrown: {}, shown: 0 };
    // 600 rounds: more than the 496 after which the module stayed broken before the fix.
    for (let round = 0; round < 600; round++) {
      Array.isArray = () => { throw new Error('a page replaced Array.isArray'); };
      try {
        const result = api.validate('service', good);
        const code = result.issues[0]?.code ?? 'none';
        seen.validate[code] = (seen.validate[code] ?? 0) + 1;
      } catch (error) {
        seen.validate[`threw ${error.message}`] = (seen.validate[`threw ${error.message}`] ?? 0) + 1;
      }
      try {
        api.remainingService(good);
      } catch (error) {
        const kind = `${error.name}:${error.kind}`;
        seen.thrown[kind] = (seen.thrown[kind] ?? 0) + 1;
      }
      Array.isArray = real;
      // The element, after each restore: its input taken and its answer shown.
      host.input = { periods: good.periods };
      if (host.calculate()) seen.shown += 1;
    }
    return { ...seen, version: typeof api.version() };
  });
  assert.deepEqual(outcome, {
    validate: { internal: 600 },
    thrown: { 'Lis1Error:internal': 600 },
    shown: 600,
    version: 'string',
  });
  // Typing in the form still works: 2023-03-01..2024-02-29 is 12 whole months (S-4), so the hospital part is done and
  // the kommune's 6 months remain (S-1).
  await fillPeriod(el, 0, 'hospital', '2023-03-01', '2024-02-29');
  await el.locator('button[type=submit]').first().click();
  assert.match(await el.locator('p.answer').textContent(), /6 måneder i kommunen/);
  await page.close();
});
