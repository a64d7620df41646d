//! The two calculations: remaining service (S-1..S-12, P-1) and the absence
//! check (A-1..A-8), on one shared evaluation of the input.
//!
//! P-2 (more than 6 months in reststilling bars a full coupled course) is a
//! rejected idea and is deliberately not applied anywhere.

use lis1_core::{date, ErrorKind, Issue, Lis1Error, Part, Warning};
use time::Date;

use crate::absence::{self, PartAbsence};
use crate::history::{self, History};
use crate::messages as msg;
use crate::model::{AbsenceResult, AbsenceSummary, Offer, PartResult, ServiceInput, ServiceResult};
use crate::months::{progress, Progress, Stretch};
use crate::params::{round2, EPS_DAYS, EPS_MONTHS, S5_MIN_PERCENT};
use crate::projection::project_make_up;
use crate::validate::rule_violations;

/// One part, evaluated.
struct PartEval {
    absence: PartAbsence,
    progress: Progress,
}

/// The input, typed and evaluated.
struct Evaluation {
    history: History,
    hospital: PartEval,
    municipal: PartEval,
    absence_warnings: Vec<Warning>,
}

fn evaluate(input: &ServiceInput) -> Result<Evaluation, Lis1Error> {
    let history = history::read(input).map_err(|issues| Lis1Error::new(ErrorKind::InvalidInput, issues))?;
    let mut absence_warnings = Vec::new();
    let mut part = |p: Part| {
        let absence = absence::analyse(&history, p, &mut absence_warnings);
        let progress = progress(
            &history.stretches(p),
            f64::from(p.required_months()),
            absence.to_make_up,
            history.options.workdays,
        );
        PartEval { absence, progress }
    };
    let hospital = part(Part::Hospital);
    let municipal = part(Part::Municipal);
    absence::unclear_kind_warnings(&history, &mut absence_warnings);
    absence::covid_open_end_warning(&history, &mut absence_warnings);
    let violations = rule_violations(&history, &hospital.progress, hospital.absence.to_make_up, &municipal.progress);
    if !violations.is_empty() {
        return Err(Lis1Error::new(ErrorKind::RuleViolation, violations));
    }
    Ok(Evaluation { history, hospital, municipal, absence_warnings })
}

/// Every problem with `input`: input issues (paths into the input), or, on an
/// otherwise valid input, the rule violations S-2 and S-8. Empty when the
/// calculations will succeed.
pub fn validate(input: &ServiceInput) -> Vec<Issue> {
    match evaluate(input) {
        Ok(_) => Vec::new(),
        Err(error) => error.issues,
    }
}

fn summary(a: &PartAbsence) -> AbsenceSummary {
    AbsenceSummary {
        regime: a.regime,
        allowance_days: round2(a.allowance),
        used_days: round2(a.used),
        covid_spared_days: round2(a.covid_spared),
        excess_days: round2(a.excess),
        to_make_up_days: round2(a.to_make_up),
        by_kind: a.by_kind.iter().map(|(k, v)| (*k, round2(*v))).collect(),
    }
}

/// Absence analysis only (the API's `checkAbsence`).
pub fn check_absence(input: &ServiceInput) -> Result<AbsenceResult, Lis1Error> {
    let e = evaluate(input)?;
    Ok(AbsenceResult {
        hospital: summary(&e.hospital.absence),
        municipal: summary(&e.municipal.absence),
        warnings: e.absence_warnings,
        assumptions: e.history.options.absence_assumptions(e.history.lang),
    })
}

/// Unrounded figures of one part.
struct Figures {
    required: f64,
    remaining: f64,
    make_up: f64,
}

impl Figures {
    fn of(part: Part, eval: &PartEval) -> Figures {
        let required = f64::from(part.required_months());
        let gap = required - eval.progress.counted;
        let remaining = if gap <= EPS_MONTHS { 0.0 } else { gap };
        let left = eval.absence.to_make_up - eval.progress.made_up;
        let make_up = if left <= EPS_DAYS { 0.0 } else { left };
        Figures { required, remaining, make_up }
    }

    fn complete(&self) -> bool {
        self.remaining == 0.0 && self.make_up == 0.0
    }
}

/// An outstanding amount for output: rounded to 2 decimals, but one that is
/// there never shows as 0 (a fraction of a day at part time is under 0.005
/// months), so `complete: false` never comes with nothing remaining.
fn outstanding(amount: f64) -> f64 {
    if amount > 0.0 {
        round2(amount).max(0.01)
    } else {
        0.0
    }
}

/// A part's projected service: its first day, its last day, and the first
/// of its make-up days if it has any.
#[derive(Clone, Copy)]
struct Planned {
    from: Date,
    end: Date,
    make_up_from: Option<Date>,
}

impl Planned {
    /// From `from`, the part's remaining months and make-up days at `fraction`.
    /// A plan that continues the part's `last` stretch (from the day after it
    /// ends, at its percentage) is counted as serving it will be: one stretch
    /// with it (the date conventions), so its months count from that
    /// stretch's start — 2023-03-01..03-14 served and planned on from 03-15
    /// ends on 2024-02-29, where a stretch of its own from 03-15 would end a
    /// day later.
    fn from(from: Date, f: &Figures, fraction: f64, workdays: bool, last: Option<Stretch>) -> Self {
        let (start, months) = match last {
            Some(s) if f.remaining > 0.0 && s.end.next_day() == Some(from) && s.fraction == fraction => {
                (s.start, s.months() + f.remaining)
            }
            _ => (from, f.remaining),
        };
        let (end, make_up_from) = project_make_up(start, months, f.make_up, fraction, workdays);
        Planned { from, end, make_up_from }
    }
}

/// Remaining service (the API's `remainingService`).
pub fn remaining_service(input: &ServiceInput) -> Result<ServiceResult, Lis1Error> {
    let e = evaluate(input)?;
    let h = &e.history;
    let workdays = h.options.workdays;
    let fh = Figures::of(Part::Hospital, &e.hospital);
    let fm = Figures::of(Part::Municipal, &e.municipal);

    // Projected ends: a complete part ends on the day it was completed; an
    // incomplete one is projected from the plan, hospital first (S-2), the
    // municipal part starting the day after the hospital part ends.
    let last = |p: Part| h.stretches(p).last().copied();
    let plan_h: Option<Planned> = if fh.complete() {
        None
    } else {
        h.plan.map(|(start, f)| Planned::from(start, &fh, f, workdays, last(Part::Hospital)))
    };
    let end_h: Option<Date> = if fh.complete() { e.hospital.progress.completed_on } else { plan_h.map(|p| p.end) };
    let plan_m: Option<Planned> = if fm.complete() {
        None
    } else {
        h.plan.and_then(|(start, f)| {
            let from = if fh.complete() { Some(start) } else { end_h.and_then(Date::next_day) };
            from.map(|from| Planned::from(from, &fm, f, workdays, last(Part::Municipal)))
        })
    };
    let end_m: Option<Date> = if fm.complete() { e.municipal.progress.completed_on } else { plan_m.map(|p| p.end) };

    let part_result = |f: &Figures, eval: &PartEval, end: Option<Date>, plan: Option<Planned>| PartResult {
        required_months: f.required,
        // A part with months outstanding never shows all of them counted.
        counted_months: if f.remaining > 0.0 {
            round2(eval.progress.counted).min(round2(f.required - 0.01))
        } else {
            round2(eval.progress.counted)
        },
        remaining_months: outstanding(f.remaining),
        absence: summary(&eval.absence),
        make_up_days: outstanding(f.make_up),
        complete: f.complete(),
        projected_end: end.map(date::format),
        planned_from: plan.map(|p| date::format(p.from)),
        make_up_from: plan.and_then(|p| p.make_up_from).map(date::format),
    };

    let del1_time_complete = fh.complete() && fm.complete();
    // S-9: never complete without both parts' læringsmål.
    let del1_complete = del1_time_complete && h.all_goals_approved();
    let projected_del1_end = match (end_h, end_m) {
        (Some(a), Some(b)) => Some(date::format(a.max(b))),
        _ => None,
    };
    // P-1: every part that is not complete, make-up days owed included.
    let offer = h.options.offer_only_missing.then(|| Offer::of((fh.remaining, fm.remaining), (fh.make_up, fm.make_up)));

    let mut warnings = service_warnings(h, del1_time_complete);
    warnings.extend(e.absence_warnings.iter().cloned());

    Ok(ServiceResult {
        hospital: part_result(&fh, &e.hospital, end_h, plan_h),
        municipal: part_result(&fm, &e.municipal, end_m, plan_m),
        del1_time_complete,
        del1_complete,
        projected_del1_end,
        offer,
        warnings,
        assumptions: h.options.service_assumptions(h.lang),
    })
}

/// Warnings about the periods and the plan (S-5, S-6, P-1, S-10, S-11, S-2,
/// S-8, S-9), in period order.
fn service_warnings(h: &History, del1_time_complete: bool) -> Vec<Warning> {
    let lang = h.lang;
    let mut out = Vec::new();
    if h.authorised == Some(false) {
        out.push(Warning::new(lang, &msg::NOT_AUTHORISED, &[]));
    }
    let pct = |f: f64| lis1_core::input::number(round2(f * 100.0));
    let min = lis1_core::input::number(S5_MIN_PERCENT);
    for span in &h.spans {
        let dates = [("start", date::format(span.start)), ("end", date::format(span.end))];
        if !span.counts() {
            let mut params = dates.to_vec();
            // The position type as the form labels it, never its API code (issue 22 item 8).
            let label =
                msg::position_label(span.position).map_or_else(|| span.position.to_owned(), |d| d.render(lang, &[]));
            params.push(("position", label));
            out.push(Warning::new(lang, &msg::NOT_COUNTING, &params));
            continue;
        }
        if span.position == "extra" {
            out.push(Warning::new(lang, &msg::EXTRA_POSITION, &dates));
        }
        if span.fraction * 100.0 < S5_MIN_PERCENT {
            out.push(Warning::new(lang, &msg::LOW_PERCENT, &[("percent", pct(span.fraction)), ("min", min.clone())]));
        }
    }
    if let Some(f) = h.plan_fraction.filter(|f| f * 100.0 < S5_MIN_PERCENT) {
        out.push(Warning::new(lang, &msg::LOW_PERCENT, &[("percent", pct(f)), ("min", min.clone())]));
    }
    // S-10: the first coupled hospital period normally starts 1 March or
    // 1 September.
    if let Some(first) = h.counting(Part::Hospital).find(|s| s.position == "coupled") {
        let (month, day) = (u8::from(first.start.month()), first.start.day());
        if day != 1 || !(month == 3 || month == 9) {
            out.push(Warning::new(lang, &msg::UNUSUAL_START, &[("start", date::format(first.start))]));
        }
    }
    if h.counting(Part::Municipal).next().is_some() && !h.goals.0 {
        out.push(Warning::new(lang, &msg::HOSPITAL_GOALS_PENDING, &[]));
    }
    if del1_time_complete && !h.all_goals_approved() {
        out.push(Warning::new(lang, &msg::GOALS_NOT_APPROVED, &[]));
    }
    if del1_time_complete && h.plan.is_some() {
        out.push(Warning::new(lang, &msg::NOTHING_LEFT, &[]));
    }
    out
}
