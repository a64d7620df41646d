//! LIS1 rounds (B-2, S-10): bound positions are advertised with the ordinary
//! round, twice a year, with common start dates 1 March and 1 September.

use lis1_core::date::{self, Date};
use lis1_core::shape::{echo, iso_date, Problem};
use time::Month;

use crate::messages as m;

/// The start days of a round as (month, day) — B-2 / S-10.
pub const ROUND_STARTS: [(Month, u8); 2] = [(Month::March, 1), (Month::September, 1)];

/// Whether `date` is an ordinary round start (1 March or 1 September).
pub fn is_round_start(date: Date) -> bool {
    ROUND_STARTS.iter().any(|&(month, day)| date.month() == month && date.day() == day)
}

/// Parses a round: a strict ISO date that is 1 March or 1 September.
pub fn parse_round(value: &str) -> Option<Date> {
    date::parse(value).ok().filter(|d| is_round_start(*d))
}

/// The leaf check of `round` fields: date format first (`date.format`,
/// `date.impossible`), then the B-2 start-day rule (`round.not-start-date`);
/// every failure is reported at the field's own path.
pub fn valid_round(value: &str) -> Result<(), Problem> {
    iso_date(value)?;
    match date::parse(value) {
        Ok(d) if is_round_start(d) => Ok(()),
        _ => Err(Problem::new(&m::ROUND_NOT_START_DATE, vec![("value", echo(value))])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b_2_only_first_of_march_and_september_are_rounds() {
        assert!(parse_round("2026-03-01").is_some());
        assert!(parse_round("2026-09-01").is_some());
        for bad in ["2026-03-02", "2026-06-01", "2026-09-30", "2026-3-01", "2026-02-30", ""] {
            assert!(parse_round(bad).is_none(), "{bad}");
            assert!(valid_round(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn b_2_invalid_round_codes_distinguish_format_from_start_day() {
        let code = |v: &str| valid_round(v).err().map(|e| e.def.code.to_string());
        assert_eq!(code("2026-03-02").as_deref(), Some("round.not-start-date"));
        assert_eq!(code("2026-06-01").as_deref(), Some("round.not-start-date"));
        assert_eq!(code("1.3.2026").as_deref(), Some("date.format"));
        assert_eq!(code("2026-02-30").as_deref(), Some("date.impossible"));
    }
}
