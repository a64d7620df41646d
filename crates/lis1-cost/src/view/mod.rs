//! The cost estimate in people's words (`lis1_core::view`): the total with
//! the kroner it is in, one position's breakdown per part, and the totals
//! per payer and per budget year, each as a table and as bars. The lis1kit
//! elements draw the view; the words are this crate's.

pub mod texts;

use lis1_core::number_text::{grouped as amount, kroner, shown as number};
use lis1_core::view::texts::{CHART_TITLE, PART_HOSPITAL, PART_MUNICIPAL};
use lis1_core::view::{text, Answer, Audience, Bars, Block, Notes, Table, View};
use lis1_core::{Lang, MessageDef};

use crate::{CostBreakdown, CostResult};
use texts as tx;

/// The per-position table: each line's sum column is the sum of its two
/// whole-kroner parts, and the "Sum" line holds the parts' totals, which the
/// API computes as the sums of the component lines (C-20), so every column
/// adds up.
fn breakdown_rows(lang: Lang, h: &CostBreakdown, m: &CostBreakdown) -> Vec<Vec<String>> {
    let line = |label: &MessageDef, a: f64, b: f64| {
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

/// The total with the kroner it is in: the price year when adjusted, else
/// the range of the rates' price years. Kroner as people write them:
/// `2 016 070 kr`, `NOK 2,016,070`.
fn total(lang: Lang, r: &CostResult) -> String {
    let money = kroner(r.total, lang);
    let years: Vec<i32> = r.parameters_used.iter().filter_map(|p| p.price_year).collect();
    match (r.price_adjusted, r.price_year, years.iter().min(), years.iter().max()) {
        (true, Some(year), _, _) => {
            tx::COST_TOTAL_IN_YEAR.render(lang, &[("amount", money), ("year", year.to_string())])
        }
        (false, _, Some(from), Some(to)) => {
            let years = if from == to { from.to_string() } else { format!("{from}–{to}") };
            tx::COST_TOTAL_NOMINAL.render(lang, &[("amount", money), ("years", years)])
        }
        _ => tx::COST_TOTAL.render(lang, &[("amount", money)]),
    }
}

fn table(lang: Lang, caption: &MessageDef, head: &[&MessageDef], rows: Vec<Vec<String>>) -> Block {
    let head = head.iter().map(|h| text(lang, h)).collect();
    Block::Table(Table { caption: Some(text(lang, caption)), head, rows })
}

fn bars(lang: Lang, name: &'static str, what: &MessageDef, bars: Vec<(String, f64)>) -> Block {
    Block::Bars(Bars { name, title: CHART_TITLE.render(lang, &[("what", text(lang, what))]), bars })
}

/// `estimateCost` in words.
pub fn view(r: &CostResult, lang: Lang) -> View {
    let p = &r.per_position;
    let by_payer = vec![
        (text(lang, &tx::PAYER_HF), r.by_payer.helseforetak),
        (text(lang, &tx::PAYER_KOMMUNE), r.by_payer.kommune),
        (text(lang, &tx::PAYER_STATE), r.by_payer.state),
    ];
    let payers = by_payer.iter().map(|(label, value)| vec![label.clone(), amount(*value, lang)]).collect();
    let years = r
        .by_year
        .iter()
        .map(|y| vec![y.year.to_string(), number(y.position_months, lang), amount(y.amount, lang)])
        .collect();
    let by_year = r.by_year.iter().map(|y| (y.year.to_string(), y.amount)).collect();
    let blocks = vec![
        table(
            lang,
            &tx::COST_PER_POSITION,
            &[&tx::COST_COMPONENT, &PART_HOSPITAL, &PART_MUNICIPAL, &tx::COST_SUM],
            breakdown_rows(lang, &p.hospital, &p.municipal),
        ),
        table(lang, &tx::COST_BY_PAYER, &[&tx::PAYER, &tx::AMOUNT], payers),
        bars(lang, "chart-by-payer", &tx::COST_BY_PAYER, by_payer),
        table(lang, &tx::COST_BY_YEAR, &[&tx::YEAR, &tx::POSITION_MONTHS, &tx::AMOUNT], years),
        bars(lang, "chart-by-year", &tx::COST_BY_YEAR, by_year),
        Block::Notes(Notes {
            warnings: r.warnings.clone(),
            assumptions: r.assumptions.clone(),
            audience: Audience::Everyone,
        }),
    ];
    View { answer: Answer { text: total(lang, r), part: "summary", status: None }, blocks }
}
