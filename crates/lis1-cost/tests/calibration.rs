//! Calibration of the cost model against published figures (docs/rules.md section 5),
//! with the fit kept apart from the checks (issue 14 item 8; the table is in
//! `docs/calibration.md`).
//!
//! - **Fit**: the one free row, `C-1.hospital-remainder`, is fitted to C-1
//!   (2 061 000 for one LIS1 over 18 months) and C-11 (15.5 MNOK in the 2022
//!   budget for 31 positions' first 4 months). The tests named `arithmetic_…`
//!   redo that arithmetic and its residuals; they retype the model's formula
//!   and can only show that the fit was done as documented, not that the
//!   model is right.
//! - **Checks**: figures the fit does not use, C-12 (100 covid positions from
//!   2020-09-01, 53 MNOK in 2020) and C-2 (750 000 per LIS1 per kommune-year).
//!   The model's figure comes from [`lis1_cost::estimate_cost`]; each test
//!   asserts the deviation that `docs/calibration.md` documents, to its one
//!   decimal, and its status: PASS within 10 %, REPORTED outside. A deviation
//!   outside 10 % is reported there, not refitted away; if a change moves a
//!   deviation, these tests fail until the table is updated.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::*;
use lis1_cost::parameters::find;
use serde_json::json;

/// Relative deviation of the model's figure from the source figure.
fn deviation(model: f64, source: f64) -> f64 {
    model / source - 1.0
}

/// Asserts the deviation documented in `docs/calibration.md` (percent, one
/// decimal) and its status: within 10 % is PASS, outside is REPORTED.
#[track_caller]
fn assert_documented(model: f64, source: f64, documented_percent: f64, status: &str) {
    let percent = deviation(model, source) * 100.0;
    assert_eq!((percent * 10.0).round() / 10.0, documented_percent, "model {model} vs source {source}: {percent:.3} %");
    let got = if percent.abs() <= 10.0 { "PASS" } else { "REPORTED" };
    assert_eq!(got, status, "{percent:.3} %");
}

/// The table's value of a reference row.
fn source(id: &str) -> f64 {
    find(id).unwrap().value
}

// One full-time calendar month in zone I (14.1 %) with the default table,
// by hand from docs/rules.md section 5: salary C-4 606 000 / 12 = 50 500; feriepenger
// C-6 12 % and pension C-8 18 % on it → 65 650; arbeidsgiveravgift C-7
// × 1.141 → 74 906.65.
const PAY_MONTH: f64 = 50_500.0 * 1.30 * 1.141;
/// Hospital month: + the fitted remainder 44 000 = 118 906.65.
const HOSPITAL_MONTH: f64 = PAY_MONTH + 44_000.0;
/// Municipal month: + C-9 overhead 500 000 / 12 + C-10 supervision 63 500 / 12 = 121 864.98.
const MUNICIPAL_MONTH: f64 = PAY_MONTH + 500_000.0 / 12.0 + 63_500.0 / 12.0;

// ---- The fit (uses C-1 and C-11) ----

#[test]
fn arithmetic_the_remainder_is_the_rounded_fit_to_c_1_and_c_11() {
    let (c1, c11) = (source("C-1.total-18-months"), source("C-11.budget-2022"));
    assert_eq!((c1, c11), (2_061_000.0, 15_500_000.0));
    // C-1 = 12 h + 6 × MUNICIPAL_MONTH (= 731 189.90), C-11 ≈ 124 h (31
    // positions × Sep–Dec 2022). Equal and opposite relative errors:
    // (12 h + 731 189.90) / C-1 − 1 = 1 − 124 h / C-11
    // → h = (2 − 731 189.90 / C-1) / (12 / C-1 + 124 / C-11) = 119 025.91.
    let municipal = 6.0 * MUNICIPAL_MONTH;
    let h = (2.0 - municipal / c1) / (12.0 / c1 + 124.0 / c11);
    assert!((h - 119_025.91).abs() < 0.01, "{h}");
    // Remainder = h − PAY_MONTH = 44 119.26, rounded to the thousand: 44 000.
    let remainder = h - PAY_MONTH;
    assert!((remainder - 44_119.26).abs() < 0.01, "{remainder}");
    assert_eq!((remainder / 1000.0).round() * 1000.0, source("C-1.hospital-remainder"));
}

#[test]
fn arithmetic_fit_residual_c_1_one_full_time_lis1_over_18_months() {
    // Not a check: C-1 is one of the two figures the remainder is fitted to.
    let r = est(json!({ "positions": [{ "count": 1, "start": "2019-09-01", "kommune": "0301" }] }));
    // 12 × 118 906.65 + 6 × 121 864.98 = 2 158 069.7.
    nok(r.total, 12.0 * HOSPITAL_MONTH + 6.0 * MUNICIPAL_MONTH);
    assert_documented(r.total, source("C-1.total-18-months"), 4.7, "PASS");
}

#[test]
fn arithmetic_fit_residual_c_11_thirty_one_positions_in_2022() {
    // Not a check: C-11 is the other figure of the fit. The 2022 line pays
    // for the 2022 part of the 31 positions starting 2022-09-01 (seed 004):
    // 4 hospital months each (Sep–Dec), 124 position months.
    let r = est(json!({ "positions": [{ "count": 31, "start": "2022-09-01", "kommune": "0301" }] }));
    let y2022 = r.by_year.iter().find(|y| y.year == 2022).unwrap();
    assert_eq!(y2022.position_months, 124.0);
    nok(y2022.amount, 124.0 * HOSPITAL_MONTH); // 14 744 424.6
    assert_documented(y2022.amount, source("C-11.budget-2022"), -4.9, "PASS");
}

// ---- Checks against figures the fit does not use ----

#[test]
fn check_c_12_hundred_covid_positions_from_september_2020_cost_in_2020() {
    // Rule C-12: 100 temporary covid LIS1 positions from 2020-09-01,
    // 53 000 000 (2020). Seed 001 (note 40): all 100 started in hospital on
    // 1 September 2020 and go to the kommuner on 1 September 2021. Read as
    // C-11 is read: the 2020 money pays the positions' 2020 months, Sep–Dec
    // = 4 hospital months each, 400 position months (C-21). Zone I assumed
    // (the source names no employers).
    let (count, budget) = (source("C-12.covid-positions-count"), source("C-12.covid-positions-2020"));
    assert_eq!((count, budget), (100.0, 53_000_000.0));
    let r = est(json!({ "positions": [{ "count": count, "start": "2020-09-01" }] }));
    let y2020 = r.by_year.iter().find(|y| y.year == 2020).unwrap();
    assert_eq!(y2020.position_months, 400.0);
    nok(y2020.amount, 400.0 * HOSPITAL_MONTH); // 47 562 660
                                               // 47 562 660 / 53 000 000 − 1 = −10.26 %: just outside 10 %, REPORTED.
                                               // The source implies 53 000 000 / 400 = 132 500 per hospital month,
                                               // above both fit figures (C-1 alone gives 110 818, C-11 alone 125 000).
    assert_documented(y2020.amount, budget, -10.3, "REPORTED");
}

#[test]
fn check_c_2_a_kommune_year_of_one_lis1() {
    // Rule C-2: a kommune's average cost per LIS1 per year, 750 000
    // (2019; R-2021, seed 001, l. 2297–2299: "Kommunene har utgifter til LIS1 på
    // gjennomsnittlig 750 000 kroner pr år", seed 000 Bergen "ca. 750,000 pr
    // LIS1 pr år"). One LIS1 all year in Bergen (4601, zone I): the municipal
    // parts of the rounds from 2018-09-01 (Jan–Feb 2019), 2019-03-01
    // (Mar–Aug) and 2019-09-01 (Sep–Dec) fill budget year 2019 with 12
    // municipal months (C-21).
    let r = est(json!({ "positions": [
        { "count": 1, "start": "2018-09-01", "part": "municipal", "kommune": "4601" },
        { "count": 1, "start": "2019-03-01", "part": "municipal", "kommune": "4601" },
        { "count": 1, "start": "2019-09-01", "part": "municipal", "kommune": "4601" },
    ] }));
    let y2019 = r.by_year.iter().find(|y| y.year == 2019).unwrap();
    assert_eq!(y2019.position_months, 12.0);
    let c2 = source("C-2.kommune-per-year");
    assert_eq!(c2, 750_000.0);
    // All payers: 12 × 121 864.98 = 1 462 379.8 (+95.0 %).
    nok(y2019.amount, 12.0 * MUNICIPAL_MONTH);
    assert_documented(y2019.amount, c2, 95.0, "REPORTED");
    // The kommune's own share, net of the C-3 grant (V2017, 130 000 per
    // 6 months → 260 000 a year): 1 202 379.8 (+60.3 %). C-9's 500 000
    // overhead, read as per year (an assumption: the source gives no time
    // unit), is most of the gap; see docs/calibration.md.
    nok(y2019.by_payer.kommune, 12.0 * MUNICIPAL_MONTH - 260_000.0);
    nok(y2019.by_payer.state, 260_000.0);
    assert_documented(y2019.by_payer.kommune, c2, 60.3, "REPORTED");
}

#[test]
fn calibration_remainder_is_explicit() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2022-09-01" }] }));
    let row = r.parameters_used.iter().find(|p| p.id == "C-1.hospital-remainder").unwrap();
    assert_eq!(row.value, REMAINDER);
    assert!(r.assumptions.iter().any(|a| a.option == "C-1.hospital-remainder" && a.rule == "C-1"));
}
