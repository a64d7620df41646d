//! `<lis1-rules>`: every rule id of the rule table (docs/rules.md) with its status, summary and
//! source, in the element's language, drawn from the code's own rule table
//! (`lis1_core::rules::RULES`, through the package's generated `rules-<lang>.js`: see
//! [`super::rule_rows`]), so the published list cannot drift from what the calculations cite.
//! Attribute `section` (1–5) limits it to one section of the rule table.
//!
//! Parts: `table`. Until the rows of its language have loaded (the first time
//! on a page), the table shows its headings only, marked `aria-busy`.

use lis1_core::rules::Status;
use lis1_core::Lang;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::dom::{self, append, el};
use super::rule_rows::{self, Row};
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

/// Draws the table into the shadow root: at once when the rows in the
/// element's language were loaded before; else the table's frame (its
/// headings, `aria-busy`) at once — unless a table in another language is
/// shown, which stays until the rows come — and its rows once they have
/// loaded. Rows that arrive after the element's language changed again are
/// left to the draw that change started.
pub fn render(host: &HtmlElement) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    if let Some(rows) = rule_rows::loaded(lang) {
        return draw(host, lang, Some(&rows));
    }
    if host.shadow_root().is_none_or(|root| root.child_element_count() == 0) {
        draw(host, lang, None)?;
    }
    let host = host.clone();
    rule_rows::with_rows(lang, move |rows| {
        if dom::lang_of(&host) != lang {
            return;
        }
        let drawn = match rows {
            Ok(rows) => draw(&host, lang, Some(&rows)),
            Err(cause) => {
                web_sys::console::error_2(
                    &JsValue::from_str("lis1kit: <lis1-rules> the rule table could not be loaded."),
                    &cause,
                );
                draw_failure(&host, lang)
            }
        };
        if let Err(err) = drawn {
            web_sys::console::error_2(&JsValue::from_str("lis1kit: <lis1-rules> render failed"), &err);
        }
    });
    Ok(())
}

/// The table with `rows`, or its frame while they load.
fn draw(host: &HtmlElement, lang: Lang, rows: Option<&[Row]>) -> Result<(), JsValue> {
    let section: Option<u8> = host.get_attribute("section").and_then(|s| s.parse().ok());
    let root = dom::shadow(host)?;
    dom::adopt_styles(&root, style::CSS)?;
    let doc = dom::document(host)?;
    let wrap = el(&doc, "div", None, None)?;
    wrap.set_class_name("table-wrap");
    let table = el(&doc, "table", Some("table"), None)?;
    if rows.is_none() {
        table.set_attribute("aria-busy", "true")?;
    }
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
    for rule in rows.unwrap_or_default().iter().filter(|r| section.is_none_or(|s| r.section == s)) {
        let tr = el(&doc, "tr", None, None)?;
        tr.set_id(&rule.id);
        let id = el(&doc, "th", None, Some(&rule.id))?;
        id.set_attribute("scope", "row")?;
        tr.append_child(&id)?;
        append(&tr, el(&doc, "td", None, Some(status(lang, rule.status))))?;
        append(&tr, el(&doc, "td", None, Some(&rule.summary)))?;
        append(&tr, el(&doc, "td", None, Some(&rule.source)))?;
        body.append_child(&tr)?;
    }
    table.append_child(&body)?;
    wrap.append_child(&table)?;
    root.replace_children_with_node_1(&wrap);
    if rows.is_some() {
        show_linked_rule(&root)?;
    }
    Ok(())
}

/// The one text of this element that is not in `element_texts`: in that table it would be in the headless
/// module's `messages()` too, where one more sentence measured +0.8 KB gzipped (the data segment's layout shifts),
/// for a text only this element shows. Like `<lis1-rule-sets>`' heading.
fn not_loaded(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "Reglene kunne ikke lastes.",
        Lang::Nn => "Reglane kunne ikkje lastast.",
        Lang::En => "The rules could not be loaded.",
    }
}

/// The rows could not be loaded (a file missing from a copied package, offline): said in the element, in its
/// language, instead of a table that never comes.
fn draw_failure(host: &HtmlElement, lang: Lang) -> Result<(), JsValue> {
    let root = dom::shadow(host)?;
    let doc = dom::document(host)?;
    let p = el(&doc, "p", None, Some(not_loaded(lang)))?;
    p.set_attribute("role", "alert")?;
    root.replace_children_with_node_1(&p);
    Ok(())
}

/// A link to `…#A-O1` (a result's rule id, issue 15 item 3) shows that row:
/// the fragment cannot reach into the shadow root, so the element scrolls
/// to it and marks it.
fn show_linked_rule(root: &web_sys::ShadowRoot) -> Result<(), JsValue> {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else { return Ok(()) };
    let Some(id) = hash.strip_prefix('#').filter(|id| lis1_core::rules::is_rule_id(id)) else { return Ok(()) };
    if let Some(row) = root.get_element_by_id(id) {
        row.set_attribute("aria-current", "true")?;
        row.scroll_into_view();
    }
    Ok(())
}
