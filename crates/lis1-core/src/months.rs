//! Month-equivalents counted by anniversary (the date conventions,
//! docs/rules.md#date-conventions, corrected 2026-12-03) — the one home of the convention that
//! the service engine, the eligibility timeline and the cost estimate share.
//!
//! For a period starting on `s`, month `k` ends the day before `s + k`
//! months (same day of month, clamped to the last day of a shorter month,
//! always counted from `s`, never chained). The whole months that fit count 1
//! each; the days left over count as a share of the next, unfinished
//! month-window `s + n months ..= s + (n + 1) months − 1 day`. Everything is
//! then multiplied by the position fraction. So 2023-02-15..2024-02-14 is
//! exactly 12 months (not 11.98, which would leave a day owed), and
//! 2024-01-31..2024-02-28 is 1 month (the first window is 31 January to
//! 28 February). For periods starting on the 1st the windows are calendar
//! months, so those figures did not change with the correction.
//!
//! [`end_after`] is the same convention in reverse, for projected ends.

use time::{Date, Duration};

use crate::date::add_months;

/// Tolerance on month figures: a remainder below this is zero. Far below a
/// day (1/31 ≈ 0.032 months); it absorbs float noise such as
/// 12 / 0.8 = 15.000000000000002.
pub const EPS_MONTHS: f64 = 1e-9;

/// Tolerance when turning a share of a window into whole days.
const EPS_DAYS: f64 = 1e-6;

/// Whole months from `start` that end on or before `end`, and the first day
/// after them (`start + n months`, clamped). `n` is 0 when `end` comes before
/// the end of the first month.
fn whole_months(start: Date, end: Date) -> (i32, Date) {
    let Some(after) = end.next_day() else { return (0, start) };
    let mut n =
        (after.year() - start.year()) * 12 + i32::from(u8::from(after.month())) - i32::from(u8::from(start.month()));
    // The month difference is right or one too many (when `after`'s day is
    // before `start`'s day); the loops settle it either way.
    while n > 0 && add_months(start, n) > after {
        n -= 1;
    }
    n = n.max(0);
    while add_months(start, n + 1) <= after {
        n += 1;
    }
    (n, add_months(start, n))
}

/// Days of the month-window that begins `n` months after `start`.
fn window_days(start: Date, n: i32) -> i64 {
    (add_months(start, n + 1) - add_months(start, n)).whole_days()
}

/// Month-equivalents of `start..=end` (inclusive) at `fraction` (percent /
/// 100). Zero when `end < start`.
pub fn month_equivalents(start: Date, end: Date, fraction: f64) -> f64 {
    if end < start {
        return 0.0;
    }
    let (n, anchor) = whole_months(start, end);
    let rest = (end - anchor).whole_days() + 1;
    let window = window_days(start, n);
    #[allow(clippy::cast_precision_loss)]
    let share = if rest > 0 && window > 0 { rest as f64 / window as f64 } else { 0.0 };
    (f64::from(n) + share) * fraction
}

/// The last day of `months` full-time month-equivalents served from `start`:
/// `n` whole months end the day before `start + n` months; a fractional rest
/// `f` takes `ceil(f × window days)` further days of the next window. `None`
/// when there is nothing to serve (`months` ≤ [`EPS_MONTHS`] or not finite).
///
/// For part-time service at `fraction`, pass `months / fraction`: the
/// counted value of the result, [`month_equivalents`] × fraction, then
/// reaches `months`.
pub fn end_after(start: Date, months: f64) -> Option<Date> {
    if !months.is_finite() || months <= EPS_MONTHS {
        return None;
    }
    // Far beyond any LIS1 path; keeps the arithmetic inside the calendar.
    let months = months.min(12_000.0);
    let mut whole = months.floor();
    let mut rest = months - whole;
    if rest > 1.0 - EPS_MONTHS {
        whole += 1.0;
        rest = 0.0;
    }
    #[allow(clippy::cast_possible_truncation)]
    let n = whole as i32;
    let anchor = add_months(start, n);
    if rest <= EPS_MONTHS {
        return anchor.previous_day();
    }
    let window = window_days(start, n);
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
    let days = ((rest * window as f64 - EPS_DAYS).ceil() as i64).clamp(1, window.max(1));
    anchor.checked_add(Duration::days(days - 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn me(s: Date, e: Date) -> f64 {
        month_equivalents(s, e, 1.0)
    }

    #[test]
    fn a_year_from_the_fifteenth_is_twelve_months() {
        // Month 12 of a period from 15 February 2023 ends the day before
        // 15 February 2024: 2023-02-15..2024-02-14 is 12 whole months.
        assert_eq!(me(date!(2023 - 02 - 15), date!(2024 - 02 - 14)), 12.0);
        // 2025-09-04..2026-03-03: six months from the 4th end on 3 March.
        assert_eq!(me(date!(2025 - 09 - 04), date!(2026 - 03 - 03)), 6.0);
    }

    #[test]
    fn periods_from_the_first_keep_calendar_month_figures() {
        // Sep..Feb = 6 whole calendar months; 15 days of a 31-day March.
        assert_eq!(me(date!(2022 - 09 - 01), date!(2023 - 02 - 28)), 6.0);
        assert_eq!(me(date!(2024 - 03 - 01), date!(2024 - 03 - 15)), 15.0 / 31.0);
    }

    #[test]
    fn a_clamped_first_window_from_the_31st() {
        // 31 January + 1 month = 31 February, clamped to 29 February 2024;
        // the first window is 31 January..28 February: exactly 1 month.
        assert_eq!(me(date!(2024 - 01 - 31), date!(2024 - 02 - 28)), 1.0);
        // The second window is 29 February..30 March (31 March − 1 day),
        // 31 days; 29 February alone is 1/31 of it.
        assert_eq!(me(date!(2024 - 01 - 31), date!(2024 - 02 - 29)), 1.0 + 1.0 / 31.0);
    }

    #[test]
    fn a_rest_is_a_share_of_the_next_window() {
        // 2023-02-15..2023-03-24: month 1 is 15 Feb..14 Mar; the rest
        // 15..24 March is 10 days of the window 15 Mar..14 Apr (31 days).
        assert_eq!(me(date!(2023 - 02 - 15), date!(2023 - 03 - 24)), 1.0 + 10.0 / 31.0);
        // At 80 %: the same times 0.8.
        assert_eq!(month_equivalents(date!(2023 - 02 - 15), date!(2023 - 03 - 24), 0.8), (1.0 + 10.0 / 31.0) * 0.8);
        assert_eq!(me(date!(2024 - 03 - 02), date!(2024 - 03 - 01)), 0.0);
    }

    #[test]
    fn end_after_is_the_reverse() {
        // 12 months from 2023-02-15 end on 2024-02-14; 6 from 2025-09-04 on 2026-03-03.
        assert_eq!(end_after(date!(2023 - 02 - 15), 12.0), Some(date!(2024 - 02 - 14)));
        assert_eq!(end_after(date!(2025 - 09 - 04), 6.0), Some(date!(2026 - 03 - 03)));
        // 6 months from 2024-03-13 (after make-up days) end on 2024-09-12.
        assert_eq!(end_after(date!(2024 - 03 - 13), 6.0), Some(date!(2024 - 09 - 12)));
        // 12 months at 80 % = 15 calendar months from 2023-09-01 → 2024-11-30
        // (worked example 4, docs/rules.md#example-4); 12 / 0.8 is not exactly 15 in floats.
        assert_eq!(end_after(date!(2023 - 09 - 01), 12.0 / 0.8), Some(date!(2024 - 11 - 30)));
        // 0.5 month from 2024-03-01: 15.5 of March's 31 days → ceil = 16 → the 16th.
        assert_eq!(end_after(date!(2024 - 03 - 01), 0.5), Some(date!(2024 - 03 - 16)));
        assert_eq!(end_after(date!(2024 - 03 - 01), 15.0 / 31.0), Some(date!(2024 - 03 - 15)));
        assert_eq!(end_after(date!(2024 - 03 - 01), 0.0), None);
        assert_eq!(end_after(date!(2024 - 03 - 01), f64::NAN), None);
    }

    #[test]
    fn end_after_ends_on_the_first_sufficient_day() {
        // For every start in 2023–2024 and a few lengths, the end reaches the
        // months and the day before does not.
        let mut start = date!(2023 - 01 - 01);
        while start < date!(2025 - 01 - 01) {
            for months in [0.3, 1.0, 5.5, 6.0, 11.97, 12.0, 15.0] {
                let end = end_after(start, months).unwrap();
                assert!(me(start, end) >= months - EPS_MONTHS, "{start} {months}");
                assert!(me(start, end - Duration::days(1)) < months - EPS_MONTHS, "{start} {months}");
            }
            start = start.next_day().unwrap();
        }
    }
}
