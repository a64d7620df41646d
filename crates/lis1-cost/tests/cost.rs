//! Per position, part and payer (C-20), zones (C-7), grants (C-3),
//! part-time (S-4), overrides and price index. Expected values are derived
//! here by hand from docs/rules.md section 5 and the parameter table's defaults.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::*;
use serde_json::json;

#[test]
fn c_20_full_time_position_in_oslo_every_component_and_payer() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }] }));
    let h = &r.per_position.hospital;
    // Hospital: 12 months.
    nok(h.salary, 606_000.0); // 50 500 × 12
    nok(h.holiday_pay, 72_720.0); // 12 % of 606 000
    nok(h.pension, 109_080.0); // 18 % of 606 000
    nok(h.employer_tax, 111_079.8); // 14.1 % × (606 000 + 72 720 + 109 080 = 787 800)
    nok(h.remainder, 528_000.0); // 44 000 × 12
    nok(h.supervision, 0.0);
    nok(h.overhead, 0.0);
    let hospital = 606_000.0 + 72_720.0 + 109_080.0 + 111_079.8 + 528_000.0; // 1 426 879.8
    nok(h.total, hospital);
    nok(h.by_payer.helseforetak, hospital);
    assert_eq!((h.start.as_deref(), h.end.as_deref()), (Some("2023-09-01"), Some("2024-08-31")));
    assert_eq!(h.months, 12.0);

    // Municipal: 6 months from 2024-09-01, grant V2022 (140 000, the last known rate).
    let m = &r.per_position.municipal;
    nok(m.salary, 303_000.0);
    nok(m.holiday_pay, 36_360.0);
    nok(m.pension, 54_540.0);
    nok(m.employer_tax, 55_539.9); // 14.1 % × 393 900
    nok(m.supervision, 31_750.0); // 63 500 / 2
    nok(m.overhead, 250_000.0); // 500 000 / 2
    nok(m.remainder, 0.0);
    let municipal = 303_000.0 + 36_360.0 + 54_540.0 + 55_539.9 + 31_750.0 + 250_000.0; // 731 189.9
    nok(m.total, municipal);
    nok(m.grants, 140_000.0);
    nok(m.by_payer.kommune, municipal - 140_000.0);
    nok(m.by_payer.state, 140_000.0);
    assert_eq!((m.start.as_deref(), m.end.as_deref()), (Some("2024-09-01"), Some("2025-02-28")));

    nok(r.total, hospital + municipal);
    nok(r.per_position.total, hospital + municipal);
    nok(r.by_payer.helseforetak, hospital);
    nok(r.by_payer.kommune, municipal - 140_000.0);
    nok(r.by_payer.state, 140_000.0);
    assert_eq!(r.rows[0].zone, "I");
    assert_eq!(r.rows[0].employer_tax_rate, 14.1);
}

#[test]
fn c_7_employer_tax_follows_the_kommune_zone() {
    // Hospital part employer tax = rate × pay base of 12 months (787 800).
    let base = pay_base(12.0);
    nok(base, 787_800.0);
    for (kommune, zone, rate) in [
        ("0301", "I", 0.141),   // Oslo
        ("4601", "I", 0.141),   // Bergen
        ("1144", "Ia", 0.141),  // Kvitsøy: Ia, fribeløp assumed used → 14.1 %
        ("1133", "II", 0.106),  // Hjelmeland
        ("1511", "III", 0.064), // Vanylven
        ("1806", "IV", 0.051),  // Narvik
        ("1804", "IVa", 0.079), // Bodø
        ("5501", "IVa", 0.079), // Tromsø
        ("5601", "V", 0.0),     // Alta
    ] {
        let r = est(
            json!({ "positions": [{ "count": 1, "start": "2023-09-01", "part": "hospital", "kommune": kommune }] }),
        );
        assert_eq!(r.rows[0].zone, zone, "{kommune}");
        nok(r.per_position.hospital.employer_tax, rate * base);
    }
}

#[test]
fn c_7_zone_ia_within_the_exemption_uses_the_reduced_rate() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "part": "hospital", "kommune": "1144" }],
                        "options": { "iaWithinExemption": true } }));
    nok(r.per_position.hospital.employer_tax, 0.106 * 787_800.0);
    assert!(r.assumptions.iter().any(|a| a.option == "iaWithinExemption" && a.value == "true"));
    let used: Vec<_> = r.parameters_used.iter().map(|p| p.id).collect();
    assert!(used.contains(&"C-7.zone-Ia"));
}

#[test]
fn c_7_split_kommune_needs_a_zone() {
    let issues = err(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "4225" }] }));
    assert_eq!(issues, vec![("/positions/0/zone".to_owned(), "cost.zone-required")]);
    let e = lis1_cost::estimate_cost(&input(
        json!({ "lang": "en", "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "4225" }] }),
    ))
    .unwrap_err();
    assert!(e.issues[0].message.contains("4225 Lyngdal"), "{}", e.issues[0].message);
    assert!(e.issues[0].message.contains("I, Ia"), "{}", e.issues[0].message);

    // With the zone of the part (Gamle Audnedal is Ia): OK, at the Ia rate.
    let r = est(
        json!({ "positions": [{ "count": 1, "start": "2023-09-01", "part": "hospital", "kommune": "4225", "zone": "Ia" }],
                        "options": { "iaWithinExemption": true } }),
    );
    nok(r.per_position.hospital.employer_tax, 0.106 * 787_800.0);
    // Orkland has parts in I, II and III.
    let r = est(
        json!({ "positions": [{ "count": 1, "start": "2023-09-01", "part": "hospital", "kommune": "5059", "zone": "III" }] }),
    );
    nok(r.per_position.hospital.employer_tax, 0.064 * 787_800.0);
    // A zone the kommune does not have.
    let issues = err(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "4225", "zone": "III" }] }));
    assert_eq!(issues, vec![("/positions/0/zone".to_owned(), "cost.zone-mismatch")]);
}

#[test]
fn c_7_zone_without_kommune_and_default_zone_is_an_assumption() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "part": "hospital", "zone": "V" }] }));
    nok(r.per_position.hospital.employer_tax, 0.0);
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "part": "hospital" }] }));
    assert!(r.rows[0].zone_assumed);
    assert!(r.assumptions.iter().any(|a| a.option == "zone" && a.value == "I" && a.rule == "C-7"));
}

#[test]
fn c_3_grant_is_the_rate_of_the_municipal_half_year() {
    let grant = |start: &str| {
        est(json!({ "positions": [{ "count": 1, "start": start, "kommune": "0301" }] })).per_position.municipal.grants
    };
    nok(grant("2017-03-01"), 130_000.0); // municipal 2018-03-01: V2017
    nok(grant("2020-03-01"), 130_000.0); // municipal 2021-03-01: V2017 still
    nok(grant("2020-09-01"), 138_000.0); // municipal 2021-09-01: H2021
    nok(grant("2021-03-01"), 140_000.0); // municipal 2022-03-01: V2022
                                         // Municipal part only, 3 counted months: half a half-year's grant.
    let r = est(
        json!({ "positions": [{ "count": 1, "start": "2021-09-01", "part": "municipal", "municipalMonths": 3, "kommune": "0301" }] }),
    );
    nok(r.per_position.municipal.grants, 138_000.0 / 2.0);
    nok(r.by_payer.state, 69_000.0);
}

#[test]
fn s_4_part_time_takes_more_calendar_months_paid_at_the_percentage() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "percent": 80, "kommune": "0301" }] }));
    let h = &r.per_position.hospital;
    // 12 / 0.8 = 15 calendar months (Worked example 4, docs/rules.md#example-4), each at 80 %.
    assert_eq!(h.months, 15.0);
    assert_eq!(h.end.as_deref(), Some("2024-11-30"));
    nok(h.salary, 15.0 * 50_500.0 * 0.8); // = 606 000
    nok(h.remainder, 15.0 * 44_000.0 * 0.8); // = 528 000
    nok(h.total, 606_000.0 + 72_720.0 + 109_080.0 + 111_079.8 + 528_000.0);
    // Municipal: 6 / 0.8 = 7.5 calendar months; overhead and supervision per calendar month.
    let m = &r.per_position.municipal;
    assert_eq!(m.months, 7.5);
    assert_eq!(m.start.as_deref(), Some("2024-12-01"));
    nok(m.salary, 7.5 * 50_500.0 * 0.8); // 303 000
    nok(m.overhead, 7.5 * 500_000.0 / 12.0); // 312 500
    nok(m.supervision, 7.5 * 63_500.0 / 12.0); // 39 687.5
    nok(m.total, 303_000.0 + 36_360.0 + 54_540.0 + 55_539.9 + 312_500.0 + 39_687.5);
    nok(m.grants, 140_000.0); // one half-year grant for 6 counted months
}

#[test]
fn extra_months_of_make_up_service_are_paid() {
    let base =
        est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301", "part": "hospital" }] }));
    let extended =
        est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301", "part": "hospital",
                                              "extraMonths": { "hospital": 1 } }] }));
    // One more full hospital month: 50 500 × 1.30 × 1.141 + 44 000 = 118 906.65.
    nok(extended.total - base.total, 50_500.0 * 1.30 * 1.141 + 44_000.0);
    assert_eq!(extended.per_position.hospital.end.as_deref(), Some("2024-09-30"));
}

#[test]
fn c_6_holiday_pay_from_age_60() {
    let r = est(
        json!({ "positions": [{ "count": 1, "start": "2023-09-01", "part": "hospital", "over60": true, "kommune": "0301" }] }),
    );
    nok(r.per_position.hospital.holiday_pay, 0.143 * 606_000.0);
}

#[test]
fn counts_multiply_and_per_position_is_the_average() {
    let r = est(json!({ "positions": [
        { "count": 2, "start": "2023-09-01", "part": "hospital", "kommune": "5601" },
        { "count": 1, "start": "2023-09-01", "part": "hospital", "kommune": "0301" }
    ] }));
    // Zone V: no tax; zone I: 111 079.8 per position.
    let v = 606_000.0 + 72_720.0 + 109_080.0 + 528_000.0; // 1 315 800
    let i = v + 111_079.8;
    nok(r.total, 2.0 * v + i);
    nok(r.per_position.total, (2.0 * v + i) / 3.0);
    nok(r.per_position.hospital.employer_tax, 111_079.8 / 3.0);
    nok(r.rows[0].total, 2.0 * v);
}

#[test]
fn overrides_replace_table_values_and_are_listed() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "part": "hospital", "kommune": "0301" }],
                        "parameters": { "C-4.salary": 720000, "C-8.pension": 20, "C-1.hospital-remainder": 0, "C-7.zone-I": 10 } }));
    let h = &r.per_position.hospital;
    nok(h.salary, 720_000.0);
    nok(h.holiday_pay, 86_400.0);
    nok(h.pension, 144_000.0);
    nok(h.employer_tax, 0.10 * (720_000.0 + 86_400.0 + 144_000.0));
    nok(h.remainder, 0.0);
    let salary = r.parameters_used.iter().find(|p| p.id == "C-4.salary").unwrap();
    assert!(salary.overridden);
    assert_eq!((salary.value, salary.table_value), (720_000.0, 606_000.0));
    let holiday = r.parameters_used.iter().find(|p| p.id == "C-6.holiday-pay").unwrap();
    assert!(!holiday.overridden);
    assert!(r.assumptions.iter().any(|a| a.option == "C-8.pension" && a.value == "20"));
    // Municipal parameters were not used by a hospital-only estimate.
    assert!(r.parameters_used.iter().all(|p| p.id != "C-9.overhead-per-year"));
}

#[test]
fn overriding_a_reference_parameter_warns() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }],
                        "parameters": { "C-1.total-18-months": 1 } }));
    assert!(r.warnings.iter().any(|w| w.code == "cost.parameter-reference"));
}

#[test]
fn parameters_used_carry_source_and_date() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }] }));
    let ids: Vec<_> = r.parameters_used.iter().map(|p| p.id).collect();
    for id in [
        "C-1.hospital-remainder",
        "C-3.grant-V2022",
        "C-4.salary",
        "C-6.holiday-pay",
        "C-7.zone-I",
        "C-8.pension",
        "C-9.overhead-per-year",
        "C-10.supervision-per-year",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let salary = r.parameters_used.iter().find(|p| p.id == "C-4.salary").unwrap();
    assert_eq!((salary.date, salary.price_year), ("2020-01-01", Some(2020)));
    assert!(!salary.source.is_empty());
    assert!(r.warnings.iter().any(|w| w.code == "cost.nominal-amounts"));
    for option in ["C-8.pension", "overheadTimeUnit", "C-1.hospital-remainder"] {
        assert!(r.assumptions.iter().any(|a| a.option == option), "{option}");
    }
}

#[test]
fn price_index_converts_money_parameters_to_the_price_year() {
    // Every money parameter used (2019 remainder, 2020 salary/overhead/supervision,
    // 2022 grant) is at index 100; price year 2024 at 110: all amounts × 1.1.
    let r = est(json!({ "positions": [{ "count": 1, "start": "2022-09-01", "kommune": "0301" }],
                        "priceYear": 2024,
                        "priceIndex": { "2019": 100, "2020": 100, "2022": 100, "2024": 110 } }));
    let nominal = 1_426_879.8 + 731_189.9;
    nok(r.total, nominal * 1.1);
    nok(r.by_payer.state, 140_000.0 * 1.1);
    assert_eq!(r.price_year, Some(2024));
    assert!(r.price_adjusted);
    assert!(r.warnings.iter().all(|w| w.code != "cost.nominal-amounts"));
}

#[test]
fn c_21_budget_years_of_a_position_crossing_year_ends() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2022-09-01", "kommune": "0301" }] }));
    let hospital_month = 50_500.0 * 1.30 * 1.141 + 44_000.0; // 118 906.65
    let municipal_month = 50_500.0 * 1.30 * 1.141 + 500_000.0 / 12.0 + 63_500.0 / 12.0; // 121 864.98
    let years: Vec<_> = r.by_year.iter().map(|y| (y.year, y.position_months)).collect();
    // Sep–Dec 2022 = 4; Jan–Aug 2023 hospital + Sep–Dec 2023 municipal = 12; Jan–Feb 2024 = 2.
    assert_eq!(years, vec![(2022, 4.0), (2023, 12.0), (2024, 2.0)]);
    nok(r.by_year[0].amount, 4.0 * hospital_month);
    nok(r.by_year[1].amount, 8.0 * hospital_month + 4.0 * municipal_month);
    nok(r.by_year[2].amount, 2.0 * municipal_month);
    // The grant follows the municipal months: 4/6 in 2023, 2/6 in 2024.
    nok(r.by_year[1].by_payer.state, 140_000.0 * 4.0 / 6.0);
    nok(r.by_year[2].by_payer.state, 140_000.0 * 2.0 / 6.0);
    nok(r.by_year.iter().map(|y| y.amount).sum::<f64>(), r.total);
}

#[test]
fn make_up_months_move_the_municipal_part_which_counts_from_its_own_start() {
    // The date conventions (docs/rules.md#date-conventions, corrected), S-10, C-21. Hospital
    // 12 + 0.5 make-up months from 2023-09-01: 12 whole months end
    // 2024-08-31; 0.5 of the next window (September 2024, 30 days) = 15 days
    // → ends 2024-09-15. The municipal part starts 2024-09-16 and its 6
    // months end the day before 2025-03-16: 2025-03-15. (The calendar-month
    // projection from the position start said 2025-03-16.)
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301",
                                          "extraMonths": { "hospital": 0.5 } }] }));
    let (h, m) = (&r.per_position.hospital, &r.per_position.municipal);
    assert_eq!((h.start.as_deref(), h.end.as_deref()), (Some("2023-09-01"), Some("2024-09-15")));
    assert_eq!((m.start.as_deref(), m.end.as_deref()), (Some("2024-09-16"), Some("2025-03-15")));
    // Budget years: hospital Sep–Dec 2023 = 4, the other 8.5 in 2024. The
    // municipal part has, before 2025, 3 whole months (16 Sep–15 Dec) and 16
    // days (16–31 Dec) of the 31-day window 16 Dec–15 Jan: 3 + 16/31 =
    // 3.516; 2025 has 6 − 3.516 = 2.484. (Before: 3.5 and 2.5.)
    let hospital_month = 50_500.0 * 1.30 * 1.141 + 44_000.0; // 118 906.65
    let municipal_month = 50_500.0 * 1.30 * 1.141 + 500_000.0 / 12.0 + 63_500.0 / 12.0; // 121 864.98
    let in_2024 = 3.0 + 16.0 / 31.0;
    let years: Vec<_> = r.by_year.iter().map(|y| (y.year, y.position_months)).collect();
    assert_eq!(years, vec![(2023, 4.0), (2024, 12.02), (2025, 2.48)]);
    nok(r.by_year[0].amount, 4.0 * hospital_month);
    nok(r.by_year[1].amount, 8.5 * hospital_month + in_2024 * municipal_month);
    nok(r.by_year[2].amount, (6.0 - in_2024) * municipal_month);
    nok(r.total, 12.5 * hospital_month + 6.0 * municipal_month);
}

#[test]
fn c_21_budget_years_are_in_calendar_order_whatever_the_order_of_positions() {
    // The later intake first: 2024-09-01 covers Sep 2024 – Feb 2026 (4 + 12 + 2 months),
    // 2022-09-01 covers Sep 2022 – Feb 2024 (4 + 12 + 2), as in the test above.
    let r = est(json!({ "positions": [
        { "count": 1, "start": "2024-09-01", "kommune": "0301" },
        { "count": 1, "start": "2022-09-01", "kommune": "0301" },
    ] }));
    let years: Vec<_> = r.by_year.iter().map(|y| (y.year, y.position_months)).collect();
    assert_eq!(years, vec![(2022, 4.0), (2023, 12.0), (2024, 2.0 + 4.0), (2025, 12.0), (2026, 2.0)]);
}

#[test]
fn c_21_two_rounds_and_part_time_across_years() {
    let r = est(json!({ "positions": [
        { "count": 10, "start": "2023-03-01", "kommune": "0301" },
        { "count": 5, "start": "2023-09-01", "kommune": "0301", "percent": 80 }
    ] }));
    // Round 1 (10 × 18 months from March 2023): 10 in 2023 (Mar–Dec), 8 in 2024 (Jan–Aug).
    // Round 2 (5 × (15 + 7.5) months from Sep 2023): 4 in 2023, 12 in 2024, 6.5 in 2025 (Jan–Jul, July half).
    let years: Vec<_> = r.by_year.iter().map(|y| (y.year, y.position_months, y.fte_months)).collect();
    assert_eq!(
        years,
        vec![
            (2023, 10.0 * 10.0 + 5.0 * 4.0, 10.0 * 10.0 + 5.0 * 4.0 * 0.8),
            (2024, 10.0 * 8.0 + 5.0 * 12.0, 10.0 * 8.0 + 5.0 * 12.0 * 0.8),
            (2025, 5.0 * 6.5, 5.0 * 6.5 * 0.8),
        ]
    );
}

#[test]
fn c_22_p_1_offer_only_the_missing_hospital_months_saves_six_hospital_months() {
    // Worked example 3 (docs/rules.md#example-3): 6 hospital months already served; P-1 offers 6 + 6.
    let a = input(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }] }));
    let b =
        input(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301", "hospitalMonths": 6 }] }));
    let c = lis1_cost::compare(&a, &b).unwrap();
    let hospital_month = 50_500.0 * 1.30 * 1.141 + 44_000.0;
    nok(c.saving, 6.0 * hospital_month); // 713 439.9
    nok(c.difference, -6.0 * hospital_month);
    nok(c.by_payer.helseforetak, -6.0 * hospital_month);
    nok(c.by_payer.state, 0.0);
    let months: f64 = c.by_year.iter().map(|y| y.position_months).sum();
    assert_eq!(months, -6.0);
}

#[test]
fn c_22_comparison_reports_issues_of_both_scenarios() {
    let a = input(json!({ "positions": [{ "count": -1, "start": "2023-09-01" }] }));
    let b = input(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "9999" }] }));
    let e = lis1_cost::compare(&a, &b).unwrap_err();
    let got: Vec<_> = e.issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(
        got,
        vec![("/a/positions/0/count", "cost.count-invalid"), ("/b/positions/0/kommune", "cost.kommune-unknown")]
    );
}

#[test]
fn c_22_comparison_input_reads_a_and_b_and_refuses_unknown_fields() {
    let c: lis1_cost::CostComparisonInput = serde_json::from_value(json!({
        "a": { "positions": [{ "count": 1, "start": "2023-09-01" }] },
        "b": { "positions": [{ "count": 1, "start": "2023-09-01", "hospitalMonths": 6 }] },
        "lang": "en"
    }))
    .unwrap();
    assert_eq!(c.b.positions[0].hospital_months, Some(6.0));
    let extra = serde_json::from_value::<lis1_cost::CostComparisonInput>(
        json!({ "a": { "positions": [] }, "b": { "positions": [] }, "c": {} }),
    );
    assert!(extra.is_err(), "deny_unknown_fields");
    let missing = serde_json::from_value::<lis1_cost::CostComparisonInput>(json!({ "a": { "positions": [] } }));
    assert!(missing.is_err(), "b is required");
}

#[test]
fn c_22_compare_costs_saves_six_hospital_months_under_p_1() {
    // Worked example 3 (docs/rules.md#example-3) as one comparison input: the same figures as
    // compare(a, b) above, 6 × (50 500 × 1.30 × 1.141 + 44 000) = 713 439.9.
    let c: lis1_cost::CostComparisonInput = serde_json::from_value(json!({
        "a": { "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }] },
        "b": { "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301", "hospitalMonths": 6 }] }
    }))
    .unwrap();
    let r = lis1_cost::compare_costs(&c).unwrap();
    nok(r.saving, 6.0 * (50_500.0 * 1.30 * 1.141 + 44_000.0));
    assert!(lis1_cost::validate_comparison(&c).is_empty());
}

#[test]
fn c_22_comparison_issues_are_under_a_and_b_in_the_comparison_language() {
    // The comparison's lang (en) applies to both scenarios, over scenario a's own (nn); b has none.
    let c: lis1_cost::CostComparisonInput = serde_json::from_value(json!({
        "a": { "positions": [{ "count": 1, "start": "2023-09-15" }], "lang": "nn" },
        "b": { "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "9999" }] },
        "lang": "en"
    }))
    .unwrap();
    let issues = lis1_cost::validate_comparison(&c);
    let got: Vec<_> = issues.iter().map(|i| (i.path.as_str(), i.code, i.rule)).collect();
    // S-10: a LIS1 starts on the 1st; C-7: the zone comes from a known kommune.
    assert_eq!(
        got,
        vec![
            ("/a/positions/0/start", "cost.start-not-first", Some("S-10")),
            ("/b/positions/0/kommune", "cost.kommune-unknown", Some("C-7"))
        ]
    );
    for issue in &issues {
        let def = lis1_cost::messages::ALL.iter().find(|m| m.code == issue.code).unwrap();
        assert!(issue.message.starts_with(def.en.split('{').next().unwrap()), "{}: {}", issue.code, issue.message);
    }
    let thrown = lis1_cost::compare_costs(&c).unwrap_err();
    assert_eq!(thrown.issues, issues);
    // Without the comparison's lang, one error is still in one language: the default, nb (the API's
    // `lang` defaults to nb), for both scenarios — scenario a's own "nn" does not apply inside a comparison (review 6).
    let own = lis1_cost::CostComparisonInput { lang: None, ..c };
    let issues = lis1_cost::validate_comparison(&own);
    // Bokmål "må være den 1. i en måned" (nn would be "må vere den 1. i ein månad").
    assert!(issues[0].message.contains("må være den 1. i en måned"), "{}", issues[0].message);
    // Bokmål "Bruk firesifret" (nn "Bruk firesifra").
    assert!(issues[1].message.contains("Bruk firesifret kommunenummer fra 2024"), "{}", issues[1].message);
    assert_eq!(lis1_cost::compare_costs(&own).unwrap_err().issues, issues);
    // The results' texts too: a valid comparison without lang gives both results in nb, even if a says en.
    let ok: lis1_cost::CostComparisonInput = serde_json::from_value(json!({
        "a": { "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }], "lang": "en" },
        "b": { "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301", "hospitalMonths": 6 }] }
    }))
    .unwrap();
    let r = lis1_cost::compare_costs(&ok).unwrap();
    let nb_a = lis1_cost::estimate_cost(&input(
        json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }], "lang": "nb" }),
    ))
    .unwrap();
    assert_eq!(r.a, nb_a);
}

#[test]
fn result_serialises_with_the_api_names() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2024-09-01", "kommune": "0301" }], "priceYear": 2024 }));
    let v = serde_json::to_value(&r).unwrap();
    for key in
        ["perPosition", "byPayer", "byYear", "total", "parametersUsed", "priceYear", "warnings", "assumptions", "rows"]
    {
        assert!(v.get(key).is_some(), "{key}");
    }
    for key in ["hospital", "municipal", "total"] {
        assert!(v["perPosition"].get(key).is_some(), "{key}");
    }
    for key in ["helseforetak", "kommune", "state"] {
        assert!(v["byPayer"].get(key).is_some(), "{key}");
    }
    for key in ["year", "amount", "positionMonths"] {
        assert!(v["byYear"][0].get(key).is_some(), "{key}");
    }
    for key in ["id", "value", "source", "date", "overridden"] {
        assert!(v["parametersUsed"][0].get(key).is_some(), "{key}");
    }
    assert_eq!(v["assumptions"][0]["rule"], "C-8");
}

#[test]
fn c_7_rates_used_outside_their_validity_are_flagged() {
    // Rates are dated 2024-01-01..2025-12-31; a 2022 position uses them unchanged, with a warning.
    let r = est(json!({ "positions": [{ "count": 1, "start": "2022-09-01", "kommune": "0301" }] }));
    assert!(r.warnings.iter().any(|w| w.code == "cost.zone-rates-outside-validity"));
    let r = est(json!({ "positions": [{ "count": 1, "start": "2024-03-01", "kommune": "0301" }] }));
    // 2024-03-01..2025-08-31 lies inside.
    assert!(r.warnings.iter().all(|w| w.code != "cost.zone-rates-outside-validity"));
}
