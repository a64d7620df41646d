// www/hr.html, the HR officer's workspace (issue 25 items 1–3): several doctors, each a name and one service
// history; the table is what serviceRoster returns for them; save/open one versioned JSON file all-or-none; CSV and
// calendar downloads from the package; print of one doctor. Figures by hand from docs/rules.md (months by
// anniversary, S-1, S-4): see each doctor below.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillPeriod, openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

let site;
const dir = mkdtempSync(join(tmpdir(), 'lis1kit-hr-'));
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

// Kari: a full hospital year 2023-03-01..2024-02-29 = 12 months by anniversary (S-4), the hospital part done (S-1,
// 12 months); the kommune planned from 2024-03-01 at 100 %: 6 months end the day before 2024-09-01 → 2024-08-31,
// which is also del 1's end. No absence: nothing to make up, "på skjema".
// Per: 2022-09-01..2023-08-31 = 12 hospital months; the kommune from 2023-09-01: 6 months → 2024-02-29 (the day
// before 2024-03-01). Per ends del 1 before Kari: first by end date.
// Ola: a period that ends before it starts (2023-09-01..2023-08-31): his row keeps his values and shows the issue.
const KARI = { name: 'Kari Nordmann', part: 'hospital', start: '2023-03-01', end: '2024-02-29', next: '2024-03-01' };
const PER = { name: 'Per 4711', part: 'hospital', start: '2022-09-01', end: '2023-08-31', next: '2023-09-01' };
const OLA = { name: 'Ola', part: 'hospital', start: '2023-09-01', end: '2023-08-31' };

async function hrPage(path = 'hr.html') {
  const page = await site.page(path);
  await page.locator('#remaining form').waitFor();
  await page.locator('#roster-rows tr').first().waitFor();
  return page;
}

/** Types a doctor into the form of the chosen doctor: the name, one period, the plan; then "Regn ut". */
async function typeDoctor(page, d) {
  await page.locator('#doctor-name').fill(d.name);
  const el = page.locator('#remaining');
  await fillPeriod(el, 0, d.part, d.start, d.end);
  if (d.next) await el.locator('[data-path="/plan/nextStart"]').fill(d.next);
  await el.locator('button[type=submit]').click();
}

/** Types each doctor, the first into the page's first doctor, each next one after "Legg til lege". */
async function typeDoctors(page, list) {
  for (const [i, d] of list.entries()) {
    if (i > 0) {
      await page.locator('#add-doctor').click();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'doctor-name', 'a new doctor: focus on its name');
    }
    await typeDoctor(page, d);
    await page.locator('#roster-rows th', { hasText: d.name }).waitFor();
  }
}

/** The table's body as text, cell by cell; each row's first cell is the name. */
const tableCells = (page) => page.locator('#roster-rows tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText.trim())));

/** The input a doctor's typed values make (the form's defaults included: what the form reads back). */
const inputOf = (d) => ({
  absences: [],
  options: { dayUnit: 'workdays' },
  periods: [{ end: d.end, part: d.part, position: 'coupled', start: d.start }],
  ...(d.next ? { plan: { nextStart: d.next } } : {}),
});

/** serviceRoster's rows in the page, for the doctors as the test typed them (not read from the page). */
const rosterRows = (page, list, extra = {}) => page.evaluate(async ({ doctors, extra }) => {
  const { serviceRoster } = await import('./lis1kit/roster.js');
  return serviceRoster({ doctors, ...extra }).rows;
}, { doctors: list.map((d) => ({ name: d.name, input: inputOf(d) })), extra });

/** The cells a row should have: the roster's figures, numbers with a decimal comma (nb/nn) or point (en). */
function expectedCells(row, lang = 'nb') {
  const n = (x) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 2 }).format(x);
  const words = { nb: ['av', 'ikke kjent'], nn: ['av', 'ikkje kjend'], en: ['of', 'not known'] }[lang];
  const unit = row.dayUnit?.text;
  const part = (p) => (p ? [n(p.countedMonths), n(p.remainingMonths), `${n(p.absenceUsedDays)} ${words[0]} ${n(p.absenceAllowanceDays)} ${unit}`,
    `${n(p.makeUpDays)} ${unit}`, p.projectedEnd ?? words[1]] : ['', '', '', '', '']);
  const status = [row.status.text, ...row.issues.map((i) => i.message)].join('\n');
  return [row.name, status, ...part(row.hospital), ...part(row.municipal), row.projectedDel1End ?? words[1]];
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('two doctors typed: the table is what serviceRoster returns for them; Kari checked by hand', async () => {
  const page = await hrPage();
  await typeDoctors(page, [KARI, PER]);
  const rows = await rosterRows(page, [KARI, PER]);
  assert.deepEqual(await tableCells(page), rows.map((r) => expectedCells(r)));
  const [kari] = await tableCells(page);
  // By hand (above): 12 counted, 0 remaining, ends 2024-02-29; kommune 0 counted, 6 remaining, ends 2024-08-31.
  assert.deepEqual([kari[0], kari[1], kari[2], kari[3], kari[6], kari[7], kari[8], kari[11], kari[12]],
    ['Kari Nordmann', 'på skjema', '12', '0', '2024-02-29', '0', '6', '2024-08-31', '2024-08-31']);
  // One history feeds both answers: the absence check (for="remaining") answers Per's form, the chosen doctor.
  await page.locator('#absence p.answer').waitFor();
  // Choosing Kari in the table puts her history back into the form, focus on her heading.
  await page.locator('#roster-rows button', { hasText: 'Kari Nordmann' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'doctor-heading');
  assert.equal(await page.locator('#doctor-name').inputValue(), KARI.name);
  assert.equal(await page.locator('#remaining [data-path="/periods/0/start"]').inputValue(), KARI.start);
  assert.equal(await page.locator('#roster-rows button[aria-current=true]').textContent(), KARI.name);
  await page.close();
});

test('sorted by end (the package\'s order: end); a doctor with a bad date keeps every value and shows the issue', async () => {
  const page = await hrPage();
  await typeDoctors(page, [KARI, PER, OLA]);
  const ola = (await rosterRows(page, [KARI, PER, OLA]))[2];
  assert.equal(ola.status.code, 'error');
  // The issue is at Ola's period's end, a path into the list (RULES S-2: a period ends on or after its start).
  assert.ok(ola.issues.some((i) => i.path === '/doctors/2/input/periods/0/end'), JSON.stringify(ola.issues));
  const olaCells = (await tableCells(page))[2];
  assert.equal(olaCells[0], 'Ola');
  for (const issue of ola.issues) assert.ok(olaCells[1].includes(issue.message), olaCells[1]);

  await page.locator('#order').selectOption('end');
  // Per (2024-02-29), Kari (2024-08-31), Ola (no end: last).
  assert.deepEqual((await tableCells(page)).map((r) => r[0]), [PER.name, KARI.name, OLA.name]);
  const sorted = await rosterRows(page, [KARI, PER, OLA], { order: 'end' });
  assert.deepEqual(await tableCells(page), sorted.map((r) => expectedCells(r)));

  // Away to Kari and back to Ola: his typed values are all there, and the form names the issue.
  await page.locator('#roster-rows button', { hasText: KARI.name }).click();
  await page.locator('#roster-rows button', { hasText: 'Ola' }).click();
  const el = page.locator('#remaining');
  assert.equal(await page.locator('#doctor-name').inputValue(), 'Ola');
  assert.equal(await el.locator('[data-path="/periods/0/start"]').inputValue(), OLA.start);
  assert.equal(await el.locator('[data-path="/periods/0/end"]').inputValue(), OLA.end);
  await el.locator('[data-path="/periods/0/end"][aria-invalid=true]').waitFor();
  await page.close();
});

test('save → open: one versioned file with every doctor, and all of them come back; nothing kept by the browser', async () => {
  const page = await hrPage();
  await typeDoctors(page, [KARI, PER, OLA]);
  const saved = await download(page, '#save');
  assert.equal(saved.name, 'lis1-leger.json');
  const data = JSON.parse(saved.text);
  assert.equal(data.format, 'lis1kit-hr-roster');
  assert.equal(data.version, 1);
  assert.deepEqual(data.doctors, [KARI, PER, OLA].map((d) => ({ name: d.name, input: inputOf(d) })));
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  const table = await tableCells(page);

  await page.reload();
  await page.locator('#remaining form').waitFor();
  assert.equal((await tableCells(page)).length, 1, 'a reload starts with one empty doctor');
  const path = join(dir, 'lis1-leger.json');
  writeFileSync(path, saved.text);
  await page.locator('#open').setInputFiles(path);
  await page.locator('#file-status', { hasText: 'åpnet' }).waitFor();
  assert.equal(await page.locator('#file-status').textContent(), 'lis1-leger.json: åpnet. Leger i listen: 3');
  assert.deepEqual(await tableCells(page), table);
  assert.equal(await page.locator('#doctor-name').inputValue(), KARI.name);
  assert.equal(await page.locator('#remaining [data-path="/plan/nextStart"]').inputValue(), KARI.next);
  await page.close();
});

test('open: a bad file is refused with a clear message, and the page\'s doctors are kept', async () => {
  const page = await hrPage();
  await typeDoctors(page, [KARI, PER]);
  const table = await tableCells(page);
  const good = { format: 'lis1kit-hr-roster', version: 1, doctors: [{ name: 'X', input: inputOf(KARI) }] };
  const files = {
    'corrupt.json': ['{"format": "lis1kit-hr-roster", "doctors": [', 'Filen er ikke gyldig JSON.'],
    'version.json': [JSON.stringify({ ...good, version: 2 }), 'Filen er ikke en legeliste lagret fra denne siden'],
    'selvsjekk.json': [JSON.stringify({ format: 'lis1kit-self-check', version: 1, inputs: {} }), 'Filen er ikke en legeliste'],
    // 201 doctors: one over the package's limit of 200.
    'many.json': [JSON.stringify({ ...good, doctors: Array.from({ length: 201 }, () => good.doctors[0]) }), 'allerede 200 leger'],
    // The second doctor's history has a field the input does not have: the whole file is refused, even doctor 1.
    'unknown.json': [JSON.stringify({ ...good, doctors: [good.doctors[0], { name: 'Y', input: { ...inputOf(PER), salary: 1 } }] }), 'Feil hos lege nr. 2 (Y)'],
  };
  for (const [name, [text, said]] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(path, text);
    await page.locator('#open').setInputFiles(path);
    const status = page.locator('#file-status');
    await status.filter({ hasText: name }).waitFor();
    const shown = await status.textContent();
    assert.ok(shown.startsWith(`${name}: `) && shown.includes(said) && shown.endsWith('Listen på siden er ikke endret.'), shown);
    assert.equal(await status.evaluate((s) => s.classList.contains('error')), true);
    assert.deepEqual(await tableCells(page), table, name);
    assert.equal(await page.locator('#doctor-name').inputValue(), PER.name, name);
  }
  await page.close();
});

test('exports: CSV with the BOM and one row per doctor; the calendar has one VEVENT per part end, for the list and for one doctor', async () => {
  const page = await hrPage();
  await typeDoctors(page, [KARI, PER]);
  const csv = await download(page, '#csv');
  assert.match(csv.name, /\.csv$/);
  assert.equal(csv.text[0], '\uFEFF');
  const lines = csv.text.slice(1).split('\r\n');
  assert.equal(lines.pop(), '', 'every line ends with CRLF');
  assert.equal(lines.length, 3, 'the header and one row per doctor');
  assert.ok(lines[1].startsWith(`${KARI.name};`) && lines[2].startsWith(`${PER.name};`), lines.join('\n'));
  assert.ok(lines[1].split(';').includes('2024-08-31'), lines[1]);

  // Each doctor's two part ends by hand (above), no make-up days: Kari 2024-02-29 and 2024-08-31, Per 2023-08-31
  // and 2024-02-29; all-day events (DTEND the day after, RFC 5545).
  const ics = await download(page, '#ics');
  assert.match(ics.name, /\.ics$/);
  const unfolded = ics.text.replace(/\r\n[ \t]/g, '');
  assert.equal(unfolded.match(/^BEGIN:VEVENT$/gm).length, 4);
  for (const day of ['20240229', '20240831', '20230831']) assert.ok(unfolded.includes(`DTSTART;VALUE=DATE:${day}`), day);
  // Per is chosen (the last typed): his calendar alone.
  const one = (await download(page, '#calendar-doctor')).text.replace(/\r\n[ \t]/g, '');
  assert.equal(one.match(/^BEGIN:VEVENT$/gm).length, 2);
  assert.ok(one.includes('DTSTART;VALUE=DATE:20230831') && one.includes('DTSTART;VALUE=DATE:20240229'), one);
  assert.ok(!one.includes('DTSTART;VALUE=DATE:20240831'), 'not Kari\'s');
  await page.close();
});

test('print of one doctor: the name line and the answers with the input in words; not the table or the controls', async () => {
  const page = await hrPage();
  await typeDoctors(page, [KARI, PER]);
  await page.locator('#roster-rows button', { hasText: KARI.name }).click();
  await page.locator('#remaining [part=print-summary]').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.locator(sel).evaluate((e) => e.checkVisibility());
  assert.equal(await shown('.name-line'), true);
  assert.equal((await page.locator('.name-line').innerText()).trim(), `Lege: ${KARI.name}`);
  assert.equal(await shown('#roster'), false);
  assert.equal(await shown('#doctor-name'), false);
  assert.equal(await shown('#remaining section.result'), true);
  const summary = await page.locator('#remaining [part=print-summary]').innerText();
  // The input in words names the period's dates (written out in the summary).
  assert.ok(/2023/.test(summary) && /2024/.test(summary), summary);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await shown('.name-line'), false);
  await page.close();
});

test('a language switch keeps every doctor and value; the table speaks the new language', async () => {
  const page = await hrPage();
  await typeDoctors(page, [KARI, OLA]);
  for (const lang of ['en', 'nn']) {
    await page.locator(`a[data-lang-switch][hreflang=${lang}]`).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    const rows = await rosterRows(page, [KARI, OLA], { lang });
    assert.deepEqual(await tableCells(page), rows.map((r) => expectedCells(r, lang)), lang);
    assert.equal(await page.locator('#doctor-name').inputValue(), OLA.name);
    assert.equal(await page.locator('#remaining [data-path="/periods/0/end"]').inputValue(), OLA.end);
  }
  assert.equal(await page.locator('#roster thead th').first().textContent(), 'Namn eller ID');
  await page.close();
});

test('390 px: the page does not scroll sideways (the table scrolls in its own region); axe clean in nb and en', async () => {
  const page = await hrPage();
  await typeDoctors(page, [KARI, OLA]);
  for (const lang of ['nb', 'en']) {
    if (lang === 'en') {
      await page.locator('a[data-lang-switch][hreflang=en]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    }
    assert.deepEqual(await axeViolations(page), [], lang);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  assert.deepEqual(await axeViolations(page), [], '390 px');
  await page.close();
});

test('no console errors and no foreign requests', () => {
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});
