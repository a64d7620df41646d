// Budget in today's kroner (issue 15 item 11, rule C-20): the budget
// element's form has a price index, rows of a year and its index, read into
// the input's `priceIndex` map. Hand derivation: C-20 states an amount of
// price year p in year y as amount × index(y) / index(p). With index 100
// for every year the rates are stated in and 110 for 2026, every amount,
// and so the total, is 1.1 × its unadjusted value (the rates in percent
// multiply adjusted amounts and are not themselves adjusted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** Whole kroner of an answer line ("Samlet kostnad: 1 234 567 kr, …" / "Total cost: NOK 1,234,567, …"). */
const kroner = (text) => Number(text.match(/: (?:NOK )?(\d[\d\u00a0,]*)/)[1].replace(/[\u00a0,]/g, ''));
/** Whole kroner of a table cell ("1 234 567" / "1,234,567"). */
const cell = (text) => Number(text.replace(/[^\d−-]/g, '').replace('−', '-'));

for (const lang of ['nb', 'en']) {
  test(`<lis1-cost-estimate> (${lang}): a price index gives the amounts in 2026 kroner`, async () => {
    const { page, el } = await site.widget(`budsjett.html?lang=${lang}`, '#cost');
    await el.locator('button[data-preset="one-oslo-2022"]').click();
    await el.locator('button[type=submit]').click();
    const summary = el.locator('p.summary');
    await summary.waitFor();
    const nominal = await summary.textContent();
    assert.match(nominal, lang === 'nb' ? /ikke prisjustert/ : /not adjusted/);
    // The years the rates are stated in (setup, from the API's list of parameters used).
    const years = await page.evaluate(async () => {
      const { estimateCost } = await import('./lis1kit/full.js');
      const input = document.getElementById('cost').input;
      return [...new Set(estimateCost(input).parametersUsed.map((p) => p.priceYear).filter(Boolean))].sort();
    });
    assert.ok(years.length > 0);

    await el.locator('[data-path="/priceYear"]').fill('2026');
    const rows = [...years.map((y) => [y, 100]), [2026, 110]];
    for (const [i, [year, index]] of rows.entries()) {
      await el.locator('button[data-add="/priceIndex"]').click();
      await el.locator(`[data-path="/priceIndex/${i}/year"]`).fill(String(year));
      await el.locator(`[data-path="/priceIndex/${i}/index"]`).fill(String(index));
    }
    // The form reads the rows as the API's map.
    const input = await el.evaluate((e) => e.input);
    assert.deepEqual(input.priceIndex, Object.fromEntries(rows.map(([y, i]) => [String(y), i])));
    await el.locator('button[type=submit]').click();
    await summary.filter({ hasText: '2026' }).waitFor();
    const adjusted = await summary.textContent();
    assert.ok(adjusted.endsWith(lang === 'nb' ? 'i 2026-kroner.' : 'in 2026 kroner.'), adjusted);
    // Each total is the sum of whole-kroner components (issue 22 item 10): 10 of them for one position (5 per
    // part), each round(1.1 × c) against 1.1 × round(c), at most 0.5 + 0.55 apart: |adjusted − 1.1 × nominal| ≤ 10.5.
    assert.ok(Math.abs(kroner(adjusted) - 1.1 * kroner(nominal)) <= 10.5, `${adjusted} vs 1.1 × ${nominal}`);
    // And the adjusted tables add up to the adjusted headline, to the krone: per payer, per budget year, and the
    // per-position table's Sum line (one position) in its last column.
    for (const caption of lang === 'nb' ? ['Per betaler', 'Per budsjettår'] : ['By payer', 'By budget year']) {
      const amounts = await el.locator('table', { has: page.locator('caption', { hasText: caption }) }).locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.cells[tr.cells.length - 1].textContent));
      assert.equal(amounts.map(cell).reduce((a, b) => a + b, 0), kroner(adjusted), `${caption}: ${amounts}`);
    }
    const perPosition = await el.locator('table').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    const sumLine = perPosition.find(([label]) => label === (lang === 'nb' ? 'Sum' : 'Total'));
    // The first line is each part's calendar months (issue 25 item 4), not kroner.
    assert.equal(perPosition[0][0], lang === 'nb' ? 'Kalendermåneder' : 'Calendar months');
    const components = perPosition.slice(1, perPosition.indexOf(sumLine));
    for (const column of [1, 2, 3]) {
      assert.equal(components.map((r) => cell(r[column])).reduce((a, b) => a + b, 0), cell(sumLine[column]), `column ${column}`);
    }
    assert.equal(cell(sumLine[3]), kroner(adjusted));
    // The rows survive a redraw (language change) as rows.
    await el.evaluate((e) => e.setAttribute('lang', 'nn'));
    assert.equal(await el.locator('[data-path="/priceIndex/0/year"]').inputValue(), String(years[0]));
    assert.deepEqual(await axeViolations(page, '#cost'), []);
    await page.close();
  });
}

test('<lis1-cost-estimate>: a year the rates need and the index lacks is named, and nothing typed is lost', async () => {
  const { page, el } = await site.widget('budsjett.html', '#cost');
  await el.locator('button[data-preset="one-oslo-2022"]').click();
  await el.locator('[data-path="/priceYear"]').fill('2026');
  await el.locator('button[data-add="/priceIndex"]').click();
  await el.locator('[data-path="/priceIndex/0/year"]').fill('2026');
  await el.locator('[data-path="/priceIndex/0/index"]').fill('110');
  await el.locator('button[type=submit]').click();
  // C-20: every rate's price year needs an index; the message names a year and says it is missing.
  const error = el.locator('[data-error-for]:not([hidden])').first();
  await error.waitFor();
  assert.match(await error.textContent(), /Prisindeksen mangler en verdi for \d{4}/);
  assert.equal(await el.locator('[data-path="/priceIndex/0/index"]').inputValue(), '110');
  await page.close();
});
