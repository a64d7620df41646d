//! The one table of this crate's numbers and limits. Rule parameters cite
//! their RULES.md id; input limits are project decisions against abuse.

use lis1_core::Part;

/// Most periods in one input (a project decision against abuse: a real
/// history has a handful).
#[cfg(not(feature = "bench-uncapped"))]
pub const MAX_PERIODS: usize = 200;
/// Bench-only: the non-default feature `bench-uncapped` lifts the period cap
/// so `examples/perf_scaling.rs` (run by `scripts/perf.mjs`) can measure the
/// engine beyond it. Never enabled by a shipped build; `lis1kit` refuses to
/// compile against it ([`UNCAPPED_FOR_BENCH`]).
#[cfg(feature = "bench-uncapped")]
pub const MAX_PERIODS: usize = 1_000_000;
/// True only in the bench-only build with the period cap lifted.
pub const UNCAPPED_FOR_BENCH: bool = cfg!(feature = "bench-uncapped");
/// Most absences in one input.
pub const MAX_ABSENCES: usize = 1000;
/// Longest rotation label.
pub const MAX_ROTATION_CHARS: usize = 100;
/// Largest day count of one absence: about five and a half years of calendar
/// days. More is a typo (or an attack), not a LIS1 absence.
pub const MAX_ABSENCE_DAYS: f64 = 2000.0;

/// absence days not deducted per part — 12 in the hospital part, 6 in
/// the municipal part, counted separately.
pub fn a3_allowance(part: Part) -> f64 {
    match part {
        Part::Hospital => 12.0,
        Part::Municipal => 6.0,
    }
}

/// share of the part's service time that may be absence.
pub const TEN_PERCENT_LIMIT: f64 = 0.10;

/// warn when this share of the allowance is used.
pub const A8_WARN_SHARE: f64 = 0.75;

/// warn when absence in one rotation exceeds this share of the
/// rotation's days (a project choice: the old 10 % rule as a yardstick).
pub const A6_ROTATION_SHARE: f64 = 0.10;

/// S-5: warn below this position percentage.
pub const S5_MIN_PERCENT: f64 = 50.0;

/// Tolerance for month-equivalent sums (floating point): a remainder
/// below this is zero. Far below a day (1/31 ≈ 0.032 months).
pub const EPS_MONTHS: f64 = 1e-9;

/// Tolerance when turning a fraction of a month into whole days.
pub const EPS_DAYS: f64 = 1e-6;

/// Rounds a figure for output (2 decimals). Internal sums are never rounded.
pub use lis1_core::round::round2;
