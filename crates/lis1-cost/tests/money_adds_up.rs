//! Money adds up (issue 22 item 10): every total the result returns is the
//! sum of the rows it totals, to the krone, in every table — per part, per
//! position, per row, per payer, per budget year, with and without a price
//! index, and in a comparison. The rule (crate doc, "Money adds up"): each
//! component of one position's part is rounded to whole kroner, and every
//! total is a sum of those.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::*;
use lis1_cost::{CostBreakdown, CostResult, Payers};
use serde_json::{json, Value};

#[track_caller]
fn whole(x: f64, what: &str) {
    assert_eq!(x, x.round(), "{what} = {x} is not whole kroner");
}

#[track_caller]
fn payers_sum(p: &Payers) -> f64 {
    whole(p.helseforetak, "helseforetak");
    whole(p.kommune, "kommune");
    whole(p.state, "state");
    p.helseforetak + p.kommune + p.state
}

/// A part's `total` is the sum of its shown components; its payers sum to it;
/// the grant is the state's share.
#[track_caller]
fn part_adds_up(b: &CostBreakdown, what: &str) {
    let components = [b.salary, b.holiday_pay, b.pension, b.employer_tax, b.remainder, b.supervision, b.overhead];
    for c in components {
        whole(c, what);
    }
    whole(b.grants, what);
    assert_eq!(b.total, components.iter().sum::<f64>(), "{what}: total vs components");
    assert_eq!(payers_sum(&b.by_payer), b.total, "{what}: payers vs total");
    assert_eq!(b.by_payer.state, b.grants, "{what}: state = grant");
}

/// Every table of a result adds up.
#[track_caller]
fn adds_up(r: &CostResult, label: &str) {
    let p = &r.per_position;
    part_adds_up(&p.hospital, &format!("{label} perPosition.hospital"));
    part_adds_up(&p.municipal, &format!("{label} perPosition.municipal"));
    assert_eq!(p.total, p.hospital.total + p.municipal.total, "{label}: perPosition.total");
    for row in &r.rows {
        let pp = &row.per_position;
        part_adds_up(&pp.hospital, &format!("{label} row {} hospital", row.index));
        part_adds_up(&pp.municipal, &format!("{label} row {} municipal", row.index));
        assert_eq!(pp.total, pp.hospital.total + pp.municipal.total, "{label}: row {} per position", row.index);
        assert_eq!(row.total, row.count * pp.total, "{label}: row {} total = count × per position", row.index);
    }
    whole(r.total, "total");
    assert_eq!(r.total, r.rows.iter().map(|row| row.total).sum::<f64>(), "{label}: total vs rows");
    assert_eq!(r.total, payers_sum(&r.by_payer), "{label}: total vs byPayer");
    assert_eq!(r.total, r.by_year.iter().map(|y| y.amount).sum::<f64>(), "{label}: total vs byYear");
    for y in &r.by_year {
        whole(y.amount, "year amount");
        assert_eq!(y.amount, payers_sum(&y.by_payer), "{label}: year {} payers", y.year);
    }
    let year_payers = |f: fn(&Payers) -> f64| r.by_year.iter().map(|y| f(&y.by_payer)).sum::<f64>();
    assert_eq!(year_payers(|p| p.helseforetak), r.by_payer.helseforetak, "{label}: helseforetak over years");
    assert_eq!(year_payers(|p| p.kommune), r.by_payer.kommune, "{label}: kommune over years");
    assert_eq!(year_payers(|p| p.state), r.by_payer.state, "{label}: state over years");
    // Per payer: the rows' parts, times their counts.
    let hf: f64 = r.rows.iter().map(|row| row.count * row.per_position.hospital.total).sum();
    let state: f64 = r.rows.iter().map(|row| row.count * row.per_position.municipal.grants).sum();
    assert_eq!(r.by_payer.helseforetak, hf, "{label}: helseforetak vs rows");
    assert_eq!(r.by_payer.state, state, "{label}: state vs rows");
}

/// A price index whose ratios are not round: every converted amount has decimals.
fn odd_index() -> Value {
    json!({ "2016": 88.3, "2017": 90.1, "2019": 97.3, "2020": 98.6, "2021": 102.1, "2022": 104.1, "2024": 117.9, "2026": 123.7 })
}

fn inputs() -> Vec<(&'static str, Value)> {
    let two_rows = json!([
        { "count": 2, "start": "2022-09-01", "kommune": "0301" },
        { "count": 3, "start": "2023-03-01", "kommune": "1804", "percent": 80 },
    ]);
    vec![
        ("one position", json!({ "positions": [{ "count": 1, "start": "2022-09-01", "kommune": "0301" }] })),
        ("two positions", json!({ "positions": [{ "count": 2, "start": "2022-09-01", "kommune": "0301" }] })),
        (
            "two positions, price index",
            json!({ "positions": [{ "count": 2, "start": "2022-09-01", "kommune": "0301" }],
                    "priceYear": 2026, "priceIndex": odd_index() }),
        ),
        ("31 bound positions (C-11)", json!({ "positions": [{ "count": 31, "start": "2022-09-01" }] })),
        ("two rows, part-time", json!({ "positions": two_rows })),
        ("two rows, price index", json!({ "positions": two_rows, "priceYear": 2026, "priceIndex": odd_index() })),
        (
            "part-time, make-up months, over 60, a zero row, options on",
            json!({ "positions": [
                { "count": 7, "start": "2021-09-01", "kommune": "5501", "percent": 75, "extraMonths": { "hospital": 0.4, "municipal": 1.3 } },
                { "count": 0, "start": "2024-03-01" },
                { "count": 4, "start": "2024-03-01", "zone": "III", "over60": true, "hospitalMonths": 5.5, "municipalMonths": 4.25 },
                { "count": 3, "start": "2017-03-01", "part": "municipal", "percent": 60 },
              ],
              "options": { "officeCapacity": true, "supervisionRaiseOnTop": true } }),
        ),
        (
            "the same with a price index",
            json!({ "positions": [
                { "count": 7, "start": "2021-09-01", "kommune": "5501", "percent": 75, "extraMonths": { "hospital": 0.4, "municipal": 1.3 } },
                { "count": 4, "start": "2024-03-01", "zone": "III", "over60": true, "hospitalMonths": 5.5, "municipalMonths": 4.25 },
                { "count": 3, "start": "2017-03-01", "part": "municipal", "percent": 60 },
              ],
              "options": { "officeCapacity": true, "supervisionRaiseOnTop": true },
              "priceYear": 2026, "priceIndex": odd_index() }),
        ),
    ]
}

#[test]
fn c_20_c_21_every_total_is_the_sum_of_its_rows_to_the_krone() {
    for (label, input) in inputs() {
        adds_up(&est(input), label);
    }
}

#[test]
fn c_20_a_price_adjusted_total_is_count_times_the_position_total() {
    // Issue 22 item 10: the price-adjusted total of 2 positions differed by 2 kr from twice the
    // per-position total. Now total = 2 × perPosition.total exactly, with or without the index.
    for (_, input) in inputs().into_iter().filter(|(l, _)| l.starts_with("two positions")) {
        let r = est(input);
        assert_eq!(r.total, 2.0 * r.per_position.total);
    }
}

#[test]
fn c_22_a_comparison_adds_up_too() {
    let all = inputs();
    for pair in all.windows(2) {
        let (a, b) = (common::input(pair[0].1.clone()), common::input(pair[1].1.clone()));
        let c = lis1_cost::compare(&a, &b).unwrap();
        assert_eq!(c.difference, c.b.total - c.a.total);
        assert_eq!(c.saving, -c.difference);
        assert_eq!(payers_sum(&c.by_payer), c.difference, "{} → {}", pair[0].0, pair[1].0);
        assert_eq!(c.by_year.iter().map(|y| y.amount).sum::<f64>(), c.difference, "{} → {}", pair[0].0, pair[1].0);
    }
}

#[test]
fn c_20_c_21_a_small_case_by_hand() {
    // 2 positions, municipal part only, 3 counted months at 80 % from 2024-11-01, zone II (10.6 %).
    // S-4: 3 / 0.8 = 3.75 calendar months: Nov, Dec 2024, Jan 2025 and 0.75 of the February window
    // (28 days → 21 days), ending 2025-02-21; 2 months in 2024, 1.75 in 2025 (C-21).
    let r = est(json!({ "positions": [{ "count": 2, "start": "2024-11-01", "part": "municipal", "municipalMonths": 3,
                                        "percent": 80, "zone": "II" }] }));
    let m = &r.per_position.municipal;
    assert_eq!((m.start.as_deref(), m.end.as_deref(), m.months), (Some("2024-11-01"), Some("2025-02-21"), 3.75));
    // Per calendar month at 80 %: salary 50 500 × 0.8 = 40 400, feriepenger 12 % = 4 848, pension
    // 18 % = 7 272, arbeidsgiveravgift 10.6 % × 52 520 = 5 567.12; supervision 63 500 / 12 (C-10,
    // not scaled by the percentage); no C-9 overhead (off by default).
    // × 3.75, each rounded: salary 151 500, feriepenger 18 180, pension 27 270, tax 20 876.70 →
    // 20 877, supervision 19 843.75 → 19 844.
    assert_eq!(
        (m.salary, m.holiday_pay, m.pension, m.employer_tax, m.supervision, m.overhead),
        (151_500.0, 18_180.0, 27_270.0, 20_877.0, 19_844.0, 0.0)
    );
    // The part: 151 500 + 18 180 + 27 270 + 20 877 + 19 844 = 237 671. C-3 grant (V2022, the
    // last known rate) for 3 of 6 counted months: 140 000 × 3/6 = 70 000; the kommune 167 671.
    assert_eq!(m.total, 237_671.0);
    assert_eq!((m.grants, m.by_payer.kommune, m.by_payer.state), (70_000.0, 167_671.0, 70_000.0));
    assert_eq!(r.per_position.total, 237_671.0);
    // Two positions: 475 342; kommune 335 342, state 140 000.
    assert_eq!(r.total, 475_342.0);
    assert_eq!((r.by_payer.helseforetak, r.by_payer.kommune, r.by_payer.state), (0.0, 335_342.0, 140_000.0));
    // Budget years: 2024 gets round(237 671 × 2 / 3.75 = 126 757.87) = 126 758, 2025 the rest
    // 110 913; the grant round(70 000 × 2 / 3.75 = 37 333.33) = 37 333 and 32 667. Times 2:
    // 2024: 253 516 (state 74 666, kommune 178 850); 2025: 221 826 (state 65 334, kommune 156 492).
    let years: Vec<_> =
        r.by_year.iter().map(|y| (y.year, y.amount, y.by_payer.kommune, y.by_payer.state, y.position_months)).collect();
    assert_eq!(years, vec![(2024, 253_516.0, 178_850.0, 74_666.0, 4.0), (2025, 221_826.0, 156_492.0, 65_334.0, 3.5)]);
    assert_eq!(253_516.0 + 221_826.0, r.total);
}

#[test]
fn the_view_shows_the_results_own_amounts_in_each_table_and_its_bars() {
    // What the element draws adds up as the result does: the per-position table's sum line is the sum of its
    // component lines, the payers' bars are the payers' amounts in the order helseforetak, kommune, state.
    let r = est(json!({"positions": [{"count": 1, "kommune": "1804", "start": "2026-09-01"}], "lang": "en"}));
    let v = lis1_cost::view::view(&r, lis1_core::Lang::En);
    assert_eq!(v.answer.part, "summary");
    assert!(v.answer.text.starts_with("Total cost: NOK "), "{}", v.answer.text);
    let tables: Vec<&lis1_core::view::Table> =
        v.blocks.iter().filter_map(|b| if let lis1_core::view::Block::Table(t) = b { Some(t) } else { None }).collect();
    let per_position = tables[0];
    assert_eq!(per_position.caption.as_deref(), Some("Per position"));
    let number = |cell: &str| cell.replace(',', "").replace('−', "-").parse::<f64>().unwrap();
    // Line 0 is the calendar months (12 + 6 = 18), lines 1–7 the components, line 8 their sum (line 9, the
    // state grant, is "of which").
    assert_eq!(per_position.rows[0][1..], ["12", "6", "18"]);
    for column in 1..=3 {
        let parts: f64 = per_position.rows[1..8].iter().map(|row| number(&row[column])).sum();
        assert_eq!(number(&per_position.rows[8][column]), parts, "column {column}");
    }
    let bars: Vec<&lis1_core::view::Bars> =
        v.blocks.iter().filter_map(|b| if let lis1_core::view::Block::Bars(c) = b { Some(c) } else { None }).collect();
    assert_eq!(bars[0].name, "chart-by-payer");
    let amounts: Vec<f64> = bars[0].bars.iter().map(|(_, a)| *a).collect();
    assert_eq!(amounts, [r.by_payer.helseforetak, r.by_payer.kommune, r.by_payer.state]);
    assert_eq!(bars[1].name, "chart-by-year");
}
