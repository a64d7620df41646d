//! Input types (the API's `CostInput`), their field tables ([`COST_INPUT`],
//! [`POSITION`], …, [`COMPARISON`]), reading them from any source
//! ([`CostInput::read`]) and their leaf checks ([`CostInput::check_fields`],
//! pipeline stage 2).
//!
//! Additions to the API contract, all optional: `zone` (needed for the 12
//! kommuner split between arbeidsgiveravgift zones, C-7), `hospitalMonths` /
//! `municipalMonths` (counted months to pay when only part of a part is
//! offered, P-1), `extraMonths` (make-up service after absence, §2), `over60`
//! (C-6 feriepenger from 60), `priceIndex` and `options` (`iaWithinExemption`
//! C-7, `officeCapacity` C-9, `supervisionRaiseOnTop` C-10).

use std::collections::BTreeMap;

use lis1_core::input;
use lis1_core::number_text::js as number;
use lis1_core::read::{self, Obj, Source};
use lis1_core::shape::{self, field, Check, Kind, Problem, Shape};
use lis1_core::{Issue, Lang};
use serde::{Deserialize, Serialize};

use crate::messages as msg;
use crate::zones::ZONE_NAMES;

/// Values of `part` on a position.
pub const PARTS: &[&str] = &["both", "hospital", "municipal"];

/// Most position rows in one input.
pub const MAX_POSITIONS: usize = 500;

/// Largest `count` of one row (the national LIS1 total is about 1 150 a year).
pub const MAX_COUNT: f64 = 100_000.0;

/// Smallest accepted `priceYear`.
pub const MIN_PRICE_YEAR: i32 = 2000;

/// Largest accepted `priceYear`.
pub const MAX_PRICE_YEAR: i32 = 2100;

/// First year a `priceIndex` key may name.
pub const MIN_INDEX_YEAR: i32 = 1900;

/// Last year a `priceIndex` key may name.
pub const MAX_INDEX_YEAR: i32 = 2200;

/// Most entries of `priceIndex`: one per year it accepts (1900..=2200 = 301),
/// so a longer map has a year it does not accept.
pub const MAX_PRICE_INDEX_ENTRIES: usize = (MAX_INDEX_YEAR - MIN_INDEX_YEAR + 1) as usize;

/// Most entries of `parameters`: one per parameter id, so a longer map has
/// an unknown id.
pub const MAX_PARAMETER_OVERRIDES: usize = crate::parameters::PARAMETERS.len();

/// Largest `extraMonths` of a part.
pub const MAX_EXTRA_MONTHS: f64 = 24.0;

/// Cost estimate input (the API's `CostInput`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CostInput {
    /// Position rows: `count` positions starting on `start`.
    #[serde(deserialize_with = "input::capped_rows::<_, _, MAX_POSITIONS>")]
    #[cfg_attr(feature = "schema", schemars(extend("maxItems" = MAX_POSITIONS)))]
    pub positions: Vec<PositionInput>,
    /// Overrides of the parameter table, keyed by parameter id
    /// (see [`crate::parameters`]).
    // Read only to one entry over MAX_PARAMETER_OVERRIDES (capped_entries).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "input::capped_entries::<_, _, MAX_PARAMETER_OVERRIDES>"
    )]
    #[cfg_attr(feature = "schema", schemars(extend("maxProperties" = MAX_PARAMETER_OVERRIDES)))]
    pub parameters: Option<BTreeMap<String, f64>>,
    /// Price year the result's amounts are stated in. Without `priceIndex`
    /// amounts stay nominal (each parameter at its own price year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_year: Option<i32>,
    /// Price index by year (`{"2019": 100, "2024": 118.2}`): money
    /// parameters are converted from their own price year to `priceYear`
    /// by `index[priceYear] / index[parameter's year]`. Overridden values are
    /// taken as given (already in `priceYear`).
    // Read only to one entry over MAX_PRICE_INDEX_ENTRIES (capped_entries).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "input::capped_entries::<_, _, MAX_PRICE_INDEX_ENTRIES>"
    )]
    #[cfg_attr(feature = "schema", schemars(extend("maxProperties" = MAX_PRICE_INDEX_ENTRIES)))]
    pub price_index: Option<BTreeMap<String, f64>>,
    /// Open-rule options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<CostOptions>,
    /// Message language (default nb).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

/// One row of positions.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PositionInput {
    /// Number of positions in the row (whole number ≥ 0).
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_COUNT, "multipleOf" = 1)))]
    pub count: f64,
    /// First day of service, the 1st of a month (S-10: 1 March or 1 September).
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub start: String,
    /// `both` (default: 12 hospital months then 6 municipal, S-1/S-2),
    /// `hospital` or `municipal`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = PARTS)))]
    pub part: Option<String>,
    /// Position percentage 1..100 (default 100); S-4 stretches the counted
    /// months over more calendar months, paid at this percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::percent))]
    pub percent: Option<f64>,
    /// Kommunenummer (2024) of the employer, for the arbeidsgiveravgift zone (C-7).
    /// Used for both parts of the row; when the helseforetak is in another zone
    /// than the kommune, give two rows (`part: hospital` from the start,
    /// `part: municipal` from 12 months later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kommune: Option<String>,
    /// Zone (`I`, `Ia`, `II`, `III`, `IV`, `IVa`, `V`); required for a kommune
    /// split between zones, may also be given without `kommune`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ZONE_NAMES)))]
    pub zone: Option<String>,
    /// Counted hospital months to pay (0..12, default 12), e.g. only the
    /// missing service under P-1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = lis1_core::Part::Hospital.required_months())))]
    pub hospital_months: Option<f64>,
    /// Counted municipal months to pay (0..6, default 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = lis1_core::Part::Municipal.required_months())))]
    pub municipal_months: Option<f64>,
    /// Calendar months of make-up service per part (absence above the
    /// allowance, §2), paid at the position percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_months: Option<ExtraMonths>,
    /// Doctor aged 60 or more: feriepenger at the C-6 60+ rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub over60: Option<bool>,
}

/// Make-up service per part, in calendar months.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExtraMonths {
    /// Hospital part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_EXTRA_MONTHS)))]
    pub hospital: Option<f64>,
    /// Municipal part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_EXTRA_MONTHS)))]
    pub municipal: Option<f64>,
}

/// Open-rule options.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CostOptions {
    /// Zone Ia: `true` uses the reduced rate (`C-7.zone-Ia`, the employer is
    /// still within its fribeløp); default `false` uses
    /// `C-7.zone-Ia-above-exemption`, because a kommune or helseforetak has far
    /// more payroll than the 850 000 kr fribeløp (assumption, C-7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ia_within_exemption: Option<bool>,
    /// C-9: `true` adds extra office rent and support staff
    /// (`C-9.overhead-per-year`, 500 000 per year) to every municipal part,
    /// for positions that need new office capacity in the kommune; flagged by
    /// the warning `cost.office-capacity`. Default `false`: a municipal part
    /// has no such overhead (C-9 is not a running cost of every LIS1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_capacity: Option<bool>,
    /// C-10: `true` reads the supervision rate as 63 500 **plus** the 17 300
    /// raise from 3 to 4 h/month (`C-10.supervision-4h-extra`), 80 800 per
    /// year. Default `false`: 63 500 per year, which already includes the
    /// raise. Either way it is the rate for ALIS supervision, used for LIS1
    /// (an assumption).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervision_raise_on_top: Option<bool>,
}

impl CostOptions {
    /// Whether C-9's office overhead is included (default no).
    pub fn office_capacity(options: Option<&Self>) -> bool {
        options.and_then(|o| o.office_capacity).unwrap_or(false)
    }

    /// Whether C-10's raise is added on top of the 63 500 (default no).
    pub fn supervision_raise_on_top(options: Option<&Self>) -> bool {
        options.and_then(|o| o.supervision_raise_on_top).unwrap_or(false)
    }
}

// The input described once: one field table per object drives reading it
// from any source (`CostInput::read`) and checking its leaf values
// (`CostInput::check_fields`); the domain checks follow in `validate`.

/// `CostInput`.
pub static COST_INPUT: Shape = Shape {
    fields: &[
        field("positions", Kind::List { of: &POSITION, max: MAX_POSITIONS }, true),
        field("parameters", Kind::NumberMap { max: MAX_PARAMETER_OVERRIDES }, false),
        field("priceYear", Kind::Integer, false),
        field("priceIndex", Kind::NumberMap { max: MAX_PRICE_INDEX_ENTRIES }, false),
        field("options", Kind::Object(&OPTIONS), false),
        field("lang", Kind::Code(lis1_core::Lang::CODES), false),
    ],
};

/// One row of positions.
pub static POSITION: Shape = Shape {
    fields: &[
        field("count", Kind::Number(count_value), true),
        field("start", Kind::Date, true),
        field("part", Kind::Code(PARTS), false),
        field("percent", Kind::Number(shape::percent), false),
        // A code of the kommune table (lis1-kommuner), checked with its zone by `validate` (C-7): read like a code,
        // to one character past what a message echoes.
        field("kommune", Kind::Code(&[]), false),
        field("zone", Kind::Code(ZONE_NAMES), false),
        field("hospitalMonths", Kind::Number(hospital_months_range), false),
        field("municipalMonths", Kind::Number(municipal_months_range), false),
        field("extraMonths", Kind::Object(&EXTRA_MONTHS), false),
        field("over60", Kind::Flag, false),
    ],
};

/// Make-up service per part.
pub static EXTRA_MONTHS: Shape = Shape {
    fields: &[
        field("hospital", Kind::Number(extra_months_range), false),
        field("municipal", Kind::Number(extra_months_range), false),
    ],
};

/// Open-rule options (C-7, C-9, C-10).
pub static OPTIONS: Shape = Shape {
    fields: &[
        field("iaWithinExemption", Kind::Flag, false),
        field("officeCapacity", Kind::Flag, false),
        field("supervisionRaiseOnTop", Kind::Flag, false),
    ],
};

/// `CostComparisonInput` (C-22): two scenarios and the comparison's language.
pub static COMPARISON: Shape = Shape {
    fields: &[
        field("a", Kind::Object(&COST_INPUT), true),
        field("b", Kind::Object(&COST_INPUT), true),
        field("lang", Kind::Code(lis1_core::Lang::CODES), false),
    ],
};

/// A row's count: a whole number 0..=[`MAX_COUNT`] (C-21).
fn count_value(value: f64) -> Result<(), Problem> {
    shape::finite(value)?;
    if value < 0.0 || value.fract() != 0.0 || value > MAX_COUNT {
        return Err(Problem::new(&msg::COUNT_INVALID, vec![("got", number(value)), ("max", number(MAX_COUNT))]));
    }
    Ok(())
}

/// Months of a part: 0..=`max`.
fn months_in(value: f64, max: f64) -> Result<(), Problem> {
    shape::finite(value)?;
    if (0.0..=max).contains(&value) {
        Ok(())
    } else {
        Err(Problem::new(&msg::MONTHS_RANGE, vec![("got", number(value)), ("max", number(max))]))
    }
}

fn hospital_months_range(value: f64) -> Result<(), Problem> {
    months_in(value, f64::from(lis1_core::Part::Hospital.required_months()))
}

fn municipal_months_range(value: f64) -> Result<(), Problem> {
    months_in(value, f64::from(lis1_core::Part::Municipal.required_months()))
}

fn extra_months_range(value: f64) -> Result<(), Problem> {
    months_in(value, MAX_EXTRA_MONTHS)
}

impl CostInput {
    /// Reads a cost input from `source` in one pass, or every structural
    /// issue (in `lang`). Leaf values are checked by the calculation
    /// ([`CostInput::check_fields`], from [`crate::validate`]).
    pub fn read<S: Source>(source: &S, lang: Lang) -> Result<Self, Vec<Issue>> {
        read::read(source, &COST_INPUT, lang, read_cost)
    }

    /// Every leaf value's issue (dates, codes, ranges, row and entry
    /// limits), by the field tables.
    pub fn check_fields(&self, lang: Lang) -> Vec<Issue> {
        let mut issues = Vec::new();
        let mut c = Check::root(lang, &COST_INPUT, &mut issues);
        c.list("positions", &self.positions, |c, p| {
            c.number("count", Some(p.count));
            c.text("start", Some(&p.start));
            c.text("part", p.part.as_deref());
            c.number("percent", p.percent);
            // `kommune` is checked against the kommune table by `validate` (C-7).
            c.text("zone", p.zone.as_deref());
            c.number("hospitalMonths", p.hospital_months);
            c.number("municipalMonths", p.municipal_months);
            c.object("extraMonths", p.extra_months.as_ref(), |c, e| {
                c.number("hospital", e.hospital);
                c.number("municipal", e.municipal);
            });
        });
        c.number_map("parameters", self.parameters.as_ref());
        c.number_map("priceIndex", self.price_index.as_ref());
        issues
    }
}

impl crate::CostComparisonInput {
    /// Reads a comparison input from `source` in one pass, or every
    /// structural issue (in `lang`, the comparison's), the scenarios' under
    /// `/a` and `/b`. Each scenario's leaf values are checked by its
    /// validation ([`crate::validate_comparison`]).
    pub fn read<S: Source>(source: &S, lang: Lang) -> Result<Self, Vec<Issue>> {
        read::read(source, &COMPARISON, lang, |o| crate::CostComparisonInput {
            a: o.object("a", read_cost).unwrap_or_default(),
            b: o.object("b", read_cost).unwrap_or_default(),
            lang: o.lang("lang"),
        })
    }
}

fn read_cost<S: Source>(o: &mut Obj<'_, S>) -> CostInput {
    CostInput {
        positions: o.list("positions", read_position).unwrap_or_default(),
        parameters: o.number_map("parameters"),
        price_year: o.integer("priceYear"),
        price_index: o.number_map("priceIndex"),
        options: o.object("options", |o| CostOptions {
            ia_within_exemption: o.flag("iaWithinExemption"),
            office_capacity: o.flag("officeCapacity"),
            supervision_raise_on_top: o.flag("supervisionRaiseOnTop"),
        }),
        lang: o.lang("lang"),
    }
}

fn read_position<S: Source>(o: &mut Obj<'_, S>) -> PositionInput {
    PositionInput {
        count: o.number("count").unwrap_or_default(),
        start: o.text("start").unwrap_or_default(),
        part: o.text("part"),
        percent: o.number("percent"),
        kommune: o.text("kommune"),
        zone: o.text("zone"),
        hospital_months: o.number("hospitalMonths"),
        municipal_months: o.number("municipalMonths"),
        extra_months: o.object("extraMonths", |o| ExtraMonths {
            hospital: o.number("hospital"),
            municipal: o.number("municipal"),
        }),
        over60: o.flag("over60"),
    }
}
