// Runnable examples of the JS API (www/referanse.html). Each example is a
// function of the imported module; the page shows the function's own source,
// so the code shown is exactly the code that runs. Expected values are from
// the worked examples of docs/rules.md and are checked by tests/e2e/reference-page.test.mjs.
export const EXAMPLES = [
  {
    id: 'version',
    run: ({ version }) => version(),
  },
  {
    id: 'rule-sets',
    run: ({ ruleSets }) => ruleSets({ lang: 'en' }).map((r) => `${r.id}: ${r.from} – ${r.to ?? '…'}`),
  },
  {
    id: 'remaining-service',
    // Worked example 1 (docs/rules.md#example-1): 12 + 6 months counted, nothing remains.
    run: ({ remainingService }) => {
      const result = remainingService({ lang: 'en', periods: [
        { part: 'hospital', start: '2022-09-01', end: '2023-08-31' },
        { part: 'municipal', start: '2023-09-01', end: '2024-02-29' },
      ] });
      return { hospital: result.hospital.countedMonths, municipal: result.municipal.countedMonths,
        del1TimeComplete: result.del1TimeComplete };
    },
  },
  {
    id: 'check-absence',
    run: ({ checkAbsence }) => {
      const result = checkAbsence({ lang: 'en', periods: [
        { part: 'hospital', start: '2022-09-01', end: '2023-08-31' },
      ], absences: [{ part: 'hospital', kind: 'sick', days: 10 }] });
      return { regime: result.hospital.regime, used: result.hospital.usedDays, toMakeUp: result.hospital.toMakeUpDays };
    },
  },
  {
    id: 'check-eligibility',
    // Worked example 1 (docs/rules.md#example-1): a psykiatri path starting 2022-09-01 ends no earlier than 2029-02-28 (T-1).
    run: ({ checkEligibility }) => {
      const result = checkEligibility({ lang: 'en', round: '2022-09-01',
        applicant: { authorised: true, specialty: 'psykiatri' },
        employer: { kind: 'helseforetak', approvedFor: ['psykiatri'] } });
      return { eligible: result.eligible, minimumEnd: result.timeline.minimumEnd };
    },
  },
  {
    id: 'estimate-cost',
    // The 31 positions of autumn 2022 (C-11), position months per budget year (C-21).
    run: ({ estimateCost }) => {
      const result = estimateCost({ positions: [{ count: 31, start: '2022-09-01', kommune: '0301' }] });
      return result.byYear.map((y) => [y.year, y.positionMonths]);
    },
  },
  {
    id: 'compare-cost',
    // C-22 with P-1: a full position against one for a doctor with 6 hospital months already.
    run: ({ compareCost }) => {
      const full = { positions: [{ count: 1, start: '2023-09-01', kommune: '0301' }] };
      const onlyMissing = { positions: [{ count: 1, start: '2023-09-01', kommune: '0301', hospitalMonths: 6 }] };
      const comparison = compareCost({ a: full, b: onlyMissing });
      return { saving: comparison.saving, helseforetak: comparison.byPayer.helseforetak };
    },
  },
  {
    id: 'distribute-positions',
    // B-30: the 31 positions of a round split equally between allmennmedisin and psykiatri (with BUP), and the
    // RHF split given by the user, here the first round's proposal.
    run: ({ distributePositions }) => {
      const split = distributePositions({ positions: 31, byRhf: [
        { rhf: 'helse-nord', count: 3 }, { rhf: 'helse-midt-norge', count: 6 },
        { rhf: 'helse-vest', count: 6 }, { rhf: 'helse-sor-ost', count: 16 },
      ] });
      return {
        total: split.total,
        byGroup: split.byGroup.map((g) => `${g.group} ${g.count}`),
        byRhf: split.byRhf.map((r) => `${r.rhf} ${r.count}`),
      };
    },
  },
  {
    id: 'check-portal-calendar',
    // B-40: the application deadline at least 2 weeks after the advertisement.
    run: ({ checkPortalCalendar }) => {
      const result = checkPortalCalendar({ lang: 'en', round: '2026-09-01', advertised: '2026-01-10', applicationDeadline: '2026-01-24' });
      return { earliestApplicationDeadline: result.earliestApplicationDeadline, acceptanceHiddenFrom: result.acceptanceHiddenFrom };
    },
  },
  {
    id: 'validate',
    // Never throws: 2023-02-30 does not exist, the issue names the field.
    run: ({ validate }) => validate('service', { lang: 'en', periods: [
      { part: 'hospital', start: '2022-09-01', end: '2023-02-30' },
    ] }),
  },
  {
    id: 'schema',
    run: ({ schema }) => ({ $schema: schema('service').$schema, required: schema('service').required }),
  },
  {
    id: 'form-spec',
    run: ({ formSpec }) => formSpec('service', { lang: 'en' }).sections.map((s) => s.legend),
  },
  {
    id: 'messages',
    run: ({ messages }) => messages().find((m) => m.code === 'ui.yes'),
  },
  {
    id: 'lis1-error',
    run: ({ ruleSets, Lis1Error }) => {
      try {
        return ruleSets({ lang: 'sv' });
      } catch (err) {
        if (err instanceof Lis1Error) return { caught: 'Lis1Error', kind: err.kind, paths: err.issues.map((i) => i.path) };
        throw err;
      }
    },
  },
];
