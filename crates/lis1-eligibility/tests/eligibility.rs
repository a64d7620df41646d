//! Hand-derived cases for `check_eligibility` (docs/rules.md sections 3, 4, worked
//! examples 1 and 3). Every expected date is derived in the comments:
//! dates are inclusive, `n` whole months from the 1st end on the last day of
//! the n-th month, T-1 = 78 months.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use lis1_core::{ErrorKind, Lis1Error};
use lis1_eligibility::input::{EARLIER_LIS1_FIELDS, SUMMARY_FIELDS};
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

fn applicant(specialty: &str) -> Value {
    json!({ "authorised": true, "specialty": specialty })
}

fn reason<'a>(result: &'a EligibilityResult, rule: &str) -> &'a Reason {
    result.reasons.iter().find(|r| r.rule == rule).unwrap_or_else(|| panic!("no reason {rule}: {:#?}", result.reasons))
}

fn item<'a>(result: &'a EligibilityResult, rule: &str) -> Vec<&'a Reason> {
    result.employer_checklist.as_ref().unwrap().iter().filter(|r| r.rule == rule).collect()
}

fn has_rule(result: &EligibilityResult, rule: &str) -> bool {
    result.reasons.iter().any(|r| r.rule == rule)
}

/// (lis1Start, hospitalEnd, municipalStart, lis1End, specialtyStart, minimumEnd)
fn dates(result: &EligibilityResult) -> (String, Option<String>, String, String, String, String) {
    let t = result.timeline.clone().unwrap();
    (t.lis1_start, t.hospital_end, t.municipal_start, t.lis1_end, t.specialty_start, t.minimum_end)
}

fn s(x: &str) -> String {
    x.to_owned()
}

// ---- T-1..T-5: timelines -----------------------------------------------

#[test]
fn t_1_worked_example_1_psykiatri_from_2022_09_01() {
    // Hospital 12 months Sep 2022..Aug 2023 → 2023-08-31; municipal 6 months
    // Sep 2023..Feb 2024 → 2024-02-29 (2024 is a leap year); LIS3 2024-03-01;
    // T-1: 2022-09-01 + 78 months = 2029-03-01, last day before = 2029-02-28.
    let r = check(json!({ "applicant": applicant("psykiatri"), "round": "2022-09-01" }));
    assert_eq!(r.eligible, Eligible::Yes);
    assert_eq!(
        dates(&r),
        (s("2022-09-01"), Some(s("2023-08-31")), s("2023-09-01"), s("2024-02-29"), s("2024-03-01"), s("2029-02-28"))
    );
    // Messages write dates as people read them (nb by default).
    assert!(reason(&r, "T-1").message.contains("28. februar 2029"));
}

#[test]
fn t_1_leap_round_2023_09_01_ends_municipal_part_on_28_february() {
    // Hospital Sep 2023..Aug 2024 → 2024-08-31 (the leap day is inside);
    // municipal Sep 2024..Feb 2025 → 2025-02-28 (2025 not leap); specialty
    // 2025-03-01; T-1: 2023-09 + 78 months = 2030-03-01 → 2030-02-28.
    let r = check(json!({ "applicant": applicant("bup"), "round": "2023-09-01" }));
    assert_eq!(
        dates(&r),
        (s("2023-09-01"), Some(s("2024-08-31")), s("2024-09-01"), s("2025-02-28"), s("2025-03-01"), s("2030-02-28"))
    );
}

#[test]
fn t_1_march_round_2023_03_01_hospital_part_ends_on_the_leap_day() {
    // Hospital Mar 2023..Feb 2024 → 2024-02-29; municipal Mar..Aug 2024 →
    // 2024-08-31; specialty 2024-09-01; T-1: 2023-03 + 78 = 2029-09-01 → 2029-08-31.
    let r = check(json!({ "applicant": applicant("psykiatri"), "round": "2023-03-01" }));
    assert_eq!(
        dates(&r),
        (s("2023-03-01"), Some(s("2024-02-29")), s("2024-03-01"), s("2024-08-31"), s("2024-09-01"), s("2029-08-31"))
    );
}

#[test]
fn t_1_march_round_2026_03_01() {
    // Hospital Mar 2026..Feb 2027 → 2027-02-28; municipal Mar..Aug 2027 →
    // 2027-08-31; ALIS 2027-09-01; T-1: 2026-03 + 78 = 2032-09-01 → 2032-08-31.
    // No authorisation date and no earlier service: the round is the first LIS1 service (T-1).
    let r = check(json!({ "applicant": applicant("allmennmedisin"), "round": "2026-03-01" }));
    assert_eq!(
        dates(&r),
        (s("2026-03-01"), Some(s("2027-02-28")), s("2027-03-01"), s("2027-08-31"), s("2027-09-01"), s("2032-08-31"))
    );
    assert!(r.assumptions.iter().any(|a| a.option == "minimumFrom" && a.rule == "T-1" && a.value == "roundStart"));
}

#[test]
fn t_3_alis_is_five_years_after_del_1() {
    // ALIS from 2024-03-01 + 60 months = 2029-03-01 → ends 2029-02-28;
    // 18 + 60 = 78 months, so it coincides with the T-1 minimum.
    let r = check(json!({ "applicant": applicant("allmennmedisin"), "round": "2022-09-01" }));
    let t = r.timeline.clone().unwrap();
    assert_eq!(t.specialty_end.as_deref(), Some("2029-02-28"));
    assert_eq!(t.minimum_end, "2029-02-28");
    let t3 = reason(&r, "T-3");
    assert!(
        t3.kind == ReasonKind::Info && t3.message.contains("1. mars 2024") && t3.message.contains("28. februar 2029")
    );
    assert!(!has_rule(&r, "T-4"));
}

#[test]
fn t_4_psykiatri_and_bup_have_no_del_2() {
    for specialty in ["psykiatri", "bup"] {
        let r = check(json!({ "applicant": applicant(specialty), "round": "2022-09-01", "lang": "en" }));
        let t4 = reason(&r, "T-4");
        assert!(t4.message.contains("LIS3 follows del 1 directly, from 1 March 2024"), "{}", t4.message);
        assert!(!has_rule(&r, "T-3") && !has_rule(&r, "T-5"));
        assert_eq!(r.timeline.as_ref().unwrap().specialty_end, None);
    }
}

#[test]
fn t_2_del_1_before_lis3_and_t_5_fastlege_not_before_del_1() {
    let r = check(json!({ "applicant": applicant("allmennmedisin"), "round": "2022-09-01", "lang": "en" }));
    assert!(reason(&r, "T-2").message.contains("before ALIS starts; planned at the earliest on 1 March 2024"));
    assert!(reason(&r, "T-5").message.contains("1 March 2024"));
    let r = check(json!({ "applicant": applicant("psykiatri"), "round": "2022-09-01", "lang": "en" }));
    assert!(reason(&r, "T-2").message.contains("before LIS3 starts"));
}

#[test]
fn b_3_contract_signed_18_months_before_lis3_in_a_full_path() {
    // 2022-09-01 → 2024-03-01 = 18 whole months (the 1.5 years of B-3).
    let r = check(json!({ "applicant": applicant("psykiatri"), "round": "2022-09-01", "lang": "en" }));
    assert!(reason(&r, "B-3").message.contains("18 months after the LIS1 start"));
    assert!(r.warnings.iter().all(|w| w.code != "warning.contract-short"));
}

#[test]
fn b_4_b_5_b_13_are_stated_for_a_candidate_as_information_not_as_met_conditions() {
    // Issue 22 item 11: B-4 (no tie-in), B-5, B-13 (the assessment principle), the path (B-1 without an employer),
    // the round (B-2) and the path's dates (T-1..T-4, B-3) are statements: kind `info`. B-10 (no earlier LIS1) and
    // B-11 (authorised) are conditions, met.
    let r = check(json!({ "applicant": applicant("bup"), "round": "2026-09-01" }));
    for rule in ["B-4", "B-5", "B-13", "B-1", "B-2", "T-1", "T-2", "T-4", "B-3"] {
        assert_eq!(reason(&r, rule).kind, ReasonKind::Info, "{rule}");
    }
    for rule in ["B-10", "B-11"] {
        let x = reason(&r, rule);
        assert_eq!((x.kind, x.met), (ReasonKind::Condition, true), "{rule}");
    }
    // As the API writes it.
    let v = serde_json::to_value(&r).unwrap();
    let b13 = v["reasons"].as_array().unwrap().iter().find(|x| x["rule"] == "B-13").unwrap();
    assert_eq!(b13["kind"], "info");
}

// ---- B-10, B-12, S-8, S-9: earlier LIS1 ---------------------------------

#[test]
fn b_10_no_earlier_lis1_enters_the_whole_path() {
    let r = check(json!({ "applicant": applicant("psykiatri"), "round": "2026-09-01" }));
    assert_eq!(r.eligible, Eligible::Yes);
    assert!(reason(&r, "B-10").met);
    assert_eq!(r.remaining, None);
}

#[test]
fn b_10_completed_lis1_is_not_a_candidate() {
    let a = json!({ "authorised": true, "specialty": "psykiatri",
                    "lis1": { "hospitalMonths": 12, "municipalMonths": 6, "complete": true } });
    let r = check(json!({ "applicant": a, "round": "2026-09-01", "lang": "en" }));
    assert_eq!(r.eligible, Eligible::No);
    let b10 = reason(&r, "B-10");
    assert!(!b10.met && b10.message.contains("advertised publicly"));
    assert_eq!(r.timeline, None);
}

#[test]
fn b_14_months_covered_without_approved_learning_goals_is_not_a_completed_del_1() {
    // 12 + 6 months counted, læringsmål not stated as approved (missing = no, S-9): del 1 is not complete (B-14),
    // so not S-8's "nothing left". Candidate (B-10 excludes only a completed del 1); without P-1 a full 18-month
    // course (B-12): from 2026-09-01 LIS1 ends 2028-02-29 (2028 is a leap year).
    let a = json!({ "authorised": true, "specialty": "bup",
                    "lis1": { "hospitalMonths": 12, "municipalMonths": 6 } });
    let r = check(json!({ "applicant": a, "round": "2026-09-01", "lang": "en" }));
    assert_eq!(r.eligible, Eligible::Yes);
    let b14 = reason(&r, "B-14");
    assert!(b14.met && b14.message.starts_with("Del 1 is not complete: the months of both parts count (12 + 6 months), but still to do: approval of the learning goals of the hospital part and approval of the learning goals of the municipal part."), "{}", b14.message);
    assert!(!has_rule(&r, "S-8"));
    assert_eq!(r.timeline.unwrap().lis1_end, "2028-02-29");
}

#[test]
fn b_12_partial_service_without_p_1_keeps_the_full_timeline() {
    // Worked example 3: 6 months kirurgi done → remaining 12 − 6 = 6 hospital, 6 municipal.
    let a =
        json!({ "authorised": true, "specialty": "psykiatri", "lis1": { "hospitalMonths": 6, "municipalMonths": 0 } });
    let r = check(json!({ "applicant": a, "round": "2023-09-01" }));
    assert_eq!(r.eligible, Eligible::Yes);
    let rem = r.remaining.clone().unwrap();
    assert_eq!((rem.hospital_months, rem.municipal_months), (6.0, 6.0));
    // B-12 (corrected 2026-12-06): the reason says a full course applies, not "the path is shorter".
    let b12 = reason(&r, "B-12");
    assert!(b12.met && b12.message.contains("fullt løp på 18 måneder"), "{}", b12.message);
    assert!(!b12.message.contains("kortere"), "{}", b12.message);
    assert!(r.assumptions.iter().any(|a| a.option == "offerOnlyMissing" && a.value == "false" && a.rule == "P-1"));
    // Full path from 2023-09-01: lis1End 2025-02-28 (see the leap-round case).
    assert_eq!(r.timeline.unwrap().lis1_end, "2025-02-28");
    assert_eq!(r.offer, None);
}

#[test]
fn b_12_worked_example_3_with_p_1_offers_six_plus_six_months() {
    // Round 2023-09-01, 6 + 6 months: hospital Sep 2023..Feb 2024 → 2024-02-29;
    // municipal Mar..Aug 2024 → 2024-08-31; LIS3 2024-09-01. The summary has no
    // start date and no authorisation date is given, so T-1 counts 78 months from
    // this round's start, 2030-02-28, with a warning that it is too late.
    let a =
        json!({ "authorised": true, "specialty": "psykiatri", "lis1": { "hospitalMonths": 6, "municipalMonths": 0 } });
    let r =
        check(json!({ "applicant": a, "round": "2023-09-01", "options": { "offerOnlyMissing": true }, "lang": "en" }));
    assert_eq!(
        dates(&r),
        (s("2023-09-01"), Some(s("2024-02-29")), s("2024-03-01"), s("2024-08-31"), s("2024-09-01"), s("2030-02-28"))
    );
    let offer = r.offer.clone().unwrap();
    assert_eq!((offer.parts, offer.months), (vec!["hospital", "municipal"], 12.0));
    assert_eq!(
        reason(&r, "P-1").message,
        "With P-1 (only the missing service) the offer covers 6 months in the hospital part and 6 months in the \
         municipal part. The timeline is shortened accordingly."
    );
    assert!(reason(&r, "B-12").message.contains("only what remains is offered, so the path is shorter"));
    assert!(r.warnings.iter().any(|w| w.code == "warning.t1-undated-earlier-lis1"));
    // 2023-09-01 → 2024-09-01 is 12 months < 18 (B-3's 1.5 years).
    assert!(r.warnings.iter().any(|w| w.code == "warning.contract-short" && w.message.contains("12 months")));
    assert!(r.assumptions.iter().any(|a| a.option == "offerOnlyMissing" && a.value == "true"));
}

#[test]
fn b_12_with_p_1_and_hospital_part_complete_starts_in_the_kommune() {
    // Hospital 12 done, municipal 2 of 6 → 4 months from 2024-09-01:
    // Sep, Oct, Nov, Dec → 2024-12-31; ALIS 2025-01-01; no hospital end.
    let a = json!({ "authorised": true, "specialty": "allmennmedisin", "lis1": { "hospitalMonths": 12, "municipalMonths": 2 } });
    let r = check(json!({ "applicant": a, "round": "2024-09-01", "options": { "offerOnlyMissing": true } }));
    let t = r.timeline.clone().unwrap();
    assert_eq!(t.hospital_end, None);
    assert_eq!(
        (t.municipal_start.as_str(), t.lis1_end.as_str(), t.specialty_start.as_str()),
        ("2024-09-01", "2024-12-31", "2025-01-01")
    );
    // ALIS 2025-01-01 + 60 months = 2030-01-01 → 2029-12-31.
    assert_eq!(t.specialty_end.as_deref(), Some("2029-12-31"));
    assert_eq!(r.offer.unwrap().parts, vec!["municipal"]);
}

#[test]
fn b_12_fractional_remaining_months_count_days_of_each_month() {
    // Hospital 11.5 counted → 0.5 month from 2024-03-01: 0.5 × 31 = 15.5 days
    // → the 16th day, 2024-03-16. Municipal 6.0 from 2024-03-17:
    // Mar 17–31 = 15/31 ≈ 0.4839; Apr..Aug = 5 → 5.4839; Sep needs
    // 0.5161 × 30 ≈ 15.48 → 16 days → 2024-09-16.
    let a = json!({ "authorised": true, "specialty": "bup", "lis1": { "hospitalMonths": 11.5, "municipalMonths": 0 } });
    let r = check(json!({ "applicant": a, "round": "2024-03-01", "options": { "offerOnlyMissing": true } }));
    let (_, hospital_end, municipal_start, lis1_end, specialty_start, _) = dates(&r);
    assert_eq!(hospital_end.as_deref(), Some("2024-03-16"));
    assert_eq!(
        (municipal_start.as_str(), lis1_end.as_str(), specialty_start.as_str()),
        ("2024-03-17", "2024-09-16", "2024-09-17")
    );
    assert_eq!(r.offer.unwrap().months, 6.5);
}

#[test]
fn zero_months_given_counts_as_no_earlier_service() {
    let a = json!({ "authorised": true, "specialty": "bup", "lis1": { "hospitalMonths": 0, "municipalMonths": 0 } });
    let r = check(json!({ "applicant": a, "round": "2026-09-01" }));
    assert!(reason(&r, "B-10").met);
    assert_eq!(r.remaining, None);
}

#[test]
fn s_2_municipal_months_before_a_complete_hospital_part_is_a_rule_violation() {
    let a = json!({ "authorised": true, "specialty": "bup", "lis1": { "hospitalMonths": 6, "municipalMonths": 3 } });
    let e = fail(json!({ "applicant": a, "round": "2026-09-01" }));
    assert_eq!(e.kind, ErrorKind::RuleViolation);
    assert_eq!((e.issues[0].path.as_str(), e.issues[0].rule), ("/applicant/lis1/municipalMonths", Some("S-2")));
}

#[test]
fn s_9_complete_without_the_months_is_invalid_input() {
    let a = json!({ "authorised": true, "specialty": "bup", "lis1": { "hospitalMonths": 12, "municipalMonths": 3, "complete": true } });
    let e = fail(json!({ "applicant": a }));
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!((e.issues[0].path.as_str(), e.issues[0].rule), ("/applicant/lis1/complete", Some("S-9")));
}

// ---- B-11, S-11: authorisation ------------------------------------------

#[test]
fn b_11_not_yet_authorised_is_conditional_on_the_start_date() {
    let r = check(
        json!({ "applicant": { "authorised": false, "specialty": "psykiatri" }, "round": "2027-03-01", "lang": "en" }),
    );
    assert_eq!(r.eligible, Eligible::Conditional);
    let b11 = reason(&r, "B-11");
    assert!(!b11.met && b11.message.contains("before LIS1 starts on 1 March 2027"));
    // The timeline is still shown.
    assert_eq!(r.timeline.unwrap().lis1_start, "2027-03-01");
}

#[test]
fn b_11_without_round_is_conditional_on_the_start() {
    let r = check(json!({ "applicant": { "authorised": false, "specialty": "bup" } }));
    assert_eq!(r.eligible, Eligible::Conditional);
    assert_eq!(r.timeline, None);
    assert!(r.warnings.iter().any(|w| w.code == "warning.round-missing" && w.rule == Some("B-2")));
}

// ---- S-12: exemptions ---------------------------------------------------

#[test]
fn s_12_a_foreign_del_1_needs_no_lis1_post() {
    let r =
        check(json!({ "applicant": { "authorised": true, "specialty": "psykiatri", "exemptions": ["foreign-del1"] },
                          "round": "2026-09-01", "lang": "en" }));
    assert_eq!(r.eligible, Eligible::No);
    let s12 = reason(&r, "S-12");
    assert!(!s12.met && s12.message.contains("needs no LIS1 post"));
    assert_eq!(r.timeline, None);
}

#[test]
fn s_12_b_half_specialist_abroad_may_go_directly_to_lis3() {
    let r = check(
        json!({ "applicant": { "authorised": true, "specialty": "bup", "exemptions": ["half-specialist-abroad"] }, "lang": "en" }),
    );
    assert_eq!(r.eligible, Eligible::No);
    assert!(reason(&r, "S-12").message.contains("directly into LIS2/LIS3 (the exception in T-2)"));
}

#[test]
fn s_12_c_eea_before_2019_beats_a_pending_authorisation() {
    // "no" outranks "conditional".
    let r = check(
        json!({ "applicant": { "authorised": false, "specialty": "allmennmedisin", "exemptions": ["eea-before-2019"] }, "round": "2026-09-01" }),
    );
    assert_eq!(r.eligible, Eligible::No);
    assert!(!reason(&r, "S-12").met);
}

// ---- B-1, B-20..B-25: specialty × employer kind -------------------------

fn kommune_employer() -> Value {
    json!({ "kind": "kommune", "kommune": "1804", "registeredForAllmennmedisin": true, "vacancyFrom": "2024-03-01",
            "fixedSalary": true, "recruitmentWeak": true, "supervisionCapacity": true,
            "advertisementStatesCriteria": true, "lis3PostAdvertisedPublicly": true })
}

fn hf_employer(approved: &[&str]) -> Value {
    json!({ "kind": "helseforetak", "approvedFor": approved, "vacancyFrom": "2024-03-01",
            "advertisementStatesCriteria": true, "lis3PostAdvertisedPublicly": true })
}

#[test]
fn b_20_allmennmedisin_in_a_registered_kommune_meets_the_whole_checklist() {
    let r = check(
        json!({ "applicant": applicant("allmennmedisin"), "employer": kommune_employer(), "round": "2022-09-01", "lang": "en" }),
    );
    assert_eq!(r.eligible, Eligible::Yes);
    let list = r.employer_checklist.clone().unwrap();
    let rules: Vec<_> = list.iter().map(|i| (i.rule, i.met)).collect();
    assert_eq!(
        rules,
        vec![
            ("B-20", true),
            ("B-25", true),
            ("B-21", true),
            ("B-22", true),
            ("B-23", true),
            ("B-24", true),
            ("B-24", true)
        ]
    );
    assert!(item(&r, "B-24")[1].message.contains("prioritised"));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let k = r.employer_kommune.unwrap();
    assert_eq!((k.name, k.fylke_number, k.rhf), ("Bodø", "18", lis1_eligibility::Rhf::HelseNord));
}

#[test]
fn b_1_allmennmedisin_at_a_helseforetak_is_not_a_bound_path() {
    let r = check(
        json!({ "applicant": applicant("allmennmedisin"), "employer": hf_employer(&["psykiatri"]), "round": "2022-09-01" }),
    );
    assert_eq!(r.eligible, Eligible::No);
    assert!(!reason(&r, "B-1").met);
    assert!(!item(&r, "B-20")[0].met && !item(&r, "B-25")[0].met);
    assert_eq!(item(&r, "B-24").len(), 0, "B-24 is for kommuner");
}

#[test]
fn b_20_psykiatri_at_an_approved_helseforetak() {
    let r = check(
        json!({ "applicant": applicant("psykiatri"), "employer": hf_employer(&["psykiatri", "bup"]), "round": "2022-09-01", "lang": "en" }),
    );
    assert_eq!(r.eligible, Eligible::Yes);
    assert!(item(&r, "B-20")[0].met);
    let b25 = item(&r, "B-25")[0];
    assert!(b25.met && b25.message.contains("hospital part should as a rule be at the helseforetak"));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn b_1_psykiatri_in_a_kommune_is_not_a_bound_path() {
    let r =
        check(json!({ "applicant": applicant("psykiatri"), "employer": kommune_employer(), "round": "2022-09-01" }));
    assert_eq!(r.eligible, Eligible::No);
    assert!(!reason(&r, "B-1").met);
    assert!(!item(&r, "B-20")[0].met && !item(&r, "B-25")[0].met);
}

#[test]
fn b_20_bup_at_a_helseforetak_approved_only_for_psykiatri_is_an_open_item() {
    let r =
        check(json!({ "applicant": applicant("bup"), "employer": hf_employer(&["psykiatri"]), "round": "2022-09-01" }));
    // The applicant is eligible; the employer may not yet offer the post.
    assert_eq!(r.eligible, Eligible::Yes);
    assert!(!item(&r, "B-20")[0].met);
    let w = r.warnings.iter().find(|w| w.code == "warning.employer-checklist-open").unwrap();
    assert!(w.message.contains("(B-20)"), "{}", w.message);
}

#[test]
fn b_1_bup_in_a_kommune_is_not_a_bound_path() {
    let r = check(json!({ "applicant": applicant("bup"), "employer": { "kind": "kommune" }, "round": "2022-09-01" }));
    assert_eq!(r.eligible, Eligible::No);
}

#[test]
fn b_20_unregistered_kommune_and_unstated_items_are_not_met() {
    let r = check(
        json!({ "applicant": applicant("allmennmedisin"), "employer": { "kind": "kommune" }, "round": "2026-09-01" }),
    );
    let list = r.employer_checklist.clone().unwrap();
    assert!(list.iter().filter(|i| i.rule != "B-25").all(|i| !i.met), "{list:#?}");
    let w = r.warnings.iter().find(|w| w.code == "warning.employer-checklist-open").unwrap();
    assert!(w.message.contains("B-20, B-21, B-22, B-23, B-24"), "{}", w.message);
}

#[test]
fn b_21_vacancy_measured_against_the_computed_specialty_start() {
    // Round 2022-09-01 → ALIS/LIS3 from 2024-03-01.
    let with = |vacancy: &str| {
        let mut e = hf_employer(&["bup"]);
        e["vacancyFrom"] = json!(vacancy);
        check(json!({ "applicant": applicant("bup"), "employer": e, "round": "2022-09-01" }))
    };
    assert!(item(&with("2024-03-01"), "B-21")[0].met);
    assert!(item(&with("2023-12-01"), "B-21")[0].met);
    // One day late: not met, but not "far later".
    let r = with("2024-03-02");
    assert!(!item(&r, "B-21")[0].met);
    assert!(r.warnings.iter().all(|w| w.code != "warning.vacancy-far-later"));
    // 2024-03-01 → 2024-09-01: 31 + 30 + 31 + 30 + 31 + 31 = 184 days late.
    let r = with("2024-09-01");
    let w = r.warnings.iter().find(|w| w.code == "warning.vacancy-far-later").unwrap();
    assert!(w.message.contains("184"), "{}", w.message);
    assert!(r.assumptions.iter().any(|a| a.rule == "B-21"));
}

#[test]
fn b_21_without_round_or_vacancy_is_not_met() {
    let r = check(json!({ "applicant": applicant("bup"), "employer": hf_employer(&["bup"]) }));
    assert!(!item(&r, "B-21")[0].met);
    let mut e = hf_employer(&["bup"]);
    e.as_object_mut().unwrap().remove("vacancyFrom");
    let r = check(json!({ "applicant": applicant("bup"), "employer": e, "round": "2026-09-01", "lang": "en" }));
    assert!(item(&r, "B-21")[0].message.contains("not stated"));
}

#[test]
fn b_22_b_23_public_advertisement_and_stated_criteria() {
    let mut e = hf_employer(&["psykiatri"]);
    e["lis3PostAdvertisedPublicly"] = json!(false);
    e["advertisementStatesCriteria"] = json!(false);
    let r = check(json!({ "applicant": applicant("psykiatri"), "employer": e, "round": "2022-09-01" }));
    assert!(!item(&r, "B-22")[0].met && !item(&r, "B-23")[0].met);
}

#[test]
fn b_24_private_practice_is_possible_and_missing_salary_form_is_open() {
    let mut e = kommune_employer();
    e["fixedSalary"] = json!(false);
    e["recruitmentWeak"] = json!(false);
    let r =
        check(json!({ "applicant": applicant("allmennmedisin"), "employer": e, "round": "2022-09-01", "lang": "en" }));
    let b24 = item(&r, "B-24");
    assert!(b24[0].met && b24[0].message.contains("outgoing doctor"));
    assert!(b24[1].met && b24[1].message.contains("not reserved"));
    let mut e = kommune_employer();
    e.as_object_mut().unwrap().remove("fixedSalary");
    e["supervisionCapacity"] = json!(false);
    let r = check(json!({ "applicant": applicant("allmennmedisin"), "employer": e, "round": "2022-09-01" }));
    assert!(item(&r, "B-24").iter().all(|i| !i.met));
}

// ---- kommuner -----------------------------------------------------------

#[test]
fn unknown_and_malformed_kommune_numbers_are_errors_with_path() {
    let mut e = kommune_employer();
    e["kommune"] = json!("1507"); // Ålesund's pre-2024 number
    let err = fail(json!({ "applicant": applicant("allmennmedisin"), "employer": e, "lang": "en" }));
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert_eq!((err.issues[0].code, err.issues[0].path.as_str()), ("kommune.unknown", "/employer/kommune"));
    assert!(err.issues[0].message.contains("1507"));
    let mut e = kommune_employer();
    e["kommune"] = json!("180");
    let err = fail(json!({ "applicant": applicant("allmennmedisin"), "employer": e }));
    assert_eq!((err.issues[0].code, err.issues[0].path.as_str()), ("kommune.format", "/employer/kommune"));
}

// ---- B-2: rounds --------------------------------------------------------

#[test]
fn b_2_rounds_off_the_start_days_are_errors_at_round() {
    for bad in ["2026-03-02", "2026-06-01", "2026-09-02", "2026-01-01"] {
        let e = fail(json!({ "applicant": applicant("bup"), "round": bad }));
        assert_eq!(e.kind, ErrorKind::InvalidInput);
        assert_eq!(e.issues.len(), 1, "{bad}");
        assert_eq!(
            (e.issues[0].code, e.issues[0].path.as_str(), e.issues[0].rule),
            ("round.not-start-date", "/round", Some("B-2")),
            "{bad}"
        );
    }
}

#[test]
fn b_2_malformed_rounds_are_errors_at_round() {
    let e = fail(json!({ "applicant": applicant("bup"), "round": "2026-3-01" }));
    assert_eq!((e.issues[0].code, e.issues[0].path.as_str()), ("date.format", "/round"));
    let e = fail(json!({ "applicant": applicant("bup"), "round": "2026-02-30" }));
    assert_eq!((e.issues[0].code, e.issues[0].path.as_str()), ("date.impossible", "/round"));
    let e = fail(json!({ "applicant": applicant("bup"), "round": "1. september 2026", "lang": "en" }));
    assert!(e.issues[0].message.contains("YYYY-MM-DD"));
}

#[test]
fn b_2_valid_round_is_a_met_reason() {
    let r = check(json!({ "applicant": applicant("allmennmedisin"), "round": "2026-09-01", "lang": "en" }));
    assert!(reason(&r, "B-2").message.contains("1 September 2026"));
}

// ---- validation ---------------------------------------------------------

#[test]
fn every_input_problem_is_reported_at_once_in_path_order() {
    let v = input(json!({
        "applicant": { "authorised": true, "specialty": "kirurgi", "exemptions": ["foreign-del1", "other", "foreign-del1"],
                       "lis1": { "hospitalMonths": -1, "municipalMonths": 0 } },
        "employer": { "kind": "sykehus", "approvedFor": ["psykiatri", "allmennmedisin"], "vacancyFrom": "2024-02-30" },
        "round": "2026-06-01"
    }));
    let issues = validate(&v);
    let got: Vec<_> = issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(
        got,
        vec![
            ("/applicant/exemptions/1", "enum.unknown"),
            ("/applicant/exemptions/2", "list.duplicate"),
            ("/applicant/lis1/hospitalMonths", "months.range"),
            ("/applicant/specialty", "enum.unknown"),
            ("/employer/approvedFor/1", "enum.unknown"),
            ("/employer/kind", "enum.unknown"),
            ("/employer/vacancyFrom", "date.impossible"),
            ("/round", "round.not-start-date"),
        ]
    );
}

#[test]
fn messages_follow_the_language_and_fill_every_placeholder() {
    let base = json!({ "applicant": { "authorised": false, "specialty": "bup" }, "employer": { "kind": "helseforetak" }, "round": "2026-09-01" });
    let mut texts = Vec::new();
    for lang in ["nb", "nn", "en"] {
        let mut v = base.clone();
        v["lang"] = json!(lang);
        let r = check(v);
        let all: Vec<String> = r
            .reasons
            .iter()
            .chain(r.employer_checklist.iter().flatten())
            .map(|x| x.message.clone())
            .chain(r.warnings.iter().map(|w| w.message.clone()))
            .collect();
        assert!(all.iter().all(|t| !t.contains('{') && !t.contains('}')), "{all:#?}");
        texts.push(reason(&r, "B-11").message.clone());
    }
    assert!(
        texts[0].contains("Ikke autorisert")
            && texts[1].contains("Ikkje autorisert")
            && texts[2].contains("Not yet authorised")
    );
}

#[test]
fn result_serialises_with_api_names() {
    let r = check(
        json!({ "applicant": { "authorised": false, "specialty": "psykiatri" }, "employer": hf_employer(&["psykiatri"]), "round": "2022-09-01" }),
    );
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["eligible"], "conditional");
    assert_eq!(v["timeline"]["lis1Start"], "2022-09-01");
    assert_eq!(v["timeline"]["hospitalEnd"], "2023-08-31");
    assert_eq!(v["timeline"]["municipalStart"], "2023-09-01");
    assert_eq!(v["timeline"]["lis1End"], "2024-02-29");
    assert_eq!(v["timeline"]["specialtyStart"], "2024-03-01");
    assert_eq!(v["timeline"]["minimumEnd"], "2029-02-28");
    for key in ["rule", "met", "kind", "message"] {
        assert!(v["reasons"][0].get(key).is_some() && v["employerChecklist"][0].get(key).is_some(), "{key}");
    }
    assert!(v["warnings"].is_array() && v["assumptions"].is_array());
}

#[test]
fn unknown_fields_are_rejected_by_deserialisation() {
    let r: Result<EligibilityInput, _> =
        serde_json::from_value(json!({ "applicant": applicant("bup"), "rund": "2026-09-01" }));
    assert!(r.is_err());
}

#[test]
fn b_21_for_a_non_candidate_is_measured_against_the_positions_full_path() {
    // An exempt doctor gets no timeline, but the employer's post is still
    // checked: round 2022-09-01 → full path → LIS3 from 2024-03-01.
    let a = json!({ "authorised": true, "specialty": "psykiatri", "exemptions": ["foreign-del1"] });
    let r =
        check(json!({ "applicant": a, "employer": hf_employer(&["psykiatri"]), "round": "2022-09-01", "lang": "en" }));
    assert_eq!(r.timeline, None);
    let b21 = item(&r, "B-21")[0];
    assert!(b21.met && b21.message.contains("1 March 2024"), "{}", b21.message);
}

/// Stage 1 as the bindings do it (deserialisation with paths): the issues
/// (path, code) of an eligibility input whose `applicant.lis1` is the JSON
/// text `lis1` (text, not `json!`, which would sort the keys).
fn lis1_shape(lis1: &str) -> Vec<(String, &'static str)> {
    let text = format!(r#"{{"applicant":{{"authorised":true,"specialty":"bup","lis1":{lis1}}}}}"#);
    let mut de = serde_json::Deserializer::from_str(&text);
    match lis1_core::input::deserialize::<EligibilityInput, _>(&mut de, lis1_core::Lang::En) {
        Ok(_) => vec![],
        Err(issues) => issues.into_iter().map(|i| (i.path, i.code)).collect(),
    }
}

fn one(path: &str, code: &'static str) -> Vec<(String, &'static str)> {
    vec![(path.to_owned(), code)]
}

#[test]
fn b_10_earlier_lis1_reads_as_a_summary_or_a_history_by_its_keys() {
    let summary = input(json!({ "applicant": { "authorised": true, "specialty": "bup",
        "lis1": { "hospitalMonths": 12, "municipalMonths": 6, "complete": true } }, "round": "2026-09-01" }));
    match summary.applicant.lis1 {
        Some(EarlierLis1::Summary(s)) => {
            assert_eq!((s.hospital_months, s.municipal_months, s.complete), (12.0, 6.0, Some(true)))
        }
        other => panic!("expected a summary, got {other:?}"),
    }
    // A history may start with any of its keys, `lang` included.
    let history = input(json!({ "applicant": { "authorised": true, "specialty": "bup",
        "lis1": { "lang": "nn", "periods": [{ "part": "hospital", "start": "2022-09-01", "end": "2023-08-31" }] } }, "round": "2026-09-01" }));
    match history.applicant.lis1 {
        Some(EarlierLis1::Service(s)) => assert_eq!((s.periods.len(), s.lang), (1, Some(lis1_core::Lang::Nn))),
        other => panic!("expected a history, got {other:?}"),
    }
}

#[test]
fn shape_errors_in_earlier_lis1_point_at_the_field_itself() {
    // A summary field of the wrong type: at that field (untagged serde could
    // only say "neither form" at /applicant/lis1).
    assert_eq!(
        lis1_shape(r#"{ "hospitalMonths":"6","municipalMonths":0 }"#),
        one("/applicant/lis1/hospitalMonths", "input.type")
    );
    // A history row of the wrong type: at that row's field.
    assert_eq!(
        lis1_shape(r#"{ "periods":[{ "part":"hospital","start":20220901,"end":"2023-08-31" }] }"#),
        one("/applicant/lis1/periods/0/start", "input.type")
    );
    assert_eq!(lis1_shape(r#"{ "periods":"none" }"#), one("/applicant/lis1/periods", "input.type"));
    // Not an object at all.
    assert_eq!(lis1_shape(r#""12 months""#), one("/applicant/lis1", "input.type"));
}

#[test]
fn earlier_lis1_mixing_both_forms_is_an_unknown_field_where_the_other_form_starts() {
    // The first key decides the form; a key of the other form is unknown there.
    assert_eq!(
        lis1_shape(r#"{ "hospitalMonths":6,"municipalMonths":0,"periods":[] }"#),
        one("/applicant/lis1/periods", "input.unknown-field")
    );
    assert_eq!(
        lis1_shape(r#"{ "periods":[],"hospitalMonths":6 }"#),
        one("/applicant/lis1/hospitalMonths", "input.unknown-field")
    );
}

#[test]
fn earlier_lis1_unknown_and_missing_keys_are_named_at_their_paths() {
    // An unknown key, first or later, is reported at itself.
    assert_eq!(lis1_shape(r#"{ "months":18 }"#), one("/applicant/lis1/months", "input.unknown-field"));
    assert_eq!(
        lis1_shape(r#"{ "hospitalMonths":6,"municipalMonths":0,"compleet":true }"#),
        one("/applicant/lis1/compleet", "input.unknown-field")
    );
    // A summary needs both month counts; an empty object is a history without periods.
    assert_eq!(lis1_shape(r#"{ "hospitalMonths":6 }"#), one("/applicant/lis1/municipalMonths", "input.missing"));
    assert_eq!(lis1_shape(r#"{ "complete":true }"#), one("/applicant/lis1/hospitalMonths", "input.missing"));
    assert_eq!(lis1_shape(r#"{}"#), one("/applicant/lis1/periods", "input.missing"));
}

#[test]
fn earlier_lis1_unknown_first_key_lists_the_keys_of_both_forms() {
    let text = r#"{"applicant":{"authorised":true,"specialty":"bup","lis1":{"months":18}}}"#;
    let mut de = serde_json::Deserializer::from_str(text);
    let issues = lis1_core::input::deserialize::<EligibilityInput, _>(&mut de, lis1_core::Lang::En).unwrap_err();
    // INPUT_UNKNOWN_FIELD (en): "Unknown field “{field}”. Known fields here: {allowed}."
    assert_eq!(
        issues[0].message,
        "Unknown field “months”. Known fields here: hospitalMonths, municipalMonths, complete, firstStart, \
         makeUpDays, learningGoalsApproved, periods, absences, plan, options, authorised, lang."
    );
}

/// The field names serde knows for `T`, read from its unknown-field message
/// (``unknown field `…`, expected one of `a`, `b` ``).
fn serde_fields<T: serde::de::DeserializeOwned + std::fmt::Debug>() -> Vec<String> {
    let err = serde_json::from_str::<T>(r#"{"\u0000no such field":0}"#).unwrap_err().to_string();
    let list = err.split_once("expected one of ").map(|(_, l)| l).unwrap_or_default();
    list.split(" at line").next().unwrap_or_default().split(", ").map(|f| f.trim_matches('`').to_owned()).collect()
}

#[test]
fn earlier_lis1_field_lists_match_the_summary_and_service_input_types() {
    let summary = serde_fields::<Lis1Summary>();
    assert_eq!(summary, SUMMARY_FIELDS);
    // The union, each key once: `learningGoalsApproved` is a key of both (SHARED_FIELDS).
    let mut both = summary.clone();
    both.extend(serde_fields::<lis1_service::ServiceInput>().into_iter().filter(|k| !summary.contains(k)));
    assert_eq!(both, EARLIER_LIS1_FIELDS);
    let shared: Vec<String> =
        serde_fields::<lis1_service::ServiceInput>().into_iter().filter(|k| summary.contains(k)).collect();
    assert_eq!(shared, lis1_eligibility::input::SHARED_FIELDS);
}

#[test]
fn exemptions_and_approved_for_over_their_limits_are_refused_by_their_length_alone() {
    // Limits: exemptions at most 3 (S-12 a, b, c), approvedFor at most 2 (B-20: psykiatri, bup). The reader counts
    // the rows on the input itself (issue 26 item 2) and reads none of the 10 000 unknown values: list.too-long for
    // each list and no enum.unknown at all, not 10 000 issues each.
    let many = vec!["x"; 10_000];
    let value = json!({
        "applicant": { "authorised": true, "specialty": "psykiatri", "exemptions": many },
        "employer": { "kind": "helseforetak", "approvedFor": many },
        "round": "2026-09-01"
    });
    let issues = EligibilityInput::read(&lis1_core::read::Json(Some(&value)), lis1_core::Lang::En).unwrap_err();
    let got: Vec<(&str, &str)> = issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(got, [("/applicant/exemptions", "list.too-long"), ("/employer/approvedFor", "list.too-long")]);
}

#[test]
fn the_view_says_the_verdict_first_and_marks_the_employer_checklist_for_the_employer() {
    // B-20: allmennmedisin in a registered kommune with every fact given: eligible, the whole checklist met.
    let r = check(
        json!({ "applicant": applicant("allmennmedisin"), "employer": kommune_employer(), "round": "2022-09-01", "lang": "en" }),
    );
    let view = lis1_eligibility::view::view(&r, lis1_core::Lang::En);
    assert_eq!(view.answer.text, "Yes: The applicant can be hired into the bound position.");
    assert_eq!(view.answer.status, Some("yes"));
    let lists: Vec<(&str, lis1_core::view::Audience, usize)> = view
        .blocks
        .iter()
        .filter_map(|b| match b {
            lis1_core::view::Block::Checklist(c) => Some((c.heading.as_str(), c.audience, c.items.len())),
            _ => None,
        })
        .collect();
    // The applicant's reasons for everyone; the employer's seven checks (B-20, B-25, B-21, B-22, B-23, B-24 twice)
    // for the employer only, so that a job posting leaves them out.
    assert_eq!(lists[0].0, "The applicant");
    assert_eq!(lists[0].1, lis1_core::view::Audience::Everyone);
    assert_eq!(lists[1], ("Employer checklist", lis1_core::view::Audience::Employer, 7));
}
