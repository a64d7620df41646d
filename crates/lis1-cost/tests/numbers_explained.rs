//! The numbers explained (issue 25 item 4): the cost view shows each payer's
//! amount per budget year, adding up to the per-payer and per-year tables to
//! the krone; the rates used, with their unit, price year, source, the line
//! of the breakdown each enters and, with a price index, the value in the
//! price year; and a price index that jumps implausibly between adjacent
//! years is a warning naming the rows (C-20, `C-20.price-index-jump`).
//! Every expected value below is derived by hand in its comment.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::*;
use lis1_core::view::{Block, Table};
use lis1_core::Lang;
use serde_json::{json, Value};

const NBSP: char = '\u{a0}';

fn tables(r: &lis1_cost::CostResult, lang: Lang) -> Vec<Table> {
    lis1_cost::view::view(r, lang)
        .blocks
        .into_iter()
        .filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None })
        .collect()
}

fn table(tables: &[Table], caption: &str) -> Table {
    tables.iter().find(|t| t.caption.as_deref() == Some(caption)).cloned().unwrap_or_else(|| panic!("{caption}"))
}

/// Whole kroner as the nb view writes them (`178 850` with a no-break space).
fn kr(cell: &str) -> f64 {
    cell.replace(NBSP, "").replace('−', "-").parse().unwrap_or_else(|_| panic!("{cell}"))
}

/// 2 positions, municipal part only, 3 counted months at 80 % from 2024-11-01, zone II: the hand case of
/// money_adds_up.rs (`c_20_c_21_a_small_case_by_hand`).
fn small_case() -> Value {
    json!({ "positions": [{ "count": 2, "start": "2024-11-01", "part": "municipal", "municipalMonths": 3,
                            "percent": 80, "zone": "II" }] })
}

#[test]
fn c_21_each_payer_per_budget_year_adds_up_to_the_per_payer_and_per_year_tables() {
    let r = est(small_case());
    let t = tables(&r, Lang::Nb);
    let by_year = table(&t, "Betalerne år for år");
    assert_eq!(by_year.head, ["År", "Helseforetak", "Kommune", "Staten", "Sum"]);
    // By hand (money_adds_up.rs): one position's part 237 671, of it the grant 70 000. 2024 holds 2 of its
    // 3.75 calendar months: round(237 671 × 2 / 3.75) = 126 758 and round(70 000 × 2 / 3.75) = 37 333, 2025
    // the rest, 110 913 and 32 667. Two positions: 2024 253 516 (state 74 666, kommune 253 516 − 74 666 =
    // 178 850), 2025 221 826 (state 65 334, kommune 156 492); no hospital part, so no helseforetak.
    // Sum line: kommune 178 850 + 156 492 = 335 342, state 74 666 + 65 334 = 140 000 (2 × 70 000), all
    // 253 516 + 221 826 = 475 342.
    let n = |cell: &str| kr(cell);
    let rows: Vec<(String, [f64; 4])> =
        by_year.rows.iter().map(|row| (row[0].clone(), [n(&row[1]), n(&row[2]), n(&row[3]), n(&row[4])])).collect();
    assert_eq!(
        rows,
        vec![
            ("2024".to_owned(), [0.0, 178_850.0, 74_666.0, 253_516.0]),
            ("2025".to_owned(), [0.0, 156_492.0, 65_334.0, 221_826.0]),
            ("Sum".to_owned(), [0.0, 335_342.0, 140_000.0, 475_342.0]),
        ]
    );
    // The same figures as the per-payer table (its column is the sum line's) and the per-year table (each
    // row's sum is that year's amount).
    let payers: Vec<f64> = table(&t, "Per betaler").rows.iter().map(|row| n(&row[1])).collect();
    assert_eq!(payers, [0.0, 335_342.0, 140_000.0]);
    let years: Vec<f64> = table(&t, "Per budsjettår").rows.iter().map(|row| n(&row[2])).collect();
    assert_eq!(years, [253_516.0, 221_826.0]);
}

#[test]
fn c_21_the_payer_per_year_table_adds_up_for_several_rows_and_a_price_index() {
    // Two rows (part-time, two kommuner) over four budget years with an index whose ratios are not round:
    // every column of the year lines sums to the per-payer table, every year line's payers to its sum.
    let r = est(json!({ "positions": [
        { "count": 2, "start": "2022-09-01", "kommune": "0301" },
        { "count": 3, "start": "2023-03-01", "kommune": "1804", "percent": 80 } ],
        "priceYear": 2026,
        "priceIndex": { "2017": 90.1, "2019": 97.3, "2020": 98.6, "2022": 104.1, "2026": 123.7 } }));
    let t = tables(&r, Lang::Nb);
    let by_year = table(&t, "Betalerne år for år");
    let (years, sum) = by_year.rows.split_at(by_year.rows.len() - 1);
    for column in 1..=4 {
        let total: f64 = years.iter().map(|row| kr(&row[column])).sum();
        assert_eq!(kr(&sum[0][column]), total, "column {column}");
    }
    for row in years {
        assert_eq!(kr(&row[1]) + kr(&row[2]) + kr(&row[3]), kr(&row[4]), "{}", row[0]);
    }
    let payers: Vec<f64> = table(&t, "Per betaler").rows.iter().map(|row| kr(&row[1])).collect();
    assert_eq!(payers, [kr(&sum[0][1]), kr(&sum[0][2]), kr(&sum[0][3])]);
    let per_year: Vec<f64> = table(&t, "Per budsjettår").rows.iter().map(|row| kr(&row[2])).collect();
    assert_eq!(per_year, years.iter().map(|row| kr(&row[4])).collect::<Vec<_>>());
    assert_eq!(kr(&sum[0][4]), r.total);
}

/// One municipal part of 6 months from 2026-09-01 in zone I with new office capacity (C-9 on).
fn office(extra: Value) -> Value {
    let mut input = json!({ "positions": [{ "count": 1, "start": "2026-09-01", "part": "municipal", "zone": "I" }],
                            "options": { "officeCapacity": true } });
    if let (Some(map), Value::Object(more)) = (input.as_object_mut(), extra) {
        map.extend(more);
    }
    input
}

#[test]
fn c_9_kontor_og_stotte_is_traced_to_its_rate_and_months() {
    let r = est(office(json!({})));
    let t = tables(&r, Lang::Nb);
    // The per-position table: 0 + 6 calendar months; "Kontor og støtte" = 500 000 / 12 × 6 = 250 000.
    let per_position = table(&t, "Per stilling");
    assert_eq!(per_position.rows[0], ["Kalendermåneder", "0", "6", "6"]);
    let office = per_position.rows.iter().find(|row| row[0] == "Kontor og støtte").unwrap();
    assert_eq!(office[2], format!("250{NBSP}000"));
    // The rates table names the rate, its value, unit, price year (2020), source (R-2021) and the line.
    let rates = table(&t, "Satsene som er brukt");
    assert_eq!(rates.head, ["Sats", "Verdi", "Enhet", "Prisår", "Kilde", "Brukes til"]);
    let row = rates.rows.iter().find(|row| row[0] == "Kontorleie og hjelpepersonell for ny kontorplass").unwrap();
    assert_eq!(row[1..4], [format!("500{NBSP}000"), "kr per år".to_owned(), "2020".to_owned()]);
    assert_eq!(row[4], "R-2021 l. 4181–4191");
    assert_eq!(row[5], "Kontor og støtte: sats / 12 × kalendermåneder");
    // Percent rates with a decimal comma, no price year: arbeidsgiveravgift zone I 14.1 % (C-7).
    let tax = rates.rows.iter().find(|row| row[0] == "Arbeidsgiveravgift i sone I").unwrap();
    assert_eq!(tax[1..4], ["14,1", "prosent", "–"]);
    // Sources are citations (C-7: Skatteetaten's table), or for lis1kit's own value — C-8's 18 % pension, an
    // assumption because the rule is open — words in the reader's language, not the table's English note.
    assert_eq!(tax[4], "Stortingets vedtak om arbeidsgiveravgift, Skatteetaten kommunekatalog 2024–2025");
    let pension = rates.rows.iter().find(|row| row[0] == "Pensjonspremie").unwrap();
    assert_eq!(pension[4], "lis1kits eget anslag (se forutsetningene)");
    let nn = table(&tables(&r, Lang::Nn), "Satsane som er brukte");
    assert!(nn
        .rows
        .iter()
        .any(|row| row[0] == "Pensjonspremie" && row[4] == "lis1kit sitt eige overslag (sjå føresetnadene)"));
    // Every rate the result used is a row; reference figures (C-1's total, C-2) are not.
    assert_eq!(rates.rows.len(), r.parameters_used.len());
    assert!(rates.rows.iter().all(|row| row[5] != "–"), "each rate enters a line");
}

#[test]
fn c_20_with_a_price_index_the_rates_table_shows_the_value_in_the_price_year() {
    // Index 2020 = 100, 2026 = 110: a 2020 amount × 1.1. C-9 500 000 → 550 000; C-4 606 000 → 666 600;
    // "Kontor og støtte" 550 000 / 12 × 6 = 275 000. The grant's 2022 row (V2022, 140 000) × 110/100 = 154 000.
    let r = est(office(json!({ "priceYear": 2026, "priceIndex": { "2020": 100, "2022": 100, "2026": 110 } })));
    let t = tables(&r, Lang::Nb);
    let rates = table(&t, "Satsene som er brukt");
    assert_eq!(rates.head.last().map(String::as_str), Some("I 2026-kroner"));
    let value = |name: &str| {
        let row = rates.rows.iter().find(|row| row[0] == name).unwrap_or_else(|| panic!("{name}"));
        (row[1].clone(), row[6].clone())
    };
    assert_eq!(
        value("Kontorleie og hjelpepersonell for ny kontorplass"),
        (format!("500{NBSP}000"), format!("550{NBSP}000"))
    );
    assert_eq!(value("Årslønn"), (format!("606{NBSP}000"), format!("666{NBSP}600")));
    assert_eq!(value("Veiledningstilskudd fra våren 2022"), (format!("140{NBSP}000"), format!("154{NBSP}000")));
    // A percentage is not converted.
    assert_eq!(value("Feriepenger"), ("12".to_owned(), "–".to_owned()));
    let office = table(&t, "Per stilling").rows.into_iter().find(|row| row[0] == "Kontor og støtte").unwrap();
    assert_eq!(office[2], format!("275{NBSP}000"));
}

#[test]
fn c_20_an_own_value_is_marked_in_the_rates_table() {
    let r = est(office(json!({ "parameters": { "C-9.overhead-per-year": 420000 } })));
    let rates = table(&tables(&r, Lang::En), "Rates used");
    let row = rates.rows.iter().find(|row| row[0].starts_with("Office rent")).unwrap();
    assert_eq!(row[1], "420,000 (own value)");
    assert_eq!(row[2], "NOK per year");
}

#[test]
fn no_table_cell_has_more_than_two_decimals() {
    // The rates of an odd index convert to amounts with many decimals (606 000 × 123.7 / 98.6); the view
    // writes them as whole kroner, percentages with at most two decimals.
    let r = est(json!({ "positions": [{ "count": 3, "start": "2023-03-01", "kommune": "1804", "percent": 80 }],
                        "priceYear": 2026, "priceIndex": { "2019": 97.3, "2020": 98.6, "2022": 104.1, "2026": 123.7 } }));
    for t in tables(&r, Lang::Nb) {
        for cell in t.rows.iter().flatten() {
            if let Some((_, decimals)) = cell.split_once(',') {
                let digits = decimals.chars().take_while(char::is_ascii_digit).count();
                assert!(digits <= 2, "{cell}");
            }
            assert!(!cell.contains('.') || !cell.chars().any(|c| c.is_ascii_digit()) || cell.contains("l. "), "{cell}");
        }
    }
}

/// The municipal part of 2026-09-01 needs the index for 2020 (C-4, C-10) and 2022 (the C-3 grant V2022)
/// and the price year 2026; `jump` is the 2021 value after 2020 = 100.
fn index_with(jump: f64) -> Value {
    json!({ "positions": [{ "count": 1, "start": "2026-09-01", "part": "municipal", "zone": "I" }],
            "priceYear": 2026, "priceIndex": { "2020": 100, "2021": jump, "2022": jump, "2026": jump } })
}

fn jumps(r: &lis1_cost::CostResult) -> Vec<String> {
    r.warnings.iter().filter(|w| w.code == "cost.price-index-jump").map(|w| w.message.clone()).collect()
}

#[test]
fn c_20_a_price_index_that_jumps_more_than_50_percent_in_a_year_is_a_warning_naming_the_rows() {
    // 100 → 151: (151 − 100) / 100 = 51 % > 50 %. 2021 → 2022 is 0 %; 2022 → 2026 are not adjacent years.
    let r = est(index_with(151.0));
    assert_eq!(
        jumps(&r),
        ["Prisindeksen endrer seg med 51 % fra 2020 (100) til 2021 (151), mer enn 50 % på ett år. Sjekk radene 2020 og 2021."]
    );
    assert_eq!(r.warnings.iter().find(|w| w.code == "cost.price-index-jump").and_then(|w| w.rule), Some("C-20"));
    // 100 → 149 is 49 %, 100 → 150 exactly 50 %: not more than 50 %.
    assert_eq!(jumps(&est(index_with(149.0))), Vec::<String>::new());
    assert_eq!(jumps(&est(index_with(150.0))), Vec::<String>::new());
    // Down: 100 → 49 is −51 %.
    assert_eq!(
        jumps(&est(index_with(49.0))),
        ["Prisindeksen endrer seg med -51 % fra 2020 (100) til 2021 (49), mer enn 50 % på ett år. Sjekk radene 2020 og 2021."]
    );
}

#[test]
fn c_20_the_jump_threshold_is_a_rate_of_its_own_listed_as_an_assumption() {
    // The threshold is the row C-20.price-index-jump (50 %): listed among the rates and the assumptions.
    let r = est(index_with(100.0));
    let assumption = r.assumptions.iter().find(|a| a.option == "C-20.price-index-jump").unwrap();
    assert_eq!(
        assumption.text,
        "En prisindeks som endrer seg mer enn 50 % fra ett år til det neste, er trolig feil og gir en advarsel."
    );
    assert!(r.parameters_used.iter().any(|p| p.id == "C-20.price-index-jump" && p.value == 50.0));
    // Raised to 60 %, a 51 % jump is no warning; 100 → 161 (61 %) is, in English.
    let mut input = index_with(151.0);
    input["parameters"] = json!({ "C-20.price-index-jump": 60 });
    assert_eq!(jumps(&est(input.clone())), Vec::<String>::new());
    input["priceIndex"]["2021"] = json!(161);
    input["lang"] = json!("en");
    assert_eq!(
        jumps(&est(input)),
        ["The price index changes by 61 % from 2020 (100) to 2021 (161), more than 60 % in one year. Check the rows 2020 and 2021."]
    );
    // Without a price index the threshold is not read, and there is no such assumption.
    let plain = est(json!({ "positions": [{ "count": 1, "start": "2026-09-01", "part": "municipal", "zone": "I" }] }));
    assert!(plain.assumptions.iter().all(|a| a.option != "C-20.price-index-jump"));
    assert!(plain.parameters_used.iter().all(|p| p.id != "C-20.price-index-jump"));
}
