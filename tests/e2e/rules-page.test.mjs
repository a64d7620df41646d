// www/regler.html: <lis1-rules> lists exactly the rule ids of RULES.md,
// drawn from the code's rule table, so the page, the code and the rules
// document cannot drift apart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { openSite } from './browser.mjs';

// CI runs with shared/ beside the clone (../shared from the repository).
const rulesMd = new URL('../../../shared/domain/RULES.md', import.meta.url);

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

test('the rules page lists every rule id of RULES.md and no other', { skip: !existsSync(rulesMd) && 'shared/domain/RULES.md is not beside this clone' }, async () => {
  // Ids in RULES.md: first cells of table rows (| S-1 |) and bullet items (- A-5:, - B-40:, - C-20 ...).
  const text = readFileSync(rulesMd, 'utf8');
  const documented = [...text.matchAll(/^(?:\| |- )([A-Z]-O?\d+)\b/gm)].map((m) => m[1]);
  const page = await site.page('regler.html');
  const el = page.locator('#rules');
  await el.locator('tbody tr').first().waitFor();
  const shown = await el.locator('tbody th').allTextContents();
  assert.deepEqual([...new Set(shown)].sort(), [...new Set(documented)].sort());
  // Status words are shown in the page language.
  assert.equal(await el.locator('tr#S-5 td').first().textContent(), 'uavklart (valg med standard)');
  assert.equal(await el.locator('tr#P-2 td').first().textContent(), 'forkastet (brukes ikke)');
});

// Issue 24 item 9: the rules page is in the reader's language — headings, status words and every summary — from
// the rule table of that language only (rules-<lang>.js; issue 23 item 5: the summaries load where rules are shown).
const PAGES = {
  // S-1 (RULES.md): del 1 is 12 months in spesialisthelsetjenesten followed by 6 in the kommune, 18 in total.
  nb: { query: '', head: ['Regel', 'Status', 'Innhold', 'Kilde'], s1: /^Del 1 er 12 måneder i spesialisthelsetjenesten etterfulgt av 6 måneder i kommunen/, p2: 'forkastet (brukes ikke)' },
  nn: { query: '?lang=nn', head: ['Regel', 'Status', 'Innhald', 'Kjelde'], s1: /^Del 1 er 12 månader i spesialisthelsetenesta etterfølgd av 6 månader i kommunen/, p2: 'forkasta (blir ikkje brukt)' },
  en: { query: '?lang=en', head: ['Rule', 'Status', 'Summary', 'Source'], s1: /^Del 1 is 12 months in spesialisthelsetjenesten followed by 6 months in the kommune/, p2: 'rejected (not applied)' },
};

/** The rules table's requests for rule modules, by language. */
function ruleModuleRequests(page) {
  const asked = [];
  page.on('request', (req) => {
    const m = new URL(req.url()).pathname.match(/\/rules-(\w+)\.js$/);
    if (m) asked.push(m[1]);
  });
  return asked;
}

for (const [lang, expected] of Object.entries(PAGES)) {
  test(`regler.html${expected.query}: headings, status words and summaries in ${lang}, from that language's rule table only`, async () => {
    const page = await site.context.newPage();
    const asked = ruleModuleRequests(page);
    await page.goto(new URL(`regler.html${expected.query}`, site.url).href);
    const el = page.locator('#rules');
    await el.locator('tbody tr').first().waitFor();
    assert.deepEqual(await el.locator('thead th').allTextContents(), expected.head);
    const s1 = el.locator('tr#S-1 td');
    assert.match(await s1.nth(1).textContent(), expected.s1);
    assert.equal(await s1.nth(2).textContent(), 'R-2021 l. 3334–3338; IS-3030 l. 122');
    assert.equal(await el.locator('tr#P-2 td').first().textContent(), expected.p2);
    // Every row has a summary; none is marked as being in another language than the page.
    const summaries = await el.locator('tbody tr td:nth-of-type(2)').allTextContents();
    assert.ok(summaries.length > 60 && summaries.every((s) => s.length > 10), summaries.length);
    assert.equal(await el.locator('td[lang]').count(), 0);
    assert.deepEqual(asked, [lang]);
    await page.close();
  });
}

test('regler.html: the language switch gives the page in the other language, the linked rule still shown', async () => {
  const page = await site.page('regler.html#S-2');
  const el = page.locator('#rules');
  await el.locator('tr#S-2[aria-current="true"]').waitFor();
  assert.match(await el.locator('tr#S-2 td').nth(1).textContent(), /kan kommunen ikke kreve trygderefusjon/);
  await Promise.all([page.waitForURL(/lang=nn#S-2$/), page.locator('a[data-lang-switch][hreflang=nn]').click()]);
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  await el.locator('tr#S-2[aria-current="true"]').waitFor();
  assert.match(await el.locator('tr#S-2 td').nth(1).textContent(), /kan ikkje kommunen krevje trygderefusjon/);
  assert.equal(await page.locator('h1').textContent(), 'Reglar');
  await Promise.all([page.waitForURL(/lang=en#S-2$/), page.locator('a[data-lang-switch][hreflang=en]').click()]);
  await el.locator('tr#S-2[aria-current="true"]').waitFor();
  assert.match(await el.locator('tr#S-2 td').nth(1).textContent(), /cannot claim trygderefusjon/);
  await page.close();
});

test('<lis1-rules> follows its language in place: lang on the page or on the element, section kept', async () => {
  const page = await site.page('regler.html');
  const el = page.locator('#rules');
  await el.locator('tbody tr').first().waitFor();
  await page.evaluate(() => document.getElementById('rules').setAttribute('section', '2'));
  await page.waitForFunction(() => document.getElementById('rules').shadowRoot.querySelectorAll('tbody tr').length < 20);
  await page.evaluate(() => { document.documentElement.lang = 'nn'; });
  // A-3 (RULES.md): other absence up to 12 days in the hospital part is not deducted.
  await page.waitForFunction(() => /12 dagar \(sjukehusdelen\)/.test(document.getElementById('rules').shadowRoot.querySelector('tr#A-3')?.textContent ?? ''));
  assert.equal(await el.locator('tr#S-1').count(), 0, 'still only section 2');
  await page.evaluate(() => document.getElementById('rules').setAttribute('lang', 'en'));
  await page.waitForFunction(() => /12 days \(hospital\)/.test(document.getElementById('rules').shadowRoot.querySelector('tr#A-3')?.textContent ?? ''));
  assert.equal(await el.locator('thead th').nth(2).textContent(), 'Summary');
  await page.close();
});

test('pages that show no rules load no rule table', async () => {
  // selvsjekk.html: elements whose rule ids link to the rules page (rules-href), answered once.
  const page = await site.context.newPage();
  const asked = ruleModuleRequests(page);
  await page.goto(new URL('selvsjekk.html', site.url).href);
  const el = page.locator('#remaining');
  await el.locator('form').waitFor();
  await el.locator('[data-path="/periods/0/part"]').selectOption('hospital');
  await el.locator('[data-path="/periods/0/start"]').fill('2023-03-01');
  await el.locator('[data-path="/periods/0/end"]').fill('2024-02-29');
  await el.locator('button[type=submit]').click();
  await el.locator('a.rule').first().waitFor();
  assert.deepEqual(asked, []);
  await page.close();
});

test('a rule table that cannot load says so in the element, in its language', async () => {
  const page = await site.context.newPage();
  await page.route(/\/rules-nn\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(new URL('regler.html?lang=nn', site.url).href);
  const alert = page.locator('#rules [role=alert]');
  await alert.waitFor();
  assert.equal(await alert.textContent(), 'Reglane kunne ikkje lastast.');
  await page.close();
});
