// <lis1-remaining-service> and <lis1-absence-check> on the sample HR page
// (www/hr.html) in headless Chromium, used as a person would: keyboard and
// clicks, real inputs. Expectations from RULES.md section 6.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { addAbsenceForm, fillPeriod, openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

async function hrPage() {
  const page = await site.page('hr.html');
  await page.locator('#remaining form').waitFor();
  return page;
}

/** Collects the next lis1-result / lis1-invalid event of an element. */
function nextEvent(page, selector, name) {
  return page.evaluate(([sel, n]) => new Promise((resolve) => {
    document.querySelector(sel).addEventListener(n, (e) => resolve({ detail: e.detail, bubbles: e.bubbles, composed: e.composed }), { once: true });
  }), [selector, name]);
}

test('every control has a label, and help/error texts are linked with aria-describedby', async () => {
  const page = await hrPage();
  const unlabeled = await page.evaluate(() => {
    const root = document.querySelector('#remaining').shadowRoot;
    return [...root.querySelectorAll('input, select')]
      .filter((c) => !root.querySelector(`label[for="${c.id}"]`) || !c.getAttribute('aria-describedby').includes(`${c.id}-error`))
      .map((c) => c.dataset.path);
  });
  assert.deepEqual(unlabeled, []);
});

test('worked example 1 typed into the form: 12 + 6 months counted, nothing remains (S-1)', async () => {
  const page = await hrPage();
  const el = page.locator('#remaining');
  await fillPeriod(el, 0, 'hospital', '2022-09-01', '2023-08-31');
  await el.locator('button[data-add="/periods"]').click();
  await fillPeriod(el, 1, 'municipal', '2023-09-01', '2024-02-29');
  const event = nextEvent(page, '#remaining', 'lis1-result');
  await el.locator('button[type=submit]').click();
  const { detail, bubbles, composed } = await event;
  assert.equal(bubbles && composed, true);
  assert.equal(detail.hospital.countedMonths, 12);
  assert.equal(detail.municipal.countedMonths, 6);
  assert.equal(detail.del1TimeComplete, true);
  // The result table shows the same: Sykehusdelen 12 required, 12 counted, 0 remaining.
  const firstRow = await el.locator('.result tbody tr').first().locator('th, td').allTextContents();
  assert.deepEqual(firstRow.slice(0, 4), ['Sykehusdelen', '12', '12', '0']);
  // The timeline picture has a text alternative saying the same in words.
  const desc = await el.locator('svg[role="img"] desc').textContent();
  assert.match(desc, /^Sykehusdelen: 12 av 12 måneder talt, 0 dager å ta igjen, beregnet slutt 31\. august 2023\. Kommunedelen: 6 av 6 måneder talt, 0 dager å ta igjen, beregnet slutt 29\. februar 2024\./);
  assert.equal(await el.locator('svg[role="img"] rect.period').count(), 2);
  // Announced politely: the result region is an aria-live region.
  assert.equal(await el.locator('section.result').getAttribute('aria-live'), 'polite');
});

test('a bad value shows its message next to the field, marks it invalid and keeps what was typed', async () => {
  const page = await hrPage();
  const el = page.locator('#remaining');
  await fillPeriod(el, 0, 'hospital', '2023-03-01', '2023-08-31');
  await el.locator('[data-path="/periods/0/percent"]').fill('150');
  const event = nextEvent(page, '#remaining', 'lis1-invalid');
  await el.locator('button[type=submit]').click();
  const { detail } = await event;
  assert.ok(detail.issues.some((i) => i.path === '/periods/0/percent' && i.rule === 'S-4'));
  const error = el.locator('[data-error-for="/periods/0/percent"]');
  assert.equal(await error.textContent(), 'Stillingsprosent må være mellom 1 og 100, fikk 150.');
  assert.equal(await el.locator('[data-path="/periods/0/percent"]').getAttribute('aria-invalid'), 'true');
  // Nothing typed is lost, and focus moves to the field with the problem.
  assert.equal(await el.locator('[data-path="/periods/0/percent"]').inputValue(), '150');
  assert.equal(await el.locator('[data-path="/periods/0/start"]').inputValue(), '2023-03-01');
  assert.equal(await page.evaluate(() => document.querySelector('#remaining').shadowRoot.activeElement?.dataset.path), '/periods/0/percent');
});

test('an absence with only a start date: the inline message names the missing field by its label (en)', async () => {
  const page = await hrPage();
  await addAbsenceForm(page);
  await page.evaluate(() => document.querySelector('#absence-form').setAttribute('lang', 'en'));
  const el = page.locator('#absence-form');
  await fillPeriod(el, 0, 'hospital', '2023-03-01', '2023-08-31');
  await el.locator('button[data-add="/absences"]').click();
  await el.locator('[data-path="/absences/0/part"]').selectOption('hospital');
  await el.locator('[data-path="/absences/0/kind"]').selectOption('sick');
  await el.locator('[data-path="/absences/0/start"]').fill('2023-04-03');
  const event = nextEvent(page, '#absence-form', 'lis1-invalid');
  await el.locator('button[type=submit]').click();
  const { detail } = await event;
  assert.ok(detail.issues.some((i) => i.path === '/absences/0/end' && i.code === 'absence.incomplete-range'));
  // absence.incomplete-range (en) "The absence has only one of its start and end dates; “{field}” is missing."
  // with the visible label of the absence's end field, "To", not its key "end".
  assert.equal(await el.locator('label[for="f-absences-0-end"]').textContent(), 'To');
  assert.equal(await el.locator('[data-error-for="/absences/0/end"]').textContent(),
    'The absence has only one of its start and end dates; “To” is missing.');
});

test('switching the language re-draws in English and keeps the typed values', async () => {
  const page = await hrPage();
  const el = page.locator('#remaining');
  await el.locator('[data-path="/periods/0/start"]').fill('2023-09-01');
  await el.locator('[data-path="/periods/0/rotation"]').fill('<img src=x onerror=alert(1)>');
  await page.evaluate(() => document.querySelector('#remaining').setAttribute('lang', 'en'));
  assert.equal(await el.locator('h2').textContent(), 'Remaining LIS1 service');
  assert.equal(await el.locator('[data-path="/periods/0/start"]').inputValue(), '2023-09-01');
  // Markup typed by a user stays text.
  assert.equal(await el.locator('[data-path="/periods/0/rotation"]').inputValue(), '<img src=x onerror=alert(1)>');
  assert.equal(await page.evaluate(() => document.querySelector('#remaining').shadowRoot.querySelectorAll('img').length), 0);
});

test('removing a row keeps the other rows; keyboard alone can add a row and run a preset', async () => {
  const page = await hrPage();
  const el = page.locator('#remaining');
  await el.locator('[data-path="/periods/0/start"]').fill('2023-03-01');
  await el.locator('button[data-add="/periods"]').focus();
  await page.keyboard.press('Enter');
  // Focus moved into the new row.
  assert.equal(await page.evaluate(() => document.querySelector('#remaining').shadowRoot.activeElement?.dataset.path), '/periods/1/part');
  await el.locator('[data-path="/periods/1/start"]').fill('2024-03-01');
  await el.locator('button[data-remove="/periods/0"]').click();
  assert.equal(await el.locator('[data-path="/periods/0/start"]').inputValue(), '2024-03-01');
  assert.equal(await el.locator('fieldset[data-row]').count(), 1);
  // Worked example 4 by preset: 80 % from 2023-09-01 ends 2024-11-30 (12 / 0.8 = 15 months).
  await el.locator('button[data-preset="example-4"]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // focus is on the submit button after a preset
  await el.locator('.result table').waitFor();
  const hospital = await el.locator('.result tbody tr').first().locator('th, td').allTextContents();
  assert.equal(hospital[5], '30. november 2024');
});

test('absence check: worked example 2 — 20 sick days in a hospital part from 2023-03-01, 8 to make up (A-3)', async () => {
  const page = await hrPage();
  await addAbsenceForm(page);
  const el = page.locator('#absence-form');
  await el.locator('button[data-preset="example-2"]').click();
  const event = nextEvent(page, '#absence-form', 'lis1-result');
  await el.locator('button[type=submit]').click();
  const { detail } = await event;
  assert.equal(detail.hospital.regime, 'A-3');
  assert.equal(detail.hospital.toMakeUpDays, 8);
  const row = await el.locator('.result tbody tr').first().locator('th, td').allTextContents();
  // Part, regime, allowance 12, used 20, above 8, to make up 8.
  assert.deepEqual(row, ['Sykehusdelen', 'A-3', '12', '20', '8', '8']);
});

test('the HR page makes no foreign requests and logs no errors', () => {
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});

test('form-associated: with a name the result is submitted with the surrounding form; reset clears it', async () => {
  const page = await hrPage();
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.id = 'host-form';
    const el = document.createElement('lis1-remaining-service');
    el.setAttribute('name', 'lis1');
    el.setAttribute('preset', 'example-1');
    form.append(el);
    document.body.append(form);
  });
  const el = page.locator('#host-form lis1-remaining-service');
  // The preset attribute filled the form: worked example 1.
  assert.equal(await el.locator('[data-path="/periods/1/end"]').inputValue(), '2024-02-29');
  assert.equal(await page.evaluate(() => new FormData(document.querySelector('#host-form')).get('lis1')), null);
  await el.locator('button[type=submit]').click();
  await el.locator('.result table').waitFor();
  const submitted = await page.evaluate(() => JSON.parse(new FormData(document.querySelector('#host-form')).get('lis1')));
  assert.equal(submitted.hospital.countedMonths, 12);
  assert.equal(await page.evaluate(() => document.querySelector('#host-form lis1-remaining-service').checkValidity()), true);
  await page.evaluate(() => document.querySelector('#host-form').reset());
  assert.equal(await page.evaluate(() => new FormData(document.querySelector('#host-form')).get('lis1')), null);
  assert.equal(await el.locator('.result table').count(), 0);
});

test('the input property reads and fills the form; invalid input makes the element invalid', async () => {
  const page = await hrPage();
  await page.evaluate(() => {
    document.querySelector('#remaining').input = {
      periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31', percent: 0 }],
    };
  });
  const el = page.locator('#remaining');
  assert.equal(await el.locator('[data-path="/periods/0/percent"]').inputValue(), '0');
  const read = await page.evaluate(() => document.querySelector('#remaining').input);
  // The position select shows its default (coupled, S-6), so reading gives it explicitly.
  assert.deepEqual(read.periods, [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31', percent: 0, position: 'coupled' }]);
  await el.locator('button[type=submit]').click();
  await el.locator('[data-error-for="/periods/0/percent"] .line').waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('#remaining').checkValidity()), false);
  assert.match(await page.evaluate(() => document.querySelector('#remaining').validationMessage), /Stillingsprosent/);
});
