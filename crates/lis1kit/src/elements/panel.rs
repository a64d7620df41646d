//! Building blocks of the result panels: tables, notes (warnings and
//! assumptions with their rule ids), checklists.

use lis1_core::{date, Assumption, Lang, MessageDef, Warning};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use crate::element_texts as tx;

/// A catalogue text without parameters.
pub fn text(lang: Lang, def: &MessageDef) -> String {
    def.render(lang, &[])
}

/// A date for reading, or `–`.
pub fn shown_date(iso: Option<&str>, lang: Lang) -> String {
    iso.and_then(|d| date::parse(d).ok()).map_or_else(|| String::from("–"), |d| date::display(d, lang))
}

/// The panel's container with its heading.
pub fn container(doc: &Document, lang: Lang) -> Result<Element, JsValue> {
    let panel = el(doc, "div", Some("result-panel"), None)?;
    append(&panel, el(doc, "h3", None, Some(&text(lang, &tx::RESULT_HEADING))))?;
    Ok(panel)
}

/// A table with column headings and rows whose first cell heads the row.
///
/// In a narrow container (320 px, 200 % zoom) the stylesheet stacks each
/// row and shows every cell with its column heading (`data-label`), so the
/// table never scrolls sideways; the explicit ARIA roles keep the table
/// semantics that a changed CSS `display` would otherwise drop.
pub fn table(
    doc: &Document,
    lang: Lang,
    caption: Option<&MessageDef>,
    head: &[&MessageDef],
    rows: &[Vec<String>],
) -> Result<Element, JsValue> {
    let node = |tag: &str, role: &str, text: Option<&str>| -> Result<Element, JsValue> {
        let e = el(doc, tag, None, text)?;
        e.set_attribute("role", role)?;
        Ok(e)
    };
    let wrap = el(doc, "div", None, None)?;
    wrap.set_class_name("table-wrap");
    let table = el(doc, "table", Some("table"), None)?;
    table.set_attribute("role", "table")?;
    if let Some(caption) = caption {
        append(&table, el(doc, "caption", None, Some(&text(lang, caption))))?;
    }
    let thead = node("thead", "rowgroup", None)?;
    let tr = node("tr", "row", None)?;
    let labels: Vec<String> = head.iter().map(|h| text(lang, h)).collect();
    for label in &labels {
        let th = node("th", "columnheader", Some(label))?;
        th.set_attribute("scope", "col")?;
        tr.append_child(&th)?;
    }
    thead.append_child(&tr)?;
    table.append_child(&thead)?;
    let tbody = node("tbody", "rowgroup", None)?;
    for row in rows {
        let tr = node("tr", "row", None)?;
        for (i, cell) in row.iter().enumerate() {
            let td = if i == 0 { node("th", "rowheader", Some(cell))? } else { node("td", "cell", Some(cell))? };
            if i == 0 {
                td.set_attribute("scope", "row")?;
            } else {
                td.set_class_name("num");
                td.set_attribute("data-label", labels.get(i).map_or("", String::as_str))?;
            }
            tr.append_child(&td)?;
        }
        tbody.append_child(&tr)?;
    }
    table.append_child(&tbody)?;
    wrap.append_child(&table)?;
    Ok(wrap)
}

fn rule_span(doc: &Document, rule: &str) -> Result<Element, JsValue> {
    let r = el(doc, "span", Some("rule"), Some(&format!("{rule} ")))?;
    r.set_class_name("rule");
    Ok(r)
}

/// What a checklist item is: a condition met or not met, or information
/// (a statement, never shown as met).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// A condition that is met.
    Met,
    /// A condition that is not met.
    NotMet,
    /// Information.
    Info,
}

/// A checklist: each item met, not met or information (said in words, not
/// only by colour), with its rule id and message.
pub fn checklist(
    doc: &Document,
    lang: Lang,
    heading: &MessageDef,
    items: &[(&str, Status, &str)],
) -> Result<Element, JsValue> {
    let section = el(doc, "div", Some("checklist"), None)?;
    append(&section, el(doc, "h4", None, Some(&text(lang, heading))))?;
    let list = el(doc, "ul", None, None)?;
    list.set_class_name("checklist");
    for (rule, status, message) in items {
        let (name, word) = match status {
            Status::Met => ("met", &tx::MET),
            Status::NotMet => ("not-met", &tx::NOT_MET),
            Status::Info => ("info", &tx::INFO),
        };
        let li = el(doc, "li", Some(name), None)?;
        li.set_class_name(name);
        let mark = el(doc, "span", None, Some(&format!("{} · ", text(lang, word))))?;
        mark.set_class_name("mark");
        li.append_child(&mark)?;
        append(&li, rule_span(doc, rule))?;
        li.append_child(&doc.create_text_node(message))?;
        list.append_child(&li)?;
    }
    section.append_child(&list)?;
    Ok(section)
}

/// Warnings and assumptions under a result.
pub fn notes(
    doc: &Document,
    lang: Lang,
    panel: &Element,
    warnings: &[Warning],
    assumptions: &[Assumption],
) -> Result<(), JsValue> {
    if !warnings.is_empty() {
        append(panel, el(doc, "h4", None, Some(&text(lang, &tx::WARNINGS))))?;
        let list = el(doc, "ul", Some("warnings"), None)?;
        for w in warnings {
            let li = el(doc, "li", None, None)?;
            if let Some(rule) = w.rule {
                append(&li, rule_span(doc, rule))?;
            }
            li.append_child(&doc.create_text_node(&w.message))?;
            list.append_child(&li)?;
        }
        panel.append_child(&list)?;
    }
    if !assumptions.is_empty() {
        append(panel, el(doc, "h4", None, Some(&text(lang, &tx::ASSUMPTIONS))))?;
        let list = el(doc, "ul", Some("assumptions"), None)?;
        for a in assumptions {
            let li = el(doc, "li", None, None)?;
            append(&li, rule_span(doc, a.rule))?;
            // The calculation's own sentence (`assumptions[].text`), never the option's name and value.
            li.append_child(&doc.create_text_node(&a.text))?;
            list.append_child(&li)?;
        }
        panel.append_child(&list)?;
    }
    Ok(())
}
