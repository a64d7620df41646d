// www/konfigurator.html: the live preview follows the choices, and the
// snippet works: pinned to the package version, with the SRI hash of the
// published entry file (computed here independently) and CSP lines that
// suffice. The snippet is pasted into a blank page of another origin than the
// test server's (the CDN URL rewritten to the server) under `default-src
// 'none'` plus the configurator's CSP lines, where the element must define
// and compute.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

const pkgDir = new URL('../../pkg/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', pkgDir), 'utf8'));
const sri = `sha384-${createHash('sha384').update(readFileSync(new URL('elements.js', pkgDir))).digest('base64')}`;
const CDN_BASE = `https://cdn.jsdelivr.net/npm/lis1kit@${pkg.version}/`;

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

async function configured() {
  const page = await site.page('konfigurator.html');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator('#lang').selectOption('en');
  // A round typed as another date: the choices follow today (tested below with a fixed clock).
  await page.locator('#attr-round').selectOption('other');
  await page.locator('#attr-round-other').fill('2026-09-01');
  await page.locator('#attr-employer').selectOption('kommune');
  await page.locator('#css-lis1-accent').fill('#8a1538');
  return page;
}

test('configurator: the preview follows element, presets, language and theme', async () => {
  const page = await configured();
  const preview = page.locator('#preview lis1-eligibility');
  // The package loads when the first element comes into view.
  await page.locator('#preview').scrollIntoViewIfNeeded();
  await preview.locator('form').waitFor();
  assert.equal(await preview.getAttribute('lang'), 'en');
  assert.equal(await preview.locator('[data-path="/applicant/specialty"]').inputValue(), 'allmennmedisin');
  assert.equal(await preview.locator('[data-path="/round"]').inputValue(), '2026-09-01');
  assert.equal(await preview.locator('[data-path="/employer/kommune"]').inputValue(), '1804');
  // Attributes whose manifest type is a union of names are chosen from a list
  // (the eligibility form's presets, RULES.md §3's bound specialties).
  assert.deepEqual(await page.locator('#attr-preset option').evaluateAll((o) => o.map((x) => x.value)), ['', 'psykiatri-2022', 'allmennmedisin-bodo']);
  assert.deepEqual(await page.locator('#attr-specialty option').evaluateAll((o) => o.map((x) => x.value)), ['', 'allmennmedisin', 'psykiatri', 'bup']);
  await page.locator('#attr-preset').selectOption('psykiatri-2022');
  assert.match(await page.locator('#snippet-html').textContent(), / preset="psykiatri-2022" specialty="allmennmedisin"/);
  await page.locator('#attr-preset').selectOption('');
  // Yes/no facts are Ja / Nei / Ikke oppgitt (issue 24 items 1 and 2); "nei" is read as no by the element, and
  // dates are date fields.
  assert.deepEqual(await page.locator('#attr-registered option').evaluateAll((o) => o.map((x) => x.value)), ['', 'ja', 'nei']);
  assert.equal(await page.locator('#attr-vacancy-from').getAttribute('type'), 'date');
  await page.locator('#attr-registered').selectOption('nei');
  assert.match(await page.locator('#snippet-html').textContent(), / registered="nei"/);
  const registered = preview.locator('[data-path="/employer/registeredForAllmennmedisin"]');
  await page.waitForFunction(() => document.querySelector('#preview lis1-eligibility')?.getAttribute('registered') === 'nei');
  assert.equal(await registered.isChecked(), false);
  await page.locator('#attr-registered').selectOption('ja');
  await page.waitForFunction(() => document.querySelector('#preview lis1-eligibility').shadowRoot
    .querySelector('[data-path="/employer/registeredForAllmennmedisin"]')?.checked === true);
  await page.locator('#attr-registered').selectOption('');
  // #8a1538 = rgb(138, 21, 56), the submit button's background (var(--lis1-accent)).
  assert.equal(await preview.locator('button[type=submit]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(138, 21, 56)');
  // Another element: its own attributes and no eligibility presets.
  await page.locator('#tag').selectOption('lis1-cost-estimate');
  await page.locator('#preview lis1-cost-estimate form').waitFor();
  assert.deepEqual(await page.locator('#attributes :is(input, select)').evaluateAll((l) => l.map((i) => i.id)), ['attr-preset', 'attr-rules-href', 'attr-kommune', 'attr-start']);
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('configurator: the snippet loads the package from the employer\'s own site, carries the SRI hash and works pasted into a blank page', async (t) => {
  const origin = new URL(site.url).origin;
  const page = await configured();
  // Issue 24 item 3: self-hosting first. By default the package is in /lis1kit/ on the employer's own site.
  assert.ok((await page.locator('#snippet-html').textContent()).includes('src="/lis1kit/elements.js"'));
  assert.equal(await page.locator('#snippet-csp').textContent(), "script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'");
  // An address that is no path or web address is refused with a message, and the snippet keeps the last good one.
  await page.locator('#base').fill('javascript:alert(1)//');
  await page.locator('#base').dispatchEvent('input');
  assert.match(await page.locator('#base-error').textContent(), /^Ikke brukt/);
  assert.ok(!(await page.locator('#snippet-html').textContent()).includes('javascript:'));
  // Here: the package served from another origin (as a kommune's file server would be), given as a full address.
  await page.locator('#base').fill(`${origin}/lis1kit/`);
  await page.locator('#base').dispatchEvent('input');
  assert.equal(await page.locator('#base-error').textContent(), '');
  const html = await page.locator('#snippet-html').textContent();
  const css = await page.locator('#snippet-css').textContent();
  const csp = await page.locator('#snippet-csp').textContent();
  // The registry's snippet is the second choice, pinned to the package version, with the same hash.
  const cdn = await page.locator('#snippet-cdn').textContent();
  await page.close();
  assert.ok(html.includes(`src="${origin}/lis1kit/elements.js"`), html);
  assert.ok(html.includes(`integrity="${sri}"`), html);
  assert.match(html, /<lis1-eligibility lang="en" specialty="allmennmedisin" round="2026-09-01" employer="kommune" kommune="1804">/);
  assert.equal(css, 'lis1-eligibility {\n  --lis1-accent: #8a1538;\n}');
  assert.equal(csp, `script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}`);
  assert.ok(cdn.includes(`src="${CDN_BASE}elements.js"`) && cdn.includes(`integrity="${sri}"`), cdn);

  // The host page lives on another origin than the package (as a real page and
  // the CDN do): a second server on another port answers the host page and its
  // stylesheet, the test server the package — so the crossorigin module load,
  // the SRI check and the cross-origin .wasm fetch (CORS, connect-src) all
  // happen as on a real site.
  let body = '';
  const hostServer = createServer((req, res) => {
    const isCss = req.url.endsWith('.css');
    res.writeHead(200, { 'Content-Type': isCss ? 'text/css' : 'text/html; charset=utf-8', Connection: 'close' });
    res.end(isCss ? css : body);
  });
  await new Promise((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => { hostServer.closeAllConnections(); hostServer.close(resolve); }));
  const hostOrigin = `http://127.0.0.1:${hostServer.address().port}`;
  assert.notEqual(hostOrigin, origin);
  const blank = await site.context.newPage();
  const violations = [];
  const errors = [];
  blank.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  blank.on('pageerror', (e) => errors.push(e.message));
  const hostPage = (snippet) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; ${csp}; style-src ${hostOrigin}">
<title>Host page</title><link rel="stylesheet" href="/__host/theme.css"></head>
<body><main>${snippet}</main></body></html>`;
  body = hostPage(html);
  await blank.exposeFunction('reportViolation', (v) => violations.push(v));
  await blank.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await blank.goto(`${hostOrigin}/__host/page.html`);
  const el = blank.locator('lis1-eligibility');
  await el.locator('form').waitFor();
  // The package and its .wasm really came from the other origin.
  const fetched = await blank.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.ok(fetched.includes(`${origin}/lis1kit/elements.js`), fetched.join(' '));
  // One <lis1-eligibility>: the eligibility module only (elements.js loads the module of the page's calculation).
  assert.deepEqual(fetched.filter((u) => u.endsWith('.wasm')), [`${origin}/lis1kit/lis1kit_eligibility_bg.wasm`]);
  assert.equal(new URL(blank.url()).origin, hostOrigin);
  const result = blank.evaluate(() => new Promise((resolve) => {
    document.querySelector('lis1-eligibility').addEventListener('lis1-result', (e) => resolve(e.detail.eligible), { once: true });
  }));
  await el.locator('button[type=submit]').click();
  // Not yet authorised, the round given: conditional (B-11), as on the job posting page.
  assert.equal(await result, 'conditional');
  assert.equal(await el.locator('button[type=submit]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(138, 21, 56)');
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);

  // The hash is enforced: a wrong one keeps the element undefined.
  body = hostPage(html.replace(sri, `sha384-${'A'.repeat(64)}`));
  const refused = blank.waitForEvent('console', { predicate: (m) => m.type() === 'error' && /integrity/i.test(m.text()) });
  await blank.goto(`${hostOrigin}/__host/page.html`);
  await refused;
  assert.equal(await blank.evaluate(() => customElements.get('lis1-eligibility') === undefined), true);
  await blank.close();
  // Only the host page's own files (the second local server) are on the other origin.
  assert.deepEqual(site.foreignRequests.filter((u) => !u.startsWith(`${hostOrigin}/__host/`)), []);
});

// Issue 15 item 10: a web editor chooses presets by their names, colours with
// a colour picker and the kommune by name; a value that would break out of
// its CSS declaration is refused with a message, not written.
test('configurator: named presets, colour pickers, kommune by name, refused CSS', async () => {
  const page = await site.page('konfigurator.html');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  // The eligibility form's presets by the names the form shows (formSpec labels).
  const presetNames = await page.locator('#attr-preset option').evaluateAll((o) => o.map((x) => x.textContent));
  assert.ok(presetNames.slice(1).every((n) => n.startsWith('Eksempel')), presetNames.join(' | '));
  assert.equal(await page.locator('#css-lis1-accent').getAttribute('type'), 'color');
  // Typing the name finds the number (1804 is Bodø in the kommune table, B-20).
  await page.locator('#attr-kommune').fill('Bodø');
  await page.locator('#attr-kommune').dispatchEvent('input');
  assert.match(await page.locator('#snippet-html').textContent(), / kommune="1804"/);
  await page.locator('#attr-kommune').fill('1866');
  await page.locator('#attr-kommune').dispatchEvent('input');
  assert.match(await page.locator('#snippet-html').textContent(), / kommune="1866"/);
  // A value that would end the declaration and the rule: refused, named, not written.
  await page.locator('#css-lis1-radius').fill('4px;} body{display:none');
  assert.equal(await page.locator('#snippet-css').textContent(), '/* Ingen farger valgt: standardutseendet brukes. */');
  assert.equal(await page.locator('#css-lis1-radius-error').textContent(),
    'Denne verdien blir ikke brukt: bare farger (#8a1538, rgb(), hsl()), lengder (6px, 1rem) og skriftnavn er tillatt, uten ; { } < > \\ eller url().');
  // A value that would fetch a file (the iframe's page makes no request beyond its own files): refused the same way.
  await page.locator('#css-lis1-radius').fill('url(https://tracker.invalid/x.png)');
  assert.equal(await page.locator('#snippet-css').textContent(), '/* Ingen farger valgt: standardutseendet brukes. */');
  assert.doesNotMatch(await page.locator('#snippet-iframe').textContent(), /tracker/);
  assert.notEqual(await page.locator('#css-lis1-radius-error').textContent(), '');
  await page.locator('#css-lis1-radius').fill('4px');
  assert.equal(await page.locator('#snippet-css').textContent(), 'lis1-eligibility {\n  --lis1-radius: 4px;\n}');
  assert.equal(await page.locator('#css-lis1-radius-error').textContent(), '');
  // No help text shows code marks.
  assert.equal(await page.locator('.help').evaluateAll((ps) => ps.filter((p) => p.textContent.includes('`')).length), 0);
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

// Issue 24 item 2: `round` offers the next rounds after today (B-2: 1 March and 1 September, from the package's
// nextRounds), in words, and another date typed in a date field.
test('configurator: the round is one of the next four rounds after today, or another date', async (t) => {
  // The choices follow today: the clock is fixed (a site of its own, since the clock is the whole context's).
  const fixed = await openSite({ now: new Date('2026-06-01T10:00:00') });
  t.after(() => fixed.close());
  const page = await fixed.page('konfigurator.html');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  const round = page.locator('#attr-round');
  // The clock says 1 June 2026: by hand, the next four starts are 1 September 2026, 1 March 2027, 1 September 2027
  // and 1 March 2028.
  assert.deepEqual(await round.locator('option').evaluateAll((o) => o.map((x) => [x.value, x.textContent])), [
    ['', '(ikke satt)'],
    ['2026-09-01', '1. september 2026'], ['2027-03-01', '1. mars 2027'],
    ['2027-09-01', '1. september 2027'], ['2028-03-01', '1. mars 2028'],
    ['other', 'Annen dato …'],
  ]);
  const other = page.locator('#attr-round-other');
  assert.equal(await other.isHidden(), true);
  await round.selectOption('2027-03-01');
  assert.match(await page.locator('#snippet-html').textContent(), / round="2027-03-01"/);
  // Another date: a date field appears, labelled; what is typed there is the attribute.
  await round.selectOption('other');
  assert.equal(await other.isVisible(), true);
  assert.equal(await other.getAttribute('type'), 'date');
  assert.equal(await page.getByLabel('Oppstart for runden (1. mars eller 1. september)').getAttribute('id'), 'attr-round-other');
  assert.doesNotMatch(await page.locator('#snippet-html').textContent(), / round=/);
  await other.fill('2025-09-01');
  assert.match(await page.locator('#snippet-html').textContent(), / round="2025-09-01"/);
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

// Issue 24 item 2: every attribute the configurator offers is labelled and helped in the page's language, from the
// package's manifest (x-lis1kit-label / x-lis1kit-help, the elements' own table), its name shown beside as the
// snippet writes it; names that are codes are offered in words.
test('configurator: attributes in the HR officer\'s words, in nb, nn and en', async () => {
  for (const [lang, round, registered, applicant] of [
    ['nb', 'Oppstart (LIS1-runde)', /^Bare registrerte kommuner kan tilby bundne stillinger i allmennmedisin\./, 'Søkerne (stillingsannonse)'],
    ['nn', 'Oppstart (LIS1-runde)', /^Berre registrerte kommunar kan tilby bundne stillingar i allmennmedisin\./, 'Søkjarane (stillingsannonse)'],
    ['en', 'Start (LIS1 round)', /^Only registered kommuner may offer bound positions in general practice\./, 'Applicants (job posting)'],
  ]) {
    const page = await site.page(`konfigurator.html${lang === 'nb' ? '' : `?lang=${lang}`}`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    // Found by its label in words (the attribute name follows it).
    assert.equal(await page.getByLabel(round).first().getAttribute('id'), 'attr-round', lang);
    assert.equal(await page.locator('label[for="attr-round"] code').textContent(), 'round');
    assert.match(await page.locator('#attr-registered-help').textContent(), registered, lang);
    // Help in the page language is marked so (no lang="en" on it but in English pages).
    assert.equal(await page.locator('#attr-registered-help').getAttribute('lang'), null);
    assert.deepEqual(await page.locator('#attr-view option').evaluateAll((o) => o.map((x) => x.textContent)).then((t) => t.slice(2)), [applicant], lang);
    // Every attribute field has a label in words besides its name, and a help text without code marks.
    const fields = await page.locator('#attributes > .field').evaluateAll((fs) => fs.map((f) => ({
      label: f.querySelector('label').firstChild.textContent.trim(), name: f.querySelector('label code').textContent,
      help: f.querySelector('.help').textContent,
    })));
    // preset and rules-href, and the twelve attributes of the advertised position (lang, for, name are not offered).
    assert.equal(fields.length, 14, JSON.stringify(fields));
    for (const f of fields) {
      assert.ok(f.label && f.label !== f.name, `${lang} ${f.name}: label ${f.label}`);
      assert.ok(f.help.length > 20 && !f.help.includes('`') && !f.help.includes('JSON'), `${lang} ${f.name}: ${f.help}`);
    }
    await page.close();
  }
});

// Item 10: the form's examples (presets) are the demo's; a job posting's snippet (the applicant view) has none.
test('configurator: no preset in a job posting\'s snippet (applicant view)', async () => {
  const page = await site.page('konfigurator.html');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator('#attr-view').selectOption('employer');
  await page.locator('#attr-preset').selectOption('allmennmedisin-bodo');
  assert.match(await page.locator('#snippet-html').textContent(), / preset="allmennmedisin-bodo"/);
  await page.locator('#attr-view').selectOption('applicant');
  assert.equal(await page.locator('#attr-preset').isHidden(), true);
  assert.doesNotMatch(await page.locator('#snippet-html').textContent(), /preset=/);
  // Back to the employer's view: the choice was kept.
  await page.locator('#attr-view').selectOption('employer');
  assert.match(await page.locator('#snippet-html').textContent(), / preset="allmennmedisin-bodo"/);
  await page.close();
});

// Issue 24 item 2: an applicant-view snippet whose employer facts are missing is not copied without a warning. The
// six yes/no facts of <lis1-eligibility> (the manifest's boolean attributes) are what the applicant cannot see.
test('configurator: an applicant-view snippet without the employer\'s facts warns before it is copied', async () => {
  const page = await site.page('konfigurator.html');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  const warning = page.locator('#facts-warning');
  const copy = page.locator('button.copy[data-copy="snippet-html"]');
  // The employer's own view: no warning.
  await page.locator('#attr-view').selectOption('employer');
  assert.equal(await warning.isHidden(), true);
  // The applicant's view with no facts given: every fact is named.
  await page.locator('#attr-view').selectOption('applicant');
  await warning.waitFor();
  const named = await warning.locator('code').allTextContents();
  assert.deepEqual(named, ['registered', 'fixed-salary', 'recruitment-weak', 'supervision', 'advertised', 'lis3-public']);
  assert.equal(await warning.getAttribute('role'), 'alert');
  // The first click does not copy: it says so, moves focus to the warning and offers "Kopier likevel".
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await copy.click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'before');
  assert.equal(await copy.textContent(), 'Kopier likevel');
  assert.match(await page.locator('#copy-status').textContent(), /^Ikke kopiert ennå/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'facts-warning');
  // A second click copies the snippet as shown.
  await copy.click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#snippet-html').textContent());
  // The iframe's snippet draws the same element: its copy button warns first too.
  const copyIframe = page.locator('button.copy[data-copy="snippet-iframe"]');
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await copyIframe.click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'before');
  assert.equal(await copyIframe.textContent(), 'Kopier likevel');
  // Every fact answered (yes or no): no warning, one click copies.
  for (const name of named) await page.locator(`#attr-${name}`).selectOption(name === 'recruitment-weak' ? 'nei' : 'ja');
  assert.equal(await warning.isHidden(), true);
  assert.equal(await copy.textContent(), 'Kopier');
  assert.equal(await copyIframe.textContent(), 'Kopier');
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await copy.click();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), / registered="ja"/);
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});
