// www/selvsjekk.html: the widgets; "Save" downloads every widget's input as
// a JSON file, "Open" fills them again after a reload; a corrupt file
// changes nothing and says so; nothing is stored without asking. The
// absence check answers the service form (`for`, issue 15 item 5): it has
// no form, and its `input` is the service form's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillPeriod, openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const dir = mkdtempSync(join(tmpdir(), 'lis1kit-self-check-'));
const inputs = (page) => page.evaluate(() => Object.fromEntries(
  ['remaining', 'absence', 'eligibility', 'cost'].map((id) => [id, document.getElementById(id).input])));

async function drawn(page) {
  for (const id of ['remaining', 'eligibility', 'cost']) await page.locator(`#${id} form`).waitFor();
  await page.locator('#absence section.result').waitFor();
}

async function open(path = 'selvsjekk.html') {
  const page = await site.page(path);
  await drawn(page);
  return page;
}

test('self-check: fill, save (download), reload, open the file: every input is back', async () => {
  const page = await open();
  // Typed as a person would: worked example 1's hospital period, an absence day count, a specialty, a kommune.
  const remaining = page.locator('#remaining');
  await fillPeriod(remaining, 0, 'hospital', '2022-09-01', '2023-08-31');
  await page.locator('#eligibility [data-path="/applicant/specialty"]').selectOption('psykiatri');
  await page.locator('#cost [data-path="/positions/0/kommune"]').selectOption('1804');
  const before = await inputs(page);
  const { part, start, end } = before.remaining.periods[0];
  assert.deepEqual([part, start, end], ['hospital', '2022-09-01', '2023-08-31']);
  // One history: the absence check reads the service form's input.
  assert.deepEqual(before.absence, before.remaining);
  assert.equal(before.eligibility.applicant.specialty, 'psykiatri');
  assert.equal(before.cost.positions[0].kommune, '1804');

  const download = page.waitForEvent('download');
  await page.locator('#save').click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'lis1-selvsjekk.json');
  const path = join(dir, 'saved.json');
  await file.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(saved.format, 'lis1kit-self-check');
  assert.deepEqual(saved.inputs.remainingService, before.remaining);
  assert.deepEqual(saved.inputs.costEstimate, before.cost);
  // The absence check has no input of its own to save.
  assert.equal('absenceCheck' in saved.inputs, false);

  // Nothing kept by the browser: a reload starts empty.
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  await page.reload();
  // Every form drawn (an element not yet drawn has no input to compare), then all are empty again.
  await drawn(page);
  const reloaded = await inputs(page);
  assert.equal(reloaded.eligibility.applicant?.specialty, undefined);
  assert.equal(reloaded.remaining.periods[0].start, undefined);
  assert.equal(reloaded.cost.positions[0].kommune, undefined);
  await page.locator('#open').setInputFiles(path);
  await page.locator('#file-status', { hasText: 'fylt ut fra filen' }).waitFor();
  // Opening calculates: the service form's history (2022-09-01..2023-08-31 = 12 hospital
  // months counted, no absence, so no make-up days; first counted day 2022-09-01, T-1) is the
  // eligibility form's earlier LIS1 service now (B-12, B-14); the rest is as saved.
  const opened = structuredClone(before);
  opened.eligibility.applicant.lis1 = { hospitalMonths: 12, municipalMonths: 0, firstStart: '2022-09-01' };
  assert.deepEqual(await inputs(page), opened);
  assert.equal(await page.locator('#eligibility [data-path="/applicant/specialty"]').inputValue(), 'psykiatri');
  await page.close();
});

test('self-check: a corrupt file or a foreign JSON file says so and changes nothing', async () => {
  const page = await open();
  await page.locator('#cost [data-path="/positions/0/kommune"]').selectOption('0301');
  const before = await inputs(page);
  const corrupt = join(dir, 'corrupt.json');
  writeFileSync(corrupt, '{"format": "lis1kit-self-check", "inputs": {');
  await page.locator('#open').setInputFiles(corrupt);
  const status = page.locator('#file-status');
  await status.filter({ hasText: 'corrupt.json' }).waitFor();
  assert.equal(await status.textContent(), 'corrupt.json: filen er ikke gyldig JSON. Ingenting er endret.');
  assert.deepEqual(await inputs(page), before);
  const foreign = join(dir, 'package.json');
  writeFileSync(foreign, '{"name": "something-else"}');
  await page.locator('#open').setInputFiles(foreign);
  await status.filter({ hasText: 'package.json' }).waitFor();
  assert.equal(await status.textContent(), 'package.json: filen er ikke en lagret selvsjekk fra denne siden. Ingenting er endret.');
  assert.deepEqual(await inputs(page), before);
  await page.close();
});

// Files that are JSON with the right wrapper but whose inputs are not what
// the page saves: none may change any widget, even one the file lists before
// the bad entry, and the status line says what is wrong.
test('self-check: a prototype key or an input of the wrong shape changes no widget and says so', async () => {
  const page = await open();
  // Typed by hand, as a visitor would, so there is something to lose.
  await page.locator('#remaining [data-path="/periods/0/start"]').fill('2022-09-01');
  await page.locator('#eligibility [data-path="/applicant/specialty"]').selectOption('psykiatri');
  await page.locator('#cost [data-path="/positions/0/kommune"]').selectOption('0301');
  const before = await inputs(page);
  // A valid entry first (it would overwrite the typed remaining-service start), then the bad one.
  const valid = { periods: [{ part: 'hospital', start: '2020-09-01', end: '2021-08-31' }] };
  const status = page.locator('#file-status');
  const cases = [
    // `constructor` is in every object's prototype chain, not a widget of this page (review finding 2).
    { name: 'proto.json', inputs: { remainingService: valid, constructor: { periods: [] } },
      text: 'proto.json: filen har et ukjent eller ugyldig skjema: «constructor» Ingenting er endret.' },
    // An object, but `periods` is a number where the service input has a list (finding 3).
    { name: 'shape.json', inputs: { remainingService: valid, absenceCheck: { periods: 5 } },
      starts: 'shape.json: et skjema i filen har feil form: «Fravær: må noe tas igjen?»: ' },
    // 201 periods, one over the package's limit of 200 (issue 16 item 2): refused before any widget draws a row.
    { name: 'rows.json', inputs: { remainingService: valid, absenceCheck: { periods: Array.from({ length: 201 }, () => valid.periods[0]) } },
      text: 'rows.json: et skjema i filen har feil form: «Fravær: må noe tas igjen?»: «Tjenesteperioder» har for mange rader: høyst 200. Ingenting er endret.' },
    // A file name of 250 characters is echoed cut to 80 and "…" (issue 16 item 5).
    { name: `${'n'.repeat(245)}.json`, inputs: { remainingService: valid, constructor: {} },
      text: `${'n'.repeat(80)}…: filen har et ukjent eller ugyldig skjema: «constructor» Ingenting er endret.` },
  ];
  for (const c of cases) {
    const path = join(dir, c.name);
    writeFileSync(path, JSON.stringify({ format: 'lis1kit-self-check', version: 1, inputs: c.inputs }));
    await page.locator('#open').setInputFiles(path);
    await status.filter({ hasText: c.name.slice(0, 80) }).waitFor();
    const said = await status.textContent();
    if (c.text) assert.equal(said, c.text);
    else {
      assert.ok(said.startsWith(c.starts), said);
      // The widget is named by its heading on the page, never by the file's key (absenceCheck).
      assert.doesNotMatch(said, /absenceCheck/);
      // The issue names the field by its label (/periods is «Tjenesteperioder») and ends with "nothing changed".
      assert.match(said, /«Tjenesteperioder»/);
      assert.ok(said.endsWith('Ingenting er endret.'), said);
    }
    assert.equal(await status.evaluate((e) => e.classList.contains('error')), true);
    assert.deepEqual(await inputs(page), before);
    assert.equal(await page.locator('#remaining [data-path="/periods/0/start"]').inputValue(), '2022-09-01');
  }
  assert.deepEqual(site.consoleErrors, []);
  await page.close();
});

test('self-check: a file over 1 MB is not read, and a widget that refuses its input puts every widget back (all or none)', async () => {
  const page = await open();
  await page.locator('#remaining [data-path="/periods/0/start"]').fill('2022-09-01');
  await page.locator('#cost [data-path="/positions/0/kommune"]').selectOption('0301');
  const before = await inputs(page);
  const status = page.locator('#file-status');
  // 1 MB + 1 byte of valid JSON: refused by its size, before it is read.
  const big = join(dir, 'big.json');
  const wrapper = JSON.stringify({ format: 'lis1kit-self-check', version: 1, inputs: {}, pad: '' });
  writeFileSync(big, wrapper.replace('"pad":""', `"pad":"${'x'.repeat(1024 * 1024 + 1 - wrapper.length)}"`));
  await page.locator('#open').setInputFiles(big);
  await status.filter({ hasText: 'big.json' }).waitFor();
  assert.equal(await status.textContent(), 'big.json: filen er større enn 1 MB og er ikke en lagret selvsjekk. Ingenting er endret.');
  assert.deepEqual(await inputs(page), before);
  // A valid file for all four widgets, and the last widget (cost) made to refuse any input, as a
  // widget that fails would: the three filled before it are put back.
  await page.evaluate(() => {
    Object.defineProperty(document.getElementById('cost'), 'input', {
      get() { return Object.getPrototypeOf(this).__lookupGetter__('input').call(this); },
      set(value) {
        if (value?.positions?.[0]?.kommune === '1804') throw Object.assign(new Error('refused'), { issues: [{ message: 'Refused.' }] });
        Object.getPrototypeOf(this).__lookupSetter__('input').call(this, value);
      },
    });
  });
  const period = { part: 'hospital', start: '2020-09-01', end: '2021-08-31' };
  const all = join(dir, 'all.json');
  writeFileSync(all, JSON.stringify({ format: 'lis1kit-self-check', version: 1, inputs: {
    remainingService: { periods: [period] }, absenceCheck: { periods: [period] },
    eligibility: {}, costEstimate: { positions: [{ kommune: '1804' }] } } }));
  await page.locator('#open').setInputFiles(all);
  await status.filter({ hasText: 'all.json' }).waitFor();
  assert.equal(await status.textContent(), 'all.json: et skjema kunne ikke fylles ut fra filen. Refused. Ingenting er endret.');
  assert.deepEqual(await inputs(page), before);
  await page.close();
});

test('self-check in English: texts, the error message, print summary hides the controls', async () => {
  const page = await open('selvsjekk.html?lang=en');
  assert.equal(await page.locator('#save').textContent(), 'Save my inputs');
  // The widgets follow the page language: the cost form's English title, not the Norwegian one.
  const titles = await page.evaluate(async () => {
    // The module the page already loaded (full.js), not a second one.
    const { formSpec } = await import('./lis1kit/full.js');
    return [formSpec('cost', { lang: 'en' }).title, formSpec('cost', { lang: 'nb' }).title];
  });
  assert.notEqual(titles[0], titles[1]);
  assert.equal(await page.locator('#cost [part=title]').textContent(), titles[0]);
  const corrupt = join(dir, 'bad.json');
  writeFileSync(corrupt, 'not json');
  await page.locator('#open').setInputFiles(corrupt);
  await page.locator('#file-status', { hasText: 'bad.json' }).waitFor();
  assert.equal(await page.locator('#file-status').textContent(), 'bad.json: the file is not valid JSON. Nothing was changed.');
  const shape = join(dir, 'shape-en.json');
  writeFileSync(shape, JSON.stringify({ format: 'lis1kit-self-check', version: 1, inputs: { eligibility: { applicant: 'yes' } } }));
  await page.locator('#open').setInputFiles(shape);
  await page.locator('#file-status', { hasText: 'shape-en.json' }).waitFor();
  const said = await page.locator('#file-status').textContent();
  assert.ok(said.startsWith('shape-en.json: a form in the file has the wrong shape: “Can I apply for a bound position?”: '), said);
  assert.ok(said.endsWith('Nothing was changed.'), said);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.keep').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
  await page.close();
});
