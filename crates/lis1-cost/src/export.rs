//! The cost estimate as a CSV file (issue 25 item 5), with the roster's
//! conventions (`lis1_core::csv`: UTF-8 with BOM, `;`, CRLF, decimal comma,
//! formula guard), so Norwegian Excel opens it with a double click.
//!
//! **One file, one table after another.** A budget officer asks for "the
//! numbers" once and gets one file that opens as one sheet: the answer
//! sentence (the total and the kroner it is in), then the per-position,
//! per-payer, per-budget-year, payers-per-year and rates tables, then the
//! assumptions and warnings. Each table has a title row and its own header
//! row, and a blank row separates it from the next: Excel's "Format as
//! table" and filters pick up one table at a time (a blank row ends a
//! range), and one download needs no archive and no browser permission for
//! several files.
//!
//! **Numbers are numbers.** Amounts are whole kroner (as on the screen),
//! months and percentages at most two decimals, all as [`Cell::Number`] with
//! a decimal comma, never grouped, so Excel can sum them. The words are the
//! view's (`crate::view::texts`), in the input's `lang`; the format does not
//! change with `lang`.

use lis1_core::csv::{self, Cell, Csv};
use lis1_core::file::TextFile;
use lis1_core::view::text;
use lis1_core::view::texts::{PART_HOSPITAL, PART_MUNICIPAL};
use lis1_core::{Lang, Lis1Error, MessageDef};

use crate::view::texts as tx;
use crate::view::{breakdown_lines, payers_by_year, rate_name, source_text, total, unit_text, used_for};
use crate::{CostInput, CostResult};

/// The CSV of a cost input (the JS `costCsv`): the estimate's tables as one
/// file. Refused as [`crate::estimate_cost`] is.
pub fn cost_csv(input: &CostInput) -> Result<TextFile, Lis1Error> {
    let lang = input.lang.unwrap_or_default();
    let result = crate::estimate_cost(input)?;
    Ok(TextFile {
        name: format!("{}.csv", tx::FILE_NAME.render(lang, &[])),
        media_type: csv::MEDIA_TYPE,
        text: csv_text(&result, lang),
    })
}

/// Writes the tables of one result, words in `lang`.
struct Sheet {
    csv: Csv,
    lang: Lang,
}

impl Sheet {
    fn t(&self, def: &MessageDef) -> String {
        text(self.lang, def)
    }

    /// A blank row (unless first), the title row, then the header row.
    fn start(&mut self, title: &MessageDef, head: &[String]) {
        self.csv.row(&[]);
        let title = self.t(title);
        self.csv.texts(&[&title]);
        let head: Vec<&str> = head.iter().map(String::as_str).collect();
        self.csv.texts(&head);
    }

    fn heads(&self, defs: &[&MessageDef]) -> Vec<String> {
        defs.iter().map(|d| self.t(d)).collect()
    }

    /// A row headed by `label`, then whole kroner.
    fn amounts(&mut self, label: &str, values: &[f64]) {
        let cells: Vec<Cell<'_>> =
            std::iter::once(Cell::Text(label)).chain(values.iter().map(|v| Cell::Number(v.round()))).collect();
        self.csv.row(&cells);
    }
}

/// The CSV text of a cost result (see the module's doc for the layout).
pub fn csv_text(r: &CostResult, lang: Lang) -> String {
    let mut s = Sheet { csv: Csv::new(), lang };
    let answer = total(lang, r);
    s.csv.texts(&[&answer]);

    // Per position: calendar months, then the money lines.
    let (h, m) = (&r.per_position.hospital, &r.per_position.municipal);
    let head = s.heads(&[&tx::COST_COMPONENT, &PART_HOSPITAL, &PART_MUNICIPAL, &tx::COST_SUM]);
    s.start(&tx::COST_PER_POSITION, &head);
    let months = s.t(&tx::CALENDAR_MONTHS);
    s.csv.row(&[
        Cell::Text(&months),
        Cell::Number(h.months),
        Cell::Number(m.months),
        Cell::Number(h.months + m.months),
    ]);
    for (label, a, b) in breakdown_lines(h, m) {
        let label = s.t(label);
        s.amounts(&label, &[a, b, a + b]);
    }

    // Per payer.
    let head = s.heads(&[&tx::PAYER, &tx::AMOUNT]);
    s.start(&tx::COST_BY_PAYER, &head);
    for (label, value) in [
        (&tx::PAYER_HF, r.by_payer.helseforetak),
        (&tx::PAYER_KOMMUNE, r.by_payer.kommune),
        (&tx::PAYER_STATE, r.by_payer.state),
    ] {
        let label = s.t(label);
        s.amounts(&label, &[value]);
    }

    // Per budget year.
    let head = s.heads(&[&tx::YEAR, &tx::POSITION_MONTHS, &tx::AMOUNT]);
    s.start(&tx::COST_BY_YEAR, &head);
    for y in &r.by_year {
        let year = y.year.to_string();
        s.csv.row(&[Cell::Text(&year), Cell::Number(y.position_months), Cell::Number(y.amount.round())]);
    }

    // Each payer per budget year, then the sums.
    let head = s.heads(&[&tx::YEAR, &tx::PAYER_HF, &tx::PAYER_KOMMUNE, &tx::PAYER_STATE, &tx::COST_SUM]);
    s.start(&tx::PAYERS_BY_YEAR, &head);
    for (label, sums) in payers_by_year(lang, r) {
        s.amounts(&label, &sums);
    }

    // The rates used.
    let adjusted = r.price_year.filter(|_| r.price_adjusted);
    let mut head = s.heads(&[&tx::RATE, &tx::VALUE, &tx::UNIT, &tx::PRICE_YEAR, &tx::SOURCE, &tx::USED_FOR]);
    if let Some(year) = adjusted {
        head.push(tx::ADJUSTED.render(lang, &[("year", year.to_string())]));
    }
    head.push(s.t(&tx::OWN_VALUE_HEAD));
    s.start(&tx::RATES_USED, &head);
    let yes = s.t(&tx::YES);
    for p in &r.parameters_used {
        let money = |v: f64| if p.unit.is_money() { v.round() } else { v };
        let name = rate_name(p.id, lang);
        let unit = s.t(unit_text(p.unit));
        let year = p.price_year.map(|y| y.to_string()).unwrap_or_default();
        let used = used_for(p.id, lang).unwrap_or_default();
        let source = source_text(p, lang);
        let value = if p.overridden { p.value } else { p.table_value };
        let mut cells = vec![
            Cell::Text(&name),
            Cell::Number(money(value)),
            Cell::Text(&unit),
            if year.is_empty() { Cell::Empty } else { Cell::Text(&year) },
            Cell::Text(&source),
            Cell::Text(&used),
        ];
        if adjusted.is_some() {
            cells.push(if p.unit.is_money() { Cell::Number(money(p.value)) } else { Cell::Empty });
        }
        cells.push(if p.overridden { Cell::Text(&yes) } else { Cell::Empty });
        s.csv.row(&cells);
    }

    // The assumptions and warnings, one sentence a row.
    for (title, lines) in [
        (&tx::ASSUMPTIONS, r.assumptions.iter().map(|a| a.text.as_str()).collect::<Vec<_>>()),
        (&tx::WARNINGS, r.warnings.iter().map(|w| w.message.as_str()).collect()),
    ] {
        if lines.is_empty() {
            continue;
        }
        s.csv.row(&[]);
        let title = s.t(title);
        s.csv.texts(&[&title]);
        for line in lines {
            s.csv.texts(&[line]);
        }
    }
    s.csv.finish()
}
