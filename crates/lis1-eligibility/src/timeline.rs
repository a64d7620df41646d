//! The timeline of a bound path (docs/rules.md section 3, T-1..T-5; S-1, S-10).
//!
//! Dates are inclusive (project convention). Service is measured in
//! month-equivalents counted by anniversary (`lis1_core::months`, the one
//! home of the convention): `n` whole months from `s` end the day before
//! `s + n` months, so a municipal part that starts on the 13th after
//! make-up days ends on the 12th six months later. From the 1st of a month,
//! `n` whole months end on the last day of the `n`-th month:
//! LIS1 from 2022-09-01 → hospital 2022-09-01..2023-08-31, municipal
//! 2023-09-01..2024-02-29, specialty from 2024-03-01, 6.5-year minimum
//! reached 2029-02-28 (worked example 1). T-1's minimum is counted from
//! authorisation, or else the first counted LIS1 service (see [`build`]).

use lis1_core::calendar::add_working_days;
use lis1_core::date::{add_months, format, Date};
pub use lis1_core::months::end_after;
use serde::Serialize;

use crate::applicant::Specialty;

/// Fixed durations of the path, in months (one table, no scattered literals).
pub mod params {
    /// Hospital part of del 1 (S-1).
    pub const HOSPITAL_MONTHS: f64 = 12.0;
    /// Municipal part of del 1 (S-1).
    pub const MUNICIPAL_MONTHS: f64 = 6.0;
    /// The whole specialist education, at least 6.5 years (T-1).
    pub const MINIMUM_PATH_MONTHS: i32 = 78;
    /// ALIS: 5 years after del 1 (T-3).
    pub const ALIS_MONTHS: i32 = 60;
    /// B-3: the LIS3/ALIS contract is signed 1.5–2 years before LIS3/ALIS.
    pub const CONTRACT_MIN_MONTHS: i32 = 18;
}

/// How much of each part the bound position covers, in month-equivalents,
/// plus absence days still to make up from earlier service (A-3 resttjeneste,
/// counted by the service engine).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coverage {
    /// Hospital months to serve in the position.
    pub hospital: f64,
    /// Municipal months to serve in the position.
    pub municipal: f64,
    /// Hospital make-up days, after the hospital months.
    pub hospital_make_up: u32,
    /// Municipal make-up days, after the municipal months.
    pub municipal_make_up: u32,
    /// Make-up days are working days (else calendar days), option A-O2.
    pub workdays: bool,
}

impl Coverage {
    /// A full del 1: 12 + 6 months (S-1).
    pub const FULL: Coverage = Coverage {
        hospital: params::HOSPITAL_MONTHS,
        municipal: params::MUNICIPAL_MONTHS,
        hospital_make_up: 0,
        municipal_make_up: 0,
        workdays: true,
    };
}

/// Whole days for `days` of make-up (rounded up; never negative).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
pub fn make_up_days(days: f64) -> u32 {
    let n = (days - 1e-9).ceil();
    if n.is_finite() && n > 0.0 {
        n.min(100_000.0) as u32
    } else {
        0
    }
}

/// Last day of a part from `start`: `months` month-equivalents, then
/// `make_up` days (working or calendar days). `None` if nothing to serve.
fn part_end(start: Date, months: f64, make_up: u32, workdays: bool) -> Option<Date> {
    let base = end_after(start, months);
    if make_up == 0 {
        return base;
    }
    let from = match base {
        Some(end) => end,
        None => start.previous_day()?,
    };
    Some(if workdays {
        add_working_days(from, make_up)
    } else {
        from.checked_add(time::Duration::days(i64::from(make_up)))?
    })
}

/// The timeline of the API's `EligibilityResult`, dates as `YYYY-MM-DD`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timeline {
    /// First day of LIS1 in the bound position (the round, B-2).
    pub lis1_start: String,
    /// Last day of the hospital part; absent when the position covers no
    /// hospital time (earlier hospital part complete, offer per P-1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hospital_end: Option<String>,
    /// First day of the municipal part (S-10: 12 months after the hospital
    /// start in a full coupled position).
    pub municipal_start: String,
    /// Last day of del 1 (time).
    pub lis1_end: String,
    /// First day of LIS3 (psykiatri/BUP, T-4) or ALIS (allmennmedisin, T-3).
    pub specialty_start: String,
    /// The 6.5-year minimum of T-1: the last day of the 78th month counted
    /// from the authorisation date (`applicant.authorisedOn`), else from the
    /// first day of the doctor's first counted LIS1 service (earlier service
    /// when given, else this round); assumption `minimumFrom` says which.
    pub minimum_end: String,
    /// Allmennmedisin only: last day of the 5 ALIS years after del 1 (T-3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub specialty_end: Option<String>,
}

/// The same timeline as dates, for the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    /// See [`Timeline::lis1_start`].
    pub lis1_start: Date,
    /// See [`Timeline::hospital_end`].
    pub hospital_end: Option<Date>,
    /// See [`Timeline::municipal_start`].
    pub municipal_start: Date,
    /// See [`Timeline::lis1_end`].
    pub lis1_end: Date,
    /// See [`Timeline::specialty_start`].
    pub specialty_start: Date,
    /// See [`Timeline::minimum_end`].
    pub minimum_end: Date,
    /// See [`Timeline::specialty_end`].
    pub specialty_end: Option<Date>,
}

impl Dates {
    /// As the serialisable [`Timeline`].
    pub fn to_timeline(&self) -> Timeline {
        Timeline {
            lis1_start: format(self.lis1_start),
            hospital_end: self.hospital_end.map(format),
            municipal_start: format(self.municipal_start),
            lis1_end: format(self.lis1_end),
            specialty_start: format(self.specialty_start),
            minimum_end: format(self.minimum_end),
            specialty_end: self.specialty_end.map(format),
        }
    }

    /// Whole calendar months from the LIS1 start to the specialty start
    /// (for B-3), counting a started month as not whole.
    pub fn months_to_specialty(&self) -> i32 {
        let (a, b) = (self.lis1_start, self.specialty_start);
        let mut months = (b.year() - a.year()) * 12 + i32::from(u8::from(b.month())) - i32::from(u8::from(a.month()));
        if b.day() < a.day() {
            months -= 1;
        }
        months
    }
}

/// The day before `date` (never fails inside the supported year range).
fn day_before(date: Date) -> Date {
    date.previous_day().unwrap_or(date)
}

/// The last day of the `months`-th calendar month from `start` (`start` +
/// `months` months − 1 day), for the whole-month spans of T-1 and T-3.
pub fn end_of_months(start: Date, months: i32) -> Date {
    day_before(add_months(start, months))
}

/// Builds the timeline from the round start, the coverage of the position
/// and the specialty; T-1's 6.5 years are counted from `minimum_from`.
/// Returns `None` if the position covers no time at all.
pub fn build(start: Date, coverage: Coverage, specialty: Specialty, minimum_from: Date) -> Option<Dates> {
    let hospital_end = part_end(start, coverage.hospital, coverage.hospital_make_up, coverage.workdays);
    let municipal_start = match hospital_end {
        Some(end) => end.next_day()?,
        None => start,
    };
    let lis1_end = match part_end(municipal_start, coverage.municipal, coverage.municipal_make_up, coverage.workdays) {
        Some(end) => end,
        None => hospital_end?,
    };
    let specialty_start = lis1_end.next_day()?;
    let specialty_end = match specialty {
        Specialty::Allmennmedisin => Some(end_of_months(specialty_start, params::ALIS_MONTHS)),
        Specialty::Psykiatri | Specialty::Bup => None,
    };
    Some(Dates {
        lis1_start: start,
        hospital_end,
        municipal_start,
        lis1_end,
        specialty_start,
        minimum_end: end_of_months(minimum_from, params::MINIMUM_PATH_MONTHS),
        specialty_end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lis1_core::date::parse;

    fn d(s: &str) -> Date {
        parse(s).unwrap()
    }

    #[test]
    fn whole_months_from_the_first_end_on_month_ends() {
        // 12 months from 2023-09-01: Sep 2023 .. Aug 2024 → 2024-08-31.
        assert_eq!(end_after(d("2023-09-01"), 12.0), Some(d("2024-08-31")));
        // 6 months from 2024-09-01: Sep .. Feb 2025 (not a leap year) → 2025-02-28.
        assert_eq!(end_after(d("2024-09-01"), 6.0), Some(d("2025-02-28")));
        assert_eq!(end_after(d("2024-09-01"), 0.0), None);
    }

    #[test]
    fn fractional_months_count_days_of_their_month() {
        // 0.5 month from 2024-03-01: March has 31 days, 15.5 days → the 16th
        // day (15/31 < 0.5 ≤ 16/31) → 2024-03-16.
        assert_eq!(end_after(d("2024-03-01"), 0.5), Some(d("2024-03-16")));
        // 15/31 exactly: 2024-03-01..2024-03-15 (docs/rules.md#date-conventions).
        assert_eq!(end_after(d("2024-03-01"), 15.0 / 31.0), Some(d("2024-03-15")));
    }

    #[test]
    fn months_to_specialty_counts_whole_months() {
        let t = build(d("2022-09-01"), Coverage::FULL, Specialty::Psykiatri, d("2022-09-01")).unwrap();
        // 2022-09-01 → 2024-03-01: 18 whole months.
        assert_eq!(t.months_to_specialty(), 18);
    }
}
