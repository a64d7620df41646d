//! The cost estimate in people's words (`lis1_core::view`): the total with
//! the kroner it is in, one position's breakdown per part (with its calendar
//! months), the totals per payer and per budget year, each as a table and as
//! bars, each payer's amount per budget year, and the rates used — value,
//! unit, price year, source, which breakdown line each enters and, with a
//! price index, the value in the price year — so every line can be traced
//! (issue 25 item 4). The lis1kit elements draw the view; the words are this
//! crate's.

pub mod texts;

use lis1_core::number_text::{grouped as amount, kroner, shown as number};
use lis1_core::view::texts::{CHART_TITLE, PART_HOSPITAL, PART_MUNICIPAL};
use lis1_core::view::{text, Answer, Audience, Bars, Block, Notes, Table, View};
use lis1_core::{Lang, MessageDef};

use crate::parameters::{self, ids, Unit};
use crate::{CostBreakdown, CostResult, ParameterUsed};
use texts as tx;

/// The per-position table's money lines: each component, the "Sum" line
/// (the parts' totals, which the API computes as the sums of the component
/// lines, C-20) and the state grant ("of which"), as (label, hospital,
/// municipal). The view and the CSV export write the same lines.
pub(crate) fn breakdown_lines(h: &CostBreakdown, m: &CostBreakdown) -> [(&'static MessageDef, f64, f64); 9] {
    [
        (&tx::COST_SALARY, h.salary, m.salary),
        (&tx::COST_HOLIDAY_PAY, h.holiday_pay, m.holiday_pay),
        (&tx::COST_PENSION, h.pension, m.pension),
        (&tx::COST_EMPLOYER_TAX, h.employer_tax, m.employer_tax),
        (&tx::COST_REMAINDER, h.remainder, m.remainder),
        (&tx::COST_SUPERVISION, h.supervision, m.supervision),
        (&tx::COST_OVERHEAD, h.overhead, m.overhead),
        (&tx::COST_SUM, h.total, m.total),
        (&tx::COST_GRANTS, h.grants, m.grants),
    ]
}

/// The per-position table: the calendar months of each part first (what the
/// per-month rates are multiplied by), then [`breakdown_lines`]; each line's
/// sum column is the sum of its two whole-kroner parts, so every column adds
/// up.
fn breakdown_rows(lang: Lang, h: &CostBreakdown, m: &CostBreakdown) -> Vec<Vec<String>> {
    let months = vec![
        text(lang, &tx::CALENDAR_MONTHS),
        number(h.months, lang),
        number(m.months, lang),
        number(h.months + m.months, lang),
    ];
    let lines = breakdown_lines(h, m)
        .into_iter()
        .map(|(label, a, b)| vec![text(lang, label), amount(a, lang), amount(b, lang), amount(a + b, lang)]);
    std::iter::once(months).chain(lines).collect()
}

/// Each payer's amount per budget year, then their sums: the year rows are
/// the result's `byYear[].byPayer` (whole kroner spread from the same
/// rounded parts as `byPayer`), so each column adds up to the per-payer
/// table and each row's sum is the per-year table's amount.
pub(crate) fn payers_by_year(lang: Lang, r: &CostResult) -> Vec<(String, [f64; 4])> {
    let line = |label: String, p: &crate::Payers, sum: f64| (label, [p.helseforetak, p.kommune, p.state, sum]);
    let mut rows: Vec<_> = r.by_year.iter().map(|y| line(y.year.to_string(), &y.by_payer, y.amount)).collect();
    rows.push(line(text(lang, &tx::COST_SUM), &r.by_payer, r.total));
    rows
}

/// The words of a unit (`kr per år`).
pub fn unit_text(unit: Unit) -> &'static MessageDef {
    match unit {
        Unit::Nok => &tx::UNIT_NOK,
        Unit::NokPerYear => &tx::UNIT_NOK_PER_YEAR,
        Unit::NokPerHalfYear => &tx::UNIT_NOK_PER_HALF_YEAR,
        Unit::NokPerMonth => &tx::UNIT_NOK_PER_MONTH,
        Unit::Percent => &tx::UNIT_PERCENT,
        Unit::HoursPerWeek => &tx::UNIT_HOURS_PER_WEEK,
        Unit::Number => &tx::UNIT_NUMBER,
    }
}

/// Which line of the breakdown a parameter enters and how, in words (the
/// trace from "Kontor og støtte" to its rate and the calendar months:
/// `Kontor og støtte: sats / 12 × kalendermåneder`), naming the lines as the
/// per-position table does; see [`crate::breakdown`].
pub fn used_for(id: &str, lang: Lang) -> Option<String> {
    let line = |def: &MessageDef| text(lang, def);
    let percent_of =
        |what: &MessageDef, base: String| tx::USE_PERCENT.render(lang, &[("line", line(what)), ("base", base)]);
    let formula = |template: &MessageDef, what: &MessageDef| template.render(lang, &[("line", line(what))]);
    Some(match id {
        ids::SALARY => formula(&tx::USE_TWELFTH_SHARE, &tx::COST_SALARY),
        ids::HOLIDAY_PAY | ids::HOLIDAY_PAY_60 => percent_of(&tx::COST_HOLIDAY_PAY, line(&tx::COST_SALARY)),
        ids::PENSION => percent_of(&tx::COST_PENSION, line(&tx::COST_SALARY)),
        ids::HOSPITAL_REMAINDER => formula(&tx::USE_SHARE, &tx::COST_REMAINDER),
        ids::SUPERVISION | ids::SUPERVISION_RAISE => formula(&tx::USE_TWELFTH, &tx::COST_SUPERVISION),
        ids::OVERHEAD => formula(&tx::USE_TWELFTH, &tx::COST_OVERHEAD),
        ids::PRICE_INDEX_JUMP => line(&tx::USE_PRICE_INDEX_JUMP),
        _ if id.starts_with("C-7.") => {
            let base = [&tx::COST_SALARY, &tx::COST_HOLIDAY_PAY, &tx::COST_PENSION].map(line).join(" + ");
            percent_of(&tx::COST_EMPLOYER_TAX, format!("({base})"))
        }
        _ if id.starts_with("C-3.") => formula(&tx::USE_GRANT, &tx::COST_GRANTS),
        _ => return None,
    })
}

/// A parameter's name as a table heads a row: its name in words with the
/// first letter capitalised (`Årslønn`); the names are Norwegian or English
/// words, so ASCII and `æøå` are all there is to capitalise.
pub fn rate_name(id: &str, lang: Lang) -> String {
    let name = parameters::find(id).map_or(id, |p| p.name(lang));
    let mut chars = name.chars();
    let first = match chars.next() {
        Some('æ') => 'Æ',
        Some('ø') => 'Ø',
        Some('å') => 'Å',
        Some(c) => c.to_ascii_uppercase(),
        None => return String::new(),
    };
    let mut out = String::with_capacity(name.len());
    out.push(first);
    out.push_str(chars.as_str());
    out
}

/// A parameter value as people read it in its unit: kroner grouped, others
/// with at most two decimals.
pub fn rate_value(value: f64, unit: Unit, lang: Lang) -> String {
    if unit.is_money() {
        amount(value, lang)
    } else {
        number(value, lang)
    }
}

/// A rate's source as the rates table and the CSV write it: the citation,
/// or for lis1kit's own value (a fit or an assumption, listed among the
/// assumptions) that in words in `lang`, not the table's English note.
pub(crate) fn source_text(p: &ParameterUsed, lang: Lang) -> String {
    if parameters::find(p.id).is_some_and(parameters::Parameter::is_own) {
        text(lang, &tx::SOURCE_OWN)
    } else {
        p.source.to_owned()
    }
}

/// The rates table: one row per parameter used, in table order. "Verdi" is
/// the table's value (or the caller's own, marked), the last column — only
/// with a price index — the money value converted to the price year.
fn rates(lang: Lang, r: &CostResult) -> Block {
    let adjusted = r.price_year.filter(|_| r.price_adjusted);
    let mut head: Vec<String> = [&tx::RATE, &tx::VALUE, &tx::UNIT, &tx::PRICE_YEAR, &tx::SOURCE, &tx::USED_FOR]
        .iter()
        .map(|h| text(lang, h))
        .collect();
    if let Some(year) = adjusted {
        head.push(tx::ADJUSTED.render(lang, &[("year", year.to_string())]));
    }
    let rows = r.parameters_used.iter().map(|p| rate_row(lang, p, adjusted.is_some())).collect();
    Block::Table(Table { caption: Some(text(lang, &tx::RATES_USED)), head, rows })
}

fn rate_row(lang: Lang, p: &ParameterUsed, adjusted: bool) -> Vec<String> {
    const NONE: &str = "–";
    let value = if p.overridden {
        tx::OWN_VALUE.render(lang, &[("value", rate_value(p.value, p.unit, lang))])
    } else {
        rate_value(p.table_value, p.unit, lang)
    };
    let mut row = vec![
        rate_name(p.id, lang),
        value,
        text(lang, unit_text(p.unit)),
        p.price_year.map_or_else(|| NONE.to_owned(), |y| y.to_string()),
        source_text(p, lang),
        used_for(p.id, lang).unwrap_or_else(|| NONE.to_owned()),
    ];
    if adjusted {
        row.push(if p.unit.is_money() { rate_value(p.value, p.unit, lang) } else { NONE.to_owned() });
    }
    row
}

/// The total with the kroner it is in: the price year when adjusted, else
/// the range of the rates' price years. Kroner as people write them:
/// `2 016 070 kr`, `NOK 2,016,070`.
pub(crate) fn total(lang: Lang, r: &CostResult) -> String {
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
        table(
            lang,
            &tx::PAYERS_BY_YEAR,
            &[&tx::YEAR, &tx::PAYER_HF, &tx::PAYER_KOMMUNE, &tx::PAYER_STATE, &tx::COST_SUM],
            payers_by_year(lang, r)
                .into_iter()
                .map(|(label, sums)| std::iter::once(label).chain(sums.iter().map(|a| amount(*a, lang))).collect())
                .collect(),
        ),
        rates(lang, r),
        Block::Notes(Notes {
            warnings: r.warnings.clone(),
            assumptions: r.assumptions.clone(),
            audience: Audience::Everyone,
        }),
    ];
    View { answer: Answer { text: total(lang, r), part: "summary", status: None }, blocks }
}
