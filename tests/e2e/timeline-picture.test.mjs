// Pictures that explain (issue 15 item 7): the service timeline at 360 px
// has month ticks whose labels never overlap, a legend of what it draws, the
// planned service and the dated make-up days, and today.
//
// Hand derivation (worked example 2, docs/rules.md#example-2, with a plan):
// hospital 2023-03-01..2024-02-29 with 20 working days of sick leave (A-3:
// 20 − 12 = 8 to make up), plan from Fri 2024-03-01. The 12 months are
// served, so the make-up days run Fri 1 .. Tue 12 March 2024 (8 working
// days, no public holiday). The municipal part is planned from Wed
// 2024-03-13 for 6 months: to 2024-09-12.
// The picture spans 2023-03-01..2024-09-12 = 366 + 195 = 561 days; a date d
// sits at 99.5 × days(2023-03-01 → d) / 561 % of the width:
// 2024-03-01 → 99.5 × 366 / 561 = 64.91 %, and the make-up band (to the end
// of 12 March, i.e. 13 March) is 99.5 × 378 / 561 − 64.91 = 2.13 % wide.
// Month ticks: 18 months from March 2023 to September 2024; every 6 months
// keeps them under four: March 2023, September, March 2024, September 2024;
// the last is at 99.5 × 550 / 561 = 97.5 %, in the last 22 %, so it has no
// label. The year is shown at the first label and where it changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { addAbsenceDays, fillPeriod, openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const EXPECTED = {
  nb: {
    ticks: ['mar. 2023', 'sep.', 'mar. 2024'],
    legend: ['Tjeneste som teller', 'Planlagt', 'Dager å ta igjen', 'Beregnet slutt', 'I dag (5. mars 2024)'],
    makeUp: 'Sykehusdelen: dager å ta igjen fra 1. mars 2024 til og med 12. mars 2024.',
    today: 'I dag er 5. mars 2024.',
  },
  en: {
    ticks: ['Mar 2023', 'Sep', 'Mar 2024'],
    legend: ['Service that counts', 'Planned', 'Days to make up', 'Projected end', 'Today (5 March 2024)'],
    makeUp: 'Hospital part: days to make up from 1 March 2024 to 12 March 2024.',
    today: 'Today is 5 March 2024.',
  },
};

for (const lang of ['nb', 'en']) {
  test(`timeline (${lang}, 360 px): month ticks without overlap, a legend, planned service, dated make-up days, today`, async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.clock.setFixedTime(new Date('2024-03-05T12:00:00'));
    await page.goto(new URL(`hr.html?lang=${lang}`, site.url).href);
    const el = page.locator('#remaining');
    await el.locator('form').waitFor();
    await fillPeriod(el, 0, 'hospital', '2023-03-01', '2024-02-29');
    await addAbsenceDays(el, 0, 'hospital', 'sick', 20);
    await el.locator('[data-path="/plan/nextStart"]').fill('2024-03-01');
    await el.locator('button[type=submit]').click();
    const svg = el.locator('svg.timeline');
    await svg.waitFor();
    const want = EXPECTED[lang];

    const labels = await svg.locator('text.axis').evaluateAll((ts) => ts.map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, left: r.left, right: r.right };
    }));
    assert.deepEqual(labels.map((l) => l.text), want.ticks);
    const frame = await svg.evaluate((s) => { const r = s.getBoundingClientRect(); return { left: r.left, right: r.right }; });
    for (const [i, l] of labels.entries()) {
      assert.ok(l.left >= frame.left - 0.5 && l.right <= frame.right + 0.5, `${l.text} inside the picture`);
      if (i > 0) assert.ok(labels[i - 1].right <= l.left, `${labels[i - 1].text} and ${l.text} do not overlap`);
    }

    assert.deepEqual(await el.locator('ul.legend li').allTextContents(), want.legend);
    const makeUp = svg.locator('rect.make-up');
    assert.equal(await makeUp.count(), 1);
    assert.deepEqual([await makeUp.getAttribute('x'), await makeUp.getAttribute('width')], ['64.91%', '2.13%']);
    assert.equal(await svg.locator('line.tick').count(), 4);
    assert.equal(await svg.locator('rect.planned').count(), 1);
    assert.equal(await svg.locator('line.today').count(), 1);
    const desc = await svg.locator('desc').textContent();
    assert.ok(desc.includes(want.makeUp), desc);
    assert.ok(desc.endsWith(want.today), desc);
    assert.deepEqual(await axeViolations(page, '#remaining'), []);
    await page.close();
  });
}
