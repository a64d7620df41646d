// The workspaces' exports (issue 25 item 6): serviceRoster, rosterCsv and
// rosterCalendar through the package as a Node user imports it. Expected
// values by hand from docs/rules.md (months by anniversary).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkgSpecifier } from './helpers.mjs';

const { serviceRoster, rosterCsv, rosterCalendar, Lis1Error } = await import(`${pkgSpecifier}/roster`);
const main = await import(pkgSpecifier);

// Kari: a full hospital year 2023-03-01..2024-02-29 (12 months), the kommune planned from 2024-03-01 at 100 %:
// 6 months end the day before 2024-09-01 → del 1 ends 2024-08-31, nothing to make up: på skjema.
// Ola: a period that ends before it starts: his row stays, with the issue at its path in the list.
const doctors = [
  { name: 'Kari', input: { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }], plan: { nextStart: '2024-03-01' } } },
  { name: 'Ola', input: { periods: [{ part: 'hospital', start: '2023-09-01', end: '2023-08-31' }] } },
];

test('serviceRoster: one row per doctor, a doctor with bad input keeps the row with its issues', () => {
  const { rows } = serviceRoster({ doctors });
  assert.equal(rows.length, 2);
  const [kari, ola] = rows;
  assert.equal(kari.name, 'Kari');
  assert.equal(kari.status.code, 'on-track');
  assert.equal(kari.status.text, 'på skjema');
  assert.equal(kari.hospital.countedMonths, 12);
  assert.equal(kari.hospital.remainingMonths, 0);
  assert.equal(kari.hospital.projectedEnd, '2024-02-29');
  assert.equal(kari.municipal.remainingMonths, 6);
  assert.equal(kari.projectedDel1End, '2024-08-31');
  assert.equal(ola.name, 'Ola');
  assert.equal(ola.status.code, 'error');
  assert.ok(ola.issues.some((i) => i.path === '/doctors/1/input/periods/0/end'), JSON.stringify(ola.issues));
});

test('lis1kit/roster is its own module: the main entry carries no roster code', () => {
  assert.equal(main.serviceRoster, undefined);
  assert.equal(typeof serviceRoster, 'function');
});

test('serviceRoster: 201 doctors are refused at /doctors (at most 200)', () => {
  const many = Array.from({ length: 201 }, (_, i) => ({ name: `L${i}`, input: doctors[0].input }));
  assert.throws(() => serviceRoster({ doctors: many }), (e) => e instanceof Lis1Error && e.issues.some((i) => i.code === 'list.too-long' && i.path === '/doctors'));
});

test('rosterCsv: a file Norwegian Excel opens — BOM, ; between fields, CRLF, the same figures as the table', () => {
  const file = rosterCsv({ doctors });
  assert.equal(file.type, 'text/csv;charset=utf-8');
  assert.match(file.name, /\.csv$/);
  assert.equal(file.text[0], '\uFEFF');
  const lines = file.text.slice(1).split('\r\n');
  assert.equal(lines.at(-1), '', 'every row ends with CRLF');
  const head = lines[0].split(';');
  assert.equal(head[0], 'Navn eller ID');
  const kari = lines[1].split(';');
  assert.equal(kari[0], 'Kari');
  assert.ok(kari.includes('på skjema'));
  assert.ok(kari.includes('2024-08-31'), lines[1]);
});

test('rosterCalendar: RFC 5545 all-day events for each part end; needs a stamp', () => {
  const file = rosterCalendar({ doctors, stamp: '2026-12-06T10:00:00.000Z' });
  assert.equal(file.type, 'text/calendar;charset=utf-8');
  const text = file.text.replace(/\r\n[ \t]/g, '');
  for (const line of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'END:VCALENDAR', 'DTSTAMP:20261206T100000Z']) {
    assert.ok(text.split('\r\n').includes(line), line);
  }
  assert.ok(/^PRODID:.+/m.test(text));
  // The hospital part ends 2024-02-29 (DTEND is the day after), the kommune part 2024-08-31.
  assert.ok(text.includes('DTSTART;VALUE=DATE:20240229\r\nDTEND;VALUE=DATE:20240301'), text);
  assert.ok(text.includes('DTSTART;VALUE=DATE:20240831\r\nDTEND;VALUE=DATE:20240901'), text);
  assert.throws(() => rosterCalendar({ doctors }), (e) => e instanceof Lis1Error && e.issues.some((i) => i.path === '/stamp'));
});
