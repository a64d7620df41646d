//! Input validation with JSON-pointer paths (pipeline stages 2 and 3).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::*;
use lis1_cost::{validate, CostInput, PositionInput};
use serde_json::json;

fn position(start: &str) -> PositionInput {
    PositionInput { count: 1.0, start: start.to_owned(), ..PositionInput::default() }
}

#[test]
fn valid_input_has_no_issues() {
    assert!(
        validate(&input(json!({ "positions": [{ "count": 3, "start": "2024-09-01", "kommune": "1804" }] }))).is_empty()
    );
}

#[test]
fn c_7_unknown_kommune_numbers_are_errors_at_their_path() {
    let issues = err(json!({ "positions": [
        { "count": 1, "start": "2024-09-01", "kommune": "0301" },
        { "count": 1, "start": "2024-09-01", "kommune": "1507" },
        { "count": 1, "start": "2024-09-01", "kommune": "Oslo" }
    ] }));
    assert_eq!(
        issues,
        vec![
            ("/positions/1/kommune".to_owned(), "cost.kommune-unknown"),
            ("/positions/2/kommune".to_owned(), "cost.kommune-unknown"),
        ]
    );
}

#[test]
fn counts_must_be_whole_and_not_negative() {
    let issues = err(json!({ "positions": [
        { "count": -1, "start": "2024-09-01" },
        { "count": 1.5, "start": "2024-09-01" },
        { "count": 0, "start": "2024-09-01" }
    ] }));
    assert_eq!(
        issues,
        vec![
            ("/positions/0/count".to_owned(), "cost.count-invalid"),
            ("/positions/1/count".to_owned(), "cost.count-invalid")
        ]
    );
}

#[test]
fn non_finite_numbers_are_rejected() {
    let mut p = position("2024-09-01");
    p.percent = Some(f64::NAN);
    let mut q = position("2024-09-01");
    q.count = f64::INFINITY;
    let input = CostInput { positions: vec![p, q], ..CostInput::default() };
    let got: Vec<_> = validate(&input).iter().map(|i| (i.path.clone(), i.code)).collect();
    assert_eq!(
        got,
        vec![
            ("/positions/0/percent".to_owned(), "number.not-finite"),
            ("/positions/1/count".to_owned(), "number.not-finite")
        ]
    );
}

#[test]
fn s_4_percent_out_of_range() {
    let issues = err(
        json!({ "positions": [{ "count": 1, "start": "2024-09-01", "percent": 120 }, { "count": 1, "start": "2024-09-01", "percent": 0 }] }),
    );
    assert_eq!(
        issues,
        vec![
            ("/positions/0/percent".to_owned(), "percent.range"),
            ("/positions/1/percent".to_owned(), "percent.range")
        ]
    );
}

#[test]
fn s_5_percent_below_50_is_a_warning() {
    let r = est(json!({ "positions": [{ "count": 1, "start": "2024-09-01", "percent": 40 }] }));
    assert!(r.warnings.iter().any(|w| w.code == "cost.percent-low" && w.rule == Some("S-5")));
}

#[test]
fn s_10_start_dates_on_the_first_and_ordinary_dates() {
    let issues = err(json!({ "positions": [
        { "count": 1, "start": "2024-09-15" },
        { "count": 1, "start": "2024-02-30" },
        { "count": 1, "start": "1.9.2024" },
        { "count": 1, "start": "2016-09-01" }
    ] }));
    assert_eq!(
        issues,
        vec![
            ("/positions/0/start".to_owned(), "cost.start-not-first"),
            ("/positions/1/start".to_owned(), "date.impossible"),
            ("/positions/2/start".to_owned(), "date.format"),
            ("/positions/3/start".to_owned(), "cost.start-before-lis1"),
        ]
    );
    // 1 October is allowed, with a warning (S-10).
    let r = est(json!({ "positions": [{ "count": 1, "start": "2024-10-01" }] }));
    let w: Vec<_> = r.warnings.iter().filter(|w| w.code == "cost.start-unusual").collect();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].rule, Some("S-10"));
    let r = est(json!({ "positions": [{ "count": 1, "start": "2025-03-01" }] }));
    assert!(r.warnings.iter().all(|w| w.code != "cost.start-unusual"));
}

#[test]
fn empty_positions_and_unknown_values() {
    assert_eq!(err(json!({ "positions": [] })), vec![("/positions".to_owned(), "cost.positions-empty")]);
    let issues =
        err(json!({ "positions": [{ "count": 1, "start": "2024-09-01", "part": "both-parts", "zone": "VI" }] }));
    assert_eq!(
        issues,
        vec![("/positions/0/part".to_owned(), "enum.unknown"), ("/positions/0/zone".to_owned(), "enum.unknown")]
    );
}

#[test]
fn months_per_part_must_be_within_the_part() {
    let issues =
        err(json!({ "positions": [{ "count": 1, "start": "2024-09-01", "hospitalMonths": 13, "municipalMonths": -1,
                                            "extraMonths": { "hospital": 30 } }] }));
    assert_eq!(
        issues,
        vec![
            ("/positions/0/extraMonths/hospital".to_owned(), "cost.months-range"),
            ("/positions/0/hospitalMonths".to_owned(), "cost.months-range"),
            ("/positions/0/municipalMonths".to_owned(), "cost.months-range"),
        ]
    );
}

#[test]
fn unknown_parameter_ids_and_bad_values_are_errors_at_parameters_id() {
    let issues = err(json!({ "positions": [{ "count": 1, "start": "2024-09-01" }],
                             "parameters": { "C-4.salery": 1, "C-8.pension": 120, "C-4.salary": -5 } }));
    assert_eq!(
        issues,
        vec![
            ("/parameters/C-4.salary".to_owned(), "cost.parameter-range"),
            ("/parameters/C-4.salery".to_owned(), "cost.parameter-unknown"),
            ("/parameters/C-8.pension".to_owned(), "cost.parameter-range"),
        ]
    );
    let mut input = input(json!({ "positions": [{ "count": 1, "start": "2024-09-01" }] }));
    input.parameters = Some([("C-4.salary".to_owned(), f64::NAN)].into_iter().collect());
    let got: Vec<_> = validate(&input).iter().map(|i| (i.path.clone(), i.code)).collect();
    assert_eq!(got, vec![("/parameters/C-4.salary".to_owned(), "number.not-finite")]);
}

#[test]
fn parameter_messages_name_the_parameter_and_write_the_limit_as_people_do() {
    // Issue 22 item 8: the parameter's name, not its id; the limit in kroner or percent, grouped
    // (1e9 kroner for money, 100 % for a rate), with no-break spaces in nb/nn.
    let messages = |lang: &str| -> Vec<String> {
        let e = lis1_cost::estimate_cost(&input(json!({ "lang": lang,
            "positions": [{ "count": 1, "start": "2024-09-01" }],
            "parameters": { "C-4.salary": -5, "C-8.pension": 120 } })))
        .unwrap_err();
        e.issues.iter().map(|i| i.message.clone()).collect()
    };
    assert_eq!(
        messages("nb"),
        vec![
            "«årslønn» må være mellom 0 og 1\u{a0}000\u{a0}000\u{a0}000\u{a0}kr, fikk -5.",
            "«pensjonspremie» må være mellom 0 og 100\u{a0}%, fikk 120.",
        ]
    );
    assert_eq!(
        messages("nn"),
        vec![
            "«årsløn» må vere mellom 0 og 1\u{a0}000\u{a0}000\u{a0}000\u{a0}kr, fekk -5.",
            "«pensjonspremie» må vere mellom 0 og 100\u{a0}%, fekk 120.",
        ]
    );
    assert_eq!(
        messages("en"),
        vec![
            "“annual pay” must be between 0 and NOK 1,000,000,000, got -5.",
            "“pension premium” must be between 0 and 100\u{a0}%, got 120.",
        ]
    );
}

#[test]
fn price_index_needs_a_price_year_and_every_year_used() {
    let issues = err(json!({ "positions": [{ "count": 1, "start": "2024-09-01" }], "priceIndex": { "2020": 100 } }));
    assert_eq!(issues, vec![("/priceIndex".to_owned(), "cost.price-index-without-year")]);
    // Position from 2024-09-01 uses 2019 (remainder), 2020 (salary,
    // supervision; no C-9 overhead by default) and 2022 (grant V2022); 2024 is
    // the price year. Each is named in words (issue 22 item 8), not by its id.
    let e =
        lis1_cost::estimate_cost(&input(json!({ "lang": "en", "positions": [{ "count": 1, "start": "2024-09-01" }],
                                                     "priceYear": 2024, "priceIndex": { "2020": 100, "2024": 105 } })))
        .unwrap_err();
    let got: Vec<_> = e.issues.iter().map(|i| (i.path.as_str(), i.code, i.message.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (
                "/priceIndex",
                "cost.price-index-missing-year",
                "The price index has no value for 2019 (needed for other hospital costs per full-time month)."
            ),
            (
                "/priceIndex",
                "cost.price-index-missing-year",
                "The price index has no value for 2022 (needed for supervision grant from spring 2022)."
            ),
        ]
    );
    let issues = err(
        json!({ "positions": [{ "count": 1, "start": "2024-09-01" }], "priceYear": 2024, "priceIndex": { "year": 1, "2024": -3 } }),
    );
    assert_eq!(
        issues,
        vec![
            ("/priceIndex/2024".to_owned(), "cost.price-index-invalid"),
            ("/priceIndex/year".to_owned(), "cost.price-index-invalid"),
        ]
    );
}

#[test]
fn a_missing_price_year_names_each_parameter_needing_it_once_in_id_order() {
    // Two positions from 2024-09-01 both need 2020 (C-4 salary, C-10 supervision, as above): each
    // is named once, by its name, in the order of their ids as text ("C-10" < "C-4").
    let e = lis1_cost::estimate_cost(&input(json!({ "lang": "en", "priceYear": 2024,
        "positions": [{ "count": 1, "start": "2024-09-01" }, { "count": 2, "start": "2024-09-01", "part": "municipal" }],
        "priceIndex": { "2019": 100, "2022": 100, "2024": 105 } })))
    .unwrap_err();
    let got: Vec<_> = e.issues.iter().map(|i| i.message.as_str()).collect();
    assert_eq!(got, vec!["The price index has no value for 2020 (needed for supervision per doctor per year at the ALIS rate, annual pay)."]);
    // With the C-9 option on, its 2020 row is needed too ("C-9" after "C-4"); with the C-10 option, the
    // raise's 2020 row ("C-10.supervision-4h-extra" < "C-10.supervision-per-year"). In nb, the price year too.
    let e = lis1_cost::estimate_cost(&input(json!({ "lang": "nb", "priceYear": 2024,
        "positions": [{ "count": 1, "start": "2024-09-01" }],
        "options": { "officeCapacity": true, "supervisionRaiseOnTop": true },
        "priceIndex": { "2019": 100, "2022": 100 } })))
    .unwrap_err();
    let got: Vec<_> = e.issues.iter().map(|i| i.message.as_str()).collect();
    assert_eq!(
        got,
        vec![
            "Prisindeksen mangler en verdi for 2020 (trengs for økt veiledning fra 3 til 4 timer i måneden, \
             veiledning per lege per år etter ALIS-satsen, årslønn, kontorleie og hjelpepersonell for ny kontorplass).",
            "Prisindeksen mangler en verdi for 2024 (trengs for prisåret).",
        ]
    );
}

#[test]
fn all_problems_are_reported_at_once_sorted_by_path() {
    let issues = err(json!({ "positions": [
        { "count": 1, "start": "2024-09-01", "kommune": "4225" },
        { "count": -2, "start": "2024-09-02", "kommune": "0000" }
    ], "parameters": { "x": 1 }, "priceYear": 1800 }));
    assert_eq!(
        issues,
        vec![
            ("/parameters/x".to_owned(), "cost.parameter-unknown"),
            ("/positions/0/zone".to_owned(), "cost.zone-required"),
            ("/positions/1/count".to_owned(), "cost.count-invalid"),
            ("/positions/1/kommune".to_owned(), "cost.kommune-unknown"),
            ("/positions/1/start".to_owned(), "cost.start-not-first"),
            ("/priceYear".to_owned(), "cost.price-year-range"),
        ]
    );
}

#[test]
fn messages_come_in_the_requested_language() {
    for (lang, text) in
        [("nb", "Ukjent kommunenummer"), ("nn", "Ukjent kommunenummer"), ("en", "Unknown kommune number")]
    {
        let e = lis1_cost::estimate_cost(&input(
            json!({ "lang": lang, "positions": [{ "count": 1, "start": "2024-09-01", "kommune": "9999" }] }),
        ))
        .unwrap_err();
        assert!(e.issues[0].message.starts_with(text), "{lang}: {}", e.issues[0].message);
        assert_eq!(e.issues[0].rule, Some("C-7"));
    }
}

#[test]
fn unknown_fields_are_rejected_by_serde() {
    let parsed: Result<CostInput, _> =
        serde_json::from_value(json!({ "positions": [{ "count": 1, "start": "2024-09-01", "kommnue": "0301" }] }));
    assert!(parsed.is_err());
}

#[test]
fn parameters_and_price_index_over_their_limits_are_read_only_to_one_entry_past_them() {
    // Limits (project decisions against abuse, each the most a valid map can hold): `parameters` at most one entry
    // per parameter id (PARAMETERS.len(); one more means an unknown id), `priceIndex` at most 301 entries (the years
    // 1900..=2200 it accepts). Over a limit, only limit + 1 entries are read in input order, the rest skipped unread.
    let n = lis1_cost::parameters::PARAMETERS.len();
    // 10 000 unknown ids x0000..x9999: map.too-long at /parameters, cost.parameter-unknown at the n + 1 read ones.
    let params: Vec<String> = (0..10_000).map(|k| format!(r#""x{k:04}": 1"#)).collect();
    // Every accepted year 1900..=2200 (301 = the limit), then 2201..=9999 (years not accepted): map.too-long at
    // /priceIndex and cost.price-index-invalid at /priceIndex/2201 only, the 302nd entry.
    let years: Vec<String> = (1900..=9999).map(|y| format!(r#""{y}": 100"#)).collect();
    let text = format!(
        r#"{{"positions": [{{"count": 1, "start": "2024-09-01", "kommune": "0301"}}], "priceYear": 2024, "parameters": {{{}}}, "priceIndex": {{{}}}}}"#,
        params.join(","),
        years.join(",")
    );
    let i: CostInput = serde_json::from_str(&text).unwrap();
    let mut got: Vec<(String, &str)> = validate(&i).iter().map(|x| (x.path.clone(), x.code)).collect();
    got.sort();
    let mut want: Vec<(String, &str)> = vec![
        ("/parameters".to_owned(), "map.too-long"),
        ("/priceIndex".to_owned(), "map.too-long"),
        ("/priceIndex/2201".to_owned(), "cost.price-index-invalid"),
    ];
    want.extend((0..=n).map(|k| (format!("/parameters/x{k:04}"), "cost.parameter-unknown")));
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn c_20_missing_index_years_are_not_judged_when_parameters_are_over_their_limit() {
    // C-20: each money parameter used without override needs the index of its own price year. A hospital position
    // uses C-4 salary and the C-1 remainder; with only 2024 in the index at least one of their years is missing.
    use lis1_cost::parameters::ids::{HOSPITAL_REMAINDER, SALARY};
    let n = lis1_cost::parameters::PARAMETERS.len();
    let with = |parameters: String| -> Vec<&'static str> {
        let text = format!(
            r#"{{"positions": [{{"count": 1, "start": "2024-09-01", "part": "hospital", "kommune": "0301"}}], "priceYear": 2024, "priceIndex": {{"2024": 100}}, "parameters": {{{parameters}}}}}"#
        );
        validate(&serde_json::from_str::<CostInput>(&text).unwrap()).iter().map(|i| i.code).collect()
    };
    let overrides = format!(r#""{SALARY}": 606000, "{HOSPITAL_REMAINDER}": 44000"#);
    assert!(with(String::new()).contains(&"cost.price-index-missing-year"));
    // Both overridden (taken as given, already in priceYear): no year is needed.
    assert_eq!(with(overrides.clone()), Vec::<&str>::new());
    // The same overrides after n + 1 unknown ids are not read (the map is over its limit of n): whether a year is
    // missing cannot be judged, so only map.too-long and the n + 1 unknown ids are reported.
    let unknown: Vec<String> = (0..=n).map(|k| format!(r#""x{k:04}": 1"#)).collect();
    let codes = with(format!("{}, {overrides}", unknown.join(",")));
    assert!(!codes.contains(&"cost.price-index-missing-year"), "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == "map.too-long").count(), 1);
    assert_eq!(codes.iter().filter(|c| **c == "cost.parameter-unknown").count(), n + 1);
    assert_eq!(codes.len(), n + 2);
}

#[test]
fn c_20_a_price_index_that_would_overflow_the_amounts_is_an_issue_at_its_row() {
    // Every year from 1990 to 2030 at 100, except C-4's price year 2020 at 0.01: converting the 2020 salary to
    // 2026 kroner is 100 / 0.01 = 10 000 times, beyond the 1 000 any price index gives → an issue at
    // /priceIndex/2020, never an amount that is not a number (1e-300 against 1e300 once gave `total: null`).
    let mut index = serde_json::Map::new();
    for year in 1990..=2030 {
        index.insert(year.to_string(), json!(if year == 2020 { 0.01 } else { 100.0 }));
    }
    let issues =
        err(json!({ "positions": [{ "count": 1, "start": "2023-09-01" }], "priceYear": 2026, "priceIndex": index }));
    assert_eq!(issues, vec![("/priceIndex/2020".to_owned(), "cost.price-index-factor")]);
    // The review's case: 1e-300 for the rate year, 1e300 for the target: the factor is infinite.
    let mut extreme = serde_json::Map::new();
    for year in 1990..=2030 {
        extreme.insert(year.to_string(), json!(if year == 2026 { 1e300 } else { 1e-300 }));
    }
    let issues =
        err(json!({ "positions": [{ "count": 1, "start": "2023-09-01" }], "priceYear": 2026, "priceIndex": extreme }));
    assert!(!issues.is_empty() && issues.iter().all(|(_, code)| *code == "cost.price-index-factor"), "{issues:?}");
    // A plausible index (2020 at 80, 2026 at 110: a factor of 1.375) converts without an issue.
    let mut plausible = serde_json::Map::new();
    for year in 1990..=2030 {
        plausible.insert(year.to_string(), json!(if year <= 2020 { 80.0 } else { 110.0 }));
    }
    let ok = lis1_cost::estimate_cost(&input(
        json!({ "positions": [{ "count": 1, "start": "2023-09-01" }], "priceYear": 2026, "priceIndex": plausible }),
    ));
    assert!(ok.is_ok_and(|r| r.total.is_finite() && r.total > 0.0));
}
