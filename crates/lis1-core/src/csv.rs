//! CSV as Norwegian Excel opens it with a double click: UTF-8 with a byte
//! order mark (without it Excel reads the file as Windows-1252 and `æøå`
//! break), `;` between fields (Excel's list separator in a Norwegian locale,
//! where `,` is the decimal sign), CRLF after every row, and numbers with a
//! decimal comma (`6,5`).
//!
//! Quoting is RFC 4180's with `;` as the separator: a field holding `;`,
//! `"`, CR or LF is put in double quotes and each `"` inside doubled.
//!
//! **Formula injection.** Excel runs a cell whose text starts with `=`, `+`,
//! `-` or `@` as a formula (and a leading tab or CR can hide such a start),
//! so a text a user typed — a doctor's name — could run code when HR opens
//! the file. A text cell starting with one of those characters is written
//! with a `'` in front and quoted (OWASP, "CSV Injection"); Excel shows the
//! text and runs nothing. Numbers are [`Cell::Number`]s, never text, so a
//! negative number is not touched.

use crate::{date, number_text, Date, Lang};

/// The byte order mark that tells Excel the file is UTF-8.
pub const BOM: char = '\u{feff}';

/// Field separator: Excel's list separator in a Norwegian locale.
pub const SEPARATOR: char = ';';

/// Row end (RFC 4180).
pub const ROW_END: &str = "\r\n";

/// Media type of the text [`Csv::finish`] gives.
pub const MEDIA_TYPE: &str = "text/csv;charset=utf-8";

/// First characters that make Excel read a text as a formula (OWASP, "CSV
/// Injection"): `=`, `+`, `-`, `@`, and tab and CR, which can hide one.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// One field of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// Nothing (an unknown date, a figure that does not apply).
    Empty,
    /// A text, written as given (quoted and protected as needed).
    Text(&'a str),
    /// A number as the screen shows it: at most two decimals, a decimal
    /// comma, no thousands separator (`number_text::shown` in nb).
    Number(f64),
    /// A date, `YYYY-MM-DD`: Excel reads it as a date in every locale.
    Date(Date),
}

/// A CSV text being written, row by row.
#[derive(Debug, Clone)]
pub struct Csv {
    out: String,
}

impl Default for Csv {
    fn default() -> Self {
        Self::new()
    }
}

impl Csv {
    /// An empty file: just the byte order mark.
    pub fn new() -> Self {
        let mut out = String::with_capacity(4096);
        out.push(BOM);
        Csv { out }
    }

    /// Appends one row.
    pub fn row(&mut self, cells: &[Cell<'_>]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(SEPARATOR);
            }
            match cell {
                Cell::Empty => {}
                Cell::Text(text) => push_text(&mut self.out, text),
                // Norwegian digits never hold a separator, quote or line break.
                Cell::Number(value) => self.out.push_str(&number_text::shown(*value, Lang::Nb)),
                Cell::Date(day) => self.out.push_str(&date::format(*day)),
            }
        }
        self.out.push_str(ROW_END);
    }

    /// Appends a row of texts (a header).
    pub fn texts(&mut self, texts: &[&str]) {
        let cells: Vec<Cell<'_>> = texts.iter().map(|t| Cell::Text(t)).collect();
        self.row(&cells);
    }

    /// The file's text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// A text field: `'` in front of a formula start, quoted when it holds a
/// separator, a quote or a line break (or was protected), quotes doubled.
fn push_text(out: &mut String, text: &str) {
    let formula = text.starts_with(FORMULA_STARTS);
    let quote = formula || text.contains([SEPARATOR, '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(cells: &[Cell<'_>]) -> String {
        let mut csv = Csv::new();
        csv.row(cells);
        csv.finish()
    }

    #[test]
    fn a_file_starts_with_the_bom_and_every_row_ends_with_crlf() {
        let mut csv = Csv::new();
        csv.texts(&["Navn", "Status"]);
        csv.row(&[Cell::Text("Kari"), Cell::Number(6.5)]);
        assert_eq!(csv.finish(), "\u{feff}Navn;Status\r\nKari;6,5\r\n");
        assert_eq!(Csv::new().finish(), "\u{feff}");
    }

    #[test]
    fn numbers_have_a_decimal_comma_and_at_most_two_decimals_dates_are_iso() {
        // 11.985 rounds half away from zero to 11.99; 12 has no decimals; −2.5 keeps its minus (a number, not text).
        let day = crate::date::parse("2024-02-29").unwrap();
        assert_eq!(
            one(&[Cell::Number(11.985), Cell::Number(12.0), Cell::Number(-2.5), Cell::Empty, Cell::Date(day)]),
            "\u{feff}11,99;12;-2,5;;2024-02-29\r\n"
        );
    }

    #[test]
    fn fields_with_a_separator_quote_or_line_break_are_quoted_with_quotes_doubled() {
        assert_eq!(one(&[Cell::Text("a;b")]), "\u{feff}\"a;b\"\r\n");
        assert_eq!(one(&[Cell::Text("Kari \"K\" N")]), "\u{feff}\"Kari \"\"K\"\" N\"\r\n");
        assert_eq!(one(&[Cell::Text("linje 1\nlinje 2")]), "\u{feff}\"linje 1\nlinje 2\"\r\n");
        assert_eq!(one(&[Cell::Text("a\r\nb")]), "\u{feff}\"a\r\nb\"\r\n");
        // A comma is no separator here: not quoted.
        assert_eq!(one(&[Cell::Text("Nordmann, Kari")]), "\u{feff}Nordmann, Kari\r\n");
    }

    #[test]
    fn a_text_that_excel_would_run_as_a_formula_is_prefixed_and_quoted() {
        assert_eq!(one(&[Cell::Text("=HYPERLINK(\"x\")")]), "\u{feff}\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        assert_eq!(one(&[Cell::Text("+47 123")]), "\u{feff}\"'+47 123\"\r\n");
        assert_eq!(one(&[Cell::Text("-1+1")]), "\u{feff}\"'-1+1\"\r\n");
        assert_eq!(one(&[Cell::Text("@SUM(A1)")]), "\u{feff}\"'@SUM(A1)\"\r\n");
        assert_eq!(one(&[Cell::Text("\t=1")]), "\u{feff}\"'\t=1\"\r\n");
        assert_eq!(one(&[Cell::Text("\r=1")]), "\u{feff}\"'\r=1\"\r\n");
        // Only the first character matters: a name with a hyphen inside is left alone.
        assert_eq!(one(&[Cell::Text("Anne-Lise")]), "\u{feff}Anne-Lise\r\n");
    }
}
