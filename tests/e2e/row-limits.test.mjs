// Issue 26 item 2: row limits hold for every route in, counted on the input itself. The remaining-service form takes
// at most 200 periods and 1 000 absences (lis1-service's MAX_PERIODS, MAX_ABSENCES). Each attack below gave a page
// that froze for 11–81 s; now `el.input` throws a Lis1Error naming the limit and the form keeps what was typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fillPeriod, openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const attacks = {
  // 20 000 absences and no periods: before, validate() stopped at "periods missing" and never counted the rows.
  'absences without periods': `({ absences: Array.from({ length: 20000 }, () => ({ part: 'hospital', kind: 'sick', days: 1 })) })`,
  // An unknown key beside 20 000 rows: before, the unknown key stopped the reading first.
  'an unknown key beside the rows': `({ colour: 'red', periods: Array.from({ length: 20000 }, () => ({ part: 'hospital', start: '2027-09-01', end: '2027-09-02' })) })`,
  // toJSON answering 20 000 rows: the copy that would be drawn is the copy that is counted.
  'toJSON returning the rows': `({ periods: [], toJSON() { return { periods: Array.from({ length: 20000 }, () => ({ part: 'hospital', start: '2027-09-01', end: '2027-09-02' })) }; } })`,
};

for (const [name, source] of Object.entries(attacks)) {
  test(`el.input with ${name}: refused at once with the limit, and what was typed stays`, async () => {
    const { page, el } = await site.widget('hr.html', '#remaining');
    await fillPeriod(el, 0, 'hospital', '2027-09-01', '2028-08-31');
    const outcome = await page.locator('#remaining').evaluate((host, source) => {
      // eslint-disable-next-line no-eval
      const value = (0, eval)(source);
      try {
        host.input = value;
        return { thrown: false };
      } catch (err) {
        return { thrown: true, name: err?.name, codes: (err?.issues ?? []).map((i) => [i.path, i.code]) };
      }
    }, source);
    assert.equal(outcome.thrown, true, 'refused');
    assert.equal(outcome.name, 'Lis1Error');
    assert.ok(outcome.codes.some(([, code]) => code === 'list.too-long'), JSON.stringify(outcome.codes));
    // Only the limits are thrown, and the form is not redrawn: it still shows the one period typed.
    assert.ok(outcome.codes.every(([, code]) => code === 'list.too-long'), JSON.stringify(outcome.codes));
    assert.equal(await el.locator('fieldset[part=row]').count(), 1);
    const input = await page.locator('#remaining').evaluate((host) => host.input);
    assert.equal(input.periods[0].start, '2027-09-01');
    await page.close();
  });
}

test('el.input with a getter that answers more the second time: read once, so what is drawn is what was checked', async () => {
  // One period on the first read, 20 000 on any later one. Before, the check read one period and the drawing read
  // 20 000 (the page froze); now the input is read once and that one copy is both checked and drawn.
  const { page, el } = await site.widget('hr.html', '#remaining');
  const outcome = await page.locator('#remaining').evaluate((host) => {
    let reads = 0;
    const row = () => ({ part: 'hospital', start: '2027-09-01', end: '2028-08-31' });
    const value = { get periods() { reads += 1; return reads === 1 ? [row()] : Array.from({ length: 20000 }, row); } };
    host.input = value;
    return { reads, drawn: host.input.periods.length };
  });
  assert.deepEqual(outcome, { reads: 1, drawn: 1 });
  assert.equal(await el.locator('fieldset[part=row]').count(), 1);
  await page.close();
});
