//! Calibration (see the crate documentation): with default parameters the
//! estimate reproduces the published totals C-1 and C-11 within 10 %.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::*;
use lis1_cost::parameters::find;
use serde_json::json;

fn within(got: f64, published: f64, tolerance: f64) -> bool {
    ((got - published) / published).abs() <= tolerance
}

#[test]
fn c_1_one_standard_full_time_lis1_costs_about_2_061_000() {
    let published = find("C-1.total-18-months").unwrap().value;
    assert_eq!(published, 2_061_000.0);
    let r = est(json!({ "positions": [{ "count": 1, "start": "2019-09-01", "kommune": "0301" }] }));
    // 12 hospital months of 118 906.65 + 6 municipal months of 121 864.98 = 2 158 069.7 (+4.7 %).
    let hand =
        12.0 * (50_500.0 * 1.30 * 1.141 + 44_000.0) + 6.0 * (50_500.0 * 1.30 * 1.141 + (500_000.0 + 63_500.0) / 12.0);
    nok(r.total, hand);
    assert!(within(r.total, published, 0.10), "{} vs {published}", r.total);
}

#[test]
fn c_11_thirty_one_positions_from_autumn_2022_match_the_2022_budget_line() {
    let published = find("C-11.budget-2022").unwrap().value;
    assert_eq!(published, 15_500_000.0);
    // The 2022 line pays for the 2022 part of the 31 positions starting 2022-09-01:
    // 4 hospital months each (Sep–Dec), 124 position months.
    let r = est(json!({ "positions": [{ "count": 31, "start": "2022-09-01", "kommune": "0301" }] }));
    let y2022 = r.by_year.iter().find(|y| y.year == 2022).unwrap();
    assert_eq!(y2022.position_months, 124.0);
    nok(y2022.amount, 124.0 * (50_500.0 * 1.30 * 1.141 + 44_000.0)); // 14 744 424.6 (−4.9 %)
    assert!(within(y2022.amount, published, 0.10), "{} vs {published}", y2022.amount);
}

#[test]
fn calibration_remainder_is_explicit() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2022-09-01" }] }));
    let row = r.parameters_used.iter().find(|p| p.id == "C-1.hospital-remainder").unwrap();
    assert_eq!(row.value, REMAINDER);
    assert!(r.assumptions.iter().any(|a| a.option == "C-1.hospital-remainder" && a.rule == "C-1"));
}
