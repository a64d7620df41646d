// Keyboard-only use of the four form elements (issue 7, WCAG 2.1.1 and
// 2.4.7): every step below is a key press — Tab / Shift+Tab to move, arrow
// keys in selects, Space on checkboxes and buttons, Enter on buttons, digits
// typed into date and number fields. The test only reads the page between
// key presses (where focus is, what is shown). Expectations from RULES.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { addAbsenceForm, openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** What has focus: the host's id and, inside its shadow root, the control. */
function active(page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    const c = host?.shadowRoot?.activeElement;
    if (!c) return { host: host?.id ?? null };
    return {
      host: host.id, tag: c.tagName.toLowerCase(), type: c.getAttribute('type'), path: c.dataset.path,
      add: c.dataset.add, remove: c.dataset.remove, preset: c.dataset.preset, value: c.value, checked: c.checked,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `match(active)` holds; fails after `max` presses. */
async function tabTo(page, match, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const a = await active(page);
    if (match(a)) return a;
  }
  throw new Error(`focus never reached the control (${back ? 'Shift+Tab' : 'Tab'} × ${max})`);
}

/** Changes the focused (closed) select with the arrow keys until it shows `value`. */
async function arrowSelect(page, value) {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 30; i++) {
      if ((await active(page)).value === value) return;
      await page.keyboard.press(key);
    }
  }
  assert.equal((await active(page)).value, value);
}

/** Types an ISO date into the focused date input, segments in the browser locale's order. */
async function typeDate(page, iso) {
  const [y, m, d] = iso.split('-');
  const order = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date(2022, 8, 1)).map((p) => p.type).filter((t) => t !== 'literal'));
  for (const part of order) await page.keyboard.type({ year: y, month: m, day: d }[part]);
  assert.equal((await active(page)).value, iso);
}

/** The focused control shows a focus indicator: an outline of ≥ 2 px, or a box shadow. */
async function assertFocusVisible(page) {
  const style = await page.evaluate(() => {
    const c = document.activeElement.shadowRoot.activeElement;
    const s = getComputedStyle(c);
    return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), boxShadow: s.boxShadow, visible: c.matches(':focus-visible') };
  });
  assert.equal(style.visible, true);
  assert.ok((style.outlineStyle !== 'none' && style.outlineWidth >= 2) || style.boxShadow !== 'none', JSON.stringify(style));
}

const at = (path) => (a) => a.path === path;

/** Marks the element's live region, so that the test can check the result lands in that same node. */
async function markLiveRegion(page, sel) {
  await page.evaluate((s) => { window.lis1Region = document.querySelector(s).shadowRoot.querySelector('[aria-live]'); }, sel);
}

/** The result was written into the aria-live="polite" region that existed before submitting (so it is announced). */
async function assertAnnounced(page, sel, text) {
  const region = await page.evaluate((s) => {
    const now = document.querySelector(s).shadowRoot.querySelector('[aria-live]');
    return { same: now === window.lis1Region, live: now.getAttribute('aria-live'), text: now.textContent };
  }, sel);
  assert.equal(region.same, true);
  assert.equal(region.live, 'polite');
  assert.match(region.text, text);
}

async function submitByKeyboard(page, sel) {
  const submit = await tabTo(page, (a) => a.type === 'submit');
  assert.equal(submit.host, sel.slice(1));
  await assertFocusVisible(page);
  await markLiveRegion(page, sel);
  await page.keyboard.press('Enter');
}

test('<lis1-remaining-service> by keyboard alone: worked example 1 with a row added and removed', async () => {
  const { page, el } = await site.widget('hr.html', '#remaining');
  await tabTo(page, at('/periods/0/part'));
  await assertFocusVisible(page);
  await arrowSelect(page, 'hospital');
  await tabTo(page, at('/periods/0/start'));
  await assertFocusVisible(page);
  await typeDate(page, '2022-09-01');
  await tabTo(page, at('/periods/0/end'));
  await typeDate(page, '2023-08-31');
  // Add a row with Enter: focus moves into it.
  await tabTo(page, (a) => a.add === '/periods');
  await assertFocusVisible(page);
  await page.keyboard.press('Enter');
  assert.equal((await active(page)).path, '/periods/1/part');
  await arrowSelect(page, 'municipal');
  await tabTo(page, at('/periods/1/start'));
  await typeDate(page, '2023-09-01');
  await tabTo(page, at('/periods/1/end'));
  await typeDate(page, '2024-02-29');
  // A third row, then removed again with Space; focus returns to the add button.
  await tabTo(page, (a) => a.add === '/periods');
  await page.keyboard.press('Enter');
  assert.equal((await active(page)).path, '/periods/2/part');
  await arrowSelect(page, 'hospital');
  await tabTo(page, (a) => a.remove === '/periods/2');
  await assertFocusVisible(page);
  await page.keyboard.press('Space');
  assert.equal((await active(page)).add, '/periods');
  assert.equal(await el.locator('fieldset[data-row]').count(), 2);
  assert.equal(await el.locator('[data-path="/periods/1/end"]').inputValue(), '2024-02-29');
  // Shift+Tab goes back to the previous control: the remaining last row's remove button.
  await page.keyboard.press('Shift+Tab');
  assert.equal((await active(page)).remove, '/periods/1');
  await submitByKeyboard(page, '#remaining');
  await el.locator('.result table').waitFor();
  // S-1: 12 of 12 hospital months and 6 of 6 municipal months counted, nothing remains.
  const rows = await el.locator('.result tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].slice(0, 4).map((c) => c.textContent)));
  assert.deepEqual(rows, [['Sykehusdelen', '12', '12', '0'], ['Kommunedelen', '6', '6', '0']]);
  await assertAnnounced(page, '#remaining', /Tjenestetiden i del 1 er fullført\./);
  await page.close();
});

test('<lis1-absence-check> by keyboard alone: worked example 2 (20 sick days, A-3) with a row added and removed', async () => {
  const { page, el } = await site.widget('hr.html', '#absence-form', addAbsenceForm);
  await tabTo(page, (a) => a.host === 'absence-form' && a.path === '/periods/0/part');
  await arrowSelect(page, 'hospital');
  await tabTo(page, at('/periods/0/start'));
  await typeDate(page, '2023-03-01');
  await tabTo(page, at('/periods/0/end'));
  await typeDate(page, '2024-02-29');
  await tabTo(page, (a) => a.add === '/absences');
  await page.keyboard.press('Enter');
  assert.equal((await active(page)).path, '/absences/0/part');
  await arrowSelect(page, 'hospital');
  await tabTo(page, at('/absences/0/kind'));
  await arrowSelect(page, 'sick');
  await tabTo(page, at('/absences/0/days'));
  await assertFocusVisible(page);
  await page.keyboard.type('20');
  // A second absence row added with Space and removed with Enter.
  await tabTo(page, (a) => a.add === '/absences');
  await page.keyboard.press('Space');
  assert.equal((await active(page)).path, '/absences/1/part');
  await tabTo(page, (a) => a.remove === '/absences/1');
  await page.keyboard.press('Enter');
  assert.equal(await el.locator('fieldset[data-path^="/absences/"][data-row]').count(), 1);
  assert.equal(await el.locator('[data-path="/absences/0/days"]').inputValue(), '20');
  await submitByKeyboard(page, '#absence-form');
  await el.locator('.result table').waitFor();
  // A-3 (part started 2023-03-01): 12 days allowed, 20 used, 8 above, 8 to make up.
  const row = await el.locator('.result tbody tr').first().locator('th, td').allTextContents();
  assert.deepEqual(row, ['Sykehusdelen', 'A-3', '12', '20', '8', '8']);
  await assertAnnounced(page, '#absence-form', /A-3/);
  await page.close();
});

test('<lis1-eligibility> by keyboard alone: the posting\'s presets plus an authorised applicant (B-10, B-11)', async () => {
  const { page, el } = await site.widget('stilling.html', '#eligibility');
  // This form has no repeatable rows; its multi-selects are checkbox groups.
  await tabTo(page, at('/applicant/authorised'));
  await assertFocusVisible(page);
  await page.keyboard.press('Space');
  assert.equal((await active(page)).checked, true);
  await submitByKeyboard(page, '#eligibility');
  await el.locator('.result .checklist').first().waitFor();
  // Authorised (B-11 met, so not conditional) and no earlier LIS1 (B-10): a candidate.
  await assertAnnounced(page, '#eligibility', /Søkeren kan tilsettes i den bundne stillingen\./);
  await page.close();
});

test('<lis1-cost-estimate> by keyboard alone: one position from 2026-09-01 with a row added and removed (C-21)', async () => {
  const { page, el } = await site.widget('budsjett.html', '#cost');
  await tabTo(page, at('/positions/0/count'));
  await assertFocusVisible(page);
  await page.keyboard.type('1');
  await tabTo(page, (a) => a.add === '/positions');
  await page.keyboard.press('Enter');
  assert.match((await active(page)).path, /^\/positions\/1\//);
  await tabTo(page, at('/positions/1/count'));
  await page.keyboard.type('5');
  await tabTo(page, (a) => a.remove === '/positions/1');
  await page.keyboard.press('Space');
  assert.equal(await el.locator('fieldset[data-row]').count(), 1);
  assert.equal(await el.locator('[data-path="/positions/0/count"]').inputValue(), '1');
  await submitByKeyboard(page, '#cost');
  await el.locator('.result table').first().waitFor();
  // C-21: started 1 September 2026, 18 months: 4 in 2026, 12 in 2027, 2 in 2028.
  const years = el.locator('table', { has: page.locator('caption', { hasText: 'Per budsjettår' }) }).locator('tbody tr');
  const months = await years.evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent]));
  assert.deepEqual(months, [['2026', '4'], ['2027', '12'], ['2028', '2']]);
  await assertAnnounced(page, '#cost', /Samlet kostnad: /);
  await page.close();
});

test('no console errors and no foreign requests during the keyboard flows', () => {
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});
