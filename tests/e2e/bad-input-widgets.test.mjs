// The widget subset of the bad-input catalogue (cases with a `widget` field in
// tests/bad-inputs/*.json) typed into a fresh element in headless Chromium:
// every leaf of the case's `input` is entered into the control whose
// data-path is its JSON pointer — text, number and date controls by keyboard
// typing (dates in the browser's own segment order), selects by choosing the
// option, checkboxes with Space. Then the form is submitted and, for each
// expected [path, code, rule] of the case: the issue is in the lis1-invalid
// event, its message is shown in the error element the control's
// aria-describedby points at, and the control is aria-invalid. Finally every
// typed value must still be in its control (nothing typed is lost).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openSite } from './browser.mjs';

const { formSpec } = await import(new URL('../../pkg/node.js', import.meta.url));

/** The row an issue at `path` is in, as the form of `kind` names it in each language (`Periode 1`, `Period 1`);
 * none outside a list. The API's message starts with it. */
function rowLabels(kind, path) {
  return ['nb', 'nn', 'en'].flatMap((lang) => formSpec(kind, { lang }).sections.flatMap((section) => {
    const m = section.repeat && path.startsWith(`${section.path}/`) && path.slice(section.path.length + 1).match(/^(\d+)(\/|$)/);
    return m ? [section.repeat.itemLabel.replace('{n}', String(Number(m[1]) + 1))] : [];
  }));
}

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** [JSON pointer, value] of every leaf of an input, rows in order. */
function leaves(value, path = '') {
  if (Array.isArray(value) || (value !== null && typeof value === 'object')) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}/${k}`));
  }
  return [[path, value]];
}

const cases = ['service', 'eligibility', 'cost'].flatMap((kind) =>
  JSON.parse(readFileSync(new URL(`../bad-inputs/${kind}.json`, import.meta.url), 'utf8'))
    .filter((c) => c.widget)
    .map((c) => ({ kind, ...c })));

test('the catalogue marks at least 8 widget cases across the four form elements', () => {
  assert.ok(cases.length >= 8, String(cases.length));
  assert.deepEqual([...new Set(cases.map((c) => c.widget.element))].sort(),
    ['lis1-absence-check', 'lis1-cost-estimate', 'lis1-eligibility', 'lis1-remaining-service']);
  for (const c of cases) {
    // The control the bad value goes into is one the case expects an issue at.
    assert.ok(c.expect.some(([path]) => path === c.widget.typeInto), c.name);
    assert.ok(leaves(c.input).some(([path]) => path === c.widget.typeInto), c.name);
  }
});

/** The keys a person types into a date control for an ISO date, in the segment order of the browser's locale. */
async function dateKeys(page, iso) {
  const [y, m, d] = iso.split('-');
  const order = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2023, 0, 2)).map((p) => p.type).filter((t) => t !== 'literal'));
  return order.map((t) => ({ year: y, month: m, day: d })[t]).join('');
}

async function enter(page, el, path, value) {
  const control = el.locator(`[data-path="${path}"]`);
  // A row that is not there yet is added with the section's add button.
  const rowPath = path.replace(/\/\d+\/[^/]+$/, '');
  while (rowPath !== path && await control.count() === 0) {
    await el.locator(`button[data-add="${rowPath}"]`).click();
  }
  const { tag, type } = await control.evaluate((c) => ({ tag: c.tagName.toLowerCase(), type: c.type }));
  if (tag === 'select') {
    await control.selectOption(String(value));
  } else if (type === 'checkbox') {
    if (await control.isChecked() !== value) {
      await control.focus();
      await page.keyboard.press('Space');
    }
  } else {
    await control.focus();
    if (type === 'date') {
      await page.keyboard.type(await dateKeys(page, value));
    } else {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(String(value));
    }
  }
  return control;
}

async function shown(control) {
  if (await control.evaluate((c) => c.type === 'checkbox')) return control.isChecked();
  return control.inputValue();
}

for (const c of cases) {
  test(`${c.widget.element}: ${c.kind} "${c.name}" typed in, shown next to ${c.widget.typeInto}, nothing lost`, async () => {
    const page = await site.page('hr.html');
    await page.evaluate((tag) => {
      const el = document.createElement(tag);
      el.id = 'under-test';
      el.setAttribute('lang', 'en');
      document.body.prepend(el);
    }, c.widget.element);
    const el = page.locator('#under-test');
    await el.locator('form').waitFor();
    const typed = leaves(c.input);
    for (const [path, value] of typed) {
      const control = await enter(page, el, path, value);
      assert.equal(await shown(control), typeof value === 'boolean' ? value : String(value), `typing into ${path}`);
    }
    const event = page.evaluate(() => new Promise((resolve) => {
      document.querySelector('#under-test').addEventListener('lis1-invalid', (e) => resolve(e.detail.issues), { once: true });
    }));
    await el.locator('button[type=submit]').click();
    const issues = await event;
    for (const [path, code, rule] of c.expect) {
      const issue = issues.find((i) => i.path === path && i.code === code && (i.rule ?? null) === rule);
      assert.ok(issue, `expected ${JSON.stringify([path, code, rule])} among ${JSON.stringify(issues.map((i) => [i.path, i.code, i.rule]))}`);
      const control = el.locator(`[data-path="${path}"]`);
      assert.equal(await control.getAttribute('aria-invalid'), 'true', path);
      // The error element the control's aria-describedby points at shows the message.
      const described = await control.evaluate((ctl, p) => (ctl.getAttribute('aria-describedby') ?? '').split(/\s+/)
        .map((id) => ctl.getRootNode().getElementById(id))
        .filter((e) => e && e.dataset.errorFor === p && !e.hidden)
        .map((e) => e.textContent), path);
      assert.equal(described.length, 1, `one visible error element for ${path} in aria-describedby`);
      // The message as the API says it (the event's issue: a field named by its visible label, after its row,
      // “Period 1: …”), next to the field without the row the field is in; a field named by its JSON key
      // (“percent”) is named by the control's visible label (“Position percentage”).
      const key = path.split('/').pop();
      const label = await control.evaluate((ctl) => (ctl.tagName === 'FIELDSET' ? ctl.querySelector('legend')
        : ctl.getRootNode().querySelector(`label[for="${ctl.id}"]`))?.textContent);
      const row = rowLabels(c.kind, path).find((label) => issue.message.startsWith(`${label}: `));
      const message = row ? issue.message.slice(row.length + 2) : issue.message;
      const expected = message.split(`“${key}”`).join(`“${label}”`);
      assert.ok(described[0].includes(expected), `${JSON.stringify(described[0])} shows ${JSON.stringify(expected)}`);
    }
    for (const [path, value] of typed) {
      assert.equal(await shown(el.locator(`[data-path="${path}"]`)), typeof value === 'boolean' ? value : String(value), `${path} kept`);
    }
  });
}

test('typing the bad inputs made no foreign requests and logged no errors', () => {
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});
