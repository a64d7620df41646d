//! Horizontal bar charts of a result (the cost estimate's amounts per payer
//! and per budget year): one bar per item, its length proportional to the
//! amount (the largest item fills the width), each bar with its label and
//! amount written above it. Widths are in percent of the element and
//! heights in `em`, so the chart reflows at any width without shrinking its
//! text. The frame (`role="img"`, `<title>`, `<desc>` listing every item
//! with its amount) comes from `svg::picture`.
//!
//! Parts: `chart` and the chart's own name (`chart-by-payer`,
//! `chart-by-year`). Colour: `--lis1-chart-bar`.

use lis1_core::number_text::fixed;
use lis1_core::view::Bars;
use lis1_core::Lang;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::append;
use super::format::amount;
use super::svg::{node, picture, text};
use crate::element_texts as tx;

/// Height of one item (label line and bar), in em.
const ROW: f64 = 2.6;

/// A view's bar chart, named by its `name` (part and id), of `(label,
/// kroner)` items in display order. Negative amounts draw no bar (their text
/// says the amount).
pub fn bars(doc: &Document, lang: Lang, chart: &Bars) -> Result<Element, JsValue> {
    let (name, title, items) = (chart.name, chart.title.as_str(), &chart.bars);
    #[allow(clippy::cast_precision_loss)]
    let height = ROW * items.len() as f64 + 0.3;
    let (root, desc) = picture(
        doc,
        name,
        &format!("chart {name}"),
        "chart",
        title,
        &[("width", "100%".into()), ("height", format!("{}em", fixed(height, 2)))],
    )?;
    let largest = items.iter().map(|(_, v)| *v).fold(0.0_f64, f64::max);
    let mut described = Vec::with_capacity(items.len());
    for (i, (label, value)) in items.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let top = ROW * i as f64;
        let line = tx::CHART_BAR.render(lang, &[("label", label.clone()), ("amount", amount(*value, lang))]);
        append(&root, text(doc, &line, &[("x", "0".into()), ("y", format!("{}em", fixed(top + 1.1, 2)))]))?;
        let share = if largest > 0.0 { (value / largest).clamp(0.0, 1.0) } else { 0.0 };
        append(
            &root,
            node(
                doc,
                "rect",
                &[
                    ("x", "0".into()),
                    ("y", format!("{}em", fixed(top + 1.45, 2))),
                    ("width", format!("{}%", fixed(share * 100.0, 3))),
                    ("height", "0.9em".into()),
                    ("class", "bar".into()),
                ],
            ),
        )?;
        described.push(line);
    }
    desc.set_text_content(Some(&format!("{}.", described.join(". "))));
    Ok(root)
}
