//! Input types of `checkEligibility` (the API's `EligibilityInput`), with the
//! field checks of stage 2 of the input pipeline.

use lis1_core::input::{echo, error, max_rows, number, one_of};
use lis1_core::{Issue, Lang, Pointer};
use serde::{de, Deserialize, Serialize};
use validator::{Validate, ValidationError, ValidationErrors};

use crate::kommuner;
use crate::messages as m;

/// Specialties of a bound path (B-1).
pub const SPECIALTIES: &[&str] = &["allmennmedisin", "psykiatri", "bup"];
/// Employer kinds (B-20).
pub const EMPLOYER_KINDS: &[&str] = &["helseforetak", "kommune"];
/// Exemptions from del 1 (S-12 a, b, c).
pub const EXEMPTIONS: &[&str] = &["foreign-del1", "half-specialist-abroad", "eea-before-2019"];
/// Specialties a helseforetak may be approved for (B-20).
pub const APPROVED_FOR: &[&str] = &["psykiatri", "bup"];
/// Most rows of `exemptions`: each exemption once.
pub const MAX_EXEMPTIONS: usize = EXEMPTIONS.len();
/// Most rows of `approvedFor`: each specialty once.
pub const MAX_APPROVED_FOR: usize = APPROVED_FOR.len();
/// Largest accepted number of months in a summary (50 years).
pub const MAX_MONTHS: f64 = 600.0;
/// Largest accepted number of make-up days per part in a summary (the service
/// engine's limit on an absence row).
pub const MAX_MAKE_UP_DAYS: f64 = lis1_service::params::MAX_ABSENCE_DAYS;
/// Units of make-up days (option A-O2 of the service engine).
pub const DAY_UNITS: &[&str] = lis1_service::model::DAY_UNITS;

/// What `checkEligibility` takes.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize, Serialize, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EligibilityInput {
    /// The doctor.
    #[validate(nested)]
    pub applicant: Applicant,
    /// The employer offering the bound position, if known.
    #[validate(nested)]
    pub employer: Option<Employer>,
    /// LIS1 start date of the round applied for: `YYYY-03-01` or
    /// `YYYY-09-01` (B-2).
    #[validate(custom(function = "crate::round::valid_round"))]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub round: Option<String>,
    /// Policy switches.
    pub options: Option<EligibilityOptions>,
    /// Message language (default nb).
    pub lang: Option<Lang>,
}

/// Policy switches of the eligibility check.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EligibilityOptions {
    /// Proposal P-1: offer only the service the doctor lacks. Default off.
    pub offer_only_missing: Option<bool>,
}

/// The applicant side.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize, Serialize, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Applicant {
    /// Authorised as a doctor (S-11, B-11).
    pub authorised: bool,
    /// Date of authorisation or licence, `YYYY-MM-DD` (T-1 counts the 6.5
    /// years from it). Only with `authorised: true`; not after the round's
    /// start nor after earlier LIS1 service started (S-11).
    #[validate(custom(function = "lis1_core::input::iso_date"))]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub authorised_on: Option<String>,
    /// Earlier LIS1 service, if any (B-10, B-12).
    #[validate(nested)]
    pub lis1: Option<EarlierLis1>,
    /// Exemptions from del 1 (S-12), values of [`EXEMPTIONS`].
    // Read only to one row over MAX_EXEMPTIONS (capped_optional_rows).
    #[serde(default, deserialize_with = "lis1_core::input::capped_optional_rows::<_, _, MAX_EXEMPTIONS>")]
    #[validate(custom(function = "exemption_rows"))]
    #[cfg_attr(feature = "schema", schemars(extend("items" = {"type": "string", "enum": EXEMPTIONS}, "maxItems" = MAX_EXEMPTIONS)))]
    pub exemptions: Option<Vec<String>>,
    /// `allmennmedisin`, `psykiatri` or `bup`.
    #[validate(custom(function = "specialty"))]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = SPECIALTIES)))]
    pub specialty: String,
}

/// Earlier LIS1 service (the API's `applicant.lis1`): a summary in months, or a full
/// `ServiceInput` that goes through the service engine
/// (`lis1_service::remaining_service`). The object's first key decides
/// which: a key of the summary only ([`SUMMARY_FIELDS`] but not
/// [`SHARED_FIELDS`]) makes it a summary; a shared first key
/// (`learningGoalsApproved`) is read and the next key decides.
//
// Serialised (and described in the JSON Schema) untagged, as either object.
// Read by its own `Deserialize` below, not serde's `untagged`: after the
// first key the rest is read as that type directly, so a problem is reported
// at its own path (`/applicant/lis1/periods/0/start`; a key of the other form
// is an unknown field there), where `untagged` only said "matches neither
// form" at `/applicant/lis1`. The input is also not buffered and read twice,
// which keeps the wasm smaller (docs/size-report.md, rank 3).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum EarlierLis1 {
    /// `{ hospitalMonths, municipalMonths, complete?, firstStart?, makeUpDays?,
    /// learningGoalsApproved? }`.
    Summary(Lis1Summary),
    /// A service history, evaluated by the service engine.
    Service(Box<lis1_service::ServiceInput>),
}

/// The keys of [`Lis1Summary`]: a first key among these, but not among
/// [`SHARED_FIELDS`], makes `lis1` a summary.
pub const SUMMARY_FIELDS: &[&str] =
    &["hospitalMonths", "municipalMonths", "complete", "firstStart", "makeUpDays", "learningGoalsApproved"];

/// Keys of both forms (the same type in both): they do not decide the form.
pub const SHARED_FIELDS: &[&str] = &["learningGoalsApproved"];

/// Every key `lis1` may have: [`SUMMARY_FIELDS`] and the other keys of
/// `lis1_service::ServiceInput` (a test checks both lists against serde's).
pub const EARLIER_LIS1_FIELDS: &[&str] = &[
    "hospitalMonths",
    "municipalMonths",
    "complete",
    "firstStart",
    "makeUpDays",
    "learningGoalsApproved",
    "periods",
    "absences",
    "plan",
    "options",
    "authorised",
    "lang",
];

impl<'de> Deserialize<'de> for EarlierLis1 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EarlierLis1Visitor)
    }
}

struct EarlierLis1Visitor;

impl<'de> de::Visitor<'de> for EarlierLis1Visitor {
    type Value = EarlierLis1;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // "struct …" is what lis1_core::input translates as "an object".
        f.write_str("struct EarlierLis1")
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<EarlierLis1, A::Error> {
        // An unknown first key fails here, while the deserializer still
        // knows that key's path.
        let mut first = map.next_key_seed(FirstKey)?;
        // `learningGoalsApproved` is a key of both forms (the same type):
        // read it where it stands (its problems at its own path) and let the
        // next key decide.
        let mut goals = None;
        if first.is_some_and(|key| SHARED_FIELDS.contains(&key)) {
            goals = Some(map.next_value::<lis1_service::LearningGoals>()?);
            first = map.next_key_seed(FirstKey)?;
            if first.is_some_and(|key| SHARED_FIELDS.contains(&key)) {
                return Err(de::Error::duplicate_field("learningGoalsApproved"));
            }
        }
        let summary = first.is_some_and(|key| SUMMARY_FIELDS.contains(&key));
        let rest = de::value::MapAccessDeserializer::new(Replay { first, map });
        let twice = || de::Error::duplicate_field("learningGoalsApproved");
        if summary {
            let mut s = Lis1Summary::deserialize(rest)?;
            if goals.is_some() {
                if s.learning_goals_approved.is_some() {
                    return Err(twice());
                }
                s.learning_goals_approved = goals;
            }
            Ok(EarlierLis1::Summary(s))
        } else {
            // Also `{}`: the history form then reports `periods` missing.
            let mut s = lis1_service::ServiceInput::deserialize(rest)?;
            if goals.is_some() {
                if s.learning_goals_approved.is_some() {
                    return Err(twice());
                }
                s.learning_goals_approved = goals;
            }
            Ok(EarlierLis1::Service(Box::new(s)))
        }
    }
}

/// Reads the first key of `lis1`: one of [`EARLIER_LIS1_FIELDS`].
struct FirstKey;

impl<'de> de::DeserializeSeed<'de> for FirstKey {
    type Value = &'static str;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<&'static str, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> de::Visitor<'de> for FirstKey {
    type Value = &'static str;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<&'static str, E> {
        EARLIER_LIS1_FIELDS
            .iter()
            .copied()
            .find(|k| *k == key)
            .ok_or_else(|| E::unknown_field(key, EARLIER_LIS1_FIELDS))
    }
}

/// The object's entries with the first key (already read) handed out again.
struct Replay<A> {
    first: Option<&'static str>,
    map: A,
}

impl<'de, A: de::MapAccess<'de>> de::MapAccess<'de> for Replay<A> {
    type Error = A::Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        match self.first.take() {
            Some(key) => seed.deserialize(de::value::StrDeserializer::<A::Error>::new(key)).map(Some),
            None => self.map.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

impl Validate for EarlierLis1 {
    /// The summary's fields; a `ServiceInput` is validated by the service
    /// engine itself (its own catalogue), in stage 3.
    fn validate(&self) -> Result<(), ValidationErrors> {
        match self {
            EarlierLis1::Summary(summary) => summary.validate(),
            EarlierLis1::Service(_) => Ok(()),
        }
    }
}

/// Earlier LIS1 service in short: counted month-equivalents per part, and
/// what else decides whether del 1 is complete (S-9, B-14): make-up days
/// still owed and the læringsmål per part. A service history given instead
/// is summarised the same way from the remaining-service result.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Lis1Summary {
    /// Counted hospital months (0..).
    #[validate(custom(function = "months"))]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_MONTHS)))]
    pub hospital_months: f64,
    /// Counted municipal months (0..).
    #[validate(custom(function = "months"))]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_MONTHS)))]
    pub municipal_months: f64,
    /// Del 1 complete: both parts' time, no make-up days owed and all
    /// læringsmål approved (S-9). `true` stands for approved læringsmål when
    /// they are not given; `false` or missing adds nothing: del 1 is complete
    /// when the months, the days owed and the læringsmål say so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complete: Option<bool>,
    /// First day of the earlier counted LIS1 service, `YYYY-MM-DD`: without
    /// `applicant.authorisedOn`, T-1 counts the 6.5 years from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "lis1_core::input::iso_date"))]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub first_start: Option<String>,
    /// Absence days still to make up per part (A-3 resttjeneste), as the
    /// service engine's `makeUpDays`; missing = none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub make_up_days: Option<MakeUpDays>,
    /// Whether each part's læringsmål are approved (S-9); missing = no.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learning_goals_approved: Option<lis1_service::LearningGoals>,
}

/// Make-up days still owed per part, in working days unless `dayUnit` says
/// otherwise (A-O2).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MakeUpDays {
    /// Hospital part (0..); missing = 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "make_up_days"))]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_MAKE_UP_DAYS)))]
    pub hospital: Option<f64>,
    /// Municipal part (0..); missing = 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "make_up_days"))]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_MAKE_UP_DAYS)))]
    pub municipal: Option<f64>,
    /// `workdays` (default) or `calendar-days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "day_unit_name"))]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = DAY_UNITS)))]
    pub day_unit: Option<String>,
}

impl Lis1Summary {
    /// The summary of a service history (`input`) from the service engine's
    /// result for it (`lis1_service::remaining_service`): counted months,
    /// make-up days still owed in the history's day unit, `del1Complete`,
    /// the læringsmål as given (missing = no) and the first day of counted
    /// service (S-6: periods in a counting position). Nothing is recomputed;
    /// the one typed route from a history to eligibility (B-12, B-14, T-1).
    pub fn from_service(input: &lis1_service::ServiceInput, result: &lis1_service::ServiceResult) -> Lis1Summary {
        let day_unit = input.options.as_ref().and_then(|o| o.day_unit.clone()).unwrap_or_else(|| "workdays".into());
        let goals = input.learning_goals_approved.unwrap_or_default();
        let first_start = first_counted_start(input).map(lis1_core::date::format);
        Lis1Summary {
            hospital_months: result.hospital.counted_months,
            municipal_months: result.municipal.counted_months,
            complete: Some(result.del1_complete),
            first_start,
            make_up_days: Some(MakeUpDays {
                hospital: Some(result.hospital.make_up_days),
                municipal: Some(result.municipal.make_up_days),
                day_unit: Some(day_unit),
            }),
            learning_goals_approved: Some(lis1_service::LearningGoals {
                hospital: Some(goals.hospital == Some(true)),
                municipal: Some(goals.municipal == Some(true)),
            }),
        }
    }
}

/// The employer side (B-20..B-25).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize, Serialize, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Employer {
    /// `helseforetak` or `kommune`.
    #[validate(custom(function = "employer_kind"))]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = EMPLOYER_KINDS)))]
    pub kind: String,
    /// Kommunenummer (4 digits, 2024 numbering) of the kommune that hires or
    /// where the helseforetak is located.
    #[validate(custom(function = "kommune_number"))]
    pub kommune: Option<String>,
    /// Specialties the helseforetak is approved for (B-20).
    // Read only to one row over MAX_APPROVED_FOR (capped_optional_rows).
    #[serde(default, deserialize_with = "lis1_core::input::capped_optional_rows::<_, _, MAX_APPROVED_FOR>")]
    #[validate(custom(function = "approved_rows"))]
    #[cfg_attr(feature = "schema", schemars(extend("items" = {"type": "string", "enum": APPROVED_FOR}, "maxItems" = MAX_APPROVED_FOR)))]
    pub approved_for: Option<Vec<String>>,
    /// The kommune is a registered utdanningsvirksomhet for allmennmedisin (B-20).
    pub registered_for_allmennmedisin: Option<bool>,
    /// First day the LIS3/ALIS post is vacant (B-21).
    #[validate(custom(function = "lis1_core::input::iso_date"))]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub vacancy_from: Option<String>,
    /// Fastlønn (true) or næringsdrift (false), B-24.
    pub fixed_salary: Option<bool>,
    /// Rekrutteringssvak kommune (B-24).
    pub recruitment_weak: Option<bool>,
    /// Can offer good supervision (B-24).
    pub supervision_capacity: Option<bool>,
    /// The advertisement states the combination and the assessment (B-23).
    pub advertisement_states_criteria: Option<bool>,
    /// The LIS3/ALIS post is advertised publicly (B-22).
    pub lis3_post_advertised_publicly: Option<bool>,
}

/// Custom validator: one of [`SPECIALTIES`].
pub(crate) fn specialty(value: &str) -> Result<(), ValidationError> {
    one_of(value, SPECIALTIES)
}

/// Stage 3 for a list of codes at `at`: each value is one of `allowed`
/// (`enum.unknown`) and not a repeat of an earlier row (`list.duplicate`).
pub(crate) fn code_list_issues(issues: &mut Vec<Issue>, list: &[String], at: &Pointer, allowed: &[&str], lang: Lang) {
    let field = at.as_str().rsplit('/').next().unwrap_or_default().to_owned();
    for (i, value) in list.iter().enumerate() {
        if !allowed.contains(&value.as_str()) {
            let params = [("field", field.clone()), ("value", echo(value)), ("allowed", allowed.join(", "))];
            issues.push(Issue::new(lang, &lis1_core::messages::ENUM_UNKNOWN, &at.index(i), &params));
        } else if list.iter().take(i).any(|v| v == value) {
            issues.push(Issue::new(lang, &m::LIST_DUPLICATE, &at.index(i), &[("value", echo(value))]));
        }
    }
}

fn employer_kind(value: &str) -> Result<(), ValidationError> {
    one_of(value, EMPLOYER_KINDS)
}

/// List length only; each value is checked with its index in stage 3.
fn exemption_rows(value: &[String]) -> Result<(), ValidationError> {
    max_rows(value, MAX_EXEMPTIONS)
}

fn approved_rows(value: &[String]) -> Result<(), ValidationError> {
    max_rows(value, MAX_APPROVED_FOR)
}

/// Custom validator: a finite number of months in 0..=600.
pub fn months(value: f64) -> Result<(), ValidationError> {
    if !value.is_finite() {
        return Err(error(&lis1_core::messages::NUMBER_NOT_FINITE, &[("got", number(value))]));
    }
    if (0.0..=MAX_MONTHS).contains(&value) {
        Ok(())
    } else {
        Err(error(&m::MONTHS_RANGE, &[("got", number(value))]))
    }
}

/// The first day of counted LIS1 service in a history: the earliest start
/// of a period in a counting position (S-6; `coupled` when not given).
pub fn first_counted_start(input: &lis1_service::ServiceInput) -> Option<lis1_core::Date> {
    input
        .periods
        .iter()
        .filter(|p| lis1_service::position_counts(p.position.as_deref().unwrap_or("coupled")))
        .filter_map(|p| lis1_core::date::parse(&p.start).ok())
        .min()
}

/// Custom validator: a finite number of make-up days in 0..=[`MAX_MAKE_UP_DAYS`].
pub fn make_up_days(value: f64) -> Result<(), ValidationError> {
    if !value.is_finite() {
        return Err(error(&lis1_core::messages::NUMBER_NOT_FINITE, &[("got", number(value))]));
    }
    if (0.0..=MAX_MAKE_UP_DAYS).contains(&value) {
        Ok(())
    } else {
        Err(error(&m::DAYS_RANGE, &[("got", number(value)), ("max", number(MAX_MAKE_UP_DAYS))]))
    }
}

fn day_unit_name(value: &str) -> Result<(), ValidationError> {
    one_of(value, DAY_UNITS)
}

/// Custom validator: a kommunenummer that exists in the 2024 table.
pub fn kommune_number(value: &str) -> Result<(), ValidationError> {
    if !kommuner::is_kommune_number(value) {
        return Err(error(&m::KOMMUNE_FORMAT, &[("value", echo(value))]));
    }
    if kommuner::kommune(value).is_none() {
        return Err(error(&m::KOMMUNE_UNKNOWN, &[("value", echo(value))]));
    }
    Ok(())
}
