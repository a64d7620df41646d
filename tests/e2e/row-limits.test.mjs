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

// Issue 26 item 3: a long string costs nothing. `el.input` copies the input into wasm as JSON text, each text cut one
// past 1 000 characters (above every field's limit): a rotation of 64 M characters is refused with its field's limit
// (100 characters) and the module's memory does not grow by the string (it grew by 64 MB and more, for good).
test('el.input with a text of 64 M characters: refused with the field\'s limit, and wasm memory does not grow with it', async () => {
  const { page, el } = await site.widget('hr.html', '#remaining');
  await fillPeriod(el, 0, 'hospital', '2027-09-01', '2028-08-31');
  const outcome = await page.locator('#remaining').evaluate(async (host) => {
    // The module this page's elements run on, and its exports (init() answers them once initialised).
    const url = performance.getEntriesByType('resource').map((r) => r.name).find((n) => /\/lis1kit_\w+\.js$/.test(n));
    const exports = await (await import(url)).default();
    const before = exports.memory.buffer.byteLength;
    const rotation = 'x'.repeat(64 * 1024 * 1024);
    let codes = [];
    try {
      host.input = { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29', rotation }] };
    } catch (error) {
      codes = error.issues.map((i) => [i.path, i.code]);
    }
    return { codes, grew: exports.memory.buffer.byteLength - before };
  });
  assert.deepEqual(outcome.codes, [['/periods/0/rotation', 'text.too-long']]);
  assert.ok(outcome.grew < 4 * 1024 * 1024, `wasm memory grew by ${outcome.grew} bytes`);
  // What was typed stays.
  assert.equal(await el.locator('[data-path="/periods/0/start"]').inputValue(), '2027-09-01');
  await page.close();
});
