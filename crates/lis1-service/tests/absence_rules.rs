//! Absence: regimes A-1..A-3 and their boundaries, the covid overlay A-4,
//! every kind, every option, public holidays inside absences.
//! Expectations are derived by hand in the comments.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use serde_json::{json, Value};

/// A full A-3 hospital part 2023-09-01..2024-08-31 with `absences`.
fn a3_hospital(absences: Value) -> Value {
    json!({"periods": [{"part": "hospital", "start": "2023-09-01", "end": "2024-08-31"}], "absences": absences})
}

fn sick(start: &str, end: &str) -> Value {
    json!({"part": "hospital", "kind": "sick", "start": start, "end": end})
}

// -------------------------------------------------------------

#[test]
fn a3_twelve_days_is_the_allowance_and_warns_a8() {
    // Mon 2023-10-02..Tue 2023-10-17: 5 + 5 + 2 = 12 working days ≤ 12.
    let r = absence(a3_hospital(json!([sick("2023-10-02", "2023-10-17")])));
    assert_eq!(r.hospital.regime, "A-3");
    assert_eq!((r.hospital.used_days, r.hospital.excess_days, r.hospital.to_make_up_days), (12.0, 0.0, 0.0));
    assert!(has_warning(&r.warnings, "absence.allowance-nearly-used", "A-8"));
}

#[test]
fn a3_thirteenth_day_is_made_up() {
    // ..Wed 2023-10-18 = 13 working days; 13 − 12 = 1.
    let r = absence(a3_hospital(json!([sick("2023-10-02", "2023-10-18")])));
    assert_eq!((r.hospital.excess_days, r.hospital.to_make_up_days), (1.0, 1.0));
    assert!(has_warning(&r.warnings, "absence.over-allowance-a3", "A-3"));
    assert!(!warning_codes(&r.warnings).contains(&"absence.allowance-nearly-used"));
}

#[test]
fn a8_warns_at_seventy_five_percent() {
    // 0.75 × 12 = 9. Mon 2023-10-02..Thu 2023-10-12 = 5 + 4 = 9 → warning.
    let r = absence(a3_hospital(json!([sick("2023-10-02", "2023-10-12")])));
    assert_eq!(r.hospital.used_days, 9.0);
    assert!(has_warning(&r.warnings, "absence.allowance-nearly-used", "A-8"));
}

#[test]
fn a8_quiet_below_seventy_five_percent() {
    // ..Wed 2023-10-11 = 8 days; 8 / 12 = 0.67 < 0.75.
    let r = absence(a3_hospital(json!([sick("2023-10-02", "2023-10-11")])));
    assert_eq!(r.hospital.used_days, 8.0);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

fn both_parts(absences: Value) -> Value {
    json!({"periods": [
        {"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"},
        {"part": "municipal", "start": "2024-03-01", "end": "2024-08-31"}
    ], "absences": absences, "learningGoalsApproved": {"hospital": true}})
}

#[test]
fn a3_municipal_allowance_is_six_days() {
    // Municipal Mon 2024-04-08..Tue 2024-04-16 = 5 + 2 = 7 working days
    // (Easter 2024 was 31 March; no holiday in these days); 7 − 6 = 1.
    let r = absence(both_parts(json!([
        {"part": "municipal", "kind": "sick", "start": "2024-04-08", "end": "2024-04-16"}
    ])));
    assert_eq!(r.municipal.regime, "A-3");
    assert_eq!(r.municipal.allowance_days, 6.0);
    assert_eq!((r.municipal.used_days, r.municipal.to_make_up_days), (7.0, 1.0));
}

#[test]
fn a3_parts_are_counted_separately() {
    // Hospital 10 (≤ 12) and municipal 5 (≤ 6): nothing to make up, although
    // 15 > 12 if pooled.
    let r = absence(both_parts(json!([
        {"part": "hospital", "kind": "sick", "days": 10},
        {"part": "municipal", "kind": "sick", "days": 5}
    ])));
    assert_eq!(r.hospital.to_make_up_days, 0.0);
    assert_eq!(r.municipal.to_make_up_days, 0.0);
}

// ---------------------------------------------------- holidays in absences

#[test]
fn easter_week_absence_counts_three_working_days() {
    // Mon 2024-03-25..Mon 2024-04-01: Mon–Wed work (3); skjærtorsdag 28.3,
    // langfredag 29.3, weekend, 2. påskedag 1.4 are not working days.
    let r = absence(a3_hospital(json!([sick("2024-03-25", "2024-04-01")])));
    assert_eq!(r.hospital.used_days, 3.0);
}

#[test]
fn easter_week_absence_in_calendar_days_is_eight() {
    let mut j = a3_hospital(json!([sick("2024-03-25", "2024-04-01")]));
    j["options"] = json!({"dayUnit": "calendar-days"});
    let r = absence(j);
    assert_eq!(r.hospital.used_days, 8.0);
    assert!(r.assumptions.iter().any(|a| a.option == "dayUnit" && a.value == "calendar-days" && a.rule == "A-O2"));
}

#[test]
fn ascension_day_and_constitution_day_are_not_counted() {
    // 2024-05-06..2024-05-17: weekdays 6,7,8,9,10,13,14,15,16,17; Kristi
    // himmelfart 9.5 (Easter + 39) and 17.5 are holidays → 8.
    let r = absence(a3_hospital(json!([sick("2024-05-06", "2024-05-17")])));
    assert_eq!(r.hospital.used_days, 8.0);
}

#[test]
fn christmas_and_new_year_are_not_counted() {
    // Fri 2023-12-22..Tue 2024-01-02: 22, 27, 28, 29 Dec and 2 Jan = 5
    // (25, 26 Dec and 1 Jan are holidays, 23/24/30/31 Dec weekend).
    let r = absence(a3_hospital(json!([sick("2023-12-22", "2024-01-02")])));
    assert_eq!(r.hospital.used_days, 5.0);
}

#[test]
fn whit_monday_is_not_counted() {
    // 2. pinsedag 2024 = Easter 31.3 + 50 = Mon 20.5; 20..24 May → 4.
    let r = absence(a3_hospital(json!([sick("2024-05-20", "2024-05-24")])));
    assert_eq!(r.hospital.used_days, 4.0);
}

#[test]
fn may_day_is_not_counted() {
    // Mon 2024-04-29..Fri 2024-05-03: 29, 30 Apr, 2, 3 May; 1 May holiday → 4.
    let r = absence(a3_hospital(json!([sick("2024-04-29", "2024-05-03")])));
    assert_eq!(r.hospital.used_days, 4.0);
}

#[test]
fn leap_day_absence_is_one_working_day() {
    // Thu 2024-02-29.
    let r = absence(a3_hospital(json!([sick("2024-02-29", "2024-02-29")])));
    assert_eq!(r.hospital.used_days, 1.0);
}

#[test]
fn weekend_absence_is_zero_working_days() {
    // Sat 2024-03-02..Sun 2024-03-03.
    let r = absence(a3_hospital(json!([sick("2024-03-02", "2024-03-03")])));
    assert_eq!(r.hospital.used_days, 0.0);
}

#[test]
fn absence_across_two_periods_of_the_same_part() {
    // Periods split at the new year; 2023-12-27..2024-01-05: 27, 28, 29 Dec
    // (3) + 2..5 Jan (4), 1 Jan holiday → 7.
    let r = absence(json!({"periods": [
        {"part": "hospital", "start": "2023-09-01", "end": "2023-12-31", "rotation": "kirurgi"},
        {"part": "hospital", "start": "2024-01-01", "end": "2024-08-31", "rotation": "indremedisin"}
    ], "absences": [sick("2023-12-27", "2024-01-05")]}));
    assert_eq!(r.hospital.used_days, 7.0);
}

#[test]
fn absence_in_a_non_counting_period_is_not_lis1_absence() {
    // Sick Mon 2023-02-06..Fri 2023-02-10 during a postlege post → 0 days.
    let r = absence(json!({"periods": [
        {"part": "hospital", "start": "2023-01-01", "end": "2023-02-28", "position": "postlege"},
        {"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}
    ], "absences": [sick("2023-02-06", "2023-02-10")]}));
    assert_eq!(r.hospital.used_days, 0.0);
}

// ------------------------------------------------ regimes and boundaries

fn part_from(start: &str, end: &str, options: Value) -> Value {
    json!({"periods": [{"part": "hospital", "start": start, "end": end, "position": "reststilling"}], "options": options})
}

#[test]
fn regime_part_starting_2019_02_28_is_a1() {
    let r = absence(part_from("2019-02-28", "2020-02-27", json!({})));
    assert_eq!(r.hospital.regime, "A-1");
}

#[test]
fn regime_a_o6_judges_a_part_started_before_march_2019_and_ending_after_june_by_a3() {
    // Started 2019-02-28, ended 2020-02-27 (on or after 2019-06-21): A-1 by
    // default, A-3 with A-O6; the allowance follows (26 → 12 working days).
    let r = absence(part_from("2019-02-28", "2020-02-27", json!({"a3ForPartsBefore2019": true})));
    assert_eq!((r.hospital.regime, r.hospital.allowance_days), ("A-3", 12.0));
    assert!(r.assumptions.iter().any(|a| a.option == "a3ForPartsBefore2019" && a.value == "true" && a.rule == "A-O6"));
    let r = absence(part_from("2019-02-28", "2020-02-27", json!({})));
    assert_eq!((r.hospital.regime, r.hospital.allowance_days), ("A-1", 26.0));
}

#[test]
fn regime_a_o6_leaves_a_part_that_ended_by_june_20_2019_under_a1() {
    // Started 2018-06-21, ended 2019-06-20: the last day before A-3 → A-1 even with A-O6.
    let r = absence(part_from("2018-06-21", "2019-06-20", json!({"a3ForPartsBefore2019": true})));
    assert_eq!(r.hospital.regime, "A-1");
    // Ending on 2019-06-21 itself reaches A-3.
    let r = absence(part_from("2018-06-22", "2019-06-21", json!({"a3ForPartsBefore2019": true})));
    assert_eq!(r.hospital.regime, "A-3");
}

#[test]
fn regime_part_starting_2019_03_01_and_ending_by_2019_06_20_is_a2() {
    let r = absence(part_from("2019-03-01", "2019-06-20", json!({})));
    assert_eq!(r.hospital.regime, "A-2");
}

#[test]
fn regime_part_starting_2019_03_01_and_ending_later_is_a3_by_default() {
    let r = absence(part_from("2019-03-01", "2020-02-29", json!({})));
    assert_eq!(r.hospital.regime, "A-3");
}

#[test]
fn regime_a_o5_keeps_a2_for_a_part_started_in_its_window() {
    let r = absence(part_from("2019-03-01", "2020-02-29", json!({"regimeAtPartStart": true})));
    assert_eq!(r.hospital.regime, "A-2");
    assert!(r.assumptions.iter().any(|a| a.option == "regimeAtPartStart" && a.value == "true" && a.rule == "A-O5"));
}

#[test]
fn regime_part_starting_2019_06_20_ending_later() {
    // Last day of the A-2 window: A-3 by default, A-2 with A-O5.
    assert_eq!(absence(part_from("2019-06-20", "2020-06-19", json!({}))).hospital.regime, "A-3");
    assert_eq!(
        absence(part_from("2019-06-20", "2020-06-19", json!({"regimeAtPartStart": true}))).hospital.regime,
        "A-2"
    );
}

#[test]
fn regime_part_starting_2019_06_21_is_a3_even_with_a_o5() {
    assert_eq!(absence(part_from("2019-06-21", "2020-06-20", json!({}))).hospital.regime, "A-3");
    assert_eq!(
        absence(part_from("2019-06-21", "2020-06-20", json!({"regimeAtPartStart": true}))).hospital.regime,
        "A-3"
    );
}

#[test]
fn regime_is_chosen_per_part_by_its_first_counting_period() {
    // Hospital started 2018-09-01 → A-1; municipal started 2019-09-01 → A-3.
    let r = absence(json!({"periods": [
        {"part": "hospital", "start": "2018-09-01", "end": "2019-08-31"},
        {"part": "municipal", "start": "2019-09-01", "end": "2020-02-29"}
    ]}));
    assert_eq!((r.hospital.regime, r.municipal.regime), ("A-1", "A-3"));
}

#[test]
fn regime_ignores_an_earlier_non_counting_period() {
    // Postlege from 2018-09-01 does not start the part; the coupled period
    // from 2019-09-01 does → A-3.
    let r = absence(json!({"periods": [
        {"part": "hospital", "start": "2018-09-01", "end": "2019-08-31", "position": "postlege"},
        {"part": "hospital", "start": "2019-09-01", "end": "2020-08-31"}
    ]}));
    assert_eq!(r.hospital.regime, "A-3");
}

#[test]
fn regime_without_periods_is_a3() {
    let r = absence(json!({"periods": []}));
    assert_eq!((r.hospital.regime, r.municipal.regime), ("A-3", "A-3"));
}

#[test]
fn a1_a_part_in_progress_has_the_whole_allowance() {
    // A one-month snapshot 2017-03-01..2017-03-31 under A-1 (started before
    // 2019-03-01). The allowance is 10 % of the part's required length, 12
    // months = 260 working days → 26, not 10 % of the 23 working days
    // recorded so far (the old reading gave 2.3 and owed 0.7 after 3 sick
    // days). Sick 3 ≤ 26 → nothing owed. Vacation counts as service under
    // A-1 (not used) but is listed in byKind.
    let r = absence(json!({"periods": [{"part": "hospital", "start": "2017-03-01", "end": "2017-03-31"}],
    "absences": [
        {"part": "hospital", "kind": "sick", "days": 3},
        {"part": "hospital", "kind": "vacation", "days": 5}
    ]}));
    assert_eq!(r.hospital.regime, "A-1");
    assert_eq!(r.hospital.allowance_days, 26.0);
    assert_eq!(r.hospital.used_days, 3.0);
    assert_eq!((r.hospital.excess_days, r.hospital.to_make_up_days), (0.0, 0.0));
    assert_eq!(r.hospital.by_kind.get("vacation"), Some(&5.0));
    assert!(!warning_codes(&r.warnings).contains(&"absence.over-allowance-a1"));
}

#[test]
fn a1_allowance_is_ten_percent_of_the_required_length() {
    // Hospital 2017-09-01..2018-08-31 under A-1: 26 working days allowed
    // (10 % of 260). Sick 30 → 30 − 26 = 4 to make up.
    let r = absence(json!({"periods": [{"part": "hospital", "start": "2017-09-01", "end": "2018-08-31"}],
        "absences": [{"part": "hospital", "kind": "sick", "days": 30}]}));
    assert_eq!((r.hospital.regime, r.hospital.allowance_days), ("A-1", 26.0));
    assert_eq!((r.hospital.excess_days, r.hospital.to_make_up_days), (4.0, 4.0));
    assert!(has_warning(&r.warnings, "absence.over-allowance-a1", "A-1"));
    // Municipal 2017-09-01..2018-02-28 after a complete hospital part: 13
    // (10 % of 130); sick 13 is exactly the allowance, nothing owed.
    let r = absence(json!({"periods": [
        {"part": "hospital", "start": "2017-03-01", "end": "2018-02-28"},
        {"part": "municipal", "start": "2018-03-01", "end": "2018-08-31"}
    ], "absences": [{"part": "municipal", "kind": "sick", "days": 13}], "learningGoalsApproved": {"hospital": true}}));
    assert_eq!((r.municipal.regime, r.municipal.allowance_days), ("A-1", 13.0));
    assert_eq!((r.municipal.excess_days, r.municipal.to_make_up_days), (0.0, 0.0));
}

#[test]
fn a_o3_prorates_the_ten_percent_allowance_too() {
    // A-1 hospital part 2017-09-01..2018-08-31 at 50 % with A-O3: 26 × 0.5 = 13.
    let r =
        absence(json!({"periods": [{"part": "hospital", "start": "2017-09-01", "end": "2018-08-31", "percent": 50}],
        "options": {"prorateAllowance": true}}));
    assert_eq!((r.hospital.regime, r.hospital.allowance_days), ("A-1", 13.0));
}

#[test]
fn a1_in_calendar_days_and_transferred_vacation_is_service() {
    // 2018-09-01..2019-08-31 = 365 days → 36.5. Sick 40 → 3.5 to make up;
    // transferred vacation 10 is vacation = service under A-1.
    let r = absence(json!({"periods": [{"part": "hospital", "start": "2018-09-01", "end": "2019-08-31"}],
        "absences": [
            {"part": "hospital", "kind": "sick", "days": 40},
            {"part": "hospital", "kind": "transferred-vacation", "days": 10}
        ],
        "options": {"dayUnit": "calendar-days"}}));
    assert_eq!(r.hospital.allowance_days, 36.5);
    assert_eq!(r.hospital.used_days, 40.0);
    assert_eq!(r.hospital.to_make_up_days, 3.5);
}

#[test]
fn a2_vacation_counts_as_absence() {
    // Hospital 2019-03-01..2019-06-20 in calendar days: the allowance
    // is 10 % of 12 months = 365 / 10 = 36.5, not 10 % of the 112 days
    // recorded. Vacation 30 + sick 10 = 40 used (ferie is absence under
    // A-2); 40 − 36.5 = 3.5.
    let r = absence(json!({"periods": [{"part": "hospital", "start": "2019-03-01", "end": "2019-06-20"}],
        "absences": [
            {"part": "hospital", "kind": "vacation", "days": 30},
            {"part": "hospital", "kind": "sick", "days": 10}
        ],
        "options": {"dayUnit": "calendar-days"}}));
    assert_eq!(r.hospital.regime, "A-2");
    assert_eq!(r.hospital.allowance_days, 36.5);
    assert_eq!(r.hospital.used_days, 40.0);
    assert_eq!(r.hospital.excess_days, 3.5);
    assert!(has_warning(&r.warnings, "absence.over-allowance-a2", "A-2"));
}

#[test]
fn a3_vacation_and_courses_are_service_transferred_and_advance_vacation_are_absence() {
    // vacation 20 and course 5 do not count; transferred 4 + advance 3 = 7.
    let r = absence(a3_hospital(json!([
        {"part": "hospital", "kind": "vacation", "days": 20},
        {"part": "hospital", "kind": "course", "days": 5},
        {"part": "hospital", "kind": "transferred-vacation", "days": 4},
        {"part": "hospital", "kind": "advance-vacation", "days": 3}
    ])));
    assert_eq!(r.hospital.used_days, 7.0);
    assert_eq!(r.hospital.to_make_up_days, 0.0);
    assert_eq!(r.hospital.by_kind.len(), 4);
}

fn every_kind() -> Value {
    let kinds = [
        "sick",
        "sick-child",
        "parental-leave",
        "welfare-leave",
        "unpaid-leave",
        "transferred-vacation",
        "advance-vacation",
        "vacation",
        "course",
        "time-off-in-lieu",
        "strike",
        "other",
    ];
    Value::Array(kinds.iter().map(|k| json!({"part": "hospital", "kind": k, "days": 1})).collect())
}

#[test]
fn every_kind_under_a3() {
    // 12 kinds × 1 day; not absence: vacation, course → used 10.
    let r = absence(a3_hospital(every_kind()));
    assert_eq!(r.hospital.used_days, 10.0);
    assert_eq!(r.hospital.by_kind.len(), 12);
    assert!(r.hospital.by_kind.values().all(|d| *d == 1.0));
    // Unclear kinds are counted and flagged, one warning each.
    let unclear = r.warnings.iter().filter(|w| w.code == "absence.unclear-kind" && w.rule == Some("A-3")).count();
    assert_eq!(unclear, 2);
}

#[test]
fn every_kind_under_a1() {
    // Not absence under A-1: vacation, transferred, advance vacation, course
    // → 12 − 4 = 8.
    let r = absence(json!({"periods": [{"part": "hospital", "start": "2017-09-01", "end": "2018-08-31"}],
                           "absences": every_kind()}));
    assert_eq!(r.hospital.regime, "A-1");
    assert_eq!(r.hospital.used_days, 8.0);
}

#[test]
fn every_kind_under_a2() {
    // Only courses are service under A-2 → 11.
    let r = absence(json!({"periods": [{"part": "hospital", "start": "2019-03-01", "end": "2019-06-20"}],
                           "absences": every_kind()}));
    assert_eq!(r.hospital.regime, "A-2");
    assert_eq!(r.hospital.used_days, 11.0);
}

#[test]
fn by_kind_lists_only_kinds_present() {
    let r = absence(a3_hospital(
        json!([sick("2023-10-02", "2023-10-03"), {"part": "hospital", "kind": "sick", "days": 1}]),
    ));
    // 2 working days (Mon, Tue) + 1 = 3, one key.
    assert_eq!(r.hospital.by_kind.len(), 1);
    assert_eq!(r.hospital.by_kind.get("sick"), Some(&3.0));
    assert!(r.municipal.by_kind.is_empty());
}

// ------------------------------------------------------------ options

#[test]
fn a_o1_whole_absence_once_the_limit_is_passed() {
    // 20 days with excessOnly = false → all 20 made up; excess still 8.
    let mut j = a3_hospital(json!([sick("2023-10-02", "2023-10-27")]));
    j["options"] = json!({"excessOnly": false});
    let r = absence(j);
    assert_eq!((r.hospital.excess_days, r.hospital.to_make_up_days), (8.0, 20.0));
    assert!(r.assumptions.iter().any(|a| a.option == "excessOnly" && a.value == "false" && a.rule == "A-O1"));
}

#[test]
fn a_o1_whole_absence_at_the_limit_is_nothing() {
    let mut j = a3_hospital(json!([sick("2023-10-02", "2023-10-17")]));
    j["options"] = json!({"excessOnly": false});
    assert_eq!(absence(j).hospital.to_make_up_days, 0.0);
}

#[test]
fn a_o3_prorated_allowance_at_half_time() {
    // 24 months at 50 %: allowance 12 × 0.5 = 6; sick 8 → 2 to make up.
    let mut j = json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2025-02-28", "percent": 50}],
                       "absences": [{"part": "hospital", "kind": "sick", "days": 8}]});
    assert_eq!(absence(j.clone()).hospital.to_make_up_days, 0.0);
    j["options"] = json!({"prorateAllowance": true});
    let r = absence(j);
    assert_eq!(r.hospital.allowance_days, 6.0);
    assert_eq!(r.hospital.to_make_up_days, 2.0);
    assert!(r.assumptions.iter().any(|a| a.option == "prorateAllowance" && a.value == "true" && a.rule == "A-O3"));
}

#[test]
fn a_o3_prorated_allowance_with_mixed_percentages() {
    // Mar–Aug 2022 = 184 days at 100 %; Sep 2022..Apr 2023 = 30+31+30+31+31+
    // 28+31+30 = 242 days at 75 % = 181.5. Weighted: (184 + 181.5) / 426 =
    // 0.85798…; 12 × 0.85798 = 10.2958 → 10.3.
    let r = absence(json!({"periods": [
        {"part": "hospital", "start": "2022-03-01", "end": "2022-08-31", "position": "reststilling"},
        {"part": "hospital", "start": "2022-09-01", "end": "2023-04-30", "percent": 75, "position": "reststilling"}
    ], "options": {"prorateAllowance": true}}));
    assert_eq!(r.hospital.allowance_days, 10.3);
}

#[test]
fn absence_assumptions_list_the_seven_open_options() {
    let r = absence(json!({"periods": []}));
    let got: Vec<(&str, &str, &str)> = r.assumptions.iter().map(|a| (a.option, a.value.as_str(), a.rule)).collect();
    assert_eq!(
        got,
        vec![
            ("excessOnly", "true", "A-O1"),
            ("dayUnit", "workdays", "A-O2"),
            ("prorateAllowance", "false", "A-O3"),
            ("covidOverlayEnd", "none", "A-O4"),
            ("regimeAtPartStart", "false", "A-O5"),
            ("a3ForPartsBefore2019", "false", "A-O6"),
            ("covidNeedsLearningGoals", "false", "A-O7"),
        ]
    );
}

// ------------------------------------------------------------- A-4 covid

/// Reststilling 2020-01-01..2020-12-31 with covid sickness in April
/// 2020: Wed 1..Thu 30 = 22 weekdays − skjærtorsdag 9.4, langfredag 10.4,
/// 2. påskedag 13.4 (Easter 12.4.2020) = 19 working days.
fn covid_2020(goals: Value, extra: Value) -> Value {
    let mut absences =
        vec![json!({"part": "hospital", "kind": "sick", "start": "2020-04-01", "end": "2020-04-30", "covid": true})];
    if let Value::Array(more) = extra {
        absences.extend(more);
    }
    json!({"periods": [{"part": "hospital", "start": "2020-01-01", "end": "2020-12-31", "position": "reststilling"}],
           "absences": absences, "learningGoalsApproved": goals})
}

#[test]
fn a4_covid_absence_is_not_deducted_and_uses_no_allowance() {
    // 19 covid working days inside the overlay: not deducted, no allowance
    // used, nothing to make up — with no læringsmål condition (R-2021 l. 3492).
    let r = absence(covid_2020(json!({}), json!([])));
    assert_eq!(r.hospital.used_days, 0.0);
    assert_eq!(r.hospital.covid_spared_days, 19.0);
    assert_eq!((r.hospital.excess_days, r.hospital.to_make_up_days), (0.0, 0.0));
    assert_eq!(r.hospital.by_kind.get("sick"), Some(&19.0));
    assert!(has_warning(&r.warnings, "absence.covid-spared", "A-4"));
    assert!(has_warning(&r.warnings, "absence.covid-open-end", "A-O4"));
}

#[test]
fn a4_a_2020_part_with_18_covid_days_and_its_goals_approved_owes_nothing() {
    // The case: a 2020 hospital part, 18 covid days (as a count),
    // hospital goals approved (municipal not): before the correction it
    // owed 18 − 12 = 6; covid days are simply not deducted → 0.
    let r = absence(json!({
        "periods": [{"part": "hospital", "start": "2020-03-01", "end": "2021-02-28"}],
        "absences": [{"part": "hospital", "kind": "sick", "days": 18, "covid": true}],
        "learningGoalsApproved": {"hospital": true}
    }));
    assert_eq!((r.hospital.used_days, r.hospital.covid_spared_days), (0.0, 18.0));
    assert_eq!(r.hospital.to_make_up_days, 0.0);
}

#[test]
fn a4_covid_days_leave_the_allowance_to_other_absence() {
    // Non-covid 14 + covid 19: only the 14 count against the 12 → 2 to make
    // up; the 19 covid days are spared.
    let r = absence(covid_2020(json!({}), json!([{"part": "hospital", "kind": "sick-child", "days": 14}])));
    assert_eq!((r.hospital.used_days, r.hospital.covid_spared_days), (14.0, 19.0));
    assert_eq!((r.hospital.excess_days, r.hospital.to_make_up_days), (2.0, 2.0));
}

#[test]
fn a4_other_absence_within_limit_stays_within_it() {
    // Non-covid 10 ≤ 12 → nothing owed; the 19 covid days do not push it over.
    let r = absence(covid_2020(json!({}), json!([{"part": "hospital", "kind": "other", "days": 10}])));
    assert_eq!((r.hospital.used_days, r.hospital.excess_days, r.hospital.to_make_up_days), (10.0, 0.0, 0.0));
}

#[test]
fn a_o7_spares_covid_days_only_in_a_part_with_approved_goals() {
    // With A-O7 and the hospital goals not approved, the 19 covid days are
    // ordinary absence: 19 − 12 = 7 to make up.
    let mut input = covid_2020(json!({"municipal": true}), json!([]));
    input["options"] = json!({"covidNeedsLearningGoals": true});
    let r = absence(input.clone());
    assert_eq!((r.hospital.used_days, r.hospital.covid_spared_days), (19.0, 0.0));
    assert_eq!(r.hospital.to_make_up_days, 7.0);
    assert!(has_warning(&r.warnings, "absence.covid-needs-goals", "A-O7"));
    assert!(r
        .assumptions
        .iter()
        .any(|a| a.option == "covidNeedsLearningGoals" && a.value == "true" && a.rule == "A-O7"));
    // The condition is per part: the hospital goals approved → spared.
    input["learningGoalsApproved"] = json!({"hospital": true});
    let r = absence(input);
    assert_eq!((r.hospital.covid_spared_days, r.hospital.to_make_up_days), (19.0, 0.0));
}

#[test]
fn a4_does_not_cover_covid_marked_days_before_2020_03_20() {
    // Part 2019-09-01..2020-08-31. Covid-marked Mon 2020-03-16..Fri
    // 2020-03-27: 10 working days, of which 16–19 March (4) are before the
    // overlay and 20, 23–27 March (6) inside. Plus 8 other days: the 6 are
    // spared, 4 + 8 = 12 used, exactly the allowance → nothing to make up.
    // The 4 early days count as ordinary absence (warning).
    let r = absence(json!({
        "periods": [{"part": "hospital", "start": "2019-09-01", "end": "2020-08-31", "position": "reststilling"}],
        "absences": [
            {"part": "hospital", "kind": "sick", "start": "2020-03-16", "end": "2020-03-27", "covid": true},
            {"part": "hospital", "kind": "sick", "days": 8}
        ]
    }));
    assert_eq!((r.hospital.used_days, r.hospital.covid_spared_days), (12.0, 6.0));
    assert_eq!((r.hospital.excess_days, r.hospital.to_make_up_days), (0.0, 0.0));
    assert!(has_warning(&r.warnings, "absence.covid-outside-overlay", "A-4"));
}

#[test]
fn a4_covid_marked_days_before_the_overlay_are_made_up() {
    // Covid-marked Mon 2020-03-02..Fri 2020-03-13 = 10 working days, all
    // before 2020-03-20, + 5 other = 15; 15 − 12 = 3 to make up despite goals.
    let r = absence(json!({
        "periods": [{"part": "hospital", "start": "2019-09-01", "end": "2020-08-31", "position": "reststilling"}],
        "absences": [
            {"part": "hospital", "kind": "sick", "start": "2020-03-02", "end": "2020-03-13", "covid": true},
            {"part": "hospital", "kind": "sick", "days": 5}
        ],
        "learningGoalsApproved": {"hospital": true, "municipal": true}
    }));
    assert_eq!(r.hospital.covid_spared_days, 0.0);
    assert_eq!(r.hospital.to_make_up_days, 3.0);
}

#[test]
fn a_o4_overlay_end_excludes_later_covid_absence() {
    // Overlay ends 2020-06-30; covid sickness Tue 2020-09-01..Wed 2020-09-30
    // = 4 + 15 + 3 = 22 working days, outside → 22 − 12 = 10 to make up.
    let r = absence(json!({
        "periods": [{"part": "hospital", "start": "2020-01-01", "end": "2020-12-31", "position": "reststilling"}],
        "absences": [{"part": "hospital", "kind": "sick", "start": "2020-09-01", "end": "2020-09-30", "covid": true}],
        "learningGoalsApproved": {"hospital": true, "municipal": true},
        "options": {"covidOverlayEnd": "2020-06-30"}
    }));
    assert_eq!(r.hospital.used_days, 22.0);
    assert_eq!(r.hospital.to_make_up_days, 10.0);
    assert!(r.assumptions.iter().any(|a| a.option == "covidOverlayEnd" && a.value == "2020-06-30" && a.rule == "A-O4"));
    assert!(!warning_codes(&r.warnings).contains(&"absence.covid-open-end"));
}

#[test]
fn a4_day_count_covid_absence_in_a_part_before_the_overlay() {
    // Part 2018-09-01..2019-08-31 ended before 2020-03-20: covid-marked days
    // cannot be covid absence. Calendar days: 365 → 36.5; 40 → 3.5.
    let r = absence(json!({
        "periods": [{"part": "hospital", "start": "2018-09-01", "end": "2019-08-31"}],
        "absences": [{"part": "hospital", "kind": "sick", "days": 40, "covid": true}],
        "learningGoalsApproved": {"hospital": true, "municipal": true},
        "options": {"dayUnit": "calendar-days"}
    }));
    assert_eq!(r.hospital.to_make_up_days, 3.5);
}

#[test]
fn a4_day_count_covid_absence_in_a_part_during_the_overlay() {
    // Part 2020-01-01..2020-12-31 touches the overlay: 20 covid days (as a
    // count) are spared whole; nothing used, nothing owed.
    let r = absence(json!({
        "periods": [{"part": "hospital", "start": "2020-01-01", "end": "2020-12-31", "position": "reststilling"}],
        "absences": [{"part": "hospital", "kind": "sick", "days": 20, "covid": true}]
    }));
    assert_eq!((r.hospital.used_days, r.hospital.covid_spared_days), (0.0, 20.0));
    assert_eq!((r.hospital.excess_days, r.hospital.to_make_up_days), (0.0, 0.0));
}

// ------------------------------------------------------------------

fn rotations(absence: Value) -> Value {
    // Kirurgi Sep–Dec 2023: 21 + 22 + 22 + 19 = 84 working days (25, 26 Dec
    // holidays) → A-6 threshold 10 % = 8.4 days.
    json!({"periods": [
        {"part": "hospital", "start": "2023-09-01", "end": "2023-12-31", "rotation": "kirurgi"},
        {"part": "hospital", "start": "2024-01-01", "end": "2024-08-31", "rotation": "indremedisin"}
    ], "absences": [absence]})
}

#[test]
fn a6_high_absence_in_one_rotation_warns_without_deduction() {
    // 2023-10-02..2023-10-12 = 9 working days > 8.4 → warning; 9 ≤ 12 → 0.
    let r = absence(rotations(sick("2023-10-02", "2023-10-12")));
    assert!(has_warning(&r.warnings, "absence.rotation-high", "A-6"));
    assert_eq!(r.hospital.to_make_up_days, 0.0);
}

#[test]
fn a6_quiet_at_or_below_ten_percent_of_the_rotation() {
    // 8 working days ≤ 8.4.
    let r = absence(rotations(sick("2023-10-02", "2023-10-11")));
    assert!(!warning_codes(&r.warnings).contains(&"absence.rotation-high"));
}

// ------------------------------------------------------------ errors

#[test]
fn check_absence_reports_rule_violations_too() {
    let e = lis1_service::check_absence(&input(json!({"periods": [
        {"part": "municipal", "start": "2023-09-01", "end": "2024-02-29"}
    ]})))
    .unwrap_err();
    assert_eq!(e.kind, lis1_core::ErrorKind::RuleViolation);
}

// ------------------------------------------------------------ more A-2

#[test]
fn a2_allowance_in_working_days_skips_the_holidays_of_spring_2019() {
    // 2019-03-01 (Fri)..2019-06-20:
    // March: Fri 1 + 4 full weeks = 21;
    // April: 22 weekdays − skjærtorsdag 18, langfredag 19, 2. påskedag 22
    //   (Easter 21.4.2019) = 19;
    // May: 23 weekdays − 1 May, 17 May, Kristi himmelfart 30 May = 20;
    // June 1..20: 14 weekdays − 2. pinsedag 10 June = 13.
    // 21 + 19 + 20 + 13 = 73 working days recorded. The old reading allowed
    // 10 % of those (7.3) and owed 0.7 after 8 days; the allowance is 10 % of
    // the required 260 working days = 26 (the holidays do not change it).
    // Sick 15 + vacation 12 = 27 (ferie is absence under A-2) → 1 owed.
    let r = absence(json!({"periods": [{"part": "hospital", "start": "2019-03-01", "end": "2019-06-20"}],
    "absences": [
        {"part": "hospital", "kind": "sick", "days": 15},
        {"part": "hospital", "kind": "vacation", "days": 12}
    ]}));
    assert_eq!(r.hospital.regime, "A-2");
    assert_eq!(r.hospital.allowance_days, 26.0);
    assert_eq!(r.hospital.used_days, 27.0);
    assert_eq!(r.hospital.to_make_up_days, 1.0);
}

#[test]
fn a2_municipal_part_recorded_in_spring_2019_has_thirteen_days() {
    // The case: a municipal A-2 part recorded 2019-03-01..06-20 gets
    // 10 % of 130 working days = 13 (the old reading gave 7.3, 10 % of the
    // 73 working days recorded). Hospital 2018-03-01..2019-02-28 before it.
    let r = absence(json!({"periods": [
        {"part": "hospital", "start": "2018-03-01", "end": "2019-02-28"},
        {"part": "municipal", "start": "2019-03-01", "end": "2019-06-20"}
    ], "absences": [{"part": "municipal", "kind": "sick", "days": 10}], "learningGoalsApproved": {"hospital": true}}));
    assert_eq!((r.municipal.regime, r.municipal.allowance_days), ("A-2", 13.0));
    assert_eq!(r.municipal.to_make_up_days, 0.0);
}

#[test]
fn a1_hospital_and_a2_municipal_part() {
    // Hospital 2018-03-01..2019-02-28, municipal 2019-03-01..2019-06-20
    // started and ended in the window).
    let r = absence(json!({"periods": [
        {"part": "hospital", "start": "2018-03-01", "end": "2019-02-28"},
        {"part": "municipal", "start": "2019-03-01", "end": "2019-06-20"}
    ], "learningGoalsApproved": {"hospital": true}}));
    assert_eq!((r.hospital.regime, r.municipal.regime), ("A-1", "A-2"));
}

#[test]
fn check_absence_has_only_absence_warnings() {
    // S-5 (40 %) belongs to remainingService; checkAbsence shows A-8 only.
    let r =
        absence(json!({"periods": [{"part": "hospital", "start": "2023-09-01", "end": "2026-02-28", "percent": 40}],
                           "absences": [{"part": "hospital", "kind": "sick", "days": 10}]}));
    assert_eq!(warning_codes(&r.warnings), vec!["absence.allowance-nearly-used"]);
}

#[test]
fn absence_result_serialises_with_api_names() {
    let r = absence(a3_hospital(json!([sick("2023-10-02", "2023-10-03")])));
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["hospital"]["byKind"], json!({"sick": 2.0}));
    assert_eq!(v["hospital"]["toMakeUpDays"], json!(0.0));
    assert!(v["warnings"].is_array() && v["assumptions"].is_array());
}

#[test]
fn over_allowance_message_in_bokmal() {
    // 13 working days: "Sykehusdelen: 13 fraværsdager er over grensen på 12 dager; 1 dager …".
    let r = absence(a3_hospital(json!([sick("2023-10-02", "2023-10-18")])));
    let w = r.warnings.iter().find(|w| w.code == "absence.over-allowance-a3").unwrap();
    assert!(w.message.starts_with("Sykehusdelen: 13 fraværsdager er over grensen på 12 dager"), "{}", w.message);
}

// ------------------------------------------------- long leave: absence or gap

/// The form's help (form.absences.help, A-3) tells the doctor to enter long
/// leave as absence, not as a gap between periods, and says a gap finishes
/// "about as many working days later" as the allowance. Derived by hand:
///
/// Leave Mon 2026-01-05..Fri 2026-03-27: 12 weeks × 5 = 60 working days (no
/// public holiday inside; Easter 2026 is in April).
///
/// As absence, in one period 2025-09-01..2026-08-31 (12.0 months counted):
/// 60 − 12 = 48 working days to make up after 2026-08-31. From Tue
/// 2026-09-01: September has 22 working days, October 22 (44), then Mon 2,
/// Tue 3, Wed 4, Thu 5 November → the part ends 2026-11-05.
///
/// As a gap, periods 2025-09-01..2026-01-04 (4 months + 4/31) and
/// 2026-03-28..2026-08-31 (5 months to 08-27, + 4/31 of the window
/// 08-28..09-27) count 9 + 8/31; 2 + 23/31 remain from 2026-09-01: two
/// months end 2026-10-31, then ceil(23/31 × 30) = 23 days of November →
/// 2026-11-23. Fri 6 .. Mon 23 November is 1 + 5 + 5 + 1 = 12 working
/// days: the allowance, exactly as the help says.
#[test]
fn a3_long_leave_as_a_gap_ends_the_allowance_later_than_as_absence() {
    let plan = json!({"nextStart": "2026-09-01"});
    let as_absence = service(json!({
        "periods": [{"part": "hospital", "start": "2025-09-01", "end": "2026-08-31"}],
        "absences": [{"part": "hospital", "kind": "parental-leave", "start": "2026-01-05", "end": "2026-03-27"}],
        "plan": plan,
    }));
    assert_eq!(as_absence.hospital.make_up_days, 48.0);
    assert_eq!(as_absence.hospital.projected_end.as_deref(), Some("2026-11-05"));
    let as_gap = service(json!({
        "periods": [
            {"part": "hospital", "start": "2025-09-01", "end": "2026-01-04"},
            {"part": "hospital", "start": "2026-03-28", "end": "2026-08-31"},
        ],
        "plan": plan,
    }));
    assert_eq!(as_gap.hospital.make_up_days, 0.0);
    assert_eq!(as_gap.hospital.projected_end.as_deref(), Some("2026-11-23"));
}

/// The make-up days get dates (issue 15 item 7: the timeline draws them).
/// Worked example 2 (docs/rules.md#example-2): hospital 2023-03-01..2024-02-29
/// with 20 working days of sick leave, 20 − 12 = 8 to make up, planned
/// from Fri 2024-03-01: the 12 months are served, so the make-up days start
/// that day: Fri 1, Mon 4 .. Fri 8 (6), Mon 11, Tue 12 March (no public
/// holiday; Easter 2024 is 28 March–1 April) → 2024-03-01..2024-03-12. The
/// municipal part is planned from the next day, Wed 2024-03-13, with no
/// make-up days.
#[test]
fn a3_make_up_days_are_dated_from_the_plan() {
    let r = service(json!({
        "periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}],
        "absences": [{"part": "hospital", "kind": "sick", "days": 20}],
        "plan": {"nextStart": "2024-03-01"},
    }));
    assert_eq!(r.hospital.make_up_days, 8.0);
    assert_eq!(r.hospital.planned_from.as_deref(), Some("2024-03-01"));
    assert_eq!(r.hospital.make_up_from.as_deref(), Some("2024-03-01"));
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-03-12"));
    assert_eq!(r.municipal.planned_from.as_deref(), Some("2024-03-13"));
    assert_eq!(r.municipal.make_up_from, None);
    // Without a plan nothing is projected, so nothing is dated.
    let unplanned = service(json!({
        "periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}],
        "absences": [{"part": "hospital", "kind": "sick", "days": 20}],
    }));
    assert_eq!((unplanned.hospital.planned_from, unplanned.hospital.make_up_from), (None, None));
}
