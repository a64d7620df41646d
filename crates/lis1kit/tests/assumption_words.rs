//! Every assumption the calculations report has its own sentence in people's
//! words (issue 15 item 2), never the fallback and never the option's name.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use lis1_core::{Assumption, Lang};
use lis1kit::element_texts::{self as tx, assumption_words};

/// Every assumption the forms' presets produce, with every option switched.
fn assumptions() -> Vec<Assumption> {
    let mut out = Vec::new();
    for kind in ["service", "eligibility", "cost"] {
        let spec = lis1_forms::form(kind, Lang::Nb).unwrap();
        for preset in &spec.presets {
            let input = preset.input.clone();
            match kind {
                "service" => {
                    for options in [
                        serde_json::json!({}),
                        serde_json::json!({"excessOnly": false, "dayUnit": "calendar-days", "prorateAllowance": false, "covidOverlayEnd": "2022-12-31", "regimeAtPartStart": false, "a3ForPartsBefore2019": true, "covidNeedsLearningGoals": true, "offerOnlyMissing": true}),
                    ] {
                        let mut input = input.clone();
                        input["options"] = options;
                        let typed: lis1_service::ServiceInput = serde_json::from_value(input).unwrap();
                        if let Ok(r) = lis1_service::remaining_service(&typed) {
                            out.extend(r.assumptions);
                        }
                    }
                }
                "eligibility" => {
                    let typed: lis1_eligibility::EligibilityInput = serde_json::from_value(input).unwrap();
                    if let Ok(r) = lis1_eligibility::check_eligibility(&typed) {
                        out.extend(r.assumptions);
                    }
                }
                _ => {
                    // C-9 and C-10 options (issue 22 items 5 and 6) off and on.
                    for options in [
                        serde_json::json!({}),
                        serde_json::json!({"officeCapacity": true, "supervisionRaiseOnTop": true}),
                    ] {
                        let mut input = input.clone();
                        input["options"] = options;
                        let typed: lis1_cost::CostInput = serde_json::from_value(input).unwrap();
                        out.extend(lis1_cost::estimate_cost(&typed).unwrap().assumptions);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_reported_assumption_has_its_own_sentence() {
    let all = assumptions();
    // The service options A-O1..A-O7, S-5 and P-1 at least, with both values of the switches.
    assert!(all.len() >= 18, "{} assumptions", all.len());
    for a in &all {
        let (def, _) = assumption_words(a.option, &a.value);
        assert_ne!(def.code, tx::ASSUMPTION_OTHER.code, "no words for {} = {}", a.option, a.value);
        assert_eq!(def.rule, Some(a.rule), "{} is rule {}", a.option, a.rule);
        // No option name (camelCase or a parameter id) in the words; `zone` is an English word too.
        if a.option.contains(|c: char| c.is_uppercase() || c == '.') {
            for lang in [Lang::Nb, Lang::Nn, Lang::En] {
                assert!(!def.render(lang, &[("value", String::new())]).contains(a.option), "{}", a.option);
            }
        }
    }
}

#[test]
fn a_switch_reads_as_what_it_does() {
    // A-O1 on (the default): only absence above the allowance is made up (the wording of rule A-O1, docs/rules.md#A-O1).
    assert_eq!(assumption_words("excessOnly", "true").0.nb, "Bare fraværet over grensen må tas igjen.");
    assert_eq!(
        assumption_words("excessOnly", "false").0.en,
        "Once the allowance is exceeded, all absence has to be made up."
    );
    // A-O4 without an end date, and with one (its {value} is the date, shown by the panel as people read dates).
    assert_eq!(assumption_words("covidOverlayEnd", "none").0.code, "ui.assumption.covid-end.none");
    assert_eq!(assumption_words("covidOverlayEnd", "2022-12-31"), (&tx::A_O4_DATE, Some("date")));
    // C-9 off by default and C-10's rate for ALIS (issue 22 items 5, 6); the rate is an amount in kroner.
    assert_eq!(assumption_words("officeCapacity", "false").0.code, "ui.assumption.office-capacity.false");
    assert_eq!(assumption_words("supervisionRaiseOnTop", "true").0.code, "ui.assumption.supervision-raise-on-top.true");
    let (def, kind) = assumption_words("municipalSupervision", "63500");
    assert_eq!(kind, Some("amount"));
    assert!(def.en.contains("the rate for supervising ALIS"), "{}", def.en);
}

#[test]
fn t_1_and_b_30_assumptions_say_which_date_and_which_group() {
    // T-1 (issue 22 item 2): each `minimumFrom` value says where the 6.5 years are counted from.
    let from: Vec<&str> = ["authorisation", "firstLis1Start", "roundStart"]
        .iter()
        .map(|v| assumption_words("minimumFrom", v).0.code)
        .collect();
    assert_eq!(
        from,
        [
            "ui.assumption.minimum-from.authorisation",
            "ui.assumption.minimum-from.first-lis1-start",
            "ui.assumption.minimum-from.round-start"
        ]
    );
    // B-30 (item 4): the group that gets the odd position.
    assert_eq!(
        assumption_words("oddPositionTo", "allmennmedisin").0.en,
        "With an odd number of positions, allmennmedisin gets the extra one."
    );
    assert_eq!(assumption_words("oddPositionTo", "psykiatri").0.rule, Some("B-30"));
}
