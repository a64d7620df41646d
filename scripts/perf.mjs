#!/usr/bin/env node
// Performance report (issue 9): a measurement, not a pass/fail test.
//
//   node scripts/perf.mjs              full report, written into docs/performance.md
//   node scripts/perf.mjs --runs 21    more first-render runs (default 15)
//   node scripts/perf.mjs --no-write   print only
//   node scripts/perf.mjs --quick      smoke run (sizes + JS boundary, one short pass; used by scripts/test.sh)
//
// Needs the package built (node scripts/build.mjs). Measures:
//  a. raw/gzip/brotli sizes of each package entry and the files it loads (scripts/sizes.mjs);
//  b. first render of each lis1kit form element in headless Chromium against two baselines built in bench/
//     (a minimal Lit element and react-jsonschema-form rendering the same service form); bench/ is installed
//     (npm ci) and built (Vite) on demand;
//  c. remainingService latency for growing histories: natively through the bench-only example of lis1-service
//     (cap lifted by its non-default feature `bench-uncapped`) and through the JS boundary (Node, the package)
//     up to the public cap of 200 periods, plus the rejection of 1 000 and 10 000 periods.
// All timings are medians.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRIES, byteSizes, entryFiles, kb, sizes } from './sizes.mjs';
import { elementCalculations } from './calculations.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'pkg');
const benchDir = join(root, 'bench');
const docPath = join(root, 'docs', 'performance.md');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const write = !quick && !args.includes('--no-write');
const runsArg = args.indexOf('--runs');
const RENDER_RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 15;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (n) => (n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(n < 10 ? 2 : 1)} ms`);
const log = (...a) => console.error('perf:', ...a);

if (!existsSync(join(pkgDir, 'lis1kit_bg.wasm'))) {
  console.error('perf: pkg/ is not built; run `node scripts/build.mjs` first');
  process.exit(1);
}

// ---------------------------------------------------------------- a. sizes
function sizeReport() {
  const byFile = Object.fromEntries(sizes(pkgDir).map((r) => [r.file, r]));
  const sum = (files) => files.reduce((t, f) => ({
    raw: t.raw + byFile[f].raw, gzip: t.gzip + byFile[f].gzip, brotli: t.brotli + byFile[f].brotli,
  }), { raw: 0, gzip: 0, brotli: 0 });
  const entries = [
    ['`lis1kit` (browser: index.js)', 'index.js'],
    ['`lis1kit` (Node: node.js)', 'node.js'],
    ['`lis1kit/full` (full.js)', 'full.js'],
    ['`lis1kit/elements` (elements.js)', 'elements.js'],
  ];
  const rows = [];
  for (const [name, file] of entries) {
    const eager = entryFiles(pkgDir, file);
    const js = eager.filter((f) => f.endsWith('.js'));
    const wasm = eager.filter((f) => f.endsWith('.wasm'));
    rows.push({ name, what: `eager: ${[js.join(', '), ...wasm].join(' + ')}`, ...sum(eager) });
  }
  // What elements.js adds when an element comes into view: the module of the page's calculation, or full.js for
  // a page whose elements need several (scripts/sizes.mjs ENTRIES).
  const eager = entryFiles(pkgDir, 'elements.js');
  for (const { label, also } of ENTRIES.filter((e) => e.entry === 'elements.js' && e.also)) {
    const lazy = entryFiles(pkgDir, also).filter((f) => !eager.includes(f));
    const page = label.replace('elements.js, ', '');
    rows.push({ name: '`lis1kit/elements` (elements.js)', what: `+ when an element comes into view (${page}): ${lazy.join(', ')}`, ...sum(lazy) });
  }
  return { byFile: Object.values(byFile), entries: rows };
}

// ----------------------------------------------- c. compute latency (JS boundary and native)
/** n consecutive one-day hospital periods from 2017-03-01 at 80 %, each with a rotation label (as examples/perf_scaling.rs). */
function history(n) {
  const first = Date.UTC(2017, 2, 1);
  const periods = Array.from({ length: n }, (_, i) => {
    const d = new Date(first + i * 86400000).toISOString().slice(0, 10);
    return { part: 'hospital', start: d, end: d, percent: 80, rotation: `dag ${i + 1}` };
  });
  return { periods, lang: 'en' };
}

/** Median time of fn over repeated calls (at least `minRuns`, for at least `budgetMs`). */
function timeIt(fn, { minRuns = 5, budgetMs = 400, maxRuns = 2000 } = {}) {
  const times = [];
  const started = performance.now();
  while (times.length < minRuns || (performance.now() - started < budgetMs && times.length < maxRuns)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), runs: times.length };
}

async function jsBoundary() {
  const lis1kit = await import(join(pkgDir, 'node.js'));
  const rows = [];
  const budget = quick ? { minRuns: 2, budgetMs: 20 } : {};
  for (const n of quick ? [10, 200, 10000] : [10, 100, 200, 1000, 10000]) {
    const input = history(n);
    let outcome;
    try {
      const r = lis1kit.remainingService(input);
      outcome = `computed: ${r.hospital.countedMonths} hospital months counted`;
    } catch (err) {
      if (!(err instanceof lis1kit.Lis1Error)) throw err;
      const cap = err.issues.find((i) => i.path === '/periods' && i.code === 'list.too-long');
      if (!cap) throw new Error(`n = ${n}: expected list.too-long at /periods, got ${err.issues[0]?.code}`);
      outcome = `rejected: Lis1Error, ${err.issues.length} issue(s), list.too-long at /periods`;
    }
    const { median: t, runs } = timeIt(() => {
      try { lis1kit.remainingService(input); } catch (err) { if (!(err instanceof lis1kit.Lis1Error)) throw err; }
    }, budget);
    rows.push({ n, ms: t, runs, outcome });
  }
  return rows;
}

function native() {
  log('native: cargo run --release -p lis1-service --features bench-uncapped --example perf_scaling');
  const out = execFileSync('cargo', ['run', '--release', '-q', '-p', 'lis1-service', '--features', 'bench-uncapped',
    '--example', 'perf_scaling', '--', '10', '100', '200', '1000', '10000'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').map((l) => JSON.parse(l)).map((r) => ({ n: r.n, ms: r.median_us / 1000, runs: r.runs, counted: r.counted_hospital }));
}

// ----------------------------------------------------- b. first render in Chromium
// Every form element (the manifest's elements that belong to a calculation).
const ELEMENTS = Object.keys(elementCalculations());

function buildBench(lis1kit) {
  const lock = join(benchDir, 'package-lock.json');
  const stamp = join(benchDir, 'node_modules', '.package-lock.json');
  if (!existsSync(stamp) || statSync(stamp).mtimeMs < statSync(lock).mtimeMs) {
    log('bench: npm ci (bench/package-lock.json)');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: benchDir, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  // The baselines draw the same service form: lis1kit's JSON Schema and form spec, and the rows lis1kit starts with.
  const gen = join(benchDir, 'src', 'generated');
  mkdirSync(gen, { recursive: true });
  writeFileSync(join(gen, 'service-schema.json'), JSON.stringify(lis1kit.schema('service')));
  writeFileSync(join(gen, 'service-form.json'), JSON.stringify(lis1kit.formSpec('service', { lang: 'nb' })));
  writeFileSync(join(gen, 'service-initial.json'), JSON.stringify({ periods: [{}] }));
  log('bench: vite build');
  execFileSync(join(benchDir, 'node_modules', '.bin', 'vite'), ['build'], { cwd: benchDir, stdio: ['ignore', 'inherit', 'inherit'] });
  const dist = join(benchDir, 'dist');
  const bundle = (page) => {
    const html = readFileSync(join(dist, page), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    const each = files.map((f) => byteSizes(readFileSync(join(dist, f))));
    const total = (key) => each.reduce((t, s) => t + s[key], 0);
    return { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
  };
  return { lit: bundle('lit.html'), rjsf: bundle('rjsf.html') };
}

async function serveAll() {
  const { default: sirv } = await import('sirv');
  const www = sirv(join(root, 'www'), { dev: true });
  const bench = sirv(join(benchDir, 'dist'), { dev: true });
  const server = createServer((req, res) => {
    const notFound = () => { res.statusCode = 404; res.end('Not found'); };
    const page = req.url.match(/^\/__perf\/(lis1-[a-z-]+)\.html$/);
    if (page && ELEMENTS.includes(page[1])) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/lis1kit/elements.js"></script></head><body><${page[1]}></${page[1]}></body></html>`);
    } else if (req.url.startsWith('/bench/')) {
      req.url = req.url.slice('/bench'.length);
      bench(req, res, notFound);
    } else {
      www(req, res, notFound);
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Runs in the page before its scripts: records performance.now() (ms since navigation start) when the form's submit button is in the DOM. */
function renderProbe({ host, inner }) {
  const check = () => {
    if (window.__rendered !== undefined) return;
    const scope = host ? document.querySelector(host)?.shadowRoot : document;
    if (scope?.querySelector(inner)) window.__rendered = performance.now();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const shadow = attach.call(this, init);
    observer.observe(shadow, { childList: true, subtree: true });
    return shadow;
  };
}

async function firstRender(bundles) {
  const { chromium } = await import('playwright-core');
  const server = await serveAll();
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const targets = [
    ...ELEMENTS.map((tag) => ({ name: `\`<${tag}>\``, url: `/__perf/${tag}.html`, probe: { host: tag, inner: 'form button[type=submit]' }, kind: 'lis1kit' })),
    { name: 'baseline: Lit element, service form', url: '/bench/lit.html', probe: { host: 'bench-lit-service', inner: 'form button[type=submit]' }, kind: 'lit' },
    { name: 'baseline: react-jsonschema-form, service form', url: '/bench/rjsf.html', probe: { host: null, inner: 'form button[type=submit]' }, kind: 'rjsf' },
  ];
  const times = new Map(targets.map((t) => [t.name, []]));
  const controls = new Map();
  const fetched = new Map(); // target → the package files its page fetched (first run)
  const foreign = [];
  // Runs interleaved across targets so that machine noise spreads evenly; each run in a fresh context (cold cache).
  for (let run = 0; run < RENDER_RUNS; run += 1) {
    for (const t of targets) {
      const context = await browser.newContext();
      context.on('request', (r) => { if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
      const page = await context.newPage();
      if (run === 0 && t.kind === 'lis1kit') {
        const files = new Set();
        fetched.set(t.name, files);
        page.on('request', (r) => {
          const file = new URL(r.url()).pathname.split('/').pop();
          if (existsSync(join(pkgDir, file))) files.add(file);
        });
      }
      await page.addInitScript(renderProbe, t.probe);
      await page.goto(server.origin + t.url);
      await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 30000 });
      times.get(t.name).push(await page.evaluate(() => window.__rendered));
      if (run === 0) {
        controls.set(t.name, await page.evaluate(({ host }) => {
          const scope = host ? document.querySelector(host).shadowRoot : document;
          return scope.querySelectorAll('form input, form select, form textarea').length;
        }, t.probe));
      }
      await context.close();
    }
  }
  const version = browser.version();
  await browser.close();
  await server.close();
  // What the page with this one element really fetched of the package (elements.js picks the module).
  const lis1Bytes = (name) => [...fetched.get(name)].reduce((t, f) => t + byteSizes(readFileSync(join(pkgDir, f))).gzip, 0);
  return {
    version,
    foreign,
    rows: targets.map((t) => ({
      name: t.name,
      median: median(times.get(t.name)),
      min: Math.min(...times.get(t.name)),
      max: Math.max(...times.get(t.name)),
      controls: controls.get(t.name),
      gzip: t.kind === 'lis1kit' ? lis1Bytes(t.name) : bundles[t.kind].gzip,
    })),
  };
}

// ------------------------------------------------------------------ report
function markdown({ size, render, bundles, boundary, nativeRows }) {
  const nodeVersion = process.version;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [];
  lines.push(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${availableParallelism()} cores (nproc; ${cpu}),`
    + ` ${render ? `Chromium ${render.version}, ` : ''}Node ${nodeVersion}. Medians.`);
  lines.push('', '### a. Package sizes', '', '| entry | files | raw | gzip | brotli |', '|---|---|---:|---:|---:|');
  for (const r of size.entries) lines.push(`| ${r.name} | ${r.what} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  lines.push('', '| file | raw | gzip | brotli |', '|---|---:|---:|---:|');
  for (const r of size.byFile) lines.push(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  if (render) {
    lines.push('', `### b. First render in headless Chromium (median of ${RENDER_RUNS} cold loads each)`, '',
      '| what | first render (median) | min – max | form controls drawn | JS + wasm loaded (gzip) |', '|---|---:|---:|---:|---:|');
    for (const r of render.rows) {
      lines.push(`| ${r.name} | ${ms(r.median)} | ${ms(r.min)} – ${ms(r.max)} | ${r.controls} | ${kb(r.gzip)} |`);
    }
    lines.push('', `Baseline bundles (Vite production build of \`bench/\`): Lit ${kb(bundles.lit.raw)} raw / ${kb(bundles.lit.gzip)} gzip / ${kb(bundles.lit.brotli)} brotli;`
      + ` react-jsonschema-form ${kb(bundles.rjsf.raw)} raw / ${kb(bundles.rjsf.gzip)} gzip / ${kb(bundles.rjsf.brotli)} brotli.`
      + ` Foreign requests during the runs: ${render.foreign.length}.`);
  }
  lines.push('', '### c. `remainingService` latency for growing histories', '',
    '| periods | native, validate + compute (bench-only, cap lifted) | through the JS boundary (Node, package) | JS outcome |', '|---:|---:|---:|---|');
  for (const b of boundary) {
    const nat = nativeRows?.find((r) => r.n === b.n);
    lines.push(`| ${b.n.toLocaleString('en-US').replace(/,/g, ' ')} | ${nat ? ms(nat.ms) : '–'} | ${ms(b.ms)} | ${b.outcome} |`);
  }
  if (nativeRows) {
    const per = nativeRows.map((r) => `${r.n}: ${((r.ms * 1000) / r.n).toFixed(2)} µs`).join(', ');
    lines.push('', `Native cost per period: ${per}.`);
  }
  return lines.join('\n');
}

const size = sizeReport();
let render = null;
let bundles = null;
let nativeRows = null;
if (!quick) {
  const lis1kit = await import(join(pkgDir, 'node.js'));
  bundles = buildBench(lis1kit);
  log(`first render: ${RENDER_RUNS} runs × ${ELEMENTS.length + 2} pages`);
  render = await firstRender(bundles);
  nativeRows = native();
}
log('JS boundary: remainingService');
const boundary = await jsBoundary();
const report = markdown({ size, render, bundles, boundary, nativeRows });
console.log(report);
if (write) {
  const doc = readFileSync(docPath, 'utf8');
  const begin = '<!-- perf:begin -->';
  const end = '<!-- perf:end -->';
  const at = doc.indexOf(begin);
  const until = doc.indexOf(end);
  if (at < 0 || until < at) throw new Error(`${docPath} lacks the ${begin} … ${end} markers`);
  writeFileSync(docPath, `${doc.slice(0, at + begin.length)}\n${report}\n${doc.slice(until)}`);
  log(`wrote ${docPath}`);
}
