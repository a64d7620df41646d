//! Every assumption this calculation reports carries its own sentence in
//! people's words (`text`), in the requested language, never the option's
//! name; the options live with their sentences in this crate.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use lis1_core::form::checks::says_it_in_words;
use lis1_core::{Assumption, Lang};
use serde_json::{json, Value};

fn service(input: Value) -> Vec<Assumption> {
    let typed: lis1_service::ServiceInput = serde_json::from_value(input).unwrap();
    lis1_service::remaining_service(&typed).map(|r| r.assumptions).unwrap_or_default()
}

/// Every assumption of the form's presets, with every option switched, in `lang`.
fn assumptions(lang: Lang) -> Vec<Assumption> {
    let mut out = Vec::new();
    for preset in &lis1_service::form::form(Lang::Nb).presets {
        for options in [
            json!({}),
            json!({"excessOnly": false, "dayUnit": "calendar-days", "prorateAllowance": false, "covidOverlayEnd": "2022-12-31", "regimeAtPartStart": false, "a3ForPartsBefore2019": true, "covidNeedsLearningGoals": true, "offerOnlyMissing": true}),
        ] {
            let mut input = preset.input.clone();
            input["lang"] = json!(lang.code());
            input["options"] = options;
            out.extend(service(input));
        }
    }
    out
}

#[test]
fn every_reported_assumption_has_a_sentence_in_each_language() {
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let all = assumptions(lang);
        // The options A-O1..A-O7, S-5 and P-1 at least, with both values of the switches.
        assert!(all.len() >= 18, "{} assumptions", all.len());
        all.iter().for_each(says_it_in_words);
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
    assert_eq!(text(&nb, "minimumPercentWarning"), "En stillingsprosent under 50 % gir en advarsel.");
}
