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
use crate::timeline::{Span, Timeline};
use crate::{round_months, round_nok};

/// One budget year (the API's `byYear` row).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YearRow {
    /// Calendar (budget) year.
    pub year: i32,
    /// Cost to all payers in the year (whole kroner; the years add up to the
    /// result's `total`).
    pub amount: f64,
    /// Calendar months of service in the year, summed over positions.
    pub position_months: f64,
    /// Full-time-equivalent months (position months × percentage).
    pub fte_months: f64,
    /// `amount` split by payer (adds up to `amount`).
    pub by_payer: Payers,
}

/// Running sums per year: amount, position months, FTE months, payers.
#[derive(Debug, Default)]
pub(crate) struct Years {
    rows: SumsBy<i32, (f64, f64, f64, Payers)>,
}

/// Calendar months of a part per budget year (years with none left out).
fn months_by_year(span: &Span) -> Vec<(i32, f64)> {
    let Some(last) = span.end() else { return Vec::new() };
    (span.start.year()..=last.year()).map(|y| (y, span.months_in_year(y))).filter(|(_, m)| *m > 0.0).collect()
}

/// Spreads a whole-kroner `total` over the years in proportion to `months`
/// so that the years' whole kroner add up to `total` exactly: each year gets
/// `round(total × months up to its end / all months)` less what the years
/// before got, and the last year the rest.
fn spread(total: f64, months: &[(i32, f64)]) -> Vec<f64> {
    let all: f64 = months.iter().map(|(_, m)| m).sum();
    let (mut upto, mut before) = (0.0, 0.0);
    months
        .iter()
        .enumerate()
        .map(|(i, (_, m))| {
            upto += m;
            let cumulative = if i + 1 == months.len() || all <= 0.0 { total } else { round_nok(total * upto / all) };
            let share = cumulative - before;
            before = cumulative;
            share
        })
        .collect()
}

impl Years {
    /// Adds `count` positions with timeline `t`, whose hospital and municipal
    /// parts cost `hospital` and `municipal` per position (whole kroner per
    /// component, [`Components::rounded`]). Each part's cost is spread over
    /// the budget years by its calendar months in each
    /// ([`crate::timeline::Span::months_in_year`], counted from the part's own
    /// start) in whole kroner, so a part's years add up to the part, and
    /// the grant likewise, so each year's payers add up to its amount.
    pub(crate) fn add(&mut self, t: &Timeline, hospital: &Components, municipal: &Components, count: f64) {
        for (span, c, part) in [(&t.hospital, hospital, Part::Hospital), (&t.municipal, municipal, Part::Municipal)] {
            let months = months_by_year(span);
            let amounts = spread(c.gross(), &months);
            let grants = spread(c.grant, &months);
            for (((year, m), amount), grant) in months.iter().zip(amounts).zip(grants) {
                self.rows.add(*year, |entry| {
                    entry.0 += amount * count;
                    entry.1 += m * count;
                    entry.2 += m * t.fraction * count;
                    let payers = match part {
                        Part::Hospital => Payers::hospital(amount),
                        Part::Municipal => Payers::municipal(amount, grant),
                    };
                    entry.3.add(&payers.scaled(count));
                });
            }
        }
    }

    /// The years in order, rounded for output (the amounts are whole kroner
    /// already).
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

#[cfg(test)]
mod tests {
    use super::spread;

    #[test]
    fn a_spread_adds_up_to_the_whole_kroner_it_spreads() {
        // 1 534 880 over 4 + 8 months: round(1 534 880 × 4/12 = 511 626.67) = 511 627, the rest 1 023 253.
        assert_eq!(spread(1_534_880.0, &[(2022, 4.0), (2023, 8.0)]), vec![511_627.0, 1_023_253.0]);
        // 100 over three equal years: 33, 67 − 33 = 34, 100 − 67 = 33.
        assert_eq!(spread(100.0, &[(1, 1.0), (2, 1.0), (3, 1.0)]), vec![33.0, 34.0, 33.0]);
        assert_eq!(spread(0.0, &[(2024, 6.0)]), vec![0.0]);
        assert!(spread(5.0, &[]).is_empty());
    }
}
