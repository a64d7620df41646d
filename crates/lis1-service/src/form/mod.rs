//! The form for `remainingService` / `checkAbsence` (`ServiceInput`).
//!
//! Choices and limits come from lis1-service's own tables; a test checks
//! that every value of those tables has a label here.

pub mod texts;

use lis1_core::form::texts as shared;
use lis1_core::form::{choices, field, percent, t, with_help, Control, FormSpec, Preset, Repeat, Section};
use lis1_core::{Lang, MessageDef};
use serde_json::json;

use crate::model::{ABSENCE_KINDS, DAY_UNITS, PARTS, POSITIONS};
use crate::params::{MAX_ABSENCES, MAX_ABSENCE_DAYS, MAX_PERIODS, MAX_ROTATION_CHARS};
use texts as m;

/// The label of a value of one of lis1-service's enum tables: the absence
/// kinds and position types from lis1-service itself, the rest here.
fn choice_text(value: &str) -> Option<&'static MessageDef> {
    use crate::messages::{kind_label, position_label};
    if let Some(label) = kind_label(value).or_else(|| position_label(value)) {
        return Some(label);
    }
    Some(match value {
        "hospital" => &shared::CHOICE_HOSPITAL,
        "municipal" => &shared::CHOICE_MUNICIPAL,
        "workdays" => &m::UNIT_WORKDAYS,
        "calendar-days" => &m::UNIT_CALENDAR,
        _ => return None,
    })
}

fn select(lang: Lang, values: &'static [&'static str], default: Option<&'static str>) -> Control {
    Control::Select { options: choices(lang, values, choice_text), default }
}

fn periods(lang: Lang) -> Section {
    Section {
        id: "periods",
        legend: t(lang, &m::PERIODS_LEGEND),
        help: Some(t(lang, &m::PERIODS_HELP)),
        path: "/periods",
        repeat: Some(Repeat::rows(lang, 0, MAX_PERIODS, [&m::PERIOD_ITEM, &m::PERIOD_ADD, &m::PERIOD_REMOVE])),
        fields: vec![
            field(lang, "part", &shared::FIELD_PART, select(lang, PARTS, None), true),
            field(lang, "start", &m::FIELD_START, Control::Date, true),
            field(lang, "end", &m::FIELD_END, Control::Date, true),
            percent(lang),
            field(lang, "position", &m::FIELD_POSITION, select(lang, POSITIONS, Some("coupled")), false),
            field(lang, "rotation", &m::FIELD_ROTATION, Control::Text { max_length: MAX_ROTATION_CHARS }, false),
        ],
    }
}

fn absences(lang: Lang) -> Section {
    let days = Control::Number {
        min: 0.0,
        max: MAX_ABSENCE_DAYS,
        step: 0.5,
        unit: Some(t(lang, &shared::UNIT_DAYS)),
        default: None,
    };
    Section {
        id: "absences",
        legend: t(lang, &m::ABSENCES_LEGEND),
        help: Some(t(lang, &m::ABSENCES_HELP)),
        path: "/absences",
        repeat: Some(Repeat::rows(lang, 0, MAX_ABSENCES, [&m::ABSENCE_ITEM, &m::ABSENCE_ADD, &m::ABSENCE_REMOVE])),
        fields: vec![
            field(lang, "part", &shared::FIELD_PART, select(lang, PARTS, None), true),
            field(lang, "kind", &m::FIELD_KIND, select(lang, ABSENCE_KINDS, None), true),
            field(lang, "start", &m::FIELD_ABSENCE_START, Control::Date, false),
            field(lang, "end", &m::FIELD_ABSENCE_END, Control::Date, false),
            with_help(field(lang, "days", &m::FIELD_DAYS, days, false), lang, &m::FIELD_DAYS_HELP),
            field(lang, "covid", &m::FIELD_COVID, Control::Checkbox { default: false }, false),
        ],
    }
}

fn goals(lang: Lang) -> Section {
    Section {
        id: "learning-goals",
        legend: t(lang, &m::GOALS_LEGEND),
        help: Some(t(lang, &m::GOALS_HELP)),
        path: "/learningGoalsApproved",
        repeat: None,
        fields: vec![
            field(lang, "hospital", &m::FIELD_GOALS_HOSPITAL, Control::Checkbox { default: false }, false),
            field(lang, "municipal", &m::FIELD_GOALS_MUNICIPAL, Control::Checkbox { default: false }, false),
        ],
    }
}

fn plan(lang: Lang) -> Section {
    Section {
        id: "plan",
        legend: t(lang, &m::PLAN_LEGEND),
        help: Some(t(lang, &m::PLAN_HELP)),
        path: "/plan",
        repeat: None,
        fields: vec![field(lang, "nextStart", &m::FIELD_NEXT_START, Control::Date, false), percent(lang)],
    }
}

fn options(lang: Lang) -> Section {
    let check = |key, label, default| field(lang, key, label, Control::Checkbox { default }, false);
    Section {
        id: "options",
        legend: t(lang, &shared::OPTIONS_LEGEND),
        help: Some(t(lang, &shared::OPTIONS_HELP)),
        path: "/options",
        repeat: None,
        fields: vec![
            // Documented defaults: A-O1 excess only, A-O2 working days, A-O3 not
            // reduced, A-O4 none, P-1 off, A-O5 A-3, A-O6 A-1, A-O7 no condition.
            check("excessOnly", &m::FIELD_EXCESS_ONLY, true),
            field(lang, "dayUnit", &m::FIELD_DAY_UNIT, select(lang, DAY_UNITS, Some("workdays")), false),
            check("prorateAllowance", &m::FIELD_PRORATE, false),
            field(lang, "covidOverlayEnd", &m::FIELD_COVID_END, Control::Date, false),
            check("offerOnlyMissing", &m::FIELD_OFFER_ONLY_MISSING, false),
            check("regimeAtPartStart", &m::FIELD_REGIME_AT_START, false),
            check("a3ForPartsBefore2019", &m::FIELD_A3_FOR_OLD_PARTS, false),
            check("covidNeedsLearningGoals", &m::FIELD_COVID_NEEDS_GOALS, false),
        ],
    }
}

/// Worked examples 1, 2 and 4 (docs/rules.md#worked-examples).
fn presets(lang: Lang) -> Vec<Preset> {
    vec![
        Preset {
            id: "example-1",
            label: t(lang, &m::PRESET_EXAMPLE_1),
            input: json!({ "periods": [
                { "part": "hospital", "start": "2022-09-01", "end": "2023-08-31" },
                { "part": "municipal", "start": "2023-09-01", "end": "2024-02-29" } ] }),
        },
        Preset {
            id: "example-2",
            label: t(lang, &m::PRESET_EXAMPLE_2),
            input: json!({ "periods": [{ "part": "hospital", "start": "2023-03-01", "end": "2024-02-29" }],
                "absences": [{ "part": "hospital", "kind": "sick", "days": 20 }] }),
        },
        Preset {
            id: "example-4",
            label: t(lang, &m::PRESET_EXAMPLE_4),
            input: json!({ "periods": [], "plan": { "nextStart": "2023-09-01", "percent": 80 } }),
        },
    ]
}

/// The service form in `lang`.
pub fn form(lang: Lang) -> FormSpec {
    FormSpec {
        kind: "service",
        title: t(lang, &m::SERVICE_TITLE),
        sections: vec![periods(lang), absences(lang), goals(lang), plan(lang), options(lang)],
        presets: presets(lang),
        submit_label: t(lang, &m::SERVICE_SUBMIT),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ServiceInput;

    #[test]
    fn every_value_of_the_service_tables_has_a_label() {
        for table in [PARTS, POSITIONS, ABSENCE_KINDS, DAY_UNITS] {
            for value in table {
                assert!(choice_text(value).is_some(), "no label for {value}");
            }
        }
    }

    #[test]
    fn every_field_key_is_a_key_of_service_input() {
        // Serialising a fully filled ServiceInput gives every key the type has;
        // the form must not invent keys the calculation would reject.
        let full: ServiceInput = serde_json::from_value(json!({
            "periods": [{ "part": "hospital", "start": "2023-03-01", "end": "2023-08-31", "percent": 100,
                          "rotation": "x", "position": "coupled" }],
            "absences": [{ "part": "hospital", "kind": "sick", "start": "2023-04-03", "end": "2023-04-04",
                           "days": 1, "covid": true }],
            "learningGoalsApproved": { "hospital": true, "municipal": true },
            "plan": { "nextStart": "2023-09-01", "percent": 100 },
            "options": { "excessOnly": true, "dayUnit": "workdays", "prorateAllowance": false,
                         "covidOverlayEnd": "2022-01-01", "offerOnlyMissing": false, "regimeAtPartStart": false,
                         "a3ForPartsBefore2019": false, "covidNeedsLearningGoals": false }
        }))
        .unwrap();
        let value = serde_json::to_value(full).unwrap();
        lis1_core::form::checks::field_keys_exist(&form(Lang::En), &value, "ServiceInput");
    }

    #[test]
    fn presets_are_valid_service_inputs() {
        lis1_core::form::checks::presets_are_valid::<ServiceInput>(&form(Lang::Nb), crate::validate);
    }

    #[test]
    fn limits_come_from_the_service_crate() {
        let spec = form(Lang::Nb);
        assert_eq!(spec.sections[0].repeat.as_ref().map(|r| r.max), Some(MAX_PERIODS));
        assert_eq!(spec.sections[1].repeat.as_ref().map(|r| r.max), Some(MAX_ABSENCES));
    }
}

#[cfg(test)]
mod field_at_tests {
    use lis1_core::Lang;

    #[test]
    fn an_issue_path_finds_its_field_in_rows_whatever_the_index() {
        let service = super::form(Lang::Nb);
        // A row field, whatever the row's index (ServiceInput.periods[].end).
        assert_eq!(service.field_at("/periods/0/end").map(|f| f.key), Some("end"));
        assert_eq!(service.field_at("/absences/12/kind").map(|f| f.key), Some("kind"));
        // Not a row without its index, not a row's own path, not an unknown key.
        assert!(service.field_at("/periods/end").is_none());
        assert!(service.field_at("/periods/0").is_none());
        assert!(service.field_at("/periods/0/nope").is_none());
    }
}

#[cfg(test)]
mod say_tests {
    use lis1_core::{messages as m, Issue, Lang, Pointer};

    #[test]
    fn a_row_is_named_as_on_screen_counting_from_one() {
        let service = super::form(Lang::Nb);
        // Row index 0 is the first row the form shows, "Periode 1".
        assert_eq!(service.row_at("/periods/0/end").as_deref(), Some("Periode 1"));
        assert_eq!(service.row_at("/absences/11").as_deref(), Some("Fravær 12"));
        assert_eq!(service.row_at("/plan/nextStart"), None);
    }

    #[test]
    fn an_issue_names_the_visible_label_and_its_row_never_the_json_key() {
        let service = super::form(Lang::Nb);
        // A missing `part` in the second period: the core message says
        // «part» mangler.; the form's label of `part` is «Del».
        let at = Pointer::root().key("periods").index(1).key("part");
        let issue = Issue::new(Lang::Nb, &m::INPUT_MISSING, &at, &[("field", "part".into())]);
        assert_eq!(issue.message, "«part» mangler.");
        let label = &service.field_at("/periods/1/part").unwrap().label;
        assert_eq!(
            service.say(&issue, Some(&m::INPUT_MISSING), Lang::Nb, true),
            format!("Periode 2: «{label}» mangler.")
        );
        // Next to the field (inside its row) the row is not repeated.
        assert_eq!(service.say(&issue, Some(&m::INPUT_MISSING), Lang::Nb, false), format!("«{label}» mangler."));
        // A whole row that is not an object is named by the row.
        let row = Issue::new(
            Lang::En,
            &m::INPUT_TYPE,
            &Pointer::root().key("periods").index(0),
            &[("field", "0".into()), ("expected", "an object".into())],
        );
        let en = super::form(Lang::En);
        assert_eq!(
            en.say(&row, Some(&m::INPUT_TYPE), Lang::En, true),
            "“Period 1” has the wrong type: expected an object."
        );
        // A whole section that is not a list is named by its legend.
        let list = Issue::new(
            Lang::En,
            &m::INPUT_TYPE,
            &Pointer::root().key("periods"),
            &[("field", "periods".into()), ("expected", "a list".into())],
        );
        let legend = &en.sections[0].legend;
        assert_eq!(
            en.say(&list, Some(&m::INPUT_TYPE), Lang::En, true),
            format!("“{legend}” has the wrong type: expected a list.")
        );
        // An unknown key inside a row is not the row: the key stays (it is
        // what the program sent, and no label exists for it), after the row.
        let unknown = Issue::new(
            Lang::Nb,
            &m::INPUT_UNKNOWN_FIELD,
            &Pointer::root().key("periods").index(0).key("kind"),
            &[("field", "kind".into()), ("allowed", "part, start".into())],
        );
        assert_eq!(
            service.say(&unknown, Some(&m::INPUT_UNKNOWN_FIELD), Lang::Nb, true),
            "Periode 1: Ukjent felt «kind». Kjente felt her: part, start."
        );
        // A message without a field keeps its text, with its row.
        let range = Issue::new(
            Lang::En,
            &m::RANGE_END_BEFORE_START,
            &Pointer::root().key("periods").index(0).key("end"),
            &[("start", "2023-09-01".into()), ("end", "2023-08-31".into())],
        );
        assert_eq!(
            en.say(&range, Some(&m::RANGE_END_BEFORE_START), Lang::En, true),
            "Period 1: End date 31 August 2023 is before start date 1 September 2023."
        );
    }
}
