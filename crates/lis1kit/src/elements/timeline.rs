//! The service timeline picture: one lane per part with its periods
//! (counting ones filled, non-counting ones hatched by outline only), date
//! ranges of absence as marks under the lane, the projected end of each
//! part, and today. An SVG with `role="img"`, a `<title>` and a `<desc>`
//! that says in words what the picture shows (the text alternative); the
//! frame comes from `svg::picture`.
//!
//! Parts: `timeline`.

use lis1_core::number_text::fixed;
use lis1_core::{date, Date, Lang};
use lis1_service::{ServiceInput, ServiceResult};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

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
        let name = svg(doc, "text", &[("x", "0".into()), ("y", em(top + 1.1)), ("class", "lane-label".into())])?;
        name.set_text_content(Some(&text(lang, label)));
        root.append_child(&name)?;
        // Said after the part's sentence: which periods are drawn outlined only (S-6).
        let mut not_counting = Vec::new();
        for p in input.periods.iter().filter(|p| p.part == part_code) {
            let (Some(s), Some(e)) = (day(&p.start), day(&p.end)) else { continue };
            let counts = lis1_service::position_counts(p.position.as_deref().unwrap_or("coupled"));
            let bar = svg(
                doc,
                "rect",
                &[
                    ("x", pct(x(s))),
                    ("y", em(y)),
                    ("width", pct((x(e) - x(s)).max(0.5))),
                    ("height", em(1.1)),
                    ("rx", "3".into()),
                    ("class", if counts { "period".into() } else { "period not-counting".into() }),
                ],
            )?;
            root.append_child(&bar)?;
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
            let mark = svg(
                doc,
                "rect",
                &[
                    ("x", pct(x(s))),
                    ("y", em(y + 1.25)),
                    ("width", pct((x(e) - x(s)).max(0.5))),
                    ("height", em(0.35)),
                    ("class", "absence".into()),
                ],
            )?;
            root.append_child(&mark)?;
        }
        if let Some(end) = part_result.projected_end.as_deref().and_then(day) {
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
    }
    let axis_y = 2.0 * LANE + 1.3;
    for (x_at, d, anchor) in [("0", first, "start"), ("100%", last, "end")] {
        let label = svg(
            doc,
            "text",
            &[("x", x_at.into()), ("y", em(axis_y)), ("text-anchor", anchor.into()), ("class", "axis".into())],
        )?;
        label.set_text_content(Some(&date::display(d, lang)));
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
    Ok(Some(root))
}
