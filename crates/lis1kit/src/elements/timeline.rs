//! The timeline picture of a view (`lis1_core::view::Timeline`, built by the
//! calculation): one lane per part with its periods
//! (counting ones filled, non-counting ones hatched by outline only), date
//! ranges of absence as marks under the lane, the planned service and the
//! make-up days, the
//! projected end of each part, today, and month ticks thinned to at most
//! four so their labels never overlap at 320 px. An SVG with `role="img"`, a
//! `<title>` and a `<desc>` that says in words what the picture shows (the
//! text alternative; the frame comes from `svg::picture`), followed by a
//! legend of what is drawn (issue 15 item 7).
//!
//! Parts: `timeline`, `legend`.

use lis1_core::number_text::fixed;
use lis1_core::view::{MarkKind, Timeline};
use lis1_core::{date, Date, Lang};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use super::svg::{node as svg, picture};
use crate::element_texts as tx;

/// Height of one lane (its label line, the periods, the absence marks), in em.
/// Horizontal positions are percentages of the element's width and heights
/// are in `em` (as in the cost charts), so the text keeps its size at any
/// width instead of shrinking with a viewBox.
const LANE: f64 = 3.4;

/// The class of a mark (the stylesheet's and the legend's).
fn class(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Counting => "period",
        MarkKind::NotCounting => "period not-counting",
        MarkKind::Absence => "absence",
        MarkKind::Planned => "planned",
        MarkKind::MakeUp => "make-up",
    }
}

/// The picture of a timeline, with today's line where today is inside it.
pub fn draw(doc: &Document, lang: Lang, t: &Timeline, today: Option<Date>) -> Result<Element, JsValue> {
    let (first, last) = (t.first, t.last);
    #[allow(clippy::cast_possible_truncation)]
    let span = f64::from((last - first).whole_days().max(1) as i32);
    // Percent of the width; a mark at the very end is drawn just inside.
    #[allow(clippy::cast_possible_truncation)]
    let x = |d: Date| (99.5 * f64::from((d - first).whole_days() as i32) / span).clamp(0.0, 99.5);
    let pct = |v: f64| format!("{}%", fixed(v, 2));
    let em = |v: f64| format!("{}em", fixed(v, 2));
    #[allow(clippy::cast_precision_loss)]
    let lanes = t.lanes.len() as f64;
    let height = lanes * LANE + 1.8;
    let (root, desc) = picture(
        doc,
        "timeline",
        "timeline",
        "timeline",
        &t.title,
        &[("width", "100%".into()), ("height", em(height))],
    )?;
    for (lane, l) in t.lanes.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let top = LANE * lane as f64;
        let y = top + 1.5;
        let name = svg(doc, "text", &[("x", "0".into()), ("y", em(top + 1.1)), ("class", "lane-label".into())])?;
        name.set_text_content(Some(&l.label));
        root.append_child(&name)?;
        for m in &l.marks {
            // Service is drawn up to its last day; planned service and make-up days cover their last day too;
            // absence is a thin mark under the lane.
            let (until, at, h) = match m.kind {
                MarkKind::Counting | MarkKind::NotCounting => (m.end, y, 1.1),
                MarkKind::Absence => (m.end, y + 1.25, 0.35),
                MarkKind::Planned | MarkKind::MakeUp => (m.end.next_day().unwrap_or(m.end), y, 1.1),
            };
            let attrs = [
                ("x", pct(x(m.start))),
                ("y", em(at)),
                ("width", pct((x(until) - x(m.start)).max(0.5))),
                ("height", em(h)),
                ("class", class(m.kind).into()),
            ];
            append(&root, svg(doc, "rect", &attrs))?;
        }
        if let Some(end) = l.end {
            let line = svg(
                doc,
                "line",
                &[
                    ("x1", pct(x(end))),
                    ("x2", pct(x(end))),
                    ("y1", em(y - 0.2)),
                    ("y2", em(y + 1.7)),
                    ("class", "end".into()),
                ],
            )?;
            root.append_child(&line)?;
        }
    }
    let bottom = lanes * LANE;
    let axis_y = bottom + 1.3;
    let mut year_shown = None;
    for tick in month_ticks(first, last) {
        let at = x(tick);
        let mark = svg(
            doc,
            "line",
            &[
                ("x1", pct(at)),
                ("x2", pct(at)),
                ("y1", em(bottom - 0.1)),
                ("y2", em(bottom + 0.3)),
                ("class", "tick".into()),
            ],
        )?;
        root.append_child(&mark)?;
        // Each label starts at its tick; ticks are at least a quarter of the
        // width apart, and one in the last 22 % has no label, so no label runs
        // into the next or out of the picture (a label is about 60 px, a
        // quarter of a 320 px element's picture over 70 px).
        if at > 78.0 {
            continue;
        }
        let label = svg(doc, "text", &[("x", pct(at)), ("y", em(axis_y)), ("class", "axis".into())])?;
        // The year at the first tick and wherever it changes.
        let with_year = year_shown != Some(tick.year());
        year_shown = Some(tick.year());
        label.set_text_content(Some(&date::month_label(tick, lang, with_year)));
        root.append_child(&label)?;
    }
    let mut described = t.sentences.clone();
    if let Some(today) = today.filter(|d| *d >= first && *d <= last) {
        let line = svg(
            doc,
            "line",
            &[
                ("x1", pct(x(today))),
                ("x2", pct(x(today))),
                ("y1", em(1.3)),
                ("y2", em(bottom)),
                ("class", "today".into()),
            ],
        )?;
        root.append_child(&line)?;
        described.push(tx::TIMELINE_TODAY.render(lang, &[("date", date::display(today, lang))]));
    }
    desc.set_text_content(Some(&described.join(" ")));
    let figure = el(doc, "div", None, None)?;
    figure.set_class_name("timeline-figure");
    figure.append_child(&root)?;
    append(&figure, legend(doc, lang, &root, t, today))?;
    Ok(figure)
}

/// The legend: one item, with a swatch of the same class, per kind of mark
/// the picture has (found in the picture itself). The picture's `<desc>`
/// says the same in sentences.
fn legend(
    doc: &Document,
    lang: Lang,
    picture: &Element,
    t: &Timeline,
    today: Option<Date>,
) -> Result<Element, JsValue> {
    let list = el(doc, "ul", Some("legend"), None)?;
    list.set_class_name("legend");
    list.set_attribute("aria-label", &tx::TIMELINE_LEGEND.render(lang, &[]))?;
    let today = today.map(|d| tx::LEGEND_TODAY.render(lang, &[("date", date::display(d, lang))])).unwrap_or_default();
    let words = &t.legend;
    // (class of the item, the marks it explains, its words), in drawing order.
    let items = [
        ("period", ".period:not(.not-counting)", words.counting.as_str()),
        ("period not-counting", ".not-counting", words.not_counting.as_str()),
        ("absence", ".absence", words.absence.as_str()),
        ("planned", ".planned", words.planned.as_str()),
        ("make-up", ".make-up", words.make_up.as_str()),
        ("end", ".end", words.end.as_str()),
        ("today", ".today", today.as_str()),
    ];
    for (class, marks, words) in items {
        if picture.query_selector(marks)?.is_some() {
            let item = el(doc, "li", None, Some(words))?;
            item.set_class_name(class);
            list.append_child(&item)?;
        }
    }
    Ok(list)
}

/// First days of months from `first` to `last`, every `step` months with
/// the step chosen so that there are at most four.
fn month_ticks(first: Date, last: Date) -> Vec<Date> {
    let index = |d: Date| d.year() * 12 + i32::from(u8::from(d.month())) - 1;
    let months = index(last) - index(first);
    let step = [1, 2, 3, 4, 6, 12, 24, 60].into_iter().find(|s| months / s < 4).unwrap_or(120);
    let at = |i: i32| {
        let month = time::Month::try_from(u8::try_from(i.rem_euclid(12) + 1).ok()?).ok()?;
        Date::from_calendar_date(i.div_euclid(12), month, 1).ok()
    };
    // The first whole month inside the span.
    let start = if first.day() == 1 { index(first) } else { index(first) + 1 };
    (0..).map(|k| start + k * step).map_while(|i| at(i).filter(|d| *d <= last)).collect()
}
