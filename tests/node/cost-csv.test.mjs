// The budget's export (issue 25 item 5): costCsv from lis1kit/roster, as a
// Node user imports it. One simple input, every row derived by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkgSpecifier } from './helpers.mjs';

const { costCsv, estimateCost, Lis1Error } = await import(`${pkgSpecifier}/roster`);
const main = await import(pkgSpecifier);

// One position, municipal part only (6 months from 2026-09-01), zone V (0 % arbeidsgiveravgift, C-7).
// Per calendar month: salary 606 000 / 12 = 50 500 (C-4), feriepenger 12 % = 6 060 (C-6), pension 18 % = 9 090
// (C-8), supervision 63 500 / 12 = 5 291.67 (C-10). Six months, each rounded to whole kroner: 303 000, 36 360,
// 54 540, 0 and 31 750; sum 425 650. The state's grant (C-3, V2022) 140 000 for 6 counted months, so the kommune
// 285 650. Budget years (C-21): Sep–Dec 2026 = 4 months, Jan–Feb 2027 = 2: round(425 650 × 4 / 6 = 283 766.67)
// = 283 767 and the rest 141 883; the grant round(140 000 × 4 / 6 = 93 333.33) = 93 333 and 46 667; the kommune
// 283 767 − 93 333 = 190 434 and 141 883 − 46 667 = 95 216.
const input = { positions: [{ count: 1, start: '2026-09-01', part: 'municipal', zone: 'V' }] };

/** The rows under a title row, up to the next blank row. */
function section(rows, title) {
  const at = rows.indexOf(title);
  assert.ok(at > 0, `${title} in ${JSON.stringify(rows)}`);
  assert.equal(rows[at - 1], '', `a blank row before ${title}`);
  const end = rows.indexOf('', at);
  return rows.slice(at + 1, end === -1 ? undefined : end);
}

test('costCsv: BOM, ; between fields, CRLF, decimal comma — the tables one after another, by hand', () => {
  const file = costCsv(input);
  assert.equal(file.name, 'lis1-kostnader.csv');
  assert.equal(file.type, 'text/csv;charset=utf-8');
  assert.equal(file.text[0], '\uFEFF');
  const rows = file.text.slice(1).split('\r\n');
  assert.equal(rows.at(-1), '', 'every row ends with CRLF');
  assert.match(rows[0], /^Samlet kostnad: 425\s650\skr\. Beløpene er ikke prisjustert: satsene er fra 2020–2022\.$/u);
  assert.deepEqual(section(rows, 'Per stilling'), [
    'Post;Sykehusdelen;Kommunedelen;Sum',
    'Kalendermåneder;0;6;6',
    'Lønn;0;303000;303000',
    'Feriepenger;0;36360;36360',
    'Pensjon;0;54540;54540',
    'Arbeidsgiveravgift;0;0;0',
    'Øvrige sykehuskostnader;0;0;0',
    'Veiledning;0;31750;31750',
    'Kontor og støtte;0;0;0',
    'Sum;0;425650;425650',
    'Herav statlig tilskudd;0;140000;140000',
  ]);
  assert.deepEqual(section(rows, 'Per betaler'), ['Betaler;Beløp (kr)', 'Helseforetak;0', 'Kommune;285650', 'Staten;140000']);
  assert.deepEqual(section(rows, 'Per budsjettår'), ['År;Stillingsmåneder;Beløp (kr)', '2026;4;283767', '2027;2;141883']);
  assert.deepEqual(section(rows, 'Betalerne år for år'), [
    'År;Helseforetak;Kommune;Staten;Sum',
    '2026;0;190434;93333;283767',
    '2027;0;95216;46667;141883',
    'Sum;0;285650;140000;425650',
  ]);
  const rates = section(rows, 'Satsene som er brukt');
  assert.equal(rates[0], 'Sats;Verdi;Enhet;Prisår;Kilde;Brukes til;Egen verdi');
  // C-10: 63 500 per year, price year 2020, a twelfth per calendar month.
  assert.ok(rates.includes('Veiledning per lege per år etter ALIS-satsen;63500;kr per år;2020;R-2021 l. 4193–4203;Veiledning: sats / 12 × kalendermåneder;'), rates.join('\n'));
  // C-6: a percentage with no price year.
  assert.ok(rates.includes('Feriepenger;12;prosent;;ferieloven / tariff;Feriepenger: sats % av Lønn;'), rates.join('\n'));
  assert.ok(section(rows, 'Forutsetninger').length > 0);
});

test('costCsv: the same figures as estimateCost', () => {
  const r = estimateCost(input);
  const rows = costCsv(input).text.slice(1).split('\r\n');
  const payers = section(rows, 'Per betaler').slice(1).map((row) => Number(row.split(';')[1]));
  assert.deepEqual(payers, [r.byPayer.helseforetak, r.byPayer.kommune, r.byPayer.state]);
  const years = section(rows, 'Per budsjettår').slice(1).map((row) => row.split(';').map(Number));
  assert.deepEqual(years, r.byYear.map((y) => [y.year, y.positionMonths, y.amount]));
});

test('costCsv: an own value and a price index, in English; a decimal comma in every language', () => {
  // C-9 on (officeCapacity) at an own 420 000; index 2020 → 2026 × 1.1: C-4 606 000 → 666 600,
  // supervision 63 500 → 69 850. Months at 80 % are 7.5 calendar months: "7,5".
  const file = costCsv({ ...input, lang: 'en', positions: [{ ...input.positions[0], percent: 80 }],
    options: { officeCapacity: true }, parameters: { 'C-9.overhead-per-year': 420000 },
    priceYear: 2026, priceIndex: { 2020: 100, 2022: 100, 2026: 110 } });
  assert.equal(file.name, 'lis1-costs.csv');
  const rows = file.text.slice(1).split('\r\n');
  assert.equal(section(rows, 'Per position')[1], 'Calendar months;0;7,5;7,5');
  const rates = section(rows, 'Rates used');
  assert.equal(rates[0], 'Rate;Value;Unit;Price year;Source;Used for;In 2026 kroner;Own value');
  assert.ok(rates.some((r) => r.startsWith('Annual pay;606000;NOK per year;2020;') && r.endsWith(';666600;')), rates.join('\n'));
  assert.ok(rates.some((r) => r.startsWith('Office rent and support staff for a new office place;420000;') && r.endsWith(';420000;yes')), rates.join('\n'));
});

test('costCsv: a bad input is refused with the estimate\'s issues', () => {
  assert.throws(() => costCsv({ positions: [] }), (e) => e instanceof Lis1Error && e.issues.some((i) => i.code === 'cost.positions-empty'));
});

test('costCsv is in lis1kit/roster only: the main entry does not grow', () => {
  assert.equal(main.costCsv, undefined);
  assert.equal(typeof costCsv, 'function');
});
