//! The worked examples 1–5 of docs/rules.md#worked-examples, each with its arithmetic.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use serde_json::json;

#[test]
fn example_1_full_time_coupled_from_2022_09_01() {
    // Hospital 2022-09-01..2023-08-31 = Sep..Aug = 12 whole months = 12.0;
    // municipal 2023-09-01..2024-02-29 = Sep..Feb = 6 whole months = 6.0.
    // Del 1 time complete on the last day, 2024-02-29.
    let r = service(json!({
        "periods": [
            {"part": "hospital", "start": "2022-09-01", "end": "2023-08-31"},
            {"part": "municipal", "start": "2023-09-01", "end": "2024-02-29"}
        ],
        "learningGoalsApproved": {"hospital": true, "municipal": true}
    }));
    assert_eq!(r.hospital.required_months, 12.0);
    assert_eq!(r.hospital.counted_months, 12.0);
    assert_eq!(r.hospital.remaining_months, 0.0);
    assert_eq!(r.municipal.counted_months, 6.0);
    assert_eq!(r.municipal.remaining_months, 0.0);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2023-08-31"));
    assert_eq!(r.municipal.projected_end.as_deref(), Some("2024-02-29"));
    assert!(r.del1_time_complete);
    assert!(r.del1_complete);
    assert_eq!(r.projected_del1_end.as_deref(), Some("2024-02-29"));
}

#[test]
fn example_1_as_a_plan_projects_the_same_dates() {
    // Nothing served; plan from 2022-09-01 at 100 %: 12 months end
    // 2023-08-31, municipal from 2023-09-01 for 6 months ends 2024-02-29.
    let r = service(json!({"periods": [], "plan": {"nextStart": "2022-09-01"}}));
    assert_eq!(r.hospital.remaining_months, 12.0);
    assert_eq!(r.municipal.remaining_months, 6.0);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2023-08-31"));
    assert_eq!(r.municipal.projected_end.as_deref(), Some("2024-02-29"));
    assert_eq!(r.projected_del1_end.as_deref(), Some("2024-02-29"));
    assert!(!r.del1_time_complete);
}

fn example_2() -> serde_json::Value {
    // 20 working days of sick leave: Mon 2023-10-02 .. Fri 2023-10-27 is four
    // full weeks without public holidays = 4 × 5 = 20 working days.
    json!({
        "periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}],
        "absences": [{"part": "hospital", "kind": "sick", "start": "2023-10-02", "end": "2023-10-27"}],
        "plan": {"nextStart": "2024-03-01"}
    })
}

#[test]
fn example_2_twenty_sick_days_leave_eight_to_make_up() {
    // Part started 2023-03-01 ≥ 2019-06-21 → A-3. Allowance 12 working days;
    // used 20; excess 20 − 12 = 8; excess only (A-O1) → 8 to make up.
    let r = service(example_2());
    let a = &r.hospital.absence;
    assert_eq!(a.regime, "A-3");
    assert_eq!(a.allowance_days, 12.0);
    assert_eq!(a.used_days, 20.0);
    assert_eq!(a.excess_days, 8.0);
    assert_eq!(a.to_make_up_days, 8.0);
    assert_eq!(r.hospital.counted_months, 12.0);
    assert_eq!(r.hospital.remaining_months, 0.0);
    assert_eq!(r.hospital.make_up_days, 8.0);
    assert!(!r.hospital.complete);
    // 8 working days after Thu 2024-02-29: Fri 1.3, Mon–Fri 4–8.3 (5),
    // Mon 11.3, Tue 12.3 → 2024-03-12.
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-03-12"));
    // Municipal from 2024-03-13: March 19/31, April..August 5 months, then
    // 6 − 5 − 19/31 = 12/31 of September = 11.6 days → 12 days → 2024-09-12.
    assert_eq!(r.municipal.projected_end.as_deref(), Some("2024-09-12"));
    assert_eq!(r.projected_del1_end.as_deref(), Some("2024-09-12"));
}

#[test]
fn example_2_municipal_part_cannot_start_before_make_up_is_served() {
    let mut j = example_2();
    j["periods"].as_array_mut().unwrap().push(json!({"part": "municipal", "start": "2024-03-01", "end": "2024-08-31"}));
    j.as_object_mut().unwrap().remove("plan");
    // The 12 months are reached on 2024-02-29 but the 8 make-up days are
    // never served: the issue names them and the first day the municipal
    // part could start, 8 working days after Thursday 2024-02-29 (1, 4–8,
    // 11, 12 March) → Wednesday 13 March 2024.
    assert_violation(j.clone(), "/periods/1/start", "service.municipal-before-make-up", "S-2");
    let mut en = j;
    en["lang"] = json!("en");
    let e = lis1_service::remaining_service(&serde_json::from_value(en).unwrap()).unwrap_err();
    assert_eq!(
        e.issues[0].message,
        "Municipal service from 1 March 2024 starts too early: 8 days of absence above the allowance in the hospital \
         part must be made up first. The municipal part can start on 13 March 2024."
    );
}

#[test]
fn s_2_refusal_names_the_days_owed_and_the_day_the_municipal_part_can_start() {
    // Hospital 2024-09-01..2025-08-31 (12.0 months) with 15 working days of
    // sick leave: A-3 allows 12, so 3 are owed. Municipal from Monday
    // 2025-09-01 is too early: the 3 days are Mon 1, Tue 2, Wed 3 September
    // 2025, so the municipal part can start on Thursday 4 September 2025.
    let j = json!({"periods": [
        {"part": "hospital", "start": "2024-09-01", "end": "2025-08-31"},
        {"part": "municipal", "start": "2025-09-01", "end": "2026-02-28"}
    ], "absences": [{"part": "hospital", "kind": "sick", "days": 15}],
       "learningGoalsApproved": {"hospital": true}});
    for (lang, text) in [
        (
            "en",
            "Municipal service from 1 September 2025 starts too early: 3 days of absence above the allowance in the \
                hospital part must be made up first. The municipal part can start on 4 September 2025.",
        ),
        (
            "nb",
            "Kommunetjenesten fra 1. september 2025 starter for tidlig: 3 dager fravær over grensen i sykehusdelen \
                må tas igjen først. Kommunedelen kan starte 4. september 2025.",
        ),
        (
            "nn",
            "Kommunetenesta frå 1. september 2025 startar for tidleg: 3 dagar fråvær over grensa i sjukehusdelen \
                må takast att først. Kommunedelen kan starte 4. september 2025.",
        ),
    ] {
        let mut input = j.clone();
        input["lang"] = json!(lang);
        let e = lis1_service::remaining_service(&serde_json::from_value(input).unwrap()).unwrap_err();
        assert_eq!(e.kind, lis1_core::ErrorKind::RuleViolation);
        assert_eq!((e.issues[0].path.as_str(), e.issues[0].rule), ("/periods/1/start", Some("S-2")));
        assert_eq!(e.issues[0].message, text, "{lang}");
    }
    // Starting the municipal part on 4 September 2025, after serving the
    // three days in the hospital, is valid (it then ends 2026-03-03: six
    // months by anniversary from the 4th).
    let ok = json!({"periods": [
        {"part": "hospital", "start": "2024-09-01", "end": "2025-09-03"},
        {"part": "municipal", "start": "2025-09-04", "end": "2026-03-03"}
    ], "absences": [{"part": "hospital", "kind": "sick", "days": 15}],
       "learningGoalsApproved": {"hospital": true, "municipal": true}});
    let r = service(ok);
    assert!(r.hospital.complete && r.municipal.complete && r.del1_complete);
    assert_eq!(r.municipal.counted_months, 6.0);
    assert_eq!(r.projected_del1_end.as_deref(), Some("2026-03-03"));
}

#[test]
fn example_2_served_make_up_then_municipal_is_valid() {
    // Make-up served 2024-03-01..2024-03-12 (8 working days, see above), then
    // municipal from 2024-03-13 for 6 months (to 2024-09-12).
    let mut j = example_2();
    let periods = j["periods"].as_array_mut().unwrap();
    periods.push(json!({"part": "hospital", "start": "2024-03-01", "end": "2024-03-12"}));
    periods.push(json!({"part": "municipal", "start": "2024-03-13", "end": "2024-09-12"}));
    j.as_object_mut().unwrap().remove("plan");
    let r = service(j);
    assert_eq!(r.hospital.make_up_days, 0.0);
    assert!(r.hospital.complete);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-03-12"));
    // Counted hospital: 12 + 12/31 = 12.387… → 12.39.
    assert_eq!(r.hospital.counted_months, r2(12.0 + 12.0 / 31.0));
    // Municipal: 19/31 + 5 + 12/30 = 6.0129… ≥ 6.
    assert!(r.municipal.complete);
    assert!(r.del1_time_complete);
}

fn example_3(offer_only_missing: bool) -> serde_json::Value {
    json!({
        "periods": [{"part": "hospital", "start": "2023-03-01", "end": "2023-08-31",
                     "position": "reststilling", "rotation": "kirurgi"}],
        "options": {"offerOnlyMissing": offer_only_missing}
    })
}

#[test]
fn example_3_reststilling_then_coupled_offer() {
    // 2023-03-01..2023-08-31 = Mar..Aug = 6 months; remaining 12 − 6 = 6 and 6.
    let r = service(example_3(false));
    assert_eq!(r.hospital.counted_months, 6.0);
    assert_eq!(r.hospital.remaining_months, 6.0);
    assert_eq!(r.municipal.remaining_months, 6.0);
    assert_eq!(r.offer, None);
}

#[test]
fn example_3_with_p1_offer_covers_only_the_missing_service() {
    // P-1: offer 6 months hospital + 6 months municipal = 12 months.
    let r = service(example_3(true));
    let offer = r.offer.expect("offer with P-1 on");
    assert_eq!(offer.parts, vec!["hospital", "municipal"]);
    assert_eq!(offer.months, 12.0);
    assert!(r.assumptions.iter().any(|a| a.option == "offerOnlyMissing" && a.value == "true" && a.rule == "P-1"));
}

#[test]
fn example_4_eighty_percent_takes_fifteen_months() {
    // 12 months / 0.8 = 15 calendar months from 2023-09-01: Sep 2023..Nov 2024.
    let r = service(json!({"periods": [], "plan": {"nextStart": "2023-09-01", "percent": 80}}));
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-11-30"));
}

#[test]
fn example_4_as_history_counts_twelve() {
    // 15 whole months × 0.8 = 12.0 → hospital complete on 2024-11-30.
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2023-09-01", "end": "2024-11-30", "percent": 80}
    ]}));
    assert_eq!(r.hospital.counted_months, 12.0);
    assert!(r.hospital.complete);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-11-30"));
}

#[test]
fn example_5_second_full_lis1_is_an_error() {
    // History 2018-09-01..2019-08-31 (12) + 2019-09-01..2020-02-29 (6),
    // then a new coupled course 12 + 6 → S-8, at the first new period
    // (input row 2).
    assert_violation(
        json!({
            "periods": [
                {"part": "hospital", "start": "2018-09-01", "end": "2019-08-31"},
                {"part": "municipal", "start": "2019-09-01", "end": "2020-02-29"},
                {"part": "hospital", "start": "2023-09-01", "end": "2024-08-31"},
                {"part": "municipal", "start": "2024-09-01", "end": "2025-02-28"}
            ],
            "learningGoalsApproved": {"hospital": true, "municipal": true}
        }),
        "/periods/2",
        "service.del1-repeated",
        "S-8",
    );
}

#[test]
fn example_5_plan_for_a_completed_doctor_warns_s8() {
    let r = service(json!({
        "periods": [
            {"part": "hospital", "start": "2018-09-01", "end": "2019-08-31"},
            {"part": "municipal", "start": "2019-09-01", "end": "2020-02-29"}
        ],
        "learningGoalsApproved": {"hospital": true, "municipal": true},
        "plan": {"nextStart": "2023-09-01"}
    }));
    assert!(r.del1_complete);
    assert_eq!((r.hospital.remaining_months, r.municipal.remaining_months), (0.0, 0.0));
    assert!(has_warning(&r.warnings, "service.nothing-left", "S-8"));
}
