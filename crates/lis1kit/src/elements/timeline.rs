//! The service timeline picture: one lane per part with its periods
//! (counting ones filled, non-counting ones hatched by outline only), date
//! ranges of absence as marks under the lane, the projected end of each
//! part, and today. An SVG with `role="img"`, a `<title>` and a `<desc>`
//! that says in words what the picture shows (the text alternative); the
//! frame comes from `svg::picture`.
//!
//! Parts: `timeline`.

use lis1_core::{date, Date, Lang};
use lis1_service::{ServiceInput, ServiceResult};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::format::number;
use super::panel::text;
use super::svg::{node as svg, picture};
use super::texts as tx;

const WIDTH: f64 = 640.0;
const LEFT: f64 = 110.0;
const LANE: f64 = 34.0;

fn day(iso: &str) -> Option<Date> {
    date::parse(iso).ok()
}

/// The picture for a service input and its result, or `None` when there is
/// nothing dated to draw.
pub fn draw(doc: &Document, lang: Lang, input: &ServiceInput, result: &ServiceResult, today: Option<Date>) -> Result<Option<Element>, JsValue> {
    let mut dates: Vec<Date> = input.periods.iter().flat_map(|p| [day(&p.start), day(&p.end)]).flatten().collect();
    dates.extend([result.hospital.projected_end.as_deref(), result.municipal.projected_end.as_deref()].into_iter().flatten().filter_map(day));
    if let Some(next) = input.plan.as_ref().and_then(|p| p.next_start.as_deref()).and_then(day) {
        dates.push(next);
    }
    let (Some(&first), Some(&last)) = (dates.iter().min(), dates.iter().max()) else { return Ok(None) };
    let span = f64::from((last - first).whole_days().max(1) as i32);
    let x = |d: Date| LEFT + (WIDTH - LEFT - 10.0) * f64::from((d - first).whole_days() as i32) / span;
    let height = 2.0 * LANE + 46.0;
    let (root, desc) = picture(doc, "timeline", "timeline", "timeline", &text(lang, &tx::TIMELINE_TITLE), &[("viewBox", format!("0 0 {WIDTH} {height}"))])?;
    let mut described = Vec::new();
    for (lane, (part_code, part_result, label)) in
        [("hospital", &result.hospital, &tx::PART_HOSPITAL), ("municipal", &result.municipal, &tx::PART_MUNICIPAL)].into_iter().enumerate()
    {
        #[allow(clippy::cast_precision_loss)]
        let y = 10.0 + LANE * lane as f64;
        let name = svg(doc, "text", &[("x", "0".into()), ("y", format!("{}", y + 16.0)), ("class", "lane-label".into())])?;
        name.set_text_content(Some(&text(lang, label)));
        root.append_child(&name)?;
        for p in input.periods.iter().filter(|p| p.part == part_code) {
            let (Some(s), Some(e)) = (day(&p.start), day(&p.end)) else { continue };
            let counts = lis1_service::position_counts(p.position.as_deref().unwrap_or("coupled"));
            let bar = svg(doc, "rect", &[
                ("x", format!("{:.1}", x(s))),
                ("y", format!("{y}")),
                ("width", format!("{:.1}", (x(e) - x(s)).max(2.0))),
                ("height", "20".into()),
                ("rx", "3".into()),
                ("class", if counts { "period".into() } else { "period not-counting".into() }),
            ])?;
            root.append_child(&bar)?;
        }
        for a in input.absences.iter().filter(|a| a.part == part_code) {
            let (Some(s), Some(e)) = (a.start.as_deref().and_then(day), a.end.as_deref().and_then(day)) else { continue };
            let mark = svg(doc, "rect", &[
                ("x", format!("{:.1}", x(s))),
                ("y", format!("{}", y + 22.0)),
                ("width", format!("{:.1}", (x(e) - x(s)).max(2.0))),
                ("height", "5".into()),
                ("class", "absence".into()),
            ])?;
            root.append_child(&mark)?;
        }
        if let Some(end) = part_result.projected_end.as_deref().and_then(day) {
            let line = svg(doc, "line", &[
                ("x1", format!("{:.1}", x(end))), ("x2", format!("{:.1}", x(end))),
                ("y1", format!("{}", y - 4.0)), ("y2", format!("{}", y + 28.0)), ("class", "end".into()),
            ])?;
            root.append_child(&line)?;
        }
        described.push(tx::TIMELINE_PART.render(lang, &[
            ("part", text(lang, label)),
            ("counted", number(part_result.counted_months, lang)),
            ("required", number(part_result.required_months, lang)),
            ("days", number(part_result.make_up_days, lang)),
            ("end", part_result.projected_end.as_deref().and_then(day).map_or_else(|| String::from("–"), |d| date::display(d, lang))),
        ]));
    }
    let axis_y = 2.0 * LANE + 24.0;
    for (d, anchor) in [(first, "start"), (last, "end")] {
        let label = svg(doc, "text", &[("x", format!("{:.1}", x(d))), ("y", format!("{axis_y}")), ("text-anchor", anchor.into()), ("class", "axis".into())])?;
        label.set_text_content(Some(&date::display(d, lang)));
        root.append_child(&label)?;
    }
    if let Some(t) = today.filter(|t| *t >= first && *t <= last) {
        let line = svg(doc, "line", &[
            ("x1", format!("{:.1}", x(t))), ("x2", format!("{:.1}", x(t))),
            ("y1", "4".into()), ("y2", format!("{}", axis_y - 10.0)), ("class", "today".into()),
        ])?;
        root.append_child(&line)?;
        described.push(tx::TIMELINE_TODAY.render(lang, &[("date", date::display(t, lang))]));
    }
    desc.set_text_content(Some(&described.join(" ")));
    Ok(Some(root))
}
