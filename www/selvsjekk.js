// www/selvsjekk.html: save the four widgets' inputs (their `input`
// property) to a JSON file the visitor downloads, open such a file again,
// print. Nothing is stored unless the visitor saves a file; a file that is
// not a saved self-check changes nothing and says why.
import { t, lang } from './site.js';
// The whole page is widgets: load them at once (not on first visibility), so
// every `input` can be read and set.
import { defineElements, validate } from './lis1kit/full.js';

const FORMAT = 'lis1kit-self-check';
// Each saved input: its widget's element id and the input kind (validate(kind, …)) it is read as.
const WIDGETS = {
  remainingService: { id: 'remaining', kind: 'service' },
  absenceCheck: { id: 'absence', kind: 'service' },
  eligibility: { id: 'eligibility', kind: 'eligibility' },
  costEstimate: { id: 'cost', kind: 'cost' },
};
// A saved form may be half filled in (missing fields, rule issues are fine);
// a value of the wrong type or a field the input does not have is not a
// form this page saved.
const SHAPE_CODES = ['input.type', 'input.unknown-field'];

defineElements();
const status = document.getElementById('file-status');
const element = (key) => document.getElementById(WIDGETS[key].id);

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

document.getElementById('save').addEventListener('click', () => {
  const inputs = {};
  for (const key of Object.keys(WIDGETS)) inputs[key] = element(key).input;
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
    if (!el || !isObject(value)) return { error: `${t('check.error-field')} ${key}` };
    const issue = validate(WIDGETS[key].kind, { ...value, lang }).issues.find((i) => SHAPE_CODES.includes(i.code));
    if (issue) return { error: `${t('check.error-input')} ${key}: ${issue.message}` };
    targets.push([el, value]);
  }
  return { targets };
}

const open = document.getElementById('open');
open.addEventListener('change', async () => {
  const [file] = open.files;
  if (!file) return;
  const { targets, error } = savedInputs(await file.text());
  open.value = '';
  if (error) {
    say(`${file.name}: ${error} ${t('check.nothing-changed')}`, true);
    return;
  }
  for (const [el, value] of targets) el.input = value;
  say(`${file.name}: ${t('check.opened')}`);
});

document.getElementById('print').addEventListener('click', () => window.print());
