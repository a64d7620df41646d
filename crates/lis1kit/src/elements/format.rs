//! Numbers for reading: Norwegian decimal comma in nb/nn, at most two
//! decimals, no trailing zeros (`6,5`, `12`); English uses a point.

use lis1_core::Lang;

/// `value` with at most two decimals in the language's style: lis1-core's
/// one formatter, shared with the assumption sentences.
pub use lis1_core::number_text::shown as number;

/// A NOK amount rounded to whole kroner with thousands separated by a
/// (no-break) space in nb/nn (`2 158 070`) and a comma in en (`2,158,070`):
/// lis1-core's one formatter, shared with the API's messages.
pub fn amount(value: f64, lang: Lang) -> String {
    lis1_core::number_text::grouped(value, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_uses_a_decimal_comma_and_drops_trailing_zeros() {
        assert_eq!(number(6.5, Lang::Nb), "6,5");
        assert_eq!(number(12.0, Lang::Nn), "12");
        assert_eq!(number(15.0 / 31.0, Lang::Nb), "0,48"); // 0.4838… rounded to 2 decimals
        assert_eq!(number(6.5, Lang::En), "6.5");
        assert_eq!(number(-0.001, Lang::En), "0");
    }

    #[test]
    fn amounts_are_whole_kroner_with_thousands_grouped() {
        assert_eq!(amount(2_061_000.4, Lang::Nb), "2\u{a0}061\u{a0}000");
        assert_eq!(amount(15_500_000.0, Lang::En), "15,500,000");
        assert_eq!(amount(999.5, Lang::En), "1,000");
        assert_eq!(amount(-128_000.0, Lang::Nn), "−128\u{a0}000");
    }
}
