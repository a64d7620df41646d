// Regenerates fuzz/corpus-seed/<target>/*.json: the valid worked examples below (RULES.md section 6 and
// the crates' tests) and every case of tests/bad-inputs/*.json (markers expanded; NaN/Infinity written as
// the invalid JSON text NaN / 1e400). Run from anywhere: node fuzz/make-corpus-seed.cjs
const fs = require('fs');
const path = require('path');
process.chdir(path.join(__dirname, '..'));
const out = (target, name, value) => {
  const dir = path.join('fuzz/corpus-seed', target);
  fs.mkdirSync(dir, { recursive: true });
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  fs.writeFileSync(path.join(dir, name + '.json'), text);
};
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
const MAX = 60000;
function expand(v) {
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    if ('$nan' in v) return { $raw: 'NaN' };
    if ('$infinity' in v) return { $raw: v.$infinity < 0 ? '-1e400' : '1e400' };
    if ('$text' in v) return v.$text.repeat(Math.min(v.length, Math.floor(MAX / 2 / v.$text.length)));
    if ('$repeat' in v) {
      const one = JSON.stringify(expand(v.$repeat)).length + 1;
      return Array.from({ length: Math.min(v.times, Math.floor(MAX / 2 / one)) }, () => expand(v.$repeat));
    }
    const o = {};
    for (const [k, x] of Object.entries(v)) if (!(x && typeof x === 'object' && '$undefined' in x)) o[k] = expand(x);
    return o;
  }
  return v;
}
const text = (v) => JSON.stringify(expand(v)).replace(/\{"\$raw":"([^"]*)"\}/g, '$1');
for (const kind of ['service', 'eligibility', 'cost']) {
  const cases = JSON.parse(fs.readFileSync(`tests/bad-inputs/${kind}.json`, 'utf8'));
  cases.forEach((c, i) => out(kind, `bad-${String(i).padStart(2, '0')}-${slug(c.name)}`, text(c.input)));
}
// RULES.md section 6, worked examples (service).
const s = (name, v) => out('service', name, v);
s('example-1-coupled-2022-09-01', { periods: [{ part: 'hospital', start: '2022-09-01', end: '2023-08-31' }, { part: 'municipal', start: '2023-09-01', end: '2024-02-29' }], learningGoalsApproved: { hospital: true, municipal: true } });
s('example-1-as-plan', { periods: [], plan: { nextStart: '2022-09-01' } });
s('example-2-twenty-sick-days', { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }], absences: [{ part: 'hospital', kind: 'sick', start: '2023-10-02', end: '2023-10-27' }], plan: { nextStart: '2024-03-01' } });
s('example-2-make-up-served', { periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }, { part: 'hospital', start: '2024-03-01', end: '2024-03-12' }, { part: 'municipal', start: '2024-03-13', end: '2024-09-12' }], absences: [{ part: 'hospital', kind: 'sick', start: '2023-10-02', end: '2023-10-27' }], lang: 'nb' });
s('example-3-reststilling-p1', { periods: [{ part: 'hospital', start: '2023-03-01', end: '2023-08-31', position: 'reststilling', rotation: 'kirurgi' }], options: { offerOnlyMissing: true } });
s('example-4-eighty-percent-plan', { periods: [], plan: { nextStart: '2023-09-01', percent: 80 } });
s('example-4-eighty-percent-history', { periods: [{ part: 'hospital', start: '2023-09-01', end: '2024-11-30', percent: 80 }] });
s('example-5-second-full-lis1', { periods: [{ part: 'hospital', start: '2018-09-01', end: '2019-08-31' }, { part: 'municipal', start: '2019-09-01', end: '2020-02-29' }, { part: 'hospital', start: '2023-09-01', end: '2024-08-31' }, { part: 'municipal', start: '2024-09-01', end: '2025-02-28' }], learningGoalsApproved: { hospital: true, municipal: true } });
s('example-5-plan-after-complete', { periods: [{ part: 'hospital', start: '2018-09-01', end: '2019-08-31' }, { part: 'municipal', start: '2019-09-01', end: '2020-02-29' }], learningGoalsApproved: { hospital: true, municipal: true }, plan: { nextStart: '2023-09-01' }, lang: 'nn' });
// Eligibility (RULES.md section 6 examples 1, 3, 5 as eligibility questions).
const e = (name, v) => out('eligibility', name, v);
const kommune = { kind: 'kommune', kommune: '1804', registeredForAllmennmedisin: true, vacancyFrom: '2024-03-01', fixedSalary: true, recruitmentWeak: true, supervisionCapacity: true, advertisementStatesCriteria: true, lis3PostAdvertisedPublicly: true };
const hf = { kind: 'helseforetak', approvedFor: ['psykiatri', 'bup'], vacancyFrom: '2024-03-01', advertisementStatesCriteria: true, lis3PostAdvertisedPublicly: true };
e('example-1-psykiatri-2022-09-01', { applicant: { authorised: true, specialty: 'psykiatri' }, round: '2022-09-01' });
e('example-1-allmennmedisin-kommune', { applicant: { authorised: true, specialty: 'allmennmedisin' }, employer: kommune, round: '2022-09-01', lang: 'en' });
e('example-1-psykiatri-helseforetak', { applicant: { authorised: true, specialty: 'psykiatri' }, employer: hf, round: '2022-09-01' });
e('example-3-six-months-p1', { applicant: { authorised: true, specialty: 'psykiatri', lis1: { hospitalMonths: 6, municipalMonths: 0 } }, round: '2023-09-01', options: { offerOnlyMissing: true }, lang: 'en' });
e('example-3-fractional-p1', { applicant: { authorised: true, specialty: 'bup', lis1: { hospitalMonths: 11.5, municipalMonths: 0 } }, round: '2024-03-01', options: { offerOnlyMissing: true } });
e('example-5-complete-lis1', { applicant: { authorised: true, specialty: 'psykiatri', lis1: { hospitalMonths: 12, municipalMonths: 6, complete: true } }, round: '2026-09-01', lang: 'nb' });
e('s-8-time-without-goals', { applicant: { authorised: true, specialty: 'bup', lis1: { hospitalMonths: 12, municipalMonths: 6 } }, round: '2026-09-01' });
// Cost (example 1 and 4 as cost questions; a pair for compare).
const c = (name, v) => out('cost', name, v);
const full = { positions: [{ count: 1, start: '2023-09-01', kommune: '0301' }] };
const part80 = { positions: [{ count: 1, start: '2023-09-01', percent: 80, kommune: '0301' }] };
c('example-1-one-position-oslo', full);
c('example-4-eighty-percent', part80);
c('zone-ia-exemption', { positions: [{ count: 1, start: '2023-09-01', part: 'hospital', kommune: '1144' }], options: { iaWithinExemption: true } });
c('zone-of-part', { positions: [{ count: 1, start: '2023-09-01', part: 'hospital', kommune: '4225', zone: 'Ia' }], lang: 'en' });
c('municipal-part-only', { positions: [{ count: 1, start: '2021-09-01', part: 'municipal', municipalMonths: 3, kommune: '0301' }] });
c('compare-full-vs-eighty', [full, part80]);
// Distribution and portal.
const d = (name, v) => out('distribution_portal', name, v);
d('distribution-psykiatri', { specialties: ['psykiatri'] });
d('distribution-two-specialties', { positions: 32, specialties: ['psykiatri', 'bup'] });
d('distribution-explicit-split', { round: '2022-09-01', allocations: [['helse-nord', 3], ['helse-midt-norge', 6], ['helse-vest', 6], ['helse-sor-ost', 16]].map(([rhf, count]) => ({ rhf, specialty: 'psykiatri', count })) });
d('distribution-bad-sum', { lang: 'en', allocations: [{ rhf: 'helse-nord', specialty: 'allmennmedisin', count: 15 }, { rhf: 'helse-vest', specialty: 'allmennmedisin', count: 15 }] });
d('portal-ok', { round: '2026-09-01', advertised: '2026-01-22', applicationDeadline: '2026-02-05', lang: 'en' });
d('portal-easter-reply', { round: '2026-09-01', advertised: '2026-01-22', applicationDeadline: '2026-02-05', firstOffer: '2026-03-31', replyDeadline: '2026-04-07' });
d('portal-order-problem', { round: '2026-09-01', advertised: '2026-01-22', applicationDeadline: '2026-02-05', firstOffer: '2026-02-01', replyDeadline: '2026-02-10' });
d('portal-march-leap', { round: '2028-03-01', advertised: '2027-09-01', applicationDeadline: '2027-09-20', acceptanceHiddenFrom: '2027-08-27' });
