//! Building blocks of the result panels: tables, notes (warnings and
//! assumptions with their rule ids), checklists.

use lis1_core::{date, Assumption, Lang, MessageDef, Warning};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use super::texts as tx;

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
pub fn table(doc: &Document, lang: Lang, caption: Option<&MessageDef>, head: &[&MessageDef], rows: &[Vec<String>]) -> Result<Element, JsValue> {
    let wrap = el(doc, "div", None, None)?;
    wrap.set_class_name("table-wrap");
    let table = el(doc, "table", Some("table"), None)?;
    if let Some(caption) = caption {
        append(&table, el(doc, "caption", None, Some(&text(lang, caption))))?;
    }
    let thead = el(doc, "thead", None, None)?;
    let tr = el(doc, "tr", None, None)?;
    for h in head {
        let th = el(doc, "th", None, Some(&text(lang, h)))?;
        th.set_attribute("scope", "col")?;
        tr.append_child(&th)?;
    }
    thead.append_child(&tr)?;
    table.append_child(&thead)?;
    let tbody = el(doc, "tbody", None, None)?;
    for row in rows {
        let tr = el(doc, "tr", None, None)?;
        for (i, cell) in row.iter().enumerate() {
            let td = el(doc, if i == 0 { "th" } else { "td" }, None, Some(cell))?;
            if i == 0 {
                td.set_attribute("scope", "row")?;
            } else {
                td.set_class_name("num");
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
    let r = el(doc, "span", None, Some(&format!("{rule} ")))?;
    r.set_class_name("rule");
    Ok(r)
}

/// A checklist: each item met or not (said in words, not only by colour),
/// with its rule id and message.
pub fn checklist(doc: &Document, lang: Lang, heading: &MessageDef, items: &[(&str, bool, &str)]) -> Result<Element, JsValue> {
    let section = el(doc, "div", Some("checklist"), None)?;
    append(&section, el(doc, "h4", None, Some(&text(lang, heading))))?;
    let list = el(doc, "ul", None, None)?;
    list.set_class_name("checklist");
    for (rule, met, message) in items {
        let li = el(doc, "li", Some(if *met { "met" } else { "not-met" }), None)?;
        li.set_class_name(if *met { "met" } else { "not-met" });
        let mark = el(doc, "span", None, Some(&format!("{} · ", text(lang, if *met { &tx::MET } else { &tx::NOT_MET }))))?;
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
pub fn notes(doc: &Document, lang: Lang, panel: &Element, warnings: &[Warning], assumptions: &[Assumption]) -> Result<(), JsValue> {
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
            li.append_child(&doc.create_text_node(&format!("{} = {}", a.option, a.value)))?;
            list.append_child(&li)?;
        }
        panel.append_child(&list)?;
    }
    Ok(())
}
