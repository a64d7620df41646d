//! Budget-year view (C-21): a position's 18 months (or more, part-time)
//! run across calendar years; each calendar month's cost goes to the year it
//! falls in. A position started 1 September has 4 months (September to
//! December) in its first budget year, 12 in the second and 2 in the third.
//! A part that starts mid-month (after make-up months) is split by its own
//! anniversary windows (the date conventions, docs/rules.md#date-conventions).

use lis1_core::sums::SumsBy;
use lis1_core::Part;
use serde::Serialize;

use crate::breakdown::Components;
use crate::payers::Payers;
use crate::timeline::Timeline;
use crate::{round_months, round_nok};

/// One budget year (the API's `byYear` row).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YearRow {
    /// Calendar (budget) year.
    pub year: i32,
    /// Cost to all payers in the year.
    pub amount: f64,
    /// Calendar months of service in the year, summed over positions.
    pub position_months: f64,
    /// Full-time-equivalent months (position months × percentage).
    pub fte_months: f64,
    /// `amount` split by payer.
    pub by_payer: Payers,
}

/// Running sums per year.
#[derive(Debug, Default)]
pub(crate) struct Years {
    rows: SumsBy<i32, (f64, f64, f64, Payers)>,
}

impl Years {
    /// Adds `count` positions with timeline `t` and per-calendar-month
    /// components `hospital` and `municipal`. Each part's months in a year
    /// are counted from the part's own start ([`crate::timeline::Span::months_in_year`]).
    pub(crate) fn add(&mut self, t: &Timeline, hospital: &Components, municipal: &Components, count: f64) {
        let Some(last) = t.end() else { return };
        for year in t.start.year()..=last.year() {
            let oh = t.hospital.months_in_year(year);
            let om = t.municipal.months_in_year(year);
            if oh + om <= 0.0 {
                continue;
            }
            self.rows.add(year, |entry| {
                entry.0 += (hospital.gross() * oh + municipal.gross() * om) * count;
                entry.1 += (oh + om) * count;
                entry.2 += (oh + om) * t.fraction * count;
                entry.3.add(&hospital.payers(Part::Hospital).scaled(oh * count));
                entry.3.add(&municipal.payers(Part::Municipal).scaled(om * count));
            });
        }
    }

    /// The years in order, rounded for output.
    pub(crate) fn rows(&self) -> Vec<YearRow> {
        self.rows
            .sorted()
            .into_iter()
            .map(|(year, (amount, months, fte, payers))| YearRow {
                year,
                amount: round_nok(*amount),
                position_months: round_months(*months),
                fte_months: round_months(*fte),
                by_payer: payers.rounded(),
            })
            .collect()
    }
}
