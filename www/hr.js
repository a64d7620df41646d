// www/hr.html: several doctors for an HR officer (issue 25 items 1–3). The page keeps a list of doctors, each a
// name or ID and one service history ({ name, input }, the roster's input); one form, for the chosen doctor, feeds
// both the remaining service and the absence check (for="remaining"). The table is drawn from what the package's
// serviceRoster returns, the files are the package's rosterCsv and rosterCalendar: this file computes nothing.
// Nothing is stored unless the officer saves a file.
import { t, lang, el } from './site.js';
import { serviceRoster, rosterCsv, rosterCalendar } from './lis1kit/roster.js';
// The form is read and set from the start (the chosen doctor's history), also below the fold on a phone: the two
// service elements are defined at once, not on first visibility; any other lis1 element added to the page loads as
// the embedding does (elements.js).
import { defineElements } from './lis1kit/full.js';
import './lis1kit/elements.js';

const FORMAT = 'lis1kit-hr-roster';
const VERSION = 1;
// The package's limit (serviceRoster refuses more, list.too-long at /doctors).
const MAX_DOCTORS = 200;
// A saved list of 200 doctors with a few periods and absences each is a few hundred kilobytes, and 200 doctors
// with a long history each (dozens of rows) some megabytes; a larger file is not one and is not read at all.
const MAX_FILE_BYTES = 8 * 1024 * 1024;
// A saved history may be half filled in (missing fields and rule issues are fine: the doctor keeps them, as typed);
// a value of the wrong type, a field the input does not have, or one over the package's limits is not a list this
// page saved: the whole file is refused (the self-check's rule, www/selvsjekk.js).
const SHAPE_CODES = ['input.type', 'input.unknown-field', 'list.too-long', 'map.too-long', 'text.too-long'];
// The longest file name or name echoed on a status line; bidirectional controls dropped first (issue 26 item 10).
const ECHO_MAX = 80;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const cut = (text) => {
  const plain = text.replace(BIDI_CONTROLS, '');
  return plain.length > ECHO_MAX ? `${plain.slice(0, ECHO_MAX)}…` : plain;
};
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

defineElements(['lis1-remaining-service', 'lis1-absence-check']);
const $ = (id) => document.getElementById(id);
const remaining = $('remaining');
const nameField = $('doctor-name');
const order = $('order');

/** A doctor as first added: no name, an empty history with one period row to fill in (as the form starts). */
const blank = () => ({ name: '', input: { periods: [{}] } });
/** The doctors, in the order they were entered; `selected` is the one in the form. */
let doctors = [blank()];
let selected = 0;
let showing = false;
/** A blank doctor's history as set and as the form reads it back. */
const untouched = new Set([JSON.stringify(blank().input)]);

/** Takes what is typed for the chosen doctor into the list (the form keeps every value, even a bad one). */
function keep() {
  doctors[selected] = { name: nameField.value, input: remaining.input };
}

const shownName = (name) => (name.trim() ? name : t('hr.unnamed'));

/** Puts the chosen doctor into the form; its answers at once unless nothing is filled in yet. */
function show() {
  const doctor = doctors[selected];
  nameField.value = doctor.name;
  $('doctor-title').textContent = shownName(doctor.name);
  $('name-line').textContent = shownName(doctor.name);
  remaining.input = doctor.input;
  // What a blank history reads back as (the form's defaults added): not answered either when shown again.
  if (untouched.has(JSON.stringify(doctor.input))) untouched.add(JSON.stringify(remaining.input));
  $('remove-doctor').disabled = doctors.length < 2;
  // A doctor with nothing typed yet is not answered (the form would list every field as missing).
  // The answers of a doctor just put in change nothing in the list: the caller draws the table once.
  showing = true;
  try {
    if (!untouched.has(JSON.stringify(doctor.input))) remaining.calculate();
  } finally {
    showing = false;
  }
}

function say(id, text, error = false) {
  $(id).textContent = text;
  $(id).classList.toggle('error', error);
}

/** The roster's input as the page holds it now. */
const rosterInput = (extra = {}) => ({ doctors, order: order.value, lang, ...extra });

/** Numbers as the page language writes them (decimal comma in nb and nn); the figures are the package's. */
const number = (n) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 2 }).format(n);

/** The five cells of a part: counted and remaining months, absence of the allowance, make-up days, projected end. */
function partCells(part, unit) {
  if (!part) return Array.from({ length: 5 }, () => el('td', ''));
  return [
    el('td', number(part.countedMonths)),
    el('td', number(part.remainingMonths)),
    el('td', `${number(part.absenceUsedDays)} ${t('hr.of')} ${number(part.absenceAllowanceDays)} ${unit}`),
    el('td', `${number(part.makeUpDays)} ${unit}`),
    el('td', part.projectedEnd ?? t('hr.unknown')),
  ];
}

/** One table row from one roster row: the doctor's name (choose it), status and issues, both parts, del 1's end. */
function tableRow(row) {
  const tr = el('tr', undefined, { 'data-index': row.index });
  const name = el('th', undefined, { scope: 'row' });
  const choose = el('button', shownName(row.name), { type: 'button', class: 'choose', 'data-index': row.index });
  if (row.index === selected) choose.setAttribute('aria-current', 'true');
  name.append(choose);
  const status = el('td', undefined, { class: 'status' });
  status.append(el('span', row.status.text, { class: `status-${row.status.code}` }));
  if (row.issues.length) {
    const list = el('ul', undefined, { class: 'issues' });
    for (const issue of row.issues) list.append(el('li', issue.message));
    status.append(list);
  }
  const unit = row.dayUnit?.text ?? '';
  tr.append(name, status, ...partCells(row.hospital, unit), ...partCells(row.municipal, unit),
    el('td', row.projectedDel1End ?? t('hr.unknown')));
  return tr;
}

/** Draws the table from serviceRoster's rows (`given`: those of the list just opened, in the table's order). */
function draw(given) {
  let rows = given;
  try {
    if (!rows) ({ rows } = serviceRoster(rosterInput()));
  } catch (error) {
    say('roster-status', `${t('hr.error-list')} ${error.issues?.[0]?.message ?? error.message}`, true);
    return;
  }
  $('roster-rows').replaceChildren(...rows.map(tableRow));
}

/** Chooses doctor `index`: what was typed for the one before is kept in the list. */
function choose(index) {
  keep();
  selected = index;
  show();
  draw();
  $('doctor-heading').focus();
}

$('roster-rows').addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.choose') : null;
  if (button) choose(Number(button.dataset.index));
});

$('add-doctor').addEventListener('click', () => {
  if (doctors.length >= MAX_DOCTORS) {
    say('roster-status', t('hr.full'), true);
    return;
  }
  keep();
  doctors.push(blank());
  selected = doctors.length - 1;
  show();
  draw();
  say('roster-status', t('hr.added'));
  nameField.focus();
});

$('remove-doctor').addEventListener('click', () => {
  if (doctors.length < 2) return;
  const gone = shownName(nameField.value);
  doctors.splice(selected, 1);
  selected = Math.min(selected, doctors.length - 1);
  show();
  draw();
  say('roster-status', `${cut(gone)} ${t('hr.removed')}`);
  $('doctor-heading').focus();
});

// The table follows what is typed a moment after the last keystroke (the name's heading at once), or at once when
// the form is calculated (its answer or its issues): every draw computes the whole list again, about a second for
// 200 long histories, so not on each key.
let pending;
const later = () => {
  clearTimeout(pending);
  pending = setTimeout(() => { keep(); draw(); }, 250);
};
nameField.addEventListener('input', () => {
  keep();
  $('doctor-title').textContent = shownName(nameField.value);
  $('name-line').textContent = shownName(nameField.value);
  later();
});
remaining.addEventListener('input', later);
remaining.addEventListener('click', later);
for (const name of ['lis1-result', 'lis1-invalid']) {
  remaining.addEventListener(name, () => {
    if (showing) return;
    clearTimeout(pending);
    keep();
    draw();
  });
}
order.addEventListener('change', () => draw());
document.addEventListener('site-lang', () => {
  $('doctor-title').textContent = shownName(nameField.value);
  $('name-line').textContent = shownName(nameField.value);
  draw();
});

/** Offers `file` (a File) as a download, without a request: an object URL, revoked once clicked. */
function download(file) {
  const url = URL.createObjectURL(file);
  const a = el('a', undefined, { href: url, download: file.name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  say('file-status', `${t('hr.downloaded')} ${file.name}`);
}

/** A file the package made ({ name, type, text }) as a download; a refusal says why. */
function offer(make) {
  keep();
  let file;
  try {
    file = make();
  } catch (error) {
    say('file-status', `${t('hr.export-failed')} ${error.issues?.[0]?.message ?? error.message}`, true);
    return;
  }
  download(new File([file.text], file.name, { type: file.type }));
}

$('csv').addEventListener('click', () => offer(() => rosterCsv(rosterInput())));
$('ics').addEventListener('click', () => offer(() => rosterCalendar(rosterInput({ stamp: new Date().toISOString() }))));
$('calendar-doctor').addEventListener('click', () => offer(() => rosterCalendar({ doctors: [doctors[selected]], lang, stamp: new Date().toISOString() })));

$('print-doctor').addEventListener('click', () => {
  keep();
  // Printed: the name line, the answers with the input in words and the rules' date (the elements print them).
  remaining.calculate();
  window.print();
});

$('save').addEventListener('click', () => {
  keep();
  const text = JSON.stringify({ format: FORMAT, version: VERSION, doctors }, null, 2);
  download(new File([text], 'lis1-leger.json', { type: 'application/json' }));
});

/** The doctors of a saved file, or the text saying what is wrong with it: every doctor is checked before any is used. */
function savedDoctors(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: t('hr.error-json') };
  }
  if (!isObject(data) || data.format !== FORMAT || data.version !== VERSION || !Array.isArray(data.doctors)
    || data.doctors.length === 0) return { error: t('hr.error-format') };
  if (data.doctors.length > MAX_DOCTORS) return { error: t('hr.full') };
  // The package reads the list as the table will: a list it refuses, or a doctor whose row is not a saved one
  // (a wrong type, an unknown field, over a limit), refuses the file; a doctor with rule issues keeps them.
  let rows;
  try {
    ({ rows } = serviceRoster({ doctors: data.doctors, order: order.value, lang }));
  } catch (error) {
    return { error: `${t('hr.error-list')} ${error.issues?.[0]?.message ?? error.message}` };
  }
  for (const row of rows) {
    const issue = row.issues.find((i) => SHAPE_CODES.includes(i.code));
    const doctor = data.doctors[row.index];
    if (issue || typeof doctor.name !== 'string' || !isObject(doctor.input)) {
      const who = typeof doctor.name === 'string' && doctor.name.trim() ? ` (${cut(doctor.name)})` : '';
      return { error: `${t('hr.error-doctor')} ${row.index + 1}${who}: ${issue?.message ?? t('hr.error-format')}` };
    }
  }
  // The rows are the table's: drawn as they are, not computed twice.
  return { doctors: data.doctors.map(({ name, input }) => ({ name, input })), rows };
}

const open = $('open');
open.addEventListener('change', async () => {
  const [file] = open.files;
  if (!file) return;
  open.value = '';
  const name = cut(file.name);
  const refuse = (why) => say('file-status', `${name}: ${why} ${t('hr.nothing-changed')}`, true);
  if (file.size > MAX_FILE_BYTES) return refuse(t('hr.error-size'));
  const read = savedDoctors(await file.text());
  if (read.error) return refuse(read.error);
  // All or none: if the form refuses the first doctor (it throws), the page's list stays as it was.
  keep();
  const before = { doctors, selected };
  try {
    doctors = read.doctors;
    selected = 0;
    show();
  } catch (error) {
    ({ doctors, selected } = before);
    show();
    return refuse(error.issues?.[0]?.message ?? '');
  }
  draw(read.rows);
  say('file-status', `${name}: ${t('hr.opened')} ${doctors.length}`);
});

// The first doctor is what the form and the name field hold: blank, or what the browser restores when the officer
// comes back to the page (the elements keep their input as form state).
function start() {
  keep();
  $('doctor-title').textContent = shownName(nameField.value);
  $('name-line').textContent = shownName(nameField.value);
  $('remove-doctor').disabled = doctors.length < 2;
  draw();
}
start();
window.addEventListener('pageshow', start);
