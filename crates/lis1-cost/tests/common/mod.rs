#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use lis1_cost::{CostInput, CostResult};
use serde_json::Value;

pub fn input(v: Value) -> CostInput {
    serde_json::from_value(v).unwrap()
}

pub fn est(v: Value) -> CostResult {
    lis1_cost::estimate_cost(&input(v)).unwrap()
}

pub fn err(v: Value) -> Vec<(String, &'static str)> {
    let e = lis1_cost::estimate_cost(&input(v)).unwrap_err();
    e.issues.iter().map(|i| (i.path.clone(), i.code)).collect()
}

/// Output amounts are whole kroner; allow the rounding of each sum.
#[track_caller]
pub fn nok(got: f64, want: f64) {
    assert!((got - want).abs() <= 1.0, "got {got}, want {want}");
}

/// Default parameters spelled out, so tests derive amounts by hand.
pub const SALARY: f64 = 606_000.0; // C-4
pub const HOLIDAY: f64 = 0.12; // C-6
pub const PENSION: f64 = 0.18; // C-8 assumption
pub const REMAINDER: f64 = 53_000.0; // C-1 remainder per hospital month (fit, docs/calibration.md)
pub const OVERHEAD: f64 = 500_000.0; // C-9 per year, only with the option officeCapacity
pub const SUPERVISION: f64 = 63_500.0; // C-10 per year, the ALIS rate including the raise to 4 h/month
pub const SUPERVISION_RAISE: f64 = 17_300.0; // C-10 raise, added with the option supervisionRaiseOnTop

/// Salary + feriepenger + pension of `months` full-time months: the base of
/// arbeidsgiveravgift.
pub fn pay_base(months: f64) -> f64 {
    let salary = SALARY / 12.0 * months;
    salary * (1.0 + HOLIDAY + PENSION)
}
