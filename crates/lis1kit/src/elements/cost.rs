//! `<lis1-cost-estimate>`: the cost form, then the cost view
//! (`lis1_cost::view`): the total, one position's breakdown per part, and
//! the totals per payer and per budget year, each as a table and as bars.

use super::form_element::{read_issues, run_with, FormKind};
use super::meta::{dev_doc, preset, Attribute};

/// `<lis1-cost-estimate>`.
pub static COST: FormKind = FormKind {
    presets_follow: &[],
    title: None,
    takes: None,
    kind: "cost",
    // <lis1-cost-estimate kommune="1804" start="2026-09-01">: the first row.
    attributes: PRESET_ATTRIBUTES,
    run: |input, ctx| run_with(input, ctx, lis1_cost::estimate_cost, |_, r, lang| lis1_cost::view::view(r, lang)),
    pictures: super::view::Pictures { timeline: None, bars: Some(super::chart::bars) },
    read_issues: read_issues::<lis1_cost::CostInput>,
};

/// Preset attributes: the first position row.
pub const PRESET_ATTRIBUTES: &[Attribute] = &[
    preset(
        "kommune",
        "/positions/0/kommune",
        dev_doc!("Kommune number of the first position (`positions[0].kommune`, e.g. 1804)."),
    ),
    preset(
        "start",
        "/positions/0/start",
        dev_doc!("Start date of the first position, YYYY-MM-DD (`positions[0].start`)."),
    ),
];
