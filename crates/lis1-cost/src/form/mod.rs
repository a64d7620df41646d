//! The form for `estimateCost` (`CostInput` of lis1-cost).
//!
//! Choices and limits come from lis1-cost's own tables (`PARTS`,
//! `zones::ZONE_NAMES`, the kommune table of lis1-kommuner, `MAX_POSITIONS`, `MAX_COUNT`,
//! the price-year range) and lis1-core (`Part::required_months`, percent
//! limits); a test checks that every value of those tables has a label here.
//!
//! Out of scope for this form (the API takes them): `parameters` (overrides
//! of the dated parameter table, docs/rules.md section 5 — an expert's tool: the result
//! lists every parameter used with its source) and a row's `extraMonths` (make-up months after absence, from the service
//! calculation). Each row here is full LIS1 service, or the counted months
//! of a part that are offered (P-1).

pub mod texts;

use crate::input::{
    MAX_COUNT, MAX_INDEX_YEAR, MAX_POSITIONS, MAX_PRICE_INDEX_ENTRIES, MAX_PRICE_YEAR, MIN_INDEX_YEAR, MIN_PRICE_YEAR,
    PARTS,
};
use crate::zones::ZONE_NAMES;
use lis1_core::{Lang, MessageDef, Part};
use serde_json::json;

use lis1_core::form::texts as shared;
use lis1_core::form::{choices, field, percent, t, with_help, Control, Field, FormSpec, Preset, Repeat, Section};
use texts as m;

/// The label of a value of one of lis1-cost's enum tables.
fn choice_text(value: &str) -> Option<&'static MessageDef> {
    Some(match value {
        "both" => &m::CHOICE_BOTH,
        "hospital" => &shared::CHOICE_HOSPITAL,
        "municipal" => &shared::CHOICE_MUNICIPAL,
        "I" => &m::CHOICE_ZONE_I,
        "Ia" => &m::CHOICE_ZONE_IA,
        "II" => &m::CHOICE_ZONE_II,
        "III" => &m::CHOICE_ZONE_III,
        "IV" => &m::CHOICE_ZONE_IV,
        "IVa" => &m::CHOICE_ZONE_IVA,
        "V" => &m::CHOICE_ZONE_V,
        _ => return None,
    })
}

/// Counted months of a part to pay: 0..the part's length, default all (S-1).
fn months(lang: Lang, key: &'static str, label: &MessageDef, part: Part) -> Field {
    let all = f64::from(part.required_months());
    let control = Control::Number {
        min: 0.0,
        max: all,
        step: 0.01,
        unit: Some(t(lang, &shared::UNIT_MONTHS)),
        default: Some(all),
    };
    with_help(field(lang, key, label, control, false), lang, &m::FIELD_MONTHS_HELP)
}

fn positions(lang: Lang) -> Section {
    let count = Control::Number { min: 0.0, max: MAX_COUNT, step: 1.0, unit: None, default: None };
    // `both` is the calculation's default (S-1/S-2: 12 hospital months, then 6 municipal).
    let part = Control::Select { options: choices(lang, PARTS, choice_text), default: Some("both") };
    let zone = Control::Select { options: choices(lang, ZONE_NAMES, choice_text), default: None };
    Section {
        id: "positions",
        legend: t(lang, &m::POSITIONS_LEGEND),
        help: Some(t(lang, &m::POSITIONS_HELP)),
        path: "/positions",
        // At least one row: an empty list is an input error (cost.positions-empty).
        repeat: Some(Repeat::rows(lang, 1, MAX_POSITIONS, [&m::POSITION_ITEM, &m::POSITION_ADD, &m::POSITION_REMOVE])),
        fields: vec![
            field(lang, "count", &m::FIELD_COUNT, count, true),
            with_help(field(lang, "start", &m::FIELD_START, Control::Date, true), lang, &m::FIELD_START_HELP),
            field(lang, "part", &shared::FIELD_PART, part, false),
            percent(lang),
            with_help(
                field(lang, "kommune", &m::FIELD_KOMMUNE, lis1_kommuner::kommune_select(), false),
                lang,
                &m::FIELD_KOMMUNE_HELP,
            ),
            with_help(field(lang, "zone", &m::FIELD_ZONE, zone, false), lang, &m::FIELD_ZONE_HELP),
            months(lang, "hospitalMonths", &m::FIELD_HOSPITAL_MONTHS, Part::Hospital),
            months(lang, "municipalMonths", &m::FIELD_MUNICIPAL_MONTHS, Part::Municipal),
            field(lang, "over60", &m::FIELD_OVER60, Control::Checkbox { default: false }, false),
        ],
    }
}

fn price(lang: Lang) -> Section {
    let (min, max) = (f64::from(MIN_PRICE_YEAR), f64::from(MAX_PRICE_YEAR));
    let year = Control::Number { min, max, step: 1.0, unit: None, default: None };
    Section {
        id: "price",
        legend: t(lang, &m::PRICE_LEGEND),
        help: Some(t(lang, &m::PRICE_HELP)),
        path: "",
        repeat: None,
        fields: vec![field(lang, "priceYear", &m::FIELD_PRICE_YEAR, year, false)],
    }
}

/// `priceIndex` (C-20) as rows of a year and its index: with the price year
/// above, the amounts are stated in that year's kroner.
fn price_index(lang: Lang) -> Section {
    let (min, max) = (f64::from(MIN_INDEX_YEAR), f64::from(MAX_INDEX_YEAR));
    let year = Control::Number { min, max, step: 1.0, unit: None, default: None };
    let index = Control::Number { min: 0.0, max: 1.0e6, step: 0.1, unit: None, default: None };
    Section {
        id: "price-index",
        legend: t(lang, &m::PRICE_INDEX_LEGEND),
        help: Some(t(lang, &m::PRICE_INDEX_HELP)),
        path: "/priceIndex",
        repeat: Some(Repeat {
            keyed_by: Some("year"),
            ..Repeat::rows(
                lang,
                0,
                MAX_PRICE_INDEX_ENTRIES,
                [&m::PRICE_INDEX_ITEM, &m::PRICE_INDEX_ADD, &m::PRICE_INDEX_REMOVE],
            )
        }),
        fields: vec![
            field(lang, "year", &m::FIELD_INDEX_YEAR, year, true),
            field(lang, "index", &m::FIELD_INDEX_VALUE, index, true),
        ],
    }
}

fn options(lang: Lang) -> Section {
    Section {
        id: "options",
        legend: t(lang, &shared::OPTIONS_LEGEND),
        help: Some(t(lang, &shared::OPTIONS_HELP)),
        path: "/options",
        repeat: None,
        // Defaults of crate::CostOptions: C-7 above the fribeløp; C-9 office overhead off
        // (corrected 2026-12-06); C-10 63 500 including the raise (80 800 with the option).
        fields: vec![
            field(lang, "iaWithinExemption", &m::FIELD_IA_WITHIN, Control::Checkbox { default: false }, false),
            with_help(
                field(lang, "officeCapacity", &m::FIELD_OFFICE_CAPACITY, Control::Checkbox { default: false }, false),
                lang,
                &m::FIELD_OFFICE_CAPACITY_HELP,
            ),
            with_help(
                field(
                    lang,
                    "supervisionRaiseOnTop",
                    &m::FIELD_SUPERVISION_RAISE,
                    Control::Checkbox { default: false },
                    false,
                ),
                lang,
                &m::FIELD_SUPERVISION_RAISE_HELP,
            ),
        ],
    }
}

/// One full-time LIS1 from 2022-09-01 in 0301 Oslo, and the 31 bound
/// positions started 2022-09-01 (C-11, seed 004).
fn presets(lang: Lang) -> Vec<Preset> {
    vec![
        Preset {
            id: "one-oslo-2022",
            label: t(lang, &m::PRESET_ONE_OSLO),
            input: json!({ "positions": [{ "count": 1, "start": "2022-09-01", "kommune": "0301" }] }),
        },
        Preset {
            id: "bound-2022",
            label: t(lang, &m::PRESET_BOUND_2022),
            input: json!({ "positions": [{ "count": 31, "start": "2022-09-01" }] }),
        },
    ]
}

/// The cost form in `lang`.
pub fn form(lang: Lang) -> FormSpec {
    FormSpec {
        kind: "cost",
        title: t(lang, &m::TITLE),
        sections: vec![positions(lang), price(lang), price_index(lang), options(lang)],
        presets: presets(lang),
        submit_label: t(lang, &m::SUBMIT),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CostInput;
    use lis1_core::form::checks::{control, values};

    fn preset(id: &str) -> CostInput {
        lis1_core::form::checks::preset(&form(Lang::En), id)
    }

    #[test]
    fn every_value_of_the_cost_tables_has_a_label() {
        for table in [PARTS, ZONE_NAMES] {
            for value in table {
                assert!(choice_text(value).is_some(), "no label for {value}");
            }
        }
    }

    #[test]
    fn choices_are_the_cost_tables() {
        let positions = &form(Lang::Nb).sections[0];
        assert_eq!(values(&control(positions, "part")), PARTS);
        assert_eq!(values(&control(positions, "zone")), ZONE_NAMES);
        // C-7: the 357 kommuner of 2024; 0301 is Oslo.
        let kommuner = values(&control(positions, "kommune"));
        assert_eq!(kommuner.len(), 357);
        assert!(kommuner.iter().all(|n| crate::zones::kommune(n).is_some()));
        assert!(kommuner.contains(&"0301"));
    }

    #[test]
    fn every_field_key_is_a_key_of_cost_input() {
        // Serialising a fully filled CostInput gives every key the type has
        // (optional keys are skipped only when absent); the form must not
        // invent keys the calculation would reject.
        let full: CostInput = serde_json::from_value(json!({
            "positions": [{ "count": 2, "start": "2023-03-01", "part": "both", "percent": 80, "kommune": "5059",
                            "zone": "II", "hospitalMonths": 6, "municipalMonths": 6,
                            "extraMonths": { "hospital": 1, "municipal": 0 }, "over60": true }],
            "parameters": { "C-4.salary": 650000 },
            "priceYear": 2024,
            "priceIndex": { "2019": 100, "2024": 118 },
            "options": { "iaWithinExemption": true, "officeCapacity": true, "supervisionRaiseOnTop": true }
        }))
        .unwrap();
        let value = serde_json::to_value(full).unwrap();
        lis1_core::form::checks::field_keys_exist(&form(Lang::En), &value, "CostInput");
    }

    #[test]
    fn presets_are_valid_cost_inputs() {
        lis1_core::form::checks::presets_are_valid::<CostInput>(&form(Lang::Nb), crate::validate);
    }

    #[test]
    fn c_21_one_oslo_preset_is_18_months_in_zone_i_across_three_budget_years() {
        // Start 2022-09-01, full time: Sep–Dec 2022 = 4 months, 2023 = 12,
        // Jan–Feb 2024 = 2; 4 + 12 + 2 = 18 (S-1). Oslo (0301) is zone I (C-7).
        let result = crate::estimate_cost(&preset("one-oslo-2022")).unwrap();
        let years: Vec<(i32, f64)> = result.by_year.iter().map(|y| (y.year, y.position_months)).collect();
        assert_eq!(years, vec![(2022, 4.0), (2023, 12.0), (2024, 2.0)]);
        assert_eq!(result.rows[0].zone, "I");
        assert!(!result.rows[0].zone_assumed);
    }

    #[test]
    fn c_11_bound_preset_has_31_times_4_position_months_in_2022() {
        // 31 positions from 2022-09-01, September to December: 31 × 4 = 124.
        let result = crate::estimate_cost(&preset("bound-2022")).unwrap();
        let first = &result.by_year[0];
        assert_eq!((first.year, first.position_months), (2022, 124.0));
    }

    #[test]
    fn c_9_and_c_10_options_are_off_by_default_as_in_the_calculation() {
        // C-9 (office overhead) is opt-in and C-10's 63 500 includes the raise (both corrected
        // 2026-12-06): the form's checkboxes start unchecked, like crate::CostOptions' defaults.
        let options = &form(Lang::Nb).sections[3];
        for key in ["officeCapacity", "supervisionRaiseOnTop"] {
            assert!(matches!(control(options, key), Control::Checkbox { default: false }), "{key}");
        }
        assert!(!crate::CostOptions::office_capacity(None));
        assert!(!crate::CostOptions::supervision_raise_on_top(None));
    }

    #[test]
    fn limits_come_from_the_cost_crate() {
        let spec = form(Lang::Nb);
        let positions = &spec.sections[0];
        assert_eq!(positions.repeat.as_ref().map(|r| (r.min, r.max)), Some((1, MAX_POSITIONS)));
        assert!(
            matches!(control(positions, "count"), Control::Number { max, step, .. } if max == MAX_COUNT && step == 1.0)
        );
        // S-1: 12 hospital and 6 municipal months.
        assert!(
            matches!(control(positions, "hospitalMonths"), Control::Number { max, default: Some(d), .. } if max == 12.0 && d == 12.0)
        );
        assert!(
            matches!(control(positions, "municipalMonths"), Control::Number { max, default: Some(d), .. } if max == 6.0 && d == 6.0)
        );
        let year = control(&spec.sections[1], "priceYear");
        assert!(
            matches!(year, Control::Number { min, max, .. } if min == f64::from(MIN_PRICE_YEAR) && max == f64::from(MAX_PRICE_YEAR))
        );
        // The price-year limits are the ones validate applies.
        let with_year = |y: i32| CostInput { price_year: Some(y), ..preset("bound-2022") };
        assert!(crate::validate(&with_year(MIN_PRICE_YEAR)).is_empty());
        assert!(crate::validate(&with_year(MAX_PRICE_YEAR)).is_empty());
        assert!(!crate::validate(&with_year(MIN_PRICE_YEAR - 1)).is_empty());
        assert!(!crate::validate(&with_year(MAX_PRICE_YEAR + 1)).is_empty());
    }
}

#[cfg(test)]
mod field_at_tests {
    use lis1_core::Lang;

    #[test]
    fn the_label_an_issue_names_is_the_one_shown() {
        // The same text the renderer puts in <label>.
        let count = super::form(Lang::Nb);
        let field = count.field_at("/positions/0/count").unwrap();
        assert_eq!(field.label, count.sections[0].fields.iter().find(|f| f.key == "count").unwrap().label);
    }
}
