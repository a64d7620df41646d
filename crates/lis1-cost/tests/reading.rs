//! Reading a cost input by its field tables (`CostInput::read`,
//! `CostComparisonInput::read`) from a `serde_json::Value`: the same reader
//! the wasm bindings run over a `JsValue`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use lis1_core::read::Json;
use lis1_core::{Issue, Lang};
use lis1_cost::{validate, validate_comparison, CostComparisonInput, CostInput};
use serde_json::{json, Value};

fn read(v: &Value) -> Result<CostInput, Vec<Issue>> {
    CostInput::read(&Json(Some(v)), Lang::En)
}

fn pairs(issues: &[Issue]) -> Vec<(&str, &str)> {
    issues.iter().map(|i| (i.path.as_str(), i.code)).collect()
}

#[test]
fn a_valid_input_reads_as_serde_reads_it() {
    // Every field of every object given once: the two readers must agree on the typed value.
    let v = json!({
        "positions": [
            { "count": 2, "start": "2024-09-01", "part": "both", "percent": 80, "kommune": "1506", "zone": "I",
              "hospitalMonths": 6, "municipalMonths": 6, "extraMonths": { "hospital": 1, "municipal": 0.5 }, "over60": true },
            { "count": 1, "start": "2025-03-01" }
        ],
        "parameters": { "C-4.salary": 650000 },
        "priceYear": 2024,
        "priceIndex": { "2019": 100, "2020": 101.5, "2024": 118.2 },
        "options": { "iaWithinExemption": false, "officeCapacity": true, "supervisionRaiseOnTop": false },
        "lang": "nn"
    });
    let by_serde: CostInput = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(read(&v).unwrap(), by_serde);
}

#[test]
fn every_structural_problem_is_reported_at_its_path_not_only_the_first() {
    // Six problems: a count as text, a kommune as a number, a map value as text, a map that is a list, a fractional
    // year, an unknown key. serde stopped at the first; the field-table reader reports each, sorted by path.
    let issues = read(&json!({
        "positions": [{ "count": "1", "start": "2024-09-01", "kommune": 301 }],
        "parameters": { "C-4.salary": "x" },
        "priceYear": 2024.5,
        "priceIndex": [100],
        "colour": 1
    }))
    .unwrap_err();
    assert_eq!(
        pairs(&issues),
        [
            ("/colour", "input.unknown-field"),
            ("/parameters/C-4.salary", "input.type"),
            ("/positions/0/count", "input.type"),
            ("/positions/0/kommune", "input.type"),
            ("/priceIndex", "input.type"),
            ("/priceYear", "input.type"),
        ]
    );
    // The words of serde's messages (input.type en: "“{field}” has the wrong type: expected {expected}."): a map
    // is "an object", an i32 or f64 "a number"; the unknown key lists the known ones in the table's order.
    assert_eq!(
        issues[0].message,
        "Unknown field “colour”. Known fields here: positions, parameters, priceYear, priceIndex, options, lang."
    );
    assert_eq!(issues[1].message, "“C-4.salary” has the wrong type: expected a number.");
    assert_eq!(issues[4].message, "“priceIndex” has the wrong type: expected an object.");
    assert_eq!(issues[5].message, "“priceYear” has the wrong type: expected a number.");
}

#[test]
fn a_year_must_be_a_whole_number_that_fits_an_i32() {
    // 2^31 = 2 147 483 648 is one past i32::MAX: a type issue, as serde's i32 said; -2^31 = i32::MIN still reads
    // (its range, 2000..=2100, is C-20's check: cost.price-year-range).
    let base = |year: Value| json!({ "positions": [{ "count": 1, "start": "2024-09-01" }], "priceYear": year });
    assert_eq!(pairs(&read(&base(json!(2_147_483_648_i64))).unwrap_err()), [("/priceYear", "input.type")]);
    let min = read(&base(json!(-2_147_483_648_i64))).unwrap();
    assert_eq!(min.price_year, Some(i32::MIN));
    assert_eq!(pairs(&validate(&min)), [("/priceYear", "cost.price-year-range")]);
    assert_eq!(read(&base(json!(2024.0))).unwrap().price_year, Some(2024));
}

#[test]
fn null_is_not_given_for_an_optional_field_and_a_type_error_for_a_required_one() {
    let given = read(&json!({
        "positions": [{ "count": 1, "start": "2024-09-01", "kommune": null, "extraMonths": null }],
        "parameters": null, "priceYear": null, "priceIndex": null, "options": null, "lang": null
    }))
    .unwrap();
    assert_eq!((given.parameters, given.price_index, given.price_year), (None, None, None));
    assert_eq!(given.positions[0].kommune, None);
    let issues = read(&json!({ "positions": [{ "count": null, "start": "2024-09-01" }] })).unwrap_err();
    assert_eq!(pairs(&issues), [("/positions/0/count", "input.type")]);
    // A null inside a map is a value, and not a number.
    let issues = read(&json!({ "positions": [], "parameters": { "C-4.salary": null } })).unwrap_err();
    assert_eq!(pairs(&issues), [("/parameters/C-4.salary", "input.type")]);
}

#[test]
fn a_map_over_its_limit_is_refused_by_the_read_with_the_limit_alone() {
    // `parameters` holds at most one entry per parameter id (n); of 10 000 unknown ids n + 1 are listed, enough
    // for the read itself to say map.too-long with the limit n (issue 26 item 2): no entry is judged one by one.
    let n = lis1_cost::parameters::PARAMETERS.len();
    let parameters: serde_json::Map<String, Value> = (0..10_000).map(|k| (format!("x{k:04}"), json!(1))).collect();
    let issues = read(&json!({
        "positions": [{ "count": 1, "start": "2024-09-01" }], "parameters": parameters, "lang": "en"
    }))
    .unwrap_err();
    assert_eq!(pairs(&issues), [("/parameters", "map.too-long")]);
    // map.too-long (en): "“{field}” has too many entries: at most {max}."
    assert_eq!(issues[0].message, format!("“parameters” has too many entries: at most {n}."));
    // A typed input built in Rust with n + 1 entries is told the same by the leaf check.
    let mut typed = read(&json!({ "positions": [{ "count": 1, "start": "2024-09-01" }], "lang": "en" })).unwrap();
    typed.parameters = Some((0..=n).map(|k| (format!("x{k:04}"), 1.0)).collect());
    let issues = validate(&typed);
    assert_eq!(issues.iter().filter(|i| i.code == "map.too-long").count(), 1);
}

#[test]
fn a_kommune_of_a_megabyte_is_read_cut_and_echoed_as_before() {
    // Read as a code: 40 characters (what a message echoes) + 1; cost.kommune-unknown echoes 40 and "…", as it
    // did for the whole megabyte.
    let input =
        read(&json!({ "positions": [{ "count": 1, "start": "2024-09-01", "kommune": "9".repeat(1 << 20) }] })).unwrap();
    assert_eq!(input.positions[0].kommune.as_deref().map(|k| k.chars().count()), Some(41));
    let issues = validate(&input);
    assert_eq!(pairs(&issues), [("/positions/0/kommune", "cost.kommune-unknown")]);
    assert!(issues[0].params.iter().any(|(k, v)| k == "value" && *v == format!("{}…", "9".repeat(40))), "{issues:?}");
}

#[test]
fn a_comparison_reports_both_scenarios_under_a_and_b_and_its_own_fields() {
    let read = |v: Value| CostComparisonInput::read(&Json(Some(&v)), Lang::Nb);
    // Structural problems in both scenarios and the comparison's own unknown key and language, all at once.
    let issues = read(json!({
        "a": { "positions": [{ "count": 1, "start": "2024-09-01", "note": "x" }] },
        "b": { "positions": "none" },
        "c": 1,
        "lang": "sv"
    }))
    .unwrap_err();
    assert_eq!(
        pairs(&issues),
        [
            ("/a/positions/0/note", "input.unknown-field"),
            ("/b/positions", "input.type"),
            ("/c", "input.unknown-field"),
            ("/lang", "enum.unknown"),
        ]
    );
    // In the comparison's language (nb): input.unknown-field nb "Ukjent felt «{field}». …".
    assert!(issues[0].message.starts_with("Ukjent felt «note»"), "{}", issues[0].message);
    assert_eq!(pairs(&read(json!({ "a": { "positions": [] } })).unwrap_err()), [("/b", "input.missing")]);
    // Read whole, each scenario's leaf and domain checks come with its validation, under /a and /b.
    let ok = read(json!({
        "a": { "positions": [{ "count": 1.5, "start": "2024-09-01" }] },
        "b": { "positions": [{ "count": 1, "start": "2024-09-01", "zone": "VI" }] },
        "lang": "en"
    }))
    .unwrap();
    assert_eq!(
        pairs(&validate_comparison(&ok)),
        [("/a/positions/0/count", "cost.count-invalid"), ("/b/positions/0/zone", "enum.unknown")]
    );
}
