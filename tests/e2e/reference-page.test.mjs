// www/referanse.html and the package's custom-elements.json: the manifest
// describes the elements as defined (observed attributes, properties, the
// parts they draw, the events they dispatch), the page draws every element
// from it, and every JS API example runs (expected values from RULES.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openSite } from './browser.mjs';
import { axeViolations } from './axe.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../pkg/custom-elements.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../pkg/package.json', import.meta.url), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations);

// A preset of each form element's form (formSpec(kind).presets) that computes (absence:
// RULES.md worked example 2, 8 days above the allowance, so its warning part is drawn).
const PRESETS = {
  'lis1-remaining-service': 'example-1', 'lis1-absence-check': 'example-2',
  'lis1-eligibility': 'psykiatri-2022', 'lis1-cost-estimate': 'one-oslo-2022',
};

// Service: a period ending before it starts; eligibility, cost: nothing filled in (specialty, positions missing).
const INVALID = {
  'lis1-remaining-service': { periods: [{ part: 'hospital', start: '2023-01-01', end: '2022-01-01' }] },
  'lis1-absence-check': { periods: [{ part: 'hospital', start: '2023-01-01', end: '2022-01-01' }] },
};
// Then a valid input whose result has what the preset's has not: a psykiatri applicant at a
// helseforetak approved for bup only fails B-20 (a not-met checklist item, and its warning).
const MORE = {
  // Absence above the allowance (20 sick days against 12, A-1): an assumption that changes the answer (A-O1: the
  // excess only, 8 days to make up, or all 20) is listed in `assumptions`; the preset's fold under one line.
  'lis1-remaining-service': { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }], absences: [{ part: 'hospital', kind: 'sick', days: 20 }] },
  'lis1-absence-check': { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }], absences: [{ part: 'hospital', kind: 'sick', days: 20 }] },
  'lis1-eligibility': { applicant: { authorised: false, specialty: 'psykiatri' }, employer: { kind: 'helseforetak', approvedFor: ['bup'] }, round: '2022-09-01' },
};

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

test('package.json points to custom-elements.json (schema 2.x) and publishes it', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
  assert.match(manifest.schemaVersion, /^2\./);
});

test('the manifest matches the defined elements: attributes, properties, events, and every part drawn', async () => {
  const page = await site.page('hr.html');
  await page.evaluate(async () => { await (await import('./lis1kit/full.js')).defineElements(); });
  for (const d of declarations) {
    const facts = await page.evaluate(async ({ tag, presetFor, invalid, more }) => {
      const Class = customElements.get(tag);
      if (!Class) return null;
      const el = document.createElement(tag);
      if (presetFor) el.setAttribute('preset', presetFor);
      document.body.append(el);
      const events = [];
      for (const name of ['lis1-result', 'lis1-invalid']) el.addEventListener(name, () => events.push(name));
      // Submit the form (if any) as preset, with an invalid input (issues), and with MORE's input.
      const submit = () => el.shadowRoot.querySelector('button[type=submit]')?.click();
      submit();
      // `part` is a list of names (`chart chart-by-year`): each name counts.
      const parts = new Set([...el.shadowRoot.querySelectorAll('[part]')].flatMap((n) => [...n.part]));
      if (el.shadowRoot.querySelector('form')) {
        el.input = invalid;
        submit();
      }
      for (const n of el.shadowRoot.querySelectorAll('[part]')) for (const p of n.part) parts.add(p);
      if (more) {
        el.input = more;
        submit();
        for (const n of el.shadowRoot.querySelectorAll('[part]')) for (const p of n.part) parts.add(p);
      }
      // Every public member the class adds to HTMLElement (its prototype chain up to HTMLElement), other than the
      // constructor and the lifecycle callbacks the browser calls.
      const members = new Set();
      for (let proto = Class.prototype; proto && proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto)) {
        for (const m of Object.getOwnPropertyNames(proto)) {
          if (m !== 'constructor' && !m.endsWith('Callback') && !m.startsWith('_')) members.add(m);
        }
      }
      el.remove();
      return { observed: Class.observedAttributes, parts: [...parts], events, members: [...members] };
    }, { tag: d.tagName, presetFor: PRESETS[d.tagName] ?? null, invalid: INVALID[d.tagName] ?? {}, more: MORE[d.tagName] ?? null });
    assert.ok(facts, `<${d.tagName}> is defined`);
    const attrs = d.attributes.map((a) => a.name);
    // Documented = observed, plus `name` (read, not observed) on form-associated elements.
    assert.deepEqual(attrs.filter((a) => a !== 'name'), facts.observed, `<${d.tagName}> attributes`);
    const documentedParts = new Set(d.cssParts.map((p) => p.name));
    assert.deepEqual(facts.parts.filter((p) => !documentedParts.has(p)), [], `<${d.tagName}>: every part drawn is documented`);
    // …and every documented part is drawn (as preset, or with the invalid input's issues).
    assert.deepEqual([...documentedParts].filter((p) => !facts.parts.includes(p)), [], `<${d.tagName}>: every documented part is drawn`);
    // Documented members = the class's own, whether or not the manifest lists any.
    assert.deepEqual(d.members.map((m) => m.name).sort(), facts.members.sort(), `<${d.tagName}> members`);
    assert.deepEqual([...new Set(facts.events)].sort(), d.events.map((e) => e.name).sort(), `<${d.tagName}> events`);
  }
});

for (const lang of ['nb', 'en']) {
  test(`reference page (${lang}): every element from the manifest, and every example runs`, async () => {
    const page = await site.page(`referanse.html${lang === 'en' ? '?lang=en' : ''}`);
    await page.locator('section.element-doc').first().waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.deepEqual(await page.locator('section.element-doc').evaluateAll((s) => s.map((x) => x.id)), declarations.map((d) => d.tagName));
    const eligibility = page.locator('section#lis1-eligibility');
    const attrs = await eligibility.locator('table').first().locator('tbody th').allTextContents();
    assert.deepEqual(attrs, ['lang', 'preset', 'rules-href', 'for', 'name', 'specialty', 'round', 'employer', 'kommune', 'registered',
      'vacancy-from', 'fixed-salary', 'recruitment-weak', 'supervision', 'advertised', 'lis3-public', 'view']);
    assert.equal(await page.locator('h1').textContent(), lang === 'en' ? 'Reference for developers' : 'Referanse for utviklere');
    const outputs = {};
    for (const section of await page.locator('section.example').all()) {
      const id = (await section.getAttribute('id')).slice('example-'.length);
      await section.locator('button').click();
      const pre = section.locator('pre.output');
      await page.waitForFunction((p) => /\b(ok|error)\b/.test(p.className), await pre.elementHandle());
      const text = await pre.textContent();
      assert.equal(await pre.getAttribute('class'), 'output ok', `${id}: ${text}`);
      outputs[id] = text;
    }
    assert.equal(Object.keys(outputs).length, 14);
    // C-21: 31 positions from 2022-09-01, 18 months each: 31 × 4 (Sep–Dec) = 124 in 2022, 31 × 12 = 372 in 2023, 31 × 2 = 62 in 2024.
    assert.deepEqual(JSON.parse(outputs['estimate-cost']), [[2022, 124], [2023, 372], [2024, 62]]);
    // C-22 / P-1: 6 hospital months not paid again: the hospital part of 12 months (1 534 880 in whole kroner) less that of 6
    // (767 440) = 767 440, all the helseforetak's (README worked figures; C-1 remainder 53 000, issue 22).
    assert.deepEqual(JSON.parse(outputs['compare-cost']), { saving: 767440, helseforetak: -767440 });
    // B-30 (corrected 2026-12-06): the 31 positions split equally between two groups, allmennmedisin and
    // psykiatri with BUP: 31 = 15 + 16, the odd one to psykiatri (default of oddPositionTo). No equal split over
    // RHFs: the RHF split is the input, the first round's Nord 3, Midt-Norge 6, Vest 6, Sør-Øst 16, listed
    // largest first.
    assert.deepEqual(JSON.parse(outputs['distribute-positions']), {
      total: 31,
      byGroup: ['allmennmedisin 15', 'psykiatri 16'],
      byRhf: ['helse-sor-ost 16', 'helse-midt-norge 6', 'helse-vest 6', 'helse-nord 3'],
    });
    // RULES.md A-1..A-4 table: the dated rule sets (A-3 and A-4 open-ended).
    assert.deepEqual(JSON.parse(outputs['rule-sets']), [
      'A-1: 2017-03-01 – 2019-02-28', 'A-2: 2019-03-01 – 2019-06-20', 'A-3: 2019-06-21 – …', 'A-4: 2020-03-20 – …',
    ]);
    // A-3 (the part starts after 2019-06-21): 10 sick days are within the hospital part's 12, none to make up.
    assert.deepEqual(JSON.parse(outputs['check-absence']), { regime: 'A-3', used: 10, toMakeUp: 0 });
    // JSON Schema draft 2020-12; API.md: `periods` is the service input's one required field.
    assert.deepEqual(JSON.parse(outputs.schema), { $schema: 'https://json-schema.org/draft/2020-12/schema', required: ['periods'] });
    // One section per field of the service input in API.md (periods, absences, learningGoalsApproved, plan, options).
    const legends = JSON.parse(outputs['form-spec']);
    assert.equal(legends.length, 5);
    assert.equal(new Set(legends).size, 5);
    assert.match(legends[0], /period/i);
    assert.match(legends[1], /absence/i);
    // B-40: advertised 2026-01-10 + 14 days = 2026-01-24; hidden 1 week before 2026-09-01 = 2026-08-25.
    assert.deepEqual(JSON.parse(outputs['check-portal-calendar']), { earliestApplicationDeadline: '2026-01-24', acceptanceHiddenFrom: '2026-08-25' });
    assert.equal(JSON.parse(outputs.version), pkg.version);
    // Worked example 1 of RULES.md: 12 + 6 months, del 1 time complete.
    assert.deepEqual(JSON.parse(outputs['remaining-service']), { hospital: 12, municipal: 6, del1TimeComplete: true });
    // T-1: a LIS1 round 2022-09-01 + 6.5 years ends 2029-02-28.
    assert.equal(JSON.parse(outputs['check-eligibility']).minimumEnd, '2029-02-28');
    // 2023-02-30 does not exist: not ok, the issue points at the field.
    const validated = JSON.parse(outputs.validate);
    assert.equal(validated.ok, false);
    assert.deepEqual(validated.issues.map((i) => i.path), ['/periods/0/end']);
    assert.deepEqual(JSON.parse(outputs['lis1-error']), { caught: 'Lis1Error', kind: 'invalid-input', paths: ['/lang'] });
    assert.deepEqual(JSON.parse(outputs.messages), { code: 'ui.yes', nb: 'ja', nn: 'ja', en: 'yes' });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(site.consoleErrors, []);
    assert.deepEqual(site.foreignRequests, []);
  });
}
