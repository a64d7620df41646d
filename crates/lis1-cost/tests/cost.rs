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
    // Hospital: 12 months. Each component in whole kroner (the rounding rule).
    assert_eq!(h.salary, 606_000.0); // 50 500 × 12
    assert_eq!(h.holiday_pay, 72_720.0); // 12 % of 606 000
    assert_eq!(h.pension, 109_080.0); // 18 % of 606 000
    assert_eq!(h.employer_tax, 111_080.0); // 14.1 % × (606 000 + 72 720 + 109 080 = 787 800) = 111 079.8
    assert_eq!(h.remainder, 636_000.0); // 53 000 × 12
    assert_eq!(h.supervision, 0.0);
    assert_eq!(h.overhead, 0.0);
    let hospital = 606_000.0 + 72_720.0 + 109_080.0 + 111_080.0 + 636_000.0; // 1 534 880
    assert_eq!(h.total, hospital);
    assert_eq!(h.by_payer.helseforetak, hospital);
    assert_eq!((h.start.as_deref(), h.end.as_deref()), (Some("2023-09-01"), Some("2024-08-31")));
    assert_eq!(h.months, 12.0);

    // Municipal: 6 months from 2024-09-01, grant V2022 (140 000, the last known rate).
    let m = &r.per_position.municipal;
    assert_eq!(m.salary, 303_000.0);
    assert_eq!(m.holiday_pay, 36_360.0);
    assert_eq!(m.pension, 54_540.0);
    assert_eq!(m.employer_tax, 55_540.0); // 14.1 % × 393 900 = 55 539.9
    assert_eq!(m.supervision, 31_750.0); // C-10: 63 500 / 2
    assert_eq!(m.overhead, 0.0); // C-9 is off by default (corrected 2026-12-06)
    assert_eq!(m.remainder, 0.0);
    let municipal = 303_000.0 + 36_360.0 + 54_540.0 + 55_540.0 + 31_750.0; // 481 190
    assert_eq!(m.total, municipal);
    assert_eq!(m.grants, 140_000.0);
    assert_eq!(m.by_payer.kommune, municipal - 140_000.0); // 341 190
    assert_eq!(m.by_payer.state, 140_000.0);
    assert_eq!((m.start.as_deref(), m.end.as_deref()), (Some("2024-09-01"), Some("2025-02-28")));

    assert_eq!(r.total, hospital + municipal); // 2 016 070
    assert_eq!(r.per_position.total, hospital + municipal);
    assert_eq!(r.by_payer.helseforetak, hospital);
    assert_eq!(r.by_payer.kommune, municipal - 140_000.0);
    assert_eq!(r.by_payer.state, 140_000.0);
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
    assert_eq!(h.salary, 606_000.0); // 15 × 50 500 × 0.8
    assert_eq!(h.remainder, 636_000.0); // 15 × 53 000 × 0.8
    assert_eq!(h.total, 606_000.0 + 72_720.0 + 109_080.0 + 111_080.0 + 636_000.0);
    // Municipal: 6 / 0.8 = 7.5 calendar months; supervision per calendar month, no C-9 overhead by default.
    let m = &r.per_position.municipal;
    assert_eq!(m.months, 7.5);
    assert_eq!(m.start.as_deref(), Some("2024-12-01"));
    assert_eq!(m.salary, 303_000.0); // 7.5 × 50 500 × 0.8
    assert_eq!(m.overhead, 0.0);
    assert_eq!(m.supervision, 39_688.0); // 7.5 × 63 500 / 12 = 39 687.5, rounded half away from zero
    assert_eq!(m.total, 303_000.0 + 36_360.0 + 54_540.0 + 55_540.0 + 39_688.0); // 489 128
    assert_eq!(m.grants, 140_000.0); // one half-year grant for 6 counted months
}

#[test]
fn extra_months_of_make_up_service_are_paid() {
    let base =
        est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301", "part": "hospital" }] }));
    let extended =
        est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301", "part": "hospital",
                                              "extraMonths": { "hospital": 1 } }] }));
    // One more full hospital month: 50 500 × 1.30 × 1.141 + 53 000 = 127 906.65.
    nok(extended.total - base.total, 50_500.0 * 1.30 * 1.141 + 53_000.0);
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
    // Zone V: no tax; zone I: 111 079.8 → 111 080 per position.
    let v = 606_000.0 + 72_720.0 + 109_080.0 + 636_000.0; // 1 423 800
    let i = v + 111_080.0; // 1 534 880
    assert_eq!(r.total, 2.0 * v + i); // 4 382 480
    assert_eq!(r.rows[0].total, 2.0 * v);
    assert_eq!(r.rows[1].total, i);
    // The average position: each component averaged and rounded, the total their sum:
    // employer tax 111 080 / 3 = 37 026.67 → 37 027; the others are equal in all rows.
    assert_eq!(r.per_position.hospital.employer_tax, 37_027.0);
    assert_eq!(r.per_position.total, v + 37_027.0); // 1 460 827 (4 382 480 / 3 = 1 460 826.67)
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
        "C-10.supervision-per-year",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    // C-9 and the C-10 raise are read only with their options.
    assert!(!ids.contains(&"C-9.overhead-per-year"), "{ids:?}");
    assert!(!ids.contains(&"C-10.supervision-4h-extra"), "{ids:?}");
    let salary = r.parameters_used.iter().find(|p| p.id == "C-4.salary").unwrap();
    assert_eq!((salary.date, salary.price_year), ("2020-01-01", Some(2020)));
    assert!(!salary.source.is_empty());
    assert!(r.warnings.iter().any(|w| w.code == "cost.nominal-amounts"));
    for option in
        ["C-8.pension", "officeCapacity", "supervisionRaiseOnTop", "municipalSupervision", "C-1.hospital-remainder"]
    {
        assert!(r.assumptions.iter().any(|a| a.option == option), "{option}");
    }
    // C-9 is off by default: neither its row nor its time-unit reading is used.
    assert!(r.assumptions.iter().all(|a| a.option != "overheadTimeUnit"));
}

#[test]
fn price_index_converts_money_parameters_to_the_price_year() {
    // Every money parameter used (2019 remainder, 2020 salary/supervision,
    // 2022 grant) is at index 100; price year 2024 at 110: every amount × 1.1,
    // each component rounded to whole kroner, then summed.
    let r = est(json!({ "positions": [{ "count": 1, "start": "2022-09-01", "kommune": "0301" }],
                        "priceYear": 2024,
                        "priceIndex": { "2019": 100, "2020": 100, "2022": 100, "2024": 110 } }));
    // Hospital: salary 666 600, feriepenger 79 992, pension 119 988, tax 14.1 % × 866 580 = 122 187.78
    // → 122 188, remainder 12 × 58 300 = 699 600: 1 688 368. Municipal: 333 300 + 39 996 + 59 994 +
    // 14.1 % × 433 290 = 61 093.89 → 61 094 + supervision 69 850 / 2 = 34 925: 529 309.
    assert_eq!(r.per_position.hospital.total, 1_688_368.0);
    assert_eq!(r.per_position.municipal.total, 529_309.0);
    assert_eq!(r.total, 1_688_368.0 + 529_309.0); // 2 217 677 (1.1 × 2 016 070 = 2 217 677)
    assert_eq!(r.by_payer.state, 154_000.0); // 140 000 × 1.1
    assert_eq!(r.price_year, Some(2024));
    assert!(r.price_adjusted);
    assert!(r.warnings.iter().all(|w| w.code != "cost.nominal-amounts"));
}

#[test]
fn c_21_budget_years_of_a_position_crossing_year_ends() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2022-09-01", "kommune": "0301" }] }));
    let years: Vec<_> = r.by_year.iter().map(|y| (y.year, y.position_months)).collect();
    // Sep–Dec 2022 = 4; Jan–Aug 2023 hospital + Sep–Dec 2023 municipal = 12; Jan–Feb 2024 = 2.
    assert_eq!(years, vec![(2022, 4.0), (2023, 12.0), (2024, 2.0)]);
    // Each part in whole kroner (hospital 1 534 880, municipal 481 190, see the first test) is
    // spread by months: hospital 2022 round(1 534 880 × 4/12 = 511 626.67) = 511 627, 2023 the rest
    // 1 023 253; municipal 2023 round(481 190 × 4/6 = 320 793.33) = 320 793, 2024 the rest 160 397.
    assert_eq!(r.by_year[0].amount, 511_627.0);
    assert_eq!(r.by_year[1].amount, 1_023_253.0 + 320_793.0);
    assert_eq!(r.by_year[2].amount, 160_397.0);
    // The grant follows the municipal months: round(140 000 × 4/6 = 93 333.33) in 2023, the rest in 2024.
    assert_eq!(r.by_year[1].by_payer.state, 93_333.0);
    assert_eq!(r.by_year[2].by_payer.state, 46_667.0);
    assert_eq!(r.by_year.iter().map(|y| y.amount).sum::<f64>(), r.total);
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
    let hospital_month = 50_500.0 * 1.30 * 1.141 + 53_000.0; // 127 906.65
    let municipal_month = 50_500.0 * 1.30 * 1.141 + 63_500.0 / 12.0; // 80 198.32 (no C-9 by default)
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
    // a's hospital part 1 534 880 (12 months, see the first test); b's 6 months: 303 000 + 36 360 +
    // 54 540 + 14.1 % × 393 900 = 55 539.9 → 55 540 + 6 × 53 000 = 318 000 → 767 440. Saving
    // 1 534 880 − 767 440 = 767 440 (6 × 127 906.65 = 767 439.9 before rounding the parts).
    assert_eq!(c.saving, 767_440.0);
    assert_eq!(c.difference, -767_440.0);
    assert_eq!(c.by_payer.helseforetak, -767_440.0);
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
    // compare(a, b) above, 1 534 880 − 767 440 = 767 440.
    let c: lis1_cost::CostComparisonInput = serde_json::from_value(json!({
        "a": { "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }] },
        "b": { "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301", "hospitalMonths": 6 }] }
    }))
    .unwrap();
    let r = lis1_cost::compare_costs(&c).unwrap();
    assert_eq!(r.saving, 767_440.0);
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

#[test]
fn c_9_office_overhead_is_off_by_default_and_flagged_when_on() {
    // C-9 (corrected 2026-12-06): the 500 000 a year is an opt-in component for a position that
    // needs new office capacity; by default a municipal part has no such overhead.
    let base = json!({ "count": 1, "start": "2023-09-01", "kommune": "0301" });
    let off = est(json!({ "positions": [base] }));
    assert_eq!(off.per_position.municipal.overhead, 0.0);
    assert!(off.assumptions.iter().any(|a| a.option == "officeCapacity" && a.value == "false" && a.rule == "C-9"));
    assert!(off.warnings.iter().all(|w| w.code != "cost.office-capacity"));
    let on = est(json!({ "positions": [base], "options": { "officeCapacity": true }, "lang": "nb" }));
    // 6 municipal months × 500 000 / 12 = 250 000 on top of the default 481 190: 731 190.
    let m = &on.per_position.municipal;
    assert_eq!(m.overhead, 250_000.0);
    assert_eq!(m.total, 481_190.0 + 250_000.0);
    assert_eq!(on.total - off.total, 250_000.0);
    assert_eq!(on.by_payer.kommune - off.by_payer.kommune, 250_000.0);
    assert!(on.parameters_used.iter().any(|p| p.id == "C-9.overhead-per-year"));
    assert!(on.assumptions.iter().any(|a| a.option == "officeCapacity" && a.value == "true" && a.rule == "C-9"));
    assert!(on.assumptions.iter().any(|a| a.option == "overheadTimeUnit" && a.value == "per-year"));
    // Flagged, with the amounts as people write them (C-9 500 000, C-2 750 000).
    let w = on.warnings.iter().find(|w| w.code == "cost.office-capacity").unwrap();
    assert_eq!(w.rule, Some("C-9"));
    assert!(
        w.message
            .starts_with("Kontorleie og hjelpepersonell for ny kontorplass er tatt med: 500\u{a0}000\u{a0}kr per år"),
        "{}",
        w.message
    );
    assert!(w.message.contains("gjennomsnittet på 750\u{a0}000\u{a0}kr per år"), "{}", w.message);
    // A hospital-only estimate has no municipal part: nothing to flag or assume about C-9.
    let h = est(
        json!({ "positions": [{ "count": 1, "start": "2023-09-01", "part": "hospital" }], "options": { "officeCapacity": true } }),
    );
    assert!(h.warnings.iter().all(|w| w.code != "cost.office-capacity"));
    assert!(h.assumptions.iter().all(|a| a.option != "officeCapacity"));
}

#[test]
fn overriding_a_parameter_the_estimate_does_not_use_warns_by_name() {
    // C-9 overridden without the option: the override has no effect, and the warning says so in words.
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }],
                        "parameters": { "C-9.overhead-per-year": 300000 }, "lang": "en" }));
    assert_eq!(r.per_position.municipal.overhead, 0.0);
    let w = r.warnings.iter().find(|w| w.code == "cost.parameter-unused").unwrap();
    assert_eq!(
        w.message,
        "“office rent and support staff for a new office place” was given a value of its own but is not part of this estimate; overriding it has no effect."
    );
    // With the option, the override is used: 6 × 300 000 / 12 = 150 000.
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }],
                        "parameters": { "C-9.overhead-per-year": 300000 }, "options": { "officeCapacity": true } }));
    assert_eq!(r.per_position.municipal.overhead, 150_000.0);
    assert!(r.warnings.iter().all(|w| w.code != "cost.parameter-unused"));
}

#[test]
fn c_10_supervision_is_63_500_including_the_raise_and_80_800_as_an_option() {
    // C-10 (corrected 2026-12-06): 63 500 per doctor per year includes the 17 300 raise from 3 to
    // 4 h/month; the reading 63 500 + 17 300 = 80 800 is an option. Either is the ALIS rate.
    let base = json!({ "count": 1, "start": "2023-09-01", "kommune": "0301", "part": "municipal" });
    let r = est(json!({ "positions": [base] }));
    assert_eq!(r.per_position.municipal.supervision, 31_750.0); // 6 × 63 500 / 12
    assert!(r
        .assumptions
        .iter()
        .any(|a| a.option == "supervisionRaiseOnTop" && a.value == "false" && a.rule == "C-10"));
    // The rate used, in whole kroner per year, as the ALIS rate (the element's sentence says so).
    assert!(r.assumptions.iter().any(|a| a.option == "municipalSupervision" && a.value == "63500" && a.rule == "C-10"));
    assert!(r.parameters_used.iter().all(|p| p.id != "C-10.supervision-4h-extra"));
    let raised = est(json!({ "positions": [base], "options": { "supervisionRaiseOnTop": true } }));
    assert_eq!(raised.per_position.municipal.supervision, 40_400.0); // 6 × 80 800 / 12
    assert_eq!(raised.total - r.total, 40_400.0 - 31_750.0); // 8 650 = 17 300 / 2
    assert!(raised.assumptions.iter().any(|a| a.option == "supervisionRaiseOnTop" && a.value == "true"));
    assert!(raised.assumptions.iter().any(|a| a.option == "municipalSupervision" && a.value == "80800"));
    assert!(raised.parameters_used.iter().any(|p| p.id == "C-10.supervision-4h-extra"));
}

#[test]
fn assumption_amounts_are_whole_kroner_after_a_price_index() {
    // Issue 22 item 8: a converted amount was printed as 55992.779783393504. The remainder 53 000
    // (2019) at index 99 → 110 (2024) is 53 000 × 110 / 99 = 58 888.89: the assumption says 58889.
    let r = est(json!({ "positions": [{ "count": 1, "start": "2022-09-01", "kommune": "0301" }],
                        "priceYear": 2024, "priceIndex": { "2019": 99, "2020": 100, "2022": 100, "2024": 110 } }));
    let a = r.assumptions.iter().find(|a| a.option == "C-1.hospital-remainder").unwrap();
    assert_eq!(a.value, "58889");
    // Supervision 63 500 (2020) × 1.1 = 69 850.
    assert!(r.assumptions.iter().any(|a| a.option == "municipalSupervision" && a.value == "69850"));
}

#[test]
fn overriding_a_reference_parameter_warns_by_its_name() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2023-09-01", "kommune": "0301" }],
                        "parameters": { "C-1.total-18-months": 1 }, "lang": "nn" }));
    let w = r.warnings.iter().find(|w| w.code == "cost.parameter-reference").unwrap();
    assert_eq!(
        w.message,
        "«samla kostnad for éin LIS1 over 18 månader» er eit publisert referansetal og går ikkje inn i utrekninga; overstyringa har inga verknad."
    );
}
