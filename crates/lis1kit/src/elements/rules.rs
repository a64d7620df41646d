//! `<lis1-rules>`: every rule id of the rule table (docs/rules.md) with its status, summary and
//! source, drawn from the code's own rule table (`lis1_core::rules::RULES`),
//! so the published list cannot drift from what the calculations cite.
//! Attribute `section` (1–5) limits it to one section of the rule table.
//!
//! Parts: `table`. Summaries are in English (the table's language), marked
//! `lang="en"` for screen readers.

use lis1_core::rules::{Status, RULES};
use lis1_core::Lang;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::dom::{self, append, el};
use super::style;
use crate::element_texts as tx;
use lis1_core::view::text;

fn status(lang: Lang, status: Status) -> &'static str {
    let def = match status {
        Status::Law => &tx::STATUS_LAW,
        Status::Practice => &tx::STATUS_PRACTICE,
        Status::Proposal => &tx::STATUS_PROPOSAL,
        Status::Open => &tx::STATUS_OPEN,
        Status::Rejected => &tx::STATUS_REJECTED,
        Status::Model => &tx::STATUS_MODEL,
        Status::Planning => &tx::STATUS_PLANNING,
        Status::Parameter => &tx::STATUS_PARAMETER,
    };
    match lang {
        Lang::Nb => def.nb,
        Lang::Nn => def.nn,
        Lang::En => def.en,
    }
}

/// Draws the table into the shadow root.
pub fn render(host: &HtmlElement) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    let section: Option<u8> = host.get_attribute("section").and_then(|s| s.parse().ok());
    let root = dom::shadow(host)?;
    dom::adopt_styles(&root, style::CSS)?;
    let doc = dom::document(host)?;
    let wrap = el(&doc, "div", None, None)?;
    wrap.set_class_name("table-wrap");
    let table = el(&doc, "table", Some("table"), None)?;
    let head = el(&doc, "tr", None, None)?;
    for h in [&tx::RULE_ID, &tx::RULE_STATUS, &tx::RULE_SUMMARY, &tx::RULE_SOURCE] {
        let th = el(&doc, "th", None, Some(&text(lang, h)))?;
        th.set_attribute("scope", "col")?;
        head.append_child(&th)?;
    }
    let thead = el(&doc, "thead", None, None)?;
    thead.append_child(&head)?;
    table.append_child(&thead)?;
    let body = el(&doc, "tbody", None, None)?;
    for rule in RULES.iter().filter(|r| section.is_none_or(|s| r.section == s)) {
        let tr = el(&doc, "tr", None, None)?;
        tr.set_id(rule.id);
        let id = el(&doc, "th", None, Some(rule.id))?;
        id.set_attribute("scope", "row")?;
        tr.append_child(&id)?;
        append(&tr, el(&doc, "td", None, Some(status(lang, rule.status))))?;
        let summary = el(&doc, "td", None, Some(rule.summary))?;
        summary.set_attribute("lang", "en")?;
        tr.append_child(&summary)?;
        append(&tr, el(&doc, "td", None, Some(rule.source)))?;
        body.append_child(&tr)?;
    }
    table.append_child(&body)?;
    wrap.append_child(&table)?;
    root.replace_children_with_node_1(&wrap);
    show_linked_rule(&root)
}

/// A link to `…#A-O1` (a result's rule id, issue 15 item 3) shows that row:
/// the fragment cannot reach into the shadow root, so the element scrolls
/// to it and marks it.
fn show_linked_rule(root: &web_sys::ShadowRoot) -> Result<(), JsValue> {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else { return Ok(()) };
    let Some(id) = hash.strip_prefix('#').filter(|id| RULES.iter().any(|r| r.id == *id)) else { return Ok(()) };
    if let Some(row) = root.get_element_by_id(id) {
        row.set_attribute("aria-current", "true")?;
        row.scroll_into_view();
    }
    Ok(())
}
