//! Scenario comparison (C-22): two inputs, their results and the difference
//! `b − a`. Example: P-1 ("only the missing service") — scenario `a` pays a
//! full 18-month position for a doctor who already has 6 hospital months,
//! scenario `b` pays only `hospitalMonths: 6` + 6 municipal; `saving` is what
//! the state system saves.

use std::collections::BTreeMap;

use lis1_core::{ErrorKind, Issue, Lis1Error};
use serde::Serialize;

use crate::estimate::payer_difference;
use crate::payers::Payers;
use crate::{estimate_cost, round_months, round_nok, CostInput, CostResult};

/// Difference of one budget year, `b − a`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YearDifference {
    /// Budget year.
    pub year: i32,
    /// Amount `b − a`.
    pub amount: f64,
    /// Position months `b − a`.
    pub position_months: f64,
}

/// Result of [`compare`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// Result of scenario `a`.
    pub a: CostResult,
    /// Result of scenario `b`.
    pub b: CostResult,
    /// Total `b − a`.
    pub difference: f64,
    /// `a − b`: positive when `b` is cheaper.
    pub saving: f64,
    /// Per payer `b − a`.
    pub by_payer: Payers,
    /// Per budget year `b − a` (years of either scenario).
    pub by_year: Vec<YearDifference>,
}

fn prefixed(prefix: &str, issues: Vec<Issue>) -> Vec<Issue> {
    issues.into_iter().map(|mut i| {
        i.path = format!("/{prefix}{}", i.path);
        i
    }).collect()
}

/// Compares two scenarios (C-22). Input problems of either are reported
/// together, their paths prefixed with `/a` or `/b`.
pub fn compare(a: &CostInput, b: &CostInput) -> Result<Comparison, Lis1Error> {
    let (ra, rb) = (estimate_cost(a), estimate_cost(b));
    let (ra, rb) = match (ra, rb) {
        (Ok(ra), Ok(rb)) => (ra, rb),
        (ra, rb) => {
            let mut issues = Vec::new();
            if let Err(e) = ra {
                issues.extend(prefixed("a", e.issues));
            }
            if let Err(e) = rb {
                issues.extend(prefixed("b", e.issues));
            }
            return Err(Lis1Error::new(ErrorKind::InvalidInput, issues));
        }
    };
    let mut years: BTreeMap<i32, (f64, f64)> = BTreeMap::new();
    for y in &ra.by_year {
        let e = years.entry(y.year).or_default();
        e.0 -= y.amount;
        e.1 -= y.position_months;
    }
    for y in &rb.by_year {
        let e = years.entry(y.year).or_default();
        e.0 += y.amount;
        e.1 += y.position_months;
    }
    Ok(Comparison {
        difference: round_nok(rb.total - ra.total),
        saving: round_nok(ra.total - rb.total),
        by_payer: payer_difference(&ra.by_payer, &rb.by_payer),
        by_year: years
            .into_iter()
            .map(|(year, (amount, months))| YearDifference { year, amount: round_nok(amount), position_months: round_months(months) })
            .collect(),
        a: ra,
        b: rb,
    })
}
