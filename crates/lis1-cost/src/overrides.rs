//! The parameter table as one calculation sees it: defaults, the caller's
//! overrides (`parameters`), price conversion (`priceIndex`), and a record of
//! which rows were read, so `parametersUsed` lists exactly those.

use lis1_core::sort::StableSort as _;
use std::cell::Cell;

use serde::Serialize;

use crate::parameters::{Parameter, Role, Unit, PARAMETERS};
use crate::CostInput;

/// A parameter a result used (the API's `parametersUsed`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParameterUsed {
    /// Parameter id.
    pub id: &'static str,
    /// Rule id.
    pub rule: &'static str,
    /// Value used (after override or price conversion).
    pub value: f64,
    /// Unit of `value`.
    pub unit: Unit,
    /// Source of the default value.
    pub source: &'static str,
    /// Date the default applies from.
    pub date: &'static str,
    /// Date the default applies to, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<&'static str>,
    /// Price year of the table value (money only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price_year: Option<i32>,
    /// When the default was last verified.
    pub last_verified: &'static str,
    /// Whether the caller overrode the value.
    pub overridden: bool,
    /// The table value before override or conversion.
    pub table_value: f64,
}

#[derive(Debug)]
struct Row {
    param: &'static Parameter,
    value: f64,
    overridden: bool,
    used: Cell<bool>,
}

/// Resolved parameters of one calculation.
#[derive(Debug)]
pub(crate) struct ParamSet {
    rows: Vec<Row>,
}

impl ParamSet {
    /// Resolves the table for a validated input.
    pub(crate) fn new(input: &CostInput) -> Self {
        let overrides = input.parameters.as_ref();
        let index = input.price_index.as_ref();
        let factor = |p: &Parameter| -> f64 {
            match (input.price_year, index, p.price_year) {
                (Some(to), Some(ix), Some(from)) if p.unit.is_money() => {
                    match (ix.get(&to.to_string()), ix.get(&from.to_string())) {
                        (Some(a), Some(b)) if *b > 0.0 => a / b,
                        _ => 1.0,
                    }
                }
                _ => 1.0,
            }
        };
        let rows = PARAMETERS
            .iter()
            .map(|p| match overrides.and_then(|o| o.get(p.id)) {
                Some(v) => Row { param: p, value: *v, overridden: true, used: Cell::new(false) },
                None => Row { param: p, value: p.value * factor(p), overridden: false, used: Cell::new(false) },
            })
            .collect();
        ParamSet { rows }
    }

    /// The value of `id`, recorded as used. Ids are the constants of
    /// [`crate::parameters`]; a test checks each exists, so the `0.0` branch
    /// is unreachable in practice.
    pub(crate) fn get(&self, id: &str) -> f64 {
        match self.rows.iter().find(|r| r.param.id == id) {
            Some(row) => {
                row.used.set(true);
                row.value
            }
            None => 0.0,
        }
    }

    /// A rate in percent as a fraction (14.1 → 0.141).
    pub(crate) fn rate(&self, id: &str) -> f64 {
        self.get(id) / 100.0
    }

    /// Reference rows the caller overrode (they do not enter the sums).
    pub(crate) fn overridden_references(&self) -> Vec<&'static Parameter> {
        self.rows.iter().filter(|r| r.overridden && r.param.role == Role::Reference).map(|r| r.param).collect()
    }

    /// Component rows the caller overrode that this calculation did not read
    /// (e.g. C-9 without the option `officeCapacity`, a zone's rate with no
    /// position in the zone): the override has no effect. Call after the
    /// calculation.
    pub(crate) fn overridden_unused(&self) -> Vec<&'static Parameter> {
        self.rows
            .iter()
            .filter(|r| r.overridden && r.param.role == Role::Component && !r.used.get())
            .map(|r| r.param)
            .collect()
    }

    /// Price years of the money rows used without override, sorted.
    pub(crate) fn nominal_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> =
            self.rows.iter().filter(|r| r.used.get() && !r.overridden).filter_map(|r| r.param.price_year).collect();
        years.stable_sort();
        years.dedup();
        years
    }

    /// Every row read, in table order.
    pub(crate) fn used(&self) -> Vec<ParameterUsed> {
        self.rows
            .iter()
            .filter(|r| r.used.get())
            .map(|r| ParameterUsed {
                id: r.param.id,
                rule: r.param.rule,
                value: r.value,
                unit: r.param.unit,
                source: r.param.source,
                date: r.param.valid_from,
                valid_to: r.param.valid_to,
                price_year: r.param.price_year,
                last_verified: r.param.last_verified,
                overridden: r.overridden,
                table_value: r.param.value,
            })
            .collect()
    }
}
