//! `checkEligibility`: can this doctor take this bound LIS1 position, and
//! what does the path look like (docs/rules.md sections 3, 4)?
//!
//! `eligible` is `no` if any blocking reason fails (exemption S-12, completed
//! del 1 B-10, time already covered S-8, specialty × employer kind B-1),
//! `conditional` if the only open point is authorisation by the start
//! (B-11), otherwise `yes`. The employer checklist does not change
//! `eligible` (it is about the employer); unmet items produce a warning.

use lis1_core::date::format;
use lis1_core::input::{sort_by_path, validation_issues};
use lis1_core::round::round2;
use lis1_core::{Assumption, ErrorKind, Issue, Lang, Lis1Error, MessageDef, Pointer, Warning};
use serde::Serialize;

use crate::applicant::{history, EarlierService, Exemption, History, Specialty};
use crate::employer::{checklist, Kind};
use crate::input::{code_list_issues, EarlierLis1, EligibilityInput, APPROVED_FOR, EXEMPTIONS};
use crate::kommuner::{self, Kommune};
use crate::messages as m;
use crate::round::parse_round;
use crate::timeline::{self, params, Coverage, Timeline};

/// One reason or checklist item: `{ rule, met, message }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// Rule id.
    pub rule: &'static str,
    /// Whether the condition is met.
    pub met: bool,
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

/// Months still to serve, rounded to 2 decimals.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Remaining {
    /// Hospital months.
    pub hospital_months: f64,
    /// Municipal months.
    pub municipal_months: f64,
}

/// What the offer covers under P-1 (as in ServiceResult).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "EligibilityOffer"))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offer {
    /// Parts covered: `hospital`, `municipal`.
    pub parts: Vec<&'static str>,
    /// Months covered, rounded to 2 decimals.
    pub months: f64,
}

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
    /// Months still to serve, when earlier service was given.
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

fn months_text(x: f64) -> String {
    lis1_core::input::number(round2(x))
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
    round: Option<lis1_core::Date>,
    vacancy: Option<lis1_core::Date>,
    exemptions: Vec<Exemption>,
    only_missing: bool,
    /// The service engine's result for a history, and whether its make-up
    /// days are working days.
    engine: Option<(lis1_service::ServiceResult, bool)>,
}

/// Reads `input` once: every issue (own field and domain checks, the order
/// rule S-2 of a summary, the service engine's issues for a history), or the
/// typed input. Input problems make the error `InvalidInput` (with the rule
/// violations listed too); only rule violations make it `RuleViolation`. A
/// value that passed the checks but cannot be typed is an issue, never
/// skipped.
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
    Ok(Typed {
        lang,
        specialty: specialty.ok_or_else(|| Lis1Error::new(ErrorKind::InvalidInput, Vec::new()))?,
        kind: kind.flatten(),
        round: round.flatten(),
        vacancy: vacancy.flatten(),
        exemptions,
        only_missing: input.options.as_ref().and_then(|o| o.offer_only_missing).unwrap_or(false),
        engine,
    })
}

/// This crate's own input checks (stages 2 and 3), without the engine.
fn own_issues(input: &EligibilityInput, lang: Lang) -> Vec<Issue> {
    let mut issues = validation_issues(input, m::ALL, lang);
    let applicant = Pointer::root().key("applicant");
    if let Some(exemptions) = &input.applicant.exemptions {
        code_list_issues(&mut issues, exemptions, &applicant.key("exemptions"), EXEMPTIONS, lang);
    }
    if let Some(approved_for) = input.employer.as_ref().and_then(|e| e.approved_for.as_ref()) {
        let at = Pointer::root().key("employer").key("approvedFor");
        code_list_issues(&mut issues, approved_for, &at, APPROVED_FOR, lang);
    }
    // S-9: `complete` cannot be true while the months do not reach 12 + 6.
    if let Some(EarlierLis1::Summary(s)) = &input.applicant.lis1 {
        let service = EarlierService::from_summary(s);
        if s.complete == Some(true)
            && !service.time_complete
            && s.hospital_months.is_finite()
            && s.municipal_months.is_finite()
        {
            let params = [("hospital", months_text(s.hospital_months)), ("municipal", months_text(s.municipal_months))];
            issues.push(Issue::new(
                lang,
                &m::LIS1_COMPLETE_INCONSISTENT,
                &applicant.key("lis1").key("complete"),
                &params,
            ));
        }
    }
    issues
}

/// Runs the service engine on earlier service given as a `ServiceInput`, in
/// the eligibility input's language; error paths are re-rooted under
/// `/applicant/lis1`. Returns the result and whether make-up days are
/// working days (option A-O2 of that history). `None` for the other forms.
fn engine(input: &EligibilityInput, lang: Lang) -> Option<Result<(lis1_service::ServiceResult, bool), Lis1Error>> {
    let Some(EarlierLis1::Service(service)) = &input.applicant.lis1 else { return None };
    let mut service = (**service).clone();
    service.lang = Some(lang);
    let workdays = service.options.as_ref().and_then(|o| o.day_unit.as_deref()).unwrap_or("workdays") == "workdays";
    Some(lis1_service::remaining_service(&service).map(|r| (r, workdays)).map_err(|mut e| {
        let base = Pointer::root().key("applicant").key("lis1");
        for issue in &mut e.issues {
            issue.path = format!("{}{}", base.as_str(), issue.path);
        }
        e
    }))
}

/// Rule violations of the history (S-2): municipal service counted while the
/// hospital part is incomplete.
fn violations(input: &EligibilityInput, lang: Lang) -> Vec<Issue> {
    let mut out = Vec::new();
    if let Some(EarlierLis1::Summary(s)) = &input.applicant.lis1 {
        if s.municipal_months > 1e-9 && s.hospital_months < params::HOSPITAL_MONTHS - 1e-9 {
            let params = [("hospital", months_text(s.hospital_months)), ("municipal", months_text(s.municipal_months))];
            let at = Pointer::root().key("applicant").key("lis1").key("municipalMonths");
            out.push(Issue::new(lang, &m::LIS1_ORDER, &at, &params));
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
    fn push(&mut self, effect: Eligible, met: bool, def: &MessageDef, params: &[(&str, String)]) {
        self.verdict = self.verdict.max(effect);
        self.reasons.push(Reason { rule: def.rule.unwrap_or(""), met, message: def.render(self.lang, params) });
    }
    fn info(&mut self, def: &MessageDef, params: &[(&str, String)]) {
        self.push(Eligible::Yes, true, def, params);
    }
}

/// Checks eligibility for a bound LIS1 position (the API's `checkEligibility`).
///
/// Errors: `InvalidInput` with every issue of [`validate`]; `RuleViolation`
/// for an earlier history the rules forbid (S-2).
pub fn check_eligibility(input: &EligibilityInput) -> Result<EligibilityResult, Lis1Error> {
    let Typed { lang, specialty, kind, round, vacancy, exemptions, only_missing, engine } = read(input)?;

    let mut c = Collect { lang, reasons: Vec::new(), verdict: Eligible::Yes };
    let mut warnings = Vec::new();
    let mut assumptions = Vec::new();
    let earlier = match (&input.applicant.lis1, &engine) {
        (Some(EarlierLis1::Summary(s)), _) => Some(EarlierService::from_summary(s)),
        (Some(EarlierLis1::Service(_)), Some((result, workdays))) => {
            // The engine's own findings on the history (absence, S-5, ...);
            // P-1 is decided by this input's options, stated below.
            warnings.extend(result.warnings.iter().cloned());
            assumptions.extend(result.assumptions.iter().filter(|a| a.option != "offerOnlyMissing").cloned());
            Some(EarlierService::from_service(result, *workdays))
        }
        _ => None,
    };
    let mut candidate = true;

    // S-12: exempt doctors need no LIS1 post.
    for exemption in exemptions {
        c.push(Eligible::No, false, exemption.message(), &[]);
        candidate = false;
    }

    // B-10, B-12, S-8: earlier LIS1 service.
    let hist = history(earlier);
    let mut coverage = Coverage::FULL;
    let mut remaining = None;
    let mut offer = None;
    match hist {
        History::Fresh => c.info(&m::NO_EARLIER_LIS1, &[]),
        History::Completed(_) => {
            c.push(Eligible::No, false, &m::LIS1_COMPLETED, &[]);
            candidate = false;
        }
        History::TimeCovered(s) => {
            let months = [("hospital", months_text(s.hospital)), ("municipal", months_text(s.municipal))];
            let owed = s.make_up_hospital + s.make_up_municipal;
            if owed > 0.0 {
                let mut params = months.to_vec();
                params.push(("days", months_text(owed)));
                c.push(Eligible::No, false, &m::LIS1_MONTHS_COVERED_MAKE_UP, &params);
            } else {
                c.push(Eligible::No, false, &m::LIS1_TIME_COVERED, &months);
            }
            candidate = false;
        }
        History::Partial(s) => {
            c.info(
                &m::PARTIAL_LIS1,
                &[
                    ("hospital", months_text(s.hospital)),
                    ("municipal", months_text(s.municipal)),
                    ("remainingHospital", months_text(s.remaining_hospital)),
                    ("remainingMunicipal", months_text(s.remaining_municipal)),
                ],
            );
            remaining = Some(Remaining {
                hospital_months: round2(s.remaining_hospital),
                municipal_months: round2(s.remaining_municipal),
            });
            assumptions.push(Assumption { option: "offerOnlyMissing", value: only_missing.to_string(), rule: "P-1" });
            if only_missing {
                coverage = Coverage {
                    hospital: s.remaining_hospital,
                    municipal: s.remaining_municipal,
                    hospital_make_up: timeline::make_up_days(s.make_up_hospital),
                    municipal_make_up: timeline::make_up_days(s.make_up_municipal),
                    workdays: s.workdays,
                };
                let mut parts = Vec::new();
                let mut labels = Vec::new();
                if s.remaining_hospital > 1e-9 || coverage.hospital_make_up > 0 {
                    parts.push("hospital");
                    labels.push(m::LABEL_HOSPITAL.render(lang, &[]));
                }
                if s.remaining_municipal > 1e-9 || coverage.municipal_make_up > 0 {
                    parts.push("municipal");
                    labels.push(m::LABEL_MUNICIPAL.render(lang, &[]));
                }
                let months = s.remaining_hospital + s.remaining_municipal;
                let and = format!(" {} ", m::LABEL_AND.render(lang, &[]));
                c.info(&m::OFFER_ONLY_MISSING, &[("parts", labels.join(&and)), ("months", months_text(months))]);
                offer = Some(Offer { parts, months: round2(months) });
            } else {
                c.info(&m::PARTS_REPEATED, &[]);
            }
        }
    }

    // B-11 / S-11: authorisation before the start, not to apply.
    if input.applicant.authorised {
        c.info(&m::AUTHORISED, &[]);
    } else if let Some(start) = round {
        c.push(Eligible::Conditional, false, &m::AUTHORISATION_BY, &[("start", format(start))]);
    } else {
        c.push(Eligible::Conditional, false, &m::AUTHORISATION_BEFORE_START, &[]);
    }

    // B-1: the path, and whether this employer kind offers it.
    let label = specialty.label(lang);
    match kind {
        Some(Kind::Kommune) if specialty.is_hospital_path() => {
            c.push(Eligible::No, false, &m::PATH_KOMMUNE_MISMATCH, &[("specialty", label.clone())]);
        }
        Some(Kind::Helseforetak) if !specialty.is_hospital_path() => {
            c.push(Eligible::No, false, &m::PATH_HF_MISMATCH, &[("specialty", label.clone())]);
        }
        _ if specialty.is_hospital_path() => c.info(&m::PATH_PSYCHIATRY, &[("specialty", label.clone())]),
        _ => c.info(&m::PATH_GP, &[]),
    }

    // B-2: the round.
    match round {
        Some(start) => c.info(&m::ROUND_OK, &[("start", format(start))]),
        None => warnings.push(Warning::new(lang, &m::WARN_ROUND_MISSING, &[])),
    }

    // T-1..T-5, B-3: the timeline.
    let dates = match round {
        Some(start) if candidate => timeline::build(start, coverage, specialty),
        _ => None,
    };
    if let Some(t) = &dates {
        let start = format(t.lis1_start);
        let specialty_start = format(t.specialty_start);
        c.info(&m::T1_MINIMUM, &[("start", start), ("minimumEnd", format(t.minimum_end))]);
        assumptions.push(Assumption { option: "minimumFrom", value: String::from("lis1Start"), rule: "T-1" });
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
            dates.or_else(|| round.and_then(|start| timeline::build(start, Coverage::FULL, specialty)));
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
