// www/stilling.js: the sample job posting follows today's date (issue 24 item 10). Its round is the next round
// after today — computed by the package (nextRounds, B-2 / S-10), never here — set on the element and said in the
// posting's text in the page's language.
//
// The function comes from the module the element itself loads on this page (elements-eligibility.js, the one
// calculation here), so the page fetches no second WebAssembly module. It is asked for as this script runs, before
// the element comes into view (elements.js asks for the same module then), so the round is set before the element
// is defined and its form draws with it; the module is loaded at once rather than on view. Until it is there, or if
// it cannot load (the element then says so itself), the text says "at the next intake".
import { t, lang } from './site.js';

/** Today in the visitor's calendar (local date), `YYYY-MM-DD`. */
function today() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * "1. september 2027" / "1 September 2027": the round in words, in the page language. Nynorsk writes the months
 * as bokmål does, and not every browser has nynorsk's date data (Chromium falls back to US English), so nb serves both.
 */
function inWords(date) {
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${date}T00:00:00Z`));
}

let round = null;
const text = document.getElementById('job-text');
const draw = () => { text.textContent = t('job.text').replace('{start}', round ? inWords(round) : t('job.next-round')); };
draw();
// The language switch changes the page in place (site.js): the text follows.
document.addEventListener('site-lang', draw);

import('./lis1kit/elements-eligibility.js').then(({ nextRounds }) => {
  [round] = nextRounds({ after: today() });
  document.getElementById('eligibility').setAttribute('round', round);
  draw();
}, (cause) => console.error('stilling: the next round could not be computed.', cause));
