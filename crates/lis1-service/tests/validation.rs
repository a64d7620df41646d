//! Validation: every problem reported at once, with JSON-pointer paths.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use lis1_core::ErrorKind;
use lis1_service::{validate, Absence, Period, Plan, ServiceInput};
use serde_json::json;

fn period(part: &str, start: &str, end: &str) -> Period {
    Period { part: part.into(), start: start.into(), end: end.into(), ..Period::default() }
}

#[test]
fn valid_input_has_no_issues() {
    let i = input(json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}]}));
    assert!(validate(&i).is_empty());
}

#[test]
fn unparsable_and_impossible_dates() {
    assert_invalid(
        json!({"periods": [
            {"part": "hospital", "start": "01.09.2023", "end": "2023-02-29"}
        ]}),
        &[("/periods/0/end", "date.impossible"), ("/periods/0/start", "date.format")],
    );
}

#[test]
fn end_before_start() {
    assert_invalid(
        json!({"periods": [{"part": "hospital", "start": "2023-09-01", "end": "2023-08-31"}]}),
        &[("/periods/0/end", "range.end-before-start")],
    );
}

#[test]
fn percent_out_of_range() {
    assert_invalid(
        json!({"periods": [
            {"part": "hospital", "start": "2023-03-01", "end": "2023-03-31", "percent": 0},
            {"part": "hospital", "start": "2023-04-01", "end": "2023-04-30", "percent": 150},
            {"part": "hospital", "start": "2023-05-01", "end": "2023-05-31", "percent": 0.5}
        ], "plan": {"nextStart": "2023-09-01", "percent": 101}}),
        &[
            ("/periods/0/percent", "percent.range"),
            ("/periods/1/percent", "percent.range"),
            ("/periods/2/percent", "percent.range"),
            ("/plan/percent", "percent.range"),
        ],
    );
}

#[test]
fn percent_nan_and_infinity() {
    let mut p = period("hospital", "2023-03-01", "2023-03-31");
    p.percent = Some(f64::NAN);
    let mut q = period("hospital", "2023-04-01", "2023-04-30");
    q.percent = Some(f64::INFINITY);
    let i = ServiceInput { periods: vec![p, q], ..ServiceInput::default() };
    let got: Vec<_> = validate(&i).iter().map(|x| (x.path.clone(), x.code)).collect();
    assert_eq!(
        got,
        vec![
            ("/periods/0/percent".to_owned(), "number.not-finite"),
            ("/periods/1/percent".to_owned(), "number.not-finite")
        ]
    );
}

#[test]
fn overlapping_periods_are_reported_at_the_later_period() {
    // Row 0 starts later than row 1 and overlaps it → reported at row 0.
    assert_invalid(
        json!({"periods": [
            {"part": "hospital", "start": "2023-06-01", "end": "2023-12-31"},
            {"part": "hospital", "start": "2023-03-01", "end": "2023-06-01"}
        ]}),
        &[("/periods/0/start", "period.overlap")],
    );
}

#[test]
fn overlap_across_parts_is_an_error() {
    // A doctor cannot serve in hospital and kommune at once.
    assert_invalid(
        json!({"periods": [
            {"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"},
            {"part": "municipal", "start": "2024-02-01", "end": "2024-07-31"}
        ]}),
        &[("/periods/1/start", "period.overlap")],
    );
}

#[test]
fn overlap_with_a_non_counting_period_is_an_error() {
    assert_invalid(
        json!({"periods": [
            {"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"},
            {"part": "hospital", "start": "2023-05-01", "end": "2023-05-31", "position": "postlege"}
        ]}),
        &[("/periods/1/start", "period.overlap")],
    );
}

#[test]
fn adjacent_periods_do_not_overlap() {
    let i = input(json!({"periods": [
        {"part": "hospital", "start": "2023-03-01", "end": "2023-05-31"},
        {"part": "hospital", "start": "2023-06-01", "end": "2023-08-31"}
    ]}));
    assert!(validate(&i).is_empty());
}

#[test]
fn old_turnus_before_2017_03_01_is_rejected_naming_the_date() {
    let e = error(json!({"periods": [{"part": "hospital", "start": "2017-02-28", "end": "2017-08-31"}], "lang": "en"}));
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!(issues(&e), vec![("/periods/0/start".to_owned(), "period.before-del1")]);
    assert!(e.issues[0].message.contains("1 March 2017"), "{}", e.issues[0].message);
    assert_eq!(e.issues[0].rule, Some("S-1"));
}

#[test]
fn first_day_of_del1_is_accepted() {
    let i = input(json!({"periods": [{"part": "hospital", "start": "2017-03-01", "end": "2017-08-31"}]}));
    assert!(validate(&i).is_empty());
}

#[test]
fn unknown_part_kind_position_and_day_unit() {
    assert_invalid(
        json!({
            "periods": [{"part": "hospitalx", "start": "2023-03-01", "end": "2023-08-31", "position": "locum"}],
            "absences": [{"part": "hospital", "kind": "holiday", "days": 1}],
            "options": {"dayUnit": "hours"}
        }),
        &[
            ("/absences/0/kind", "enum.unknown"),
            ("/options/dayUnit", "enum.unknown"),
            ("/periods/0/part", "enum.unknown"),
            ("/periods/0/position", "enum.unknown"),
        ],
    );
}

#[test]
fn unknown_value_message_lists_the_allowed_values() {
    // lis1_core::input shortens echoed parameters to 40 characters, so the
    // list is cut; its start is shown.
    let e = error(
        json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2023-08-31", "position": "locum"}], "lang": "en"}),
    );
    assert!(e.issues[0].message.contains("coupled, reststilling"), "{}", e.issues[0].message);
}

fn with_absence(a: serde_json::Value) -> serde_json::Value {
    json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}], "absences": [a]})
}

#[test]
fn absence_with_both_forms() {
    assert_invalid(
        with_absence(
            json!({"part": "hospital", "kind": "sick", "start": "2023-10-02", "end": "2023-10-03", "days": 2}),
        ),
        &[("/absences/0", "absence.both-forms")],
    );
}

#[test]
fn absence_with_neither_form() {
    assert_invalid(with_absence(json!({"part": "hospital", "kind": "sick"})), &[("/absences/0", "absence.no-form")]);
}

#[test]
fn absence_with_half_a_range() {
    assert_invalid(
        with_absence(json!({"part": "hospital", "kind": "sick", "start": "2023-10-02"})),
        &[("/absences/0/end", "absence.incomplete-range")],
    );
}

#[test]
fn absence_range_end_before_start() {
    assert_invalid(
        with_absence(json!({"part": "hospital", "kind": "sick", "start": "2023-10-05", "end": "2023-10-02"})),
        &[("/absences/0/end", "range.end-before-start")],
    );
}

#[test]
fn absence_outside_its_part() {
    // Inside the hospital period, but recorded as municipal → outside.
    assert_invalid(
        with_absence(json!({"part": "municipal", "kind": "sick", "start": "2023-10-02", "end": "2023-10-03"})),
        &[("/absences/0", "absence.outside-period")],
    );
}

#[test]
fn absence_partly_outside_the_period() {
    assert_invalid(
        with_absence(json!({"part": "hospital", "kind": "sick", "start": "2024-02-26", "end": "2024-03-04"})),
        &[("/absences/0", "absence.outside-period")],
    );
}

#[test]
fn absence_count_in_a_part_without_periods() {
    assert_invalid(
        with_absence(json!({"part": "municipal", "kind": "sick", "days": 2})),
        &[("/absences/0", "absence.part-without-period")],
    );
}

#[test]
fn negative_and_absurd_day_counts() {
    assert_invalid(
        json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}],
        "absences": [
            {"part": "hospital", "kind": "sick", "days": -1},
            {"part": "hospital", "kind": "sick", "days": 100000}
        ]}),
        &[("/absences/0/days", "absence.days-negative"), ("/absences/1/days", "absence.days-absurd")],
    );
}

#[test]
fn non_finite_day_count() {
    let i = ServiceInput {
        periods: vec![period("hospital", "2023-03-01", "2024-02-29")],
        absences: vec![Absence {
            part: "hospital".into(),
            kind: "sick".into(),
            days: Some(f64::NAN),
            ..Absence::default()
        }],
        ..ServiceInput::default()
    };
    let got: Vec<_> = validate(&i).iter().map(|x| (x.path.clone(), x.code)).collect();
    assert_eq!(got, vec![("/absences/0/days".to_owned(), "number.not-finite")]);
}

#[test]
fn plan_inside_the_history() {
    assert_invalid(
        json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}],
               "plan": {"nextStart": "2024-02-01"}}),
        &[("/plan/nextStart", "plan.before-history")],
    );
}

#[test]
fn plan_before_del1() {
    let i = ServiceInput {
        plan: Some(Plan { next_start: Some("2016-09-01".into()), percent: None }),
        ..ServiceInput::default()
    };
    let got: Vec<_> = validate(&i).iter().map(|x| (x.path.clone(), x.code)).collect();
    assert_eq!(got, vec![("/plan/nextStart".to_owned(), "plan.before-del1")]);
}

#[test]
fn covid_overlay_end_before_the_overlay() {
    assert_invalid(
        json!({"periods": [], "options": {"covidOverlayEnd": "2020-03-19"}}),
        &[("/options/covidOverlayEnd", "options.covid-end-before-start")],
    );
}

#[test]
fn every_problem_is_reported_at_once_in_path_order() {
    assert_invalid(
        json!({
            "periods": [
                {"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"},
                {"part": "hospital", "start": "2023-13-01", "end": "2024-02-29"},
                {"part": "hospital", "start": "2024-01-01", "end": "2024-06-30", "percent": 120}
            ],
            "absences": [
                {"part": "hospital", "kind": "sick"},
                {"part": "hospital", "kind": "sick", "days": -3}
            ],
            "options": {"dayUnit": "weeks"}
        }),
        &[
            ("/absences/0", "absence.no-form"),
            ("/absences/1/days", "absence.days-negative"),
            ("/options/dayUnit", "enum.unknown"),
            ("/periods/1/start", "date.impossible"),
            ("/periods/2/percent", "percent.range"),
            ("/periods/2/start", "period.overlap"),
        ],
    );
}

#[test]
fn too_many_rows_and_too_long_rotation() {
    let p = Period { rotation: Some("x".repeat(1000)), ..period("hospital", "2023-03-01", "2023-03-31") };
    let many: Vec<Absence> = (0..1001)
        .map(|_| Absence { part: "hospital".into(), kind: "sick".into(), days: Some(0.0), ..Absence::default() })
        .collect();
    let i = ServiceInput { periods: vec![p], absences: many, ..ServiceInput::default() };
    let got: Vec<_> = validate(&i).iter().map(|x| (x.path.clone(), x.code)).collect();
    assert!(got.contains(&("/absences".to_owned(), "list.too-long")), "{got:?}");
    assert!(got.contains(&("/periods/0/rotation".to_owned(), "text.too-long")), "{got:?}");
}

#[test]
fn messages_in_each_language() {
    let j = |lang: &str| json!({"periods": [{"part": "hospital", "start": "2023-09-01", "end": "2023-08-31"}], "lang": lang});
    let nb = error(j("nb")).issues[0].message.clone();
    let nn = error(j("nn")).issues[0].message.clone();
    let en = error(j("en")).issues[0].message.clone();
    assert_eq!(en, "End date 31 August 2023 is before start date 1 September 2023.");
    assert!(nb.starts_with("Sluttdato"));
    assert_ne!(nb, en);
    assert!(!nn.is_empty());
}

#[test]
fn rule_violations_carry_their_rule_ids() {
    let e = error(json!({"periods": [{"part": "municipal", "start": "2023-09-01", "end": "2024-02-29"}]}));
    assert_eq!(e.kind, ErrorKind::RuleViolation);
    assert!(e.issues.iter().all(|i| i.rule == Some("S-2")));
}

#[test]
fn validate_returns_rule_violations_as_issues() {
    let i = input(json!({"periods": [{"part": "municipal", "start": "2023-09-01", "end": "2024-02-29"}]}));
    let got: Vec<_> = validate(&i).iter().map(|x| (x.path.clone(), x.code)).collect();
    assert_eq!(got, vec![("/periods/0/start".to_owned(), "service.municipal-without-hospital")]);
}

#[test]
fn unknown_fields_are_rejected_by_deserialisation() {
    let r: Result<ServiceInput, _> = serde_json::from_value(json!({"periods": [], "option": {}}));
    assert!(r.is_err());
    let r: Result<ServiceInput, _> = serde_json::from_value(
        json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2023-03-31", "procent": 50}]}),
    );
    assert!(r.is_err());
}

#[test]
fn overlapping_absences_would_count_twice() {
    // Sick 2–6 Oct and welfare leave 5–10 Oct share 5 and 6 Oct → reported at
    // the later one (row 0 starts later).
    assert_invalid(
        json!({"periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}],
        "absences": [
            {"part": "hospital", "kind": "welfare-leave", "start": "2023-10-05", "end": "2023-10-10"},
            {"part": "hospital", "kind": "sick", "start": "2023-10-02", "end": "2023-10-06"},
            {"part": "hospital", "kind": "sick", "start": "2023-10-11", "end": "2023-10-11"}
        ]}),
        &[("/absences/0", "absence.overlap")],
    );
}

/// 250 monthly periods, row `i` from the 1st to the 28th of month `i` after 2017-03 (no overlaps, all after
/// 2017-03-01), with row `other` given to the municipal part instead of the hospital part.
fn monthly_periods(other: usize) -> Vec<serde_json::Value> {
    (0..250)
        .map(|i| {
            let (year, month) = (2017 + (2 + i) / 12, (2 + i) % 12 + 1);
            let part = if i == other { "municipal" } else { "hospital" };
            json!({"part": part, "start": format!("{year}-{month:02}-01"), "end": format!("{year}-{month:02}-28")})
        })
        .collect()
}

#[test]
fn too_many_periods_gives_only_list_too_long_not_absence_issues_judged_on_the_rows_read() {
    // The period limit is 200 (params::MAX_PERIODS); only rows 0..=200 are read. Row 230 is month 2 + 230 = 232
    // after 2017-01, i.e. 2036-05 (232 / 12 = 19 years, 232 % 12 + 1 = month 5): 2036-05-01..2036-05-28, a
    // hospital period. An absence on 2036-05-10..12 lies inside it, so "outside every period of its part" would be
    // false; the absence's part cannot be judged on a truncated list. Expected: exactly list.too-long at /periods.
    let e = error(json!({
        "periods": monthly_periods(usize::MAX),
        "absences": [{"part": "hospital", "kind": "sick", "start": "2036-05-10", "end": "2036-05-12"}]
    }));
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!(issues(&e), vec![("/periods".to_owned(), "list.too-long")]);

    // The only municipal period is row 240 (unread): a municipal absence counted in days has a period of its
    // part, so absence.part-without-period would be false too.
    let e = error(json!({
        "periods": monthly_periods(240),
        "absences": [{"part": "municipal", "kind": "sick", "days": 3}]
    }));
    assert_eq!(issues(&e), vec![("/periods".to_owned(), "list.too-long")]);
}
