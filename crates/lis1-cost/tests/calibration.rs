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
//!   2020-09-01, 53 MNOK in 2020) and C-2 (750 000 per LIS1 per kommune-year,
//!   the kommune's net cost without C-9, which is off by default).
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
/// Hospital month: + the fitted remainder 53 000 = 127 906.65.
const HOSPITAL_MONTH: f64 = PAY_MONTH + 53_000.0;
/// Municipal month: + C-10 supervision 63 500 / 12 = 80 198.32. No C-9
/// overhead: it is off by default (C-9, corrected 2026-12-06).
const MUNICIPAL_MONTH: f64 = PAY_MONTH + 63_500.0 / 12.0;

// One position's parts in whole kroner (the rounding rule: each component
// rounded, then summed), zone I:
// hospital, 12 months: salary 606 000 + feriepenger 72 720 + pension
// 109 080 + arbeidsgiveravgift 14.1 % × 787 800 = 111 079.8 → 111 080 +
// remainder 12 × 53 000 = 636 000 → 1 534 880;
const HOSPITAL_PART: f64 = 606_000.0 + 72_720.0 + 109_080.0 + 111_080.0 + 636_000.0;
// municipal, 6 months: salary 303 000 + 36 360 + 54 540 + 14.1 % × 393 900 =
// 55 539.9 → 55 540 + supervision 31 750 → 481 190.
const MUNICIPAL_PART: f64 = 303_000.0 + 36_360.0 + 54_540.0 + 55_540.0 + 31_750.0;

// ---- The fit (uses C-1 and C-11) ----

#[test]
fn arithmetic_the_remainder_is_the_rounded_fit_to_c_1_and_c_11() {
    let (c1, c11) = (source("C-1.total-18-months"), source("C-11.budget-2022"));
    assert_eq!((c1, c11), (2_061_000.0, 15_500_000.0));
    // C-1 = 12 h + 6 × MUNICIPAL_MONTH (= 481 189.90: the municipal part the
    // model computes by default, without C-9 — the fit depends on C-9's
    // default), C-11 ≈ 124 h (31 positions × Sep–Dec 2022). Equal and
    // opposite relative errors:
    // (12 h + 481 189.90) / C-1 − 1 = 1 − 124 h / C-11
    // → h = (2 − 481 189.90 / C-1) / (12 / C-1 + 124 / C-11) = 127 801.53.
    let municipal = 6.0 * MUNICIPAL_MONTH;
    assert!((municipal - 481_189.90).abs() < 0.005, "{municipal}");
    let h = (2.0 - municipal / c1) / (12.0 / c1 + 124.0 / c11);
    assert!((h - 127_801.53).abs() < 0.01, "{h}");
    // Both residuals of the exact fit are ∓2.24 %.
    assert!(((12.0 * h + municipal) / c1 - 1.0 + 0.0224).abs() < 0.0001);
    assert!((124.0 * h / c11 - 1.0 - 0.0224).abs() < 0.0001);
    // Remainder = h − PAY_MONTH = 52 894.88, rounded to the thousand: 53 000.
    let remainder = h - PAY_MONTH;
    assert!((remainder - 52_894.88).abs() < 0.01, "{remainder}");
    assert_eq!((remainder / 1000.0).round() * 1000.0, source("C-1.hospital-remainder"));
    // With C-9 in every municipal part (6 × 121 864.98 = 731 189.90, the
    // reading before 2026-12-06) the same fit gave 44 119.26 → 44 000: the
    // fit does depend on C-9.
    let with_c9 = 6.0 * (MUNICIPAL_MONTH + 500_000.0 / 12.0);
    let h9 = (2.0 - with_c9 / c1) / (12.0 / c1 + 124.0 / c11);
    assert!((h9 - PAY_MONTH - 44_119.26).abs() < 0.01, "{h9}");
}

#[test]
fn arithmetic_fit_residual_c_1_one_full_time_lis1_over_18_months() {
    // Not a check: C-1 is one of the two figures the remainder is fitted to.
    let r = est(json!({ "positions": [{ "count": 1, "start": "2019-09-01", "kommune": "0301" }] }));
    // 1 534 880 + 481 190 = 2 016 070 (12 × 127 906.65 + 6 × 80 198.32 =
    // 2 016 069.7 before rounding the parts).
    assert_eq!(r.total, HOSPITAL_PART + MUNICIPAL_PART);
    assert_eq!(r.total, 2_016_070.0);
    nok(r.total, 12.0 * HOSPITAL_MONTH + 6.0 * MUNICIPAL_MONTH);
    // 2 016 070 / 2 061 000 − 1 = −2.18 %.
    assert_documented(r.total, source("C-1.total-18-months"), -2.2, "PASS");
}

#[test]
fn arithmetic_fit_residual_c_11_thirty_one_positions_in_2022() {
    // Not a check: C-11 is the other figure of the fit. The 2022 line pays
    // for the 2022 part of the 31 positions starting 2022-09-01 (seed 004):
    // 4 hospital months each (Sep–Dec), 124 position months.
    let r = est(json!({ "positions": [{ "count": 31, "start": "2022-09-01", "kommune": "0301" }] }));
    let y2022 = r.by_year.iter().find(|y| y.year == 2022).unwrap();
    assert_eq!(y2022.position_months, 124.0);
    // Each position's hospital part, 1 534 880, spread over its 12 months:
    // 2022 gets round(1 534 880 × 4 / 12 = 511 626.67) = 511 627; × 31 =
    // 15 860 437 (124 × 127 906.65 = 15 860 424.6 unrounded).
    assert_eq!(y2022.amount, 31.0 * 511_627.0);
    // 15 860 437 / 15 500 000 − 1 = +2.33 %.
    assert_documented(y2022.amount, source("C-11.budget-2022"), 2.3, "PASS");
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
    // 100 × round(1 534 880 × 4 / 12) = 100 × 511 627 = 51 162 700
    // (400 × 127 906.65 = 51 162 660 unrounded).
    assert_eq!(y2020.amount, 100.0 * 511_627.0);
    // 51 162 700 / 53 000 000 − 1 = −3.47 %: within 10 %, PASS. The source
    // implies 53 000 000 / 400 = 132 500 per hospital month, a little above
    // the model's 127 906.65.
    assert_documented(y2020.amount, budget, -3.5, "PASS");
}

/// One LIS1 all year 2019 in Bergen (4601, zone I): the municipal parts of
/// the rounds from 2018-09-01 (Jan–Feb 2019), 2019-03-01 (Mar–Aug) and
/// 2019-09-01 (Sep–Dec) fill budget year 2019 with 12 municipal months (C-21).
fn kommune_year_2019(options: serde_json::Value) -> lis1_cost::YearRow {
    let r = est(json!({ "positions": [
        { "count": 1, "start": "2018-09-01", "part": "municipal", "kommune": "4601" },
        { "count": 1, "start": "2019-03-01", "part": "municipal", "kommune": "4601" },
        { "count": 1, "start": "2019-09-01", "part": "municipal", "kommune": "4601" },
    ], "options": options }));
    let y2019 = r.by_year.iter().find(|y| y.year == 2019).unwrap().clone();
    assert_eq!(y2019.position_months, 12.0);
    y2019
}

#[test]
fn check_c_2_a_kommune_year_of_one_lis1() {
    // Rule C-2: a kommune's average cost per LIS1 per year, 750 000
    // (2019; R-2021, seed 001, l. 2297–2299: "Kommunene har utgifter til LIS1 på
    // gjennomsnittlig 750 000 kroner pr år", seed 000 Bergen "ca. 750,000 pr
    // LIS1 pr år"). An independent check: the fit uses C-1 and C-11 only.
    let c2 = source("C-2.kommune-per-year");
    assert_eq!(c2, 750_000.0);
    let y2019 = kommune_year_2019(json!({}));
    // Each municipal part is 481 190 (MUNICIPAL_PART, no C-9 by default).
    // 2018-09-01's part has 2 of its 6 months in 2019: 481 190 −
    // round(481 190 × 4/6 = 320 793.33) = 160 397; 2019-03-01's all 481 190;
    // 2019-09-01's round(481 190 × 4/6) = 320 793. Sum 962 380 (= 12 ×
    // 80 198.32 = 962 379.8 unrounded).
    assert_eq!(y2019.amount, (MUNICIPAL_PART - 320_793.0) + MUNICIPAL_PART + 320_793.0);
    assert_eq!(y2019.amount, 962_380.0);
    // All payers: 962 380 / 750 000 − 1 = +28.3 %, REPORTED (C-2 is the
    // kommune's cost, see below).
    assert_documented(y2019.amount, c2, 28.3, "REPORTED");
    // The C-3 grant (V2017, 130 000 per 6 months) spread the same way:
    // (130 000 − 86 667) + 130 000 + 86 667 = 260 000 to the state, so the
    // kommune's own net cost is 962 380 − 260 000 = 702 380.
    assert_eq!(y2019.by_payer.state, 260_000.0);
    assert_eq!(y2019.by_payer.kommune, 702_380.0);
    // 702 380 / 750 000 − 1 = −6.35 %: within 10 % without C-9, PASS.
    assert_documented(y2019.by_payer.kommune, c2, -6.3, "PASS");
}

#[test]
fn check_c_2_with_the_office_overhead_on_is_far_above() {
    // C-9 (corrected 2026-12-06): added to every position the 500 000 a year
    // puts the kommune far above C-2, which is why it is opt-in. Each
    // municipal part gains 6 × 500 000 / 12 = 250 000 → 731 190. 2019 gets
    // 731 190 − round(731 190 × 4/6 = 487 460) = 243 730, then 731 190, then
    // 487 460: 1 462 380, less the 260 000 grant = 1 202 380 (= 702 380 +
    // 500 000): +60.3 % on 750 000.
    let y2019 = kommune_year_2019(json!({ "officeCapacity": true }));
    assert_eq!(y2019.by_payer.kommune, 1_202_380.0);
    assert_documented(y2019.by_payer.kommune, source("C-2.kommune-per-year"), 60.3, "REPORTED");
}

#[test]
fn calibration_remainder_is_explicit() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2022-09-01" }] }));
    let row = r.parameters_used.iter().find(|p| p.id == "C-1.hospital-remainder").unwrap();
    assert_eq!(row.value, REMAINDER);
    assert!(r.assumptions.iter().any(|a| a.option == "C-1.hospital-remainder" && a.rule == "C-1"));
}
