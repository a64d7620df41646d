// Issue 24 item 11: where scripts are not allowed. A host page on another origin (a second local server, as a
// job-posting platform would be) frames the package's embed.html with a job posting in its address: the element
// draws with those attributes, in the address's language and theme; what the address asks for but the element does
// not take is said in the page, not applied; the host gets the page's height and nothing else; no request leaves
// the package's folder; a theme value that tries to leave its declaration or fetch a file is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

// The host's resize lines as the README documents them (the ```html block that handles 'lis1kit:height').
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const RESIZE_LINES = [...README.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('lis1kit:height'));

let site;
let host;
before(async () => {
  site = await openSite();
  host = await hostServer();
});
after(async () => {
  await host?.close();
  await site?.close();
});

/** A second server (another origin than the package's): answers every /__host/ request with `host.body`. */
async function hostServer() {
  const state = { body: '' };
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close' });
    res.end(state.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return Object.assign(state, {
    origin,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  });
}

const origin = () => new URL(site.url).origin;
const embedUrl = (query) => `${origin()}/lis1kit/embed.html?${query}`;

/**
 * Opens a host page framing embed.html?`query`, with the README's resize lines when `resize`. Records every message
 * the host receives (with whether it came from the frame), every request of the page and its frame, console errors
 * and CSP violations (the frame's included).
 */
async function framed(query, { resize = false } = {}) {
  assert.notEqual(host.origin, origin());
  host.body = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Stillingsannonse</title></head>
<body><h1>LIS1-lege, Bodø kommune</h1>
<iframe data-lis1kit src="${embedUrl(query).replaceAll('&', '&amp;')}" title="LIS1-kalkulator" style="width:100%;min-height:300px;border:0"></iframe>
<script>
window.received = [];
addEventListener('message', (event) => {
  window.received.push({ data: event.data, fromFrame: event.source === document.querySelector('iframe').contentWindow, origin: event.origin });
});
</script>
${resize ? RESIZE_LINES : ''}
</body></html>`;
  const page = await site.context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('reportViolation', (v) => errors.push(`CSP ${v}`));
  // Runs in every frame of the page: a CSP violation in embed.html is reported too.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(`${host.origin}/__host/posting.html`);
  const frame = page.frameLocator('iframe');
  return { page, frame, requests, errors };
}

/** Every request outside the host page's own and the package's folder (none may be). */
const foreign = (requests) => requests.filter((u) => !u.startsWith(`${host.origin}/__host/`) && !u.startsWith(`${origin()}/lis1kit/`));

// A kommune's job posting for a bound allmennmedisin position (as www/stilling.html), for applicants.
const POSTING = 'element=lis1-eligibility&lang=nb&specialty=allmennmedisin&round=2026-09-01&employer=kommune&kommune=1804'
  + '&registered=ja&fixed-salary=ja&recruitment-weak=ja&supervision=ja&advertised=ja&lis3-public=nei&view=applicant'
  + '&--lis1-accent=%238a1538';

test('a job posting in an iframe on another origin: drawn with its attributes, the height told, nothing else sent or fetched', async () => {
  const { page, frame, requests, errors } = await framed(POSTING, { resize: true });
  const el = frame.locator('lis1-eligibility');
  await el.locator('form').waitFor();
  // The round and specialty given in the address are the form's.
  assert.equal(await el.locator('[data-path="/round"]').inputValue(), '2026-09-01');
  assert.equal(await el.locator('[data-path="/applicant/specialty"]').inputValue(), 'allmennmedisin');
  assert.equal(await el.locator('[data-path="/employer/kommune"]').inputValue(), '1804');
  // registered=ja is read by the element as yes (issue 24 item 1).
  assert.equal(await el.getAttribute('registered'), 'ja');
  assert.equal(await el.getAttribute('view'), 'applicant');
  // Nothing was refused: no message.
  assert.equal(await frame.locator('.lis1-embed-problems').count(), 0);
  // The theme: #8a1538 = rgb(138, 21, 56) on the submit button (var(--lis1-accent)).
  assert.equal(await el.locator('button[type=submit]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(138, 21, 56)');
  // Nynorsk and bokmål share "Vurder"; the frame's page is in the address's language.
  assert.equal(await frame.locator('html').getAttribute('lang'), 'nb');

  // The host got the height: the frame document's own height, and the README's lines made the iframe that tall.
  const contentHeight = () => frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  const iframeHeight = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  await page.waitForFunction(() => window.received.length > 0);
  let expected = await contentHeight();
  await page.waitForFunction((h) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) === h, expected);
  assert.equal(await iframeHeight(), expected);
  // The empty form is taller than the host's 300 px least height.
  assert.ok(expected > 300, String(expected));

  // An answer makes the page taller: a new height, and still only heights.
  const before = await iframeHeight();
  await el.locator('button[type=submit]').click();
  await el.locator('section.result').waitFor();
  expected = await contentHeight();
  assert.ok(expected > before, `${expected} > ${before}`);
  await page.waitForFunction((h) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) === h, expected);
  const received = await page.evaluate(() => window.received);
  assert.ok(received.length >= 2, JSON.stringify(received));
  for (const m of received) {
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type'], JSON.stringify(m));
    assert.equal(m.data.type, 'lis1kit:height');
    assert.ok(Number.isInteger(m.data.height) && m.data.height > 0, JSON.stringify(m));
    assert.equal(m.fromFrame, true);
    assert.equal(m.origin, origin());
  }
  assert.equal(received.at(-1).data.height, expected);

  // Requests: the host page, then only the package's folder — and not the whole manifest (embed-table.js instead).
  assert.deepEqual(foreign(requests), []);
  assert.ok(requests.includes(`${origin()}/lis1kit/lis1kit_eligibility_bg.wasm`), requests.join('\n'));
  assert.ok(!requests.some((u) => u.includes('custom-elements.json')), requests.join('\n'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('an unknown attribute, a value not among an attribute\'s names and a setting given twice: said in the page, not applied', async () => {
  const { page, frame, requests, errors } = await framed(
    'element=lis1-eligibility&lang=nb&specialty=kirurgi&colour=red&round=2026-09-01&employer=kommune&employer=helseforetak&for=other&registered=kanskje');
  const el = frame.locator('lis1-eligibility');
  await el.locator('form').waitFor();
  const problems = frame.locator('.lis1-embed-problems');
  assert.equal(await problems.getAttribute('role'), 'alert');
  assert.equal(await problems.locator('p').textContent(), 'Noen innstillinger i adressen til denne kalkulatoren ble ikke brukt:');
  // In the address's order. The names of specialty are RULES.md §3's bound specialties (as the manifest lists them).
  assert.deepEqual(await problems.locator('li').allTextContents(), [
    'Verdien for «specialty» er ikke gyldig: den må være en av allmennmedisin, psykiatri, bup.',
    '«colour» er ingen innstilling for <lis1-eligibility>.',
    '«employer» er gitt mer enn én gang; ingen av verdiene er brukt.',
    '«for» gjelder en side med flere elementer eller et skjema rundt, og virker ikke i en iframe.',
  ]);
  // Not applied; the valid round is.
  assert.equal(await el.getAttribute('specialty'), null);
  assert.equal(await el.getAttribute('colour'), null);
  assert.equal(await el.getAttribute('employer'), null);
  assert.equal(await el.getAttribute('for'), null);
  assert.equal(await el.locator('[data-path="/round"]').inputValue(), '2026-09-01');
  // A yes/no fact goes to the element, which says itself that it cannot read it (issue 24 item 1).
  assert.match(await el.locator('.attribute-issues').innerText(), /registered="kanskje" er verken ja eller nei/);
  // Each is on the console too (in English), naming the setting.
  for (const name of ['specialty', 'colour', 'employer', 'for']) {
    assert.ok(errors.some((e) => e.startsWith('lis1kit embed.html:') && e.includes(`“${name}”`)), `${name}: ${errors.join('\n')}`);
  }
  assert.deepEqual(foreign(requests), []);
  await page.close();
});

test('lang=en draws the element and the page\'s messages in English', async () => {
  const { page, frame } = await framed('element=lis1-eligibility&lang=en&specialty=psykiatri&tema=mørk');
  const el = frame.locator('lis1-eligibility');
  await el.locator('form').waitFor();
  assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
  // The eligibility form's submit button in English is "Check" (nb and nn "Vurder").
  assert.equal((await el.locator('button[type=submit]').textContent()).trim(), 'Check');
  assert.deepEqual(await frame.locator('.lis1-embed-problems li').allTextContents(), ['“tema” is no setting of <lis1-eligibility>.']);
  assert.equal(await frame.locator('.lis1-embed-problems p').textContent(), 'Some settings in the address of this calculator were not used:');
  await page.close();
});

test('a theme value that would leave its declaration or fetch a file is refused; a plain one is set', async () => {
  const { page, frame, requests, errors } = await framed(['element=lis1-eligibility&lang=nn',
    `--lis1-accent=${encodeURIComponent('red;}body{display:none')}`,
    `--lis1-background=${encodeURIComponent('url(https://tracker.invalid/pixel.png)')}`,
    `--lis1-font=${encodeURIComponent('Arial/*')}`,
    `--lis1-sneaky=${encodeURIComponent('#fff')}`,
    `--lis1-radius=${encodeURIComponent('12px')}`,
    `--lis1-color=${encodeURIComponent('rgb(10, 20, 30)')}`].join('&'));
  const el = frame.locator('lis1-eligibility');
  await el.locator('form').waitFor();
  const refusal = (name) => `Verdien for «${name}» er ikkje brukt: berre fargar (#8a1538, rgb(), hsl()), lengder (6px, 1rem) og skriftnamn er tillatne, utan ; { } < > \\ eller url().`;
  assert.deepEqual(await frame.locator('.lis1-embed-problems li').allTextContents(), [
    refusal('--lis1-accent'), refusal('--lis1-background'), refusal('--lis1-font'),
    '«--lis1-sneaky» er inga innstilling for <lis1-eligibility>.',
  ]);
  const style = await el.evaluate((e) => ({
    accent: e.style.getPropertyValue('--lis1-accent'), background: e.style.getPropertyValue('--lis1-background'),
    font: e.style.getPropertyValue('--lis1-font'), sneaky: e.style.getPropertyValue('--lis1-sneaky'),
    radius: e.style.getPropertyValue('--lis1-radius'), color: e.style.getPropertyValue('--lis1-color'),
    body: getComputedStyle(document.body).display,
  }));
  assert.deepEqual(style, { accent: '', background: '', font: '', sneaky: '', radius: '12px', color: 'rgb(10, 20, 30)', body: 'block' });
  // The default accent (#005b9a = rgb(0, 91, 154)) stays; the colour given is used for the text.
  assert.equal(await el.locator('button[type=submit]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 91, 154)');
  assert.ok(!requests.some((u) => new URL(u).hostname === 'tracker.invalid'), requests.join('\n'));
  assert.deepEqual(foreign(requests), []);
  assert.ok(!errors.some((e) => e.startsWith('CSP')), errors.join('\n'));
  await page.close();
});

test('no element or an unknown one: the message names the elements, nothing is drawn', async () => {
  for (const [query, text] of [
    ['lang=nb', 'Adressen sier ikke hvilken kalkulator som skal vises: element= må være ett av '],
    ['element=script&lang=nb', '«script» er ingen lis1kit-kalkulator: element= må være ett av '],
  ]) {
    const { page, frame } = await framed(query);
    const item = frame.locator('.lis1-embed-problems li');
    await item.waitFor();
    const said = await item.textContent();
    assert.ok(said.startsWith(text), said);
    // Every element of the manifest is named, no other.
    const manifest = JSON.parse(readFileSync(new URL('../../pkg/custom-elements.json', import.meta.url), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.customElement).map((d) => d.tagName);
    assert.equal(said, `${text}${tags.join(', ')}.`);
    assert.equal(await frame.locator('main > :not(.lis1-embed-problems)').count(), 0);
    await page.close();
  }
});

test('embed.html opened directly (not framed): drawn, accessible (axe)', async () => {
  const page = await site.page(`lis1kit/embed.html?${POSTING}&preset=allmennmedisin-bodo`);
  await page.locator('lis1-eligibility form').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

// The configurator's iframe snippet, pasted into the host page as is, with its resize lines: the element draws.
test('the configurator\'s iframe snippet works pasted into a page of another origin', async () => {
  const conf = await site.page('konfigurator.html');
  await conf.locator('html[data-ready]').waitFor({ state: 'attached' });
  await conf.locator('#lang').selectOption('en');
  await conf.locator('#attr-round').selectOption('other');
  await conf.locator('#attr-round-other').fill('2026-09-01');
  await conf.locator('#attr-employer').selectOption('kommune');
  await conf.locator('#css-lis1-accent').fill('#8a1538');
  await conf.locator('#base').fill(`${origin()}/lis1kit/`);
  await conf.locator('#base').dispatchEvent('input');
  const iframe = await conf.locator('#snippet-iframe').textContent();
  const resize = await conf.locator('#snippet-iframe-resize').textContent();
  await conf.close();
  // The configurator's defaults (specialty allmennmedisin, kommune 1804) and the choices above, in the address.
  assert.equal(iframe, `<iframe data-lis1kit src="${origin()}/lis1kit/embed.html?element=lis1-eligibility&amp;lang=en&amp;specialty=allmennmedisin`
    + '&amp;round=2026-09-01&amp;employer=kommune&amp;kommune=1804&amp;--lis1-accent=%238a1538"\n  title="LIS1 calculator" loading="lazy"'
    + '\n  style="width:100%;min-height:1900px;border:0"></iframe>');
  // The same resize lines as the README's.
  assert.equal(resize, RESIZE_LINES.trimEnd());
  host.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Posting</title></head><body>${iframe}\n${resize}</body></html>`;
  const page = await site.context.newPage();
  await page.goto(`${host.origin}/__host/pasted.html`);
  const el = page.frameLocator('iframe').locator('lis1-eligibility');
  await el.locator('form').waitFor();
  assert.equal(await el.locator('[data-path="/round"]').inputValue(), '2026-09-01');
  assert.equal((await el.locator('button[type=submit]').textContent()).trim(), 'Check');
  assert.equal(await el.locator('button[type=submit]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(138, 21, 56)');
  await page.close();
});
