//! Remaining service: month-equivalents, part-time, positions, S-rules,
//! P-1/P-2 and projections. Every expectation is derived by hand in the
//! comments.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use serde_json::json;

fn hospital(start: &str, end: &str) -> serde_json::Value {
    json!({"part": "hospital", "start": start, "end": end})
}

// ------------------------------------------------------------ months (S-4)

#[test]
fn months_six_whole_months_sep_to_feb() {
    // docs/rules.md#date-conventions: 2022-09-01..2023-02-28 = 6.0.
    let r = service(json!({"periods": [hospital("2022-09-01", "2023-02-28")]}));
    assert_eq!(r.hospital.counted_months, 6.0);
    assert_eq!(r.hospital.remaining_months, 6.0);
}

#[test]
fn months_municipal_part_alone_is_an_s2_violation() {
    // Municipal service with no hospital service at all is rejected (S-2).
    assert_violation(
        json!({"periods": [{"part": "municipal", "start": "2022-09-01", "end": "2023-02-28"}]}),
        "/periods/0/start",
        "service.municipal-without-hospital",
        "S-2",
    );
}

#[test]
fn months_half_march_is_fifteen_thirty_firsts() {
    // docs/rules.md#date-conventions: 2024-03-01..2024-03-15 = 15/31 = 0.4838… → 0.48.
    let r = service(json!({"periods": [hospital("2024-03-01", "2024-03-15")]}));
    assert_eq!(r.hospital.counted_months, r2(15.0 / 31.0));
    // Remaining 12 − 15/31 = 11.516… → 11.52.
    assert_eq!(r.hospital.remaining_months, r2(12.0 - 15.0 / 31.0));
}

#[test]
fn months_leap_february_is_one_month() {
    // 2024-02-01..2024-02-29: 29/29 = 1.
    let r = service(json!({"periods": [hospital("2024-02-01", "2024-02-29")]}));
    assert_eq!(r.hospital.counted_months, 1.0);
}

#[test]
fn months_leap_february_without_the_leap_day() {
    // 2024-02-01..2024-02-28: 28/29 = 0.9655… → 0.97.
    let r = service(json!({"periods": [hospital("2024-02-01", "2024-02-28")]}));
    assert_eq!(r.hospital.counted_months, r2(28.0 / 29.0));
}

#[test]
fn months_common_february_is_one_month() {
    // 2023-02-01..2023-02-28: 28/28 = 1.
    let r = service(json!({"periods": [hospital("2023-02-01", "2023-02-28")]}));
    assert_eq!(r.hospital.counted_months, 1.0);
}

#[test]
fn months_mid_month_start_gives_twelve() {
    // By anniversary: month 12 of a period from 2023-09-15 ends the day
    // before 2024-09-15, so 2023-09-15..2024-09-14 is 12 whole months.
    let r = service(json!({"periods": [hospital("2023-09-15", "2024-09-14")]}));
    assert_eq!(r.hospital.counted_months, 12.0);
    assert!(r.hospital.complete);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-09-14"));
}

#[test]
fn months_a_year_from_15_february_is_twelve_and_owes_nothing() {
    // 2023-02-15..2024-02-14: the calendar-fraction convention gave
    // 14/28 + 11 + 14/29 = 11.98 and a day owed; by anniversary it is 12.0.
    let r = service(json!({"periods": [hospital("2023-02-15", "2024-02-14")]}));
    assert_eq!((r.hospital.counted_months, r.hospital.remaining_months), (12.0, 0.0));
    assert!(r.hospital.complete);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-02-14"));
}

#[test]
fn months_a_municipal_part_from_the_4th_is_six_and_complete() {
    // Hospital 2024-09-04..2025-09-03 (12.0), municipal 2025-09-04..2026-03-03:
    // the calendar-fraction convention gave 27/30 (Sep) + 5 (Oct..Feb) + 3/31
    // (Mar) = 5.997, shown as 5.99 and "not complete"; by anniversary six
    // months from the 4th end on 3 March: 6.0.
    let r = service(json!({"periods": [
        hospital("2024-09-04", "2025-09-03"),
        {"part": "municipal", "start": "2025-09-04", "end": "2026-03-03"}
    ], "learningGoalsApproved": {"hospital": true, "municipal": true}}));
    assert_eq!((r.hospital.counted_months, r.municipal.counted_months), (12.0, 6.0));
    assert!(r.municipal.complete && r.del1_complete);
    assert_eq!(r.projected_del1_end.as_deref(), Some("2026-03-03"));
}

#[test]
fn months_a_period_from_31_january_has_a_clamped_first_month() {
    // 31 January + 1 month is clamped to 29 February 2024, so the first
    // month-window is 31 January..28 February: 1.0 month.
    let r = service(json!({"periods": [hospital("2024-01-31", "2024-02-28")]}));
    assert_eq!(r.hospital.counted_months, 1.0);
}

#[test]
fn months_single_day() {
    // One day of a 30-day month: 1/30 = 0.0333 → 0.03.
    let r = service(json!({"periods": [hospital("2023-11-30", "2023-11-30")]}));
    assert_eq!(r.hospital.counted_months, 0.03);
}

#[test]
fn part_time_fifty_percent_counts_half() {
    // 12 calendar months × 0.5 = 6; remaining 12 − 6 = 6. Exactly 50 % is not
    // below 50 %, so no S-5 warning.
    let r =
        service(json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29", "percent": 50}]}));
    assert_eq!(r.hospital.counted_months, 6.0);
    assert_eq!(r.hospital.remaining_months, 6.0);
    assert!(!has_warning(&r.warnings, "period.low-percent", "S-5"));
}

#[test]
fn s5_below_fifty_percent_warns_and_still_counts() {
    // 40 %: 12 × 0.4 = 4.8 months counted; warning, never rejected.
    let r =
        service(json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29", "percent": 40}]}));
    assert_eq!(r.hospital.counted_months, 4.8);
    assert!(has_warning(&r.warnings, "period.low-percent", "S-5"));
}

#[test]
fn s5_low_plan_percent_warns() {
    let r = service(json!({"periods": [], "plan": {"nextStart": "2025-03-01", "percent": 30}}));
    assert!(has_warning(&r.warnings, "period.low-percent", "S-5"));
}

#[test]
fn part_time_mixed_percentages() {
    // 6 months at 100 % (Mar..Aug 2023) + 6 months at 50 % (Sep 2023..Feb
    // 2024) = 6 + 3 = 9; remaining 3.
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2023-03-01", "end": "2023-08-31", "position": "reststilling"},
        {"part": "hospital", "start": "2023-09-01", "end": "2024-02-29", "percent": 50, "position": "reststilling"}
    ]}));
    assert_eq!(r.hospital.counted_months, 9.0);
    assert_eq!(r.hospital.remaining_months, 3.0);
}

#[test]
fn part_time_fractional_percent() {
    // 12 months at 62.5 % = 7.5 months counted.
    let r = service(
        json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29", "percent": 62.5}]}),
    );
    assert_eq!(r.hospital.counted_months, 7.5);
    assert_eq!(r.hospital.remaining_months, 4.5);
}

// -------------------------------------------------- positions (S-6, S-7, P-1)

#[test]
fn s7_chain_of_reststillinger_across_employers_completes_the_part() {
    // Three 4-month reststillinger with gaps: Mar–Jun 2021 (4), Sep–Dec 2021
    // (4), Mar–Jun 2022 (4) = 12 → hospital complete on 2022-06-30;
    // then municipal Sep 2022..Feb 2023 = 6.
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2021-03-01", "end": "2021-06-30", "position": "reststilling", "rotation": "indremedisin"},
        {"part": "hospital", "start": "2021-09-01", "end": "2021-12-31", "position": "reststilling", "rotation": "kirurgi"},
        {"part": "hospital", "start": "2022-03-01", "end": "2022-06-30", "position": "reststilling", "rotation": "psykiatri"},
        {"part": "municipal", "start": "2022-09-01", "end": "2023-02-28", "position": "reststilling"}
    ], "learningGoalsApproved": {"hospital": true, "municipal": true}}));
    assert_eq!(r.hospital.counted_months, 12.0);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2022-06-30"));
    assert_eq!(r.municipal.counted_months, 6.0);
    assert!(r.del1_complete);
}

#[test]
fn s7_chain_of_part_time_reststillinger() {
    // 6 months at 100 % + 8 months at 75 % = 6 + 6 = 12.
    // Mar–Aug 2022 = 6; Sep 2022..Apr 2023 = 8 months × 0.75 = 6.
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2022-03-01", "end": "2022-08-31", "position": "reststilling"},
        {"part": "hospital", "start": "2022-09-01", "end": "2023-04-30", "percent": 75, "position": "reststilling"}
    ]}));
    assert_eq!(r.hospital.counted_months, 12.0);
    assert!(r.hospital.complete);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2023-04-30"));
}

#[test]
fn s6_postlege_counts_zero_with_warning() {
    // Postlege Jan–Jun 2023 = 0; coupled Sep 2023..Feb 2024 = 6.
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2023-01-01", "end": "2023-06-30", "position": "postlege"},
        {"part": "hospital", "start": "2023-09-01", "end": "2024-02-29"}
    ]}));
    assert_eq!(r.hospital.counted_months, 6.0);
    assert!(has_warning(&r.warnings, "period.not-counting", "S-6"));
}

#[test]
fn s6_foreign_internship_counts_zero() {
    // Danish KBU / Swedish AT: 12 months abroad count 0; remaining 12.
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2021-02-01", "end": "2022-01-31", "position": "foreign-internship"}
    ]}));
    assert_eq!(r.hospital.counted_months, 0.0);
    assert_eq!(r.hospital.remaining_months, 12.0);
    assert!(has_warning(&r.warnings, "period.not-counting", "S-6"));
}

#[test]
fn s6_non_counting_municipal_period_is_not_an_s2_violation() {
    // A postlege post in a kommune before the hospital part is not del 1
    // service, so S-2 does not apply; it counts 0.
    let r = service(json!({"periods": [
        {"part": "municipal", "start": "2023-01-01", "end": "2023-02-28", "position": "postlege"},
        {"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}
    ]}));
    assert_eq!(r.municipal.counted_months, 0.0);
    assert_eq!(r.hospital.counted_months, 12.0);
}

#[test]
fn p1_extra_position_counts_with_a_warning() {
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2023-03-01", "end": "2023-08-31", "position": "extra"}
    ]}));
    assert_eq!(r.hospital.counted_months, 6.0);
    assert!(has_warning(&r.warnings, "period.extra-position", "S-6"));
}

#[test]
fn default_position_is_coupled() {
    // No position given → coupled → counts; S-10 quiet on 1 March.
    let r = service(json!({"periods": [hospital("2023-03-01", "2023-05-31")]}));
    assert_eq!(r.hospital.counted_months, 3.0);
    assert!(!warning_codes(&r.warnings).contains(&"period.unusual-start"));
}

// ----------------------------------------------------------- S-2, S-8, S-9

#[test]
fn s2_municipal_during_incomplete_hospital_part_is_rejected() {
    // Hospital 6 months only, then municipal → S-2.
    assert_violation(
        json!({"periods": [
            hospital("2023-03-01", "2023-08-31"),
            {"part": "municipal", "start": "2023-09-01", "end": "2024-02-29"}
        ]}),
        "/periods/1/start",
        "service.municipal-without-hospital",
        "S-2",
    );
}

#[test]
fn s2_municipal_before_hospital_in_time_is_rejected() {
    // Municipal first (2022-09..2023-02), hospital after: the hospital part is
    // complete on 2024-02-29, after the municipal start.
    assert_violation(
        json!({"periods": [
            {"part": "municipal", "start": "2022-09-01", "end": "2023-02-28"},
            hospital("2023-03-01", "2024-02-29")
        ]}),
        "/periods/0/start",
        "service.municipal-before-hospital",
        "S-2",
    );
}

#[test]
fn s2_hospital_goals_not_approved_warns() {
    let r = service(json!({"periods": [
        hospital("2023-03-01", "2024-02-29"),
        {"part": "municipal", "start": "2024-03-01", "end": "2024-05-31"}
    ], "learningGoalsApproved": {"hospital": false}}));
    assert!(has_warning(&r.warnings, "service.hospital-goals-pending", "S-2"));
}

#[test]
fn s8_repeating_one_part_is_allowed() {
    // 12 + 6 done, then another 6 hospital months: a repeated part, not a
    // second del 1 → no error; counted hospital 12 + 6 = 18.
    let r = service(json!({"periods": [
        hospital("2020-03-01", "2021-02-28"),
        {"part": "municipal", "start": "2021-03-01", "end": "2021-08-31"},
        {"part": "hospital", "start": "2022-03-01", "end": "2022-08-31", "position": "reststilling"}
    ]}));
    assert_eq!(r.hospital.counted_months, 18.0);
    assert_eq!(r.hospital.remaining_months, 0.0);
}

#[test]
fn s8_second_course_in_reststillinger_is_also_rejected() {
    // The whole del 1 may not be completed twice, whatever the positions.
    assert_violation(
        json!({"periods": [
            hospital("2020-03-01", "2021-02-28"),
            {"part": "municipal", "start": "2021-03-01", "end": "2021-08-31"},
            {"part": "hospital", "start": "2022-03-01", "end": "2023-02-28", "position": "reststilling"},
            {"part": "municipal", "start": "2023-03-01", "end": "2023-08-31", "position": "reststilling"}
        ]}),
        "/periods/2",
        "service.del1-repeated",
        "S-8",
    );
}

#[test]
fn s9_time_complete_without_learning_goals_is_not_complete() {
    let r = service(json!({"periods": [
        hospital("2022-09-01", "2023-08-31"),
        {"part": "municipal", "start": "2023-09-01", "end": "2024-02-29"}
    ], "learningGoalsApproved": {"hospital": true}}));
    assert!(r.del1_time_complete);
    assert!(!r.del1_complete);
    assert!(has_warning(&r.warnings, "service.learning-goals-missing", "S-9"));
}

#[test]
fn s9_no_goals_given_means_not_approved() {
    let r = service(json!({"periods": [
        hospital("2022-09-01", "2023-08-31"),
        {"part": "municipal", "start": "2023-09-01", "end": "2024-02-29"}
    ]}));
    assert!(r.del1_time_complete);
    assert!(!r.del1_complete);
}

#[test]
fn s10_unusual_coupled_start_warns() {
    let r = service(json!({"periods": [hospital("2023-01-15", "2023-06-30")]}));
    assert!(has_warning(&r.warnings, "period.unusual-start", "S-10"));
}

#[test]
fn s10_reststilling_may_start_any_day() {
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2023-01-15", "end": "2023-06-30", "position": "reststilling"}
    ]}));
    assert!(!warning_codes(&r.warnings).contains(&"period.unusual-start"));
}

#[test]
fn s11_not_authorised_warns() {
    let r = service(json!({"periods": [], "authorised": false}));
    assert!(has_warning(&r.warnings, "service.not-authorised", "S-11"));
}

// ------------------------------------------------------------------ P-1, P-2

#[test]
fn p1_offer_only_municipal_when_hospital_done() {
    let r = service(json!({"periods": [hospital("2023-03-01", "2024-02-29")],
                           "options": {"offerOnlyMissing": true}}));
    let offer = r.offer.unwrap();
    assert_eq!(offer.parts, vec!["municipal"]);
    assert_eq!(offer.months, 6.0);
}

#[test]
fn p1_offer_is_empty_when_nothing_is_missing() {
    let r = service(json!({"periods": [
        hospital("2022-09-01", "2023-08-31"),
        {"part": "municipal", "start": "2023-09-01", "end": "2024-02-29"}
    ], "options": {"offerOnlyMissing": true}}));
    let offer = r.offer.unwrap();
    assert!(offer.parts.is_empty());
    assert_eq!(offer.months, 0.0);
}

#[test]
fn p1_offer_with_partial_part_time_history() {
    // 4 months at 50 % = 2 counted → hospital 10 + municipal 6 = 16 months.
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2023-03-01", "end": "2023-06-30", "percent": 50, "position": "reststilling"}
    ], "options": {"offerOnlyMissing": true}}));
    let offer = r.offer.unwrap();
    assert_eq!(offer.parts, vec!["hospital", "municipal"]);
    assert_eq!(offer.months, 16.0);
}

#[test]
fn p1_is_off_by_default() {
    let r = service(json!({"periods": [hospital("2023-03-01", "2023-08-31")]}));
    assert_eq!(r.offer, None);
    assert!(r.assumptions.iter().any(|a| a.option == "offerOnlyMissing" && a.value == "false" && a.rule == "P-1"));
}

#[test]
fn p2_more_than_six_months_reststilling_still_allows_a_full_course() {
    // 9 months reststilling (Mar–Nov 2022), then a full coupled course
    // 2023-03-01..2024-02-29 + 2024-03-01..2024-08-31. P-2 is rejected: no
    // error. The hospital requirement is reached within the coupled year, the
    // rest is repeated hospital service (allowed, S-8 parts may repeat).
    let r = service(json!({"periods": [
        {"part": "hospital", "start": "2022-03-01", "end": "2022-11-30", "position": "reststilling"},
        hospital("2023-03-01", "2024-02-29"),
        {"part": "municipal", "start": "2024-03-01", "end": "2024-08-31"}
    ]}));
    // 9 + 12 = 21 counted hospital months; municipal 6.
    assert_eq!(r.hospital.counted_months, 21.0);
    assert_eq!(r.municipal.counted_months, 6.0);
    assert!(r.del1_time_complete);
    // Hospital reached: 9 + 3 (Mar, Apr, May 2023) → 2023-05-31.
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2023-05-31"));
}

// -------------------------------------------------------------- projections

#[test]
fn projection_municipal_only_after_complete_hospital() {
    // Plan 2024-09-01, 6 months → 2025-02-28.
    let r = service(json!({"periods": [hospital("2023-09-01", "2024-08-31")],
                           "plan": {"nextStart": "2024-09-01"}}));
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-08-31"));
    assert_eq!(r.municipal.projected_end.as_deref(), Some("2025-02-28"));
    assert_eq!(r.projected_del1_end.as_deref(), Some("2025-02-28"));
}

#[test]
fn projection_rest_of_municipal_part() {
    // Municipal Sep–Nov 2024 = 3 served; 3 left from 2025-01-01 → 2025-03-31.
    let r = service(json!({"periods": [
        hospital("2023-09-01", "2024-08-31"),
        {"part": "municipal", "start": "2024-09-01", "end": "2024-11-30"}
    ], "plan": {"nextStart": "2025-01-01"}, "learningGoalsApproved": {"hospital": true}}));
    assert_eq!(r.municipal.remaining_months, 3.0);
    assert_eq!(r.municipal.projected_end.as_deref(), Some("2025-03-31"));
}

#[test]
fn projection_half_time_municipal_takes_a_year() {
    // 6 / 0.5 = 12 calendar months from 2025-01-01 → 2025-12-31.
    let r = service(json!({"periods": [hospital("2023-09-01", "2024-08-31")],
                           "plan": {"nextStart": "2025-01-01", "percent": 50}}));
    assert_eq!(r.municipal.projected_end.as_deref(), Some("2025-12-31"));
}

#[test]
fn projection_mid_month_start() {
    // From 2024-03-13: 12 months by anniversary end the day before
    // 2025-03-13 → 2025-03-12.
    let r = service(json!({"periods": [], "plan": {"nextStart": "2024-03-13"}}));
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2025-03-12"));
}

#[test]
fn projection_across_leap_february() {
    // 12 months from 2023-03-01 → 2024-02-29 (leap day is the last day).
    let r = service(json!({"periods": [], "plan": {"nextStart": "2023-03-01"}}));
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-02-29"));
    // Municipal from 2024-03-01 for 6 months → 2024-08-31.
    assert_eq!(r.municipal.projected_end.as_deref(), Some("2024-08-31"));
}

#[test]
fn projection_fractional_percent() {
    // 12 / 0.625 = 19.2 month-windows from 2023-09-01: 19 whole months end
    // 2025-03-31; the rest 0.2 of the window April 2025 (30 days) is
    // ceil(0.2 × 30) = 6 days → 2025-04-06.
    let r = service(json!({"periods": [], "plan": {"nextStart": "2023-09-01", "percent": 62.5}}));
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2025-04-06"));
}

#[test]
fn projection_of_partial_hospital_part_continues_from_plan() {
    // 6 months done (Mar–Aug 2023); plan 2024-01-01 at 100 %: 6 months →
    // 2024-06-30; municipal 2024-07-01..2024-12-31.
    let r = service(json!({"periods": [hospital("2023-03-01", "2023-08-31")],
                           "plan": {"nextStart": "2024-01-01"}}));
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-06-30"));
    assert_eq!(r.municipal.projected_end.as_deref(), Some("2024-12-31"));
}

#[test]
fn projection_make_up_at_part_time_is_stretched() {
    // Hospital 12 months done with 20 sick working days → 8 to make up.
    // Plan at 80 %: 8 / 0.8 = 10 working days from Fri 2024-03-01:
    // 1.3, 4–8.3 (5), 11–14.3 (4) → 2024-03-14.
    let r = service(json!({
        "periods": [hospital("2023-03-01", "2024-02-29")],
        "absences": [{"part": "hospital", "kind": "sick", "start": "2023-10-02", "end": "2023-10-27"}],
        "plan": {"nextStart": "2024-03-01", "percent": 80}
    }));
    assert_eq!(r.hospital.make_up_days, 8.0);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-03-14"));
}

#[test]
fn projection_make_up_over_easter_skips_holidays() {
    // 5 days to make up (17 sick working days − 12), plan from Mon 2024-03-25:
    // Mon 25, Tue 26, Wed 27 (3); Thu 28, Fri 29 holidays; Mon 1.4 holiday;
    // Tue 2.4, Wed 3.4 (5) → 2024-04-03.
    // Sick Mon 2023-10-02 .. Tue 2023-10-24: 3 weeks (15) + Mon 23, Tue 24 = 17.
    let r = service(json!({
        "periods": [hospital("2023-03-01", "2024-02-29")],
        "absences": [{"part": "hospital", "kind": "sick", "start": "2023-10-02", "end": "2023-10-24"}],
        "plan": {"nextStart": "2024-03-25"}
    }));
    assert_eq!(r.hospital.make_up_days, 5.0);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-04-03"));
}

#[test]
fn projection_make_up_in_calendar_days() {
    // dayUnit calendar-days: sick 2023-10-01..2023-10-17 = 17 calendar days;
    // 17 − 12 = 5; plan from 2024-03-01 → 1..5 March → 2024-03-05.
    let r = service(json!({
        "periods": [hospital("2023-03-01", "2024-02-29")],
        "absences": [{"part": "hospital", "kind": "sick", "start": "2023-10-01", "end": "2023-10-17"}],
        "plan": {"nextStart": "2024-03-01"},
        "options": {"dayUnit": "calendar-days"}
    }));
    assert_eq!(r.hospital.absence.used_days, 17.0);
    assert_eq!(r.hospital.make_up_days, 5.0);
    assert_eq!(r.hospital.projected_end.as_deref(), Some("2024-03-05"));
}

#[test]
fn projection_absent_without_plan() {
    let r = service(json!({"periods": [hospital("2023-03-01", "2023-08-31")]}));
    assert_eq!(r.hospital.projected_end, None);
    assert_eq!(r.municipal.projected_end, None);
    assert_eq!(r.projected_del1_end, None);
}

#[test]
fn made_up_service_reduces_make_up_days() {
    // 8 days to make up; 2024-03-01..2024-03-06 served (Fri 1, Mon 4, Tue 5,
    // Wed 6 = 4 working days) → 8 − 4 = 4 left.
    let r = service(json!({
        "periods": [hospital("2023-03-01", "2024-02-29"), hospital("2024-03-01", "2024-03-06")],
        "absences": [{"part": "hospital", "kind": "sick", "start": "2023-10-02", "end": "2023-10-27"}]
    }));
    assert_eq!(r.hospital.make_up_days, 4.0);
    assert!(!r.hospital.complete);
}

// ------------------------------------------------------------------- output

#[test]
fn result_serialises_with_api_names() {
    let r = service(json!({"periods": [hospital("2024-03-01", "2024-03-15")], "options": {"offerOnlyMissing": true}}));
    let v = serde_json::to_value(&r).unwrap();
    for key in ["hospital", "municipal", "del1TimeComplete", "del1Complete", "offer", "warnings", "assumptions"] {
        assert!(v.get(key).is_some(), "{key}");
    }
    let h = &v["hospital"];
    for key in ["requiredMonths", "countedMonths", "remainingMonths", "absence", "makeUpDays", "complete"] {
        assert!(h.get(key).is_some(), "{key}");
    }
    for key in ["regime", "allowanceDays", "usedDays", "excessDays", "toMakeUpDays", "byKind"] {
        assert!(h["absence"].get(key).is_some(), "{key}");
    }
    // 15/31 = 0.4838… → 0.48 in output.
    assert_eq!(h["countedMonths"], json!(0.48));
    assert!(v.get("projectedDel1End").is_none());
}

#[test]
fn service_assumptions_list_every_option_with_defaults() {
    let r = service(json!({"periods": []}));
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
            ("minimumPercentWarning", "50", "S-5"),
            ("offerOnlyMissing", "false", "P-1"),
        ]
    );
}

#[test]
fn every_warning_carries_a_rule_id() {
    let r = service(json!({
        "periods": [
            {"part": "hospital", "start": "2020-01-15", "end": "2020-12-31", "percent": 40, "rotation": "kirurgi"},
            {"part": "hospital", "start": "2021-01-01", "end": "2021-03-31", "position": "postlege"},
            {"part": "hospital", "start": "2021-04-01", "end": "2021-05-31", "position": "extra"}
        ],
        "absences": [
            {"part": "hospital", "kind": "strike", "days": 3},
            {"part": "hospital", "kind": "sick", "start": "2020-04-01", "end": "2020-04-30", "covid": true}
        ],
        "authorised": false,
        "plan": {"nextStart": "2021-09-01", "percent": 20}
    }));
    assert!(!r.warnings.is_empty());
    for w in &r.warnings {
        assert!(w.rule.is_some(), "{w:?}");
    }
}

#[test]
fn language_selects_messages_only() {
    let base = json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29", "percent": 40}]});
    let mut en = base.clone();
    en["lang"] = json!("en");
    let mut nn = base.clone();
    nn["lang"] = json!("nn");
    let (rb, re, rn) = (service(base), service(en), service(nn));
    assert_eq!(rb.hospital, re.hospital);
    assert_eq!(rb.hospital, rn.hospital);
    let msg = |r: &lis1_service::ServiceResult| {
        r.warnings.iter().find(|w| w.code == "period.low-percent").unwrap().message.clone()
    };
    assert!(msg(&re).starts_with("Position percentage 40 is below 50"), "{}", msg(&re));
    assert!(msg(&rb).contains("Stillingsprosent 40"));
    assert!(msg(&rn).contains("liknande ordningar"));
}
