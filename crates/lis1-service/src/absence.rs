//! Absence per part (rules section 2 of docs/rules.md): regime, allowance, used days,
//! excess, days to make up, the covid overlay A-4 and the warnings.
//!
//! Decisions (project conventions, documented here):
//! - Days are in the unit of option `dayUnit` (A-O2, default working days
//!   per `lis1_core::calendar`, so Easter and other public holidays inside a
//!   date-range absence are not counted). A `days` absence is taken as given,
//!   in that unit.
//! - A date-range absence counts only its days inside counting periods of its
//!   part (absence in a postlege period is not LIS1 absence).
//! - allowance: 10 % of the part's **required** length (26 / 13
//!   working days, 36.5 / 18.25 calendar days), so a part in progress has the
//!   whole allowance and owes nothing early. A-3: 12 (hospital) / 6
//!   (municipal) days. With A-O3 either is reduced pro rata to the part's
//!   day-weighted position percentage.
//! - A-O1 (excess only / whole absence) applies to every regime.
//! - A-4 applies to covid-marked days from 2020-03-20 to the A-O4 end date
//!   (open by default), in any regime: they are not deducted, use none of the
//!   allowance and are never made up (R-2021 l. 3492). A `days` covid
//!   absence is inside the overlay if its part's counting service touches the
//!   overlay's dates. With A-O7 this holds only in a part whose læringsmål
//!   are approved; otherwise the covid days count as ordinary absence.

use lis1_core::sort::StableSort as _;
use std::collections::BTreeMap;

use lis1_core::{Lang, Part, Warning};
use time::Date;

use crate::history::{History, Span, When};
use crate::messages::{self as msg, part_title};
use crate::months::unit_days;
use crate::params::{a3_allowance, round2, ten_percent_allowance, A6_ROTATION_SHARE, A8_WARN_SHARE, EPS_DAYS};
use crate::regime;

/// Unrounded absence figures of one part.
#[derive(Debug, Clone, PartialEq)]
pub struct PartAbsence {
    /// Regime id.
    pub regime: &'static str,
    /// Allowance in days.
    pub allowance: f64,
    /// Days that count against the allowance.
    pub used: f64,
    /// Covid-related days spared by A-4.
    pub covid_spared: f64,
    /// `max(0, used − allowance)`.
    pub excess: f64,
    /// Days to make up after A-O1 and A-4.
    pub to_make_up: f64,
    /// Recorded days per kind (kinds present only).
    pub by_kind: BTreeMap<&'static str, f64>,
}

/// Days of `from..=to` inside any of `spans` and inside `window` (inclusive,
/// open end if `None`), in the day unit.
fn days_inside(from: Date, to: Date, spans: &[&Span], window: (Date, Option<Date>), workdays: bool) -> f64 {
    let mut total = 0.0;
    for span in spans {
        let start = from.max(span.start).max(window.0);
        let mut end = to.min(span.end);
        if let Some(w_end) = window.1 {
            end = end.min(w_end);
        }
        total += unit_days(start, end, workdays);
    }
    total
}

/// What must be made up of `used` days against `allowance` (A-O1).
fn make_up(used: f64, allowance: f64, excess_only: bool) -> f64 {
    let excess = used - allowance;
    if excess <= EPS_DAYS {
        0.0
    } else if excess_only {
        excess
    } else {
        used
    }
}

fn fmt_days(value: f64) -> String {
    lis1_core::input::number(round2(value))
}

/// Analyses the absences of `part`, pushing its warnings.
pub fn analyse(history: &History, part: Part, warnings: &mut Vec<Warning>) -> PartAbsence {
    let lang = history.lang;
    let o = history.options;
    let spans: Vec<&Span> = history.counting(part).collect();
    let start = spans.iter().map(|s| s.start).min();
    let end = spans.iter().map(|s| s.end).max();
    let regime = regime::select(start, end, o.regime);
    let everything = (Date::MIN, None);
    let overlay = regime::covid_overlay_start().map(|from| (from, o.covid_overlay_end));

    let mut by_kind: BTreeMap<&'static str, f64> = BTreeMap::new();
    let mut used = 0.0;
    let mut covid_used = 0.0;
    let mut covid_outside = 0.0;
    for leave in history.leaves.iter().filter(|l| l.part == part) {
        let (days, covid_days) = match leave.when {
            When::Range(from, to) => {
                let days = days_inside(from, to, &spans, everything, o.workdays);
                let covid = match (leave.covid, overlay) {
                    (true, Some(window)) => days_inside(from, to, &spans, window, o.workdays),
                    _ => 0.0,
                };
                (days, covid)
            }
            When::Days(days) => {
                let touches = match (overlay, start, end) {
                    (Some((w_from, w_to)), Some(s), Some(e)) => e >= w_from && w_to.is_none_or(|t| s <= t),
                    _ => false,
                };
                (days, if leave.covid && touches { days } else { 0.0 })
            }
        };
        *by_kind.entry(leave.kind).or_insert(0.0) += days;
        if regime::counts_as_absence(regime, leave.kind) {
            used += days;
            covid_used += covid_days;
            if leave.covid {
                covid_outside += days - covid_days;
            }
        }
    }

    // covid days inside the overlay are not deducted at all; with A-O7
    // only in a part whose læringsmål are approved.
    let spared = !o.covid_needs_learning_goals || history.goals_approved(part);
    let covid_spared = if spared { covid_used } else { 0.0 };
    let used = used - covid_spared;
    let allowance = allowance(history, part, regime, &spans);
    let excess = (used - allowance).max(0.0);
    let to_make_up = make_up(used, allowance, o.excess_only);

    let label = part_title(lang, part);
    if covid_used > EPS_DAYS {
        let def = if spared { &msg::COVID_SPARED } else { &msg::COVID_NEEDS_GOALS };
        warnings.push(Warning::new(lang, def, &[("part", label.clone()), ("days", fmt_days(covid_used))]));
    }
    if covid_outside > EPS_DAYS {
        warnings.push(Warning::new(
            lang,
            &msg::COVID_OUTSIDE_OVERLAY,
            &[("part", label.clone()), ("days", fmt_days(covid_outside))],
        ));
    }
    if excess > EPS_DAYS {
        let def = match regime {
            "A-1" => &msg::OVER_ALLOWANCE_A1,
            "A-2" => &msg::OVER_ALLOWANCE_A2,
            _ => &msg::OVER_ALLOWANCE_A3,
        };
        warnings.push(Warning::new(
            lang,
            def,
            &[
                ("part", label.clone()),
                ("used", fmt_days(used)),
                ("allowance", fmt_days(allowance)),
                ("makeUp", fmt_days(to_make_up)),
            ],
        ));
    } else if allowance > EPS_DAYS && used >= A8_WARN_SHARE * allowance - EPS_DAYS {
        warnings.push(Warning::new(
            lang,
            &msg::ALLOWANCE_NEARLY_USED,
            &[("part", label.clone()), ("used", fmt_days(used)), ("allowance", fmt_days(allowance))],
        ));
    }
    rotation_warnings(history, lang, &spans, regime, warnings);

    PartAbsence { regime, allowance, used, covid_spared, excess, to_make_up, by_kind }
}

/// 10 % of the part's required length; A-3: 12/6 days; either pro
/// rata with A-O3.
fn allowance(history: &History, part: Part, regime: &str, spans: &[&Span]) -> f64 {
    let o = history.options;
    let base =
        if regime::is_ten_percent(regime) { ten_percent_allowance(part, o.workdays) } else { a3_allowance(part) };
    if !o.prorate_allowance {
        return base;
    }
    let calendar: f64 = spans.iter().map(|s| unit_days(s.start, s.end, false)).sum();
    let fraction = if calendar > 0.0 {
        spans.iter().map(|s| unit_days(s.start, s.end, false) * s.fraction).sum::<f64>() / calendar
    } else {
        history.plan_fraction.unwrap_or(1.0)
    };
    base * fraction
}

/// absence per rotation above [`A6_ROTATION_SHARE`] of the rotation's
/// days is a risk to the læringsmål — warned, never deducted. Only
/// date-range absences can be placed in a rotation.
fn rotation_warnings(history: &History, lang: Lang, spans: &[&Span], regime: &str, warnings: &mut Vec<Warning>) {
    let workdays = history.options.workdays;
    // Grouped by one stable sort on the name (spans stay in date order within
    // a rotation): a scan of all spans per name was quadratic in the number
    // of rotations (scripts/perf.mjs).
    let mut named: Vec<(&str, &Span)> = spans.iter().filter_map(|s| Some((s.rotation.as_deref()?, *s))).collect();
    named.stable_sort_by(|a, b| a.0.cmp(b.0));
    for group in named.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(name, _)) = group.first() else { continue };
        let in_rotation: Vec<&Span> = group.iter().map(|&(_, s)| s).collect();
        let rotation_days: f64 = in_rotation.iter().map(|s| unit_days(s.start, s.end, workdays)).sum();
        let absent: f64 = history
            .leaves
            .iter()
            .filter(|l| in_rotation.first().is_some_and(|s| s.part == l.part))
            .filter(|l| regime::counts_as_absence(regime, l.kind))
            .map(|l| match l.when {
                When::Range(from, to) => days_inside(from, to, &in_rotation, (Date::MIN, None), workdays),
                When::Days(_) => 0.0,
            })
            .sum();
        if rotation_days > 0.0 && absent > A6_ROTATION_SHARE * rotation_days + EPS_DAYS {
            warnings.push(Warning::new(
                lang,
                &msg::ROTATION_HIGH,
                &[
                    ("rotation", lis1_core::input::echo(name)),
                    ("days", fmt_days(absent)),
                    ("rotationDays", fmt_days(rotation_days)),
                ],
            ));
        }
    }
}

/// Flags the unclear kinds (avspasering, strike) once each.
pub fn unclear_kind_warnings(history: &History, warnings: &mut Vec<Warning>) {
    let mut kinds: Vec<&str> = history.leaves.iter().map(|l| l.kind).filter(|k| regime::is_unclear(k)).collect();
    kinds.stable_sort();
    kinds.dedup();
    for kind in kinds {
        // The kind as the form labels it, never its API code (issue 22 item 8).
        let label = msg::kind_label(kind).map_or_else(|| kind.to_owned(), |def| def.render(history.lang, &[]));
        warnings.push(Warning::new(history.lang, &msg::UNCLEAR_KIND, &[("kind", label)]));
    }
}

/// A-O4 note: covid-marked absence while the overlay's end is open.
pub fn covid_open_end_warning(history: &History, warnings: &mut Vec<Warning>) {
    if history.options.covid_overlay_end.is_none() && history.leaves.iter().any(|l| l.covid) {
        warnings.push(Warning::new(history.lang, &msg::COVID_OPEN_END, &[]));
    }
}
