//! The one generic form renderer: draws a `lis1_core::form::FormSpec` into a
//! shadow root, reads the typed values back as the calculation's input,
//! shows issues next to their fields, and re-draws without losing anything
//! the user typed (language change, added or removed rows).
//!
//! Every control carries `data-path` = the JSON pointer its value is
//! written to (`/periods/2/end`), so an issue's `path` finds its field.
//! Parts: `form`, `title`, `presets`, `section`, `row`, `field`, `label`,
//! `control`, `help`, `error`, `add`, `remove`, `submit`, `form-errors`.

use lis1_core::form::{Control, Field, FormSpec, Section};
use lis1_core::number_text::js;
use lis1_core::Lang;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement, ShadowRoot};

use super::dom::{append, el};
use crate::element_texts as tx;

/// Builds the whole form for `spec`, filled from `state` (the input as JSON).
pub fn draw(doc: &Document, spec: &FormSpec, lang: Lang, state: &Value) -> Result<Element, JsValue> {
    let form = el(doc, "form", Some("form"), None)?;
    form.set_attribute("novalidate", "")?;
    append(&form, el(doc, "h2", Some("title"), Some(&spec.title)))?;
    if !spec.presets.is_empty() {
        let presets = el(doc, "div", Some("presets"), None)?;
        presets.set_class_name("presets");
        append(&presets, el(doc, "span", None, Some(&tx::PRESETS.render(lang, &[]))))?;
        for preset in &spec.presets {
            let button = el(doc, "button", Some("preset"), Some(&preset.label))?;
            button.set_attribute("type", "button")?;
            button.set_attribute("data-preset", preset.id)?;
            presets.append_child(&button)?;
        }
        form.append_child(&presets)?;
    }
    for section in &spec.sections {
        let drawn = draw_section(doc, section, lang, state)?;
        if section.id == "options" {
            // The open rules' options, with their defaults, folded away: an
            // applicant can ignore them; an issue inside opens them.
            let advanced = el(doc, "details", Some("advanced"), None)?;
            append(&advanced, el(doc, "summary", None, Some(&tx::ADVANCED.render(lang, &[]))))?;
            advanced.append_child(&drawn)?;
            form.append_child(&advanced)?;
        } else {
            form.append_child(&drawn)?;
        }
    }
    // Beside the submit button: the issues no field of their own can show (a row's, a section's, the whole
    // input's), announced, and focused when the first issue is one of them (issue 24 item 7).
    let errors = el(doc, "div", Some("form-errors"), None)?;
    errors.set_attribute("data-path", "")?;
    errors.set_attribute("role", "alert")?;
    errors.set_attribute("tabindex", "-1")?;
    errors.set_class_name("form-errors");
    errors.set_attribute("hidden", "")?;
    form.append_child(&errors)?;
    let submit = el(doc, "button", Some("submit"), Some(&spec.submit_label))?;
    submit.set_attribute("type", "submit")?;
    form.append_child(&submit)?;
    Ok(form)
}

fn draw_section(doc: &Document, section: &Section, lang: Lang, state: &Value) -> Result<Element, JsValue> {
    let set = el(doc, "fieldset", Some("section"), None)?;
    set.set_attribute("data-section", section.id)?;
    set.set_attribute("data-path", section.path)?;
    append(&set, el(doc, "legend", None, Some(&section.legend)))?;
    if let Some(help) = &section.help {
        let p = el(doc, "p", Some("help"), Some(help))?;
        p.set_class_name("help");
        set.append_child(&p)?;
    }
    let here = state.pointer(section.path);
    match &section.repeat {
        None => {
            for field in &section.fields {
                let path = format!("{}/{}", section.path, field.key);
                append(&set, draw_field(doc, field, lang, &path, here.and_then(|o| o.get(field.key))))?;
            }
        }
        Some(repeat) => {
            let rows = el(doc, "div", None, None)?;
            rows.set_class_name("rows");
            let items = self::rows(section, here);
            for (i, item) in items.iter().enumerate() {
                let path = format!("{}/{}", section.path, i);
                let row = el(doc, "fieldset", Some("row"), None)?;
                row.set_attribute("data-row", &i.to_string())?;
                row.set_attribute("data-path", &path)?;
                append(&row, el(doc, "legend", None, Some(&repeat.item_label.replace("{n}", &(i + 1).to_string()))))?;
                for field in &section.fields {
                    let field_path = format!("{path}/{}", field.key);
                    append(&row, draw_field(doc, field, lang, &field_path, item.get(field.key)))?;
                }
                let row_error = el(doc, "p", Some("error"), None)?;
                row_error.set_class_name("error row-error");
                row_error.set_attribute("data-error-for", &path)?;
                row_error.set_attribute("hidden", "")?;
                row.append_child(&row_error)?;
                let remove = el(doc, "button", Some("remove"), Some(&repeat.remove_label))?;
                remove.set_attribute("type", "button")?;
                remove.set_attribute("data-remove", &path)?;
                row.append_child(&remove)?;
                rows.append_child(&row)?;
            }
            set.append_child(&rows)?;
            let add = el(doc, "button", Some("add"), Some(&repeat.add_label))?;
            add.set_attribute("type", "button")?;
            add.set_attribute("data-add", section.path)?;
            if items.len() >= repeat.max {
                add.set_attribute("disabled", "")?;
            }
            set.append_child(&add)?;
        }
    }
    let section_error = el(doc, "p", Some("error"), None)?;
    section_error.set_class_name("error");
    section_error.set_attribute("data-error-for", section.path)?;
    section_error.set_attribute("hidden", "")?;
    set.append_child(&section_error)?;
    Ok(set)
}

/// The rows of a list section in `here`: a list, or for a keyed list
/// (`Repeat::keyed_by`, e.g. `priceIndex`) a map drawn as rows of its key
/// (a year as a number) and value.
pub fn rows(section: &Section, here: Option<&Value>) -> Vec<Value> {
    match (here, section.repeat.as_ref().and_then(|r| r.keyed_by)) {
        (Some(Value::Array(items)), _) => items.clone(),
        (Some(Value::Object(map)), Some(key)) => {
            let value_key = value_key(section, key);
            map.iter()
                .map(|(k, v)| {
                    let k = k.parse::<i64>().map_or_else(|_| Value::String(k.clone()), Value::from);
                    Value::Object(Map::from_iter([(key.to_owned(), k), (value_key.to_owned(), v.clone())]))
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The field of a keyed list's row that is the entry's value (the one that
/// is not its key).
fn value_key<'a>(section: &'a Section, key: &str) -> &'a str {
    section.fields.iter().map(|f| f.key).find(|k| *k != key).unwrap_or_default()
}

/// Rows of a keyed list read back into its map: the key field's value (a
/// whole number as its digits) names the entry, the other field is its
/// value. A row left empty is no entry; a row without a key is kept under
/// `""`, so the calculation names it instead of it being dropped.
fn keyed(section: &Section, key: &str, items: Vec<Value>) -> Map<String, Value> {
    let value_key = value_key(section, key);
    let mut map = Map::new();
    for item in items {
        let name = match item.get(key) {
            Some(Value::Number(n)) => n.as_f64().map(js).unwrap_or_default(),
            Some(Value::String(text)) => text.clone(),
            _ => String::new(),
        };
        let value = item.get(value_key).cloned();
        if name.is_empty() && value.is_none() {
            continue;
        }
        map.insert(name, value.unwrap_or(Value::Null));
    }
    map
}

/// A DOM id from a JSON pointer (`/periods/0/start` → `f-periods-0-start`).
fn id_for(path: &str) -> String {
    let mut id = String::from("f");
    for c in path.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id
}

fn draw_field(
    doc: &Document,
    field: &Field,
    lang: Lang,
    path: &str,
    value: Option<&Value>,
) -> Result<Element, JsValue> {
    let id = id_for(path);
    let wrap = el(doc, "div", Some("field"), None)?;
    wrap.set_class_name("field");
    let label = el(doc, "label", Some("label"), Some(&field.label))?;
    label.set_attribute("for", &id)?;
    let control = match &field.control {
        Control::Date => {
            let input = el(doc, "input", Some("control"), None)?;
            let text = value.and_then(Value::as_str).unwrap_or_default();
            // A date field drops a value it cannot show (`01.09.2026`, `2026-09-31`): such a value is kept in a text
            // field instead, so the calculation names it as an issue and nothing typed is lost (issue 26 item 5).
            let shown_as_date = text.is_empty() || lis1_core::date::parse(text).is_ok();
            input.set_attribute("type", if shown_as_date { "date" } else { "text" })?;
            input.set_attribute("value", text)?;
            input
        }
        Control::Number { min, max, step, default, .. } => {
            let input = el(doc, "input", Some("control"), None)?;
            input.set_attribute("type", "number")?;
            input.set_attribute("inputmode", "decimal")?;
            input.set_attribute("min", &js(*min))?;
            input.set_attribute("max", &js(*max))?;
            input.set_attribute("step", &js(*step))?;
            if let Some(d) = default {
                input.set_attribute("placeholder", &js(*d))?;
            }
            if let Some(n) = value.and_then(Value::as_f64) {
                input.set_attribute("value", &js(n))?;
            }
            input
        }
        Control::Select { options, default } => {
            let select = el(doc, "select", Some("control"), None)?;
            let chosen = value.and_then(Value::as_str).or(*default).unwrap_or_default();
            if default.is_none() {
                let empty = el(doc, "option", None, Some(&tx::EMPTY_CHOICE.render(lang, &[])))?;
                empty.set_attribute("value", "")?;
                select.append_child(&empty)?;
            }
            for choice in options {
                let option = el(doc, "option", None, Some(&choice.label))?;
                option.set_attribute("value", choice.value)?;
                if choice.value == chosen {
                    option.set_attribute("selected", "")?;
                }
                select.append_child(&option)?;
            }
            // A value that is none of the choices (an unknown kommune `9999`, `zone: "ia"`) is kept as a choice of
            // its own, shown as given, so the calculation names it as an issue instead of the form silently
            // answering for another value (issue 26 item 5).
            if !chosen.is_empty() && !options.iter().any(|choice| choice.value == chosen) {
                let option = el(doc, "option", None, Some(&format!("«{}»", lis1_core::input::echo(chosen))))?;
                option.set_attribute("value", chosen)?;
                option.set_attribute("selected", "")?;
                select.append_child(&option)?;
            }
            select
        }
        Control::Checkbox { default } => {
            let input = el(doc, "input", Some("control"), None)?;
            input.set_attribute("type", "checkbox")?;
            if value.and_then(Value::as_bool).unwrap_or(*default) {
                input.set_attribute("checked", "")?;
            }
            wrap.set_class_name("field checkbox");
            input
        }
        Control::Text { max_length } => {
            let input = el(doc, "input", Some("control"), None)?;
            input.set_attribute("type", "text")?;
            input.set_attribute("maxlength", &max_length.to_string())?;
            input.set_attribute("value", value.and_then(Value::as_str).unwrap_or_default())?;
            input
        }
        Control::MultiSelect { options } => {
            // A group: its own fieldset/legend instead of a label; each
            // checkbox labelled by its choice.
            let chosen: Vec<&str> = value
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let group = el(doc, "fieldset", Some("control"), None)?;
            group.set_class_name("multi");
            append(&group, el(doc, "legend", Some("label"), Some(&field.label)))?;
            for (i, choice) in options.iter().enumerate() {
                let item = el(doc, "div", None, None)?;
                item.set_class_name("field checkbox");
                let box_id = format!("{id}-{i}");
                let input = el(doc, "input", None, None)?;
                input.set_attribute("type", "checkbox")?;
                input.set_id(&box_id);
                input.set_attribute("value", choice.value)?;
                if chosen.contains(&choice.value) {
                    input.set_attribute("checked", "")?;
                }
                let label = el(doc, "label", None, Some(&choice.label))?;
                label.set_attribute("for", &box_id)?;
                item.append_child(&input)?;
                item.append_child(&label)?;
                group.append_child(&item)?;
            }
            group
        }
    };
    control.set_id(&id);
    control.set_attribute("data-path", path)?;
    control.set_attribute("data-key", field.key)?;
    if field.required {
        control.set_attribute("aria-required", "true")?;
    }
    let mut described = Vec::new();
    let help = match &field.help {
        Some(text) => {
            let p = el(doc, "p", Some("help"), Some(text))?;
            p.set_class_name("help");
            p.set_id(&format!("{id}-help"));
            described.push(format!("{id}-help"));
            Some(p)
        }
        None => None,
    };
    let error = el(doc, "p", Some("error"), None)?;
    error.set_class_name("error");
    error.set_id(&format!("{id}-error"));
    error.set_attribute("data-error-for", path)?;
    error.set_attribute("hidden", "")?;
    described.push(format!("{id}-error"));
    control.set_attribute("aria-describedby", &described.join(" "))?;
    if matches!(field.control, Control::Checkbox { .. }) {
        wrap.append_child(&control)?;
        wrap.append_child(&label)?;
    } else if matches!(field.control, Control::MultiSelect { .. }) {
        wrap.append_child(&control)?;
    } else {
        wrap.append_child(&label)?;
        wrap.append_child(&control)?;
    }
    if let Some(help) = help {
        wrap.append_child(&help)?;
    }
    wrap.append_child(&error)?;
    Ok(wrap)
}

/// Reads the form back into the calculation's input. Empty optional
/// controls are left out; a checkbox is written only when it differs from
/// the calculation's default; list sections are always written.
pub fn read(root: &ShadowRoot, spec: &FormSpec) -> Result<Value, JsValue> {
    let mut input = Value::Object(Map::new());
    for section in &spec.sections {
        let Some(set) = root.query_selector(&format!("fieldset[data-section=\"{}\"]", section.id))? else { continue };
        if section.repeat.is_some() {
            let rows = set.query_selector_all("fieldset[data-row]")?;
            let mut items = Vec::new();
            for i in 0..rows.length() {
                if let Some(row) = rows.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    items.push(Value::Object(read_fields(&row, &section.fields)?));
                }
            }
            match section.repeat.as_ref().and_then(|r| r.keyed_by) {
                Some(key) => {
                    let map = keyed(section, key, items);
                    if !map.is_empty() {
                        put(&mut input, section.path, Value::Object(map));
                    }
                }
                None => put(&mut input, section.path, Value::Array(items)),
            }
        } else {
            let object = read_fields(&set, &section.fields)?;
            if !object.is_empty() {
                put(&mut input, section.path, Value::Object(object));
            }
        }
    }
    Ok(input)
}

/// Writes `value` at a JSON pointer, creating objects on the way; objects
/// written at the same place are merged (`""` merges into the top level).
fn put(target: &mut Value, path: &str, value: Value) {
    let mut here = target;
    for segment in path.split('/').skip(1) {
        let Some(object) = here.as_object_mut() else { return };
        here = object.entry(segment.to_owned()).or_insert_with(|| Value::Object(Map::new()));
    }
    match (here, value) {
        (Value::Object(existing), Value::Object(new)) => existing.extend(new),
        (slot, value) => *slot = value,
    }
}

fn read_fields(scope: &Element, fields: &[Field]) -> Result<Map<String, Value>, JsValue> {
    let mut object = Map::new();
    for field in fields {
        // Only this scope's own controls (not those of nested rows).
        let Some(control) = scope.query_selector(&format!(":scope > .field > [data-key=\"{}\"]", field.key))? else {
            continue;
        };
        let value = match &field.control {
            Control::Checkbox { default } => {
                let checked = control.dyn_ref::<HtmlInputElement>().is_some_and(HtmlInputElement::checked);
                (checked != *default || field.required).then_some(Value::Bool(checked))
            }
            Control::MultiSelect { .. } => {
                let boxes = control.query_selector_all("input[type=checkbox]:checked")?;
                let values: Vec<Value> = (0..boxes.length())
                    .filter_map(|i| boxes.item(i).and_then(|n| n.dyn_into::<HtmlInputElement>().ok()))
                    .map(|b| Value::String(b.value()))
                    .collect();
                (!values.is_empty()).then_some(Value::Array(values))
            }
            Control::Number { .. } => {
                let input: &HtmlInputElement = control.unchecked_ref();
                let text = input.value();
                if text.is_empty() {
                    None
                } else {
                    Some(
                        serde_json::Number::from_f64(input.value_as_number())
                            .map_or(Value::String(text), Value::Number),
                    )
                }
            }
            Control::Select { .. } => {
                let v = control.dyn_ref::<HtmlSelectElement>().map(HtmlSelectElement::value).unwrap_or_default();
                (!v.is_empty()).then_some(Value::String(v))
            }
            _ => {
                let v = control.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value).unwrap_or_default();
                (!v.is_empty()).then_some(Value::String(v))
            }
        };
        if let Some(value) = value {
            object.insert(field.key.to_owned(), value);
        }
    }
    Ok(object)
}

/// Removes all shown issues.
pub fn clear_issues(root: &ShadowRoot) -> Result<(), JsValue> {
    let shown = root.query_selector_all("[data-error-for], .form-errors")?;
    for i in 0..shown.length() {
        if let Some(node) = shown.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            node.set_text_content(None);
            node.set_attribute("hidden", "")?;
        }
    }
    let invalid = root.query_selector_all("[aria-invalid]")?;
    for i in 0..invalid.length() {
        if let Some(node) = invalid.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            node.remove_attribute("aria-invalid")?;
        }
    }
    Ok(())
}

/// Shows each issue next to the field its path points to (or the nearest
/// row, section or the form), marking the field `aria-invalid`. An issue
/// with no field of its own (a row's, a section's, the whole input's) is
/// also said in the summary beside the submit button, in `in_words` (the
/// issues as said away from the fields, same order), so a phone user who
/// pressed the button sees it there. Returns where focus goes (issue 24
/// item 7): the first issue's field, or the summary when the first issue
/// has none.
pub fn show_issues(
    root: &ShadowRoot,
    doc: &Document,
    spec: &FormSpec,
    lang: Lang,
    issues: &[lis1_core::Issue],
    in_words: &[lis1_core::Issue],
) -> Result<Option<Element>, JsValue> {
    let summary = root.query_selector(".form-errors")?;
    let mut focus = None;
    for (index, issue) in issues.iter().enumerate() {
        let mut path = issue.path.as_str();
        // The field this issue marks, if it has one.
        let mut field = None;
        loop {
            let target = root.query_selector(&format!("[data-error-for=\"{}\"]", css_escape(path)))?;
            if let Some(target) = target {
                let control =
                    root.query_selector(&format!("[data-path=\"{}\"]:is(input, select, fieldset)", css_escape(path)))?;
                append_line(doc, &target, &said(issue, spec, lang))?;
                if let Some(folded) = target.closest("details")? {
                    folded.set_attribute("open", "")?;
                }
                if let Some(control) = control.filter(|c| c.tag_name() != "FIELDSET") {
                    control.set_attribute("aria-invalid", "true")?;
                    field = Some(control);
                }
                break;
            }
            if path.is_empty() {
                break;
            }
            path = path.rfind('/').and_then(|i| path.get(..i)).unwrap_or("");
        }
        match field {
            Some(control) => {
                focus.get_or_insert(control);
            }
            None => {
                if let Some(summary) = &summary {
                    let text = in_words.get(index).map_or(issue.message.as_str(), |i| i.message.as_str());
                    append_line(doc, summary, text)?;
                    focus.get_or_insert_with(|| summary.clone());
                }
            }
        }
    }
    Ok(focus)
}

/// An issue's message as the form says it next to the field at `path`: a
/// message that names the field by its JSON key (`{field}`) is rendered
/// again from the same catalogue entry with the field's visible label from
/// the form spec; a missing value is worded for a form ("«Del» må fylles
/// ut."). Other messages as they are.
fn said(issue: &lis1_core::Issue, spec: &FormSpec, lang: Lang) -> String {
    let def = if issue.code == lis1_core::messages::INPUT_MISSING.code {
        Some(&tx::REQUIRED_FIELD)
    } else {
        crate::messages::find(issue.code)
    };
    spec.say(issue, def, lang, false)
}

fn append_line(doc: &Document, target: &Element, text: &str) -> Result<(), JsValue> {
    target.remove_attribute("hidden")?;
    let line = el(doc, "span", None, Some(text))?;
    line.set_class_name("line");
    target.append_child(&line)?;
    Ok(())
}

/// Escapes a JSON pointer for use inside a double-quoted CSS attribute value.
fn css_escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}
