//! Numbers as text, without `core::fmt`'s float formatting: `{}` and `{:.2}`
//! on an `f64` link Grisu/Dragon (about 11 KB gzipped of wasm), while
//! `zmij`'s shortest digits are linked anyway (serde_json uses them).

/// `value` as JavaScript's `String(value)` writes it (ECMAScript
/// Number::toString): `150`, `0.1`, `1e+21`, `1e-7`, `NaN`, `-Infinity`; `-0`
/// is `0`. Messages echo numbers the user gave this way, so the text matches
/// what they typed or what their own code printed.
pub fn js(value: f64) -> String {
    if value.is_nan() {
        return String::from("NaN");
    }
    if value.is_infinite() {
        return String::from(if value > 0.0 { "Infinity" } else { "-Infinity" });
    }
    if value == 0.0 {
        return String::from("0");
    }
    let (digits, n) = shortest_digits(value.abs());
    let k = digits.len();
    let mut out = String::with_capacity(k + 8);
    if value < 0.0 {
        out.push('-');
    }
    // value = 0.d1d2…dk × 10^n; the cases of Number::toString, step 6–10.
    if (k as i32) <= n && n <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (n as usize) - k));
    } else if 0 < n && n <= 21 {
        // n < k here, so both halves are digits.
        let (int, frac) = digits.split_at_checked(n as usize).unwrap_or((&digits, ""));
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', n.unsigned_abs() as usize));
        out.push_str(&digits);
    } else {
        // `digits` is ASCII and not empty (value ≠ 0).
        let (first, rest) = digits.split_at_checked(1).unwrap_or((&digits, ""));
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let e = n - 1;
        out.push_str(if e < 0 { "e-" } else { "e+" });
        out.push_str(&e.unsigned_abs().to_string());
    }
    out
}

/// `value` for reading, at most two decimals and no trailing zeros, with a
/// decimal comma in nb/nn (`6,5`, `12`) and a point in en (`6.5`).
pub fn shown(value: f64, lang: crate::Lang) -> String {
    let text = js(crate::round::round2(value));
    match lang {
        crate::Lang::Nb | crate::Lang::Nn => text.replace('.', ","),
        crate::Lang::En => text,
    }
}

/// `value` with exactly `decimals` decimals and a point (`12.30` for 12.3
/// and 2); `-0.00` is `0.00`. Rounds `value × 10^decimals` half away from
/// zero, so a value just below a half whose product rounds up goes up:
/// `fixed(1.115, 2)` is `1.12` where JavaScript's `toFixed` gives `1.11`.
/// For drawing coordinates, not for figures shown as results. Beyond 2^53
/// units of the last decimal (and for NaN, ±Infinity) it gives [`js`]'s
/// text instead.
pub fn fixed(value: f64, decimals: u8) -> String {
    let scale = 10f64.powi(i32::from(decimals));
    let units = (value * scale).round();
    if !units.is_finite() || units.abs() > 9_007_199_254_740_991.0 {
        return js(value);
    }
    #[allow(clippy::cast_possible_truncation)]
    let units = units as i64;
    let digits = units.unsigned_abs().to_string();
    let decimals = usize::from(decimals);
    let padded =
        if digits.len() <= decimals { format!("{}{digits}", "0".repeat(decimals + 1 - digits.len())) } else { digits };
    // `padded` has more than `decimals` ASCII digits.
    let (int, frac) = padded.split_at_checked(padded.len() - decimals).unwrap_or((&padded, ""));
    let mut out = String::with_capacity(padded.len() + 2);
    if units < 0 {
        out.push('-');
    }
    out.push_str(int);
    if decimals > 0 {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `value` rounded to a whole number with its thousands grouped as people
/// write them: a no-break space in nb/nn (`2 158 070`), a comma in en
/// (`2,158,070`); a minus sign `−` before a negative number. Beyond 2^53 (and
/// for NaN, ±Infinity) it gives [`js`]'s text instead.
pub fn grouped(value: f64, lang: crate::Lang) -> String {
    let rounded = value.round();
    if !rounded.is_finite() || rounded.abs() > 9_007_199_254_740_991.0 {
        return js(value);
    }
    #[allow(clippy::cast_possible_truncation)]
    let whole = rounded as i64;
    let digits = whole.unsigned_abs().to_string();
    let sep = match lang {
        crate::Lang::Nb | crate::Lang::Nn => '\u{a0}',
        crate::Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 3);
    if whole < 0 {
        out.push('−');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// An amount of NOK in whole kroner as people write it: `55 993 kr` in nb/nn
/// (no-break spaces), `NOK 55,993` in en.
pub fn kroner(value: f64, lang: crate::Lang) -> String {
    let number = grouped(value, lang);
    match lang {
        crate::Lang::Nb | crate::Lang::Nn => format!("{number}\u{a0}kr"),
        crate::Lang::En => format!("NOK {number}"),
    }
}

/// The shortest digits that read back as `value` (finite, > 0), without
/// leading or trailing zeros, and `n` with value = 0.digits × 10^n.
fn shortest_digits(value: f64) -> (String, i32) {
    let mut buffer = zmij::Buffer::new();
    // zmij writes `150.0`, `0.000015`, `1.5e-7` or `1.2345e+20`.
    let text = buffer.format_finite(value);
    let (mantissa, exponent) = match text.split_once('e') {
        // zmij's exponent is `e+21` or `e-7`: always a small integer.
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or_default()),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int.chars().chain(frac.chars()).collect();
    let leading = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_start_matches('0').trim_end_matches('0').to_owned();
    // The point sits after `int`; each leading zero moves it one place left.
    let n = int.len() as i32 - leading as i32 + exponent;
    (digits, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected texts are what JavaScript's `String(x)` gives (ECMAScript
    /// Number::toString; e.g. `String(1e21)` is `"1e+21"`, `String(1e20)` is
    /// `"100000000000000000000"`, `String(0.000001)` is `"0.000001"`).
    #[test]
    fn js_writes_numbers_as_javascript_does() {
        let cases: &[(f64, &str)] = &[
            (150.0, "150"),
            (0.1, "0.1"),
            (600.5, "600.5"),
            (-2.5, "-2.5"),
            (12.34, "12.34"),
            (0.0, "0"),
            (-0.0, "0"),
            (0.00001, "0.00001"),
            (0.000015, "0.000015"),
            (123_456.789, "123456.789"),
            (1e15, "1000000000000000"),
            (1e16, "10000000000000000"),
            (1.5e16, "15000000000000000"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (1e300, "1e+300"),
            (123_456_789_012_345_680_000.0, "123456789012345680000"),
            (1.5e21, "1.5e+21"),
            (0.000001, "0.000001"),
            (0.0000015, "0.0000015"),
            (1e-7, "1e-7"),
            (-1.5e-7, "-1.5e-7"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (9_007_199_254_740_993.0, "9007199254740992"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
        ];
        for &(value, text) in cases {
            assert_eq!(js(value), text, "{value:e}");
        }
    }

    #[test]
    fn fixed_keeps_exactly_the_decimals_asked_for() {
        assert_eq!(fixed(12.3, 2), "12.30");
        assert_eq!(fixed(99.5, 2), "99.50");
        assert_eq!(fixed(0.5, 3), "0.500");
        assert_eq!(fixed(0.004, 2), "0.00");
        assert_eq!(fixed(-0.004, 2), "0.00");
        assert_eq!(fixed(-1.25, 1), "-1.3"); // half away from zero
        assert_eq!(fixed(48.38709677, 2), "48.39");
        assert_eq!(fixed(7.0, 0), "7");
        assert_eq!(fixed(f64::NAN, 2), "NaN");
        assert_eq!(fixed(1e300, 2), "1e+300");
    }

    #[test]
    fn kroner_are_whole_and_grouped_as_people_write_them() {
        use crate::Lang;
        // A price-converted amount, 55 992.78, is 55 993 whole kroner (the text issue 22 item 8 saw raw).
        assert_eq!(kroner(55_992.779_783_393_504, Lang::Nb), "55\u{a0}993\u{a0}kr");
        assert_eq!(kroner(55_992.779_783_393_504, Lang::Nn), "55\u{a0}993\u{a0}kr");
        assert_eq!(kroner(55_992.779_783_393_504, Lang::En), "NOK 55,993");
        assert_eq!(grouped(2_061_000.4, Lang::Nb), "2\u{a0}061\u{a0}000");
        assert_eq!(grouped(999.5, Lang::En), "1,000");
        assert_eq!(grouped(-128_000.0, Lang::Nn), "−128\u{a0}000");
        assert_eq!(grouped(-0.4, Lang::En), "0");
        assert_eq!(grouped(1_000_000_000.0, Lang::En), "1,000,000,000");
    }
}
