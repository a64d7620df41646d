//! Calendar dates: strict `YYYY-MM-DD` parsing and month arithmetic.
//!
//! Dates in lis1kit are calendar dates without time zone, inclusive at both
//! ends of a period (the date conventions, docs/rules.md#date-conventions).

pub use time::Date;
use time::Month;

/// Why a date string was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Well formed but not a day of the calendar (e.g. `2023-02-29`).
    Impossible,
}

/// The shape [`parse`] accepts, as a JSON Schema / ECMAScript pattern (the
/// schema adds `format: "date"`; impossible dates are rejected by [`parse`]).
pub const ISO_DATE_PATTERN: &str = r"^\d{4}-\d{2}-\d{2}$";

/// Parses exactly `YYYY-MM-DD` (four-digit year 1900..=2200). Anything else,
/// including time parts or surrounding spaces, is a [`DateError::Format`].
pub fn parse(text: &str) -> Result<Date, DateError> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = bytes.get(range)?;
        if part.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(part).ok()?.parse().ok()
        } else {
            None
        }
    };
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return Err(DateError::Format);
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return Err(DateError::Format);
    };
    if !(1900..=2200).contains(&year) {
        return Err(DateError::Impossible);
    }
    let month = u8::try_from(month).ok().and_then(|m| Month::try_from(m).ok()).ok_or(DateError::Impossible)?;
    let day = u8::try_from(day).map_err(|_| DateError::Impossible)?;
    #[allow(clippy::cast_possible_wrap)]
    Date::from_calendar_date(year as i32, month, day).map_err(|_| DateError::Impossible)
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// Month names for display, January first.
const MONTHS_NB_NN: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date for reading: `1. mars 2017` in nb/nn, `1 March 2017` in en.
/// (Nynorsk and Bokmål month names are the same.)
pub fn display(date: Date, lang: crate::Lang) -> String {
    let index = usize::from(u8::from(date.month())).saturating_sub(1);
    match lang {
        crate::Lang::Nb | crate::Lang::Nn => {
            format!("{}. {} {}", date.day(), MONTHS_NB_NN.get(index).unwrap_or(&""), date.year())
        }
        crate::Lang::En => format!("{} {} {}", date.day(), MONTHS_EN.get(index).unwrap_or(&""), date.year()),
    }
}

/// A month for a timeline tick: its first three letters, with the year when
/// `with_year` (`sep. 2025` / `Sep 2025`, `jan.` / `Jan`).
pub fn month_label(date: Date, lang: crate::Lang, with_year: bool) -> String {
    let index = usize::from(u8::from(date.month())).saturating_sub(1);
    let (name, dot) = match lang {
        crate::Lang::Nb | crate::Lang::Nn => (MONTHS_NB_NN.get(index).unwrap_or(&""), "."),
        crate::Lang::En => (MONTHS_EN.get(index).unwrap_or(&""), ""),
    };
    let short: String = name.chars().take(3).collect();
    if with_year {
        format!("{short}{dot} {}", date.year())
    } else {
        format!("{short}{dot}")
    }
}

/// A fixed date from a table. Only for literals in this crate's dated tables,
/// which are checked by tests; falls back to the earliest date rather than
/// panicking.
pub(crate) const fn ymd(year: i32, month: Month, day: u8) -> Date {
    match Date::from_calendar_date(year, month, day) {
        Ok(d) => d,
        Err(_) => Date::MIN,
    }
}

/// The date `months` calendar months after `date`, clamped to the last day of
/// the target month (2024-01-31 + 1 month = 2024-02-29).
pub fn add_months(date: Date, months: i32) -> Date {
    let index = date.year() * 12 + i32::from(u8::from(date.month())) - 1 + months;
    let year = index.div_euclid(12);
    let month =
        u8::try_from(index.rem_euclid(12) + 1).ok().and_then(|m| Month::try_from(m).ok()).unwrap_or(Month::January);
    let last = month.length(year);
    Date::from_calendar_date(year, month, date.day().min(last)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn parses_iso_dates() {
        assert_eq!(parse("2024-02-29"), Ok(date!(2024 - 02 - 29)));
        assert_eq!(parse("2017-03-01"), Ok(date!(2017 - 03 - 01)));
    }

    #[test]
    fn rejects_impossible_calendar_days() {
        assert_eq!(parse("2023-02-29"), Err(DateError::Impossible));
        assert_eq!(parse("2024-13-01"), Err(DateError::Impossible));
        assert_eq!(parse("2024-04-31"), Err(DateError::Impossible));
        assert_eq!(parse("2024-00-10"), Err(DateError::Impossible));
    }

    #[test]
    fn rejects_other_formats() {
        for bad in ["2024-3-01", "01.03.2024", "2024-03-01T00:00", " 2024-03-01", "", "２０２４-03-01"] {
            assert_eq!(parse(bad), Err(DateError::Format), "{bad:?}");
        }
    }

    #[test]
    fn formats_with_leading_zeros() {
        assert_eq!(format(date!(2024 - 03 - 05)), "2024-03-05");
    }

    #[test]
    fn month_labels_are_three_letters_with_the_year_when_asked() {
        let d = Date::from_calendar_date(2025, time::Month::September, 1).unwrap();
        assert_eq!(month_label(d, crate::Lang::Nb, true), "sep. 2025");
        assert_eq!(month_label(d, crate::Lang::Nn, false), "sep.");
        assert_eq!(month_label(d, crate::Lang::En, true), "Sep 2025");
    }

    #[test]
    fn display_uses_norwegian_and_english_month_names() {
        assert_eq!(display(date!(2017 - 03 - 01), crate::Lang::Nb), "1. mars 2017");
        assert_eq!(display(date!(2019 - 06 - 21), crate::Lang::Nn), "21. juni 2019");
        assert_eq!(display(date!(2019 - 06 - 21), crate::Lang::En), "21 June 2019");
    }

    #[test]
    fn add_months_clamps_to_month_end() {
        assert_eq!(add_months(date!(2024 - 01 - 31), 1), date!(2024 - 02 - 29));
        assert_eq!(add_months(date!(2022 - 09 - 01), 78), date!(2029 - 03 - 01));
        assert_eq!(add_months(date!(2023 - 03 - 01), -1), date!(2023 - 02 - 01));
    }
}
