//! The one view renderer: draws any calculation's [`View`] (data built by
//! its crate, `<crate>::view`) into the result panel — the answer first,
//! then tables, checklists, bar charts, the timeline and the notes. What
//! differs between elements is decided once, in [`Draw`]: the language,
//! whether the employer's parts are shown (`view="applicant"` leaves them
//! out), where rule ids link to (`rules-href`) and whom the answers speak
//! to (`voice`, given to the calculation's view).

use lis1_core::view::{Answer, Audience, Bars, Block, Checklist, Folded, Notes, Status, Table, Timeline, View};
use lis1_core::Lang;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use crate::element_texts as tx;

/// Draws a view's timeline (`timeline::draw`), with today's line.
pub type TimelinePainter = fn(&Document, Lang, &Timeline, Option<lis1_core::Date>) -> Result<Element, JsValue>;
/// Draws a view's bars (`chart::bars`).
pub type BarsPainter = fn(&Document, Lang, &Bars) -> Result<Element, JsValue>;

/// The pictures an element draws: each painter is linked into a module only
/// where an element that draws it is (the eligibility module carries no
/// timeline or chart code). A picture block without its painter is left
/// out; its figures are in the view's tables.
#[derive(Clone, Copy)]
pub struct Pictures {
    /// The timeline painter (`timeline::draw`).
    pub timeline: Option<TimelinePainter>,
    /// The bar chart painter (`chart::bars`).
    pub bars: Option<BarsPainter>,
}

impl Pictures {
    /// No pictures.
    pub const NONE: Pictures = Pictures { timeline: None, bars: None };
}

/// How a view is drawn in one element.
pub struct Draw<'a> {
    /// The element's document.
    pub doc: &'a Document,
    /// The element's language (the view's texts are in it already).
    pub lang: Lang,
    /// Whether the employer's parts are shown (not in a job posting).
    pub employer: bool,
    /// The page with `<lis1-rules>` that rule ids link to (`<url>#A-O1`),
    /// already checked to be on the page's own site; without one a rule id
    /// carries the rule's summary as its title.
    pub rules_href: Option<String>,
    /// The element's pictures.
    pub pictures: Pictures,
    /// Whom the view's sentences speak to (`voice`): the doctor as "du", or
    /// about the doctor on an HR page.
    pub voice: lis1_core::view::Voice,
}

impl Draw<'_> {
    fn shows(&self, audience: Audience) -> bool {
        self.employer || audience == Audience::Everyone
    }

    fn text(&self, def: &lis1_core::MessageDef) -> String {
        def.render(self.lang, &[])
    }
}

/// Finds the answer of a shown result in an element's shadow root, whatever
/// its part (`answer`, or `summary` for an amount): an answer is shown when
/// this finds one.
pub const SHOWN_ANSWER: &str = "section.result [data-answer]";

/// The result panel of `view`.
pub fn draw(ctx: &Draw, view: &View) -> Result<Element, JsValue> {
    let doc = ctx.doc;
    let panel = el(doc, "div", Some("result-panel"), None)?;
    append(&panel, el(doc, "h3", None, Some(&ctx.text(&tx::RESULT_HEADING))))?;
    append(&panel, answer(doc, &view.answer))?;
    // Whether an assumption list has a heading yet (the folded ones go under it).
    let mut listed = false;
    for block in &view.blocks {
        match block {
            Block::Heading(text) => append(&panel, el(doc, "h4", None, Some(text)))?,
            Block::Table(t) => append(&panel, table(doc, t))?,
            Block::Checklist(c) if ctx.shows(c.audience) => {
                let list = checklist(ctx, c)?;
                if c.audience == Audience::Employer {
                    list.set_attribute("data-view", "employer")?;
                }
                panel.append_child(&list)?;
            }
            Block::Bars(b) => {
                if let Some(paint) = ctx.pictures.bars {
                    append(&panel, paint(doc, ctx.lang, b))?;
                }
            }
            Block::Timeline(t) => {
                if let Some(paint) = ctx.pictures.timeline {
                    append(&panel, paint(doc, ctx.lang, t, super::dom::today()))?;
                }
            }
            Block::Notes(n) if ctx.shows(n.audience) => {
                listed |= !n.assumptions.is_empty();
                if n.audience == Audience::Employer {
                    let part = el(doc, "div", None, None)?;
                    part.set_attribute("data-view", "employer")?;
                    notes(ctx, &part, n)?;
                    panel.append_child(&part)?;
                } else {
                    notes(ctx, &panel, n)?;
                }
            }
            Block::Folded(f) if ctx.shows(f.audience) && !f.assumptions.is_empty() => {
                if !listed {
                    append(&panel, el(doc, "h4", None, Some(&ctx.text(&tx::ASSUMPTIONS))))?;
                    listed = true;
                }
                append(&panel, folded(ctx, f))?;
            }
            Block::Checklist(_) | Block::Notes(_) | Block::Folded(_) => {}
        }
    }
    Ok(panel)
}

fn answer(doc: &Document, a: &Answer) -> Result<Element, JsValue> {
    let line = el(doc, "p", Some(a.part), Some(&a.text))?;
    line.set_class_name(a.part);
    // Marks the answer whatever its part (`SHOWN_ANSWER`).
    line.set_attribute("data-answer", "")?;
    if let Some(status) = a.status {
        line.set_attribute("data-status", status)?;
    }
    Ok(line)
}

/// A table whose rows' first cell heads the row.
///
/// In a narrow container (320 px, 200 % zoom) the stylesheet stacks each
/// row and shows every cell with its column heading (`data-label`), so the
/// table never scrolls sideways; the explicit ARIA roles keep the table
/// semantics that a changed CSS `display` would otherwise drop.
fn table(doc: &Document, t: &Table) -> Result<Element, JsValue> {
    let node = |tag: &str, role: &str, text: Option<&str>| -> Result<Element, JsValue> {
        let e = el(doc, tag, None, text)?;
        e.set_attribute("role", role)?;
        Ok(e)
    };
    let wrap = el(doc, "div", None, None)?;
    wrap.set_class_name("table-wrap");
    let table = el(doc, "table", Some("table"), None)?;
    table.set_attribute("role", "table")?;
    if let Some(caption) = &t.caption {
        append(&table, el(doc, "caption", None, Some(caption)))?;
    }
    let thead = node("thead", "rowgroup", None)?;
    let tr = node("tr", "row", None)?;
    for label in &t.head {
        let th = node("th", "columnheader", Some(label))?;
        th.set_attribute("scope", "col")?;
        tr.append_child(&th)?;
    }
    thead.append_child(&tr)?;
    table.append_child(&thead)?;
    let tbody = node("tbody", "rowgroup", None)?;
    for row in &t.rows {
        let tr = node("tr", "row", None)?;
        for (i, cell) in row.iter().enumerate() {
            let td = if i == 0 { node("th", "rowheader", Some(cell))? } else { node("td", "cell", Some(cell))? };
            if i == 0 {
                td.set_attribute("scope", "row")?;
            } else {
                td.set_class_name("num");
                td.set_attribute("data-label", t.head.get(i).map_or("", String::as_str))?;
            }
            tr.append_child(&td)?;
        }
        tbody.append_child(&tr)?;
    }
    table.append_child(&tbody)?;
    wrap.append_child(&table)?;
    Ok(wrap)
}

/// A rule id: a link to its row on the rules page (`rules-href`), or the
/// rule's summary in the element's language as its title. The summaries are
/// not in the wasm ([`super::rule_rows`]): the title is set when the rule
/// table of that language has loaded (at once after the first time).
fn rule(ctx: &Draw, id: &str) -> Result<Element, JsValue> {
    let doc = ctx.doc;
    let span = el(doc, "span", Some("rule"), Some(&format!("{id} ")))?;
    span.set_class_name("rule");
    if !lis1_core::rules::is_rule_id(id) {
        return Ok(span);
    }
    match &ctx.rules_href {
        Some(base) => {
            let link = el(doc, "a", None, Some(id))?;
            link.set_class_name("rule");
            link.set_attribute("href", &format!("{base}#{id}"))?;
            span.replace_children_with_node_2(&link, &doc.create_text_node(" "));
        }
        None => {
            let (titled, id) = (span.clone(), id.to_owned());
            super::rule_rows::with_rows(ctx.lang, move |rows| match rows {
                Ok(rows) => {
                    if let Some(row) = rows.iter().find(|r| r.id == id) {
                        let _ = titled.set_attribute("title", &row.summary);
                    }
                }
                // The id stays without a title; the answer is unchanged.
                Err(cause) => web_sys::console::error_2(
                    &JsValue::from_str("lis1kit: the rule table could not be loaded."),
                    &cause,
                ),
            });
        }
    }
    Ok(span)
}

/// A checklist: each item met, not met or information (said in words, not
/// only by colour), with its rule id and sentence.
fn checklist(ctx: &Draw, c: &Checklist) -> Result<Element, JsValue> {
    let doc = ctx.doc;
    let section = el(doc, "div", Some("checklist"), None)?;
    append(&section, el(doc, "h4", None, Some(&c.heading)))?;
    let list = el(doc, "ul", None, None)?;
    list.set_class_name("checklist");
    for item in &c.items {
        let (name, word) = match item.status {
            Status::Met => ("met", &tx::MET),
            Status::NotMet => ("not-met", &tx::NOT_MET),
            Status::Info => ("info", &tx::INFO),
        };
        let li = el(doc, "li", Some(name), None)?;
        li.set_class_name(name);
        let mark = el(doc, "span", None, Some(&format!("{} · ", ctx.text(word))))?;
        mark.set_class_name("mark");
        li.append_child(&mark)?;
        append(&li, rule(ctx, item.rule))?;
        li.append_child(&doc.create_text_node(&item.text))?;
        list.append_child(&li)?;
    }
    section.append_child(&list)?;
    Ok(section)
}

/// The assumptions that do not change this result, folded under one line
/// that counts them (native `<details>`/`<summary>`: a button to keyboards
/// and screen readers, open or closed said by the browser): "Forutsetninger
/// som ikke endrer dette svaret (8)" — one text for one or many, with or
/// without others listed above, since every text ships in every wasm.
fn folded(ctx: &Draw, f: &Folded) -> Result<Element, JsValue> {
    let doc = ctx.doc;
    let details = el(doc, "details", Some("assumptions-folded"), None)?;
    let line = tx::FOLDED.render(ctx.lang, &[("count", f.assumptions.len().to_string())]);
    append(&details, el(doc, "summary", None, Some(&line)))?;
    let list = el(doc, "ul", None, None)?;
    for a in &f.assumptions {
        let li = el(doc, "li", None, None)?;
        append(&li, rule(ctx, a.rule))?;
        li.append_child(&doc.create_text_node(&a.text))?;
        list.append_child(&li)?;
    }
    details.append_child(&list)?;
    Ok(details)
}

/// Warnings and assumptions, each with its rule id, into `parent`.
fn notes(ctx: &Draw, parent: &Element, n: &Notes) -> Result<(), JsValue> {
    let doc = ctx.doc;
    if !n.warnings.is_empty() {
        append(parent, el(doc, "h4", None, Some(&ctx.text(&tx::WARNINGS))))?;
        let list = el(doc, "ul", Some("warnings"), None)?;
        for w in &n.warnings {
            let li = el(doc, "li", None, None)?;
            if let Some(id) = w.rule {
                append(&li, rule(ctx, id))?;
            }
            li.append_child(&doc.create_text_node(&w.message))?;
            list.append_child(&li)?;
        }
        parent.append_child(&list)?;
    }
    if !n.assumptions.is_empty() {
        append(parent, el(doc, "h4", None, Some(&ctx.text(&tx::ASSUMPTIONS))))?;
        let list = el(doc, "ul", Some("assumptions"), None)?;
        for a in &n.assumptions {
            let li = el(doc, "li", None, None)?;
            append(&li, rule(ctx, a.rule))?;
            // The calculation's own sentence (`assumptions[].text`), never the option's name and value.
            li.append_child(&doc.create_text_node(&a.text))?;
            list.append_child(&li)?;
        }
        parent.append_child(&list)?;
    }
    Ok(())
}
