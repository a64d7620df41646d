// Issue 26 item 1, the page's setters: a page that puts throwing setters on Object.prototype must not have them run
// inside a call. Before, web-sys's CustomEventInit assigned `bubbles`, `composed` and `detail`, and the `invalid`
// event's detail was filled by assigning `issues`: each element call ran the page's setter, and the exception that
// unwound through wasm left the module broken after about 1 100 calls. Now events are built from object literals
// and details by JSON.parse, which define their fields: the setters never run, and the element keeps answering.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fillPeriod, openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const TRAPS = ['bubbles', 'composed', 'detail', 'issues', 'cancelable', 'connected', 'reset'];

test('throwing setters on Object.prototype never run inside an element call, and the element keeps answering', async () => {
  const { page, el } = await site.widget('hr.html', '#remaining');
  await page.evaluate((traps) => {
    window.setterCalls = 0;
    for (const name of traps) {
      Object.defineProperty(Object.prototype, name, {
        configurable: true,
        set() { window.setterCalls += 1; throw new Error(`page setter ${name}`); },
      });
    }
  }, TRAPS);
  // 40 answers (the result event with its detail) and 40 refusals (the invalid event with its issues).
  await page.evaluate(() => {
    const host = document.getElementById('remaining');
    window.events = { result: 0, invalid: 0, issues: 0 };
    host.addEventListener('lis1-result', (e) => { window.events.result += e.detail ? 1 : 0; });
    host.addEventListener('lis1-invalid', (e) => { window.events.invalid += 1; window.events.issues += e.detail.issues.length > 0 ? 1 : 0; });
  });
  await fillPeriod(el, 0, 'hospital', '2023-03-01', '2024-02-29');
  const outcome = await page.locator('#remaining').evaluate((host) => {
    const good = { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }] };
    const bad = { periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-02-01' }] };
    const shown = [];
    for (let i = 0; i < 40; i++) {
      host.input = good;
      shown.push(host.calculate());
      host.input = bad;
      shown.push(host.calculate());
    }
    return { shown: shown.filter(Boolean).length };
  });
  const state = await page.evaluate(() => ({ setterCalls: window.setterCalls, events: window.events }));
  // Every good input answered (40), every bad one refused with its issues (40), and no setter ran.
  assert.deepEqual({ ...outcome, ...state }, { shown: 40, setterCalls: 0, events: { result: 40, invalid: 40, issues: 40 } });
  // The answer on screen is the good input's: 2023-03-01..2024-02-29 is 12 whole months (S-4), so the hospital
  // part is done and the kommune's 6 months remain (S-1).
  await page.locator('#remaining').evaluate((host) => { host.input = { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }] }; host.calculate(); });
  const answer = await el.locator('p.answer').textContent();
  assert.match(answer, /6 måneder i kommunen/);
  await page.close();
});
