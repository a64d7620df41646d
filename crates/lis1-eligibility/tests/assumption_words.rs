//! Every assumption this calculation reports carries its own sentence in
//! people's words (`text`), in the requested language, never the option's
//! name; the options live with their sentences in this crate.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use lis1_core::form::checks::says_it_in_words;
use lis1_core::{Assumption, Lang};
use serde_json::{json, Value};

fn eligibility(input: Value) -> Vec<Assumption> {
    let typed: lis1_eligibility::EligibilityInput = serde_json::from_value(input).unwrap();
    lis1_eligibility::check_eligibility(&typed).map(|r| r.assumptions).unwrap_or_default()
}

#[test]
fn every_reported_assumption_has_a_sentence_in_each_language() {
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let mut all = Vec::new();
        for preset in &lis1_eligibility::form::form(Lang::Nb).presets {
            let mut input = preset.input.clone();
            input["lang"] = json!(lang.code());
            all.extend(eligibility(input));
        }
        assert!(!all.is_empty());
        all.iter().for_each(says_it_in_words);
    }
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
