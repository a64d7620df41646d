//! Input types (the API's `CostInput`) and their field checks (pipeline stage 2).
//!
//! Additions to the API contract, all optional: `zone` (needed for the 12
//! kommuner split between arbeidsgiveravgift zones, C-7), `hospitalMonths` /
//! `municipalMonths` (counted months to pay when only part of a part is
//! offered, P-1), `extraMonths` (make-up service after absence, §2), `over60`
//! (C-6 feriepenger from 60), `priceIndex` and `options` (`iaWithinExemption`
//! C-7, `officeCapacity` C-9, `supervisionRaiseOnTop` C-10).

use std::collections::BTreeMap;

use lis1_core::input;
use lis1_core::Lang;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

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
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CostInput {
    /// Position rows: `count` positions starting on `start`.
    #[serde(deserialize_with = "input::capped_rows::<_, _, MAX_POSITIONS>")]
    #[validate(custom(function = "positions_rows"), nested)]
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
    #[validate(custom(function = "parameter_entries"))]
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
    #[validate(custom(function = "price_index_entries"))]
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
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PositionInput {
    /// Number of positions in the row (whole number ≥ 0).
    #[validate(custom(function = "count_value"))]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_COUNT, "multipleOf" = 1)))]
    pub count: f64,
    /// First day of service, the 1st of a month (S-10: 1 March or 1 September).
    #[validate(custom(function = "lis1_core::input::iso_date"))]
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub start: String,
    /// `both` (default: 12 hospital months then 6 municipal, S-1/S-2),
    /// `hospital` or `municipal`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "part_name"))]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = PARTS)))]
    pub part: Option<String>,
    /// Position percentage 1..100 (default 100); S-4 stretches the counted
    /// months over more calendar months, paid at this percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "lis1_core::input::percent"))]
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
    #[validate(custom(function = "zone_name"))]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ZONE_NAMES)))]
    pub zone: Option<String>,
    /// Counted hospital months to pay (0..12, default 12), e.g. only the
    /// missing service under P-1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "hospital_months_range"))]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = lis1_core::Part::Hospital.required_months())))]
    pub hospital_months: Option<f64>,
    /// Counted municipal months to pay (0..6, default 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "municipal_months_range"))]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = lis1_core::Part::Municipal.required_months())))]
    pub municipal_months: Option<f64>,
    /// Calendar months of make-up service per part (absence above the
    /// allowance, §2), paid at the position percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub extra_months: Option<ExtraMonths>,
    /// Doctor aged 60 or more: feriepenger at the C-6 60+ rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub over60: Option<bool>,
}

/// Make-up service per part, in calendar months.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExtraMonths {
    /// Hospital part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "extra_months_range"))]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_EXTRA_MONTHS)))]
    pub hospital: Option<f64>,
    /// Municipal part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "extra_months_range"))]
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_EXTRA_MONTHS)))]
    pub municipal: Option<f64>,
}

/// Open-rule options.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, Validate)]
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

fn positions_rows(value: &[PositionInput]) -> Result<(), ValidationError> {
    input::max_rows(value, MAX_POSITIONS)
}

fn parameter_entries(value: &BTreeMap<String, f64>) -> Result<(), ValidationError> {
    input::max_entries(value, MAX_PARAMETER_OVERRIDES)
}

fn price_index_entries(value: &BTreeMap<String, f64>) -> Result<(), ValidationError> {
    input::max_entries(value, MAX_PRICE_INDEX_ENTRIES)
}

fn part_name(value: &str) -> Result<(), ValidationError> {
    input::one_of(value, PARTS)
}

fn zone_name(value: &str) -> Result<(), ValidationError> {
    input::one_of(value, ZONE_NAMES)
}

fn finite(value: f64) -> Result<(), ValidationError> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(input::error(&lis1_core::messages::NUMBER_NOT_FINITE, &[("got", input::number(value))]))
    }
}

fn count_value(value: f64) -> Result<(), ValidationError> {
    finite(value)?;
    if value < 0.0 || value.fract() != 0.0 || value > MAX_COUNT {
        return Err(input::error(
            &msg::COUNT_INVALID,
            &[("got", input::number(value)), ("max", input::number(MAX_COUNT))],
        ));
    }
    Ok(())
}

fn months_in(value: f64, max: f64) -> Result<(), ValidationError> {
    finite(value)?;
    if (0.0..=max).contains(&value) {
        Ok(())
    } else {
        Err(input::error(&msg::MONTHS_RANGE, &[("got", input::number(value)), ("max", input::number(max))]))
    }
}

fn hospital_months_range(value: f64) -> Result<(), ValidationError> {
    months_in(value, f64::from(lis1_core::Part::Hospital.required_months()))
}

fn municipal_months_range(value: f64) -> Result<(), ValidationError> {
    months_in(value, f64::from(lis1_core::Part::Municipal.required_months()))
}

fn extra_months_range(value: f64) -> Result<(), ValidationError> {
    months_in(value, MAX_EXTRA_MONTHS)
}
