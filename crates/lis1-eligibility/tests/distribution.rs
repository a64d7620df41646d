//! B-30 / B-31: a round's split across RHFs and specialties; national total.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use lis1_core::ErrorKind;
use lis1_eligibility::distribution::{equal_shares, FIRST_ROUND_SPLIT, REMAINDER_ORDER};
use lis1_eligibility::{distribute, Distribution, DistributionInput, Rhf};
use proptest::prelude::*;
use serde_json::{json, Value};

fn run(v: Value) -> Distribution {
    let input: DistributionInput = serde_json::from_value(v).unwrap();
    distribute(&input).unwrap()
}

fn by_rhf(d: &Distribution) -> Vec<(Rhf, u32)> {
    d.by_rhf.iter().map(|r| (r.rhf, r.count)).collect()
}

#[test]
fn b_30_equal_split_of_31_over_four_rhfs_gives_the_remainder_largest_first() {
    // 31 = 4 × 7 + 3: the three largest (Sør-Øst, Midt-Norge, Vest) get 8,
    // Nord 7; 8 + 8 + 8 + 7 = 31.
    let d = run(json!({ "specialties": ["psykiatri"] }));
    assert_eq!(
        by_rhf(&d),
        vec![(Rhf::HelseSorOst, 8), (Rhf::HelseMidtNorge, 8), (Rhf::HelseVest, 8), (Rhf::HelseNord, 7)]
    );
    assert_eq!(d.total, 31);
    let a = d.assumptions.iter().find(|a| a.option == "remainderTo").unwrap();
    assert_eq!(a.rule, "B-30");
    assert!(a.value.starts_with("largest-first: helse-sor-ost, helse-midt-norge, helse-vest, helse-nord"));
}

#[test]
fn b_30_equal_split_over_rhfs_then_specialties() {
    // Per RHF 8, 8, 8, 7; each over psykiatri and BUP: 8 → 4 + 4, 7 → 4 + 3
    // (psykiatri first, the order of the specialty list).
    let d = run(json!({ "specialties": ["bup", "psykiatri"] }));
    let nord: Vec<_> =
        d.allocations.iter().filter(|c| c.rhf == Rhf::HelseNord).map(|c| (c.specialty, c.count)).collect();
    assert_eq!(nord, vec![("psykiatri", 4), ("bup", 3)]);
    assert_eq!(d.allocations.iter().map(|c| c.count).sum::<u32>(), 31);
}

#[test]
fn b_30_even_split_needs_no_remainder_assumption() {
    // 32 = 4 × 8 and 8 = 2 × 4: no remainder anywhere.
    let d = run(json!({ "positions": 32, "specialties": ["psykiatri", "bup"] }));
    assert!(d.allocations.iter().all(|c| c.count == 4));
    assert!(d.assumptions.is_empty());
    assert!(d.warnings.iter().any(|w| w.code == "warning.positions-not-31"));
}

#[test]
fn b_30_first_round_proposal_sums_to_31() {
    // Nord 3 + Midt-Norge 6 + Vest 6 + Sør-Øst 16 = 31.
    let allocations: Vec<Value> = FIRST_ROUND_SPLIT
        .iter()
        .map(|(rhf, n)| json!({ "rhf": rhf.code(), "specialty": "psykiatri", "count": n }))
        .collect();
    let d = run(json!({ "round": "2022-09-01", "allocations": allocations }));
    assert_eq!(
        by_rhf(&d),
        vec![(Rhf::HelseSorOst, 16), (Rhf::HelseMidtNorge, 6), (Rhf::HelseVest, 6), (Rhf::HelseNord, 3)]
    );
    assert!(d.assumptions.is_empty());
}

#[test]
fn b_30_a_split_not_summing_to_31_is_an_error_at_allocations() {
    let v = json!({ "lang": "en", "allocations": [
        { "rhf": "helse-nord", "specialty": "allmennmedisin", "count": 15 },
        { "rhf": "helse-vest", "specialty": "allmennmedisin", "count": 15 } ] });
    let e = distribute(&serde_json::from_value(v).unwrap()).unwrap_err();
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
    let e = distribute(&serde_json::from_value(v).unwrap()).unwrap_err();
    let got: Vec<_> = e.issues.iter().map(|i| (i.code, i.path.as_str(), i.rule, i.message.as_str())).collect();
    assert_eq!(
        got,
        vec![(
            "distribution.duplicate-cell",
            "/allocations/2",
            Some("B-30"),
            "helse-nord / bup appears more than once in the allocations; list each combination once with its whole count."
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
    let e = distribute(&serde_json::from_value(json!({ "nationalTotal": 50 })).unwrap()).unwrap_err();
    assert_eq!((e.issues[0].path.as_str(), e.issues[0].rule), ("/nationalTotal", Some("B-31")));
}

#[test]
fn distribution_input_problems_have_paths() {
    let v = json!({ "rhfs": ["helse-nord", "helse-oslo"], "specialties": [], "positions": 3.5, "round": "2026-09-02" });
    let e = distribute(&serde_json::from_value(v).unwrap()).unwrap_err();
    let got: Vec<_> = e.issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(
        got,
        vec![
            ("/positions", "count.range"),
            ("/rhfs/1", "enum.unknown"),
            ("/round", "round.not-start-date"),
            ("/specialties", "list.empty")
        ]
    );
}

#[test]
fn remainder_order_is_largest_first_of_the_first_round() {
    // Sør-Øst 16 > Midt-Norge 6 = Vest 6 > Nord 3.
    let share = |r: Rhf| FIRST_ROUND_SPLIT.iter().find(|(x, _)| *x == r).unwrap().1;
    for pair in REMAINDER_ORDER.windows(2) {
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
        rhf_mask in 1usize..16,
        spec_mask in 1usize..8,
    ) {
        let rhfs: Vec<&str> = Rhf::ALL.iter().enumerate().filter(|(i, _)| rhf_mask & (1 << i) != 0).map(|(_, r)| r.code()).collect();
        let specs: Vec<&str> = ["allmennmedisin", "psykiatri", "bup"].into_iter().enumerate().filter(|(i, _)| spec_mask & (1 << i) != 0).map(|(_, s)| s).collect();
        let d = run(json!({ "positions": positions, "rhfs": rhfs, "specialties": specs, "nationalTotal": 100_000 }));
        prop_assert_eq!(d.allocations.iter().map(|c| c.count).sum::<u32>(), positions);
        prop_assert_eq!(d.by_rhf.iter().map(|c| c.count).sum::<u32>(), positions);
        prop_assert_eq!(d.allocations.len(), rhfs.len() * specs.len());
        prop_assert_eq!(d.national.ordinary + d.national.bound, d.national.total);
    }
}

#[test]
fn lists_of_the_split_have_row_limits_one_per_rhf_and_specialty() {
    // 4 RHFs × 3 specialties (B-30) = 12 cells at most; 5 RHF codes and 4 specialties are each one too many
    // (every value may appear once). Only the limit + 1 rows are read, so row 14's bad RHF is not reported.
    let cell = json!({ "rhf": "helse-nord", "specialty": "bup", "count": 1 });
    let mut cells = vec![cell; 13];
    cells.push(json!({ "rhf": "nowhere", "specialty": "bup", "count": 1 }));
    let input: DistributionInput = serde_json::from_value(json!({
        "allocations": cells,
        "rhfs": ["helse-nord", "helse-vest", "helse-midt-norge", "helse-sor-ost", "helse-nord"],
        "specialties": ["bup", "psykiatri", "allmennmedisin", "bup"],
        "lang": "en",
    }))
    .unwrap();
    let e = distribute(&input).unwrap_err();
    let got: Vec<_> = e.issues.iter().filter(|i| i.code == "list.too-long").map(|i| i.path.as_str()).collect();
    assert_eq!(got, vec!["/allocations", "/rhfs", "/specialties"]);
    assert!(e.issues.iter().all(|i| !i.path.starts_with("/allocations/13")), "{:?}", e.issues);
    let allocations = e.issues.iter().find(|i| i.path == "/allocations").unwrap();
    assert_eq!(allocations.message, "“allocations” has too many rows: at most 12.");
}
