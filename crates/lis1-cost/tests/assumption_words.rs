//! Every assumption this calculation reports carries its own sentence in
//! people's words (`text`), in the requested language, never the option's
//! name; the options live with their sentences in this crate.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use lis1_core::form::checks::says_it_in_words;
use lis1_core::{Assumption, Lang};
use serde_json::{json, Value};

fn cost(input: Value) -> Vec<Assumption> {
    let typed: lis1_cost::CostInput = serde_json::from_value(input).unwrap();
    lis1_cost::estimate_cost(&typed).unwrap().assumptions
}

#[test]
fn every_reported_assumption_has_a_sentence_in_each_language() {
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let mut all = Vec::new();
        for preset in &lis1_cost::form::form(Lang::Nb).presets {
            // C-9 and C-10 options off and on.
            for options in [json!({}), json!({"officeCapacity": true, "supervisionRaiseOnTop": true})] {
                let mut input = preset.input.clone();
                input["lang"] = json!(lang.code());
                input["options"] = options;
                all.extend(cost(input));
            }
        }
        assert!(!all.is_empty());
        all.iter().for_each(says_it_in_words);
    }
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
