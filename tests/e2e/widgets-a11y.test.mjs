// Accessibility of the four form elements (issue 7): axe-core (WCAG 2.1 A/AA,
// tests/e2e/axe.mjs) finds nothing in nb and in en, both with a result shown
// and with validation errors shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { addAbsenceForm, fillPeriod, openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

async function onePeriod(el) {
  await fillPeriod(el, 0, 'hospital', '2023-03-01', '2023-08-31');
}

/**
 * Each element on its sample page, the preset that gives a result, and what
 * to do to a fresh form to get validation errors (expected at `errorPath`).
 */
const ELEMENTS = [
  {
    tag: 'lis1-remaining-service', page: 'hr.html', sel: '#remaining', preset: 'example-1',
    // One period at 150 %: out of range (S-4).
    spoil: async (el) => {
      await onePeriod(el);
      await el.locator('[data-path="/periods/0/percent"]').fill('150');
    },
    errorPath: '/periods/0/percent',
  },
  {
    tag: 'lis1-absence-check', page: 'hr.html', sel: '#absence-form', add: addAbsenceForm, preset: 'example-2',
    // An absence with a start date but neither an end nor a number of days.
    spoil: async (el) => {
      await onePeriod(el);
      await el.locator('button[data-add="/absences"]').click();
      await el.locator('[data-path="/absences/0/part"]').selectOption('hospital');
      await el.locator('[data-path="/absences/0/kind"]').selectOption('sick');
      await el.locator('[data-path="/absences/0/start"]').fill('2023-04-03');
    },
    errorPath: '/absences/0/end',
  },
  {
    tag: 'lis1-eligibility', page: 'selvsjekk.html', sel: '#eligibility', preset: 'psykiatri-2022',
    // On the self-check page: the job posting shows the applicant's questions only (view="applicant") and
    // does not offer the psykiatri example. An employer section without its kind is incomplete.
    spoil: async (el) => {
      await el.locator('button[data-preset="psykiatri-2022"]').click();
      await el.locator('[data-path="/employer/kind"]').selectOption('');
    },
    errorPath: '/employer/kind',
  },
  {
    tag: 'lis1-cost-estimate', page: 'budsjett.html', sel: '#cost', preset: 'one-oslo-2022',
    // The posting presets kommune and start; the count is left empty.
    spoil: async () => {},
    errorPath: '/positions/0/count',
  },
];

async function open(spec, lang) {
  const page = await site.page(spec.page);
    await spec.add?.(page);
  const el = page.locator(spec.sel);
  await el.locator('form').waitFor();
  await page.evaluate(([sel, l]) => document.querySelector(sel).setAttribute('lang', l), [spec.sel, lang]);
  return { page, el };
}

for (const spec of ELEMENTS) {
  for (const lang of ['nb', 'en']) {
    test(`<${spec.tag}> lang=${lang}: no axe violations with the form filled and a result shown`, async () => {
      const { page, el } = await open(spec, lang);
      await el.locator(`button[data-preset="${spec.preset}"]`).click();
      await el.locator('button[type=submit]').click();
      await el.locator('[part="result-panel"] table').first().waitFor();
      // The heading is in the element's language (the shadow content inherits the host's lang).
      assert.equal(await el.locator('[part="result-panel"] h3').textContent(), lang === 'en' ? 'Result' : 'Resultat');
      assert.deepEqual(await axeViolations(page, spec.sel), []);
      await page.close();
    });

    test(`<${spec.tag}> lang=${lang}: no axe violations with validation errors shown`, async () => {
      const { page, el } = await open(spec, lang);
      await spec.spoil(el);
      await el.locator('button[type=submit]').click();
      await el.locator(`[data-error-for="${spec.errorPath}"] .line`).first().waitFor();
      assert.equal(await el.locator(`[data-path="${spec.errorPath}"]`).getAttribute('aria-invalid'), 'true');
      assert.equal(await el.locator('[part="result-panel"]').count(), 0);
      assert.deepEqual(await axeViolations(page, spec.sel), []);
      await page.close();
    });
  }
}

test('no console errors and no foreign requests on the pages checked', () => {
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});
