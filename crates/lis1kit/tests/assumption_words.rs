//! Every assumption the calculations report carries its own sentence in
//! people's words (`text`, issue 22 item 9; the elements show it since issue
//! 15 item 2), in the requested language, never the option's name.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use lis1_core::{Assumption, Lang};
use serde_json::{json, Value};

fn service(input: Value) -> Vec<Assumption> {
    let typed: lis1_service::ServiceInput = serde_json::from_value(input).unwrap();
    lis1_service::remaining_service(&typed).map(|r| r.assumptions).unwrap_or_default()
}

fn eligibility(input: Value) -> Vec<Assumption> {
    let typed: lis1_eligibility::EligibilityInput = serde_json::from_value(input).unwrap();
    lis1_eligibility::check_eligibility(&typed).map(|r| r.assumptions).unwrap_or_default()
}

fn cost(input: Value) -> Vec<Assumption> {
    let typed: lis1_cost::CostInput = serde_json::from_value(input).unwrap();
    lis1_cost::estimate_cost(&typed).unwrap().assumptions
}

/// Every assumption the forms' presets produce, with every option switched, in `lang`.
fn assumptions(lang: Lang) -> Vec<Assumption> {
    let mut out = Vec::new();
    for kind in ["service", "eligibility", "cost"] {
        let spec = lis1kit::forms::form(kind, Lang::Nb).unwrap();
        for preset in &spec.presets {
            let mut input = preset.input.clone();
            input["lang"] = json!(lang.code());
            match kind {
                "service" => {
                    for options in [
                        json!({}),
                        json!({"excessOnly": false, "dayUnit": "calendar-days", "prorateAllowance": false, "covidOverlayEnd": "2022-12-31", "regimeAtPartStart": false, "a3ForPartsBefore2019": true, "covidNeedsLearningGoals": true, "offerOnlyMissing": true}),
                    ] {
                        let mut input = input.clone();
                        input["options"] = options;
                        out.extend(service(input));
                    }
                }
                "eligibility" => out.extend(eligibility(input)),
                _ => {
                    // C-9 and C-10 options (issue 22 items 5 and 6) off and on.
                    for options in [json!({}), json!({"officeCapacity": true, "supervisionRaiseOnTop": true})] {
                        let mut input = input.clone();
                        input["options"] = options;
                        out.extend(cost(input));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_reported_assumption_has_a_sentence_in_each_language() {
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let all = assumptions(lang);
        // The service options A-O1..A-O7, S-5 and P-1 at least, with both values of the switches.
        assert!(all.len() >= 18, "{} assumptions", all.len());
        for a in &all {
            assert!(a.text.len() > 20 && a.text.ends_with('.'), "{} = {}: {:?}", a.option, a.value, a.text);
            // No unfilled placeholder, no option name (camelCase or a parameter id; `zone` is an English word too).
            assert!(!a.text.contains('{'), "{:?}", a.text);
            if a.option.contains(|c: char| c.is_uppercase() || c == '.') {
                assert!(!a.text.contains(a.option), "{}: {:?}", a.option, a.text);
            }
        }
    }
}

#[test]
fn a_switch_reads_as_what_it_does_in_the_requested_language() {
    let history = json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2023-08-31"}]});
    let text = |all: &[Assumption], option: &str| all.iter().find(|a| a.option == option).unwrap().text.clone();
    // A-O1 on (the default): only absence above the allowance is made up (docs/rules.md#A-O1).
    let nb = service(history.clone());
    assert_eq!(text(&nb, "excessOnly"), "Bare fraværet over grensen må tas igjen.");
    let mut en = history.clone();
    en["lang"] = json!("en");
    en["options"] = json!({"excessOnly": false, "covidOverlayEnd": "2022-12-31"});
    let en = service(en);
    assert_eq!(text(&en, "excessOnly"), "Once the allowance is exceeded, all absence has to be made up.");
    // A-O4 with an end date: the date as people read it, not 2022-12-31.
    assert_eq!(
        text(&en, "covidOverlayEnd"),
        "The covid exception applies to absence up to and including 31 December 2022."
    );
    // S-5's threshold, 50 %.
    assert_eq!(text(&nb, "minimumPercentWarning"), "Du får en advarsel når stillingsprosenten er under 50 %.");
}

#[test]
fn cost_assumptions_name_their_amounts_in_kroner() {
    // C-10 (issue 22 item 6): 63 500 a year, the ALIS rate, written as people write kroner; C-9 off by default.
    let all = cost(json!({"positions": [{"count": 1, "start": "2023-09-01", "part": "municipal"}], "lang": "en"}));
    let supervision = all.iter().find(|a| a.option == "municipalSupervision").unwrap();
    assert_eq!(supervision.value, "63500");
    assert!(supervision.text.contains("NOK 63,500") && supervision.text.contains("ALIS"), "{}", supervision.text);
    let office = all.iter().find(|a| a.option == "officeCapacity").unwrap();
    assert_eq!(office.value, "false");
    assert_eq!(office.rule, "C-9");
}

#[test]
fn t_1_assumption_says_where_the_six_and_a_half_years_count_from() {
    // T-1 (issue 22 item 2): authorisation given → counted from it.
    let all = eligibility(json!({
        "applicant": {"authorised": true, "authorisedOn": "2025-06-20", "specialty": "psykiatri"},
        "round": "2026-03-01", "lang": "nn"
    }));
    let t1 = all.iter().find(|a| a.option == "minimumFrom").unwrap();
    assert_eq!((t1.value.as_str(), t1.rule), ("authorisation", "T-1"));
    assert_eq!(t1.text, "Dei 6,5 åra blir rekna frå datoen for autorisasjon.");
}
