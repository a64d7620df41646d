//! `<lis1-cost-estimate>`: the cost form, then the total, the breakdown of
//! one position per part, and the totals per payer and per budget year,
//! each as a table and as a bar chart (`chart.rs`).

use lis1_core::Lang;
use lis1_cost::{CostBreakdown, CostResult};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::chart;
use super::dom::{append, el};
use super::form_element::{read_issues, run_with, FormKind};
use super::format::{amount, kroner};
use super::meta::{dev_doc, preset, Attribute};
use super::panel::{container, notes, table, text};
use crate::element_texts as tx;

/// `<lis1-cost-estimate>`.
pub static COST: FormKind = FormKind {
    presets_follow: &[],
    title: None,
    takes: None,
    kind: "cost",
    // <lis1-cost-estimate kommune="1804" start="2026-09-01">: the first row.
    attributes: PRESET_ATTRIBUTES,
    run: |input, lang, doc| run_with(input, lang, doc, lis1_cost::estimate_cost, panel),
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

/// The per-position table: each line's sum column is the sum of its two
/// whole-kroner parts, and the "Sum" line holds the parts' totals, which the
/// API computes as the sums of the component lines (issue 22 item 10), so
/// every column adds up.
fn breakdown_rows(lang: Lang, h: &CostBreakdown, m: &CostBreakdown) -> Vec<Vec<String>> {
    let line = |label: &lis1_core::MessageDef, a: f64, b: f64| {
        vec![text(lang, label), amount(a, lang), amount(b, lang), amount(a + b, lang)]
    };
    vec![
        line(&tx::COST_SALARY, h.salary, m.salary),
        line(&tx::COST_HOLIDAY_PAY, h.holiday_pay, m.holiday_pay),
        line(&tx::COST_PENSION, h.pension, m.pension),
        line(&tx::COST_EMPLOYER_TAX, h.employer_tax, m.employer_tax),
        line(&tx::COST_REMAINDER, h.remainder, m.remainder),
        line(&tx::COST_SUPERVISION, h.supervision, m.supervision),
        line(&tx::COST_OVERHEAD, h.overhead, m.overhead),
        line(&tx::COST_SUM, h.total, m.total),
        line(&tx::COST_GRANTS, h.grants, m.grants),
    ]
}

fn chart_title(lang: Lang, what: &lis1_core::MessageDef) -> String {
    tx::CHART_TITLE.render(lang, &[("what", text(lang, what))])
}

fn panel(doc: &Document, lang: Lang, _input: &lis1_cost::CostInput, r: &CostResult) -> Result<Element, JsValue> {
    let panel = container(doc, lang)?;
    // The answer first, with the kroner it is in (issue 15 item 11): the
    // price year when adjusted, else the range of the rates' price years.
    // Kroner as people write them: `2 016 070 kr`, `NOK 2,016,070`.
    let money = kroner(r.total, lang);
    let years: Vec<i32> = r.parameters_used.iter().filter_map(|p| p.price_year).collect();
    let total = match (r.price_adjusted, r.price_year, years.iter().min(), years.iter().max()) {
        (true, Some(year), _, _) => {
            tx::COST_TOTAL_IN_YEAR.render(lang, &[("amount", money), ("year", year.to_string())])
        }
        (false, _, Some(from), Some(to)) => {
            let years = if from == to { from.to_string() } else { format!("{from}–{to}") };
            tx::COST_TOTAL_NOMINAL.render(lang, &[("amount", money), ("years", years)])
        }
        _ => tx::COST_TOTAL.render(lang, &[("amount", money)]),
    };
    let summary = el(doc, "p", Some("summary"), Some(&total))?;
    summary.set_class_name("summary");
    panel.append_child(&summary)?;
    let p = &r.per_position;
    let head = [&tx::COST_COMPONENT, &tx::PART_HOSPITAL, &tx::PART_MUNICIPAL, &tx::COST_SUM];
    append(
        &panel,
        table(doc, lang, Some(&tx::COST_PER_POSITION), &head, &breakdown_rows(lang, &p.hospital, &p.municipal)),
    )?;
    let by_payer = [
        (text(lang, &tx::PAYER_HF), r.by_payer.helseforetak),
        (text(lang, &tx::PAYER_KOMMUNE), r.by_payer.kommune),
        (text(lang, &tx::PAYER_STATE), r.by_payer.state),
    ];
    let payers: Vec<Vec<String>> =
        by_payer.iter().map(|(label, value)| vec![label.clone(), amount(*value, lang)]).collect();
    append(&panel, table(doc, lang, Some(&tx::COST_BY_PAYER), &[&tx::PAYER, &tx::AMOUNT], &payers))?;
    append(&panel, chart::bars(doc, lang, "chart-by-payer", &chart_title(lang, &tx::COST_BY_PAYER), &by_payer))?;
    let years: Vec<Vec<String>> = r
        .by_year
        .iter()
        .map(|y| vec![y.year.to_string(), super::format::number(y.position_months, lang), amount(y.amount, lang)])
        .collect();
    append(&panel, table(doc, lang, Some(&tx::COST_BY_YEAR), &[&tx::YEAR, &tx::POSITION_MONTHS, &tx::AMOUNT], &years))?;
    let by_year: Vec<(String, f64)> = r.by_year.iter().map(|y| (y.year.to_string(), y.amount)).collect();
    append(&panel, chart::bars(doc, lang, "chart-by-year", &chart_title(lang, &tx::COST_BY_YEAR), &by_year))?;
    notes(doc, lang, &panel, &r.warnings, &r.assumptions)?;
    Ok(panel)
}
