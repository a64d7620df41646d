//! `<lis1-rule-sets>`: the dated absence regimes (A-1..A-4) in the page's
//! language.
//!
//! Parts: `panel`, `heading`, `list`, `item`, `rule-id`, `dates`.
//! CSS custom properties: `--lis1-font`, `--lis1-color`, `--lis1-accent`,
//! `--lis1-muted`, `--lis1-radius`.

use lis1_core::{date, regimes, Lang};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::dom;

pub const CSS: &str = ":host{display:block;font-family:var(--lis1-font,system-ui,sans-serif);color:var(--lis1-color,#1a1a1a)}\
section{border:1px solid var(--lis1-muted,#c7c7c7);border-radius:var(--lis1-radius,6px);padding:1rem 1.25rem}\
h2{font-size:1.15rem;margin:0 0 .75rem}ul{margin:0;padding:0;list-style:none}li{margin:.6rem 0}\
.id{font-weight:700;color:var(--lis1-accent,#005b9a);margin-inline-end:.5rem}.dates{color:var(--lis1-muted-text,#4a4a4a)}\
p{margin:.25rem 0 0}";

fn heading(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "Fraværsregler i LIS1 del 1",
        Lang::Nn => "Fråværsreglar i LIS1 del 1",
        Lang::En => "Absence rules in LIS1 (del 1)",
    }
}

fn dates(lang: Lang, from: &str, to: Option<&str>) -> String {
    match (lang, to) {
        (_, Some(to)) => format!("{from} – {to}"),
        (Lang::Nb, None) => format!("fra {from}"),
        (Lang::Nn, None) => format!("frå {from}"),
        (Lang::En, None) => format!("from {from}"),
    }
}

/// Renders the list into the element's shadow root.
pub fn render(host: &HtmlElement) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    let root = dom::shadow(host)?;
    dom::adopt_styles(&root, CSS)?;
    let doc = dom::document(host)?;
    let section = dom::el(&doc, "section", Some("panel"), None)?;
    section.set_attribute("aria-labelledby", "heading")?;
    let h = dom::el(&doc, "h2", Some("heading"), Some(heading(lang)))?;
    h.set_id("heading");
    section.append_child(&h)?;
    let list = dom::el(&doc, "ul", Some("list"), None)?;
    for r in &regimes::ABSENCE_REGIMES {
        let item = dom::el(&doc, "li", Some("item"), None)?;
        let id = dom::el(&doc, "span", Some("rule-id"), Some(r.id))?;
        id.set_class_name("id");
        let from = date::display(r.from, lang);
        let to = r.to.map(|d| date::display(d, lang));
        let span = dom::el(&doc, "span", Some("dates"), Some(&dates(lang, &from, to.as_deref())))?;
        span.set_class_name("dates");
        let text = dom::el(&doc, "p", None, Some(&r.summary.render(lang, &[])))?;
        item.append_child(&id)?;
        item.append_child(&span)?;
        item.append_child(&text)?;
        list.append_child(&item)?;
    }
    section.append_child(&list)?;
    root.replace_children_with_node_1(&section);
    Ok(())
}
