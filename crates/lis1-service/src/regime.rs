//! Which absence regime judges a part (rules section 2 of docs/rules.md), and what counts
//! as absence under it.
//!
//! The regime is chosen per part by the part's start date — the first day of
//! its first counting period — using the dated table
//! `lis1_core::regimes::ABSENCE_REGIMES`:
//! - started before 2019-03-01 → A-1 (the March 2019 change is not
//!   retroactive); if it ended on or after 2019-06-21, A-3 instead with
//!   option `a3ForPartsBefore2019` (A-O6: whether the June 2019 rule, "for
//!   alle leger som gjennomfører LIS1 etter ny ordning", reaches such a part
//!   is not settled);
//! - started 2019-03-01..2019-06-20 and ended by 2019-06-20 → A-2;
//! - started 2019-03-01..2019-06-20 and ended later → A-3 by default
//!   (the June 2019 change applies to all doctors in LIS1), or A-2 with
//!   option `regimeAtPartStart` (A-O5);
//! - otherwise → A-3.
//!
//! A part with no counting period yet starts now or later, so A-3.

use lis1_core::regimes::{RuleSet, ABSENCE_REGIMES};
use time::Date;

/// A dated regime from the core table by id. The table is a constant checked
/// by the core's tests; a missing id falls back to the last regime.
fn regime(id: &str) -> Option<&'static RuleSet> {
    ABSENCE_REGIMES.iter().find(|r| r.id == id)
}

/// The open choices of the regime selection (rules A-O5, A-O6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choice {
    /// A-O5: a part started 2019-03-01..2019-06-20 that ended later keeps A-2.
    pub regime_at_part_start: bool,
    /// A-O6: a part started before 2019-03-01 that ended on or after
    /// 2019-06-21 is judged by A-3.
    pub a3_for_parts_before_2019: bool,
}

/// The regime id for a part that started on `start` and ended on `end`.
pub fn select(start: Option<Date>, end: Option<Date>, choice: Choice) -> &'static str {
    let (Some(start), Some(a2), Some(a3)) = (start, regime("A-2"), regime("A-3")) else { return "A-3" };
    if start < a2.from {
        let reaches_a3 = end.is_some_and(|e| e >= a3.from);
        return if reaches_a3 && choice.a3_for_parts_before_2019 { "A-3" } else { "A-1" };
    }
    match a2.to {
        Some(a2_to) if start <= a2_to => {
            let ended_in_a2 = end.is_some_and(|e| e <= a2_to);
            if ended_in_a2 || choice.regime_at_part_start {
                "A-2"
            } else {
                "A-3"
            }
        }
        _ => "A-3",
    }
}

/// First day of the covid overlay A-4.
pub fn covid_overlay_start() -> Option<Date> {
    regime("A-4").map(|r| r.from)
}

/// Whether an absence of `kind` counts as absence under `regime`.
///
/// - Courses and education activities are service in every regime.
/// - Ordinary `vacation` is service under and absence under A-2.
/// - Transferred and advance vacation are vacation under A-1 (ferie counts as
///   service), absence under A-2 (ferie is absence) and A-3 (listed as absence).
/// - Everything else — sickness, sick child, leave, other, and the unclear
///   kinds `time-off-in-lieu` and `strike` (flagged, see [`is_unclear`]) —
///   is absence.
pub fn counts_as_absence(regime: &str, kind: &str) -> bool {
    match kind {
        "course" => false,
        "vacation" => regime == "A-2",
        "transferred-vacation" | "advance-vacation" => regime != "A-1",
        _ => true,
    }
}

/// Kinds whose status the rules leave open (default: absence, flagged).
pub fn is_unclear(kind: &str) -> bool {
    matches!(kind, "time-off-in-lieu" | "strike")
}

/// Whether `regime` limits absence to a share of service time
/// rather than a number of days.
pub fn is_ten_percent(regime: &str) -> bool {
    matches!(regime, "A-1" | "A-2")
}
