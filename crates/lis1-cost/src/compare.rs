//! Scenario comparison (C-22): two inputs, their results and the difference
//! `b − a`. Example: P-1 ("only the missing service") — scenario `a` pays a
//! full 18-month position for a doctor who already has 6 hospital months,
//! scenario `b` pays only `hospitalMonths: 6` + 6 municipal; `saving` is what
//! the state system saves.

use lis1_core::sums::SumsBy;
use lis1_core::{input, ErrorKind, Issue, Lang, Lis1Error};
use serde::{Deserialize, Serialize};

use crate::estimate::payer_difference;
use crate::payers::Payers;
use crate::{estimate_cost, round_months, round_nok, CostInput, CostResult};

/// Input of a scenario comparison (C-22): two cost inputs, `a` (usually
/// today's practice) and `b` (the alternative), e.g. a full 18-month
/// position against P-1's "only the missing service".
///
/// No field of its own needs a check beyond its type: each scenario goes
/// through the crate's whole pipeline ([`crate::validate`], stages 2 and 3)
/// with its issues under `/a` or `/b`.
// Read by its field table, `crate::input::COMPARISON` (`CostComparisonInput::read`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CostComparisonInput {
    /// Scenario `a`, the baseline.
    pub a: CostInput,
    /// Scenario `b`, compared with `a`.
    pub b: CostInput,
    /// Language of every message of the comparison (default nb): its own
    /// shape issues, both scenarios' issues and both results' texts, so one
    /// error is in one language. A scenario's own `lang` does not apply here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

impl CostComparisonInput {
    /// The two scenarios with the comparison's language (default nb) in
    /// place of their own.
    fn scenarios(&self) -> (CostInput, CostInput) {
        let lang = Some(self.lang.unwrap_or_default());
        let with_lang = |s: &CostInput| CostInput { lang, ..s.clone() };
        (with_lang(&self.a), with_lang(&self.b))
    }
}

/// Every problem of both scenarios, paths prefixed with `/a` or `/b`,
/// sorted by path; empty when both are valid.
pub fn validate_comparison(input: &CostComparisonInput) -> Vec<Issue> {
    let (a, b) = input.scenarios();
    let mut issues = prefixed("a", crate::validate(&a));
    issues.extend(prefixed("b", crate::validate(&b)));
    input::sort_by_path(&mut issues);
    issues
}

/// [`compare`] on a [`CostComparisonInput`] (the JS `compareCost`).
pub fn compare_costs(input: &CostComparisonInput) -> Result<CostComparison, Lis1Error> {
    let (a, b) = input.scenarios();
    compare(&a, &b)
}

/// Difference of one budget year, `b − a`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CostComparison {
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
    issues
        .into_iter()
        .map(|mut i| {
            i.path = format!("/{prefix}{}", i.path);
            i
        })
        .collect()
}

/// Compares two scenarios (C-22). Input problems of either are reported
/// together, their paths prefixed with `/a` or `/b`, each in its scenario's
/// own `lang`; [`compare_costs`] sets one language for both.
pub fn compare(a: &CostInput, b: &CostInput) -> Result<CostComparison, Lis1Error> {
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
    let mut years: SumsBy<i32, (f64, f64)> = SumsBy::default();
    for y in &ra.by_year {
        years.add(y.year, |e| {
            e.0 -= y.amount;
            e.1 -= y.position_months;
        });
    }
    for y in &rb.by_year {
        years.add(y.year, |e| {
            e.0 += y.amount;
            e.1 += y.position_months;
        });
    }
    Ok(CostComparison {
        difference: round_nok(rb.total - ra.total),
        saving: round_nok(ra.total - rb.total),
        by_payer: payer_difference(&ra.by_payer, &rb.by_payer),
        by_year: years
            .sorted()
            .into_iter()
            .map(|(year, (amount, months))| YearDifference {
                year,
                amount: round_nok(*amount),
                position_months: round_months(*months),
            })
            .collect(),
        a: ra,
        b: rb,
    })
}
