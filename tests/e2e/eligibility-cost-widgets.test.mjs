// <lis1-eligibility> on the sample job posting (www/stilling.html) and
// <lis1-cost-estimate> on the budget page (www/budsjett.html), in headless
// Chromium. Expectations from RULES.md (worked example 1, T-1, B-4, B-11, B-13, C-21).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser.mjs';

let site;
// The sample posting's round is the next after today (issue 24 item 10): on 1 June 2026 that is 1 September 2026
// (B-2), the round these expectations are derived for.
before(async () => { site = await openSite({ now: new Date('2026-06-01T10:00:00') }); });
after(async () => { await site?.close(); });

function nextEvent(page, selector, name) {
  return page.evaluate(([sel, n]) => new Promise((resolve) => {
    document.querySelector(sel).addEventListener(n, (e) => resolve(e.detail), { once: true });
  }), [selector, name]);
}

test('job posting: preset attributes fill specialty, round, employer and kommune (Bodø, 1804)', async () => {
  const { page, el } = await site.widget('stilling.html', '#eligibility');
  assert.equal(await el.locator('[data-path="/applicant/specialty"]').inputValue(), 'allmennmedisin');
  assert.equal(await el.locator('[data-path="/round"]').inputValue(), '2026-09-01');
  assert.equal(await el.locator('[data-path="/employer/kind"]').inputValue(), 'kommune');
  assert.equal(await el.locator('[data-path="/employer/kommune"]').inputValue(), '1804');
});

test('job posting: an applicant not yet authorised is conditional (B-11); the reasons carry rule ids', async () => {
  const { page, el } = await site.widget('stilling.html', '#eligibility');
  const event = nextEvent(page, '#eligibility', 'lis1-result');
  await el.locator('button[type=submit]').click();
  const detail = await event;
  assert.equal(detail.eligible, 'conditional');
  const b11 = el.locator('.checklist li', { hasText: 'B-11' }).first();
  assert.match(await b11.textContent(), /^(Oppfylt|Ikke oppfylt) · B-11 /);
  // Timeline of a round starting 2026-09-01: LIS1 ends 2028-02-29 (18 months, 2028 is a leap year).
  assert.ok(await el.locator('.result td', { hasText: '29. februar 2028' }).count() >= 1);
});

test('job posting: statements are drawn as information, only conditions as met or not met (issue 22 item 11)', async () => {
  const { page, el } = await site.widget('stilling.html', '#eligibility');
  await el.locator('[data-path="/applicant/authorised"]').check();
  const event = nextEvent(page, '#eligibility', 'lis1-result');
  await el.locator('button[type=submit]').click();
  const detail = await event;
  // B-4 (no tie-in) and B-13 (the assessment principle) are information in the result data and on screen.
  for (const rule of ['B-4', 'B-13', 'T-1']) {
    assert.equal(detail.reasons.find((r) => r.rule === rule).kind, 'info', rule);
    const item = el.locator('.checklist li', { hasText: `${rule} ` }).first();
    assert.match(await item.textContent(), new RegExp(`^Til informasjon · ${rule} `));
    assert.equal(await item.getAttribute('part'), 'info');
  }
  // Authorised: B-11 is a condition, met.
  assert.match(await el.locator('.checklist li', { hasText: 'B-11' }).first().textContent(), /^Oppfylt · B-11 /);
  // No information row says "Oppfylt".
  const shown = await el.locator('.checklist li[part=info]').allTextContents();
  assert.ok(shown.length >= 5 && shown.every((t) => !t.startsWith('Oppfylt')), shown.join('\n'));
  await page.close();
});

test('worked example 1 by preset: the 6.5-year minimum is reached 2029-02-28 (T-1)', async () => {
  // On the self-check page: the GP posting does not offer the psykiatri example.
  const { page, el } = await site.widget('selvsjekk.html', '#eligibility');
  await el.locator('button[data-preset="psykiatri-2022"]').click();
  const event = nextEvent(page, '#eligibility', 'lis1-result');
  await el.locator('button[type=submit]').click();
  const detail = await event;
  assert.equal(detail.timeline.minimumEnd, '2029-02-28');
  assert.equal(detail.timeline.specialtyStart, '2024-03-01');
});

test('job posting (view="applicant"): the employer facts come from the attributes and are met; only the applicant\'s questions show', async () => {
  const { page, el } = await site.widget('stilling.html', '#eligibility');
  assert.equal(await el.locator('fieldset[data-section=employer]').isHidden(), true);
  assert.equal(await el.locator('button[data-preset="psykiatri-2022"]').count(), 0);
  assert.equal(await el.locator('[data-path="/employer/supervisionCapacity"]').isChecked(), true);
  assert.equal(await el.locator('[data-path="/employer/vacancyFrom"]').inputValue(), '2028-03-01');
  const event = nextEvent(page, '#eligibility', 'lis1-result');
  await el.locator('button[type=submit]').click();
  const detail = await event;
  // The employer's side, computed from the posting's facts: every item met (the position is compliant) …
  assert.ok(detail.employerChecklist.length > 0);
  assert.deepEqual(detail.employerChecklist.filter((item) => !item.met).map((item) => item.rule), []);
  // … and not shown to the applicant.
  assert.equal(await el.locator('[data-view=employer]').count(), 0);
  await page.close();
});

test('budget page: one position from 2026-09-01 in Bodø runs 4 + 12 + 2 months over three budget years (C-21)', async () => {
  const { page, el } = await site.widget('budsjett.html', '#cost');
  assert.equal(await el.locator('[data-path="/positions/0/kommune"]').inputValue(), '1804');
  await el.locator('[data-path="/positions/0/count"]').fill('1');
  const event = nextEvent(page, '#cost', 'lis1-result');
  await el.locator('button[type=submit]').click();
  const detail = await event;
  assert.deepEqual(detail.byYear.map((y) => [y.year, y.positionMonths]), [[2026, 4], [2027, 12], [2028, 2]]);
  // The by-year table shows the same months.
  const yearRows = el.locator('table', { has: page.locator('caption', { hasText: 'Per budsjettår' }) }).locator('tbody tr');
  assert.deepEqual(await yearRows.locator('th').allTextContents(), ['2026', '2027', '2028']);
});

/** Reads a chart: its title and description (through aria-labelledby), each bar's label text and drawn width. */
function readChart(page, name) {
  return page.evaluate((n) => {
    const root = document.querySelector('#cost').shadowRoot;
    const svg = root.querySelector(`svg[part~="${n}"]`);
    const [title, desc] = svg.getAttribute('aria-labelledby').split(' ').map((id) => root.getElementById(id));
    return {
      role: svg.getAttribute('role'),
      title: title.tagName === 'title' && svg.contains(title) ? title.textContent : null,
      desc: desc.tagName === 'desc' && svg.contains(desc) ? desc.textContent : null,
      labels: [...svg.querySelectorAll('text')].map((t) => t.textContent),
      widths: [...svg.querySelectorAll('rect.bar')].map((r) => r.getBoundingClientRect().width),
      fill: getComputedStyle(svg.querySelector('rect.bar')).fill,
    };
  }, name);
}

/** Table rows under a caption as [label, amount in kroner] (last column, `1 378 036` → 1378036). */
async function tableAmounts(el, page, caption) {
  const rows = el.locator('table', { has: page.locator('caption', { hasText: caption }) }).locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.cells[tr.cells.length - 1].textContent]));
}

test('budget page: the charts per payer and per budget year draw the amounts of the tables beside them (C-20, C-21)', async () => {
  const { page, el } = await site.widget('budsjett.html', '#cost');
  await el.locator('[data-path="/positions/0/count"]').fill('1');
  await el.locator('button[type=submit]').click();
  await el.locator('svg[part~="chart-by-year"]').waitFor();
  const kroner = (text) => Number(text.replace(/\D/g, ''));
  for (const [name, caption] of [['chart-by-payer', 'Per betaler'], ['chart-by-year', 'Per budsjettår']]) {
    const chart = await readChart(page, name);
    const rows = await tableAmounts(el, page, caption);
    assert.equal(chart.role, 'img');
    assert.equal(chart.title, `Diagram: ${caption}`);
    // One bar per table row, labelled with the row's heading and the amount shown in the table.
    assert.deepEqual(chart.labels, rows.map(([label, amount]) => `${label}: ${amount} kr`));
    assert.equal(chart.desc, `${chart.labels.join('. ')}.`);
    // Bar lengths are proportional to the table's amounts: the largest fills the width.
    const amounts = rows.map(([, a]) => kroner(a));
    const most = Math.max(...amounts);
    const longest = Math.max(...chart.widths);
    chart.widths.forEach((w, i) => assert.ok(Math.abs(w / longest - amounts[i] / most) < 0.005, `${name} bar ${i}: ${w}/${longest} vs ${amounts[i]}/${most}`));
    assert.equal(chart.fill, 'rgb(0, 91, 154)'); // --lis1-chart-bar default, 7:1 on white
  }
  // Hand-derived: a position started 2026-09-01 runs 18 months into three budget years (C-21),
  // and the state pays one municipal half-year of veiledningstilskudd, 140 000 (C-3, V2022 rate).
  assert.deepEqual((await readChart(page, 'chart-by-year')).labels.map((l) => l.split(':')[0]), ['2026', '2027', '2028']);
  assert.equal((await readChart(page, 'chart-by-payer')).labels[2], 'Staten: 140\u00a0000 kr');
});

test('budget page: a missing count is shown next to its field and nothing typed is lost', async () => {
  const { page, el } = await site.widget('budsjett.html', '#cost');
  await el.locator('[data-path="/positions/0/percent"]').fill('80');
  await el.locator('button[type=submit]').click();
  await el.locator('[data-error-for="/positions/0/count"] .line').waitFor();
  assert.equal(await el.locator('[data-path="/positions/0/percent"]').inputValue(), '80');
  assert.equal(await el.locator('[data-path="/positions/0/count"]').getAttribute('aria-invalid'), 'true');
  // Said with the visible label, not the JSON key.
  assert.equal(await el.locator('[data-error-for="/positions/0/count"]').textContent(), '«Antall stillinger» må fylles ut.');
});

test('budget page: a count that is not a whole number is named by its label inline and in the event (C-21)', async () => {
  const { page, el } = await site.widget('budsjett.html', '#cost');
  await el.locator('[data-path="/positions/0/count"]').fill('2.5');
  const event = nextEvent(page, '#cost', 'lis1-invalid');
  await el.locator('button[type=submit]').click();
  const { issues } = await event;
  const issue = issues.find((i) => i.path === '/positions/0/count');
  // Catalogue cost.count-invalid: "«{field}» må være et helt tall fra 0 til {max}, fikk {got}.". The event says it as
  // the API (estimateCost's Lis1Error, validate) does: the field by its visible label, after its row ("Rad {n}" of
  // the cost form) — no longer by its JSON key «count», which the shared form-control suite found (issue 23 item 4).
  assert.equal(issue.code, 'cost.count-invalid');
  const label = await el.locator('label[for="f-positions-0-count"]').textContent();
  assert.equal(label, 'Antall stillinger');
  assert.match(issue.message, /^Rad 1: «Antall stillinger» må være et helt tall fra 0 til /);
  // Next to the field, the same text without the row (the field is in it).
  const shown = await el.locator('[data-error-for="/positions/0/count"]').textContent();
  assert.equal(shown, issue.message.replace(/^Rad 1: /, ''));
  assert.doesNotMatch(shown, /count/);
});

test('no console errors and no foreign requests on the job posting and budget pages', () => {
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});
