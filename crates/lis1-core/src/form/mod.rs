//! The form SDK's model: what a UI needs to collect a calculation's input.
//!
//! A [`FormSpec`] lists sections of fields with their control, constraints,
//! label and help text in the requested language, repeatable rows (periods,
//! absences, positions) and presets (ready-made example inputs). It is data:
//! the lis1kit web components draw it with one generic renderer, and
//! JavaScript developers can build their own UI from `formSpec(kind)`.
//! Serialised camelCase for JavaScript.
//!
//! Each calculation crate builds its own form from its own tables
//! (`<crate>::form::form(lang)`) with the helpers here; validation is the
//! calculation's own, whose issue paths (`/periods/2/end`) address the
//! fields here. Nothing is checked twice.

pub mod texts;

use crate::input::{PERCENT_MAX, PERCENT_MIN};
use crate::{Issue, Lang, MessageDef};
use serde::Serialize;

/// A form for one input kind.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormSpec {
    /// Input kind, as in `validate(kind, …)`.
    pub kind: &'static str,
    /// Heading of the form.
    pub title: String,
    /// Sections in display order.
    pub sections: Vec<Section>,
    /// Example inputs a user can start from.
    pub presets: Vec<Preset>,
    /// Label of the button that runs the calculation.
    pub submit_label: String,
}

/// A group of fields writing into one object of the input (or, with
/// `repeat`, into each item of one list).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", schemars(rename = "FormSection"))]
#[serde(rename_all = "camelCase")]
pub struct Section {
    /// Stable id (for DOM ids and CSS parts).
    pub id: &'static str,
    /// Legend shown above the fields.
    pub legend: String,
    /// Help text under the legend.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// JSON pointer of the object (or list, with `repeat`) this section
    /// writes: `""` for the top level, `/plan`, `/periods`.
    pub path: &'static str,
    /// Present when the section is a list of rows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Repeat>,
    /// Fields of the object, or of each row.
    pub fields: Vec<Field>,
}

/// Repeatable rows: limits and button texts.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", schemars(rename = "FormRepeat"))]
#[serde(rename_all = "camelCase")]
pub struct Repeat {
    /// Fewest rows (0 = the list may be empty).
    pub min: usize,
    /// Most rows, from the calculation's own limit.
    pub max: usize,
    /// Label of one row with `{n}` for its number, e.g. `Periode {n}`.
    pub item_label: String,
    /// Text of the add button.
    pub add_label: String,
    /// Text of the remove button.
    pub remove_label: String,
    /// The list is a map in the input (`priceIndex`: year → index): each
    /// row's field with this key is its key, the row's other field its value.
    /// The form shows rows; it reads them into the map and draws a map as rows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keyed_by: Option<&'static str>,
}

/// One input field.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", schemars(rename = "FormField"))]
#[serde(rename_all = "camelCase")]
pub struct Field {
    /// The JSON key in the section's object or row.
    pub key: &'static str,
    /// Visible label.
    pub label: String,
    /// Help text, linked to the control with `aria-describedby`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// What control and which constraints.
    pub control: Control,
    /// Whether the input needs a value here.
    pub required: bool,
}

/// A control with its constraints. Values are written into the input as:
/// date → `YYYY-MM-DD` string, number → number, select → its value string,
/// multi-select → array of value strings, checkbox → boolean, text → string;
/// an empty optional control is left out. A section whose fields are all
/// empty is left out as a whole (its object is optional in the input, e.g.
/// `/employer`); `required` applies to the fields of a section that is given.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", schemars(rename = "FormControl"))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Control {
    /// A calendar date.
    Date,
    /// A number within limits.
    #[serde(rename_all = "camelCase")]
    Number {
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
        /// Step of the control (1 for whole numbers).
        step: f64,
        /// Unit shown after the control (`%`, `dager`).
        #[serde(skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
        /// Value used by the calculation when left empty.
        #[serde(skip_serializing_if = "Option::is_none")]
        default: Option<f64>,
    },
    /// One of a list of values.
    #[serde(rename_all = "camelCase")]
    Select {
        /// The choices, in display order.
        options: Vec<Choice>,
        /// Value used by the calculation when left empty.
        #[serde(skip_serializing_if = "Option::is_none")]
        default: Option<&'static str>,
    },
    /// Several of a list of values (e.g. `/applicant/exemptions`): one
    /// checkbox per choice; the checked values are written as an array in
    /// the order of `options`, no value twice. None checked → left out.
    #[serde(rename_all = "camelCase")]
    MultiSelect {
        /// The choices, in display order.
        options: Vec<Choice>,
    },
    /// Yes/no; written into the input when it differs from `default`, and
    /// always when the field is `required` (e.g. `/applicant/authorised`).
    Checkbox {
        /// The calculation's value when the key is left out.
        default: bool,
    },
    /// Free text.
    #[serde(rename_all = "camelCase")]
    Text {
        /// Most characters.
        max_length: usize,
    },
}

/// One choice of a select or multi-select.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", schemars(rename = "FormChoice"))]
pub struct Choice {
    /// The value written into the input.
    pub value: &'static str,
    /// Visible text.
    pub label: String,
}

/// A ready-made input, e.g. a worked example of docs/rules.md.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", schemars(rename = "FormPreset"))]
pub struct Preset {
    /// Stable id.
    pub id: &'static str,
    /// Visible name.
    pub label: String,
    /// The input, as the calculation of the form's kind takes it.
    #[cfg_attr(feature = "schema", schemars(with = "serde_json::Map<String, serde_json::Value>"))]
    pub input: serde_json::Value,
}

impl Repeat {
    /// Rows of a list of `min..=max`, labelled by its item (`{n}`), add and
    /// remove texts in `lang`.
    pub fn rows(lang: Lang, min: usize, max: usize, [item, add, remove]: [&MessageDef; 3]) -> Self {
        Repeat {
            min,
            max,
            item_label: t(lang, item),
            add_label: t(lang, add),
            remove_label: t(lang, remove),
            keyed_by: None,
        }
    }
}

impl FormSpec {
    /// The field a JSON pointer of the input names (`/periods/2/end` → the
    /// `end` field of the `/periods` rows, `/round` → the top-level `round`
    /// field), as an issue's `path` does; `None` for anything else.
    pub fn field_at(&self, pointer: &str) -> Option<&Field> {
        let (parent, key) = pointer.rsplit_once('/')?;
        self.sections.iter().find_map(|section| {
            let owner = match &section.repeat {
                // A row: the parent is `<list>/<index>`.
                Some(_) => parent.rsplit_once('/').filter(|(_, i)| i.parse::<usize>().is_ok()).map(|(list, _)| list)?,
                None => parent,
            };
            if owner == section.path {
                section.fields.iter().find(|f| f.key == key)
            } else {
                None
            }
        })
    }
}

impl FormSpec {
    /// The row a JSON pointer is in, as the form names it: the section's
    /// item label with its 1-based number (`/periods/1/end` → `Periode 2`).
    /// `None` outside a list.
    pub fn row_at(&self, pointer: &str) -> Option<String> {
        self.sections.iter().find_map(|section| {
            let repeat = section.repeat.as_ref()?;
            let rest = pointer.strip_prefix(section.path)?.strip_prefix('/')?;
            let index: usize = rest.split('/').next()?.parse().ok()?;
            Some(repeat.item_label.replace("{n}", &(index + 1).to_string()))
        })
    }

    /// An issue's message in this form's words, for people: a message that
    /// names its field by the JSON key (`{field}`) is rendered again from
    /// `def`, the issue's catalogue entry (or a form's wording of it), with
    /// the field's visible label; with `with_row`, an issue inside a list
    /// row starts with the row (`Periode 2: …`), for messages shown away
    /// from the field. Other messages as they are.
    pub fn say(&self, issue: &Issue, def: Option<&MessageDef>, lang: Lang, with_row: bool) -> String {
        let row = self.row_at(&issue.path);
        let relabel = |key: &str, label: &str| def.and_then(|def| issue.with_field_label(lang, def, key, label));
        if let Some(field) = self.field_at(&issue.path) {
            let text = relabel(field.key, &field.label).unwrap_or_else(|| issue.message.clone());
            return match row.filter(|_| with_row) {
                Some(row) => format!("{row}: {text}"),
                None => text,
            };
        }
        // A whole row (`/periods/0` that is not an object) is named by the
        // row, a whole section (`/periods` that is not a list) by its
        // legend, the way the screen names them.
        let (parent, key) = issue.path.rsplit_once('/').unwrap_or_default();
        let is_row =
            key.parse::<usize>().is_ok() && self.sections.iter().any(|s| s.repeat.is_some() && s.path == parent);
        let section = self.sections.iter().find(|s| !s.path.is_empty() && s.path == issue.path);
        let whole = row
            .as_deref()
            .filter(|_| is_row)
            .or(section.map(|s| s.legend.as_str()))
            .and_then(|label| relabel(key, label));
        match (whole, row.filter(|_| with_row)) {
            (Some(text), _) => text,
            (None, Some(row)) => format!("{row}: {}", issue.message),
            (None, None) => issue.message.clone(),
        }
    }
}

/// Renders a catalogue message without parameters.
pub fn t(lang: Lang, def: &MessageDef) -> String {
    def.render(lang, &[])
}

/// A field without help text.
pub fn field(lang: Lang, key: &'static str, label: &MessageDef, control: Control, required: bool) -> Field {
    Field { key, label: t(lang, label), help: None, control, required }
}

/// `field` with a help text.
pub fn with_help(field: Field, lang: Lang, help: &MessageDef) -> Field {
    Field { help: Some(t(lang, help)), ..field }
}

/// The position percentage of a period or cost row: 1–100 %, default full
/// time (S-4, lis1-core's `PERCENT_MIN`/`PERCENT_MAX`).
pub fn percent(lang: Lang) -> Field {
    let control = Control::Number {
        min: PERCENT_MIN,
        max: PERCENT_MAX,
        step: 1.0,
        unit: Some("%".into()),
        default: Some(PERCENT_MAX),
    };
    with_help(field(lang, "percent", &texts::FIELD_PERCENT, control, false), lang, &texts::FIELD_PERCENT_HELP)
}

/// The choices for the values of one of a calculation crate's tables,
/// labelled by `text` (the value itself where it has no label; the forms'
/// tests make sure every value has one).
pub fn choices(lang: Lang, values: &[&'static str], text: fn(&str) -> Option<&'static MessageDef>) -> Vec<Choice> {
    values
        .iter()
        .map(|&value| Choice { value, label: text(value).map_or_else(|| value.to_owned(), |d| t(lang, d)) })
        .collect()
}

/// Test helpers shared by the calculation crates' form tests (feature
/// `form-checks`, turned on by their dev-dependencies only).
#[cfg(feature = "form-checks")]
#[allow(clippy::panic, clippy::unwrap_used)]
pub mod checks {
    use super::{Control, FormSpec, Section};
    use crate::Issue;
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    /// The control of the field `key` of `section`.
    pub fn control(section: &Section, key: &str) -> Control {
        section.fields.iter().find(|f| f.key == key).map(|f| f.control.clone()).unwrap()
    }

    /// The values of a select or multi-select, in display order.
    pub fn values(control: &Control) -> Vec<&'static str> {
        match control {
            Control::Select { options, .. } | Control::MultiSelect { options } => {
                options.iter().map(|c| c.value).collect()
            }
            other => panic!("not a choice control: {other:?}"),
        }
    }

    /// The input of the preset `id` of `spec`.
    pub fn preset<I: DeserializeOwned>(spec: &FormSpec, id: &str) -> I {
        let preset = spec.presets.iter().find(|p| p.id == id).unwrap();
        serde_json::from_value(preset.input.clone()).unwrap()
    }

    /// Every field of `spec` names a key of the input type: `full` is a fully
    /// filled input serialised back, so it holds every key the type has.
    pub fn field_keys_exist(spec: &FormSpec, full: &Value, type_name: &str) {
        for section in &spec.sections {
            // A keyed list is a map in the input: its rows are a key field and a value field.
            if section.repeat.as_ref().is_some_and(|r| r.keyed_by.is_some()) {
                assert!(full.pointer(section.path).is_some_and(Value::is_object), "{} is not a map", section.path);
                assert_eq!(section.fields.len(), 2, "{}: a key and a value", section.path);
                continue;
            }
            let object = if section.repeat.is_some() {
                full.pointer(section.path).and_then(|v| v.get(0))
            } else {
                full.pointer(section.path)
            };
            let Some(object) = object else { panic!("{} is not in {type_name}", section.path) };
            for field in &section.fields {
                assert!(object.get(field.key).is_some(), "{}/{} is not a {type_name} key", section.path, field.key);
            }
        }
    }

    /// An assumption's sentence is a sentence in people's words: no
    /// placeholder left, no option name (camelCase or a parameter id).
    pub fn says_it_in_words(a: &crate::Assumption) {
        assert!(a.text.len() > 20 && a.text.ends_with('.'), "{} = {}: {:?}", a.option, a.value, a.text);
        assert!(!a.text.contains('{'), "{:?}", a.text);
        if a.option.contains(|c: char| c.is_uppercase() || c == '.') {
            assert!(!a.text.contains(a.option), "{}: {:?}", a.option, a.text);
        }
    }

    /// Every preset is an input the calculation's own `validate` accepts.
    pub fn presets_are_valid<I: DeserializeOwned>(spec: &FormSpec, validate: fn(&I) -> Vec<Issue>) {
        for preset in &spec.presets {
            let input: I =
                serde_json::from_value(preset.input.clone()).unwrap_or_else(|e| panic!("{}: {e}", preset.id));
            assert_eq!(validate(&input), vec![], "{}", preset.id);
        }
    }
}

#[cfg(all(test, feature = "schema"))]
mod schema_tests {
    #[test]
    fn form_spec_schema_has_every_control_type() {
        let schema = schemars::schema_for!(super::FormSpec).to_value();
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
