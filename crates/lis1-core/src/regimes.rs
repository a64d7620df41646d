//! The dated absence regimes A-1..A-4 (rules section 2 of docs/rules.md).
//!
//! One table holds their dates; the service engine selects a regime from it
//! and `ruleSets()` publishes it.

use time::{Date, Month};

use crate::date::ymd;
use crate::message::MessageDef;
use crate::messages as m;

/// A dated rule set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSet {
    /// Rule id (`A-1` ...).
    pub id: &'static str,
    /// First day the regime applies to (by the part's start date).
    pub from: Date,
    /// Last day, if the regime has ended or been replaced.
    pub to: Option<Date>,
    /// Summary text.
    pub summary: &'static MessageDef,
}

/// First day of del 1 under the new scheme; earlier service is old turnus.
pub const DEL1_START: Date = ymd(2017, Month::March, 1);

/// The absence regimes in date order. A-4 is an overlay on A-3 whose end is
/// open (option A-O4).
pub const ABSENCE_REGIMES: [RuleSet; 4] = [
    RuleSet { id: "A-1", from: DEL1_START, to: Some(ymd(2019, Month::February, 28)), summary: &m::REGIME_A1 },
    RuleSet {
        id: "A-2",
        from: ymd(2019, Month::March, 1),
        to: Some(ymd(2019, Month::June, 20)),
        summary: &m::REGIME_A2,
    },
    RuleSet { id: "A-3", from: ymd(2019, Month::June, 21), to: None, summary: &m::REGIME_A3 },
    RuleSet { id: "A-4", from: ymd(2020, Month::March, 20), to: None, summary: &m::REGIME_A4 },
];

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn regime_dates_are_those_of_rules_md() {
        let dates: Vec<_> = ABSENCE_REGIMES.iter().map(|r| (r.id, r.from, r.to)).collect();
        assert_eq!(
            dates,
            vec![
                ("A-1", date!(2017 - 03 - 01), Some(date!(2019 - 02 - 28))),
                ("A-2", date!(2019 - 03 - 01), Some(date!(2019 - 06 - 20))),
                ("A-3", date!(2019 - 06 - 21), None),
                ("A-4", date!(2020 - 03 - 20), None),
            ]
        );
    }

    #[test]
    fn a1_a2_a3_follow_each_other_without_gap() {
        for pair in ABSENCE_REGIMES.get(..3).unwrap_or_default().windows(2) {
            if let [a, b] = pair {
                assert_eq!(a.to.and_then(|d| d.next_day()), Some(b.from), "{} → {}", a.id, b.id);
            }
        }
    }
}
