// A job posting never says the wrong thing (issue 24 item 1): an employer fact given as an attribute is read as
// yes/no from true/false, ja/nei, yes/no, 1/0 in any case; any other value is not used and is said in the element
// and on the console, naming the attribute (the configurator once published registered="nei" and the element
// read it as yes). With view="applicant", no employer checklist text and no "not met" note reach the applicant.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const POSTING = 'specialty="allmennmedisin" round="2026-09-01" employer="kommune" kommune="1804"';

/** stilling.html with one more <lis1-eligibility id=… …attributes> at the top; waits for its form. */
async function withElement(id, attributes) {
  const page = await site.page('stilling.html');
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.evaluate(([id, attributes]) => {
    document.querySelector('main').insertAdjacentHTML('afterbegin', `<lis1-eligibility id="${id}" ${attributes}></lis1-eligibility>`);
  }, [id, attributes]);
  await page.locator(`#${id} form`).waitFor();
  return { page, errors, registered: page.locator(`#${id} [data-path="/employer/registeredForAllmennmedisin"]`) };
}

for (const [value, expected] of [['nei', false], ['NEI', false], ['false', false], ['0', false], ['ja', true], ['Yes', true], ['1', true]]) {
  test(`registered="${value}" is read as ${expected ? 'yes' : 'no'}`, async () => {
    const { registered, errors } = await withElement('facts', `${POSTING} registered="${value}"`);
    assert.equal(await registered.isChecked(), expected);
    assert.deepEqual(errors, []);
  });
}

test('registered="kanskje" is not used: said in the element (nb) and on the console, naming the attribute', async () => {
  const { page, registered, errors } = await withElement('unclear', `${POSTING} registered="kanskje"`);
  assert.equal(await registered.isChecked(), false);
  const note = page.locator('#unclear .attribute-issues');
  assert.equal(await note.getAttribute('role'), 'alert');
  assert.equal((await note.innerText()).trim(),
    'Innstillingen registered="kanskje" er verken ja eller nei og er ikke brukt. Skriv ja eller nei (eller true/false, 1/0).');
  assert.ok(errors.some((e) => e.includes('registered="kanskje"')), errors.join('\n'));
});

/** The text of the element's result after calculating an applicant with no earlier LIS1 and no employer facts. */
async function answerWithoutFacts(view) {
  const { page } = await withElement('posting', `${POSTING} ${view}`);
  return page.locator('#posting').evaluate(async (el) => {
    el.input = {
      applicant: { authorised: true, specialty: 'allmennmedisin' },
      employer: { kind: 'kommune', kommune: '1804' },
      round: '2026-09-01',
    };
    el.calculate();
    return el.shadowRoot.querySelector('section.result').innerText;
  });
}

test('view="applicant" with no employer facts: no checklist and no "not met" note reach the applicant', async () => {
  // Control: the employer's own view of the same input lists the unmet checklist (registered, B-20, not given).
  const employer = await answerWithoutFacts('');
  assert.match(employer, /Sjekkliste for arbeidsgiver/);
  assert.match(employer, /Arbeidsgiverens sjekkliste har punkter som ikke er oppfylt/);
  const applicant = await answerWithoutFacts('view="applicant"');
  assert.match(applicant, /Søkeren kan tilsettes/);
  assert.doesNotMatch(applicant, /Sjekkliste for arbeidsgiver|Arbeidsgiverens sjekkliste|Ikke oppfylt|ikke oppgitt som registrert/);
});
