//! Earlier LIS1 given as a full `ServiceInput`: counted through the service
//! engine (`lis1_service::remaining_service`), then used for B-10/B-12/S-8
//! and the timeline. Expected values derived by hand in the comments.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use lis1_core::ErrorKind;
use lis1_eligibility::{check_eligibility, validate, EligibilityInput, EligibilityResult, Eligible};
use serde_json::{json, Value};

fn input(lis1: Value, extra: Value) -> EligibilityInput {
    let mut v = json!({ "applicant": { "authorised": true, "specialty": "psykiatri", "lis1": lis1 } });
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    // Read both ways, by serde and by the field-table reader (as the bindings read it): the same value.
    let serde: EligibilityInput = serde_json::from_value(v.clone()).unwrap();
    let read = EligibilityInput::read(&lis1_core::read::Json(Some(&v)), lis1_core::Lang::En).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), serde_json::to_value(&serde).unwrap());
    read
}

fn check(lis1: Value, extra: Value) -> EligibilityResult {
    check_eligibility(&input(lis1, extra)).unwrap()
}

#[test]
fn b_12_worked_example_3_through_the_service_engine() {
    // Reststilling 2023-03-01..2023-08-31 = Mar..Aug = 6.0 hospital months;
    // remaining 12 − 6 = 6 hospital, 6 municipal. With P-1 from 2023-09-01:
    // hospital Sep 2023..Feb 2024 → 2024-02-29; municipal Mar..Aug 2024 →
    // 2024-08-31; LIS3 2024-09-01.
    let lis1 = json!({ "periods": [ { "part": "hospital", "start": "2023-03-01", "end": "2023-08-31", "position": "reststilling", "rotation": "kirurgi" } ] });
    let r = check(lis1, json!({ "round": "2023-09-01", "options": { "offerOnlyMissing": true } }));
    assert_eq!(r.eligible, Eligible::Yes);
    let rem = r.remaining.unwrap();
    assert_eq!((rem.hospital_months, rem.municipal_months), (6.0, 6.0));
    let t = r.timeline.unwrap();
    assert_eq!(t.hospital_end.as_deref(), Some("2024-02-29"));
    assert_eq!((t.lis1_end.as_str(), t.specialty_start.as_str()), ("2024-08-31", "2024-09-01"));
    assert_eq!(r.offer.unwrap().months, 12.0);
}

#[test]
fn b_12_absence_to_make_up_extends_the_offered_hospital_part() {
    // Worked example 2: hospital 2023-03-01..2024-02-29 (12.0 months) with 20
    // working days sick: allowance 12, 8 working days to make up.
    // With P-1 from round 2024-03-01: 0 hospital months + 8 working days:
    // Fri 1.3, Mon–Fri 4.–8.3 (5), Mon 11.3, Tue 12.3 → hospital end 2024-03-12.
    // Municipal 6.0 months from 2024-03-13, by anniversary: they end the day
    // before 2024-09-13 → 2024-09-12.
    let lis1 = json!({
        "periods": [ { "part": "hospital", "start": "2023-03-01", "end": "2024-02-29" } ],
        "absences": [ { "part": "hospital", "kind": "sick", "days": 20 } ]
    });
    let r = check(lis1, json!({ "round": "2024-03-01", "options": { "offerOnlyMissing": true } }));
    let t = r.timeline.clone().unwrap();
    assert_eq!(t.hospital_end.as_deref(), Some("2024-03-12"));
    assert_eq!(
        (t.municipal_start.as_str(), t.lis1_end.as_str(), t.specialty_start.as_str()),
        ("2024-03-13", "2024-09-12", "2024-09-13")
    );
    assert_eq!(r.offer.unwrap().parts, vec!["hospital", "municipal"]);
    // The engine's options (A-O1, A-O2, ...) are carried as assumptions.
    assert!(r.assumptions.iter().any(|a| a.rule == "A-O2"), "{:?}", r.assumptions);
}

#[test]
fn s_6_postlege_service_does_not_count_so_the_doctor_enters_the_whole_path() {
    // S-6: a postlege post counts 0 months → no earlier counted LIS1 (B-10).
    let lis1 = json!({ "periods": [ { "part": "hospital", "start": "2023-03-01", "end": "2023-08-31", "position": "postlege" } ] });
    let r = check(lis1, json!({ "round": "2023-09-01" }));
    assert!(r.reasons.iter().any(|x| x.rule == "B-10" && x.met));
    assert_eq!(r.timeline.unwrap().lis1_end, "2025-02-28");
}

#[test]
fn b_10_completed_history_with_learning_goals_is_not_a_candidate() {
    // 2022-09-01..2023-08-31 = 12.0 and 2023-09-01..2024-02-29 = 6.0, goals approved.
    let lis1 = json!({
        "periods": [ { "part": "hospital", "start": "2022-09-01", "end": "2023-08-31" },
                     { "part": "municipal", "start": "2023-09-01", "end": "2024-02-29" } ],
        "learningGoalsApproved": { "hospital": true, "municipal": true }
    });
    let r = check(lis1.clone(), json!({ "round": "2026-09-01" }));
    assert_eq!(r.eligible, Eligible::No);
    assert!(r.reasons.iter().any(|x| x.rule == "B-10" && !x.met));
    // Without approved goals (missing = no, S-9) del 1 is not complete (B-14): not S-8's "nothing left", and
    // without P-1 a full course (B-12), so a candidate; the reason names both parts' læringsmål.
    let mut pending = lis1;
    pending.as_object_mut().unwrap().remove("learningGoalsApproved");
    let r = check(pending, json!({ "round": "2026-09-01" }));
    assert_eq!(r.eligible, Eligible::Yes);
    let b14 = r.reasons.iter().find(|x| x.rule == "B-14").unwrap();
    assert!(
        b14.message
            .contains("godkjenning av læringsmålene i sykehusdelen og godkjenning av læringsmålene i kommunedelen"),
        "{}",
        b14.message
    );
    assert!(r.reasons.iter().all(|x| x.rule != "S-8"));
}

#[test]
fn s_2_violation_in_the_history_is_reported_under_applicant_lis1() {
    let lis1 = json!({ "periods": [ { "part": "municipal", "start": "2022-09-01", "end": "2023-02-28" } ] });
    let e = check_eligibility(&input(lis1, json!({}))).unwrap_err();
    assert_eq!(e.kind, ErrorKind::RuleViolation);
    assert!(e.issues.iter().all(|i| i.path.starts_with("/applicant/lis1")), "{:?}", e.issues);
    assert!(e.issues.iter().any(|i| i.rule == Some("S-2")));
}

#[test]
fn history_input_problems_have_paths_under_applicant_lis1() {
    let lis1 = json!({ "periods": [ { "part": "hospital", "start": "2023-03-01", "end": "2023-02-30" } ] });
    let v = input(lis1, json!({ "round": "2026-06-01" }));
    let e = check_eligibility(&v).unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    let got: Vec<_> = e.issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(got, vec![("/applicant/lis1/periods/0/end", "date.impossible"), ("/round", "round.not-start-date")]);
    assert_eq!(validate(&v).len(), 2);
}

#[test]
fn b_14_months_covered_with_make_up_owed_is_not_a_completed_del_1() {
    // Hospital 2022-09-01..2023-09-12 with 20 working days sick (A-3: 12
    // allowed, 8 owed): 12 months reached 2023-08-31, the 8 days served on
    // Fri 1, Mon–Fri 4–8, Mon 11, Tue 12 September (S-2 holds); counted
    // 12 + 12/30 (12 days of the September window) = 12.4. Municipal
    // 2023-09-13..2024-03-12 = 6.0 by anniversary, with 20 working days sick
    // (6 allowed, 14 owed); municipal læringsmål not approved.
    // Issue 22 item 3 / B-14: the months cover 12 + 6, but 14 days and the
    // municipal læringsmål remain, so del 1 is not complete: not S-8's "counted
    // time already covers both parts". Without P-1 a full course (B-12).
    let lis1 = json!({
        "periods": [ { "part": "hospital", "start": "2022-09-01", "end": "2023-09-12" },
                     { "part": "municipal", "start": "2023-09-13", "end": "2024-03-12" } ],
        "absences": [ { "part": "hospital", "kind": "sick", "days": 20 },
                      { "part": "municipal", "kind": "sick", "days": 20 } ],
        "learningGoalsApproved": { "hospital": true },
        "lang": "en"
    });
    let r = check(lis1.clone(), json!({ "round": "2026-09-01", "lang": "en" }));
    assert_eq!(r.eligible, Eligible::Yes);
    assert!(r.reasons.iter().all(|x| x.rule != "S-8"));
    let b14 = r.reasons.iter().find(|x| x.rule == "B-14").unwrap();
    assert!(b14.met);
    assert_eq!(
        b14.message,
        "Del 1 is not complete: the months of both parts count (12.4 + 6 months), but still to do: 14 working days \
         of absence to make up in the municipal part and approval of the learning goals of the municipal part. So \
         the doctor has not completed LIS1 and is not excluded. Under today's rules the doctor may apply and get a \
         full 18-month course: only the whole del 1 cannot be done twice (S-8). The proposal to offer only the \
         missing service (P-1) is not applied, and the timeline shows the full path."
    );
    // The full course from 2026-09-01 ends 2028-02-29 (2028 is a leap year); T-1 counts from the first counted
    // LIS1 service, 2022-09-01: + 78 months = 2029-03-01 → 2029-02-28.
    let t = r.timeline.clone().unwrap();
    assert_eq!((t.lis1_end.as_str(), t.minimum_end.as_str()), ("2028-02-29", "2029-02-28"));
    let rem = r.remaining.clone().unwrap();
    assert_eq!((rem.make_up_days.hospital, rem.make_up_days.municipal, rem.day_unit), (0.0, 14.0, "workdays"));
    assert_eq!(rem.learning_goals_pending, vec!["municipal"]);

    // The summary of the same history gives the same reasons, timeline and what remains (one route).
    let summary = json!({ "hospitalMonths": 12.4, "municipalMonths": 6, "firstStart": "2022-09-01",
                          "makeUpDays": { "municipal": 14 }, "learningGoalsApproved": { "hospital": true } });
    let s = check(summary, json!({ "round": "2026-09-01", "lang": "en" }));
    assert_eq!(
        (s.eligible, &s.reasons, &s.timeline, &s.remaining),
        (r.eligible, &r.reasons, &r.timeline, &r.remaining)
    );

    // With P-1 only the 14 municipal days are offered (P-1: a part owing days is not complete): from Tue
    // 2026-09-01, working days 1–4 (4), 7–11 (9), 14–18 (14) → Fri 2026-09-18; the next day LIS3.
    let r = check(lis1, json!({ "round": "2026-09-01", "lang": "en", "options": { "offerOnlyMissing": true } }));
    assert_eq!(r.eligible, Eligible::Yes);
    let offer = r.offer.clone().unwrap();
    assert_eq!((offer.parts, offer.months, offer.make_up_days.municipal), (vec!["municipal"], 0.0, 14.0));
    let t = r.timeline.unwrap();
    assert_eq!(t.hospital_end, None);
    assert_eq!(
        (t.municipal_start.as_str(), t.lis1_end.as_str(), t.specialty_start.as_str()),
        ("2026-09-01", "2026-09-18", "2026-09-19")
    );
}

#[test]
fn validate_and_check_report_the_same_issues_for_an_inconsistent_summary() {
    // {hospitalMonths: 6, municipalMonths: 6, complete: true}: `complete`
    // contradicts the months (S-9) and municipal months before a complete
    // hospital part break the order (S-2). Both checks report both.
    let v = input(json!({ "hospitalMonths": 6, "municipalMonths": 6, "complete": true }), json!({}));
    let e = check_eligibility(&v).unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    let got: Vec<_> = e.issues.iter().map(|i| (i.path.as_str(), i.code, i.rule)).collect();
    assert_eq!(
        got,
        vec![
            ("/applicant/lis1/complete", "lis1.complete-inconsistent", Some("S-9")),
            ("/applicant/lis1/municipalMonths", "lis1.order", Some("S-2")),
        ]
    );
    assert_eq!(validate(&v), e.issues);
}

#[test]
fn a_service_forms_history_fills_the_earlier_service_fields_of_this_form() {
    // A full hospital year 2023-03-01..2024-02-29 (12 months by anniversary), nothing in the kommune, no absence:
    // 12 + 0 months, not complete, first counted day 2023-03-01, no days owed (their fields cleared), læringsmål
    // not approved.
    let history = serde_json::json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}]});
    let fields = lis1_eligibility::form::earlier_service(&history, lis1_core::Lang::Nb);
    let value = |pointer: &str| fields.iter().find(|(p, _)| *p == pointer).map(|(_, v)| v.clone()).unwrap();
    assert_eq!(value("/applicant/lis1/hospitalMonths"), serde_json::json!(12.0));
    assert_eq!(value("/applicant/lis1/municipalMonths"), serde_json::json!(0.0));
    assert_eq!(value("/applicant/lis1/complete"), serde_json::json!(false));
    assert_eq!(value("/applicant/lis1/firstStart"), serde_json::json!("2023-03-01"));
    assert_eq!(value("/applicant/lis1/makeUpDays/hospital"), serde_json::Value::Null);
    assert_eq!(value("/applicant/lis1/learningGoalsApproved/hospital"), serde_json::json!(false));
    // A history that cannot be read fills nothing.
    assert!(lis1_eligibility::form::earlier_service(&serde_json::json!({"periods": 3}), lis1_core::Lang::Nb).is_empty());
}
