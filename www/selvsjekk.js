// www/selvsjekk.html: save the widgets' inputs (their `input` property) to
// a JSON file the visitor downloads, open such a file again and show the
// answers at once (`calculate()`), print. Nothing is stored unless the
// visitor saves a file; a file that is
// not a saved self-check changes nothing and says why.
import { t, lang } from './site.js';
// The whole page is widgets: load them at once (not on first visibility), so
// every `input` can be read and set.
import { defineElements, validate } from './lis1kit/full.js';

const FORMAT = 'lis1kit-self-check';
// Each saved input: its widget's element id and the input kind (validate(kind, …)) it is read as.
// `title` is the page's heading of the widget, to name it in messages.
// `answers`: the widget has no form of its own (`for`): it answers that
// widget's form, so it is not saved. A file saved before the page had one
// history may still hold its input: it fills that form only when the file
// has none for it.
const WIDGETS = {
  remainingService: { id: 'remaining', kind: 'service', title: 'check.service' },
  absenceCheck: { id: 'absence', kind: 'service', title: 'check.absence', answers: 'remainingService' },
  eligibility: { id: 'eligibility', kind: 'eligibility', title: 'check.eligibility' },
  costEstimate: { id: 'cost', kind: 'cost', title: 'check.cost' },
};
// A saved form may be half filled in (missing fields, rule issues are fine);
// a value of the wrong type or a field the input does not have is not a
// form this page saved, and one over the package's limits (more than 200
// periods, …) cannot be drawn: the widgets refuse it too.
const SHAPE_CODES = ['input.type', 'input.unknown-field', 'list.too-long', 'map.too-long', 'text.too-long'];
// A saved self-check is a few kilobytes; a larger file is not one, and is
// not read at all.
const MAX_FILE_BYTES = 1024 * 1024;
// The longest file name or key echoed on the status line.
const ECHO_MAX = 80;
// Bidirectional controls (U+061C, U+200E/F, U+202A–E, U+2066–9) would let a file name reorder the status line
// around it ("exe.txt" shown for "txt.exe"): they are dropped before a name or key is shown (issue 26 item 10).
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const cut = (text) => {
  const plain = text.replace(BIDI_CONTROLS, '');
  return plain.length > ECHO_MAX ? `${plain.slice(0, ECHO_MAX)}…` : plain;
};
// A name quoted as the page's language quotes it.
const quote = (text) => (lang === 'en' ? `“${text}”` : `«${text}»`);

defineElements();
const status = document.getElementById('file-status');
const element = (key) => document.getElementById(WIDGETS[key].id);

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

document.getElementById('save').addEventListener('click', () => {
  const inputs = {};
  for (const [key, widget] of Object.entries(WIDGETS)) if (!widget.answers) inputs[key] = element(key).input;
  const file = new Blob([JSON.stringify({ format: FORMAT, version: 1, inputs }, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'lis1-selvsjekk.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  say(t('check.saved'));
});

/** The widgets and inputs of a saved file, or the text saying what is wrong with it. */
function savedInputs(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: t('check.error-json') };
  }
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(data) || data.format !== FORMAT || data.version !== 1 || !isObject(data.inputs)) return { error: t('check.error-format') };
  // Every entry is checked before any widget is touched: own keys only (not
  // toString, constructor, __proto__ …), each one's element found, each
  // value an object of its widget's input kind.
  const targets = [];
  for (const [key, value] of Object.entries(data.inputs)) {
    const el = Object.hasOwn(WIDGETS, key) ? element(key) : null;
    if (!el || !isObject(value)) return { error: `${t('check.error-field')} ${quote(cut(key))}` };
    const issue = validate(WIDGETS[key].kind, { ...value, lang }).issues.find((i) => SHAPE_CODES.includes(i.code));
    if (issue) return { error: `${t('check.error-input')} ${quote(t(WIDGETS[key].title))}: ${issue.message}` };
    const answers = WIDGETS[key].answers;
    if (!answers || !Object.hasOwn(data.inputs, answers)) targets.push([el, value]);
  }
  return { targets };
}

const open = document.getElementById('open');
open.addEventListener('change', async () => {
  const [file] = open.files;
  if (!file) return;
  open.value = '';
  const name = cut(file.name);
  if (file.size > MAX_FILE_BYTES) {
    say(`${name}: ${t('check.error-size')} ${t('check.nothing-changed')}`, true);
    return;
  }
  const { targets, error } = savedInputs(await file.text());
  if (error) {
    say(`${name}: ${error} ${t('check.nothing-changed')}`, true);
    return;
  }
  // All widgets or none: a widget that refuses its input (it throws) puts
  // every widget filled so far back as it was.
  const before = targets.map(([el]) => [el, el.input]);
  try {
    for (const [el, value] of targets) el.input = value;
  } catch (e) {
    for (const [el, value] of before) el.input = value;
    say(`${name}: ${t('check.error-load')} ${e.issues?.[0]?.message ?? ''} ${t('check.nothing-changed')}`, true);
    return;
  }
  // The answers at once, in page order: the service form first, so that the
  // widgets that follow it (absence, earlier LIS1 service) take its result.
  const filled = new Set(targets.map(([el]) => el));
  for (const key of Object.keys(WIDGETS)) if (filled.has(element(key))) element(key).calculate();
  say(`${name}: ${t('check.opened')}`);
});

document.getElementById('print').addEventListener('click', () => window.print());
