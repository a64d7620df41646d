//! The input in words, printed with the result for the personnel file
//! (issue 15 item 9): when and with which rules it was calculated, then
//! each section that has a value under its legend, as "label: value" lines
//! with the form's own labels, choices and date format; list rows numbered
//! as on screen. Hidden on screen (`.print-only` in style.rs): the form
//! itself shows the input there.
//!
//! Parts: `print-summary`.

use lis1_core::form::{Control, Field, FormSpec};
use lis1_core::Lang;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use super::format::number;
use crate::element_texts as tx;
use lis1_core::view::{shown_date, text};

/// The summary of `input` (as calculated) on `today`.
pub fn draw(
    doc: &Document,
    spec: &FormSpec,
    lang: Lang,
    input: &Value,
    today: Option<lis1_core::Date>,
) -> Result<Element, JsValue> {
    let out = el(doc, "div", Some("print-summary"), None)?;
    out.set_class_name("print-only");
    append(&out, el(doc, "h4", None, Some(&text(lang, &tx::PRINT_INPUTS))))?;
    let calculated = tx::PRINT_CALCULATED.render(
        lang,
        &[
            ("date", today.map_or_else(|| String::from("–"), |d| lis1_core::date::display(d, lang))),
            ("version", env!("CARGO_PKG_VERSION").to_owned()),
            ("rules", shown_date(Some(lis1_core::rules::RULES_AS_OF), lang)),
        ],
    );
    append(&out, el(doc, "p", None, Some(&calculated)))?;
    for section in &spec.sections {
        let Some(value) = input.pointer(section.path) else { continue };
        let rows: Vec<(Option<String>, &Value)> = match (&section.repeat, value) {
            (Some(repeat), Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, row)| (Some(repeat.item_label.replace("{n}", &(i + 1).to_string())), row))
                .collect(),
            _ => vec![(None, value)],
        };
        let list = el(doc, "ul", None, None)?;
        for (label, row) in rows {
            let lines: Vec<String> = section
                .fields
                .iter()
                .filter_map(|f| Some(format!("{}: {}", f.label, shown(f, row.get(f.key)?, lang)?)))
                .collect();
            if lines.is_empty() {
                continue;
            }
            let item = el(doc, "li", None, label.as_deref())?;
            let inner = el(doc, "ul", None, None)?;
            for line in lines {
                append(&inner, el(doc, "li", None, Some(&line)))?;
            }
            item.append_child(&inner)?;
            list.append_child(&item)?;
        }
        // A section with nothing filled in prints no heading.
        if list.child_element_count() > 0 {
            append(&out, el(doc, "h5", None, Some(&section.legend)))?;
            out.append_child(&list)?;
        }
    }
    Ok(out)
}

/// A value as the form shows it: a choice's label, a date in words, a
/// number with its unit, yes / no; `None` for an empty or unknown value.
fn shown(field: &Field, value: &Value, lang: Lang) -> Option<String> {
    let label =
        |options: &[lis1_core::form::Choice], v: &str| options.iter().find(|c| c.value == v).map(|c| c.label.clone());
    match (&field.control, value) {
        (Control::Date, Value::String(d)) if !d.is_empty() => Some(shown_date(Some(d), lang)),
        (Control::Number { unit, .. }, Value::Number(n)) => {
            let n = number(n.as_f64()?, lang);
            Some(unit.as_ref().map_or(n.clone(), |u| format!("{n} {u}")))
        }
        (Control::Select { options, .. }, Value::String(v)) => label(options, v),
        (Control::MultiSelect { options }, Value::Array(items)) => {
            let labels: Vec<String> = items.iter().filter_map(|v| label(options, v.as_str()?)).collect();
            (!labels.is_empty()).then(|| labels.join(", "))
        }
        (Control::Checkbox { .. }, Value::Bool(b)) => Some(text(lang, if *b { &tx::YES } else { &tx::NO })),
        (Control::Text { .. }, Value::String(s)) if !s.is_empty() => Some(s.clone()),
        _ => None,
    }
}
