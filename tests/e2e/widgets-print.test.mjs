// The print stylesheet of the form elements (issue 7, elements/style.rs):
// printed, an element shows its result only — no form, no control, no button —
// in black on white whatever the page's theme, with the text of its timeline
// and charts; on screen the form is back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { addAbsenceForm, openSite } from './browser.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const ELEMENTS = [
  { tag: 'lis1-remaining-service', page: 'hr.html', sel: '#remaining', preset: 'example-1', picture: 'svg.timeline' },
  { tag: 'lis1-absence-check', page: 'hr.html', sel: '#absence-form', add: addAbsenceForm, preset: 'example-2', picture: null },
  { tag: 'lis1-eligibility', page: 'stilling.html', sel: '#eligibility', preset: 'allmennmedisin-bodo', byAttribute: true, picture: null },
  { tag: 'lis1-cost-estimate', page: 'budsjett.html', sel: '#cost', preset: 'one-oslo-2022', picture: 'svg.chart' },
];

const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

function printed(page, sel, picture) {
  return page.evaluate(([s, pic]) => {
    const root = document.querySelector(s).shadowRoot;
    const panel = root.querySelector('[part="result-panel"]');
    const texts = [...panel.querySelectorAll('h3, p, th, td, li, caption')];
    const svgTexts = pic ? [...root.querySelectorAll(`${pic} text`)] : [];
    return {
      form: getComputedStyle(root.querySelector('form')).display,
      result: getComputedStyle(root.querySelector('section.result')).display,
      // Controls and buttons that would be printed.
      controlsShown: [...root.querySelectorAll('input, select, button')].filter((c) => c.checkVisibility()).length,
      panelShown: panel.checkVisibility(),
      textColours: [...new Set(texts.map((e) => getComputedStyle(e).color))],
      backgrounds: [...new Set([panel, ...texts].map((e) => getComputedStyle(e).backgroundColor))],
      svgTextFills: [...new Set(svgTexts.map((e) => getComputedStyle(e).fill))],
      svgTextShown: svgTexts.filter((e) => e.checkVisibility() && e.textContent.trim()).length,
    };
  }, [sel, picture]);
}

for (const spec of ELEMENTS) {
  test(`<${spec.tag}> printed: the result in black on white, the form and every control hidden`, async () => {
    const { page, el } = await site.widget(spec.page, spec.sel, spec.add);
    // A page theme in colour: print ignores it.
    await page.evaluate((s) => {
      const host = document.querySelector(s);
      host.style.setProperty('--lis1-color', '#804000');
      host.style.setProperty('--lis1-accent', '#aa00aa');
      host.style.setProperty('--lis1-chart-bar', '#00aa00');
    }, spec.sel);
    // A job posting shows no preset buttons (issue 24 item 10): its preset is set as the attribute.
    if (spec.byAttribute) await el.evaluate((host, id) => host.setAttribute('preset', id), spec.preset);
    else await el.locator(`button[data-preset="${spec.preset}"]`).click();
    await el.locator('button[type=submit]').click();
    await el.locator('[part="result-panel"] table').first().waitFor();
    const screen = await printed(page, spec.sel, spec.picture);
    assert.equal(screen.form, 'block');
    assert.ok(screen.controlsShown > 3);
    assert.notDeepEqual(screen.textColours, [BLACK]); // the theme's colour on screen

    await page.emulateMedia({ media: 'print' });
    const paper = await printed(page, spec.sel, spec.picture);
    assert.equal(paper.form, 'none');
    assert.equal(paper.controlsShown, 0);
    assert.equal(paper.result, 'block');
    assert.equal(paper.panelShown, true);
    assert.deepEqual(paper.textColours, [BLACK]);
    assert.deepEqual(paper.backgrounds, [WHITE]);
    if (spec.picture) {
      assert.ok(paper.svgTextShown >= 2, `${spec.picture} text printed`);
      assert.deepEqual(paper.svgTextFills, [BLACK]);
    }
    if (spec.tag === 'lis1-cost-estimate') {
      const bars = await el.locator('svg.chart rect.bar').evaluateAll((rs) => [...new Set(rs.map((r) => getComputedStyle(r).fill))]);
      assert.deepEqual(bars, [BLACK]);
    }

    await page.emulateMedia({ media: 'screen' });
    assert.equal((await printed(page, spec.sel, spec.picture)).form, 'block');
    await page.close();
  });
}

// S-6: a postlege period does not count. On screen and on paper it is drawn
// as an outline only (dashed), never filled like a counting period; the
// picture's text alternative names it.
test('<lis1-remaining-service> printed: a non-counting period stays an outline, not a filled bar', async () => {
  const { page, el } = await site.widget('hr.html', '#remaining');
  await page.evaluate(() => {
    document.getElementById('remaining').input = { periods: [
      { part: 'hospital', start: '2022-09-01', end: '2023-08-31' },
      { part: 'hospital', start: '2023-09-01', end: '2023-12-31', position: 'postlege' },
    ] };
  });
  await el.locator('button[type=submit]').click();
  await el.locator('svg.timeline').waitFor();
  const bars = () => el.locator('svg.timeline rect.period').evaluateAll((rs) => rs.map((r) => ({
    notCounting: r.classList.contains('not-counting'),
    fill: getComputedStyle(r).fill,
    stroke: getComputedStyle(r).stroke,
    dashed: getComputedStyle(r).strokeDasharray !== 'none',
  })));
  const onScreen = await bars();
  assert.deepEqual(onScreen.map((b) => b.notCounting), [false, true]);
  assert.equal(onScreen[1].fill, 'none');
  await page.emulateMedia({ media: 'print' });
  const [counting, notCounting] = await bars();
  assert.deepEqual(counting, { notCounting: false, fill: BLACK, stroke: 'none', dashed: false });
  assert.deepEqual(notCounting, { notCounting: true, fill: 'none', stroke: BLACK, dashed: true });
  await page.emulateMedia({ media: 'screen' });
  // The text alternative: worked out by hand, 1 September 2023 – 31 December 2023 in nb.
  const desc = await el.locator('svg.timeline desc').textContent();
  assert.ok(desc.includes('Sykehusdelen: perioden 1. september 2023–31. desember 2023 teller ikke som LIS1-tjeneste og er tegnet med stiplet kant.'), desc);
  await page.close();
});

test('no console errors and no foreign requests when printing', () => {
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});
