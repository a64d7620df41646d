#!/usr/bin/env node
// Benchmark (not a test; issue 25 item 2): www/hr.html opens a saved list of 200 doctors and draws its table within
// 2 s. A list of 200 doctors, each within the package's row caps, is written as the page saves it; the page opens it
// (its "Åpne" file field) in a fresh tab and the time is taken in the page from the file field's change event to two
// animation frames after the status line says the list was opened (the table drawn and painted). Two lists: a usual
// history (6 hospital periods, 4 absences, the kommune planned) and a long one (60 periods and 60 absences each).
// Writes the table into docs/performance.md between the hr markers.
//
//   node scripts/perf-hr.mjs            5 opens of each list, written into docs/performance.md
//   node scripts/perf-hr.mjs --runs 9 --no-write
//
// Needs the package built (node scripts/build.mjs).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docPath = join(root, 'docs', 'performance.md');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const write = !args.includes('--no-write');
const START = '<!-- hr:start -->';
const END = '<!-- hr:end -->';
const DOCTORS = 200;

const iso = (d) => d.toISOString().slice(0, 10);
const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

/** A doctor's history: `periods` consecutive hospital periods of `length` days from 2023-03-01, `absences` sick days. */
function history(periods, length, absences) {
  const rows = [];
  let at = day(2023, 3, 1);
  for (let i = 0; i < periods; i++) {
    rows.push({ part: 'hospital', start: iso(at), end: iso(addDays(at, length - 1)) });
    at = addDays(at, length);
  }
  return {
    periods: rows,
    absences: Array.from({ length: absences }, () => ({ part: 'hospital', kind: 'sick', days: 1 })),
    plan: { nextStart: iso(at) },
  };
}

const LISTS = {
  'usual (6 periods, 4 absences each)': history(6, 61, 4),
  'long (60 periods, 60 absences each)': history(60, 6, 60),
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'lis1kit-perf-hr-'));
const server = await serve({ port: 0 });
const context = await launchChromium();
const results = [];
try {
  for (const [label, input] of Object.entries(LISTS)) {
    const doctors = Array.from({ length: DOCTORS }, (_, i) => ({ name: `Lege ${i + 1}`, input }));
    const path = join(dir, `${results.length}.json`);
    const text = JSON.stringify({ format: 'lis1kit-hr-roster', version: 1, doctors }, null, 2);
    writeFileSync(path, text);
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(new URL('hr.html', server.url).href);
      await page.locator('#remaining form').waitFor();
      const done = page.evaluate(() => new Promise((resolve) => {
        let t0;
        document.addEventListener('change', () => { t0 = performance.now(); }, { capture: true });
        new MutationObserver(() => {
          if (!document.getElementById('file-status').textContent.includes('200')) return;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve({
            ms: performance.now() - t0, rows: document.querySelectorAll('#roster-rows tr').length,
          })));
        }).observe(document.getElementById('file-status'), { childList: true, characterData: true, subtree: true });
      }));
      await page.locator('#open').setInputFiles(path);
      const { ms, rows } = await done;
      if (rows !== DOCTORS) throw new Error(`${label}: ${rows} rows drawn`);
      times.push(ms);
      await page.close();
    }
    results.push({ label, bytes: Buffer.byteLength(text), median: median(times), min: Math.min(...times), max: Math.max(...times) });
    console.log(`${label}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
  }
} finally {
  await context.close();
  await server.close();
}

const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
// Other work on the machine slows every figure: its load is printed with them.
const load = loadavg()[0].toFixed(1);
const table = [
  START,
  `### e. HR page: open and draw 200 doctors (${when} UTC, median of ${RUNS} opens)`,
  '',
  '`node scripts/perf-hr.mjs`: `hr.html` at 1280 px on loopback, a saved list of 200 doctors opened with «Åpne»; the',
  'time from the file field\'s change to two frames after the status line says the list was opened (read, checked',
  'by `serviceRoster`, the first doctor put into the form, the table drawn). Target (issue 25 item 2): ≤ 2 s.',
  `Load average on the machine (2 CPUs) at the end of the run: ${load}.`,
  '',
  '| list of 200 doctors | file | median | range |',
  '|---|---:|---:|---:|',
  ...results.map((r) => `| ${r.label} | ${(r.bytes / 1024).toFixed(0)} KB | ${(r.median / 1000).toFixed(2)} s | ${(r.min / 1000).toFixed(2)}–${(r.max / 1000).toFixed(2)} s |`),
  END,
].join('\n');
if (write) {
  const doc = readFileSync(docPath, 'utf8');
  const next = doc.includes(START) ? doc.replace(new RegExp(`${START}[\\s\\S]*${END}`), table) : `${doc.trimEnd()}\n\n${table}\n`;
  writeFileSync(docPath, next);
  console.log('written to docs/performance.md');
}
