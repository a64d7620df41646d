//! The second domain audit (rules corrected 2026-12-06): contiguous stretches
//! (date conventions), P-1 offers that cover owed make-up days, S-2's
//! læringsmål warning, S-6's extra positions and absence kinds in words.
//! Every expectation is derived by hand in the comments.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use serde_json::json;

fn period(part: &str, start: &str, end: &str, rotation: &str) -> serde_json::Value {
    json!({"part": part, "start": start, "end": end, "rotation": rotation})
}

// ------------------------------------------------ stretches (date conventions)

#[test]
fn a_year_split_at_a_rotation_change_is_one_year() {
    // docs/rules.md#date-conventions: 2023-03-01..03-14 + 2023-03-15..2024-02-29 are contiguous, same part and
    // percentage → one stretch 2023-03-01..2024-02-29 = 12.0 months (counted apart: 14/31 + 11 + 15/29 = 11.97,
    // which owed a day).
    let r = service(json!({"periods": [
        period("hospital", "2023-03-01", "2023-03-14", "indremedisin"),
        period("hospital", "2023-03-15", "2024-02-29", "kirurgi"),
    ]}));
    assert_eq!(r.hospital.counted_months, 12.0);
    assert_eq!(r.hospital.remaining_months, 0.0);
    assert!(r.hospital.complete);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-02-29"));
}

#[test]
fn three_mid_month_rotations_from_the_fifteenth_are_twelve_months() {
    // 2023-02-15..06-30, 07-01..10-31, 11-01..2024-02-14. Apart: (4 + 16/30) + 4 + (3 + 14/29) = 12.016 → 12.02.
    // Contiguous at 100 % → one stretch 2023-02-15..2024-02-14 = 12.0 by anniversary.
    let r = service(json!({"periods": [
        period("hospital", "2023-02-15", "2023-06-30", "indremedisin"),
        period("hospital", "2023-07-01", "2023-10-31", "kirurgi"),
        period("hospital", "2023-11-01", "2024-02-14", "psykiatri"),
    ]}));
    assert_eq!(r.hospital.counted_months, 12.0);
    assert!(r.hospital.complete);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-02-14"));
}

#[test]
fn a_plan_that_continues_the_last_stretch_is_projected_as_one_stretch_with_it() {
    // Found by the property serving_the_projection_completes_the_part. Served 2023-03-01..03-14 at 100 %, planned
    // from 2023-03-15 at 100 %: serving the plan makes one stretch from 2023-03-01 (the date conventions), whose 12
    // months end the day before 2024-03-01 → 2024-02-29. (Projected as a stretch of its own from 03-15, the
    // remaining 12 − 14/31 = 11.548 months ended on 2024-03-01: 11 months to 2024-02-14, then 0.548 × 29 days of
    // the window 2024-02-15..03-14 = 15.9 → 16 days — a day more than serving it needs.)
    let r = service(json!({
        "periods": [period("hospital", "2023-03-01", "2023-03-14", "indremedisin")],
        "plan": {"nextStart": "2023-03-15"},
    }));
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-02-29"));
    // Served as projected, the part is complete on that day.
    let served = service(json!({"periods": [
        period("hospital", "2023-03-01", "2023-03-14", "indremedisin"),
        period("hospital", "2023-03-15", "2024-02-29", "kirurgi"),
    ]}));
    assert!(served.hospital.complete);
}

#[test]
fn a_plan_at_another_percentage_is_a_stretch_of_its_own() {
    // The same history, planned from 2023-03-15 at 80 %: a new stretch. Remaining 12 − 14/31 = 11.548387 months
    // at 0.8 = 14.435484 month-windows from 2023-03-15: 14 whole windows to 2024-05-14, then 0.435484 × 31 days
    // (window 2024-05-15..06-14) = 13.5 → 14 days: 2024-05-15..05-28.
    let r = service(json!({
        "periods": [period("hospital", "2023-03-01", "2023-03-14", "indremedisin")],
        "plan": {"nextStart": "2023-03-15", "percent": 80},
    }));
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-05-28"));
}

#[test]
fn a_gap_of_one_day_keeps_two_stretches() {
    // 2023-03-01..03-14 (14/31) and 2023-03-16..2024-02-29 (11 months to 2024-02-15, then 02-16..02-29 = 14 days of
    // the window 2024-02-16..03-15 = 29 days): 14/31 + 11 + 14/29 = 11.9344 → counted 11.93, remaining 0.0656 → 0.07.
    let r = service(json!({"periods": [
        period("hospital", "2023-03-01", "2023-03-14", "indremedisin"),
        period("hospital", "2023-03-16", "2024-02-29", "kirurgi"),
    ]}));
    assert_eq!(r.hospital.counted_months, 11.93);
    assert_eq!(r.hospital.remaining_months, 0.07);
    assert!(!r.hospital.complete);
}

#[test]
fn another_percentage_keeps_two_stretches() {
    // 2023-03-01..03-14 at 100 % = 14/31 = 0.4516; 2023-03-15..2024-02-29 at 80 % = (11 + 15/29) × 0.8 = 9.2138.
    // Sum 9.6654 → 9.67; remaining 12 − 9.6654 = 2.3346 → 2.33.
    let r = service(json!({"periods": [
        period("hospital", "2023-03-01", "2023-03-14", "indremedisin"),
        {"part": "hospital", "start": "2023-03-15", "end": "2024-02-29", "percent": 80},
    ]}));
    assert_eq!(r.hospital.counted_months, 9.67);
    assert_eq!(r.hospital.remaining_months, 2.33);
}

#[test]
fn stretches_do_not_join_across_parts() {
    // Hospital 2022-09-01..2023-08-31 = 12.0; municipal 2023-09-01..2024-02-29 = 6.0: contiguous, but another part,
    // so each part counts its own stretch (S-1) and del 1's time is complete on 2024-02-29.
    let r = service(json!({"periods": [
        period("hospital", "2022-09-01", "2023-08-31", "indremedisin"),
        period("municipal", "2023-09-01", "2024-02-29", "legevakt"),
    ]}));
    assert_eq!((r.hospital.counted_months, r.municipal.counted_months), (12.0, 6.0));
    assert!(r.del1_time_complete);
}

// ------------------------------------------------------------ P-1 and make-up

#[test]
fn p1_offer_covers_make_up_days_owed_in_a_served_hospital_part() {
    // Hospital 2023-03-01..2024-02-29 = 12.0 months served. 15 working days sick under A-3: allowance 12, excess 3,
    // A-O1 (excess only) → 3 working days owed. P-1: the hospital part is not complete, so the offer covers it too:
    // parts hospital + municipal, months 0 + 6 = 6, make-up days hospital 3, municipal 0.
    let r = service(json!({
        "periods": [period("hospital", "2023-03-01", "2024-02-29", "indremedisin")],
        "absences": [{"part": "hospital", "kind": "sick", "days": 15}],
        "options": {"offerOnlyMissing": true}
    }));
    assert_eq!(r.hospital.remaining_months, 0.0);
    assert_eq!(r.hospital.make_up_days, 3.0);
    let offer = r.offer.expect("P-1 on gives an offer");
    assert_eq!(offer.parts, vec!["hospital", "municipal"]);
    assert_eq!(offer.months, 6.0);
    assert_eq!((offer.make_up_days.hospital, offer.make_up_days.municipal), (3.0, 0.0));
}

#[test]
fn p1_offer_leaves_out_a_part_that_is_complete() {
    // Hospital 12.0 months with 12 working days sick: exactly the A-3 allowance, nothing owed → complete; only the
    // municipal 6 months are offered, with no make-up days.
    let r = service(json!({
        "periods": [period("hospital", "2023-03-01", "2024-02-29", "indremedisin")],
        "absences": [{"part": "hospital", "kind": "sick", "days": 12}],
        "options": {"offerOnlyMissing": true}
    }));
    let offer = r.offer.unwrap();
    assert_eq!(offer.parts, vec!["municipal"]);
    assert_eq!(offer.months, 6.0);
    assert_eq!((offer.make_up_days.hospital, offer.make_up_days.municipal), (0.0, 0.0));
}

// ------------------------------------------------------------------ S-2, S-6, A-3

#[test]
fn s2_hospital_goals_pending_is_a_warning_about_trygderefusjon_not_about_order() {
    // The hospital part's service time is complete (12.0 months, no absence), the municipal part follows on
    // 2024-03-01: S-2's order rule holds, so no error. Læringsmål not approved → the S-2 warning says the kommune
    // cannot claim trygderefusjon for the doctor as LIS1 until they are (forskrift om trygderefusjon § 1.6).
    let input = json!({"periods": [
        period("hospital", "2023-03-01", "2024-02-29", "indremedisin"),
        period("municipal", "2024-03-01", "2024-05-31", "legekontor"),
    ], "learningGoalsApproved": {"hospital": false}});
    let r = service(input.clone());
    let w = r.warnings.iter().find(|w| w.code == "service.hospital-goals-pending").expect("the S-2 warning");
    assert_eq!(w.rule, Some("S-2"));
    assert!(w.message.contains("trygderefusjon"), "{}", w.message);
    assert!(!w.message.contains("før kommunedelen"), "not an order rule: {}", w.message);
    let mut en = input;
    en["lang"] = json!("en");
    let w = service(en).warnings.into_iter().find(|w| w.code == "service.hospital-goals-pending").unwrap();
    assert!(w.message.contains("cannot claim trygderefusjon"), "{}", w.message);
}

#[test]
fn s6_extra_position_warning_cites_s6_not_p1() {
    // S-6 (corrected 2026-12-06): employer-funded extra positions are R-2021's recommendation 1, not P-1.
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2023-03-01", "end": "2023-08-31", "position": "extra"}
    ]}));
    assert!(has_warning(&r.warnings, "period.extra-position", "S-6"));
}

#[test]
fn unclear_absence_kinds_are_named_by_their_labels() {
    // avspasering and strike count as absence, flagged. The warning names the kinds as the form does.
    let r = service(json!({
        "periods": [period("hospital", "2023-03-01", "2024-02-29", "indremedisin")],
        "absences": [
            {"part": "hospital", "kind": "time-off-in-lieu", "days": 1},
            {"part": "hospital", "kind": "strike", "days": 1}
        ]
    }));
    let texts: Vec<&str> =
        r.warnings.iter().filter(|w| w.code == "absence.unclear-kind").map(|w| w.message.as_str()).collect();
    assert_eq!(texts.len(), 2);
    assert!(texts.iter().any(|t| t.contains("«Avspasering»")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("«Streik»")), "{texts:?}");
    assert!(texts.iter().all(|t| !t.contains("time-off-in-lieu") && !t.contains("strike")), "{texts:?}");
}

#[test]
fn a_position_that_does_not_count_is_named_by_its_label() {
    // S-6: a postlege period counts 0 months; the warning names the position as the form does, not "postlege".
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2023-01-02", "end": "2023-02-28", "position": "foreign-internship"}
    ], "lang": "en"}));
    let w = r.warnings.iter().find(|w| w.code == "period.not-counting").expect("the S-6 warning");
    assert!(!w.message.contains("foreign-internship"), "{}", w.message);
    let label = lis1_service::messages::CHOICE_FOREIGN.en;
    assert!(w.message.contains(&format!("({label})")), "{}", w.message);
}
