//! Input types of `checkEligibility` (the API's `EligibilityInput`),
//! described once: one field table per object ([`ELIGIBILITY_INPUT`],
//! [`APPLICANT`], [`LIS1_SUMMARY`], …) drives reading it from any source
//! ([`EligibilityInput::read`]) and checking its leaf values
//! ([`EligibilityInput::check_fields`]); the domain checks follow in
//! `eligibility`.

use lis1_core::number_text::js as number;
use lis1_core::read::{self, Obj, Source};
use lis1_core::shape::{self, echo, field, Check, Kind, Problem, Shape};
use lis1_core::{Issue, Lang, Pointer};
use serde::{de, Deserialize, Serialize};

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
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EligibilityInput {
    /// The doctor.
    pub applicant: Applicant,
    /// The employer offering the bound position, if known.
    pub employer: Option<Employer>,
    /// LIS1 start date of the round applied for: `YYYY-03-01` or
    /// `YYYY-09-01` (B-2).
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub round: Option<String>,
    /// Policy switches.
    pub options: Option<EligibilityOptions>,
    /// Message language (default nb).
    pub lang: Option<Lang>,
}

/// Policy switches of the eligibility check.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EligibilityOptions {
    /// Proposal P-1: offer only the service the doctor lacks. Default off.
    pub offer_only_missing: Option<bool>,
}

/// The applicant side.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Applicant {
    /// Authorised as a doctor (S-11, B-11).
    pub authorised: bool,
    /// Date of authorisation or licence, `YYYY-MM-DD` (T-1 counts the 6.5
    /// years from it). Only with `authorised: true`; not after the round's
    /// start nor after earlier LIS1 service started (S-11).
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub authorised_on: Option<String>,
    /// Earlier LIS1 service, if any (B-10, B-12).
    pub lis1: Option<EarlierLis1>,
    /// Exemptions from del 1 (S-12), values of [`EXEMPTIONS`].
    // Read only to one row over MAX_EXEMPTIONS (capped_optional_rows).
    #[serde(default, deserialize_with = "lis1_core::input::capped_optional_rows::<_, _, MAX_EXEMPTIONS>")]
    #[cfg_attr(feature = "schema", schemars(extend("items" = {"type": "string", "enum": EXEMPTIONS}, "maxItems" = MAX_EXEMPTIONS)))]
    pub exemptions: Option<Vec<String>>,
    /// `allmennmedisin`, `psykiatri` or `bup`.
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

/// Earlier LIS1 service in short: counted month-equivalents per part, and
/// what else decides whether del 1 is complete (S-9, B-14): make-up days
/// still owed and the læringsmål per part. A service history given instead
/// is summarised the same way from the remaining-service result.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Lis1Summary {
    /// Counted hospital months (0..).
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_MONTHS)))]
    pub hospital_months: f64,
    /// Counted municipal months (0..).
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
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub first_start: Option<String>,
    /// Absence days still to make up per part (A-3 resttjeneste), as the
    /// service engine's `makeUpDays`; missing = none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub make_up_days: Option<MakeUpDays>,
    /// Whether each part's læringsmål are approved (S-9); missing = no.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learning_goals_approved: Option<lis1_service::LearningGoals>,
}

/// Make-up days still owed per part, in working days unless `dayUnit` says
/// otherwise (A-O2).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MakeUpDays {
    /// Hospital part (0..); missing = 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_MAKE_UP_DAYS)))]
    pub hospital: Option<f64>,
    /// Municipal part (0..); missing = 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_MAKE_UP_DAYS)))]
    pub municipal: Option<f64>,
    /// `workdays` (default) or `calendar-days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Employer {
    /// `helseforetak` or `kommune`.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = EMPLOYER_KINDS)))]
    pub kind: String,
    /// Kommunenummer (4 digits, 2024 numbering) of the kommune that hires or
    /// where the helseforetak is located.
    pub kommune: Option<String>,
    /// Specialties the helseforetak is approved for (B-20).
    // Read only to one row over MAX_APPROVED_FOR (capped_optional_rows).
    #[serde(default, deserialize_with = "lis1_core::input::capped_optional_rows::<_, _, MAX_APPROVED_FOR>")]
    #[cfg_attr(feature = "schema", schemars(extend("items" = {"type": "string", "enum": APPROVED_FOR}, "maxItems" = MAX_APPROVED_FOR)))]
    pub approved_for: Option<Vec<String>>,
    /// The kommune is a registered utdanningsvirksomhet for allmennmedisin (B-20).
    pub registered_for_allmennmedisin: Option<bool>,
    /// First day the LIS3/ALIS post is vacant (B-21).
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

/// Stage 3 for a list of codes at `at` (each code already checked by the
/// field table): a known code listed again is `list.duplicate`.
pub(crate) fn duplicate_codes(issues: &mut Vec<Issue>, list: &[String], at: &Pointer, allowed: &[&str], lang: Lang) {
    for (i, value) in list.iter().enumerate() {
        if allowed.contains(&value.as_str()) && list.iter().take(i).any(|v| v == value) {
            issues.push(Issue::new(lang, &m::LIST_DUPLICATE, &at.index(i), &[("value", echo(value))]));
        }
    }
}

/// A finite number of months in 0..=[`MAX_MONTHS`] (`months.range`).
pub fn months(value: f64) -> Result<(), Problem> {
    shape::finite(value)?;
    if (0.0..=MAX_MONTHS).contains(&value) {
        Ok(())
    } else {
        Err(Problem::new(&m::MONTHS_RANGE, vec![("got", number(value))]))
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

/// A finite number of make-up days in 0..=[`MAX_MAKE_UP_DAYS`] (`days.range`).
pub fn make_up_days(value: f64) -> Result<(), Problem> {
    shape::finite(value)?;
    if (0.0..=MAX_MAKE_UP_DAYS).contains(&value) {
        Ok(())
    } else {
        Err(Problem::new(&m::DAYS_RANGE, vec![("got", number(value)), ("max", number(MAX_MAKE_UP_DAYS))]))
    }
}

/// A kommunenummer that exists in the 2024 table (`kommune.format`,
/// `kommune.unknown`).
pub fn kommune_number(value: &str) -> Result<(), Problem> {
    if !kommuner::is_kommune_number(value) {
        return Err(Problem::new(&m::KOMMUNE_FORMAT, vec![("value", echo(value))]));
    }
    if kommuner::kommune(value).is_none() {
        return Err(Problem::new(&m::KOMMUNE_UNKNOWN, vec![("value", echo(value))]));
    }
    Ok(())
}

/// `EligibilityInput`.
pub static ELIGIBILITY_INPUT: Shape = Shape {
    fields: &[
        field("applicant", Kind::Object(&APPLICANT), true),
        field("employer", Kind::Object(&EMPLOYER), false),
        field("round", Kind::Checked(crate::round::valid_round), false),
        field("options", Kind::Object(&OPTIONS), false),
        field("lang", Kind::Code(lis1_core::Lang::CODES), false),
    ],
};

/// The applicant side (B-1, B-10..B-12, S-11, S-12).
pub static APPLICANT: Shape = Shape {
    fields: &[
        field("authorised", Kind::Flag, true),
        field("authorisedOn", Kind::Date, false),
        field("lis1", Kind::Forms(&[&LIS1_SUMMARY, &lis1_service::input::SERVICE_INPUT]), false),
        field("exemptions", Kind::Codes { allowed: EXEMPTIONS, max: MAX_EXEMPTIONS }, false),
        field("specialty", Kind::Code(SPECIALTIES), true),
    ],
};

/// The index of the summary among the forms of `lis1` ([`APPLICANT`]).
pub const SUMMARY_FORM: usize = 0;

/// Earlier LIS1 service in short ([`Lis1Summary`]); the other form of
/// `lis1` is `lis1_service::input::SERVICE_INPUT`.
pub static LIS1_SUMMARY: Shape = Shape {
    fields: &[
        field("hospitalMonths", Kind::Number(months), true),
        field("municipalMonths", Kind::Number(months), true),
        field("complete", Kind::Flag, false),
        field("firstStart", Kind::Date, false),
        field("makeUpDays", Kind::Object(&MAKE_UP_DAYS), false),
        field("learningGoalsApproved", Kind::Object(&lis1_service::input::LEARNING_GOALS), false),
    ],
};

/// Make-up days still owed per part ([`MakeUpDays`]).
pub static MAKE_UP_DAYS: Shape = Shape {
    fields: &[
        field("hospital", Kind::Number(make_up_days), false),
        field("municipal", Kind::Number(make_up_days), false),
        field("dayUnit", Kind::Code(DAY_UNITS), false),
    ],
};

/// The employer side (B-20..B-25).
pub static EMPLOYER: Shape = Shape {
    fields: &[
        field("kind", Kind::Code(EMPLOYER_KINDS), true),
        field("kommune", Kind::Checked(kommune_number), false),
        field("approvedFor", Kind::Codes { allowed: APPROVED_FOR, max: MAX_APPROVED_FOR }, false),
        field("registeredForAllmennmedisin", Kind::Flag, false),
        field("vacancyFrom", Kind::Date, false),
        field("fixedSalary", Kind::Flag, false),
        field("recruitmentWeak", Kind::Flag, false),
        field("supervisionCapacity", Kind::Flag, false),
        field("advertisementStatesCriteria", Kind::Flag, false),
        field("lis3PostAdvertisedPublicly", Kind::Flag, false),
    ],
};

/// Policy switches ([`EligibilityOptions`]).
pub static OPTIONS: Shape = Shape { fields: &[field("offerOnlyMissing", Kind::Flag, false)] };

impl EligibilityInput {
    /// Reads an eligibility input from `source` in one pass, or every
    /// structural issue (in `lang`). Earlier service is read as a summary or
    /// a service history by its keys (the first key of one form only
    /// decides, [`Obj::forms`]); leaf values are checked by the calculation
    /// ([`EligibilityInput::check_fields`]; a history by the service engine).
    pub fn read<S: Source>(source: &S, lang: Lang) -> Result<Self, Vec<Issue>> {
        read::read(source, &ELIGIBILITY_INPUT, lang, |o| EligibilityInput {
            applicant: o.object("applicant", read_applicant).unwrap_or_default(),
            employer: o.object("employer", read_employer),
            round: o.text("round"),
            options: o.object("options", |p| EligibilityOptions { offer_only_missing: p.flag("offerOnlyMissing") }),
            lang: o.lang("lang"),
        })
    }

    /// Every leaf value's issue (dates, codes, ranges, list lengths, the
    /// round's day B-2, the kommunenummer), by the field tables. A service
    /// history as earlier LIS1 is checked by the service engine instead.
    pub fn check_fields(&self, lang: Lang) -> Vec<Issue> {
        let mut issues = Vec::new();
        let mut c = Check::root(lang, &ELIGIBILITY_INPUT, &mut issues);
        c.object("applicant", Some(&self.applicant), |c, a| {
            c.text("authorisedOn", a.authorised_on.as_deref());
            if let Some(EarlierLis1::Summary(s)) = &a.lis1 {
                c.form("lis1", SUMMARY_FORM, Some(s), check_summary);
            }
            c.codes("exemptions", a.exemptions.as_deref());
            c.text("specialty", Some(&a.specialty));
        });
        c.object("employer", self.employer.as_ref(), |c, e| {
            c.text("kind", Some(&e.kind));
            c.text("kommune", e.kommune.as_deref());
            c.codes("approvedFor", e.approved_for.as_deref());
            c.text("vacancyFrom", e.vacancy_from.as_deref());
        });
        c.text("round", self.round.as_deref());
        issues
    }
}

fn read_applicant<S: Source>(o: &mut Obj<'_, S>) -> Applicant {
    Applicant {
        authorised: o.flag("authorised").unwrap_or_default(),
        authorised_on: o.text("authorisedOn"),
        lis1: o.forms("lis1", |form, o| match form {
            SUMMARY_FORM => EarlierLis1::Summary(read_summary(o)),
            _ => EarlierLis1::Service(Box::new(lis1_service::ServiceInput::read_fields(o))),
        }),
        exemptions: o.codes("exemptions"),
        specialty: o.text("specialty").unwrap_or_default(),
    }
}

fn read_summary<S: Source>(o: &mut Obj<'_, S>) -> Lis1Summary {
    Lis1Summary {
        hospital_months: o.number("hospitalMonths").unwrap_or_default(),
        municipal_months: o.number("municipalMonths").unwrap_or_default(),
        complete: o.flag("complete"),
        first_start: o.text("firstStart"),
        make_up_days: o.object("makeUpDays", |d| MakeUpDays {
            hospital: d.number("hospital"),
            municipal: d.number("municipal"),
            day_unit: d.text("dayUnit"),
        }),
        learning_goals_approved: o.object("learningGoalsApproved", lis1_service::LearningGoals::read_fields),
    }
}

fn check_summary(c: &mut Check<'_>, s: &Lis1Summary) {
    c.number("hospitalMonths", Some(s.hospital_months));
    c.number("municipalMonths", Some(s.municipal_months));
    c.text("firstStart", s.first_start.as_deref());
    c.object("makeUpDays", s.make_up_days.as_ref(), |c, d| {
        c.number("hospital", d.hospital);
        c.number("municipal", d.municipal);
        c.text("dayUnit", d.day_unit.as_deref());
    });
}

fn read_employer<S: Source>(o: &mut Obj<'_, S>) -> Employer {
    Employer {
        kind: o.text("kind").unwrap_or_default(),
        kommune: o.text("kommune"),
        approved_for: o.codes("approvedFor"),
        registered_for_allmennmedisin: o.flag("registeredForAllmennmedisin"),
        vacancy_from: o.text("vacancyFrom"),
        fixed_salary: o.flag("fixedSalary"),
        recruitment_weak: o.flag("recruitmentWeak"),
        supervision_capacity: o.flag("supervisionCapacity"),
        advertisement_states_criteria: o.flag("advertisementStatesCriteria"),
        lis3_post_advertised_publicly: o.flag("lis3PostAdvertisedPublicly"),
    }
}
