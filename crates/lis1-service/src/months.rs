//! Month-equivalents (RULES.md "Date and time conventions", S-4).
//!
//! Service is measured in month-equivalents: a whole calendar month counts 1,
//! a partial month counts (days served / days in that month), all times the
//! position percentage. Periods are inclusive at both ends. So
//! 2022-09-01..2023-02-28 = 6.0 and 2024-03-01..2024-03-15 = 15/31.
//!
//! Sums are kept in `f64` and never rounded internally; comparisons with the
//! required 12/6 months use [`EPS_MONTHS`].

use lis1_core::calendar::is_working_day;
use time::{Date, Duration};

use crate::params::{EPS_DAYS, EPS_MONTHS};

/// Days in the month of `date` (28..=31).
pub fn days_in_month(date: Date) -> u8 {
    date.month().length(date.year())
}

/// The part of `start..=end` that lies in one calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// First day of the segment.
    pub first: Date,
    /// Number of days in the segment.
    pub days: u8,
    /// Days in the segment's month.
    pub month_days: u8,
}

/// Splits `start..=end` at month boundaries. Empty if `end < start`.
pub fn segments(start: Date, end: Date) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut cursor = start;
    while cursor <= end {
        let month_days = days_in_month(cursor);
        let last_of_month = cursor.replace_day(month_days).unwrap_or(cursor);
        let seg_end = last_of_month.min(end);
        let days = u8::try_from((seg_end - cursor).whole_days() + 1).unwrap_or(month_days);
        out.push(Segment { first: cursor, days, month_days });
        match last_of_month.next_day() {
            Some(next) => cursor = next,
            None => break,
        }
    }
    out
}

/// Month-equivalents of `start..=end` at `fraction` (percent / 100).
pub fn month_equivalents(start: Date, end: Date, fraction: f64) -> f64 {
    segments(start, end).iter().map(|s| f64::from(s.days) / f64::from(s.month_days) * fraction).sum()
}

/// One stretch of counting service: dates and position fraction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stretch {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// Position percentage / 100.
    pub fraction: f64,
}

/// How a part's history stands against its requirement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// All month-equivalents counted.
    pub counted: f64,
    /// The day the required months were reached, if they were.
    pub months_reached_on: Option<Date>,
    /// Make-up days served after that day (in the day unit, times the
    /// position fraction), up to what was needed.
    pub made_up: f64,
    /// The day the months were reached and the make-up served.
    pub completed_on: Option<Date>,
}

/// Walks `stretches` (sorted by start, not overlapping) and finds when
/// `required` months and then `make_up` days (working days if `workdays`,
/// else calendar days) were served. Service after the required months is
/// resttjeneste: it counts towards the make-up days.
pub fn progress(stretches: &[Stretch], required: f64, make_up: f64, workdays: bool) -> Progress {
    let mut counted = 0.0;
    let mut reached: Option<Date> = None;
    let mut made_up = 0.0;
    let mut completed: Option<Date> = None;
    for stretch in stretches {
        for seg in segments(stretch.start, stretch.end) {
            let value = f64::from(seg.days) / f64::from(seg.month_days) * stretch.fraction;
            let mut first_make_up_day = Some(seg.first);
            if reached.is_none() {
                if counted + value >= required - EPS_MONTHS {
                    let need = (required - counted).max(0.0);
                    let k = days_for(need, seg.month_days, stretch.fraction).clamp(1, u32::from(seg.days));
                    let day = seg.first.checked_add(Duration::days(i64::from(k) - 1)).unwrap_or(seg.first);
                    reached = Some(day);
                    if make_up <= EPS_MONTHS {
                        completed = Some(day);
                    }
                    first_make_up_day = day.next_day();
                } else {
                    first_make_up_day = None;
                }
            }
            counted += value;
            if completed.is_none() {
                if let Some(mut day) = first_make_up_day {
                    let seg_last = seg.first.checked_add(Duration::days(i64::from(seg.days) - 1)).unwrap_or(seg.first);
                    while day <= seg_last {
                        if !workdays || is_working_day(day) {
                            made_up += stretch.fraction;
                            if made_up >= make_up - EPS_DAYS {
                                completed = Some(day);
                                break;
                            }
                        }
                        match day.next_day() {
                            Some(next) => day = next,
                            None => break,
                        }
                    }
                }
            }
        }
    }
    Progress { counted, months_reached_on: reached, made_up: made_up.min(make_up), completed_on: completed }
}

/// Whole days of a month with `month_days` days needed to serve `months`
/// month-equivalents at `fraction`: `ceil(months × month_days / fraction)`,
/// with a small tolerance so that 0.8 months at 80 % in a 30-day month is
/// 30 days, not 31.
pub fn days_for(months: f64, month_days: u8, fraction: f64) -> u32 {
    if months <= EPS_MONTHS || fraction <= 0.0 {
        return 0;
    }
    let days = (months * f64::from(month_days) / fraction - EPS_DAYS).ceil();
    if days.is_finite() && days > 0.0 {
        // Bounded by the month length by the callers; saturate anyway.
        days.min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

/// Month-equivalents of `stretches` after `day` (exclusive).
pub fn counted_after(stretches: &[Stretch], day: Date) -> f64 {
    let Some(from) = day.next_day() else { return 0.0 };
    stretches.iter().filter(|s| s.end >= from).map(|s| month_equivalents(s.start.max(from), s.end, s.fraction)).sum()
}

/// Days of `start..=end` in the day unit: working days (A-O2 default) or
/// calendar days.
pub fn unit_days(start: Date, end: Date, workdays: bool) -> f64 {
    if end < start {
        return 0.0;
    }
    if workdays {
        f64::from(lis1_core::calendar::working_days(start, end))
    } else {
        ((end - start).whole_days() + 1) as f64
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use time::macros::date;

    #[test]
    fn six_whole_months_are_six() {
        // Sep, Oct, Nov, Dec, Jan, Feb: 6 whole months = 6.0.
        assert_eq!(month_equivalents(date!(2022 - 09 - 01), date!(2023 - 02 - 28), 1.0), 6.0);
    }

    #[test]
    fn partial_month_is_days_over_month_length() {
        // 15 days of a 31-day March = 15/31.
        assert_eq!(month_equivalents(date!(2024 - 03 - 01), date!(2024 - 03 - 15), 1.0), 15.0 / 31.0);
    }

    #[test]
    fn days_for_tolerates_float_noise() {
        // 0.8 months at 80 % in a 30-day month: 0.8 × 30 / 0.8 = 30 days.
        assert_eq!(days_for(0.8 + 1e-12, 30, 0.8), 30);
    }
}
