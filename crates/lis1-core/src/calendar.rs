//! Norwegian public holidays and working days (the date conventions, docs/rules.md#date-conventions).
//!
//! Working days are Monday–Friday minus the public holidays: 1 January,
//! skjærtorsdag, langfredag, 1. and 2. påskedag, 1 May, 17 May, Kristi
//! himmelfartsdag, 1. and 2. pinsedag, 25 and 26 December. Easter-based days
//! are computed from Easter Sunday, never tabulated. 24 and 31 December are
//! ordinary days.

use time::{Date, Duration, Month, Weekday};

/// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm,
/// "Meeus/Jones/Butcher").
pub fn easter_sunday(year: i32) -> Date {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let month = if month == 3 { Month::March } else { Month::April };
    Date::from_calendar_date(year, month, u8::try_from(day).unwrap_or(1)).unwrap_or(Date::MIN)
}

/// Offsets from Easter Sunday of the Easter-based public holidays:
/// skjærtorsdag, langfredag, 1. and 2. påskedag, Kristi himmelfartsdag,
/// 1. and 2. pinsedag.
const EASTER_OFFSETS: [i64; 7] = [-3, -2, 0, 1, 39, 49, 50];

/// Fixed-date public holidays as (month, day).
const FIXED: [(Month, u8); 5] =
    [(Month::January, 1), (Month::May, 1), (Month::May, 17), (Month::December, 25), (Month::December, 26)];

/// Whether `date` is a Norwegian public holiday (helligdag or 1/17 May).
pub fn is_public_holiday(date: Date) -> bool {
    if FIXED.iter().any(|&(m, d)| date.month() == m && date.day() == d) {
        return true;
    }
    let easter = easter_sunday(date.year());
    EASTER_OFFSETS.iter().any(|&offset| easter + Duration::days(offset) == date)
}

/// Whether `date` is a working day: Monday–Friday and not a public holiday.
pub fn is_working_day(date: Date) -> bool {
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) && !is_public_holiday(date)
}

/// Working days in the inclusive range `from..=to` (0 if `to < from`).
pub fn working_days(from: Date, to: Date) -> u32 {
    let mut count = 0;
    let mut day = from;
    while day <= to {
        if is_working_day(day) {
            count += 1;
        }
        match day.next_day() {
            Some(next) => day = next,
            None => break,
        }
    }
    count
}

/// The date on which the `n`-th working day after `date` falls (`n` ≥ 1);
/// `date` itself for `n` = 0.
pub fn add_working_days(date: Date, n: u32) -> Date {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        match day.next_day() {
            Some(next) => day = next,
            None => return day,
        }
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn easter_sundays_of_recent_years() {
        // Published dates of Easter Sunday (Gregorian): 2019-04-21,
        // 2020-04-12, 2024-03-31, 2025-04-20, 2026-04-05.
        assert_eq!(easter_sunday(2019), date!(2019 - 04 - 21));
        assert_eq!(easter_sunday(2020), date!(2020 - 04 - 12));
        assert_eq!(easter_sunday(2024), date!(2024 - 03 - 31));
        assert_eq!(easter_sunday(2025), date!(2025 - 04 - 20));
        assert_eq!(easter_sunday(2026), date!(2026 - 04 - 05));
    }

    #[test]
    fn holidays_of_2024() {
        // Easter 2024-03-31: skjærtorsdag 28.3, langfredag 29.3, 2. påskedag
        // 1.4, Kristi himmelfart 9.5 (+39), 2. pinsedag 20.5 (+50).
        for d in [
            date!(2024 - 03 - 28),
            date!(2024 - 03 - 29),
            date!(2024 - 04 - 01),
            date!(2024 - 05 - 09),
            date!(2024 - 05 - 20),
            date!(2024 - 05 - 17),
            date!(2024 - 12 - 26),
        ] {
            assert!(is_public_holiday(d), "{d}");
        }
        for d in [date!(2024 - 12 - 24), date!(2024 - 12 - 31), date!(2024 - 03 - 27)] {
            assert!(!is_public_holiday(d), "{d}");
        }
    }

    #[test]
    fn working_days_in_easter_week_2024() {
        // Mon 25.3 .. Sun 31.3 2024: Mon, Tue, Wed work; Thu, Fri holidays.
        assert_eq!(working_days(date!(2024 - 03 - 25), date!(2024 - 03 - 31)), 3);
        // March 2024: 21 weekdays minus skjærtorsdag and langfredag = 19.
        assert_eq!(working_days(date!(2024 - 03 - 01), date!(2024 - 03 - 31)), 19);
        assert_eq!(working_days(date!(2024 - 03 - 02), date!(2024 - 03 - 01)), 0);
    }

    #[test]
    fn adding_working_days_skips_weekends_and_holidays() {
        // Thu 2024-02-29 + 8 working days: 1.3 (Fri), 4–8.3 (5), 11.3, 12.3.
        assert_eq!(add_working_days(date!(2024 - 02 - 29), 8), date!(2024 - 03 - 12));
        // Wed 2024-03-27 + 1: Thu 28, Fri 29, Mon 1.4 are holidays → Tue 2.4.
        assert_eq!(add_working_days(date!(2024 - 03 - 27), 1), date!(2024 - 04 - 02));
        assert_eq!(add_working_days(date!(2024 - 03 - 27), 0), date!(2024 - 03 - 27));
    }
}
