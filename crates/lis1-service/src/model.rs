//! Input and result types of the service engine, named exactly as the
//! API's types (`ServiceInput`, `ServiceResult`, `PartResult`,
//! `AbsenceSummary`, `AbsenceResult`).
//!
//! Inputs are plain structs read and checked field by field by the field
//! tables of [`crate::input`] (serde's `Deserialize` stays for the inputs
//! that embed a service input and are not ported yet); enum-like values are
//! strings checked against the one `const` list of names below, so the
//! schema and form specs can reuse the same lists.

use std::collections::BTreeMap;

use lis1_core::{input, Assumption, Lang, Warning};
use serde::{Deserialize, Serialize};

use crate::params::{MAX_ABSENCES, MAX_PERIODS};
#[cfg(feature = "schema")]
use crate::params::{MAX_ABSENCE_DAYS, MAX_ROTATION_CHARS};

/// The two parts of del 1 as written in inputs (S-1).
pub const PARTS: &[&str] = &["hospital", "municipal"];

/// Position types (S-6, S-7, P-1). `coupled` is the default when a period
/// gives none.
pub const POSITIONS: &[&str] = &["coupled", "reststilling", "extra", "postlege", "foreign-internship"];

/// Absence kinds (rules section 2 of docs/rules.md, "What counts").
pub const ABSENCE_KINDS: &[&str] = &[
    "sick",
    "sick-child",
    "parental-leave",
    "welfare-leave",
    "unpaid-leave",
    "transferred-vacation",
    "advance-vacation",
    "vacation",
    "course",
    "time-off-in-lieu",
    "strike",
    "other",
];

/// Units of absence days (option A-O2). Default `workdays`.
pub const DAY_UNITS: &[&str] = &["workdays", "calendar-days"];

/// Remaining service and absence input (the API's `ServiceInput`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceInput {
    /// Service periods, any order (the engine sorts them by date).
    #[serde(deserialize_with = "input::capped_rows::<_, _, MAX_PERIODS>")]
    #[cfg_attr(feature = "schema", schemars(extend("maxItems" = MAX_PERIODS)))]
    pub periods: Vec<Period>,
    /// Absences, either as a date range or as a number of days.
    #[serde(default, deserialize_with = "input::capped_rows::<_, _, MAX_ABSENCES>")]
    #[cfg_attr(feature = "schema", schemars(extend("maxItems" = MAX_ABSENCES)))]
    pub absences: Vec<Absence>,
    /// Whether each part's læringsmål are approved (S-9, A-4). Missing = no.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learning_goals_approved: Option<LearningGoals>,
    /// The next service, for projected end dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// Open-rule options and policy switches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<ServiceOptions>,
    /// Whether the doctor holds Norwegian authorisation (S-11). Not in the
    /// API contract; an addition. `false` gives a warning, missing says nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorised: Option<bool>,
    /// Message language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

/// One period of service in one part.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Period {
    /// `hospital` or `municipal`.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = PARTS)))]
    pub part: String,
    /// First day, inclusive.
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub start: String,
    /// Last day, inclusive.
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub end: String,
    /// Position percentage 1..100, default 100 (S-4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::percent))]
    pub percent: Option<f64>,
    /// Rotation label (S-3), e.g. `indremedisin`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("maxLength" = MAX_ROTATION_CHARS)))]
    pub rotation: Option<String>,
    /// Position type, default `coupled` (S-6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = POSITIONS)))]
    pub position: Option<String>,
}

/// One absence: either `start` + `end` or `days` (exactly one form; checked
/// in the cross-field stage).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Absence {
    /// `hospital` or `municipal`.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = PARTS)))]
    pub part: String,
    /// One of [`ABSENCE_KINDS`].
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ABSENCE_KINDS)))]
    pub kind: String,
    /// First day, inclusive (range form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub start: Option<String>,
    /// Last day, inclusive (range form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub end: Option<String>,
    /// Number of days in the unit of option `dayUnit` (count form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_ABSENCE_DAYS)))]
    pub days: Option<f64>,
    /// Absence caused by the covid-19 outbreak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covid: Option<bool>,
}

/// Læringsmål approved per part (S-9).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LearningGoals {
    /// Hospital part's læringsmål approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hospital: Option<bool>,
    /// Municipal part's læringsmål approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipal: Option<bool>,
}

/// The next service, for projections.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plan {
    /// First day of the next service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub next_start: Option<String>,
    /// Planned position percentage, default 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::percent))]
    pub percent: Option<f64>,
}

/// Options for the open rules (docs/rules.md) and the P-1 switch.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceOptions {
    /// A-O1: make up only the days above the allowance (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excess_only: Option<bool>,
    /// A-O2: `workdays` (default) or `calendar-days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = DAY_UNITS)))]
    pub day_unit: Option<String>,
    /// A-O3: reduce the 12/6-day allowance pro rata for part-time (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prorate_allowance: Option<bool>,
    /// A-O4: last day of the covid overlay A-4 (default: open).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub covid_overlay_end: Option<String>,
    /// P-1: offer only the missing service (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_only_missing: Option<bool>,
    /// A-O5: judge a part started 2019-03-01..2019-06-20 that ended later by
    /// the regime at its start, A-2 (default false: A-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regime_at_part_start: Option<bool>,
    /// A-O6: judge a part started before 2019-03-01 that ended on or after
    /// 2019-06-21 by A-3 (default false: A-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a3_for_parts_before_2019: Option<bool>,
    /// A-O7: spare covid-related absence only in a part whose
    /// læringsmål are approved (default false: no condition, as the seed
    /// says).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covid_needs_learning_goals: Option<bool>,
}

impl ServiceOptions {
    /// A-O2: whether absence days are working days (`dayUnit` missing or
    /// `workdays`, the default) rather than calendar days. The one reading of
    /// the option's default, for the engine and for the tables that name the
    /// unit.
    pub fn workdays(&self) -> bool {
        self.day_unit.as_deref().is_none_or(|unit| unit == "workdays")
    }
}

/// Which part an offer (P-1) covers, as in inputs.
pub type PartName = &'static str;

/// Absence analysis of one part (the API's `AbsenceSummary`). Day figures are in
/// the unit of option `dayUnit` (A-O2) and rounded to 2 decimals.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AbsenceSummary {
    /// The regime that judges the part: `A-1`, `A-2` or `A-3` (A-4 is an
    /// overlay and shows as warnings).
    pub regime: &'static str,
    /// Absence days not deducted (A-1/A-2: 10 % of the part's required
    /// length, 26 / 13 working days or 36.5 / 18.25 calendar days; A-3: 12
    /// or 6; pro rata with A-O3).
    pub allowance_days: f64,
    /// Absence days that count against the allowance under the regime
    /// (covid-related days spared by A-4 are not among them).
    pub used_days: f64,
    /// Covid-related days inside the A-4 overlay that are not deducted: they
    /// use no allowance and are never made up (with A-O7, only in a part
    /// whose læringsmål are approved).
    pub covid_spared_days: f64,
    /// `max(0, used − allowance)`.
    pub excess_days: f64,
    /// Days to make up (A-O1, after the covid overlay A-4).
    pub to_make_up_days: f64,
    /// Recorded days per kind — only the kinds present in the input, including
    /// kinds that are not absence under the regime (e.g. `vacation`).
    pub by_kind: BTreeMap<&'static str, f64>,
}

/// Remaining service of one part (the API's `PartResult`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PartResult {
    /// 12 or 6 (S-1).
    pub required_months: f64,
    /// Month-equivalents counted (S-4 part-time applied, S-6 non-counting
    /// positions excluded).
    pub counted_months: f64,
    /// `max(0, required − counted)`.
    pub remaining_months: f64,
    /// Absence analysis of the part.
    pub absence: AbsenceSummary,
    /// Make-up days still to serve (absence above the allowance minus service
    /// already done after the required months), in `dayUnit`.
    pub make_up_days: f64,
    /// `remainingMonths == 0 && makeUpDays == 0`.
    pub complete: bool,
    /// Last day of the part: the day it was completed, or the projection from
    /// `plan`; absent when neither is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projected_end: Option<String>,
    /// First day of the part's projected service (from `plan`), when some
    /// remains to be served: what a timeline draws as planned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_from: Option<String>,
    /// First day of the projected make-up days, when there are any:
    /// they run from here to `projectedEnd`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub make_up_from: Option<String>,
}

/// What an employer should offer under P-1: every part that is not complete.
/// A part whose months are served but which still owes make-up days is
/// not complete, so the offer covers those days too (P-1 as corrected
/// 2026-12-06; `checkEligibility` builds its offer with [`Offer::of`] as well,
/// so both give the same offer for the same history).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Offer {
    /// Parts with remaining months or make-up days, in service order.
    pub parts: Vec<PartName>,
    /// Sum of their remaining months, rounded to 2 decimals.
    pub months: f64,
    /// Make-up days owed per part, in the unit of `dayUnit` (A-O2),
    /// rounded to 2 decimals; 0 for a part that owes none.
    pub make_up_days: OfferDays,
}

/// Make-up days of an [`Offer`], per part.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OfferDays {
    /// Hospital part.
    pub hospital: f64,
    /// Municipal part.
    pub municipal: f64,
}

impl Offer {
    /// The P-1 offer for parts with `remaining` months and `make_up` days
    /// outstanding (hospital, municipal; unrounded). A part is offered when
    /// either is above zero.
    pub fn of(remaining: (f64, f64), make_up: (f64, f64)) -> Offer {
        let owes = |months: f64, days: f64| months > crate::params::EPS_MONTHS || days > crate::params::EPS_DAYS;
        let mut parts = Vec::new();
        if owes(remaining.0, make_up.0) {
            parts.push(lis1_core::Part::Hospital.code());
        }
        if owes(remaining.1, make_up.1) {
            parts.push(lis1_core::Part::Municipal.code());
        }
        let days = |d: f64| if d > crate::params::EPS_DAYS { crate::params::round2(d).max(0.01) } else { 0.0 };
        let months = |m: f64| if m > crate::params::EPS_MONTHS { m } else { 0.0 };
        Offer {
            parts,
            months: crate::params::round2(months(remaining.0) + months(remaining.1)),
            make_up_days: OfferDays { hospital: days(make_up.0), municipal: days(make_up.1) },
        }
    }
}

/// Result of [`crate::remaining_service`] (the API's `ServiceResult`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceResult {
    /// Hospital part.
    pub hospital: PartResult,
    /// Municipal part.
    pub municipal: PartResult,
    /// Both parts' counted time reached and absence made up.
    pub del1_time_complete: bool,
    /// `del1TimeComplete` and both parts' læringsmål approved (S-9).
    pub del1_complete: bool,
    /// Last day of del 1 (absent if it cannot be known without a plan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projected_del1_end: Option<String>,
    /// Only with `offerOnlyMissing` (P-1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offer: Option<Offer>,
    /// Warnings, each with its rule id.
    pub warnings: Vec<Warning>,
    /// Options used.
    pub assumptions: Vec<Assumption>,
}

/// Result of [`crate::check_absence`] (the API's `AbsenceResult`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AbsenceResult {
    /// Hospital part.
    pub hospital: AbsenceSummary,
    /// Municipal part.
    pub municipal: AbsenceSummary,
    /// Warnings, each with its rule id.
    pub warnings: Vec<Warning>,
    /// Options used (A-O1..A-O7).
    pub assumptions: Vec<Assumption>,
}
