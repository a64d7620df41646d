//! The service timeline picture: one lane per part with its periods
//! (counting ones filled, non-counting ones hatched by outline only), date
//! ranges of absence as marks under the lane, the planned service and the
//! make-up days (from the result's `plannedFrom` / `makeUpFrom`), the
//! projected end of each part, today, and month ticks thinned to at most
//! four so their labels never overlap at 320 px. An SVG with `role="img"`, a
//! `<title>` and a `<desc>` that says in words what the picture shows (the
//! text alternative; the frame comes from `svg::picture`), followed by a
//! legend of what is drawn (issue 15 item 7).
//!
//! Parts: `timeline`, `legend`.

use lis1_core::number_text::fixed;
use lis1_core::{date, Date, Lang};
use lis1_service::{ServiceInput, ServiceResult};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use super::format::number;
use super::panel::text;
use super::svg::{node as svg, picture};
use crate::element_texts as tx;

/// Height of one lane (its label line, the periods, the absence marks), in em.
/// Horizontal positions are percentages of the element's width and heights
/// are in `em` (as in the cost charts), so the text keeps its size at any
/// width instead of shrinking with a viewBox.
const LANE: f64 = 3.4;

fn day(iso: &str) -> Option<Date> {
    date::parse(iso).ok()
}

/// The picture for a service input and its result, or `None` when there is
/// nothing dated to draw.
pub fn draw(
    doc: &Document,
    lang: Lang,
    input: &ServiceInput,
    result: &ServiceResult,
    today: Option<Date>,
) -> Result<Option<Element>, JsValue> {
    let mut dates: Vec<Date> = input.periods.iter().flat_map(|p| [day(&p.start), day(&p.end)]).flatten().collect();
    dates.extend(
        [result.hospital.projected_end.as_deref(), result.municipal.projected_end.as_deref()]
            .into_iter()
            .flatten()
            .filter_map(day),
    );
    if let Some(next) = input.plan.as_ref().and_then(|p| p.next_start.as_deref()).and_then(day) {
        dates.push(next);
    }
    let (Some(&first), Some(&last)) = (dates.iter().min(), dates.iter().max()) else { return Ok(None) };
    let span = f64::from((last - first).whole_days().max(1) as i32);
    // Percent of the width; a mark at the very end is drawn just inside.
    let x = |d: Date| (99.5 * f64::from((d - first).whole_days() as i32) / span).clamp(0.0, 99.5);
    let pct = |v: f64| format!("{}%", fixed(v, 2));
    let em = |v: f64| format!("{}em", fixed(v, 2));
    let height = 2.0 * LANE + 1.8;
    let (root, desc) = picture(
        doc,
        "timeline",
        "timeline",
        "timeline",
        &text(lang, &tx::TIMELINE_TITLE),
        &[("width", "100%".into()), ("height", em(height))],
    )?;
    let mut described = Vec::new();
    for (lane, (part_code, part_result, label)) in
        [("hospital", &result.hospital, &tx::PART_HOSPITAL), ("municipal", &result.municipal, &tx::PART_MUNICIPAL)]
            .into_iter()
            .enumerate()
    {
        #[allow(clippy::cast_precision_loss)]
        let top = LANE * lane as f64;
        let y = top + 1.5;
        // A bar of the lane from `s` to `until`, `h` em high at `at` em.
        let bar = |s: Date, until: Date, at: f64, h: f64, class: &str| {
            let attrs = [
                ("x", pct(x(s))),
                ("y", em(at)),
                ("width", pct((x(until) - x(s)).max(0.5))),
                ("height", em(h)),
                ("class", class.into()),
            ];
            append(&root, svg(doc, "rect", &attrs))
        };
        // Planned service and make-up days cover their last day too.
        let band = |s: Date, e: Date, class: &str| bar(s, e.next_day().unwrap_or(e), y, 1.1, class);
        let mut made_up = None;
        let name = svg(doc, "text", &[("x", "0".into()), ("y", em(top + 1.1)), ("class", "lane-label".into())])?;
        name.set_text_content(Some(&text(lang, label)));
        root.append_child(&name)?;
        // Said after the part's sentence: which periods are drawn outlined only (S-6).
        let mut not_counting = Vec::new();
        for p in input.periods.iter().filter(|p| p.part == part_code) {
            let (Some(s), Some(e)) = (day(&p.start), day(&p.end)) else { continue };
            let counts = lis1_service::position_counts(p.position.as_deref().unwrap_or("coupled"));
            bar(s, e, y, 1.1, if counts { "period" } else { "period not-counting" })?;
            if !counts {
                not_counting.push(tx::TIMELINE_NOT_COUNTING.render(
                    lang,
                    &[("part", text(lang, label)), ("start", date::display(s, lang)), ("end", date::display(e, lang))],
                ));
            }
        }
        for a in input.absences.iter().filter(|a| a.part == part_code) {
            let (Some(s), Some(e)) = (a.start.as_deref().and_then(day), a.end.as_deref().and_then(day)) else {
                continue;
            };
            bar(s, e, y + 1.25, 0.35, "absence")?;
        }
        // The planned service, then its make-up days, up to the projected end.
        let end = part_result.projected_end.as_deref().and_then(day);
        let make_up_from = part_result.make_up_from.as_deref().and_then(day);
        if let (Some(from), Some(end)) = (part_result.planned_from.as_deref().and_then(day), end) {
            let planned_end = make_up_from.and_then(Date::previous_day).unwrap_or(end);
            if planned_end >= from {
                band(from, planned_end, "planned")?;
            }
        }
        if let (Some(from), Some(end)) = (make_up_from, end) {
            band(from, end, "make-up")?;
            made_up = Some(tx::TIMELINE_MAKE_UP.render(
                lang,
                &[("part", text(lang, label)), ("from", date::display(from, lang)), ("end", date::display(end, lang))],
            ));
        }
        if let Some(end) = end {
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
        described.push(
            tx::TIMELINE_PART.render(
                lang,
                &[
                    ("part", text(lang, label)),
                    ("counted", number(part_result.counted_months, lang)),
                    ("required", number(part_result.required_months, lang)),
                    ("days", number(part_result.make_up_days, lang)),
                    (
                        "end",
                        part_result
                            .projected_end
                            .as_deref()
                            .and_then(day)
                            .map_or_else(|| String::from("–"), |d| date::display(d, lang)),
                    ),
                ],
            ),
        );
        described.append(&mut not_counting);
        described.extend(made_up);
    }
    let axis_y = 2.0 * LANE + 1.3;
    let mut year_shown = None;
    for tick in month_ticks(first, last) {
        let at = x(tick);
        let mark = svg(
            doc,
            "line",
            &[
                ("x1", pct(at)),
                ("x2", pct(at)),
                ("y1", em(2.0 * LANE - 0.1)),
                ("y2", em(2.0 * LANE + 0.3)),
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
    if let Some(t) = today.filter(|t| *t >= first && *t <= last) {
        let line = svg(
            doc,
            "line",
            &[("x1", pct(x(t))), ("x2", pct(x(t))), ("y1", em(1.3)), ("y2", em(2.0 * LANE)), ("class", "today".into())],
        )?;
        root.append_child(&line)?;
        described.push(tx::TIMELINE_TODAY.render(lang, &[("date", date::display(t, lang))]));
    }
    desc.set_text_content(Some(&described.join(" ")));
    let figure = el(doc, "div", None, None)?;
    figure.set_class_name("timeline-figure");
    figure.append_child(&root)?;
    append(&figure, legend(doc, lang, &root, today))?;
    Ok(Some(figure))
}

/// The legend: one item, with a swatch of the same class, per kind of mark
/// the picture has (found in the picture itself). The picture's `<desc>`
/// says the same in sentences.
fn legend(doc: &Document, lang: Lang, picture: &Element, today: Option<Date>) -> Result<Element, JsValue> {
    let list = el(doc, "ul", Some("legend"), None)?;
    list.set_class_name("legend");
    list.set_attribute("aria-label", &text(lang, &tx::TIMELINE_LEGEND))?;
    let today = today.map(|t| tx::LEGEND_TODAY.render(lang, &[("date", date::display(t, lang))])).unwrap_or_default();
    // (class of the item, the marks it explains, its words), in drawing order.
    let items = [
        ("period", ".period:not(.not-counting)", text(lang, &tx::LEGEND_COUNTING)),
        ("period not-counting", ".not-counting", text(lang, &tx::LEGEND_NOT_COUNTING)),
        ("absence", ".absence", text(lang, &tx::LEGEND_ABSENCE)),
        ("planned", ".planned", text(lang, &tx::LEGEND_PLANNED)),
        ("make-up", ".make-up", text(lang, &tx::MAKE_UP)),
        ("end", ".end", text(lang, &tx::PROJECTED_END)),
        ("today", ".today", today),
    ];
    for (class, marks, words) in items {
        if picture.query_selector(marks)?.is_some() {
            let item = el(doc, "li", None, Some(&words))?;
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
