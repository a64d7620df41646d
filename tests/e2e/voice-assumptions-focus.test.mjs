// Issue 24 items 7 and 8, issue 25 item 3: HR pages speak about the doctor, the assumption list shows only what
// changes the answer (the rest under one native <details> line), and submitting with an issue that has no field
// of its own moves focus to the announced summary beside the submit button. Expected sentences by hand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fillPeriod } from './browser.mjs';
import { openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** Words that speak to the reader. */
const TO_THE_READER = /\b(du|deg|din|ditt|dine)\b/i;

for (const lang of ['nb', 'nn', 'en']) {
  test(`hr.html (${lang}): the answers speak about the doctor, never to "du"`, async () => {
    const { page, el } = await site.widget(`hr.html?lang=${lang}`, '#remaining');
    // 2027-09-01..2028-08-31 full time: 12 hospital months (S-1, by anniversary); the 6 municipal months lack.
    await fillPeriod(el, 0, 'hospital', '2027-09-01', '2028-08-31');
    await el.locator('button[type=submit]').click();
    const lacking = {
      nb: 'Legen mangler 6 måneder i kommunen.',
      nn: 'Legen manglar 6 månader i kommunen.',
      en: 'The doctor still lacks 6 months in the kommune.',
    }[lang];
    await el.locator('section.result p.answer', { hasText: lacking }).waitFor();
    // The absence check follows the same form (for="remaining"): no absence, within the allowances.
    const within = {
      nb: 'Fraværet er innenfor grensene. Legen trenger ikke å ta igjen dager.',
      nn: 'Fråværet er innanfor grensene. Legen treng ikkje å ta att dagar.',
      en: "The doctor's absence is within the allowances. The doctor does not have to make up any days.",
    }[lang];
    const absence = page.locator('#absence');
    await absence.locator('section.result p.answer', { hasText: within }).waitFor();
    for (const host of [el, absence]) {
      // Every result text, the folded assumptions opened.
      for (const summary of await host.locator('[part=assumptions-folded] > summary').all()) await summary.click();
      const shown = await host.locator('section.result').innerText();
      assert.doesNotMatch(shown, TO_THE_READER, shown);
      if (lang === 'en') assert.doesNotMatch(shown, /\byou(r)?\b/i, shown);
    }
    await page.close();
  });
}

test('an unknown voice is said above the form and on the console; the answers then speak to "du"', async () => {
  const page = await site.page('hr.html');
  await page.evaluate(() => {
    document.querySelector('main').insertAdjacentHTML('afterbegin',
      '<lis1-remaining-service id="odd" lang="nb" voice="legen"></lis1-remaining-service>');
  });
  const el = page.locator('#odd');
  await el.locator('form').waitFor();
  const note = el.locator('[part=error][role=alert]');
  assert.equal(await note.textContent(),
    'Innstillingen voice="legen" er ukjent og er ikke brukt: svarene snakker til «du». Skriv you eller doctor.');
  assert.ok(site.consoleErrors.some((e) => e.includes('voice="legen"')), site.consoleErrors.join('\n'));
  await fillPeriod(el, 0, 'hospital', '2027-09-01', '2028-08-31');
  await el.locator('button[type=submit]').click();
  await el.locator('section.result p.answer', { hasText: 'Du mangler 6 måneder i kommunen.' }).waitFor();
  // Set right, the answer is given again about the doctor.
  await page.evaluate(() => document.getElementById('odd').setAttribute('voice', 'doctor'));
  await el.locator('section.result p.answer', { hasText: 'Legen mangler 6 måneder i kommunen.' }).waitFor();
  assert.equal(await el.locator('[part=error][role=alert]').count(), 0);
  await page.close();
});

test('the assumptions that do not change the answer fold under one line a keyboard opens', async () => {
  const { page, el } = await site.widget('hr.html', '#remaining');
  // No absence and 100 %: of the nine assumptions only P-1 changes the answer (switched on it adds an offer of
  // the 6 municipal months); A-O1..A-O7 (no absence, none covid, no part in 2019) and S-5 (100 %) do not.
  await fillPeriod(el, 0, 'hospital', '2027-09-01', '2028-08-31');
  await el.locator('button[type=submit]').click();
  const listed = el.locator('[part=assumptions] li');
  await listed.first().waitFor();
  assert.equal(await listed.count(), 1);
  assert.match(await listed.first().textContent(), /^P-1 /);
  const folded = el.locator('[part=assumptions-folded]');
  assert.equal(await folded.evaluate((d) => d.tagName), 'DETAILS');
  assert.equal(await folded.locator('> summary').textContent(), 'Forutsetninger som ikke endrer dette svaret (8)');
  assert.equal(await folded.evaluate((d) => d.open), false);
  assert.equal(await folded.locator('li').first().isVisible(), false);
  await folded.locator('> summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await folded.evaluate((d) => d.open), true);
  const rules = (await folded.locator('li span.rule').allTextContents()).map((r) => r.trim());
  assert.deepEqual(rules, ['A-O1', 'A-O2', 'A-O3', 'A-O4', 'A-O5', 'A-O6', 'A-O7', 'S-5']);
  // With absence above the allowance (20 sick days, A-3: 12), A-O1 (the excess or all) and A-O2 (the unit of the
  // days, so the end) change the answer too; A-O3 does not (100 %: the allowance is 12 either way).
  await el.locator('button[data-add="/absences"]').click();
  await el.locator('[data-path="/absences/0/part"]').selectOption('hospital');
  await el.locator('[data-path="/absences/0/kind"]').selectOption('sick');
  await el.locator('[data-path="/absences/0/days"]').fill('20');
  await el.locator('button[type=submit]').click();
  await el.locator('section.result p.answer', { hasText: '8 arbeidsdager' }).waitFor();
  const shownRules = (await el.locator('[part=assumptions] li span.rule').allTextContents()).map((r) => r.trim());
  assert.deepEqual(shownRules, ['A-O1', 'A-O2', 'P-1']);
  await page.close();
});

test('390 px: an issue with no field of its own moves focus to the announced summary beside the submit button', async () => {
  const page = await site.page('hr.html');
  await page.setViewportSize({ width: 390, height: 700 });
  const el = page.locator('#remaining');
  await el.locator('form').waitFor();
  await fillPeriod(el, 0, 'hospital', '2027-09-01', '2028-08-31');
  // An absence row with its part and kind but neither dates nor a number of days: an issue of the whole row.
  await el.locator('button[data-add="/absences"]').click();
  await el.locator('[data-path="/absences/0/part"]').selectOption('hospital');
  await el.locator('[data-path="/absences/0/kind"]').selectOption('sick');
  await el.locator('button[type=submit]').click();
  const summary = el.locator('[part=form-errors]');
  await summary.locator('.line').first().waitFor();
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.equal(await summary.getAttribute('tabindex'), '-1');
  // Focus is on the summary, which is on screen next to the button.
  assert.equal(await el.evaluate((host) => host.shadowRoot.activeElement?.getAttribute('part')), 'form-errors');
  assert.ok(await summary.isVisible());
  const box = await summary.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 700, JSON.stringify(box));
  // It names the row, as the API says it away from the field.
  assert.match(await summary.textContent(), /Fravær 1/);
  // No field is marked invalid for an issue of the whole row.
  assert.equal(await el.locator('[aria-invalid=true]').count(), 0);
  // An issue at a field: focus moves there and the field is marked, the summary says nothing.
  await el.locator('[data-path="/absences/0/days"]').fill('3');
  await el.locator('[data-path="/periods/0/end"]').fill('2027-08-01');
  await el.locator('button[type=submit]').click();
  await el.locator('[data-path="/periods/0/end"][aria-invalid=true]').waitFor();
  assert.equal(await el.evaluate((host) => host.shadowRoot.activeElement?.getAttribute('data-path')), '/periods/0/end');
  assert.equal(await summary.isVisible(), false);
  await page.close();
});
