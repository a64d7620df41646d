//! `checkEligibility`: can this doctor take this bound LIS1 position, and
//! what does the path look like (docs/rules.md sections 3, 4)?
//!
//! `eligible` is `no` if any blocking reason fails (exemption S-12, completed
//! del 1 B-10, specialty × employer kind B-1, or under P-1 nothing left to
//! offer), `conditional` if the only open point is authorisation by the
//! start (B-11), otherwise `yes`. The employer checklist does not change
//! `eligible` (it is about the employer); unmet items produce a warning.
//!
//! Each reason is a condition (met or not) or information
//! ([`ReasonKind`]): only conditions are "met"; statements such as B-4 (no
//! tie-in), B-13 (the assessment principle) or T-1's minimum end are
//! information.
//!
//! Earlier service (B-10, B-12, B-14, S-8, S-9): a history is summarised by
//! the service engine ([`Lis1Summary::from_service`]), so a history and its
//! summary give one answer. Del 1 is complete only with both parts' months,
//! no make-up days owed and all læringsmål approved (S-9); a doctor whose
//! months cover 12 + 6 but who owes days or approvals has not completed it
//! (B-14) and, like partial service (B-12), may apply: without P-1 to a full
//! 18-month course, with P-1 to what remains.

use lis1_core::date::format;
use lis1_core::input::sort_by_path;
use lis1_core::round::round2;
use lis1_core::{Assumption, Date, ErrorKind, Issue, Lang, Lis1Error, MessageDef, Part, Pointer, Warning};
use serde::Serialize;

use crate::applicant::{history, EarlierService, Exemption, History, Specialty};
use crate::employer::{checklist, Kind};
use crate::input::{
    duplicate_codes, first_counted_start, EarlierLis1, EligibilityInput, Lis1Summary, APPROVED_FOR, EXEMPTIONS,
};
use crate::kommuner::{self, Kommune};
use crate::messages as m;
use crate::round::parse_round;
use crate::timeline::{self, params, Coverage, Timeline};

/// Below this a month or day figure is zero (figures come rounded to 2 decimals).
const EPS: f64 = 1e-9;

/// Whether a reason is a condition or information.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "ReasonKind"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReasonKind {
    /// A condition of the rules: met or not met.
    Condition,
    /// A statement of the rules or the path (B-4, B-13, T-1, ...): never
    /// "met" or "not met"; `met` is true (it never blocks).
    Info,
}

/// One reason or checklist item: `{ rule, met, kind, message }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// Rule id.
    pub rule: &'static str,
    /// Whether the condition is met (always true for information).
    pub met: bool,
    /// `condition` (met or not met) or `info` (a statement, shown as
    /// information, not as a met condition).
    pub kind: ReasonKind,
    /// Localised text.
    pub message: String,
}

/// `yes` | `no` | `conditional`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Eligible {
    /// Eligible.
    Yes,
    /// Eligible on condition of authorisation before the start (B-11).
    Conditional,
    /// Not a candidate.
    No,
}

/// Days per part (make-up days, A-3), rounded to 2 decimals.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DaysPerPart {
    /// Hospital part.
    pub hospital: f64,
    /// Municipal part.
    pub municipal: f64,
}

/// What remains of del 1 (S-9, B-12, B-14): months rounded to 2 decimals,
/// make-up days and the parts whose læringsmål are still to be approved.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Remaining {
    /// Hospital months.
    pub hospital_months: f64,
    /// Municipal months.
    pub municipal_months: f64,
    /// Make-up days still owed per part, in `dayUnit`.
    pub make_up_days: DaysPerPart,
    /// `workdays` or `calendar-days` (A-O2).
    pub day_unit: &'static str,
    /// Parts whose months are counted but whose læringsmål are not approved.
    pub learning_goals_pending: Vec<&'static str>,
}

/// What the offer covers under P-1: the remaining-service calculation's own
/// type, built by the same [`lis1_service::Offer::of`], so both give the same
/// offer for the same history (P-1, corrected 2026-12-06).
pub use lis1_service::Offer;

/// What `checkEligibility` returns (the API's `EligibilityResult`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EligibilityResult {
    /// `yes`, `no` or `conditional`.
    pub eligible: Eligible,
    /// Applicant-side reasons and the path rules applied.
    pub reasons: Vec<Reason>,
    /// The path, when a round is given and the doctor is a candidate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Timeline>,
    /// Employer checklist, when an employer is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_checklist: Option<Vec<Reason>>,
    /// The employer's kommune, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_kommune: Option<Kommune>,
    /// What remains of del 1, when earlier service was given and del 1 is
    /// not complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining: Option<Remaining>,
    /// The offer under P-1 (`options.offerOnlyMissing`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offer: Option<Offer>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Open options used.
    pub assumptions: Vec<Assumption>,
}

/// A month or day figure as people write it: 2 decimals at most, a decimal
/// comma in nb and nn (`12,4`), a point in en.
fn figure(x: f64, lang: Lang) -> String {
    lis1_core::number_text::shown(x, lang)
}

/// The part's label (`sykehusdelen`).
fn part_label(part: Part, lang: Lang) -> String {
    match part {
        Part::Hospital => m::LABEL_HOSPITAL.render(lang, &[]),
        Part::Municipal => m::LABEL_MUNICIPAL.render(lang, &[]),
    }
}

/// The unit of make-up days in words (the service engine's labels, A-O2).
fn day_unit_label(workdays: bool, lang: Lang) -> String {
    lis1_service::messages::day_unit_label(workdays).render(lang, &[])
}

/// `a`, `a og b`, `a, b og c`.
fn list_words(items: &[String], lang: Lang) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), m::LABEL_AND.render(lang, &[])),
    }
}

/// What remains of earlier service, in words, part by part: months, make-up
/// days (with their unit) and, with `goals`, læringsmål still to approve.
fn remains_words(s: &EarlierService, lang: Lang, goals: bool) -> String {
    let pending = s.goals_pending();
    let mut items = Vec::new();
    for (part, months, days) in [
        (Part::Hospital, s.remaining_hospital, s.make_up_hospital),
        (Part::Municipal, s.remaining_municipal, s.make_up_municipal),
    ] {
        let label = part_label(part, lang);
        if months > EPS {
            items.push(m::REMAIN_MONTHS.render(lang, &[("months", figure(months, lang)), ("part", label.clone())]));
        }
        if days > EPS {
            let params =
                [("days", figure(days, lang)), ("unit", day_unit_label(s.workdays, lang)), ("part", label.clone())];
            items.push(m::REMAIN_DAYS.render(lang, &params));
        }
        if goals && pending.contains(&part) {
            items.push(m::REMAIN_GOALS.render(lang, &[("part", label)]));
        }
    }
    list_words(&items, lang)
}

/// Days rounded to 2 decimals, a part that owes some at least 0.01 (as the
/// service engine's offer).
fn days_out(days: f64) -> f64 {
    if days > EPS {
        round2(days).max(0.01)
    } else {
        0.0
    }
}

/// Stage 2 and 3 of the input pipeline: every problem, with paths, sorted —
/// exactly the issues [`check_eligibility`] fails with (one reading, [`read`]).
/// A `ServiceInput` given as earlier LIS1 is checked by the service engine;
/// its issues (input problems and the rule violations S-2, S-8) appear under
/// `/applicant/lis1`.
pub fn validate(input: &EligibilityInput) -> Vec<Issue> {
    match read(input) {
        Ok(_) => Vec::new(),
        Err(e) => e.issues,
    }
}

/// The input, typed once (after [`read`] found no issue).
struct Typed {
    lang: Lang,
    specialty: Specialty,
    kind: Option<Kind>,
    round: Option<Date>,
    vacancy: Option<Date>,
    authorised_on: Option<Date>,
    exemptions: Vec<Exemption>,
    only_missing: bool,
    /// Earlier service as a summary (a history through the service engine).
    earlier: Option<Lis1Summary>,
    /// The service engine's result for a history.
    engine: Option<lis1_service::ServiceResult>,
}

/// Reads `input` once: every issue (own field and domain checks, the order
/// rule S-2 of a summary, S-11 for the authorisation date, the service
/// engine's issues for a history), or the typed input. Input problems make
/// the error `InvalidInput` (with the rule violations listed too); only rule
/// violations make it `RuleViolation`. A value that passed the checks but
/// cannot be typed is an issue, never skipped.
fn read(input: &EligibilityInput) -> Result<Typed, Lis1Error> {
    let lang = input.lang.unwrap_or_default();
    let mut invalid = own_issues(input, lang);
    let mut forbidden = violations(input, lang);
    let engine = match engine(input, lang) {
        None => None,
        Some(Ok(result)) => Some(result),
        Some(Err(e)) if e.kind == ErrorKind::InvalidInput => {
            invalid.extend(e.issues);
            None
        }
        Some(Err(e)) => {
            forbidden.extend(e.issues);
            None
        }
    };
    let applicant = Pointer::root().key("applicant");
    let unreadable = |ok: bool, at: Pointer, issues: &mut Vec<Issue>| {
        let prefix = format!("{}/", at.as_str());
        if !ok && !issues.iter().any(|i| i.path == at.as_str() || i.path.starts_with(&prefix)) {
            issues.push(Issue::new(lang, &lis1_core::messages::ROW_UNREADABLE, &at, &[]));
        }
    };
    let specialty = Specialty::parse(&input.applicant.specialty);
    unreadable(specialty.is_some(), applicant.key("specialty"), &mut invalid);
    let kind = input.employer.as_ref().map(|e| Kind::parse(&e.kind));
    unreadable(kind.is_none_or(|k| k.is_some()), Pointer::root().key("employer").key("kind"), &mut invalid);
    let round = input.round.as_deref().map(parse_round);
    unreadable(round.is_none_or(|r| r.is_some()), Pointer::root().key("round"), &mut invalid);
    let vacancy =
        input.employer.as_ref().and_then(|e| e.vacancy_from.as_deref()).map(|v| lis1_core::date::parse(v).ok());
    unreadable(vacancy.is_none_or(|v| v.is_some()), Pointer::root().key("employer").key("vacancyFrom"), &mut invalid);
    let authorised_on = input.applicant.authorised_on.as_deref().map(|v| lis1_core::date::parse(v).ok());
    unreadable(authorised_on.is_none_or(|v| v.is_some()), applicant.key("authorisedOn"), &mut invalid);
    let mut exemptions = Vec::new();
    for (i, value) in input.applicant.exemptions.iter().flatten().enumerate() {
        let exemption = Exemption::parse(value);
        unreadable(exemption.is_some(), applicant.key("exemptions").index(i), &mut invalid);
        exemptions.extend(exemption);
    }
    if !invalid.is_empty() {
        invalid.extend(forbidden);
        sort_by_path(&mut invalid);
        return Err(Lis1Error::new(ErrorKind::InvalidInput, invalid));
    }
    if !forbidden.is_empty() {
        sort_by_path(&mut forbidden);
        return Err(Lis1Error::new(ErrorKind::RuleViolation, forbidden));
    }
    let earlier = match (&input.applicant.lis1, &engine) {
        (Some(EarlierLis1::Summary(s)), _) => Some(s.clone()),
        (Some(EarlierLis1::Service(h)), Some(result)) => Some(Lis1Summary::from_service(h, result)),
        _ => None,
    };
    Ok(Typed {
        lang,
        specialty: specialty.ok_or_else(|| Lis1Error::new(ErrorKind::InvalidInput, Vec::new()))?,
        kind: kind.flatten(),
        round: round.flatten(),
        vacancy: vacancy.flatten(),
        authorised_on: authorised_on.flatten(),
        exemptions,
        only_missing: input.options.as_ref().and_then(|o| o.offer_only_missing).unwrap_or(false),
        earlier,
        engine,
    })
}

/// This crate's own input checks (stages 2 and 3), without the engine.
fn own_issues(input: &EligibilityInput, lang: Lang) -> Vec<Issue> {
    let mut issues = input.check_fields(lang);
    let applicant = Pointer::root().key("applicant");
    if let Some(exemptions) = &input.applicant.exemptions {
        duplicate_codes(&mut issues, exemptions, &applicant.key("exemptions"), EXEMPTIONS, lang);
    }
    if let Some(approved_for) = input.employer.as_ref().and_then(|e| e.approved_for.as_ref()) {
        let at = Pointer::root().key("employer").key("approvedFor");
        duplicate_codes(&mut issues, approved_for, &at, APPROVED_FOR, lang);
    }
    // S-11: a date of authorisation belongs to an authorised doctor.
    if input.applicant.authorised_on.is_some() && !input.applicant.authorised {
        let at = applicant.key("authorisedOn");
        issues.push(Issue::new(
            lang,
            &m::AUTHORISED_ON_NOT_AUTHORISED,
            &at,
            &[("field", String::from("authorisedOn"))],
        ));
    }
    // S-9: `complete` cannot be true while the months do not reach 12 + 6,
    // make-up days are owed or a part's læringsmål are stated as not approved.
    if let Some(EarlierLis1::Summary(s)) = &input.applicant.lis1 {
        let readable = s.hospital_months.is_finite()
            && s.municipal_months.is_finite()
            && s.make_up_days
                .as_ref()
                .is_none_or(|d| d.hospital.is_none_or(f64::is_finite) && d.municipal.is_none_or(f64::is_finite));
        if s.complete == Some(true) && readable {
            let service = EarlierService::from_summary(s);
            let at = applicant.key("lis1").key("complete");
            if !service.months_covered() {
                let params =
                    [("hospital", figure(s.hospital_months, lang)), ("municipal", figure(s.municipal_months, lang))];
                issues.push(Issue::new(lang, &m::LIS1_COMPLETE_INCONSISTENT, &at, &params));
            } else {
                // Læringsmål stated as not approved (`complete` stands for
                // approved ones when they are not stated).
                let goals = s.learning_goals_approved.unwrap_or_default();
                let open = EarlierService {
                    goals_hospital: goals.hospital != Some(false),
                    goals_municipal: goals.municipal != Some(false),
                    ..service
                };
                if !open.complete() {
                    issues.push(Issue::new(
                        lang,
                        &m::LIS1_COMPLETE_OPEN,
                        &at,
                        &[("remains", remains_words(&open, lang, true))],
                    ));
                }
            }
        }
    }
    issues
}

/// Runs the service engine on earlier service given as a `ServiceInput`, in
/// the eligibility input's language; error paths are re-rooted under
/// `/applicant/lis1`. `None` for the other forms.
fn engine(input: &EligibilityInput, lang: Lang) -> Option<Result<lis1_service::ServiceResult, Lis1Error>> {
    let Some(EarlierLis1::Service(service)) = &input.applicant.lis1 else { return None };
    let mut service = (**service).clone();
    service.lang = Some(lang);
    Some(lis1_service::remaining_service(&service).map_err(|mut e| {
        let base = Pointer::root().key("applicant").key("lis1");
        for issue in &mut e.issues {
            issue.path = format!("{}{}", base.as_str(), issue.path);
        }
        e
    }))
}

/// Rule violations of the input: S-2 in a summary (municipal service counted
/// while the hospital months are incomplete or its make-up days owed), and
/// S-11 for the date of authorisation (after the round's start, or after
/// earlier LIS1 service started).
fn violations(input: &EligibilityInput, lang: Lang) -> Vec<Issue> {
    let mut out = Vec::new();
    let lis1 = Pointer::root().key("applicant").key("lis1");
    if let Some(EarlierLis1::Summary(s)) = &input.applicant.lis1 {
        let at = lis1.key("municipalMonths");
        let municipal = [("municipal", figure(s.municipal_months, lang))];
        if s.municipal_months > EPS && s.hospital_months < params::HOSPITAL_MONTHS - EPS {
            let mut params = municipal.to_vec();
            params.push(("hospital", figure(s.hospital_months, lang)));
            out.push(Issue::new(lang, &m::LIS1_ORDER, &at, &params));
        } else if let Some(days) = s.make_up_days.as_ref().and_then(|d| d.hospital).filter(|d| *d > EPS) {
            if s.municipal_months > EPS && days.is_finite() {
                let workdays = s.make_up_days.as_ref().and_then(|d| d.day_unit.as_deref()).unwrap_or("workdays");
                let mut params = municipal.to_vec();
                params.push(("days", figure(days, lang)));
                params.push(("unit", day_unit_label(workdays == "workdays", lang)));
                out.push(Issue::new(lang, &m::LIS1_ORDER_MAKE_UP, &at, &params));
            }
        }
    }
    let authorised_on = input.applicant.authorised_on.as_deref().and_then(|d| lis1_core::date::parse(d).ok());
    if let (Some(on), true) = (authorised_on, input.applicant.authorised) {
        let at = Pointer::root().key("applicant").key("authorisedOn");
        let date = [("date", format(on))];
        let earlier = match &input.applicant.lis1 {
            Some(EarlierLis1::Summary(s)) => s.first_start.as_deref().and_then(|d| lis1_core::date::parse(d).ok()),
            Some(EarlierLis1::Service(h)) => first_counted_start(h),
            None => None,
        };
        if let Some(first) = earlier.filter(|first| on > *first) {
            let mut params = date.to_vec();
            params.push(("start", format(first)));
            out.push(Issue::new(lang, &m::AUTHORISED_AFTER_LIS1, &at, &params));
        } else if let Some(start) = input.round.as_deref().and_then(parse_round).filter(|start| on > *start) {
            let mut params = date.to_vec();
            params.push(("start", format(start)));
            out.push(Issue::new(lang, &m::AUTHORISED_AFTER_START, &at, &params));
        }
    }
    out
}

struct Collect {
    lang: Lang,
    reasons: Vec<Reason>,
    verdict: Eligible,
}

impl Collect {
    /// A condition, met or not; `effect` is the verdict when not met.
    fn condition(&mut self, effect: Eligible, met: bool, def: &MessageDef, params: &[(&str, String)]) {
        if !met {
            self.verdict = self.verdict.max(effect);
        }
        let message = def.render(self.lang, params);
        self.reasons.push(Reason { rule: def.rule.unwrap_or(""), met, kind: ReasonKind::Condition, message });
    }
    /// Information: a statement, never a met or unmet condition.
    fn info(&mut self, def: &MessageDef, params: &[(&str, String)]) {
        let message = def.render(self.lang, params);
        self.reasons.push(Reason { rule: def.rule.unwrap_or(""), met: true, kind: ReasonKind::Info, message });
    }
}

/// Checks eligibility for a bound LIS1 position (the API's `checkEligibility`).
///
/// Errors: `InvalidInput` with every issue of [`validate`]; `RuleViolation`
/// for an input the rules forbid (S-2 in the earlier service, S-11 for the
/// date of authorisation).
pub fn check_eligibility(input: &EligibilityInput) -> Result<EligibilityResult, Lis1Error> {
    let Typed { lang, specialty, kind, round, vacancy, authorised_on, exemptions, only_missing, earlier, engine } =
        read(input)?;

    let mut c = Collect { lang, reasons: Vec::new(), verdict: Eligible::Yes };
    let mut warnings = Vec::new();
    let mut assumptions = Vec::new();
    if let Some(result) = &engine {
        // The engine's own findings on the history (absence, S-5, ...);
        // P-1 is decided by this input's options, stated below.
        warnings.extend(result.warnings.iter().cloned());
        assumptions.extend(result.assumptions.iter().filter(|a| a.option != "offerOnlyMissing").cloned());
    }
    let service = earlier.as_ref().map(EarlierService::from_summary);
    let mut candidate = true;

    // S-12: exempt doctors need no LIS1 post.
    for exemption in exemptions {
        c.condition(Eligible::No, false, exemption.message(), &[]);
        candidate = false;
    }

    // B-10, B-12, B-14, S-8, S-9: earlier LIS1 service.
    let mut coverage = Coverage::FULL;
    let mut remaining = None;
    let mut offer = None;
    match history(service) {
        History::Fresh => c.condition(Eligible::No, true, &m::NO_EARLIER_LIS1, &[]),
        History::Completed(_) => {
            c.condition(Eligible::No, false, &m::LIS1_COMPLETED, &[]);
            candidate = false;
        }
        History::Partial(s) | History::NotComplete(s) => {
            let partial = s.remaining_hospital > EPS || s.remaining_municipal > EPS;
            remaining = Some(Remaining {
                hospital_months: round2(s.remaining_hospital),
                municipal_months: round2(s.remaining_municipal),
                make_up_days: DaysPerPart {
                    hospital: days_out(s.make_up_hospital),
                    municipal: days_out(s.make_up_municipal),
                },
                day_unit: if s.workdays { "workdays" } else { "calendar-days" },
                learning_goals_pending: s.goals_pending().into_iter().map(Part::code).collect(),
            });
            assumptions.push(lis1_service::offer_assumption(only_missing, lang));
            // P-1 offers every part that is not complete: its months and its
            // make-up days; approval of læringsmål is no service to offer.
            let nothing_to_offer = only_missing && !partial && !s.days_owed();
            let course = if !only_missing {
                &m::COURSE_FULL
            } else if nothing_to_offer {
                &m::COURSE_NOTHING_TO_OFFER
            } else {
                &m::COURSE_ONLY_MISSING
            };
            let params = [
                ("hospital", figure(s.hospital, lang)),
                ("municipal", figure(s.municipal, lang)),
                ("remains", remains_words(&s, lang, true)),
                ("course", course.render(lang, &[])),
            ];
            let def = if partial { &m::PARTIAL_LIS1 } else { &m::B14_NOT_COMPLETE };
            c.condition(Eligible::No, !nothing_to_offer, def, &params);
            candidate &= !nothing_to_offer;
            if only_missing && !nothing_to_offer {
                coverage = Coverage {
                    hospital: s.remaining_hospital,
                    municipal: s.remaining_municipal,
                    hospital_make_up: timeline::make_up_days(s.make_up_hospital),
                    municipal_make_up: timeline::make_up_days(s.make_up_municipal),
                    workdays: s.workdays,
                };
                c.info(&m::OFFER_ONLY_MISSING, &[("offer", remains_words(&s, lang, false))]);
                offer = Some(Offer::of(
                    (s.remaining_hospital, s.remaining_municipal),
                    (s.make_up_hospital, s.make_up_municipal),
                ));
            }
        }
    }

    // B-11 / S-11: authorisation before the start, not to apply.
    match (input.applicant.authorised, authorised_on) {
        (true, Some(on)) => c.condition(Eligible::Conditional, true, &m::AUTHORISED_ON, &[("date", format(on))]),
        (true, None) => c.condition(Eligible::Conditional, true, &m::AUTHORISED, &[]),
        (false, _) => match round {
            Some(start) => c.condition(Eligible::Conditional, false, &m::AUTHORISATION_BY, &[("start", format(start))]),
            None => c.condition(Eligible::Conditional, false, &m::AUTHORISATION_BEFORE_START, &[]),
        },
    }

    // B-1: the path, and whether this employer kind offers it.
    let label = specialty.label(lang);
    match kind {
        Some(Kind::Kommune) if specialty.is_hospital_path() => {
            c.condition(Eligible::No, false, &m::PATH_KOMMUNE_MISMATCH, &[("specialty", label.clone())]);
        }
        Some(Kind::Helseforetak) if !specialty.is_hospital_path() => {
            c.condition(Eligible::No, false, &m::PATH_HF_MISMATCH, &[("specialty", label.clone())]);
        }
        _ if specialty.is_hospital_path() => c.info(&m::PATH_PSYCHIATRY, &[("specialty", label.clone())]),
        _ => c.info(&m::PATH_GP, &[]),
    }

    // B-2: the round.
    match round {
        Some(start) => c.info(&m::ROUND_OK, &[("start", format(start))]),
        None => warnings.push(Warning::new(lang, &m::WARN_ROUND_MISSING, &[])),
    }

    // T-1..T-5, B-3: the timeline. T-1 counts from the authorisation date,
    // else from the first counted LIS1 service: earlier service when its
    // start is known, else this round (flagged when earlier service has no
    // date); never from a round later than earlier service.
    let dates = match round {
        Some(start) if candidate => {
            let earlier_start = service.filter(|s| s.hospital > EPS || s.municipal > EPS).map(|s| s.first_start);
            let (from, def, value) = match (authorised_on, earlier_start) {
                (Some(on), _) => (on, &m::T1_FROM_AUTHORISATION, "authorisation"),
                (None, Some(Some(first))) if first < start => (first, &m::T1_FROM_EARLIER_LIS1, "firstLis1Start"),
                (None, Some(None)) => {
                    warnings.push(Warning::new(lang, &m::WARN_T1_UNDATED, &[]));
                    (start, &m::T1_FROM_ROUND, "roundStart")
                }
                (None, _) => (start, &m::T1_FROM_ROUND, "roundStart"),
            };
            timeline::build(start, coverage, specialty, from).map(|t| (t, def, value, from))
        }
        _ => None,
    };
    if let Some((t, t1, value, from)) = &dates {
        let specialty_start = format(t.specialty_start);
        let minimum = [("from", format(*from)), ("minimumEnd", format(t.minimum_end))];
        c.info(t1, &minimum);
        let sentence = match *value {
            "authorisation" => &m::T_1_FROM_AUTHORISATION,
            "firstLis1Start" => &m::T_1_FROM_FIRST_LIS1,
            _ => &m::T_1_FROM_ROUND,
        };
        assumptions.push(Assumption::new(lang, sentence, "minimumFrom", *value, None));
        let what = if specialty.is_hospital_path() { String::from("LIS3") } else { String::from("ALIS") };
        c.info(&m::T2_DEL1_FIRST, &[("specialty", what), ("specialtyStart", specialty_start.clone())]);
        if specialty.is_hospital_path() {
            c.info(&m::T4_NO_DEL2, &[("specialty", label.clone()), ("specialtyStart", specialty_start.clone())]);
        } else {
            let end = t.specialty_end.map(format).unwrap_or_default();
            c.info(&m::T3_ALIS, &[("specialtyStart", specialty_start.clone()), ("specialtyEnd", end)]);
            c.info(&m::T5_FASTLEGE, &[("specialtyStart", specialty_start.clone())]);
        }
        let months = t.months_to_specialty();
        c.info(&m::B3_CONTRACT, &[("specialtyStart", specialty_start), ("months", months.to_string())]);
        if months < params::CONTRACT_MIN_MONTHS {
            warnings.push(Warning::new(lang, &m::WARN_CONTRACT_SHORT, &[("months", months.to_string())]));
        }
    }
    let dates = dates.map(|(t, _, _, _)| t);
    if candidate {
        c.info(&m::B4_NO_TIE_IN, &[]);
        c.info(&m::B5_LEAVE, &[]);
        c.info(&m::B13_ASSESSMENT, &[]);
    }

    // B-20..B-25: the employer checklist.
    let mut employer_checklist = None;
    if let (Some(employer), Some(kind)) = (&input.employer, kind) {
        // B-21 is measured against this applicant's path; for a doctor who is
        // not a candidate, against the position's full path from the round.
        let position_dates =
            dates.or_else(|| round.and_then(|start| timeline::build(start, Coverage::FULL, specialty, start)));
        let list = checklist(employer, kind, specialty, position_dates.as_ref(), vacancy, lang);
        warnings.extend(list.warnings);
        assumptions.extend(list.assumptions);
        employer_checklist = Some(list.items);
    }
    let employer_kommune = input.employer.as_ref().and_then(|e| e.kommune.as_deref()).and_then(kommuner::kommune);

    Ok(EligibilityResult {
        eligible: c.verdict,
        reasons: c.reasons,
        timeline: dates.map(|t| t.to_timeline()),
        employer_checklist,
        employer_kommune,
        remaining,
        offer,
        warnings,
        assumptions,
    })
}
