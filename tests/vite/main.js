// Imported exactly as an npm consumer would: the bare specifier goes through
// node_modules/lis1kit (a file: dependency on pkg/) and its "exports".
import { remainingService, schema, version, Lis1Error } from 'lis1kit';

const show = (id, value) => { document.getElementById(id).textContent = String(value); };

try {
  // RULES.md section 6, worked example 1: full-time coupled LIS1 from 2022-09-01.
  const result = remainingService({
    periods: [
      { part: 'hospital', start: '2022-09-01', end: '2023-08-31' },
      { part: 'municipal', start: '2023-09-01', end: '2024-02-29' },
    ],
    lang: 'en',
  });
  show('hospital-counted', result.hospital.countedMonths);
  show('hospital-remaining', result.hospital.remainingMonths);
  show('municipal-counted', result.municipal.countedMonths);
  show('municipal-remaining', result.municipal.remainingMonths);
  show('time-complete', result.del1TimeComplete);
  show('version', version());
  // The schemas come from the package's schemas.js module, not the wasm.
  show('schema-title', schema('service').title);
  try {
    schema('absence', { lang: 'en' });
    show('schema-unknown', 'no error');
  } catch (err) {
    show('schema-unknown', `${err instanceof Lis1Error} ${err.kind} ${err.issues.map((i) => i.code).join(',')}`);
  }
  document.body.dataset.status = 'done';
} catch (err) {
  show('error', `${err.name}: ${err.message}`);
  document.body.dataset.status = 'error';
}
