//! When a position's parts run, in calendar months from its start (S-1, S-2,
//! S-4, S-10).
//!
//! A position is a line of calendar months starting at `start` (always the
//! 1st of a month). The hospital part runs first, `counted / percent` calendar
//! months plus make-up months; the municipal part follows at once (a coupled
//! position, S-10). At 80 % the 12 hospital months take 12 / 0.8 = 15
//! calendar months (S-4), each paid at 80 %. Offsets are real numbers: a
//! fractional month is that share of the calendar month.

use lis1_core::date;
use time::Date;

/// One part's place on the position's line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Span {
    /// Offset of the first day, in months from the position start.
    pub from: f64,
    /// Calendar months the part lasts (paid months, at the percentage).
    pub months: f64,
    /// Counted (full-time-equivalent) months of training the part pays for.
    pub counted: f64,
}

impl Span {
    /// End offset (exclusive).
    pub fn to(&self) -> f64 {
        self.from + self.months
    }

    /// Calendar months of this span inside `[a, b)`.
    pub fn overlap(&self, a: f64, b: f64) -> f64 {
        (self.to().min(b) - self.from.max(a)).max(0.0)
    }
}

/// A position's hospital and municipal spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Timeline {
    /// First day of the position.
    pub start: Date,
    /// Position percentage as a fraction (0.8).
    pub fraction: f64,
    /// Hospital part (months 0 when not included).
    pub hospital: Span,
    /// Municipal part (months 0 when not included).
    pub municipal: Span,
}

/// Removes floating noise such as 12 / 0.8 = 14.999999999999998.
fn clean(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

impl Timeline {
    /// Lays out a position. `hospital` / `municipal` are the counted months
    /// to serve (0 when the part is not included), `extra_*` the make-up
    /// calendar months.
    pub fn new(
        start: Date,
        percent: f64,
        hospital: f64,
        municipal: f64,
        extra_hospital: f64,
        extra_municipal: f64,
    ) -> Self {
        let fraction = percent / 100.0;
        let cal = |counted: f64, extra: f64| {
            if counted > 0.0 || extra > 0.0 {
                clean(counted / fraction + extra)
            } else {
                0.0
            }
        };
        let h = Span { from: 0.0, months: cal(hospital, extra_hospital), counted: hospital };
        let m = Span { from: h.months, months: cal(municipal, extra_municipal), counted: municipal };
        Timeline { start, fraction, hospital: h, municipal: m }
    }

    /// Total calendar months of the position.
    pub fn months(&self) -> f64 {
        self.municipal.to()
    }

    /// The calendar date at `offset` months from the start: whole months by
    /// calendar, a fractional month as that share of the month's days.
    pub fn date_at(&self, offset: f64) -> Date {
        let whole = offset.floor();
        #[allow(clippy::cast_possible_truncation)]
        let base = date::add_months(self.start, whole as i32);
        let days = f64::from(base.month().length(base.year()));
        #[allow(clippy::cast_possible_truncation)]
        let extra = ((offset - whole) * days).round() as i64;
        base.checked_add(time::Duration::days(extra)).unwrap_or(base)
    }

    /// First and last day (inclusive) of a span, if it has any length.
    pub fn dates(&self, span: &Span) -> Option<(Date, Date)> {
        if span.months <= 0.0 {
            return None;
        }
        let first = self.date_at(span.from);
        let after = self.date_at(span.to());
        Some((first, after.previous_day().unwrap_or(after)))
    }
}

/// Which parts a position row includes (`part`, default `both`).
pub(crate) fn includes(pos: &crate::PositionInput, part: lis1_core::Part) -> bool {
    match (pos.part.as_deref().unwrap_or("both"), part) {
        ("both", _) => true,
        (name, p) => name == p.code(),
    }
}

/// The timeline of a position row whose start date parses.
pub(crate) fn of(pos: &crate::PositionInput) -> Option<Timeline> {
    use lis1_core::Part;
    let start = date::parse(&pos.start).ok()?;
    let extra = pos.extra_months.as_ref();
    let (h, eh) = if includes(pos, Part::Hospital) {
        (
            pos.hospital_months.unwrap_or_else(|| f64::from(Part::Hospital.required_months())),
            extra.and_then(|e| e.hospital).unwrap_or(0.0),
        )
    } else {
        (0.0, 0.0)
    };
    let (m, em) = if includes(pos, Part::Municipal) {
        (
            pos.municipal_months.unwrap_or_else(|| f64::from(Part::Municipal.required_months())),
            extra.and_then(|e| e.municipal).unwrap_or(0.0),
        )
    } else {
        (0.0, 0.0)
    };
    Some(Timeline::new(start, pos.percent.unwrap_or(100.0), h, m, eh, em))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        date::parse(s).unwrap()
    }

    #[test]
    fn s_1_full_time_coupled_position_runs_12_then_6_months() {
        // RULES.md §6 example 1: hospital 2022-09-01..2023-08-31, municipal 2023-09-01..2024-02-29.
        let t = Timeline::new(d("2022-09-01"), 100.0, 12.0, 6.0, 0.0, 0.0);
        assert_eq!(t.dates(&t.hospital), Some((d("2022-09-01"), d("2023-08-31"))));
        assert_eq!(t.dates(&t.municipal), Some((d("2023-09-01"), d("2024-02-29"))));
    }

    #[test]
    fn s_4_eighty_percent_hospital_part_takes_15_calendar_months() {
        // RULES.md §6 example 4: 12 / 0.8 = 15 months from 2023-09-01 → ends 2024-11-30.
        let t = Timeline::new(d("2023-09-01"), 80.0, 12.0, 0.0, 0.0, 0.0);
        assert_eq!(t.hospital.months, 15.0);
        assert_eq!(t.dates(&t.hospital), Some((d("2023-09-01"), d("2024-11-30"))));
        assert_eq!(t.dates(&t.municipal), None);
    }

    #[test]
    fn fractional_months_end_inside_a_month() {
        // 6 / 0.8 = 7.5 months from 2024-03-01: 7 months to 2024-10-01, then 0.5 × 31 = 15.5 → 16 days.
        let t = Timeline::new(d("2024-03-01"), 80.0, 0.0, 6.0, 0.0, 0.0);
        assert_eq!(t.municipal.months, 7.5);
        assert_eq!(t.dates(&t.municipal), Some((d("2024-03-01"), d("2024-10-16"))));
    }
}
