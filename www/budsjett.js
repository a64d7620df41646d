// www/budsjett.html: the budget's exports (issue 25 item 5). "Last ned CSV"
// hands the form's current input to the package's costCsv (lis1kit/roster,
// loaded on the first click only) and saves the file it returns; the file's
// name and every figure and word in it come from the package. "Skriv ut"
// prints the answer: the element prints its result with the input in words,
// the assumptions and the kroner the amounts are in (its print stylesheet),
// and the page drops its navigation and buttons (site.css). Nothing is stored
// or sent; a form with problems gives no file, shows them at their fields
// and keeps every typed value.
import { t, lang } from './site.js';

const cost = document.getElementById('cost');
const status = document.getElementById('file-status');

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

/** Saves `{ name, type, text }` as a download. */
function save({ name, type, text }) {
  const url = URL.createObjectURL(new File([text], name, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

document.getElementById('csv').addEventListener('click', async () => {
  let costCsv;
  try {
    ({ costCsv } = await import('./lis1kit/roster.js'));
  } catch (e) {
    // The module could not be fetched (offline, blocked): say so; the cause goes to the console.
    console.error('lis1kit: the CSV module could not be loaded.', e);
    say(t('budget.load-failed'), true);
    return;
  }
  try {
    const file = costCsv({ ...cost.input, lang });
    save(file);
    say(`${t('budget.downloaded')} ${file.name}`);
  } catch (e) {
    if (!e?.issues) throw e;
    // The element shows each issue at its field, in the form's words.
    cost.calculate();
    say(`${t('budget.not-ready')} ${e.issues[0]?.message ?? ''}`, true);
  }
});

document.getElementById('print').addEventListener('click', () => {
  // The answer to what the form holds now (a form with problems shows them instead).
  cost.calculate();
  window.print();
});
