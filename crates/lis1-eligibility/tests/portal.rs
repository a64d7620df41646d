//! B-40: portal calendar checks, with Norwegian working days.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use lis1_eligibility::{check_portal, PortalInput, PortalResult};
use serde_json::{json, Value};

/// The input read both ways, by serde and by the field-table reader (as the
/// bindings read it): both must give the same value.
fn read(v: Value) -> PortalInput {
    let serde: PortalInput = serde_json::from_value(v.clone()).unwrap();
    let read = PortalInput::read(&lis1_core::read::Json(Some(&v)), lis1_core::Lang::En).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), serde_json::to_value(&serde).unwrap());
    read
}

fn run(v: Value) -> PortalResult {
    check_portal(&read(v)).unwrap()
}

#[test]
fn b_40_application_deadline_at_least_two_weeks_after_advertisement() {
    // Advertised Thu 2026-01-22; + 14 days = Thu 2026-02-05.
    let ok = run(
        json!({ "round": "2026-09-01", "advertised": "2026-01-22", "applicationDeadline": "2026-02-05", "lang": "en" }),
    );
    assert_eq!(ok.earliest_application_deadline, "2026-02-05");
    assert!(ok.checks[0].met);
    let short = run(json!({ "round": "2026-09-01", "advertised": "2026-01-22", "applicationDeadline": "2026-02-04" }));
    assert!(!short.checks[0].met && short.checks[0].rule == "B-40");
}

#[test]
fn b_40_reply_deadline_counts_three_working_days_over_easter() {
    // Easter Sunday 2026 is 5 April: skjærtorsdag 2.4, langfredag 3.4 and
    // 2. påskedag 6.4 are holidays. First offer Tue 2026-03-31: Wed 1.4 (1),
    // Tue 7.4 (2), Wed 8.4 (3) → earliest reply 2026-04-08.
    let base = json!({ "round": "2026-09-01", "advertised": "2026-01-22", "applicationDeadline": "2026-02-05",
                       "firstOffer": "2026-03-31", "replyDeadline": "2026-04-07", "lang": "en" });
    let r = run(base.clone());
    assert_eq!(r.earliest_reply_deadline.as_deref(), Some("2026-04-08"));
    let reply = r.checks.iter().find(|c| c.message.contains("Reply deadline")).unwrap();
    assert!(!reply.met);
    let mut ok = base;
    ok["replyDeadline"] = json!("2026-04-08");
    assert!(run(ok).checks.iter().all(|c| c.met));
}

#[test]
fn b_40_acceptance_mark_hidden_one_week_before_start() {
    // 2026-09-01 − 7 days = 2026-08-25.
    let base = json!({ "round": "2026-09-01", "advertised": "2026-01-22", "applicationDeadline": "2026-02-05" });
    assert_eq!(run(base.clone()).acceptance_hidden_from, "2026-08-25");
    let mut late = base;
    late["acceptanceHiddenFrom"] = json!("2026-08-27");
    let r = run(late);
    assert!(!r.checks.last().unwrap().met);
    // March round: 2028-03-01 − 7 days = 2028-02-23 (2028 is a leap year: Feb has 29 days).
    let r = run(json!({ "round": "2028-03-01", "advertised": "2027-09-01", "applicationDeadline": "2027-09-20" }));
    assert_eq!(r.acceptance_hidden_from, "2028-02-23");
}

#[test]
fn b_40_order_problems_are_input_errors_with_paths() {
    let v = json!({ "round": "2026-09-01", "advertised": "2026-01-22", "applicationDeadline": "2026-02-05",
                    "firstOffer": "2026-02-01", "replyDeadline": "2026-02-10" });
    let e = check_portal(&read(v)).unwrap_err();
    assert_eq!((e.issues[0].path.as_str(), e.issues[0].rule), ("/firstOffer", Some("B-40")));
    let v = json!({ "round": "2026-09-15", "advertised": "2026-01-22", "applicationDeadline": "2026-02-05" });
    let e = check_portal(&read(v)).unwrap_err();
    assert_eq!((e.issues[0].path.as_str(), e.issues[0].code), ("/round", "round.not-start-date"));
}
