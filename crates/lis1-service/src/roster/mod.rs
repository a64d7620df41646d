//! The roster (issue 25): several doctors, each with a name or ID and one
//! service history, as the table HR follows them in, and that table as CSV
//! and as a calendar ([`export`]).
//!
//! A row holds, per part, the figures of [`crate::remaining_service`]'s
//! result as it gives them (rounded there, once): counted and remaining
//! months, absence used of the allowance, make-up days still to serve, the
//! projected end and the first make-up day; and for del 1 its projected end.
//! Nothing is computed again here. A doctor's history feeds the remaining
//! service and, through it, the absence check: the result's part absence is
//! the absence check's summary of the same history.
//!
//! Status, first that applies:
//! - `error` (feil i opplysningene): the doctor's row has issues — its own
//!   (a blank or too long name) or its history's (input issues, S-2, S-8).
//!   The row stays, with its name, its issues and, when only the name is at
//!   fault, its figures;
//! - `done` (ferdig): del 1 complete, service time **and** both parts'
//!   læringsmål (S-9: never "complete" without them). A doctor whose time is
//!   served but whose læringsmål are not approved is `on-track`, and the
//!   row's warnings say what is missing;
//! - `make-up` (må ta igjen dager): a part still owes make-up days;
//! - `on-track` (på skjema): otherwise — months still to serve, nothing owed.
//!
//! Every issue's path points into the roster input
//! (`/doctors/2/input/periods/0/end`), as every issue of the API points into
//! its input. The language is the roster's (`lang`, default nb) for every
//! text; a doctor's own `input.lang` does not apply.

pub mod export;
pub mod input;
pub mod messages;

use lis1_core::input::sort_by_path;
use lis1_core::sort::StableSort as _;
use lis1_core::{ErrorKind, Issue, Lang, Lis1Error, MessageDef, Warning};
use serde::Serialize;

use crate::messages::day_unit_label;
use crate::model::{PartResult, ServiceInput, ServiceOptions, ServiceResult};
pub use export::{calendar_text, csv_text, roster_calendar, roster_csv};
pub use input::{DoctorInput, RosterInput};

/// A doctor's status in the roster.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatusCode {
    /// På skjema: months to serve, nothing owed.
    OnTrack,
    /// Må ta igjen dager: make-up days owed.
    MakeUp,
    /// Ferdig: del 1 complete (S-9).
    Done,
    /// Feil i opplysningene: the row has issues.
    Error,
}

impl StatusCode {
    /// The status word's catalogue entry.
    pub fn message(self) -> &'static MessageDef {
        match self {
            StatusCode::OnTrack => &messages::STATUS_ON_TRACK,
            StatusCode::MakeUp => &messages::STATUS_MAKE_UP,
            StatusCode::Done => &messages::STATUS_DONE,
            StatusCode::Error => &messages::STATUS_ERROR,
        }
    }
}

/// A status with its word: `{ code: "make-up", text: "må ta igjen dager" }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    /// For programs.
    pub code: StatusCode,
    /// In the roster's language.
    pub text: String,
}

/// The unit of a row's day figures (A-O2): `{ code: "workdays", text:
/// "arbeidsdager" }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayUnit {
    /// `workdays` or `calendar-days`, as the input's `options.dayUnit`.
    pub code: &'static str,
    /// In the roster's language.
    pub text: String,
}

impl DayUnit {
    fn new(workdays: bool, lang: Lang) -> Self {
        let code = if workdays { "workdays" } else { "calendar-days" };
        DayUnit { code, text: day_unit_label(workdays).render(lang, &[]) }
    }
}

/// One part of a row: the part's figures from the remaining-service result.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PartRow {
    /// 12 or 6 (S-1).
    pub required_months: f64,
    /// Month-equivalents counted (S-4, S-6).
    pub counted_months: f64,
    /// Months still to serve.
    pub remaining_months: f64,
    /// The absence regime that judges the part (`A-1`..`A-3`).
    pub regime: &'static str,
    /// Absence days counted against the allowance, in the row's day unit.
    pub absence_used_days: f64,
    /// The allowance, in the row's day unit.
    pub absence_allowance_days: f64,
    /// Make-up days still to serve, in the row's day unit.
    pub make_up_days: f64,
    /// Months served and nothing owed.
    pub complete: bool,
    /// Last day of the part: the day it was completed, or projected from
    /// the plan; absent when neither is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projected_end: Option<String>,
    /// First of the projected make-up days, when there are any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub make_up_from: Option<String>,
}

impl PartRow {
    fn of(part: &PartResult) -> Self {
        PartRow {
            required_months: part.required_months,
            counted_months: part.counted_months,
            remaining_months: part.remaining_months,
            regime: part.absence.regime,
            absence_used_days: part.absence.used_days,
            absence_allowance_days: part.absence.allowance_days,
            make_up_days: part.make_up_days,
            complete: part.complete,
            projected_end: part.projected_end.clone(),
            make_up_from: part.make_up_from.clone(),
        }
    }
}

/// One doctor's row.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RosterRow {
    /// The doctor's index in the input's `doctors`, whatever the order.
    pub index: usize,
    /// Name or ID as given.
    pub name: String,
    /// Status word.
    pub status: Status,
    /// The unit of the day figures; absent without figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day_unit: Option<DayUnit>,
    /// Hospital part; absent when the history has issues.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hospital: Option<PartRow>,
    /// Municipal part; absent when the history has issues.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipal: Option<PartRow>,
    /// Both parts' service time reached and absence made up.
    pub del1_time_complete: bool,
    /// Del 1 complete: time and both parts' læringsmål (S-9).
    pub del1_complete: bool,
    /// Last day of del 1, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projected_del1_end: Option<String>,
    /// The row's issues, paths into the roster input; empty unless the
    /// status is `error`.
    pub issues: Vec<Issue>,
    /// The remaining service's warnings (S-5, S-9, A-8, …).
    pub warnings: Vec<Warning>,
}

/// The roster: one row per doctor.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Roster {
    /// In the input's order, or by end date with `order: "end"`.
    pub rows: Vec<RosterRow>,
}

/// The table of a roster input (the JS `serviceRoster`). Refused as a whole
/// only for issues outside every doctor's row (more than 200 doctors, an
/// unknown `order`, a bad `stamp`); a doctor with issues keeps a row with
/// status `error`.
pub fn roster(input: &RosterInput) -> Result<Roster, Lis1Error> {
    let lang = input.lang();
    let (whole, per_doctor) = input::split(input.check(lang));
    if !whole.is_empty() {
        let mut issues = whole;
        issues.extend(per_doctor.into_iter().map(|(_, issue)| issue));
        sort_by_path(&mut issues);
        return Err(Lis1Error::new(ErrorKind::InvalidInput, issues));
    }
    let mut own: Vec<Vec<Issue>> = vec![Vec::new(); input.doctors.len()];
    for (index, issue) in per_doctor {
        if let Some(list) = own.get_mut(index) {
            list.push(issue);
        }
    }
    let mut rows: Vec<RosterRow> =
        input.doctors.iter().zip(own).enumerate().map(|(index, (doctor, own))| row(index, doctor, own, lang)).collect();
    if input.order.as_deref() == Some("end") {
        sort_by_end(&mut rows);
    }
    Ok(Roster { rows })
}

/// Orders rows by the projected last day of del 1, earliest first; rows
/// without one (no plan, or issues) after them. Equal keys keep their
/// order: call it on rows in input order for ties in input order.
pub fn sort_by_end(rows: &mut Vec<RosterRow>) {
    // ISO dates compare as text in calendar order.
    rows.stable_sort_by(|a, b| {
        let key = |r: &RosterRow| (r.projected_del1_end.is_none(), r.projected_del1_end.clone());
        key(a).cmp(&key(b))
    });
}

/// One doctor's row: its own issues (`own`, from the roster's checks) and
/// its history's, or its figures.
fn row(index: usize, doctor: &DoctorInput, own: Vec<Issue>, lang: Lang) -> RosterRow {
    // A name the reader could not take (not a string) is not also "missing".
    let mut issues: Vec<Issue> =
        own.into_iter().filter(|i| !doctor.read_issues.iter().any(|r| r.path == i.path)).collect();
    issues.extend(doctor.read_issues.iter().cloned());
    // A row the reader could not type in full is not calculated: its
    // defaults would give issues and figures of values nobody typed.
    let result = if doctor.read_issues.is_empty() {
        let history = ServiceInput { lang: Some(lang), ..doctor.input.clone() };
        match crate::remaining_service(&history) {
            Ok(result) => Some(result),
            Err(error) => {
                let at = format!("/doctors/{index}/input");
                issues.extend(error.issues.into_iter().map(|mut i| {
                    i.path = format!("{at}{}", i.path);
                    i
                }));
                None
            }
        }
    } else {
        None
    };
    sort_by_path(&mut issues);
    issues.dedup();
    let code = status(&issues, result.as_ref());
    let workdays = doctor.input.options.as_ref().is_none_or(ServiceOptions::workdays);
    RosterRow {
        index,
        name: doctor.name.clone(),
        status: Status { code, text: code.message().render(lang, &[]) },
        day_unit: result.as_ref().map(|_| DayUnit::new(workdays, lang)),
        hospital: result.as_ref().map(|r| PartRow::of(&r.hospital)),
        municipal: result.as_ref().map(|r| PartRow::of(&r.municipal)),
        del1_time_complete: result.as_ref().is_some_and(|r| r.del1_time_complete),
        del1_complete: result.as_ref().is_some_and(|r| r.del1_complete),
        projected_del1_end: result.as_ref().and_then(|r| r.projected_del1_end.clone()),
        issues,
        warnings: result.map(|r| r.warnings).unwrap_or_default(),
    }
}

/// The status, first that applies: error, done, make-up, on track.
fn status(issues: &[Issue], result: Option<&ServiceResult>) -> StatusCode {
    match result {
        _ if !issues.is_empty() => StatusCode::Error,
        None => StatusCode::Error,
        Some(r) if r.del1_complete => StatusCode::Done,
        Some(r) if r.hospital.make_up_days > 0.0 || r.municipal.make_up_days > 0.0 => StatusCode::MakeUp,
        Some(_) => StatusCode::OnTrack,
    }
}
