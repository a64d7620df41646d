//! The cost estimate as CSV (issue 25 item 5): the roster's conventions
//! (BOM, `;`, CRLF, decimal comma) and the view's tables one after another,
//! each under a title row, a blank row between. Expected rows by hand.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::*;
use serde_json::json;

#[test]
fn one_municipal_part_as_csv_rows() {
    // 1 position, municipal part only (6 months from 2026-09-01), zone V (0 % arbeidsgiveravgift, C-7), so
    // every line is a short hand calculation. Per month: salary 606 000 / 12 = 50 500, feriepenger 12 % =
    // 6 060, pension 18 % = 9 090, supervision 63 500 / 12 = 5 291.67. × 6: 303 000, 36 360, 54 540, 0,
    // 31 750; sum 425 650. The C-3 grant (V2022) 140 000 for 6 counted months; the kommune 285 650.
    // Budget years: 4 months in 2026 (Sep–Dec), 2 in 2027: round(425 650 × 4/6 = 283 766.67) = 283 767 and
    // 141 883; the grant round(140 000 × 4/6 = 93 333.33) = 93 333 and 46 667; the kommune 190 434 and 95 216.
    let input =
        input(json!({ "positions": [{ "count": 1, "start": "2026-09-01", "part": "municipal", "zone": "V" }] }));
    let file = lis1_cost::cost_csv(&input).unwrap();
    assert_eq!((file.name.as_str(), file.media_type), ("lis1-kostnader.csv", "text/csv;charset=utf-8"));
    assert!(file.text.starts_with('\u{feff}'));
    let rows: Vec<&str> = file.text.trim_start_matches('\u{feff}').split("\r\n").collect();
    let section = |title: &str| {
        let at = rows.iter().position(|r| *r == title).unwrap_or_else(|| panic!("{title}"));
        assert_eq!(rows[at - 1], "", "a blank row before {title}");
        rows[at + 1..].iter().take_while(|r| !r.is_empty()).copied().collect::<Vec<_>>()
    };
    // The answer first: the total and the price years of the rates (2020 salary and supervision, 2022 grant).
    assert_eq!(
        rows[0].replace(['\u{a0}', '\u{202f}'], " "),
        "Samlet kostnad: 425 650 kr. Beløpene er ikke prisjustert: satsene er fra 2020–2022."
    );
    assert_eq!(
        section("Per stilling"),
        [
            "Post;Sykehusdelen;Kommunedelen;Sum",
            "Kalendermåneder;0;6;6",
            "Lønn;0;303000;303000",
            "Feriepenger;0;36360;36360",
            "Pensjon;0;54540;54540",
            "Arbeidsgiveravgift;0;0;0",
            "Øvrige sykehuskostnader;0;0;0",
            "Veiledning;0;31750;31750",
            "Kontor og støtte;0;0;0",
            "Sum;0;425650;425650",
            "Herav statlig tilskudd;0;140000;140000",
        ]
    );
    assert_eq!(section("Per betaler"), ["Betaler;Beløp (kr)", "Helseforetak;0", "Kommune;285650", "Staten;140000"]);
    assert_eq!(section("Per budsjettår"), ["År;Stillingsmåneder;Beløp (kr)", "2026;4;283767", "2027;2;141883"]);
    assert_eq!(
        section("Betalerne år for år"),
        [
            "År;Helseforetak;Kommune;Staten;Sum",
            "2026;0;190434;93333;283767",
            "2027;0;95216;46667;141883",
            "Sum;0;285650;140000;425650"
        ]
    );
    let rates = section("Satsene som er brukt");
    assert_eq!(rates[0], "Sats;Verdi;Enhet;Prisår;Kilde;Brukes til;Egen verdi");
    assert!(rates.contains(&"Arbeidsgiveravgift i sone V;0;prosent;;Stortingets vedtak om arbeidsgiveravgift, Skatteetaten kommunekatalog 2024–2025;Arbeidsgiveravgift: sats % av (Lønn + Feriepenger + Pensjon);"), "{rates:?}");
    assert!(rates.iter().any(|r| r.starts_with("Årslønn;606000;kr per år;2020;")), "{rates:?}");
    // C-8's 18 % is lis1kit's assumption (the rule is open): the source says so in Norwegian.
    assert!(
        rates
            .contains(&"Pensjonspremie;18;prosent;;lis1kits eget anslag (se forutsetningene);Pensjon: sats % av Lønn;"),
        "{rates:?}"
    );
    assert!(!section("Forutsetninger").is_empty());
    let warnings = section("Advarsler");
    // A sentence holding `;` is quoted (RFC 4180 with `;`).
    assert!(
        warnings.contains(&"\"Beløpene er nominelle, i prisnivået til hver parameter (2020, 2022); ingen prisjustering uten en prisindeks.\""),
        "{warnings:?}"
    );
}

#[test]
fn a_bad_input_is_refused_as_the_estimate_is() {
    let e = lis1_cost::cost_csv(&input(json!({ "positions": [] }))).unwrap_err();
    assert_eq!(e.issues[0].code, "cost.positions-empty");
}
