//! Issue 22 items 2, 3 and 11 (RULES rows T-1, B-12, B-14 corrected or added
//! 2026-12-06). Every expected value is derived by hand in the comments:
//! dates inclusive; T-1's minimum end is the start + 78 months − 1 day.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use lis1_core::{ErrorKind, Lis1Error};
use lis1_eligibility::{
    check_eligibility, validate, EarlierLis1, EligibilityInput, EligibilityResult, Eligible, Lis1Summary, Reason,
    ReasonKind,
};
use serde_json::{json, Value};

/// The input read both ways, by serde and by the field-table reader (as the
/// bindings read it): both must give the same value.
fn input(value: Value) -> EligibilityInput {
    let serde: EligibilityInput = serde_json::from_value(value.clone()).unwrap();
    let read = EligibilityInput::read(&lis1_core::read::Json(Some(&value)), lis1_core::Lang::En).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), serde_json::to_value(&serde).unwrap());
    read
}

fn check(value: Value) -> EligibilityResult {
    check_eligibility(&input(value)).unwrap()
}

fn fail(value: Value) -> Lis1Error {
    check_eligibility(&input(value)).unwrap_err()
}

fn reason<'a>(r: &'a EligibilityResult, rule: &str) -> &'a Reason {
    r.reasons.iter().find(|x| x.rule == rule).unwrap_or_else(|| panic!("no {rule}: {:#?}", r.reasons))
}

fn minimum_from(r: &EligibilityResult) -> String {
    r.assumptions.iter().find(|a| a.option == "minimumFrom" && a.rule == "T-1").unwrap().value.clone()
}

// ---- T-1: the 6.5 years count from authorisation ---------------------------------------------

#[test]
fn t_1_lis1_service_since_2024_03_01_gives_a_minimum_end_of_2030_08_31_not_2032() {
    // The issue's case: LIS1 hospital service 2024-03-01..2025-02-28 (12 months), applying for the round of
    // 2026-03-01. T-1 counts from the first counted LIS1 service: 2024-03-01 + 78 months = 2030-09-01, the day
    // before is 2030-08-31. Counted from the round (the old answer) it would be 2026-03-01 + 78 months − 1 day
    // = 2032-08-31.
    let history = json!({ "periods": [{ "part": "hospital", "start": "2024-03-01", "end": "2025-02-28" }] });
    let summary = json!({ "hospitalMonths": 12, "municipalMonths": 0, "firstStart": "2024-03-01" });
    for lis1 in [history, summary] {
        let r = check(json!({ "applicant": { "authorised": true, "specialty": "psykiatri", "lis1": lis1 },
                              "round": "2026-03-01", "lang": "en" }));
        assert_eq!(r.timeline.as_ref().unwrap().minimum_end, "2030-08-31");
        assert_eq!(minimum_from(&r), "firstLis1Start");
        assert_eq!(
            reason(&r, "T-1").message,
            "The whole specialist education lasts at least 6.5 years after authorisation, including del 1. The date \
             of authorisation is not given, so the time is counted from the start of the first counted LIS1 service \
             on 1 March 2024 (authorisation came before it): the minimum is reached on 31 August 2030."
        );
    }
}

#[test]
fn t_1_counts_from_the_authorisation_date_when_given() {
    // Authorised 2025-06-20, round 2026-09-01, no earlier service: 2025-06-20 + 78 months = 2031-12-20, the day
    // before is 2031-12-19 (not 2033-02-28, 78 months from the round).
    let r = check(json!({ "applicant": { "authorised": true, "authorisedOn": "2025-06-20", "specialty": "bup" },
                          "round": "2026-09-01" }));
    assert_eq!(r.timeline.as_ref().unwrap().minimum_end, "2031-12-19");
    assert_eq!(minimum_from(&r), "authorisation");
    assert!(reason(&r, "T-1")
        .message
        .contains("regnet fra autorisasjonen 20. juni 2025 er minstetiden nådd 19. desember 2031"));
    // B-11 names the date.
    assert_eq!(reason(&r, "B-11").message, "Legen har autorisasjon fra 20. juni 2025, som kreves før del 1 starter.");
    // With earlier service too, the authorisation date wins: 2023-08-15 + 78 months = 2030-02-15 → 2030-02-14.
    let r = check(json!({ "applicant": { "authorised": true, "authorisedOn": "2023-08-15", "specialty": "bup",
                                         "lis1": { "hospitalMonths": 6, "municipalMonths": 0, "firstStart": "2023-09-01" } },
                          "round": "2026-09-01" }));
    assert_eq!(r.timeline.as_ref().unwrap().minimum_end, "2030-02-14");
    assert_eq!(minimum_from(&r), "authorisation");
}

#[test]
fn t_1_without_any_date_earlier_service_counts_from_the_round_with_a_warning() {
    // A months summary without a start date and no authorisation date: the round (2026-03-01 + 78 months − 1 day
    // = 2032-08-31) is the only date known; listed as `roundStart` and warned about (the real minimum is earlier).
    let r = check(json!({ "applicant": { "authorised": true, "specialty": "psykiatri",
                                         "lis1": { "hospitalMonths": 12, "municipalMonths": 0 } },
                          "round": "2026-03-01" }));
    assert_eq!(r.timeline.as_ref().unwrap().minimum_end, "2032-08-31");
    assert_eq!(minimum_from(&r), "roundStart");
    assert!(r.warnings.iter().any(|w| w.code == "warning.t1-undated-earlier-lis1" && w.rule == Some("T-1")));
    // A fresh applicant: the round is the first LIS1 service, no warning.
    let r = check(json!({ "applicant": { "authorised": true, "specialty": "psykiatri" }, "round": "2026-03-01" }));
    assert_eq!((minimum_from(&r).as_str(), r.timeline.unwrap().minimum_end.as_str()), ("roundStart", "2032-08-31"));
    assert!(r.warnings.iter().all(|w| w.code != "warning.t1-undated-earlier-lis1"));
}

#[test]
fn s_11_an_authorisation_date_is_checked_against_authorised_the_round_and_earlier_service() {
    // Given while `authorised` is false: an input issue at the date.
    let e = fail(json!({ "applicant": { "authorised": false, "authorisedOn": "2026-01-10", "specialty": "bup" },
                         "round": "2026-09-01", "lang": "en" }));
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!(
        (e.issues[0].code, e.issues[0].path.as_str(), e.issues[0].rule),
        ("authorisation.date-not-authorised", "/applicant/authorisedOn", Some("S-11"))
    );
    // After the round's start (S-11: authorisation before del 1 starts): a rule violation. The start day itself is
    // allowed.
    let e = fail(json!({ "applicant": { "authorised": true, "authorisedOn": "2026-09-02", "specialty": "bup" },
                         "round": "2026-09-01", "lang": "en" }));
    assert_eq!(e.kind, ErrorKind::RuleViolation);
    assert_eq!(
        e.issues[0].message,
        "The authorisation (2 September 2026) is after the LIS1 start on 1 September 2026: authorisation is \
         required before del 1 starts."
    );
    let ok = check(json!({ "applicant": { "authorised": true, "authorisedOn": "2026-09-01", "specialty": "bup" },
                           "round": "2026-09-01" }));
    assert_eq!(ok.eligible, Eligible::Yes);
    // After earlier LIS1 service started (a history's first counted period).
    let e = fail(json!({ "applicant": { "authorised": true, "authorisedOn": "2024-03-02", "specialty": "bup",
                                        "lis1": { "periods": [{ "part": "hospital", "start": "2024-03-01", "end": "2024-08-31" }] } },
                         "round": "2026-09-01" }));
    assert_eq!(
        (e.issues[0].code, e.issues[0].path.as_str()),
        ("authorisation.after-earlier-lis1", "/applicant/authorisedOn")
    );
    // Checked like other dates.
    let e = fail(json!({ "applicant": { "authorised": true, "authorisedOn": "2026-02-30", "specialty": "bup" } }));
    assert_eq!((e.issues[0].code, e.issues[0].path.as_str()), ("date.impossible", "/applicant/authorisedOn"));
    assert_eq!(
        validate(&input(
            json!({ "applicant": { "authorised": true, "authorisedOn": "1.3.2024", "specialty": "bup" } })
        ))[0]
            .code,
        "date.format"
    );
}

// ---- B-12, B-14: what remains, and which course applies --------------------------------------

#[test]
fn b_12_partial_service_names_the_make_up_days_it_owes() {
    // The self-check's case: 12 hospital months counted, 61 working days still owed, nothing municipal. What
    // remains: 61 working days in the hospital part, its læringsmål (not stated approved) and 6 municipal months
    // — not "0 + 6 months". Without P-1: a full course, and the reason says so (B-12 corrected).
    let lis1 = json!({ "hospitalMonths": 12, "municipalMonths": 0, "firstStart": "2024-09-01",
                       "makeUpDays": { "hospital": 61 } });
    let r = check(json!({ "applicant": { "authorised": true, "specialty": "psykiatri", "lis1": lis1.clone() },
                          "round": "2026-09-01" }));
    assert_eq!(r.eligible, Eligible::Yes);
    assert_eq!(
        reason(&r, "B-12").message,
        "Tidligere LIS1-tjeneste: 12 md. i sykehusdelen og 0 md. i kommunedelen er tellende; det gjenstår 61 \
         arbeidsdager fravær å ta igjen i sykehusdelen, godkjenning av læringsmålene i sykehusdelen og 6 md. i \
         kommunedelen. Etter dagens regler kan legen søke og få et fullt løp på 18 måneder: bare hele del 1 kan ikke \
         gjennomføres to ganger (S-8). Forslaget om å tilby bare tjenesten som mangler (P-1), er ikke brukt, og \
         tidslinjen viser hele løpet."
    );
    // The timeline matches the words: the full 18 months from 2026-09-01 end 2028-02-29 (leap year).
    assert_eq!(r.timeline.as_ref().unwrap().lis1_end, "2028-02-29");
    // With P-1 the offer covers the 61 days and the 6 months: 61 working days from Tue 2026-09-01 — September
    // 22 (1–4, 7–11, 14–18, 21–25, 28–30), October 22 (1–2, 5–9, 12–16, 19–23, 26–30) = 44, November 2–6, 9–13,
    // 16–20 = 59, 23, 24 = 61 → 2026-11-24; then 6 months from 2026-11-25 end the day before 2027-05-25.
    let r = check(json!({ "applicant": { "authorised": true, "specialty": "psykiatri", "lis1": lis1 },
                          "round": "2026-09-01", "options": { "offerOnlyMissing": true }, "lang": "en" }));
    let t = r.timeline.clone().unwrap();
    assert_eq!(
        (t.hospital_end.as_deref(), t.municipal_start.as_str(), t.lis1_end.as_str()),
        (Some("2026-11-24"), "2026-11-25", "2027-05-24")
    );
    let offer = r.offer.clone().unwrap();
    assert_eq!((offer.parts, offer.months, offer.make_up_days.hospital), (vec!["hospital", "municipal"], 6.0, 61.0));
    assert!(reason(&r, "B-12").message.contains("With the proposal to offer only the missing service (P-1), only what remains is offered, so the path is shorter"));
    assert_eq!(
        reason(&r, "P-1").message,
        "With P-1 (only the missing service) the offer covers 61 working days of absence to make up in the hospital \
         part and 6 months in the municipal part. The timeline is shortened accordingly."
    );
}

#[test]
fn b_14_only_learning_goals_left_is_no_service_to_offer_under_p_1() {
    // 12 + 6 months, no days owed, municipal læringsmål not approved: B-14. Without P-1 a full course (yes); with
    // P-1 there is no service to offer (approval is the employer's where the service was done): no, no timeline.
    let a = json!({ "authorised": true, "specialty": "bup",
                    "lis1": { "hospitalMonths": 12, "municipalMonths": 6,
                              "learningGoalsApproved": { "hospital": true, "municipal": false } } });
    let r = check(json!({ "applicant": a.clone(), "round": "2026-09-01", "lang": "en" }));
    assert_eq!(r.eligible, Eligible::Yes);
    assert!(reason(&r, "B-14").message.contains("still to do: approval of the learning goals of the municipal part."));
    let r =
        check(json!({ "applicant": a, "round": "2026-09-01", "lang": "en", "options": { "offerOnlyMissing": true } }));
    assert_eq!(r.eligible, Eligible::No);
    let b14 = reason(&r, "B-14");
    assert!(!b14.met && b14.message.contains("there is no service to offer"), "{}", b14.message);
    assert_eq!((r.timeline, r.offer), (None, None));
}

#[test]
fn s_8_and_b_10_only_when_time_make_up_and_learning_goals_are_all_done() {
    // 12 + 6, no days owed, both parts' læringsmål approved: del 1 complete (S-9) → B-10, not a candidate, and the
    // reason says a new full del 1 is not allowed (S-8).
    let a = json!({ "authorised": true, "specialty": "bup",
                    "lis1": { "hospitalMonths": 12, "municipalMonths": 6, "makeUpDays": { "hospital": 0, "municipal": 0 },
                              "learningGoalsApproved": { "hospital": true, "municipal": true } } });
    let r = check(json!({ "applicant": a, "round": "2026-09-01", "lang": "en" }));
    assert_eq!(r.eligible, Eligible::No);
    let b10 = reason(&r, "B-10");
    assert!(!b10.met && b10.message.contains("a new full del 1 is not allowed (S-8)"));
    assert_eq!(r.timeline, None);
}

#[test]
fn s_9_complete_with_days_owed_or_unapproved_goals_is_invalid() {
    let complete = |extra: Value| {
        let mut lis1 = json!({ "hospitalMonths": 12, "municipalMonths": 6, "complete": true });
        for (k, v) in extra.as_object().unwrap() {
            lis1[k] = v.clone();
        }
        fail(json!({ "applicant": { "authorised": true, "specialty": "bup", "lis1": lis1 }, "lang": "en" }))
    };
    let e = complete(json!({ "makeUpDays": { "municipal": 3, "dayUnit": "calendar-days" } }));
    assert_eq!(
        (e.kind, e.issues[0].code, e.issues[0].path.as_str()),
        (ErrorKind::InvalidInput, "lis1.complete-open", "/applicant/lis1/complete")
    );
    assert!(
        e.issues[0].message.contains("still to do is 3 calendar days of absence to make up in the municipal part;"),
        "{}",
        e.issues[0].message
    );
    let e = complete(json!({ "learningGoalsApproved": { "hospital": false } }));
    assert!(
        e.issues[0].message.contains("approval of the learning goals of the hospital part"),
        "{}",
        e.issues[0].message
    );
}

#[test]
fn s_2_municipal_months_while_hospital_days_are_owed_is_a_rule_violation() {
    // S-2 (corrected): the hospital part's service time includes its make-up days.
    let e = fail(json!({ "applicant": { "authorised": true, "specialty": "bup",
                                        "lis1": { "hospitalMonths": 12, "municipalMonths": 2, "makeUpDays": { "hospital": 3 } } },
                         "lang": "en" }));
    assert_eq!(e.kind, ErrorKind::RuleViolation);
    assert_eq!(
        (e.issues[0].code, e.issues[0].path.as_str(), e.issues[0].rule),
        ("lis1.order-make-up", "/applicant/lis1/municipalMonths", Some("S-2"))
    );
    assert!(e.issues[0].message.contains("(2 months) while 3 working days of absence in the hospital part"));
}

#[test]
fn summary_fields_are_checked_with_paths() {
    let v = input(json!({ "applicant": { "authorised": true, "specialty": "bup",
        "lis1": { "hospitalMonths": 6, "municipalMonths": 0, "firstStart": "2024-13-01",
                  "makeUpDays": { "hospital": -1, "dayUnit": "hours" } } } }));
    let got: Vec<_> = validate(&v).into_iter().map(|i| (i.path, i.code)).collect();
    assert_eq!(
        got,
        vec![
            ("/applicant/lis1/firstStart".to_owned(), "date.impossible"),
            ("/applicant/lis1/makeUpDays/dayUnit".to_owned(), "enum.unknown"),
            ("/applicant/lis1/makeUpDays/hospital".to_owned(), "days.range"),
        ]
    );
}

#[test]
fn learning_goals_first_is_read_and_the_next_key_decides_the_form() {
    let read = |text: &str| {
        let text = format!(r#"{{"applicant":{{"authorised":true,"specialty":"bup","lis1":{text}}}}}"#);
        let mut de = serde_json::Deserializer::from_str(&text);
        lis1_core::input::deserialize::<EligibilityInput, _>(&mut de, lis1_core::Lang::En)
    };
    let summary =
        read(r#"{"learningGoalsApproved":{"hospital":true},"hospitalMonths":12,"municipalMonths":0}"#).unwrap();
    match summary.applicant.lis1 {
        Some(EarlierLis1::Summary(s)) => assert_eq!(s.learning_goals_approved.unwrap().hospital, Some(true)),
        other => panic!("{other:?}"),
    }
    let history =
        read(r#"{"learningGoalsApproved":{"municipal":true},"periods":[{"part":"hospital","start":"2024-03-01","end":"2024-08-31"}]}"#)
            .unwrap();
    match history.applicant.lis1 {
        Some(EarlierLis1::Service(h)) => assert_eq!(h.learning_goals_approved.unwrap().municipal, Some(true)),
        other => panic!("{other:?}"),
    }
    // A problem in it is at its own path.
    let issues =
        read(r#"{"learningGoalsApproved":{"hospital":"yes"},"hospitalMonths":12,"municipalMonths":0}"#).unwrap_err();
    assert_eq!(issues[0].path, "/applicant/lis1/learningGoalsApproved/hospital");
    // Twice is an error, not a silent choice.
    assert!(read(r#"{"learningGoalsApproved":{},"hospitalMonths":12,"municipalMonths":0,"learningGoalsApproved":{}}"#)
        .is_err());
}

#[test]
fn from_service_summarises_a_history_with_days_goals_and_first_start() {
    // Worked example 2: hospital 2023-03-01..2024-02-29 (12.0), 20 working days sick → 8 owed (A-3: 12 allowed);
    // a postlege period before it does not count (S-6), so the first counted start is 2023-03-01.
    let history: lis1_service::ServiceInput = serde_json::from_value(json!({
        "periods": [{ "part": "hospital", "start": "2023-01-02", "end": "2023-02-28", "position": "postlege" },
                    { "part": "hospital", "start": "2023-03-01", "end": "2024-02-29" }],
        "absences": [{ "part": "hospital", "kind": "sick", "days": 20 }],
        "learningGoalsApproved": { "hospital": true }
    }))
    .unwrap();
    let result = lis1_service::remaining_service(&history).unwrap();
    let summary = Lis1Summary::from_service(&history, &result);
    assert_eq!(
        serde_json::to_value(&summary).unwrap(),
        json!({ "hospitalMonths": 12.0, "municipalMonths": 0.0, "complete": false, "firstStart": "2023-03-01",
                "makeUpDays": { "hospital": 8.0, "municipal": 0.0, "dayUnit": "workdays" },
                "learningGoalsApproved": { "hospital": true, "municipal": false } })
    );
}

// ---- item 11: information is not a met condition ---------------------------------------------

#[test]
fn only_conditions_are_met_or_not_met() {
    let r = check(json!({ "applicant": { "authorised": true, "specialty": "allmennmedisin" }, "round": "2026-09-01",
                          "options": { "offerOnlyMissing": false } }));
    let info: Vec<&str> = r.reasons.iter().filter(|x| x.kind == ReasonKind::Info).map(|x| x.rule).collect();
    // B-1 (the path, no employer to match), B-2, T-1, T-2, T-3, T-5, B-3, B-4, B-5, B-13.
    assert_eq!(info, vec!["B-1", "B-2", "T-1", "T-2", "T-3", "T-5", "B-3", "B-4", "B-5", "B-13"]);
    let conditions: Vec<&str> = r.reasons.iter().filter(|x| x.kind == ReasonKind::Condition).map(|x| x.rule).collect();
    assert_eq!(conditions, vec!["B-10", "B-11"]);
}

// ---- P-1: remainingService and checkEligibility give the same offer ----------------------------------------

#[test]
fn p_1_remaining_service_and_eligibility_offer_the_same_for_the_same_history() {
    // The issue's case: hospital 2023-03-01..2024-02-29 = 12.0 months, 15 working days sick under A-3 (allowance 12)
    // → 3 working days owed. With P-1 the hospital part is not complete: the offer covers hospital (0 months,
    // 3 make-up days) and municipal (6 months) — parts [hospital, municipal], months 6, makeUpDays 3 / 0 — from both
    // calculations, for the same history.
    let history = json!({
        "periods": [{ "part": "hospital", "start": "2023-03-01", "end": "2024-02-29" }],
        "absences": [{ "part": "hospital", "kind": "sick", "days": 15 }],
    });
    let mut service_input = history.clone();
    service_input["options"] = json!({ "offerOnlyMissing": true });
    let service: lis1_service::ServiceInput = serde_json::from_value(service_input).unwrap();
    let from_service = lis1_service::remaining_service(&service).unwrap().offer.unwrap();
    let r = check(json!({ "applicant": { "authorised": true, "specialty": "allmennmedisin", "lis1": history },
                          "round": "2026-03-01", "options": { "offerOnlyMissing": true } }));
    let from_eligibility = r.offer.unwrap();
    assert_eq!(from_service, from_eligibility);
    assert_eq!(from_service.parts, vec!["hospital", "municipal"]);
    assert_eq!(from_service.months, 6.0);
    assert_eq!((from_service.make_up_days.hospital, from_service.make_up_days.municipal), (3.0, 0.0));
}
