//! Easter Sundays 1990–2060 checked against a published table, and the
//! Easter-based Norwegian holidays derived from them.
//!
//! Source: Astronomical Society of South Australia, "Easter Dates"
//! (Easter Sunday dates 1700–2299, Gregorian), <https://www.assa.org.au/edm>;
//! transcribed by hand for 1990–2060. Cross-checked by hand with the
//! anonymous Gregorian computus (Meeus/Jones/Butcher) for three years:
//!
//! - 2024: a = 2024 mod 19 = 10, b = 20, c = 24, d = 5, e = 0, f = 1, g = 6,
//!   h = (190 + 20 − 5 − 6 + 15) mod 30 = 214 mod 30 = 4, i = 6, k = 0,
//!   l = (32 + 0 + 12 − 4 − 0) mod 7 = 5, m = (10 + 44 + 110) / 451 = 0,
//!   month = (4 + 5 + 114) / 31 = 3, day = 123 mod 31 + 1 = 31 → 31 March.
//! - 2038: a = 5, b = 20, c = 38, d = 5, e = 0, f = 1, g = 6,
//!   h = (95 + 24) mod 30 = 29, i = 9, k = 2, l = (32 + 18 − 29 − 2) mod 7 = 5,
//!   m = (5 + 319 + 110) / 451 = 0, month = 148 / 31 = 4,
//!   day = 148 mod 31 + 1 = 25 → 25 April (the latest possible date).
//! - 2008: a = 13, h = (247 + 24) mod 30 = 1, i = 2, k = 0,
//!   l = (32 + 4 − 1) mod 7 = 0, m = 0, month = 115 / 31 = 3,
//!   day = 115 mod 31 + 1 = 23 → 23 March.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lis1_core::calendar::{easter_sunday, is_public_holiday, is_working_day};
use time::{Duration, Month, Weekday};

/// (year, month, day) of Easter Sunday, ASSA table.
const ASSA_EASTER: [(i32, u8, u8); 71] = [
    (1990, 4, 15),
    (1991, 3, 31),
    (1992, 4, 19),
    (1993, 4, 11),
    (1994, 4, 3),
    (1995, 4, 16),
    (1996, 4, 7),
    (1997, 3, 30),
    (1998, 4, 12),
    (1999, 4, 4),
    (2000, 4, 23),
    (2001, 4, 15),
    (2002, 3, 31),
    (2003, 4, 20),
    (2004, 4, 11),
    (2005, 3, 27),
    (2006, 4, 16),
    (2007, 4, 8),
    (2008, 3, 23),
    (2009, 4, 12),
    (2010, 4, 4),
    (2011, 4, 24),
    (2012, 4, 8),
    (2013, 3, 31),
    (2014, 4, 20),
    (2015, 4, 5),
    (2016, 3, 27),
    (2017, 4, 16),
    (2018, 4, 1),
    (2019, 4, 21),
    (2020, 4, 12),
    (2021, 4, 4),
    (2022, 4, 17),
    (2023, 4, 9),
    (2024, 3, 31),
    (2025, 4, 20),
    (2026, 4, 5),
    (2027, 3, 28),
    (2028, 4, 16),
    (2029, 4, 1),
    (2030, 4, 21),
    (2031, 4, 13),
    (2032, 3, 28),
    (2033, 4, 17),
    (2034, 4, 9),
    (2035, 3, 25),
    (2036, 4, 13),
    (2037, 4, 5),
    (2038, 4, 25),
    (2039, 4, 10),
    (2040, 4, 1),
    (2041, 4, 21),
    (2042, 4, 6),
    (2043, 3, 29),
    (2044, 4, 17),
    (2045, 4, 9),
    (2046, 3, 25),
    (2047, 4, 14),
    (2048, 4, 5),
    (2049, 4, 18),
    (2050, 4, 10),
    (2051, 4, 2),
    (2052, 4, 21),
    (2053, 4, 6),
    (2054, 3, 29),
    (2055, 4, 18),
    (2056, 4, 2),
    (2057, 4, 22),
    (2058, 4, 14),
    (2059, 3, 30),
    (2060, 4, 18),
];

#[test]
fn table_covers_every_year_1990_to_2060() {
    let years: Vec<i32> = ASSA_EASTER.iter().map(|e| e.0).collect();
    assert_eq!(years, (1990..=2060).collect::<Vec<_>>());
}

#[test]
fn easter_sunday_matches_the_published_table() {
    for (year, month, day) in ASSA_EASTER {
        let e = easter_sunday(year);
        assert_eq!((e.year(), u8::from(e.month()), e.day()), (year, month, day), "{year}");
    }
}

#[test]
fn table_dates_are_sundays_between_22_march_and_25_april() {
    // An independent sanity check of the transcription.
    for (year, month, day) in ASSA_EASTER {
        let d = time::Date::from_calendar_date(year, Month::try_from(month).unwrap(), day).unwrap();
        assert_eq!(d.weekday(), Weekday::Sunday, "{year}");
        assert!((month, day) >= (3, 22) && (month, day) <= (4, 25), "{year}");
    }
}

#[test]
fn easter_based_holidays_follow_every_table_year() {
    // Skjærtorsdag −3, langfredag −2, 1. påskedag 0, 2. påskedag +1,
    // Kristi himmelfartsdag +39, 1. pinsedag +49, 2. pinsedag +50; Easter
    // Saturday (−1) is an ordinary (non-working, weekend) day, not a holiday.
    for (year, month, day) in ASSA_EASTER {
        let easter = time::Date::from_calendar_date(year, Month::try_from(month).unwrap(), day).unwrap();
        for offset in [-3, -2, 0, 1, 39, 49, 50] {
            assert!(is_public_holiday(easter + Duration::days(offset)), "{year} {offset}");
        }
        assert!(!is_public_holiday(easter - Duration::days(1)), "{year} easter saturday");
        assert!(!is_working_day(easter + Duration::days(39)), "{year} ascension");
        assert!(!is_public_holiday(easter - Duration::days(4)), "{year} wednesday before");
    }
}
