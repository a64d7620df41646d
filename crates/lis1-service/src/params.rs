//! The one table of this crate's numbers and limits. Rule parameters cite
//! their rule id; input limits are project decisions against abuse.

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
/// Most doctors in one roster (issue 25 item 2: a list of 200 doctors, each
/// within the row caps above, opens and draws within 2 s).
pub const MAX_DOCTORS: usize = 200;
/// Longest name or ID of a doctor in a roster.
pub const MAX_NAME_CHARS: usize = 100;
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

/// absence up to this percentage of the part's **required**
/// length is not deducted (corrected 2026-12-03: of the 12 or 6 months the
/// part must have, not of the days recorded so far, so a part in progress is
/// never told to make up days early).
pub const TEN_PERCENT_LIMIT: f64 = 10.0;

/// A part's required length (S-1) in the absence day unit (A-O2): 12 months
/// are 52 weeks of 5 working days = 260 working days or 365 calendar days;
/// 6 months half of that, 130 or 182.5.
pub fn required_length_days(part: Part, workdays: bool) -> f64 {
    match (part, workdays) {
        (Part::Hospital, true) => 260.0,
        (Part::Hospital, false) => 365.0,
        (Part::Municipal, true) => 130.0,
        (Part::Municipal, false) => 182.5,
    }
}

/// the allowance, 10 % of [`required_length_days`]: 26 / 13
/// working days (5.2 / 2.6 weeks), 36.5 / 18.25 calendar days.
pub fn ten_percent_allowance(part: Part, workdays: bool) -> f64 {
    required_length_days(part, workdays) * TEN_PERCENT_LIMIT / 100.0
}

/// warn when this share of the allowance is used.
pub const A8_WARN_SHARE: f64 = 0.75;

/// warn when absence in one rotation exceeds this share of the
/// rotation's days (a project choice: the old 10 % rule as a yardstick).
pub const A6_ROTATION_SHARE: f64 = 0.10;

/// S-5: warn below this position percentage.
pub const S5_MIN_PERCENT: f64 = 50.0;

/// Tolerance for month-equivalent sums, from the core's month convention.
pub use lis1_core::months::EPS_MONTHS;

/// Tolerance when turning a fraction of a month into whole days.
pub const EPS_DAYS: f64 = 1e-6;

/// Rounds a figure for output (2 decimals). Internal sums are never rounded.
pub use lis1_core::round::round2;
