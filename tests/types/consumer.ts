// A TypeScript consumer of the built package: every export with correct
// inputs, and wrong ones marked `@ts-expect-error` (tsc fails if a wrong
// input is accepted, i.e. if a signature is too loose, such as `any`).
// Type-checked by scripts/test.sh (`tsc -p tests/types`); never run.
import {
  version, ruleSets, validate, schema, remainingService, checkAbsence, checkEligibility,
  distributePositions, checkPortalCalendar, estimateCost, compareCost, messages, nextRounds, Lis1Error,
} from 'lis1kit';
// The API with the elements, from the elements' wasm.
import { defineElements, remainingService as remainingServiceToo } from 'lis1kit/full';
import type {
  ServiceInput, ServiceResult, AbsenceResult, EligibilityResult, Distribution, PortalResult, CostResult,
  Kind, RuleSet, ValidationResult, JsonSchema, Issue, CostComparison, CostComparisonInput, Message, NextRoundsOptions,
} from 'lis1kit';
import type { ElementTag } from 'lis1kit/full';
// @ts-expect-error: the headless API has no elements
import { defineElements as notInTheApi } from 'lis1kit';

const v: string = version();

const sets: RuleSet[] = ruleSets();
const setsEn: RuleSet[] = ruleSets({ lang: 'en' });
const firstTo: string | undefined = sets[0]?.to;
// @ts-expect-error: 'sv' is not a language
ruleSets({ lang: 'sv' });
// @ts-expect-error: unknown option
ruleSets({ language: 'en' });

// RULES.md section 6, worked example 1.
const example1: ServiceInput = {
  periods: [
    { part: 'hospital', start: '2022-09-01', end: '2023-08-31' },
    { part: 'municipal', start: '2023-09-01', end: '2024-02-29', percent: 100, position: 'coupled' },
  ],
  lang: 'en',
};
const service: ServiceResult = remainingService(example1);
const counted: number = service.hospital.countedMonths + service.municipal.countedMonths;
const complete: boolean = service.del1TimeComplete;
const end: string | undefined = service.projectedDel1End;
const regime: string = service.hospital.absence.regime;
// @ts-expect-error: no such field on the result
service.hospital.months;
// @ts-expect-error: part must be 'hospital' | 'municipal'
remainingService({ periods: [{ part: 'hospitall', start: '2022-09-01', end: '2023-08-31' }] });
// @ts-expect-error: periods are required
remainingService({});
// @ts-expect-error: percent is a number
remainingService({ periods: [{ part: 'hospital', start: '2022-09-01', end: '2023-08-31', percent: '80' }] });
// @ts-expect-error: unknown field (the schemas say additionalProperties: false)
remainingService({ periods: [], extra: true });

const absence: AbsenceResult = checkAbsence({
  periods: [{ part: 'hospital', start: '2023-03-01', end: '2024-02-29' }],
  absences: [{ part: 'hospital', kind: 'sick', days: 20 }],
  options: { dayUnit: 'workdays' },
});
const excess: number = absence.hospital.excessDays;
// @ts-expect-error: not an absence kind
checkAbsence({ periods: [], absences: [{ part: 'hospital', kind: 'holiday', days: 2 }] });
// @ts-expect-error: not a day unit
checkAbsence({ periods: [], options: { dayUnit: 'hours' } });

const eligibility: EligibilityResult = checkEligibility({
  applicant: { authorised: true, specialty: 'psykiatri', lis1: { hospitalMonths: 0, municipalMonths: 0 } },
  employer: { kind: 'helseforetak', approvedFor: ['psykiatri'] },
  round: '2026-09-01',
});
const eligible: 'yes' | 'no' | 'conditional' = eligibility.eligible;
// Issue 22: the authorisation date (T-1), days owed and læringsmål of earlier service (B-14), info rows.
checkEligibility({
  applicant: { authorised: true, authorisedOn: '2025-06-20', specialty: 'bup',
               lis1: { hospitalMonths: 12, municipalMonths: 6, firstStart: '2024-03-01',
                       makeUpDays: { municipal: 14, dayUnit: 'workdays' }, learningGoalsApproved: { hospital: true } } },
});
const reasonKind: 'condition' | 'info' = eligibility.reasons[0].kind;
const lis3Start: string | undefined = eligibility.timeline?.specialtyStart;
// @ts-expect-error: not a specialty of a bound path
checkEligibility({ applicant: { authorised: true, specialty: 'kirurgi' } });
// @ts-expect-error: authorised is required
checkEligibility({ applicant: { specialty: 'bup' } });

// B-30: the RHF split is the user's own, here the first round's proposal (3/6/6/16).
const split: Distribution = distributePositions({ positions: 31, oddPositionTo: 'psykiatri', byRhf: [
  { rhf: 'helse-nord', count: 3 }, { rhf: 'helse-midt-norge', count: 6 }, { rhf: 'helse-vest', count: 6 }, { rhf: 'helse-sor-ost', count: 16 },
] });
const splitTotal: number = split.total;
const groups: ('allmennmedisin' | 'psykiatri')[] = split.byGroup.map((g) => g.group);
// @ts-expect-error: not an RHF code
distributePositions({ byRhf: [{ rhf: 'helse-sor', count: 31 }] });
// @ts-expect-error: the odd position goes to one of the two groups (BUP is in psykiatri)
distributePositions({ oddPositionTo: 'bup' });

const portal: PortalResult = checkPortalCalendar({
  round: '2026-09-01', advertised: '2026-01-10', applicationDeadline: '2026-01-24',
});
const earliest: string = portal.earliestApplicationDeadline;
// @ts-expect-error: advertised and applicationDeadline are required
checkPortalCalendar({ round: '2026-09-01' });

// B-2: the round starts after a day (a job posting's round, the configurator's choices).
const roundsOptions: NextRoundsOptions = { after: '2026-12-06', count: 4, lang: 'en' };
const rounds: string[] = nextRounds(roundsOptions);
const nextRound: string | undefined = nextRounds({ after: '2026-12-06' })[0];
// @ts-expect-error: after is required
nextRounds({ count: 2 });
// @ts-expect-error: count is a number
nextRounds({ after: '2026-12-06', count: '2' });

const cost: CostResult = estimateCost({ positions: [{ count: 2, start: '2026-09-01', part: 'both', zone: 'I' }] });
const total: number = cost.total;
const payers: number = cost.byPayer.helseforetak + cost.byPayer.kommune + cost.byPayer.state;
// @ts-expect-error: not a zone
estimateCost({ positions: [{ count: 1, start: '2026-09-01', zone: 'VI' }] });
// @ts-expect-error: count is a number
estimateCost({ positions: [{ count: '1', start: '2026-09-01' }] });

// C-22 with P-1 (RULES.md worked example 3): full position against only the missing months.
const comparisonInput: CostComparisonInput = {
  a: { positions: [{ count: 1, start: '2023-09-01', kommune: '0301' }] },
  b: { positions: [{ count: 1, start: '2023-09-01', kommune: '0301', hospitalMonths: 6 }] },
  lang: 'en',
};
const comparison: CostComparison = compareCost(comparisonInput);
const saving: number = comparison.saving;
const scenarioTotal: number = comparison.a.total - comparison.b.total;
const yearDiff: number | undefined = comparison.byYear[0]?.positionMonths;
// @ts-expect-error: scenario b is required
compareCost({ a: comparisonInput.a });
// @ts-expect-error: a scenario is a CostInput (count is a number)
compareCost({ a: comparisonInput.a, b: { positions: [{ count: '1', start: '2023-09-01' }] } });
// @ts-expect-error: no such field on the comparison
comparison.savings;

const catalogue: Message[] = messages();
const firstCode: string | undefined = catalogue[0]?.code;
const nynorsk: string | undefined = catalogue[0]?.nn;
const messageRule: string | undefined = catalogue[0]?.rule;
// @ts-expect-error: only nb, nn and en texts
catalogue[0]?.sv;
// @ts-expect-error: messages() takes no arguments
messages({ lang: 'en' });

const defined: ElementTag[] = defineElements();
const some: ElementTag[] = defineElements(['lis1-eligibility', 'lis1-rules']);
// @ts-expect-error: only lis1kit element tags
defineElements(['lis1-budget']);
const tag: ElementTag = 'lis1-cost-estimate';
// @ts-expect-error: not a lis1kit element
const notATag: ElementTag = 'lis1-budget';
// @ts-expect-error: the result is a list of tags, not of strings in general
const wider: 'lis1-rules'[] = defineElements();
const sameApi: ServiceResult = remainingServiceToo({ periods: [] });

const kind: Kind = 'service';
const checked: ValidationResult = validate(kind, JSON.parse('{}') as unknown);
const issues: Issue[] = checked.issues;
const ok: boolean = validate('cost', { positions: [] }).ok;
// @ts-expect-error: not an input kind
validate('services', {});

const serviceSchema: JsonSchema = schema('service');
const schemaTitle: string = serviceSchema.title;
schema('portal', { lang: 'nn' });
// @ts-expect-error: not an input kind
schema('absence');

try {
  remainingService(example1);
} catch (err) {
  if (err instanceof Lis1Error) {
    const errorKind: 'invalid-input' | 'rule-violation' | 'internal' = err.kind;
    const paths: string[] = err.issues.map((i) => i.path);
  }
}

export {
  v, setsEn, firstTo, counted, complete, end, regime, excess, eligible, lis3Start, splitTotal, earliest, total,
  payers, issues, ok, schemaTitle, saving, scenarioTotal, yearDiff, firstCode, nynorsk, messageRule, defined, tag,
  notATag, wider,
};

// lis1kit/elements: the tags are typed (issue 15 item 12).
import type { Lis1InvalidDetail } from 'lis1kit/elements';
import 'lis1kit/elements';
const eligibilityEl = document.querySelector('lis1-eligibility');
eligibilityEl?.addEventListener('lis1-result', (e) => {
  const verdict: 'yes' | 'no' | 'conditional' = e.detail.eligible;
  return verdict;
});
eligibilityEl?.addEventListener('lis1-invalid', (e) => {
  const codes: string[] = e.detail.issues.map((i) => i.code);
  return codes;
});
const serviceEl = document.createElement('lis1-remaining-service');
serviceEl.input = example1;
const shown: boolean = serviceEl.calculate();
// @ts-expect-error: calculate takes no input (set `input` first)
serviceEl.calculate(example1);
const elementValue: string | null = serviceEl.value;
// @ts-expect-error: value is read-only
serviceEl.value = '{}';
// @ts-expect-error: a cost result has no `eligible`
document.querySelector('lis1-cost-estimate')?.addEventListener('lis1-result', (e) => e.detail.eligible);
// A typed listener can be removed again (without the overload, a listener taking
// CustomEvent<EligibilityResult> is not an EventListener under strictFunctionTypes).
const onEligibility = (e: CustomEvent<EligibilityResult>) => e.detail.eligible;
eligibilityEl?.addEventListener('lis1-result', onEligibility);
eligibilityEl?.removeEventListener('lis1-result', onEligibility);
// @ts-expect-error: an eligibility listener does not fit a cost element's lis1-result
document.querySelector('lis1-cost-estimate')?.removeEventListener('lis1-result', onEligibility);
const invalidDetail: Lis1InvalidDetail = { issues: [] };
export { elementValue, invalidDetail };

// The workspaces' module (issue 25): a roster of doctors and its files.
import { serviceRoster, rosterCsv, rosterCalendar, costCsv } from 'lis1kit/roster';
import type { Roster, RosterInput, TextFile } from 'lis1kit/roster';
const rosterInput: RosterInput = { doctors: [{ name: 'Kari', input: example1 }], order: 'end' };
const roster: Roster = serviceRoster(rosterInput);
const rosterStatus: string = roster.rows[0]?.status.code ?? '';
const csv: TextFile = rosterCsv(rosterInput);
const csvText: string = csv.text;
const ics: TextFile = rosterCalendar({ ...rosterInput, stamp: new Date().toISOString() });
// @ts-expect-error: a doctor needs a name
serviceRoster({ doctors: [{ input: example1 }] });
// @ts-expect-error: the roster is not in the main entry
import { serviceRoster as notInMain } from 'lis1kit';
// The budget's CSV (issue 25 item 5): a cost input in, a file out.
const costFile: TextFile = costCsv({ positions: [{ count: 1, start: '2026-09-01' }] });
// @ts-expect-error: a cost input needs positions
costCsv({});
export { rosterStatus, csvText, ics, costFile };
