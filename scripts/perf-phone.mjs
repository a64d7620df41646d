#!/usr/bin/env node
// Benchmark (not a test; issue 24 item 6): time to the first usable field of the self-check page on a slow phone
// network — selvsjekk.html at 390 × 844 px, 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency (Chromium's network
// emulation), cold cache (a new browser context per load). "Usable": the first period's start date field of
// <lis1-remaining-service> is visible. Measured with the site's server sending precompressed files and, for
// comparison, sending them as they are. Writes the table into docs/performance.md between the phone markers.
//
//   node scripts/perf-phone.mjs            5 loads each, written into docs/performance.md
//   node scripts/perf-phone.mjs --runs 9 --no-write
//
// Needs the package built (node scripts/build.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docPath = join(root, 'docs', 'performance.md');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const write = !args.includes('--no-write');
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const FIELD = 'lis1-remaining-service [data-path="/periods/0/start"]';
const START = '<!-- phone:start -->';
const END = '<!-- phone:end -->';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** One cold load: ms from navigation to the first usable field, and the bytes received. */
async function load(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(FIELD).waitFor({ state: 'visible', timeout: 60000 });
  const ms = Date.now() - started;
  await context.close();
  return { ms, bytes };
}

async function measure(compress) {
  const server = await serve({ port: 0, compress });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const loads = [];
  try {
    for (let i = 0; i < RUNS; i++) loads.push(await load(browser, new URL('selvsjekk.html', server.url).href));
  } finally {
    await browser.close();
    await server.close();
  }
  return { ms: median(loads.map((l) => l.ms)), bytes: median(loads.map((l) => l.bytes)) };
}

const withCompression = await measure(true);
const without = await measure(false);
const when = new Date().toISOString().replace(/:\d\d\.\d+Z$/, ' UTC').replace('T', ' ');
const table = [
  START,
  `### d. First usable field on a slow phone network (${when}, median of ${RUNS} cold loads)`,
  '',
  '`node scripts/perf-phone.mjs`: `selvsjekk.html` at 390 px, 1.6 Mbit/s down, 150 ms latency, cold cache; the',
  'time until the first period\'s start date field of `<lis1-remaining-service>` is visible. Target (issue 24): ≤ 2.0 s.',
  '',
  '| server | first usable field | bytes received |',
  '|---|---:|---:|',
  `| precompressed brotli/gzip (\`scripts/serve.mjs\`) | ${(withCompression.ms / 1000).toFixed(2)} s | ${(withCompression.bytes / 1024).toFixed(1)} KB |`,
  `| files as they are | ${(without.ms / 1000).toFixed(2)} s | ${(without.bytes / 1024).toFixed(1)} KB |`,
  END,
].join('\n');
console.log(table);
if (write) {
  const doc = readFileSync(docPath, 'utf8');
  const next = doc.includes(START)
    ? doc.slice(0, doc.indexOf(START)) + table + doc.slice(doc.indexOf(END) + END.length)
    : `${doc.trimEnd()}\n\n${table}\n`;
  writeFileSync(docPath, next);
}
