//! B-30 / B-31: a round's split across RHFs and specialties; national total.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use lis1_core::ErrorKind;
use lis1_eligibility::distribution::{equal_shares, FIRST_ROUND_SPLIT, RHF_ORDER};
use lis1_eligibility::{distribute, Distribution, DistributionInput, Rhf};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The input read both ways, by serde and by the field-table reader (as the
/// bindings read it): both must give the same value.
fn read(v: Value) -> DistributionInput {
    let serde: DistributionInput = serde_json::from_value(v.clone()).unwrap();
    let read = DistributionInput::read(&lis1_core::read::Json(Some(&v)), lis1_core::Lang::En).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), serde_json::to_value(&serde).unwrap());
    read
}

fn run(v: Value) -> Distribution {
    distribute(&read(v)).unwrap()
}

fn by_rhf(d: &Distribution) -> Vec<(Rhf, u32)> {
    d.by_rhf.iter().map(|r| (r.rhf, r.count)).collect()
}

fn by_group(d: &Distribution) -> Vec<(&'static str, u32)> {
    d.by_group.iter().map(|g| (g.group, g.count)).collect()
}

#[test]
fn b_30_default_split_is_equal_between_allmennmedisin_and_psykiatri() {
    // B-30 (later rounds): two groups, allmennmedisin and psykiatri including BUP.
    // 31 = 2 × 15 + 1: 15 each, the odd position to the default group, psykiatri → 15 / 16.
    let d = run(json!({}));
    assert_eq!(by_group(&d), vec![("allmennmedisin", 15), ("psykiatri", 16)]);
    let a = d.assumptions.iter().find(|a| a.option == "oddPositionTo").unwrap();
    assert_eq!((a.value.as_str(), a.rule), ("psykiatri", "B-30"));
    // No equal split across RHFs (not 3 specialties × 4 RHFs): no RHF split and no cells are computed.
    assert!(d.by_rhf.is_empty() && d.allocations.is_empty());
    assert_eq!(d.total, 31);
}

#[test]
fn b_30_the_odd_position_goes_where_the_option_says() {
    // 31 = 15 + 16, the 16 to allmennmedisin this time.
    let d = run(json!({ "oddPositionTo": "allmennmedisin" }));
    assert_eq!(by_group(&d), vec![("allmennmedisin", 16), ("psykiatri", 15)]);
    assert!(d.assumptions.iter().any(|a| a.option == "oddPositionTo" && a.value == "allmennmedisin"));
    // Declared extras are split too: 31 + 2 = 33 = 16 + 17, the 17 to psykiatri by default.
    let d = run(json!({ "selfFinancedExtra": 2 }));
    assert_eq!(by_group(&d), vec![("allmennmedisin", 16), ("psykiatri", 17)]);
}

#[test]
fn b_30_psykiatri_and_bup_are_one_group_so_the_first_round_goes_whole_to_it() {
    // First round (start 1 Sep 2022): all 31 to psykiatri/BUP, one group, nothing to split.
    let d = run(json!({ "round": "2022-09-01", "specialties": ["psykiatri", "bup"] }));
    assert_eq!(by_group(&d), vec![("psykiatri", 31)]);
    assert!(d.assumptions.is_empty());
    // Second round (start 1 Mar 2023): possibly all 31 to allmennmedisin.
    let d = run(json!({ "round": "2023-03-01", "specialties": ["allmennmedisin"] }));
    assert_eq!(by_group(&d), vec![("allmennmedisin", 31)]);
    // BUP alone is the psykiatri group.
    assert_eq!(by_group(&run(json!({ "specialties": ["bup"] }))), vec![("psykiatri", 31)]);
}

#[test]
fn b_30_even_split_needs_no_odd_position_assumption() {
    // 32 = 2 × 16: no odd position.
    let d = run(json!({ "positions": 32 }));
    assert_eq!(by_group(&d), vec![("allmennmedisin", 16), ("psykiatri", 16)]);
    assert!(d.assumptions.is_empty());
    assert!(d.warnings.iter().any(|w| w.code == "warning.positions-not-31"));
}

#[test]
fn b_30_the_rhf_split_is_the_users_own_for_example_the_first_rounds_proposal() {
    // Nord 3 + Midt-Norge 6 + Vest 6 + Sør-Øst 16 = 31, taken as given (listed largest first).
    let by_rhf_input: Vec<Value> =
        FIRST_ROUND_SPLIT.iter().map(|(rhf, n)| json!({ "rhf": rhf.code(), "count": n })).collect();
    let d = run(json!({ "round": "2022-09-01", "specialties": ["psykiatri", "bup"], "byRhf": by_rhf_input }));
    assert_eq!(
        by_rhf(&d),
        vec![(Rhf::HelseSorOst, 16), (Rhf::HelseMidtNorge, 6), (Rhf::HelseVest, 6), (Rhf::HelseNord, 3)]
    );
    assert_eq!(by_group(&d), vec![("psykiatri", 31)]);
    assert!(d.allocations.is_empty());
}

#[test]
fn b_30_an_rhf_split_must_sum_to_the_round_name_each_rhf_once_and_not_come_with_allocations() {
    // 3 + 6 = 9 ≠ 31.
    let v =
        json!({ "lang": "en", "byRhf": [{ "rhf": "helse-nord", "count": 3 }, { "rhf": "helse-vest", "count": 6 }] });
    let e = distribute(&read(v)).unwrap_err();
    assert_eq!((e.issues[0].code, e.issues[0].path.as_str()), ("distribution.sum", "/byRhf"));
    assert!(e.issues[0].message.contains("sum to 9"), "{}", e.issues[0].message);
    // Helse Nord twice (16 + 15 = 31 would sum): named by its name, at the second row.
    let v =
        json!({ "lang": "en", "byRhf": [{ "rhf": "helse-nord", "count": 16 }, { "rhf": "helse-nord", "count": 15 }] });
    let e = distribute(&read(v)).unwrap_err();
    let got: Vec<_> = e.issues.iter().map(|i| (i.code, i.path.as_str(), i.message.as_str())).collect();
    assert_eq!(
        got,
        vec![(
            "distribution.duplicate-rhf",
            "/byRhf/1",
            "Helse Nord appears more than once in the split by RHF; list each RHF once with its whole count."
        )]
    );
    let v = json!({ "byRhf": [{ "rhf": "helse-nord", "count": 31 }],
                    "allocations": [{ "rhf": "helse-nord", "specialty": "bup", "count": 31 }] });
    let e = distribute(&read(v)).unwrap_err();
    assert_eq!((e.issues[0].code, e.issues[0].path.as_str()), ("distribution.both-splits", "/byRhf"));
}

#[test]
fn b_30_first_round_proposal_as_allocations_sums_to_31() {
    // Nord 3 + Midt-Norge 6 + Vest 6 + Sør-Øst 16 = 31, all psykiatri.
    let allocations: Vec<Value> = FIRST_ROUND_SPLIT
        .iter()
        .map(|(rhf, n)| json!({ "rhf": rhf.code(), "specialty": "psykiatri", "count": n }))
        .collect();
    let d = run(json!({ "round": "2022-09-01", "allocations": allocations }));
    assert_eq!(
        by_rhf(&d),
        vec![(Rhf::HelseSorOst, 16), (Rhf::HelseMidtNorge, 6), (Rhf::HelseVest, 6), (Rhf::HelseNord, 3)]
    );
    assert_eq!(by_group(&d), vec![("psykiatri", 31)]);
    assert!(d.assumptions.is_empty());
}

#[test]
fn b_30_allocations_sum_by_group_with_bup_in_psykiatri() {
    // Vest: allmennmedisin 10, psykiatri 12, bup 9 → allmennmedisin 10, psykiatri 12 + 9 = 21; 10 + 21 = 31.
    let d = run(json!({ "allocations": [
        { "rhf": "helse-vest", "specialty": "allmennmedisin", "count": 10 },
        { "rhf": "helse-vest", "specialty": "psykiatri", "count": 12 },
        { "rhf": "helse-vest", "specialty": "bup", "count": 9 } ] }));
    assert_eq!(by_group(&d), vec![("allmennmedisin", 10), ("psykiatri", 21)]);
    assert_eq!(by_rhf(&d), vec![(Rhf::HelseVest, 31)]);
    assert_eq!(d.allocations.len(), 3);
}

#[test]
fn b_30_a_split_not_summing_to_31_is_an_error_at_allocations() {
    let v = json!({ "lang": "en", "allocations": [
        { "rhf": "helse-nord", "specialty": "allmennmedisin", "count": 15 },
        { "rhf": "helse-vest", "specialty": "allmennmedisin", "count": 15 } ] });
    let e = distribute(&read(v)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!(
        (e.issues[0].code, e.issues[0].path.as_str(), e.issues[0].rule),
        ("distribution.sum", "/allocations", Some("B-30"))
    );
    assert!(e.issues[0].message.contains("sum to 30") && e.issues[0].message.contains("31 positions (31 + 0"));
}

#[test]
fn b_30_the_same_rhf_and_specialty_twice_is_an_error_at_the_second_row() {
    // 16 + 15 = 31, so only the repeated pair is wrong: a second cell for helse-nord / bup.
    let v = json!({ "lang": "en", "allocations": [
        { "rhf": "helse-nord", "specialty": "bup", "count": 16 },
        { "rhf": "helse-vest", "specialty": "bup", "count": 0 },
        { "rhf": "helse-nord", "specialty": "bup", "count": 15 } ] });
    let e = distribute(&read(v)).unwrap_err();
    let got: Vec<_> = e.issues.iter().map(|i| (i.code, i.path.as_str(), i.rule, i.message.as_str())).collect();
    assert_eq!(
        got,
        vec![(
            "distribution.duplicate-cell",
            "/allocations/2",
            Some("B-30"),
            "Helse Nord / child and adolescent psychiatry (BUP) appears more than once in the allocations; list each \
             combination once with its whole count."
        )]
    );
}

#[test]
fn b_30_declared_self_financed_extras_raise_the_sum() {
    // 31 + 2 extras = 33.
    let d = run(json!({ "selfFinancedExtra": 2, "allocations": [
        { "rhf": "helse-nord", "specialty": "allmennmedisin", "count": 20 },
        { "rhf": "helse-vest", "specialty": "allmennmedisin", "count": 13 } ] }));
    assert_eq!((d.total, d.self_financed_extra), (33, 2));
    // Extras are outside the national total.
    assert_eq!((d.national.total, d.national.self_financed_extra), (1150, 2));
}

#[test]
fn b_31_conversion_keeps_the_national_total() {
    // 1150 a year, 2 rounds × 31 = 62 bound → 1150 − 62 = 1088 ordinary.
    let d = run(json!({}));
    assert_eq!((d.national.total, d.national.bound, d.national.ordinary), (1150, 62, 1088));
    // Before the 200 new positions: 950 − 62 = 888.
    let d = run(json!({ "nationalTotal": 950 }));
    assert_eq!((d.national.total, d.national.bound, d.national.ordinary), (950, 62, 888));
    assert_eq!(d.national.ordinary + d.national.bound, 950);
    let d = run(json!({ "lang": "en", "boundPerYear": 200 }));
    assert_eq!(
        d.national.message,
        "National total 1150 LIS1 positions: 950 ordinary + 200 bound; conversion does not change the total."
    );
}

#[test]
fn b_31_more_bound_than_the_national_total_is_an_error() {
    let e = distribute(&read(json!({ "nationalTotal": 50 }))).unwrap_err();
    assert_eq!((e.issues[0].path.as_str(), e.issues[0].rule), ("/nationalTotal", Some("B-31")));
}

#[test]
fn distribution_input_problems_have_paths() {
    let v = json!({ "byRhf": [{ "rhf": "helse-nord", "count": 1 }, { "rhf": "helse-oslo", "count": 30 }],
                    "specialties": [], "positions": 3.5, "round": "2026-09-02", "oddPositionTo": "bup" });
    let e = distribute(&read(v)).unwrap_err();
    let got: Vec<_> = e.issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(
        got,
        vec![
            ("/byRhf/1/rhf", "enum.unknown"),
            ("/oddPositionTo", "enum.unknown"),
            ("/positions", "count.range"),
            ("/round", "round.not-start-date"),
            ("/specialties", "list.empty")
        ]
    );
    // The equal split over RHFs is gone (B-30 gives none): its old list `rhfs` is an unknown field.
    assert!(serde_json::from_value::<DistributionInput>(json!({ "rhfs": ["helse-nord"] })).is_err());
}

#[test]
fn rhfs_are_listed_largest_first_of_the_first_round() {
    // Sør-Øst 16 > Midt-Norge 6 = Vest 6 > Nord 3.
    let share = |r: Rhf| FIRST_ROUND_SPLIT.iter().find(|(x, _)| *x == r).unwrap().1;
    for pair in RHF_ORDER.windows(2) {
        assert!(share(pair[0]) >= share(pair[1]));
    }
}

proptest! {
    #[test]
    fn equal_split_always_sums_to_the_total(total in 0u32..5000, n in 1usize..20) {
        let shares = equal_shares(total, n);
        prop_assert_eq!(shares.len(), n);
        prop_assert_eq!(shares.iter().sum::<u32>(), total);
        let (min, max) = (shares.iter().min().copied().unwrap(), shares.iter().max().copied().unwrap());
        prop_assert!(max - min <= 1);
        // Non-increasing: the remainder goes to the first (largest) ones.
        prop_assert!(shares.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn distribute_always_sums_to_the_positions(
        positions in 0u32..2000,
        spec_mask in 1usize..8,
        allmennmedisin_odd in proptest::bool::ANY,
    ) {
        let specs: Vec<&str> = ["allmennmedisin", "psykiatri", "bup"].into_iter().enumerate().filter(|(i, _)| spec_mask & (1 << i) != 0).map(|(_, s)| s).collect();
        let odd = if allmennmedisin_odd { "allmennmedisin" } else { "psykiatri" };
        let d = run(json!({ "positions": positions, "specialties": specs, "oddPositionTo": odd, "nationalTotal": 100_000 }));
        prop_assert_eq!(d.by_group.iter().map(|c| c.count).sum::<u32>(), positions);
        // Two groups differ by at most one, the larger being `oddPositionTo`'s.
        if let [a, b] = d.by_group.as_slice() {
            prop_assert!(a.count.abs_diff(b.count) <= 1);
            let larger = if a.count > b.count { Some(a.group) } else if b.count > a.count { Some(b.group) } else { None };
            prop_assert!(larger.is_none_or(|g| g == odd));
        }
        prop_assert!(d.allocations.is_empty() && d.by_rhf.is_empty());
        prop_assert_eq!(d.national.ordinary + d.national.bound, d.national.total);
    }
}

#[test]
fn lists_of_the_split_have_row_limits_one_per_rhf_and_specialty() {
    // 4 RHFs × 3 specialties (B-30) = 12 cells at most; 5 RHF shares and 4 specialties are each one too many
    // (every value may appear once). Only the limit + 1 rows are read, so row 14's bad RHF is not reported.
    let cell = json!({ "rhf": "helse-nord", "specialty": "bup", "count": 1 });
    let mut cells = vec![cell; 13];
    cells.push(json!({ "rhf": "nowhere", "specialty": "bup", "count": 1 }));
    let share = json!({ "rhf": "helse-nord", "count": 1 });
    let v = json!({
        "allocations": cells,
        "byRhf": vec![share; 5],
        "specialties": ["bup", "psykiatri", "allmennmedisin", "bup"],
        "lang": "en",
    });
    // The field-table reader (the bindings' route) refuses the lists by their length alone (issue 26 item 2) …
    let issues = DistributionInput::read(&lis1_core::read::Json(Some(&v)), lis1_core::Lang::En).unwrap_err();
    let got: Vec<_> = issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(
        got,
        vec![("/allocations", "list.too-long"), ("/byRhf", "list.too-long"), ("/specialties", "list.too-long")]
    );
    // … and a typed input with the same lists (serde's route) is told the same by the leaf checks.
    let input: DistributionInput = serde_json::from_value(v).unwrap();
    let e = distribute(&input).unwrap_err();
    let got: Vec<_> = e.issues.iter().filter(|i| i.code == "list.too-long").map(|i| i.path.as_str()).collect();
    assert_eq!(got, vec!["/allocations", "/byRhf", "/specialties"]);
    assert!(e.issues.iter().all(|i| !i.path.starts_with("/allocations/13")), "{:?}", e.issues);
    let allocations = e.issues.iter().find(|i| i.path == "/allocations").unwrap();
    assert_eq!(allocations.message, "“allocations” has too many rows: at most 12.");
}
