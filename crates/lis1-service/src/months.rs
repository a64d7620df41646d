//! Counted service of a part (the date conventions, docs/rules.md#date-conventions, S-4).
//!
//! Month-equivalents are counted by anniversary, each stretch from its own
//! start (`lis1_core::months`, the one home of the convention): a period from
//! 15 February 2023 to 14 February 2024 is 12 months, 2022-09-01..2023-02-28
//! is 6, 2024-03-01..2024-03-15 is 15/31. A stretch is a run of contiguous
//! periods of the same part and percentage ([`stretches`], corrected
//! 2026-12-06): a year split at a rotation change (S-3: rotations are labels)
//! is one stretch of 12 months, not two pieces that sum to 11.97. Each
//! stretch is counted on its own and the stretches are summed; part-time
//! multiplies by the position fraction.
//!
//! Sums are kept in `f64` and never rounded internally; comparisons with the
//! required 12/6 months use [`EPS_MONTHS`].

use lis1_core::calendar::is_working_day;
use lis1_core::months::end_after;
pub use lis1_core::months::month_equivalents;
use time::Date;

use crate::params::{EPS_DAYS, EPS_MONTHS};

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

impl Stretch {
    /// Month-equivalents of the whole stretch.
    pub fn months(&self) -> f64 {
        month_equivalents(self.start, self.end, self.fraction)
    }

    /// The day within the stretch on which `months` month-equivalents are
    /// reached, counting from its start; `None` if the stretch is too short.
    pub fn reaches(&self, months: f64) -> Option<Date> {
        if months <= EPS_MONTHS {
            return self.start.previous_day();
        }
        if self.fraction <= 0.0 {
            return None;
        }
        end_after(self.start, months / self.fraction).filter(|day| *day <= self.end)
    }
}

/// Joins `periods` (one part's counting periods, sorted by start, not
/// overlapping) into stretches: a period that starts the day after the
/// previous one ends, at the same position fraction, extends it. A gap of a
/// day or another percentage starts a new stretch (the date conventions,
/// docs/rules.md#date-conventions).
pub fn stretches(periods: impl IntoIterator<Item = Stretch>) -> Vec<Stretch> {
    let mut out: Vec<Stretch> = Vec::new();
    for period in periods {
        match out.last_mut() {
            Some(last) if last.end.next_day() == Some(period.start) && last.fraction == period.fraction => {
                last.end = period.end;
            }
            _ => out.push(period),
        }
    }
    out
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
        let value = stretch.months();
        // The first day of this stretch that serves make-up days, if any.
        let mut make_up_from = Some(stretch.start);
        if reached.is_none() {
            make_up_from = None;
            if counted + value >= required - EPS_MONTHS {
                let day = stretch.reaches((required - counted).max(0.0)).unwrap_or(stretch.end);
                reached = Some(day);
                if make_up <= EPS_DAYS {
                    completed = Some(day);
                }
                make_up_from = day.next_day();
            }
        }
        counted += value;
        if let (None, Some(mut day)) = (completed, make_up_from) {
            while day <= stretch.end {
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
    Progress { counted, months_reached_on: reached, made_up: made_up.min(make_up), completed_on: completed }
}

/// Month-equivalents of `stretches` after `day` (exclusive), each clipped
/// stretch counted from its own first day after `day`.
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
    use super::*;
    use time::macros::date;

    fn full(start: Date, end: Date) -> Stretch {
        Stretch { start, end, fraction: 1.0 }
    }

    #[test]
    fn a_year_from_the_fifteenth_reaches_twelve_months_on_its_last_day() {
        // 2023-02-15..2024-02-14 is 12.0 months by anniversary: the part is
        // reached on its last day and nothing is owed.
        let p = progress(&[full(date!(2023 - 02 - 15), date!(2024 - 02 - 14))], 12.0, 0.0, true);
        assert_eq!(p.counted, 12.0);
        assert_eq!(p.completed_on, Some(date!(2024 - 02 - 14)));
    }

    #[test]
    fn make_up_days_follow_the_day_the_months_were_reached() {
        // Hospital 2023-09-01..2024-09-10: 12 months reached 2024-08-31
        // (Saturday); 3 working days of make-up: Mon 2, Tue 3, Wed 4 September.
        let p = progress(&[full(date!(2023 - 09 - 01), date!(2024 - 09 - 10))], 12.0, 3.0, true);
        assert_eq!(p.months_reached_on, Some(date!(2024 - 08 - 31)));
        assert_eq!(p.completed_on, Some(date!(2024 - 09 - 04)));
        assert_eq!(p.made_up, 3.0);
    }

    #[test]
    fn separate_stretches_are_counted_each_from_its_own_start() {
        // 2023-02-15..2023-08-14 (6 months) + 2023-08-15..2024-02-14 (6 months) = 12.
        let s =
            [full(date!(2023 - 02 - 15), date!(2023 - 08 - 14)), full(date!(2023 - 08 - 15), date!(2024 - 02 - 14))];
        let p = progress(&s, 12.0, 0.0, true);
        assert_eq!(p.counted, 12.0);
        assert_eq!(p.completed_on, Some(date!(2024 - 02 - 14)));
    }

    #[test]
    fn contiguous_periods_of_one_percentage_join_into_one_stretch() {
        // 2023-03-01..03-14 and 2023-03-15..2024-02-29 touch: one stretch 2023-03-01..2024-02-29.
        let joined = stretches([
            full(date!(2023 - 03 - 01), date!(2023 - 03 - 14)),
            full(date!(2023 - 03 - 15), date!(2024 - 02 - 29)),
        ]);
        assert_eq!(joined, vec![full(date!(2023 - 03 - 01), date!(2024 - 02 - 29))]);
        // A day's gap (03-15 missing) or another percentage keeps them apart.
        let gap =
            [full(date!(2023 - 03 - 01), date!(2023 - 03 - 14)), full(date!(2023 - 03 - 16), date!(2024 - 02 - 29))];
        assert_eq!(stretches(gap).len(), 2);
        let other = Stretch { start: date!(2023 - 03 - 15), end: date!(2024 - 02 - 29), fraction: 0.8 };
        assert_eq!(stretches([full(date!(2023 - 03 - 01), date!(2023 - 03 - 14)), other]).len(), 2);
    }
}
