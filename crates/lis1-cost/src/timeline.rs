//! When a position's parts run (S-1, S-2, S-4, S-10), on the project's one
//! date convention: month-equivalents counted by anniversary (the date
//! conventions, docs/rules.md#date-conventions, [`lis1_core::months`]).
//!
//! A position starts on the 1st of a month (S-10, validated). The hospital
//! part runs first for `counted / percent + extra` calendar months (S-4: at
//! 80 % the 12 hospital months take 12 / 0.8 = 15, each paid at 80 %); the
//! municipal part starts the day after the hospital part ends (a coupled
//! position, S-10) and runs its own `counted / percent + extra` calendar
//! months. These calendar months are what is paid.
//!
//! Each part is laid out from its **own** first day, never from the
//! position's: `n` whole months end the day before `start + n` months
//! (clamped, always counted from the part's start), a fractional rest takes
//! `ceil(rest × days of the next month-window)` further days
//! ([`months::end_after`]). So a municipal part that starts on 2025-09-04
//! after make-up days ends 6 months later on 2026-03-03, not on a date read
//! off the position's calendar months. A part's months in a budget year
//! (C-21) are read off the same line: the month-equivalents from the part's
//! first day to 31 December ([`months::month_equivalents`] at 100 %, as the
//! paid calendar months are already scaled by the percentage), capped at the
//! part's months, so a part's years always sum to its months.

use lis1_core::date;
use lis1_core::months::{self, EPS_MONTHS};
use time::{Date, Month};

/// One part's place in time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Span {
    /// First day of the part (for a part with no months: where it would start).
    pub start: Date,
    /// Calendar months the part lasts (paid months, at the percentage).
    pub months: f64,
    /// Counted (full-time-equivalent) months of training the part pays for.
    pub counted: f64,
}

impl Span {
    /// Last day of the part (inclusive); `None` when it has no length.
    pub fn end(&self) -> Option<Date> {
        if self.months <= EPS_MONTHS {
            return None;
        }
        months::end_after(self.start, self.months)
    }

    /// Calendar months of this part served before `day`, `0 ..= months`.
    pub fn months_before(&self, day: Date) -> f64 {
        if self.months <= EPS_MONTHS {
            return 0.0;
        }
        day.previous_day().map_or(0.0, |last| months::month_equivalents(self.start, last, 1.0).min(self.months))
    }

    /// Calendar months of this part in calendar (budget) year `year`.
    pub fn months_in_year(&self, year: i32) -> f64 {
        let new_year = |y: i32| Date::from_calendar_date(y, Month::January, 1).ok();
        match (new_year(year), new_year(year + 1)) {
            (Some(from), Some(to)) => (self.months_before(to) - self.months_before(from)).max(0.0),
            _ => 0.0,
        }
    }
}

/// A position's hospital and municipal parts.
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
        let h = Span { start, months: cal(hospital, extra_hospital), counted: hospital };
        // S-10: the municipal part follows the day after the hospital part.
        let municipal_start = h.end().and_then(Date::next_day).unwrap_or(start);
        let m = Span { start: municipal_start, months: cal(municipal, extra_municipal), counted: municipal };
        Timeline { start, fraction, hospital: h, municipal: m }
    }

    /// Last day of the position (the last part's end); `None` without months.
    pub fn end(&self) -> Option<Date> {
        self.municipal.end().or_else(|| self.hospital.end())
    }

    /// First and last day (inclusive) of a part, if it has any length.
    pub fn dates(span: &Span) -> Option<(Date, Date)> {
        span.end().map(|last| (span.start, last))
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

    fn dates(span: &Span) -> Option<(Date, Date)> {
        Timeline::dates(span)
    }

    #[test]
    fn s_1_full_time_coupled_position_runs_12_then_6_months() {
        // Worked example 1 (docs/rules.md#example-1): hospital 2022-09-01..2023-08-31, municipal 2023-09-01..2024-02-29.
        let t = Timeline::new(d("2022-09-01"), 100.0, 12.0, 6.0, 0.0, 0.0);
        assert_eq!(dates(&t.hospital), Some((d("2022-09-01"), d("2023-08-31"))));
        assert_eq!(dates(&t.municipal), Some((d("2023-09-01"), d("2024-02-29"))));
        // 12 months from 2027-09-01 end the day before 2028-09-01.
        let t = Timeline::new(d("2027-09-01"), 100.0, 12.0, 0.0, 0.0, 0.0);
        assert_eq!(dates(&t.hospital), Some((d("2027-09-01"), d("2028-08-31"))));
    }

    #[test]
    fn a_part_from_mid_month_ends_on_its_anniversary() {
        // Month 12 from 2023-02-15 ends the day before 2024-02-15: 2024-02-14
        // (the corrected convention counts 2023-02-15..2024-02-14 as 12.0).
        let t = Timeline::new(d("2023-02-15"), 100.0, 12.0, 0.0, 0.0, 0.0);
        assert_eq!(dates(&t.hospital), Some((d("2023-02-15"), d("2024-02-14"))));
    }

    #[test]
    fn the_municipal_part_counts_from_its_own_start() {
        // Hospital 12 + 0.1 make-up months from 2024-09-01: 12 whole months
        // end 2025-08-31; the rest 0.1 of the next window (September 2025,
        // 30 days) is 3 days → ends 2025-09-03. The municipal part starts
        // 2025-09-04; its 6 months end the day before 2026-03-04: 2026-03-03.
        let t = Timeline::new(d("2024-09-01"), 100.0, 12.0, 6.0, 0.1, 0.0);
        assert_eq!(dates(&t.hospital), Some((d("2024-09-01"), d("2025-09-03"))));
        assert_eq!(dates(&t.municipal), Some((d("2025-09-04"), d("2026-03-03"))));
        // Hospital 12 + 0.5 from 2023-09-01: 12 months to 2024-08-31, then
        // 0.5 × 30 (September 2024) = 15 days → 2024-09-15. Municipal from
        // 2024-09-16: 6 months end the day before 2025-03-16 = 2025-03-15.
        // (The rounded calendar-month projection gave 2025-03-16: offset 18.5
        // from 2023-09-01 = 1 March 2025 + round(0.5 × 31) = 16 days.)
        let t = Timeline::new(d("2023-09-01"), 100.0, 12.0, 6.0, 0.5, 0.0);
        assert_eq!(dates(&t.hospital), Some((d("2023-09-01"), d("2024-09-15"))));
        assert_eq!(dates(&t.municipal), Some((d("2024-09-16"), d("2025-03-15"))));
    }

    #[test]
    fn a_fractional_rest_takes_the_first_sufficient_day() {
        // 12.1 months from 2023-10-01: 12 months to 2024-09-30, then 0.1 of
        // October 2024 (31 days) = 3.1 days → 4 days (3 would count only
        // 12 + 3/31 = 12.097 months) → ends 2024-10-04. The rounded
        // projection gave 2024-10-03.
        let t = Timeline::new(d("2023-10-01"), 100.0, 12.0, 0.0, 0.1, 0.0);
        assert_eq!(dates(&t.hospital), Some((d("2023-10-01"), d("2024-10-04"))));
    }

    #[test]
    fn s_4_eighty_percent_hospital_part_takes_15_calendar_months() {
        // Worked example 4 (docs/rules.md#example-4): 12 / 0.8 = 15 months from 2023-09-01 → ends 2024-11-30.
        let t = Timeline::new(d("2023-09-01"), 80.0, 12.0, 0.0, 0.0, 0.0);
        assert_eq!(t.hospital.months, 15.0);
        assert_eq!(dates(&t.hospital), Some((d("2023-09-01"), d("2024-11-30"))));
        assert_eq!(dates(&t.municipal), None);
    }

    #[test]
    fn fractional_months_end_inside_a_month() {
        // 6 / 0.8 = 7.5 months from 2024-03-01: 7 months to 2024-09-30, then 0.5 × 31 (October) = 15.5 → 16 days.
        let t = Timeline::new(d("2024-03-01"), 80.0, 0.0, 6.0, 0.0, 0.0);
        assert_eq!(t.municipal.months, 7.5);
        assert_eq!(dates(&t.municipal), Some((d("2024-03-01"), d("2024-10-16"))));
    }

    #[test]
    fn c_21_budget_years_follow_each_part_from_its_own_start() {
        // Rule C-21: from 2022-09-01, hospital Sep–Dec 2022 = 4 months,
        // Jan–Aug 2023 = 8; municipal Sep–Dec 2023 = 4, Jan–Feb 2024 = 2.
        let t = Timeline::new(d("2022-09-01"), 100.0, 12.0, 6.0, 0.0, 0.0);
        let years = |s: &Span| [2022, 2023, 2024].map(|y| s.months_in_year(y));
        assert_eq!(years(&t.hospital), [4.0, 8.0, 0.0]);
        assert_eq!(years(&t.municipal), [0.0, 4.0, 2.0]);
        // Municipal part 2024-09-16..2025-03-15 (see above): before 2025 it
        // serves 3 whole months (16 Sep–15 Dec) and 16 of the 31 days of the
        // window 16 Dec–15 Jan: 3 + 16/31; 2025 has the rest, 6 − 3 − 16/31.
        // (Counted on the position's calendar months it was 3.5 and 2.5.)
        let t = Timeline::new(d("2023-09-01"), 100.0, 12.0, 6.0, 0.5, 0.0);
        assert_eq!(t.municipal.months_in_year(2024), 3.0 + 16.0 / 31.0);
        assert!((t.municipal.months_in_year(2025) - (3.0 - 16.0 / 31.0)).abs() < 1e-12);
        // Hospital 12.5 months: 4 in 2023 (Sep–Dec), the rest 8.5 in 2024.
        assert_eq!(t.hospital.months_in_year(2023), 4.0);
        assert_eq!(t.hospital.months_in_year(2024), 8.5);
    }
}
