//! LIS1 rounds (B-2, S-10): bound positions are advertised with the ordinary
//! round, twice a year, with common start dates 1 March and 1 September.
//!
//! [`next_rounds`] answers "which rounds come next after this day" for the
//! API's `nextRounds` (a job posting's round, the configurator's choices), so
//! the pages never compute a round themselves.

use lis1_core::date::{self, Date};
use lis1_core::number_text::js as number;
use lis1_core::read::{self, Source};
use lis1_core::shape::{echo, field, finite, iso_date, Check, Kind, Problem, Shape};
use lis1_core::{ErrorKind, Issue, Lang, Lis1Error};
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

/// The first `count` round starts strictly after `after` (B-2, S-10), in
/// order. Strictly: on 1 March itself that day's round has started, so the
/// next is 1 September — a posting advertises a round that has not begun.
/// Fewer only where the calendar of [`date::parse`] ends (year 2200).
pub fn next_rounds(after: Date, count: usize) -> Vec<Date> {
    let mut rounds = Vec::with_capacity(count.min(MAX_ROUNDS));
    let mut year = after.year();
    while rounds.len() < count && year <= LAST_YEAR {
        for &(month, day) in &ROUND_STARTS {
            match Date::from_calendar_date(year, month, day) {
                Ok(start) if start > after && rounds.len() < count => rounds.push(start),
                _ => {}
            }
        }
        year += 1;
    }
    rounds
}

/// Last year [`next_rounds`] looks at (the last year [`date::parse`] reads).
const LAST_YEAR: i32 = 2200;

/// Most rounds one `nextRounds` call returns (ten years of rounds).
pub const MAX_ROUNDS: usize = 20;

/// What `nextRounds` takes: `{ after, count?, lang? }`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundsQuery {
    /// The day after which rounds are wanted, `YYYY-MM-DD` (a page passes today).
    pub after: String,
    /// How many rounds (default 1, at most [`MAX_ROUNDS`]).
    pub count: Option<f64>,
    /// Message language.
    pub lang: Option<Lang>,
}

/// A whole number of rounds, 0..=[`MAX_ROUNDS`] (`count.range`).
fn round_count(value: f64) -> Result<(), Problem> {
    finite(value)?;
    #[allow(clippy::cast_precision_loss)]
    let max = MAX_ROUNDS as f64;
    if (0.0..=max).contains(&value) && value.fract() == 0.0 {
        Ok(())
    } else {
        Err(Problem::new(&crate::messages::COUNT_RANGE, vec![("got", number(value)), ("max", number(max))]))
    }
}

/// `RoundsQuery`.
pub static ROUNDS_QUERY: Shape = Shape {
    fields: &[
        field("after", Kind::Date, true),
        field("count", Kind::Number(round_count), false),
        field("lang", Kind::Code(Lang::CODES), false),
    ],
};

impl RoundsQuery {
    /// Reads a query from `source`, or every structural issue (in `lang`).
    pub fn read<S: Source>(source: &S, lang: Lang) -> Result<Self, Vec<Issue>> {
        read::read(source, &ROUNDS_QUERY, lang, |o| RoundsQuery {
            after: o.text("after").unwrap_or_default(),
            count: o.number("count"),
            lang: o.lang("lang"),
        })
    }

    /// Every leaf value's issue (the date, the count), by the field table.
    pub fn check_fields(&self, lang: Lang) -> Vec<Issue> {
        let mut issues = Vec::new();
        let mut c = Check::root(lang, &ROUNDS_QUERY, &mut issues);
        c.text("after", Some(&self.after));
        c.number("count", self.count);
        issues
    }
}

/// The rounds of a query as `YYYY-MM-DD` texts ([`next_rounds`]), or its
/// issues.
pub fn upcoming_rounds(query: &RoundsQuery) -> Result<Vec<String>, Lis1Error> {
    let issues = query.check_fields(query.lang.unwrap_or_default());
    let after = date::parse(&query.after).ok();
    match (after, issues.is_empty()) {
        (Some(after), true) => {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let count = query.count.map_or(1, |c| c as usize);
            Ok(next_rounds(after, count).into_iter().map(date::format).collect())
        }
        _ => Err(Lis1Error::new(ErrorKind::InvalidInput, issues)),
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

    fn day(text: &str) -> Date {
        date::parse(text).unwrap()
    }

    fn texts(dates: &[Date]) -> Vec<String> {
        dates.iter().copied().map(date::format).collect()
    }

    #[test]
    fn b_2_next_rounds_are_the_first_of_march_and_september_after_the_day() {
        // B-2 / S-10, by hand: after 6 December 2026 the next starts are 1 March 2027, 1 September 2027,
        // 1 March 2028, 1 September 2028.
        assert_eq!(texts(&next_rounds(day("2026-12-06"), 4)), ["2027-03-01", "2027-09-01", "2028-03-01", "2028-09-01"]);
        // In June the September round of the same year comes first.
        assert_eq!(texts(&next_rounds(day("2026-06-01"), 2)), ["2026-09-01", "2027-03-01"]);
        // On 1 January the March round of the same year.
        assert_eq!(texts(&next_rounds(day("2027-01-01"), 1)), ["2027-03-01"]);
        // Strictly after: on a round's own start day the next is the other one.
        assert_eq!(texts(&next_rounds(day("2026-03-01"), 1)), ["2026-09-01"]);
        assert_eq!(texts(&next_rounds(day("2026-09-01"), 1)), ["2027-03-01"]);
        // The day before a start gives that start; 2028-02-29 (leap day) gives 1 March 2028.
        assert_eq!(texts(&next_rounds(day("2026-08-31"), 1)), ["2026-09-01"]);
        assert_eq!(texts(&next_rounds(day("2028-02-29"), 1)), ["2028-03-01"]);
        assert!(next_rounds(day("2026-06-01"), 0).is_empty());
        // Every one is a round start.
        assert!(next_rounds(day("1999-04-04"), MAX_ROUNDS).into_iter().all(is_round_start));
    }

    #[test]
    fn next_rounds_stop_where_the_calendar_ends() {
        // 2200 is the last year read: after 2200-06-01 only 1 September 2200 is left; no endless loop.
        assert_eq!(texts(&next_rounds(day("2200-06-01"), 4)), ["2200-09-01"]);
        assert!(next_rounds(day("2200-12-31"), 4).is_empty());
    }

    #[test]
    fn a_rounds_query_reads_and_refuses_with_the_fields_name() {
        let query = |v: serde_json::Value| {
            RoundsQuery::read(&read::Json(Some(&v)), Lang::Nb)
                .map_err(|i| i.into_iter().map(|i| i.code).collect::<Vec<_>>())
        };
        let q = query(serde_json::json!({ "after": "2026-12-06", "count": 2 })).unwrap();
        assert_eq!(upcoming_rounds(&q).unwrap(), ["2027-03-01", "2027-09-01"]);
        // Default: one round.
        let q = query(serde_json::json!({ "after": "2026-12-06" })).unwrap();
        assert_eq!(upcoming_rounds(&q).unwrap(), ["2027-03-01"]);
        // Structural: the date is missing, an unknown key, a count that is no number.
        assert_eq!(query(serde_json::json!({})).unwrap_err(), ["input.missing"]);
        assert_eq!(
            query(serde_json::json!({ "after": "2026-12-06", "cuont": 2 })).unwrap_err(),
            ["input.unknown-field"]
        );
        assert_eq!(query(serde_json::json!({ "after": "2026-12-06", "count": "4" })).unwrap_err(), ["input.type"]);
        // Leaf checks, in the query's language, naming the field.
        let refused = |v: serde_json::Value| upcoming_rounds(&query(v).unwrap()).unwrap_err().issues;
        let issues = refused(serde_json::json!({ "after": "6.12.2026", "lang": "en" }));
        assert_eq!(issues.len(), 1);
        assert_eq!((issues[0].code, issues[0].path.as_str()), ("date.format", "/after"));
        assert!(issues[0].message.contains("after"), "{}", issues[0].message);
        let issues = refused(serde_json::json!({ "after": "2026-12-06", "count": 21 }));
        assert_eq!((issues[0].code, issues[0].path.as_str()), ("count.range", "/count"));
        // COUNT_RANGE in nb with max 20 and the value given.
        assert_eq!(issues[0].message, "«count» må være et heltall mellom 0 og 20, fikk 21.");
        assert_eq!(refused(serde_json::json!({ "after": "2026-12-06", "count": 1.5 }))[0].code, "count.range");
        assert_eq!(refused(serde_json::json!({ "after": "2026-02-30" }))[0].code, "date.impossible");
    }
}
