// Child of recovery.test.mjs (run with a small --stack-size): for each entry given, 70 sweeps of calls made at every
// depth from 400 frames below the JS stack limit up to it, so that the RangeError is thrown at every point of a
// call, inside wasm and in the imports it calls. After each sweep a call at normal depth must work. Prints, per
// entry, the sweep after which it did not (null: never) and the errors the calls threw, by kind.
const YEAR = { periods: [{ part: 'hospital', start: '2027-09-01', end: '2028-08-31', percent: 100 }], lang: 'en' };
const SWEEPS = 70;

function atDepth(n, f) {
  if (n > 0) return atDepth(n - 1, f) + 0;
  return f();
}

/** The deepest `atDepth` that still returns (the limit moves a little as code is optimised: measured per sweep). */
function limit() {
  let lo = 0;
  let hi = 1_000_000;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      atDepth(mid, () => 0);
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

const reports = [];
for (const entry of process.argv.slice(2)) {
  const { validate, remainingService } = await import(entry);
  const call = () => {
    validate('service', YEAR);
    return remainingService(YEAR).hospital.countedMonths;
  };
  const errors = {};
  let brokenAfter = null;
  for (let sweep = 1; sweep <= SWEEPS && brokenAfter === null; sweep++) {
    const top = limit();
    for (let n = top - 400; n <= top; n++) {
      try {
        atDepth(n, call);
      } catch (error) {
        const kind = error?.kind ? `${error.name}:${error.kind}` : error?.constructor?.name;
        errors[kind] = (errors[kind] ?? 0) + 1;
      }
    }
    try {
      if (call() !== 12) brokenAfter = sweep;
    } catch {
      brokenAfter = sweep;
    }
  }
  reports.push({ entry, brokenAfter, errors });
}
process.stdout.write(JSON.stringify(reports));
