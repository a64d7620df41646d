// www/selvsjekk.html: save the four widgets' inputs (their `input`
// property) to a JSON file the visitor downloads, open such a file again,
// print. Nothing is stored unless the visitor saves a file; a file that is
// not a saved self-check changes nothing and says why.
import { t } from './site.js';
// The whole page is widgets: load them at once (not on first visibility), so
// every `input` can be read and set.
import { defineElements } from './lis1kit/index.js';

const FORMAT = 'lis1kit-self-check';
const WIDGETS = { remainingService: 'remaining', absenceCheck: 'absence', eligibility: 'eligibility', costEstimate: 'cost' };

defineElements();
const status = document.getElementById('file-status');
const element = (key) => document.getElementById(WIDGETS[key]);

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

/** The inputs of a saved file, or the text saying what is wrong with it. */
function savedInputs(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: t('check.error-json') };
  }
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(data) || data.format !== FORMAT || data.version !== 1 || !isObject(data.inputs)) return { error: t('check.error-format') };
  for (const [key, value] of Object.entries(data.inputs)) {
    if (!(key in WIDGETS) || !isObject(value)) return { error: `${t('check.error-field')} ${key}` };
  }
  return { inputs: data.inputs };
}

const open = document.getElementById('open');
open.addEventListener('change', async () => {
  const [file] = open.files;
  if (!file) return;
  const { inputs, error } = savedInputs(await file.text());
  open.value = '';
  if (error) {
    say(`${file.name}: ${error} ${t('check.nothing-changed')}`, true);
    return;
  }
  for (const [key, value] of Object.entries(inputs)) element(key).input = value;
  say(`${file.name}: ${t('check.opened')}`);
});

document.getElementById('print').addEventListener('click', () => window.print());
