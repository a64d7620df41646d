//! Input validation: pipeline stage 2 (the leaf checks of the field tables,
//! [`CostInput::check_fields`]) and stage 3 (cross-field checks here), every
//! problem with its JSON pointer.
//!
//! Stage 2: dates, percent (1..100, not NaN), part and zone names, counts
//! (whole numbers 0..100 000), months per part, list length.
//! Stage 3: no rows; start not on the 1st of a month (S-10) or before LIS1
//! began (2017-03-01, S-1); unknown kommunenummer; a kommune split between
//! zones without `zone`, or a `zone` the kommune does not have (C-7);
//! unknown parameter ids and override values out of range; `priceYear` and
//! `priceIndex` (C-20).

use lis1_core::sort::StableSort as _;

use lis1_core::number_text::{grouped, kroner};
use lis1_core::regimes::DEL1_START;
use lis1_core::{date, input, Issue, Lang, Part, Pointer};

use crate::input::{
    MAX_INDEX_YEAR, MAX_PARAMETER_OVERRIDES, MAX_PRICE_INDEX_ENTRIES, MAX_PRICE_YEAR, MIN_INDEX_YEAR, MIN_PRICE_YEAR,
};
use crate::messages as msg;
use crate::parameters::{self, ids, Unit, PARAMETERS};
use crate::zones::{self, Zone};
use crate::{timeline, CostInput, CostOptions, PositionInput};

/// Largest override of a money parameter.
const MAX_AMOUNT: f64 = 1e9;
/// Largest override of a plain number.
const MAX_NUMBER: f64 = 1e6;

/// Why a position has no zone.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ZoneProblem {
    /// Reported by stage 2 already (bad zone name).
    Reported,
    /// An issue to report.
    Issue(Issue),
}

/// The zone of a position: `Ok(None)` when neither `kommune` nor `zone` is
/// given (the calculation then assumes zone I and says so).
pub(crate) fn zone_of(pos: &PositionInput, at: &Pointer, lang: Lang) -> Result<Option<Zone>, ZoneProblem> {
    let given = match pos.zone.as_deref() {
        Some(name) => Some(Zone::parse(name).ok_or(ZoneProblem::Reported)?),
        None => None,
    };
    let Some(number) = pos.kommune.as_deref() else { return Ok(given) };
    let Some(k) = zones::kommune(number) else {
        return Err(ZoneProblem::Issue(Issue::new(
            lang,
            &msg::KOMMUNE_UNKNOWN,
            &at.key("kommune"),
            &[("value", input::echo(number))],
        )));
    };
    let params = |value: String| {
        vec![
            ("value", value),
            ("kommune", k.number.to_owned()),
            ("name", k.name.to_owned()),
            ("zones", k.zone_list()),
            ("note", k.parts_note.to_owned()),
        ]
    };
    match given {
        Some(z) if k.zones.contains(&z) => Ok(Some(z)),
        Some(z) => Err(ZoneProblem::Issue(Issue::new(
            lang,
            &msg::ZONE_MISMATCH,
            &at.key("zone"),
            &params(z.name().to_owned()),
        ))),
        None => match k.zones {
            [one] => Ok(Some(*one)),
            _ => {
                Err(ZoneProblem::Issue(Issue::new(lang, &msg::ZONE_REQUIRED, &at.key("zone"), &params(String::new()))))
            }
        },
    }
}

/// Stages 2 and 3: every input problem, sorted by path.
pub(crate) fn issues(input: &CostInput, lang: Lang) -> Vec<Issue> {
    let root = Pointer::root();
    let mut out = input.check_fields(lang);
    let rows = root.key("positions");
    if input.positions.is_empty() {
        out.push(Issue::new(lang, &msg::POSITIONS_EMPTY, &rows, &[]));
    }
    for (i, pos) in input.positions.iter().enumerate() {
        let at = rows.index(i);
        if let Ok(start) = date::parse(&pos.start) {
            if start.day() != 1 {
                out.push(Issue::new(lang, &msg::START_NOT_FIRST, &at.key("start"), &[("value", pos.start.clone())]));
            } else if start < DEL1_START {
                out.push(Issue::new(
                    lang,
                    &msg::START_BEFORE_LIS1,
                    &at.key("start"),
                    &[("value", pos.start.clone()), ("first", date::format(DEL1_START))],
                ));
            }
        }
        if let Err(ZoneProblem::Issue(issue)) = zone_of(pos, &at, lang) {
            out.push(issue);
        }
    }
    parameter_issues(input, &root, lang, &mut out);
    price_issues(input, &root, lang, &mut out);
    input::sort_by_path(&mut out);
    out
}

fn parameter_issues(input: &CostInput, root: &Pointer, lang: Lang, out: &mut Vec<Issue>) {
    let Some(overrides) = &input.parameters else { return };
    let at = root.key("parameters");
    for (id, value) in overrides {
        let here = at.key(id);
        let Some(p) = parameters::find(id) else {
            let allowed = PARAMETERS.iter().map(|p| p.id).collect::<Vec<_>>().join(", ");
            out.push(Issue::new(
                lang,
                &msg::PARAMETER_UNKNOWN,
                &here,
                &[("value", input::echo(id)), ("allowed", allowed)],
            ));
            continue;
        };
        let name = p.name(lang).to_owned();
        if !value.is_finite() {
            out.push(Issue::new(
                lang,
                &lis1_core::messages::NUMBER_NOT_FINITE,
                &here,
                &[("field", name), ("got", input::number(*value))],
            ));
            continue;
        }
        // The largest value in the parameter's unit, as people write it.
        let (max, max_text) = match p.unit {
            Unit::Percent => (100.0, format!("{}\u{a0}%", grouped(100.0, lang))),
            u if u.is_money() => (MAX_AMOUNT, kroner(MAX_AMOUNT, lang)),
            _ => (MAX_NUMBER, grouped(MAX_NUMBER, lang)),
        };
        if !(0.0..=max).contains(value) {
            out.push(Issue::new(
                lang,
                &msg::PARAMETER_RANGE,
                &here,
                &[("name", name), ("got", input::number(*value)), ("max", max_text)],
            ));
        }
    }
}

/// Price years the calculation will need from `priceIndex`: the money
/// parameters it reads without override.
fn needed_years(input: &CostInput) -> Vec<(i32, &'static str)> {
    let overridden = |id: &str| input.parameters.as_ref().is_some_and(|o| o.contains_key(id));
    let options = input.options.as_ref();
    let mut ids_needed: Vec<&'static str> = Vec::new();
    for pos in &input.positions {
        let Some(t) = timeline::of(pos) else { continue };
        if timeline::includes(pos, Part::Hospital) && t.hospital.months > 0.0 {
            ids_needed.extend([ids::SALARY, ids::HOSPITAL_REMAINDER]);
        }
        if timeline::includes(pos, Part::Municipal) && t.municipal.months > 0.0 {
            ids_needed.extend([ids::SALARY, ids::SUPERVISION]);
            // C-9 and the C-10 raise are read only with their options.
            if CostOptions::office_capacity(options) {
                ids_needed.push(ids::OVERHEAD);
            }
            if CostOptions::supervision_raise_on_top(options) {
                ids_needed.push(ids::SUPERVISION_RAISE);
            }
            if let Some(grant) = parameters::grant_for(&date::format(t.municipal.start)) {
                ids_needed.push(grant);
            }
        }
    }
    ids_needed.stable_sort();
    ids_needed.dedup();
    ids_needed
        .into_iter()
        .filter(|id| !overridden(id))
        .filter_map(|id| parameters::find(id).and_then(|p| p.price_year.map(|y| (y, p.id))))
        .collect()
}

fn price_issues(input: &CostInput, root: &Pointer, lang: Lang, out: &mut Vec<Issue>) {
    if let Some(year) = input.price_year {
        if !(MIN_PRICE_YEAR..=MAX_PRICE_YEAR).contains(&year) {
            out.push(Issue::new(lang, &msg::PRICE_YEAR_RANGE, &root.key("priceYear"), &[("got", year.to_string())]));
        }
    }
    let Some(index) = &input.price_index else { return };
    let at = root.key("priceIndex");
    let Some(target) = input.price_year else {
        out.push(Issue::new(lang, &msg::PRICE_INDEX_WITHOUT_YEAR, &at, &[]));
        return;
    };
    let mut bad = false;
    for (key, value) in index {
        let year_ok =
            key.len() == 4 && key.parse::<i32>().is_ok_and(|y| (MIN_INDEX_YEAR..=MAX_INDEX_YEAR).contains(&y));
        if !year_ok || !value.is_finite() || *value <= 0.0 {
            bad = true;
            out.push(Issue::new(
                lang,
                &msg::PRICE_INDEX_INVALID,
                &at.key(key),
                &[("value", input::echo(key)), ("got", input::number(*value))],
            ));
        }
    }
    // Over a limit only part of a map was read (`capped_entries`): an unread
    // entry may hold the year, or the override that makes it unneeded, so
    // "missing" cannot be judged (the limit's own issue is reported).
    let over_limit = index.len() > MAX_PRICE_INDEX_ENTRIES
        || input.parameters.as_ref().is_some_and(|p| p.len() > MAX_PARAMETER_OVERRIDES);
    if bad || over_limit {
        return;
    }
    // What needs each missing year, by name (the price year, parameters).
    let mut missing: Vec<(i32, Vec<&str>)> = Vec::new();
    let mut need = |year: i32, what: &'static str| {
        if !index.contains_key(&year.to_string()) {
            match missing.iter_mut().find(|(y, _)| *y == year) {
                Some((_, list)) => list.push(what),
                None => missing.push((year, vec![what])),
            }
        }
    };
    need(target, msg::NEEDED_PRICE_YEAR.template(lang));
    for (year, id) in needed_years(input) {
        need(year, parameters::find(id).map_or(id, |p| p.name(lang)));
    }
    missing.stable_sort_by_key(|(y, _)| *y);
    let complete = missing.is_empty();
    for (year, what) in missing {
        out.push(Issue::new(
            lang,
            &msg::PRICE_INDEX_MISSING_YEAR,
            &at,
            &[("year", year.to_string()), ("needed", what.join(", "))],
        ));
    }
    // A conversion factor far outside anything a price index gives (1e-300 against 1e300 overflowed the amounts
    // to `null` and the element to 18 446 744 073 709 551 615 kr): an issue at the rate year's row, never a number
    // that is not one.
    if complete {
        let to = index.get(&target.to_string()).copied().unwrap_or(1.0);
        let mut years: Vec<i32> = needed_years(input).into_iter().map(|(year, _)| year).collect();
        years.stable_sort();
        years.dedup();
        for year in years {
            let from = index.get(&year.to_string()).copied().unwrap_or(1.0);
            let factor = to / from;
            if !factor.is_finite() || !(1.0 / MAX_PRICE_FACTOR..=MAX_PRICE_FACTOR).contains(&factor) {
                out.push(Issue::new(
                    lang,
                    &msg::PRICE_INDEX_FACTOR,
                    &at.key(&year.to_string()),
                    &[("from", year.to_string()), ("to", target.to_string()), ("max", input::number(MAX_PRICE_FACTOR))],
                ));
            }
        }
    }
}

/// The largest factor a price index may convert an amount by, either way: far beyond a century of Norwegian
/// inflation (consumer prices rose about 30-fold 1924–2024), far below where amounts stop being numbers.
pub const MAX_PRICE_FACTOR: f64 = 1000.0;
