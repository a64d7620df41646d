// www/budsjett.html, issue 25 items 4 and 5: the numbers explained on screen
// (each payer per budget year, the rates used) and the page's exports — "Last
// ned CSV" saves the package's costCsv file for what the form holds (the same
// figures as the screen), "Skriv ut" prints the answer with the assumptions and
// the kroner it is in, without the page's controls. A form with problems gives
// no file and keeps what was typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** A table of the element under `caption` (exact) as rows of cell texts. */
function tableRows(page, caption) {
  return page.evaluate((c) => {
    const root = document.querySelector('#cost').shadowRoot;
    const table = [...root.querySelectorAll('table')].find((t) => t.caption?.textContent === c);
    return table ? [...table.tBodies[0].rows].map((tr) => [...tr.cells].map((td) => td.textContent)) : null;
  }, caption);
}

/** The rows of a CSV file under its title row, up to the next blank row. */
function csvSection(rows, title) {
  const at = rows.indexOf(title);
  assert.ok(at > 0, title);
  const end = rows.indexOf('', at);
  return rows.slice(at + 2, end).map((row) => row.split(';'));
}

const digits = (text) => Number(text.replace(/[^\d]/g, ''));

test('budget page: "Last ned CSV" saves the package\'s file with the screen\'s figures; the new tables are shown', async () => {
  const { page, el } = await site.widget('budsjett.html', '#cost');
  await el.locator('[data-path="/positions/0/count"]').fill('1');
  await el.locator('button[type=submit]').click();
  await el.locator('section.result p.summary').waitFor();
  // On screen: each payer per budget year (2026, 2027, 2028 for a start 2026-09-01, C-21, then the sums) and the
  // rates used, C-4's 606 000 per year at its 2020 price level.
  const byYear = await tableRows(page, 'Betalerne år for år');
  assert.deepEqual(byYear.map((r) => r[0]), ['2026', '2027', '2028', 'Sum']);
  const rates = await tableRows(page, 'Satsene som er brukt');
  const salary = rates.find((r) => r[0] === 'Årslønn');
  assert.deepEqual(salary.slice(1, 4), ['606\u00a0000', 'kr per år', '2020']);

  const download = page.waitForEvent('download');
  await page.locator('#csv').click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'lis1-kostnader.csv');
  const text = await readFile(await file.path(), 'utf8');
  assert.equal(text[0], '\uFEFF');
  const rows = text.slice(1).split('\r\n');
  // The same whole kroner as the screen's tables, as plain numbers for Excel.
  const payers = await tableRows(page, 'Per betaler');
  assert.deepEqual(csvSection(rows, 'Per betaler').map(([label, amount]) => [label, Number(amount)]),
    payers.map(([label, amount]) => [label, digits(amount)]));
  assert.deepEqual(csvSection(rows, 'Betalerne år for år').map((r) => [r[0], ...r.slice(1).map(Number)]),
    byYear.map((r) => [r[0], ...r.slice(1).map(digits)]));
  assert.equal(await page.locator('#file-status').textContent(), 'Filen er lastet ned: lis1-kostnader.csv');
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('budget page: a form with problems gives no file, shows them at the field and keeps what was typed', async () => {
  const { page, el } = await site.widget('budsjett.html', '#cost');
  await el.locator('[data-path="/positions/0/percent"]').fill('80');
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.locator('#csv').click();
  await page.locator('#file-status.error').waitFor();
  assert.ok((await page.locator('#file-status').textContent()).startsWith('Ingen fil: rett opp skjemaet først.'));
  await el.locator('[data-error-for="/positions/0/count"] .line').waitFor();
  assert.equal(await el.locator('[data-path="/positions/0/percent"]').inputValue(), '80');
  assert.equal(downloads, 0);
  await page.close();
});

test('budget page: a CSV module that cannot be fetched says so in the status line, no file', async () => {
  const { page, el } = await site.widget('budsjett.html', '#cost');
  await page.route('**/lis1kit/roster.js', (r) => r.fulfill({ status: 404, body: 'Not found' }));
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await el.locator('[data-path="/positions/0/count"]').fill('1');
  await page.locator('#csv').click();
  await page.locator('#file-status.error').waitFor();
  assert.equal(await page.locator('#file-status').textContent(),
    'Ingen fil: CSV-delen kunne ikke lastes. Last siden på nytt og prøv igjen.');
  assert.ok(errors.some((e) => e.includes('the CSV module could not be loaded')), errors.join('\n'));
  assert.equal(downloads, 0);
  // The page's own console-error list is the site's; this test's failure is on purpose.
  site.consoleErrors.length = 0;
  await page.close();
});

test('budget page (en): "Print" prints the answer with its assumptions and price years, not the controls', async () => {
  const { page, el } = await site.widget('budsjett.html?lang=en', '#cost');
  assert.equal(await page.locator('#csv').textContent(), 'Download CSV');
  await el.locator('[data-path="/positions/0/count"]').fill('1');
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.locator('#print').click();
  assert.equal(await page.evaluate(() => window.printed), true);
  await page.emulateMedia({ media: 'print' });
  // The answer says which kroner (the rates' price years), the assumptions are listed, the rates table too.
  const summary = el.locator('section.result p.summary');
  assert.match(await summary.textContent(), /the rates are from 2019–2022\./);
  assert.equal(await summary.isVisible(), true);
  assert.equal(await el.locator('ul[part~="assumptions"] li').first().isVisible(), true);
  assert.ok(await tableRows(page, 'Rates used'));
  for (const hidden of ['#csv', '#print', '.site-nav', '#file-status']) {
    assert.equal(await page.locator(hidden).isVisible(), false, hidden);
  }
  assert.equal(await el.locator('form').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
  await page.close();
});
