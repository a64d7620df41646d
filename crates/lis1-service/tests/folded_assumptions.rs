//! The assumption list shows the assumptions that change this result and
//! folds the rest (issue 24 item 8); the API's `assumptions` stays complete.
//! Which ones change a result is reasoned by hand from the rules for each
//! case below, option by option.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lis1_core::view::{Block, View, Voice};
use lis1_core::Lang;
use lis1_service::{check_absence, remaining_service, view, ServiceInput};
use serde_json::{json, Value};

fn input(value: Value) -> ServiceInput {
    serde_json::from_value(value).unwrap()
}

/// The options of the assumptions listed (changing the result) and folded.
fn split(v: &View) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut shown = Vec::new();
    let mut folded = Vec::new();
    for block in &v.blocks {
        match block {
            Block::Notes(n) => shown.extend(n.assumptions.iter().map(|a| a.option)),
            Block::Folded(f) => folded.extend(f.assumptions.iter().map(|a| a.option)),
            _ => {}
        }
    }
    (shown, folded)
}

const ABSENCE_OPTIONS: [&str; 7] = [
    "excessOnly",
    "dayUnit",
    "prorateAllowance",
    "covidOverlayEnd",
    "regimeAtPartStart",
    "a3ForPartsBefore2019",
    "covidNeedsLearningGoals",
];

#[test]
fn without_absence_only_the_offer_switch_changes_the_answer() {
    // A full hospital year from 2023-03-01 at 100 %, the kommune planned from 2024-03-01; no absence.
    // A-O1, A-O2, A-O3: no absence to count, excuse or make up, in any unit. A-O4, A-O7: no covid absence.
    // A-O5 (parts started 2019-03-01..2019-06-20), A-O6 (parts started before 2019-03-01): no such part.
    // S-5: no position below 50 %. P-1 on would add an offer of the 6 municipal months that remain: it changes.
    let i = input(json!({
        "periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}],
        "plan": {"nextStart": "2024-03-01"}
    }));
    let r = remaining_service(&i).unwrap();
    let v = view::remaining(&i, &r, Lang::Nb, Voice::You);
    let (shown, folded) = split(&v);
    assert_eq!(shown, ["offerOnlyMissing"]);
    let mut expected_folded = ABSENCE_OPTIONS.to_vec();
    expected_folded.push("minimumPercentWarning");
    assert_eq!(folded, expected_folded);
    // The API lists every assumption used, whatever the view folds: 7 absence options, S-5 and P-1.
    assert_eq!(r.assumptions.len(), 9);
    // The absence check has no offer: all seven fold.
    let a = check_absence(&i).unwrap();
    let (shown, folded) = split(&view::absence(&i, &a, Lang::Nb, Voice::You));
    assert!(shown.is_empty(), "{shown:?}");
    assert_eq!(folded, ABSENCE_OPTIONS);
}

#[test]
fn absence_above_the_allowance_shows_the_options_that_count_it() {
    // The hospital year 2024-09-01..2025-08-31 at 100 % (A-3: allowance 12), 14 + 59 = 73 days of absence.
    // A-O1: the excess 61 (default) against all 73 — changes. A-O2: the 73 given days counted as calendar days
    // leave 61 calendar days, not working days: the words and the end date change. A-O3: at 100 % the allowance is
    // 12 either way — folded, like A-O4..A-O7 (no covid absence, no part in 2019) and S-5 (100 %).
    let i = input(json!({
        "periods": [{"part": "hospital", "start": "2024-09-01", "end": "2025-08-31"}],
        "absences": [
            {"part": "hospital", "kind": "sick", "days": 14},
            {"part": "hospital", "kind": "parental-leave", "days": 59}
        ],
        "plan": {"nextStart": "2025-10-01"}
    }));
    let r = remaining_service(&i).unwrap();
    let (shown, folded) = split(&view::remaining(&i, &r, Lang::En, Voice::Doctor));
    assert_eq!(shown, ["excessOnly", "dayUnit", "offerOnlyMissing"]);
    assert_eq!(
        folded,
        [
            "prorateAllowance",
            "covidOverlayEnd",
            "regimeAtPartStart",
            "a3ForPartsBefore2019",
            "covidNeedsLearningGoals",
            "minimumPercentWarning"
        ]
    );
    let a = check_absence(&i).unwrap();
    let (shown, _) = split(&view::absence(&i, &a, Lang::En, Voice::You));
    assert_eq!(shown, ["excessOnly", "dayUnit"]);
}

#[test]
fn part_time_shows_the_pro_rata_rule_and_the_percentage_threshold() {
    // The hospital part at 40 % (below S-5's 50 %: a warning) with 20 days of absence. A-O3 pro rata makes the
    // allowance 12 × 0.4 = 4.8 instead of 12, so more days are made up: it changes the answer. S-5's threshold
    // gives the warning: shown.
    let i = input(json!({
        "periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29", "percent": 40}],
        "absences": [{"part": "hospital", "kind": "sick", "days": 20}]
    }));
    let a = check_absence(&i).unwrap();
    let (shown, _) = split(&view::absence(&i, &a, Lang::Nn, Voice::You));
    assert!(shown.contains(&"prorateAllowance"), "{shown:?}");
    let r = remaining_service(&i).unwrap();
    let (shown, _) = split(&view::remaining(&i, &r, Lang::Nn, Voice::You));
    assert!(shown.contains(&"prorateAllowance"), "{shown:?}");
    assert!(shown.contains(&"minimumPercentWarning"), "{shown:?}");
}
