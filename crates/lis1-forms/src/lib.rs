//! The form SDK: what a UI needs to collect each calculation's input.
//!
//! A [`FormSpec`] lists sections of fields with their control, constraints,
//! label and help text in the requested language, repeatable rows (periods,
//! absences, positions) and presets (ready-made example inputs). It is data:
//! the lis1kit web components render from it with one generic renderer, and
//! JavaScript developers can build their own UI from `formSpec(kind)`.
//!
//! One definition: constraints are read from the calculation crates' own
//! tables (`lis1_service::model::PARTS`, `lis1_service::params::MAX_PERIODS`,
//! `lis1_eligibility::input::SPECIALTIES`, `lis1_cost::zones::ZONE_NAMES`,
//! …), and validation is the calculation's own `validate`, whose issue paths
//! (`/periods/2/end`) address the fields here. Nothing is checked twice.

#![cfg_attr(test, allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic))]
// Built for one calculation (cargo features), the other forms and the helpers only they use stay unused.
#![cfg_attr(not(all(feature = "service", feature = "eligibility", feature = "cost")), allow(dead_code))]

mod cost;
mod eligibility;
pub mod messages;
pub mod messages_cost;
pub mod messages_eligibility;
mod model;
mod service;

pub use model::{Choice, Control, Field, FormSpec, Preset, Repeat, Section};

use lis1_core::Lang;

/// The kinds that have a form, as in `validate(kind, …)`.
pub const KINDS: &[&str] = &["service", "eligibility", "cost"];

/// The form for `kind` in `lang`, or `None` for an unknown kind or one of a
/// calculation this crate is built without (cargo features `service`,
/// `eligibility`, `cost`; all by default).
pub fn form(kind: &str, lang: Lang) -> Option<FormSpec> {
    match kind {
        #[cfg(feature = "service")]
        "service" => Some(service::form(lang)),
        #[cfg(feature = "eligibility")]
        "eligibility" => Some(eligibility::form(lang)),
        #[cfg(feature = "cost")]
        "cost" => Some(cost::form(lang)),
        _ => None,
    }
}

#[cfg(test)]
mod field_at_tests {
    use lis1_core::Lang;

    #[test]
    fn an_issue_path_finds_its_field_in_rows_nested_objects_and_the_top_level() {
        let service = crate::form("service", Lang::Nb).unwrap();
        // A row field, whatever the row's index (ServiceInput.periods[].end).
        assert_eq!(service.field_at("/periods/0/end").map(|f| f.key), Some("end"));
        assert_eq!(service.field_at("/absences/12/kind").map(|f| f.key), Some("kind"));
        // Not a row without its index, not a row's own path, not an unknown key.
        assert!(service.field_at("/periods/end").is_none());
        assert!(service.field_at("/periods/0").is_none());
        assert!(service.field_at("/periods/0/nope").is_none());
        let eligibility = crate::form("eligibility", Lang::En).unwrap();
        // A nested object (EligibilityInput.employer.kind) and the top level (round).
        assert_eq!(eligibility.field_at("/employer/kind").map(|f| f.key), Some("kind"));
        assert_eq!(eligibility.field_at("/round").map(|f| f.key), Some("round"));
        assert!(eligibility.field_at("").is_none());
        // The label is the one shown: the same text the renderer puts in <label>.
        let count = crate::form("cost", Lang::Nb).unwrap();
        let field = count.field_at("/positions/0/count").unwrap();
        assert_eq!(field.label, count.sections[0].fields.iter().find(|f| f.key == "count").unwrap().label);
    }
}

#[cfg(all(test, feature = "schema"))]
mod schema_tests {
    #[test]
    fn form_spec_schema_has_the_kinds_and_every_control_type() {
        let schema = schemars::schema_for!(crate::FormSpec).to_value();
        assert_eq!(schema.pointer("/properties/kind/enum"), Some(&serde_json::json!(crate::KINDS)));
        let types: Vec<&str> = schema
            .pointer("/$defs/FormControl/oneOf")
            .and_then(|v| v.as_array())
            .unwrap()
            .iter()
            .filter_map(|v| v.pointer("/properties/type/const").and_then(|t| t.as_str()))
            .collect();
        assert_eq!(types, ["date", "number", "select", "multiSelect", "checkbox", "text"]);
    }
}

#[cfg(test)]
mod say_tests {
    use lis1_core::{messages as m, Issue, Lang, Pointer};

    #[test]
    fn a_row_is_named_as_on_screen_counting_from_one() {
        let service = crate::form("service", Lang::Nb).unwrap();
        // Row index 0 is the first row the form shows, "Periode 1".
        assert_eq!(service.row_at("/periods/0/end").as_deref(), Some("Periode 1"));
        assert_eq!(service.row_at("/absences/11").as_deref(), Some("Fravær 12"));
        assert_eq!(service.row_at("/plan/nextStart"), None);
    }

    #[test]
    fn an_issue_names_the_visible_label_and_its_row_never_the_json_key() {
        let service = crate::form("service", Lang::Nb).unwrap();
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
        let en = crate::form("service", Lang::En).unwrap();
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
