//! Numbers for reading: Norwegian decimal comma in nb/nn, at most two
//! decimals, no trailing zeros (`6,5`, `12`); English uses a point.

use lis1_core::Lang;

/// `value` with at most two decimals in the language's style.
pub fn number(value: f64, lang: Lang) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.').to_owned();
    let text = if text == "-0" { String::from("0") } else { text };
    match lang {
        Lang::Nb | Lang::Nn => text.replace('.', ","),
        Lang::En => text,
    }
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
}
