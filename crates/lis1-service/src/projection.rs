//! Projected end dates (the date conventions, docs/rules.md#date-conventions).
//!
//! From the next start date, the remaining month-equivalents at the planned
//! percentage take `remaining / fraction` month-windows counted by
//! anniversary from that date (`lis1_core::months::end_after`: n whole
//! months end the day before start + n months, a fractional rest takes
//! `ceil(rest × window days)` days). Then the days of absence to be made up
//! are added: working days via `lis1_core::calendar` when the day unit is
//! working days, calendar days otherwise. Part-time stretches the make-up too
//! (S-4): at 80 %, 8 days take `ceil(8 / 0.8)` = 10 days.
//!
//! Worked example 4: 80 % from 2023-09-01, 12 months → 15 calendar months →
//! ends 2024-11-30.

use lis1_core::calendar::add_working_days;
use lis1_core::months::end_after;
use time::{Date, Duration};

use crate::params::{EPS_DAYS, EPS_MONTHS};

/// Upper bound on days added, so that hostile inputs end quickly (dates stop
/// at the calendar's end anyway).
const MAX_DAYS: u32 = 4_000_000;

/// The last day of service that starts on `start`, serves `months`
/// month-equivalents and then `make_up` days, at `fraction` (0 < f ≤ 1).
/// Returns `start − 1 day` if there is nothing to serve.
pub fn project(start: Date, months: f64, make_up: f64, fraction: f64, workdays: bool) -> Date {
    project_make_up(start, months, make_up, fraction, workdays).0
}

/// As [`project`], with the first day of the make-up days when there are
/// any: the (working) day after the months end.
pub fn project_make_up(start: Date, months: f64, make_up: f64, fraction: f64, workdays: bool) -> (Date, Option<Date>) {
    let before = start.previous_day().unwrap_or(start);
    let end = if months > EPS_MONTHS && fraction > 0.0 {
        end_after(start, months / fraction).unwrap_or(Date::MAX)
    } else {
        before
    };
    let n = make_up_days(make_up, fraction);
    let from = (n > 0).then(|| add_days(end, 1, workdays));
    (add_days(end, n, workdays), from)
}

/// Whole days of service needed to make up `days` at `fraction`.
pub fn make_up_days(days: f64, fraction: f64) -> u32 {
    if days <= EPS_DAYS || fraction <= 0.0 {
        return 0;
    }
    let n = (days / fraction - EPS_DAYS).ceil();
    if n.is_finite() && n > 0.0 {
        n.min(f64::from(MAX_DAYS)) as u32
    } else {
        0
    }
}

/// The date `n` days (working days or calendar days) after `day`.
pub fn add_days(day: Date, n: u32, workdays: bool) -> Date {
    if workdays {
        add_working_days(day, n)
    } else {
        day.checked_add(Duration::days(i64::from(n))).unwrap_or(Date::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn worked_example_4_part_time_hospital_part() {
        // 12 months at 80 % = 12 / 0.8 = 15 calendar months from 2023-09-01:
        // Sep 2023 .. Nov 2024 → last day 2024-11-30.
        assert_eq!(project(date!(2023 - 09 - 01), 12.0, 0.0, 0.8, true), date!(2024 - 11 - 30));
    }

    #[test]
    fn nothing_to_serve_ends_the_day_before() {
        assert_eq!(project(date!(2024 - 03 - 01), 0.0, 0.0, 1.0, true), date!(2024 - 02 - 29));
    }

    #[test]
    fn six_months_from_a_mid_month_start_end_the_day_before_its_anniversary() {
        // From 2025-09-04: six months end the day before 2026-03-04.
        assert_eq!(project(date!(2025 - 09 - 04), 6.0, 0.0, 1.0, true), date!(2026 - 03 - 03));
    }
}
