//! Result types (the API's `CostResult`).

use lis1_core::{Assumption, Warning};
use serde::Serialize;

use crate::breakdown::CostBreakdown;
use crate::budget_year::YearRow;
use crate::overrides::ParameterUsed;
use crate::payers::Payers;

/// Cost of one position: per part and in total.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PerPosition {
    /// Hospital part.
    pub hospital: CostBreakdown,
    /// Municipal part.
    pub municipal: CostBreakdown,
    /// Both parts, all payers: `hospital.total + municipal.total`.
    pub total: f64,
}

/// One input row's result.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowResult {
    /// Index of the row in `positions`.
    pub index: usize,
    /// Number of positions in the row.
    pub count: f64,
    /// Arbeidsgiveravgift zone used (C-7).
    pub zone: &'static str,
    /// Whether the zone was assumed (no `kommune` and no `zone` given).
    pub zone_assumed: bool,
    /// Arbeidsgiveravgift rate used, in percent.
    pub employer_tax_rate: f64,
    /// Cost of one position of the row.
    pub per_position: PerPosition,
    /// `count` × `perPosition.total` (whole kroner).
    pub total: f64,
}

/// The cost estimate (the API's `CostResult`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CostResult {
    /// Cost of one position: for a single row that row's position (with its
    /// dates); for several rows the average over all positions (without
    /// dates; see `rows`).
    pub per_position: PerPosition,
    /// Each input row.
    pub rows: Vec<RowResult>,
    /// Total split by payer (helseforetak, kommune, state).
    pub by_payer: Payers,
    /// Budget-year view (C-21).
    pub by_year: Vec<YearRow>,
    /// Cost to all payers of all positions, whole kroner: the sum of
    /// `rows[].total`, equal to the sum of `byPayer` and of `byYear[].amount`
    /// (parts rounded, then summed).
    pub total: f64,
    /// The price year of the amounts: the input's `priceYear`. Without
    /// `priceIndex` the amounts are nominal (see the `cost.nominal-amounts`
    /// warning and each parameter's `priceYear`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price_year: Option<i32>,
    /// Whether money parameters were converted with `priceIndex`.
    pub price_adjusted: bool,
    /// Every parameter the calculation read.
    pub parameters_used: Vec<ParameterUsed>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Open options and assumptions used.
    pub assumptions: Vec<Assumption>,
}
