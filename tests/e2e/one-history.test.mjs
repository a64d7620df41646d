// One history, several answers (issue 15 items 5, 8 and 9) on the
// self-check page, at phone width (390 CSS px): the applicant fills the
// service form once; the absence check (`for="remaining"`, no form of its
// own) answers it too, and the eligibility form takes the counted earlier
// LIS1 service from it. A saved file shows the answers at once; printed,
// each answer carries the input in words, the date and the rules' date,
// and a widget without an answer prints no heading.
//
// Hand derivation (worked example 2 of the rules page, docs/rules.md#example-2):
// hospital part 2023-03-01..2024-02-29 with 20 working days of sick leave,
// regime A-3: allowance 12, 20 − 12 = 8 working days to make up (A-O1
// default: only the excess). 2023-03-01 + 12 months − 1 day = 2024-02-29,
// so 12 whole months are counted; the municipal part has 0.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addAbsenceDays, fillPeriod, openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const dir = mkdtempSync(join(tmpdir(), 'lis1kit-one-history-'));
const VERSION = JSON.parse(readFileSync(new URL('../../pkg/package.json', import.meta.url), 'utf8')).version;
// 20 working days of own sickness against A-3's 12: 8 to make up, in working days (A-O2's default), and how the
// absence adds up (issue 24 item 8).
const MAKE_UP = {
  nb: 'Du må jobbe 8 arbeidsdager ekstra i sykehusdelen fordi fraværet er over grensen. '
    + 'Sykehusdelen: 20 arbeidsdager fravær (egen sykdom), grensen er 12.',
  en: 'You must work 8 extra working days in the hospital part because absence is above the allowance. '
    + 'Hospital part: 20 working days of absence (own sickness), the allowance is 12.',
};
const WAITING = {
  nb: 'Svaret kommer her når du har regnet ut skjemaet over.',
  en: 'The answer appears here once you have calculated the form above.',
};

/** The self-check page on a phone (390 × 844), its clock fixed at noon on 4 December 2026. */
async function phone(lang = 'nb') {
  const page = await site.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.clock.setFixedTime(new Date('2026-12-04T12:00:00'));
  await page.goto(new URL(`selvsjekk.html?lang=${lang}`, site.url).href);
  for (const id of ['remaining', 'eligibility', 'cost']) await page.locator(`#${id} form`).waitFor();
  await page.locator('#absence section.result').waitFor();
  return page;
}

/** Worked example 2 typed as a person would: one period, one absence row given as a day count. */
async function fillExample2(page) {
  const remaining = page.locator('#remaining');
  await fillPeriod(remaining, 0, 'hospital', '2023-03-01', '2024-02-29');
  await addAbsenceDays(remaining, 0, 'hospital', 'sick', 20);
}

for (const lang of ['nb', 'en']) {
  test(`self-check (${lang}, 390 px): one service form answers remaining service, absence and earlier LIS1 service`, async () => {
    const page = await phone(lang);
    const absence = page.locator('#absence');
    // The absence check has no form of its own: it waits for the service form.
    assert.equal(await absence.locator('form').count(), 0);
    assert.equal(await absence.locator('section.result').innerText(), WAITING[lang]);
    // The options of the open rules are folded: no screen of options before the answer.
    assert.equal(await page.locator('#remaining details[part=advanced]').evaluate((d) => d.open), false);
    // Every checkbox sits beside its label, on the same line.
    const misplaced = await page.locator('#remaining').evaluate((host) => [...host.shadowRoot.querySelectorAll('input[type=checkbox]')]
      .filter((box) => box.checkVisibility())
      .map((box) => [box, box.labels[0]?.getBoundingClientRect(), box.getBoundingClientRect()])
      .filter(([, label, b]) => !label || label.left < b.right - 1 || label.top > b.bottom || label.bottom < b.top)
      .map(([box]) => box.dataset.path));
    assert.deepEqual(misplaced, []);

    await fillExample2(page);
    const submit = page.locator('#remaining button[type=submit]');
    await submit.click();
    const answer = page.locator('#remaining section.result p.answer');
    await answer.waitFor();
    assert.ok((await answer.textContent()).includes(MAKE_UP[lang]), await answer.textContent());
    // The answer is on screen right after pressing the button: no scrolling to find it.
    const box = await answer.boundingBox();
    assert.ok(box.y > -1 && box.y < 844, `answer at y=${box.y}`);
    // The absence check answers the same history.
    await absence.locator('p.answer').waitFor();
    assert.equal(await absence.locator('p.answer').textContent(), MAKE_UP[lang]);
    // Eligibility: earlier LIS1 service taken from the history (B-12, B-14, T-1): 12 + 0 months, the 8 working
    // days still owed in the hospital part, no læringsmål approved, first day 2023-03-01.
    const eligibility = page.locator('#eligibility');
    const field = (path) => eligibility.locator(`[data-path="/applicant/lis1${path}"]`);
    assert.equal(await field('/hospitalMonths').inputValue(), '12');
    assert.equal(await field('/municipalMonths').inputValue(), '0');
    assert.equal(await field('/complete').isChecked(), false);
    assert.equal(await field('/firstStart').inputValue(), '2023-03-01');
    assert.equal(await field('/makeUpDays/hospital').inputValue(), '8');
    assert.equal(await field('/makeUpDays/municipal').inputValue(), ''); // none owed: left empty
    assert.equal(await field('/makeUpDays/dayUnit').inputValue(), 'workdays');
    assert.equal(await field('/learningGoalsApproved/hospital').isChecked(), false);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(site.consoleErrors, []);
    await page.close();
  });
}

test('self-check: eligibility from the history names the days owed and gives the full course it draws (B-12, issue 22 item 3)', async () => {
  const page = await phone();
  await fillExample2(page);
  await page.locator('#remaining button[type=submit]').click();
  const eligibility = page.locator('#eligibility');
  await page.locator('#absence p.answer').waitFor();
  assert.equal(await eligibility.locator('[data-path="/applicant/lis1/makeUpDays/hospital"]').inputValue(), '8');
  await eligibility.locator('[data-path="/applicant/specialty"]').selectOption('psykiatri');
  await eligibility.locator('[data-path="/applicant/authorised"]').check();
  await eligibility.locator('[data-path="/round"]').fill('2026-09-01');
  await eligibility.locator('button[type=submit]').click();
  const b12 = eligibility.locator('.checklist li', { hasText: 'B-12' }).first();
  await b12.waitFor();
  const text = await b12.textContent();
  // What remains: the 8 working days, the hospital læringsmål (not ticked) and the 6 municipal months — not "0 + 6".
  assert.ok(text.includes('det gjenstår 8 arbeidsdager fravær å ta igjen i sykehusdelen, godkjenning av læringsmålene i sykehusdelen og 6 md. i kommunedelen'), text);
  // P-1 is off: a full 18-month course, and the timeline shows it: 2026-09-01 + 18 months − 1 day = 29 February 2028.
  assert.ok(text.includes('fullt løp på 18 måneder') && !text.includes('kortere'), text);
  assert.ok(await eligibility.locator('.result td', { hasText: '29. februar 2028' }).count() >= 1);
  // T-1 from the first counted LIS1 service, 2023-03-01: + 78 months = 2029-09-01 → 31 August 2029.
  assert.ok(await eligibility.locator('.result td', { hasText: '31. august 2029' }).count() >= 1);
  await page.close();
});

test('self-check: opening a saved file shows the answers at once; a file from before one history still fills the service form', async () => {
  const page = await phone();
  const example2 = {
    periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }],
    absences: [{ part: 'hospital', kind: 'sick', days: 20 }],
  };
  const saved = join(dir, 'saved.json');
  writeFileSync(saved, JSON.stringify({ format: 'lis1kit-self-check', version: 1, inputs: { remainingService: example2 } }));
  await page.locator('#open').setInputFiles(saved);
  await page.locator('#file-status', { hasText: 'saved.json' }).waitFor();
  assert.equal(await page.locator('#file-status').textContent(), 'saved.json: skjemaene er fylt ut fra filen, og svarene er regnet ut.');
  assert.ok((await page.locator('#remaining p.answer').textContent()).includes(MAKE_UP.nb));
  assert.equal(await page.locator('#absence p.answer').textContent(), MAKE_UP.nb);
  // Widgets the file does not fill show no result and no issue.
  assert.equal(await page.locator('#cost section.result').innerText(), '');
  assert.equal(await page.locator('#cost [aria-invalid]').count(), 0);

  // Saved before the page had one history: only an absence-check input. It fills the service form.
  const old = join(dir, 'old.json');
  const shifted = { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }], absences: [{ part: 'hospital', kind: 'sick', days: 15 }] };
  writeFileSync(old, JSON.stringify({ format: 'lis1kit-self-check', version: 1, inputs: { absenceCheck: shifted } }));
  await page.locator('#open').setInputFiles(old);
  await page.locator('#file-status', { hasText: 'old.json' }).waitFor();
  // 15 − 12 = 3 working days to make up, and how they add up.
  assert.equal(await page.locator('#absence p.answer').textContent(), 'Du må jobbe 3 arbeidsdager ekstra i sykehusdelen fordi fraværet er over grensen. '
    + 'Sykehusdelen: 15 arbeidsdager fravær (egen sykdom), grensen er 12.');
  assert.equal(await page.locator('#remaining [data-path="/absences/0/days"]').inputValue(), '15');
  await page.close();
});

test('self-check printed: the answers with the input in words, the date and the rules\' date; no heading without an answer', async () => {
  const page = await phone();
  await fillExample2(page);
  await page.locator('#remaining button[type=submit]').click();
  await page.locator('#absence p.answer').waitFor();
  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.locator(sel).evaluate((e) => e.checkVisibility());
  assert.equal(await shown('#service-heading'), true);
  assert.equal(await shown('#absence-heading'), true);
  // Neither eligibility nor cost was calculated: their headings are not printed.
  assert.equal(await shown('#eligibility-heading'), false);
  assert.equal(await shown('#cost-heading'), false);
  const summary = page.locator('#remaining [part=print-summary]');
  assert.equal(await summary.evaluate((e) => e.checkVisibility()), true);
  const text = await summary.innerText();
  assert.ok(text.includes(`Regnet ut 4. desember 2026 med lis1kit ${VERSION}, etter reglene slik de var 6. desember 2026.`), text);
  // The input in the form's own words: the row as on screen, the dates in Norwegian, the unit.
  for (const line of ['Periode 1', 'Fra og med: 1. mars 2023', 'Til og med: 29. februar 2024', 'Antall dager: 20 dager']) {
    assert.ok(text.includes(line), `${line} in ${text}`);
  }
  assert.doesNotMatch(text, /hospital|periods|absences|\d{4}-\d{2}-\d{2}/);
  // On screen the summary is not shown (the form shows the input).
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await summary.evaluate((e) => e.checkVisibility()), false);
  await page.close();
});
