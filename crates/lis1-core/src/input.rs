//! The words and helpers every input route shares, and serde's route for
//! native callers.
//!
//! Inputs are read by their field tables (`crate::read`, `crate::shape`):
//! structure first, then leaf values, then each calculation's domain checks
//! (end ≥ start, overlaps, S-2). This module keeps what those share (issue
//! order by path, a field's name, the words for an expected type, echoing a
//! user's value) and the serde route that native tests and the fuzz targets
//! still use to compare against ([`deserialize`], [`shape_issue`], and the
//! capped readers of the inputs' `Deserialize` derives).

use crate::sort::StableSort as _;

use serde::Deserialize;

use crate::messages as m;
use crate::{Issue, Lang, Pointer};

pub use crate::shape::{echo, ECHO_MAX, PERCENT_MAX, PERCENT_MIN};

/// serde's route for native callers (tests, fuzzers): deserialises `T` from
/// any serde deserializer, or returns the structural issue with its path.
pub fn deserialize<'de, T, D>(deserializer: D, lang: Lang) -> Result<T, Vec<Issue>>
where
    T: Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let pointer = to_pointer(err.path());
        vec![shape_issue(lang, &pointer, &err.inner().to_string())]
    })
}

fn to_pointer(path: &serde_path_to_error::Path) -> Pointer {
    use serde_path_to_error::Segment;
    path.iter().fold(Pointer::root(), |p, segment| match segment {
        Segment::Seq { index } => p.index(*index),
        Segment::Map { key } => p.key(key),
        Segment::Enum { variant } => p.key(variant),
        Segment::Unknown => p,
    })
}

/// Classifies a serde message into a catalogue issue. serde's texts are
/// stable (`missing field `x``, `unknown field `x`, expected one of ...`,
/// `invalid type: ..., expected ...`; lis1kit's JsValue reader writes
/// `invalid type, expected ...`); anything else is reported as a type
/// problem with serde's own wording as the expectation.
pub fn shape_issue(lang: Lang, at: &Pointer, text: &str) -> Issue {
    // serde_json appends a position; other deserializers do not.
    let text = text.split(" at line ").next().unwrap_or(text);
    let quoted = |s: &str| s.split('`').nth(1).map(str::to_owned);
    if let Some(rest) = text.strip_prefix("missing field ") {
        let field = quoted(rest).unwrap_or_default();
        return Issue::new(lang, &m::INPUT_MISSING, &at.key(&field), &[("field", field.clone())]);
    }
    if let Some(rest) = text.strip_prefix("unknown field ") {
        // serde writes "unknown field `KEY`, expected one of `a`, `b`" (or ", there are no fields"); the key itself
        // may hold backticks or the word "expected", so the list is what follows the *last* ", expected ", and the
        // key is all between the outer backticks before it (issue 26 item 10).
        let (key, allowed) = match rest.rsplit_once(", expected ") {
            Some((key, list)) => (key, list.replace('`', "").replace("one of ", "")),
            None => (rest.rsplit_once(", there are no fields").map_or(rest, |(key, _)| key), String::new()),
        };
        let field = key.strip_prefix('`').and_then(|k| k.strip_suffix('`')).unwrap_or(key).to_owned();
        // The deserializer's path already ends at the unknown key.
        return Issue::new(
            lang,
            &m::INPUT_UNKNOWN_FIELD,
            at,
            &[("field", field.clone()), ("allowed", allowed.trim().to_owned())],
        );
    }
    let expected = text.rsplit_once("expected ").map_or(text, |(_, e)| e);
    Issue::new(lang, &m::INPUT_TYPE, at, &[("field", field_name(at)), ("expected", expected_in(lang, expected))])
}

/// Translates serde's common expectation phrases (`a string`, `struct X`,
/// `a sequence`, …) into the words of `lang`; anything else is returned as is.
pub fn expected_in(lang: Lang, serde_expected: &str) -> String {
    let (nb, nn, en) = match serde_expected.trim_end_matches(|c: char| c.is_ascii_digit()) {
        "a string" => ("tekst", "tekst", "text"),
        "f" | "u" | "i" | "a number" => ("et tall", "eit tal", "a number"),
        "a boolean" => ("ja/nei (true/false)", "ja/nei (true/false)", "true or false"),
        "a sequence" => ("en liste", "ei liste", "a list"),
        _ if serde_expected.starts_with("struct") || serde_expected.starts_with("a map") => {
            ("et objekt", "eit objekt", "an object")
        }
        _ => return serde_expected.to_owned(),
    };
    match lang {
        Lang::Nb => nb,
        Lang::Nn => nn,
        Lang::En => en,
    }
    .to_owned()
}

/// The field a pointer ends at (unescaped), or `input` for the root: the
/// `{field}` of a message about the value at `at`.
pub fn field_name(at: &Pointer) -> String {
    match at.as_str().rsplit('/').next() {
        Some(s) if !s.is_empty() => s.replace("~1", "/").replace("~0", "~"),
        _ => String::from("input"),
    }
}

/// Sorts issues by path, comparing array indices numerically, so that the
/// order follows the input and does not depend on hash-map order.
pub fn sort_by_path(issues: &mut Vec<Issue>) {
    issues.stable_sort_by(|a, b| path_key(&a.path).cmp(&path_key(&b.path)).then_with(|| a.code.cmp(b.code)));
}

fn path_key(path: &str) -> Vec<(u8, usize, &str)> {
    path.split('/').map(|s| s.parse::<usize>().map_or((1, 0, s), |n| (0, n, ""))).collect()
}

pub use crate::number_text::js as number;

/// Serde `deserialize_with` for a list with a row limit: reads at most
/// `MAX + 1` rows and skips the rest without deserialising them (as
/// `IgnoredAny`; a JS reader still fetches each). One row over
/// the limit is enough for [`crate::shape::max_rows`] to report `list.too-long` with the
/// real limit, so an oversized list costs no more to reject than a list at
/// the limit (measured by `scripts/perf.mjs`); problems in the skipped rows
/// are not reported. Use `#[serde(deserialize_with = "input::capped_rows::<_, _, MAX>")]`
/// with the leaf check of the input's field table.
pub fn capped_rows<'de, D, T, const MAX: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_seq(Rows::<T> { max: MAX, row: std::marker::PhantomData })
}

/// The visitor of the capped readers, with the limit as a value (not a const
/// parameter) so that limits of the same row type share one copy of the code.
struct Rows<T> {
    max: usize,
    row: std::marker::PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Rows<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        // The words of serde's own `Vec` visitor, which `shape_issue` knows.
        f.write_str("a sequence")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut rows = Vec::new();
        while rows.len() <= self.max {
            match seq.next_element()? {
                Some(row) => rows.push(row),
                None => return Ok(rows),
            }
        }
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(rows)
    }
}

/// [`capped_rows`] for an optional list (`Option<Vec<T>>`): `null` (or, with
/// `#[serde(default)]`, a missing key) is `None`. Use together with
/// `#[serde(default, deserialize_with = "input::capped_optional_rows::<_, _, MAX>")]`.
pub fn capped_optional_rows<'de, D, T, const MAX: usize>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Optional<T>(Rows<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Optional<T> {
        type Value = Option<Vec<T>>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a sequence")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            deserializer.deserialize_seq(self.0).map(Some)
        }
    }
    deserializer.deserialize_option(Optional(Rows::<T> { max: MAX, row: std::marker::PhantomData }))
}

/// Serde `deserialize_with` for an optional map with an entry limit
/// (`Option<BTreeMap<String, V>>`), the map counterpart of
/// [`capped_rows`]: reads entries until it holds `MAX + 1` distinct keys
/// and skips the rest without deserialising them (as `IgnoredAny`), so [`crate::shape::max_entries`] reports
/// `map.too-long` with the real limit and problems in the skipped entries
/// are not reported. `null` (or, with `#[serde(default)]`, a missing key) is
/// `None`. Use `#[serde(default, deserialize_with = "input::capped_entries::<_, _, MAX>")]`
/// with the leaf check of the input's field table.
pub fn capped_entries<'de, D, V, const MAX: usize>(
    deserializer: D,
) -> Result<Option<std::collections::BTreeMap<String, V>>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    use std::collections::BTreeMap;
    struct Entries<V> {
        max: usize,
        value: std::marker::PhantomData<V>,
    }
    impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Entries<V> {
        type Value = Option<BTreeMap<String, V>>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            // The words of serde's own map visitor, which `expected_in` knows.
            f.write_str("a map")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            deserializer.deserialize_map(self)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut entries = BTreeMap::new();
            // Distinct keys: a repeated key (possible in JSON text) replaces its value, as serde's own map does.
            while entries.len() <= self.max {
                match map.next_entry::<String, V>()? {
                    Some((key, value)) => {
                        entries.insert(key, value);
                    }
                    None => return Ok(Some(entries)),
                }
            }
            while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
            Ok(Some(entries))
        }
    }
    deserializer.deserialize_option(Entries::<V> { max: MAX, value: std::marker::PhantomData })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct TwoAtMost {
        #[serde(deserialize_with = "capped_rows::<_, _, 2>")]
        rows: Vec<u8>,
    }

    #[test]
    fn capped_rows_keeps_one_row_over_the_limit_and_skips_the_rest_unread() {
        // Limit 2: of [1, 2, 3, "x", {}] the first 2 + 1 = 3 rows are read; "x" and {} are not u8s but are
        // skipped unread, so they raise no error, and 3 rows are enough for max_rows to say "too long".
        let read: TwoAtMost = serde_json::from_str(r#"{ "rows": [1, 2, 3, "x", {}] }"#).unwrap();
        assert_eq!(read.rows, vec![1, 2, 3]);
        assert!(crate::shape::max_rows(read.rows.len(), 2).is_err());
        // At or under the limit every row is read, and a bad row is still an error.
        assert_eq!(serde_json::from_str::<TwoAtMost>(r#"{ "rows": [4, 5] }"#).unwrap().rows, vec![4, 5]);
        assert!(serde_json::from_str::<TwoAtMost>(r#"{ "rows": [4, "x"] }"#).is_err());
        // Not a list: serde's own words, as for a plain Vec.
        let err = serde_json::from_str::<TwoAtMost>(r#"{ "rows": 7 }"#).unwrap_err().to_string();
        assert!(err.contains("expected a sequence"), "{err}");
    }

    #[derive(Debug, Deserialize)]
    struct Capped {
        #[serde(default, deserialize_with = "capped_optional_rows::<_, _, 2>")]
        rows: Option<Vec<u8>>,
        #[serde(default, deserialize_with = "capped_entries::<_, _, 2>")]
        map: Option<std::collections::BTreeMap<String, u8>>,
    }

    #[test]
    fn capped_optional_rows_and_capped_entries_keep_one_over_the_limit_and_skip_the_rest_unread() {
        // Limit 2: of [1, 2, 3, "x"] rows 1, 2, 3 are read and "x" (not a u8) skipped unread; of the entries
        // a, b, c, d the first 2 + 1 distinct keys are read and d ("x", not a u8) skipped unread.
        let read: Capped =
            serde_json::from_str(r#"{ "rows": [1, 2, 3, "x"], "map": { "a": 1, "b": 2, "c": 3, "d": "x" } }"#).unwrap();
        assert_eq!(read.rows, Some(vec![1, 2, 3]));
        let map = read.map.unwrap();
        assert_eq!(map.keys().map(String::as_str).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(crate::shape::max_entries(map.len(), 2).unwrap_err().def.code, "map.too-long");
        // A repeated key is one entry (the later value, as serde's own map): a, a, b is 2 entries, within the limit.
        let read: Capped = serde_json::from_str(r#"{ "map": { "a": 1, "a": 5, "b": 2 } }"#).unwrap();
        assert_eq!(read.map.unwrap().into_iter().collect::<Vec<_>>(), [("a".to_owned(), 5), ("b".to_owned(), 2)]);
        // Missing or null: None. Under the limit a bad value is still an error, in serde's words for the type.
        let read: Capped = serde_json::from_str(r#"{ "rows": null }"#).unwrap();
        assert_eq!((read.rows, read.map), (None, None));
        assert!(serde_json::from_str::<Capped>(r#"{ "map": { "a": "x" } }"#).is_err());
        let err = serde_json::from_str::<Capped>(r#"{ "map": [1] }"#).unwrap_err().to_string();
        assert!(err.contains("expected a map"), "{err}");
        let err = serde_json::from_str::<Capped>(r#"{ "rows": {} }"#).unwrap_err().to_string();
        assert!(err.contains("expected a sequence"), "{err}");
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Row {
        start_date: String,
        percent: Option<f64>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Doc {
        rows: Vec<Row>,
    }

    fn shape(json: &str, lang: Lang) -> Vec<Issue> {
        let mut de = serde_json::Deserializer::from_str(json);
        match deserialize::<Doc, _>(&mut de, lang) {
            Ok(_) => vec![],
            Err(issues) => issues,
        }
    }

    #[test]
    fn wrong_type_is_reported_at_its_path_in_the_requested_language() {
        let issues = shape(r#"{"rows":[{"startDate":"2024-01-01"},{"startDate":5}]}"#, Lang::En);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].code, "input.type");
        assert_eq!(issues[0].path, "/rows/1/startDate");
        assert_eq!(issues[0].message, "“startDate” has the wrong type: expected text.");
    }

    #[test]
    fn missing_and_unknown_fields_name_the_field() {
        let missing = shape(r#"{"rows":[{}]}"#, Lang::Nb);
        assert_eq!((missing[0].code, missing[0].path.as_str()), ("input.missing", "/rows/0/startDate"));
        assert_eq!(missing[0].message, "«startDate» mangler.");
        let unknown = shape(r#"{"rows":[{"startDate":"2024-01-01","percnt":5}]}"#, Lang::Nn);
        assert_eq!((unknown[0].code, unknown[0].path.as_str()), ("input.unknown-field", "/rows/0/percnt"));
    }

    #[test]
    fn a_key_with_backticks_or_the_word_expected_is_named_whole() {
        // serde's text for the key "a`b, expected `c`" beside the allowed keys startDate and percent.
        let text = "unknown field `a`b, expected `c``, expected one of `startDate`, `percent`";
        let issue = shape_issue(Lang::En, &Pointer::root().key("rows").index(0).key("a`b, expected `c`"), text);
        assert_eq!(issue.code, "input.unknown-field");
        let params: Vec<(&str, &str)> = issue.params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(params, vec![("field", "a`b, expected `c`"), ("allowed", "startDate, percent")]);
    }

    #[test]
    fn allowed_values_are_listed_in_full_and_user_values_shortened() {
        const LONG_LIST: &[&str] = &["coupled", "reststilling", "extra", "postlege", "foreign-internship"];
        let problem = crate::shape::one_of(&"y".repeat(100), LONG_LIST).unwrap_err();
        let issue = problem.issue(Lang::En, &Pointer::root().key("choice"), "choice");
        // 40 characters of the user's value plus an ellipsis; the list whole.
        let expected = format!(
            "“choice”: “{}…” is not a valid value. Valid values: coupled, reststilling, extra, postlege, foreign-internship.",
            "y".repeat(40)
        );
        assert_eq!(issue.message, expected);
    }

    #[test]
    fn long_values_are_shortened_when_echoed() {
        let long = "x".repeat(1_000_000);
        assert_eq!(echo(&long).chars().count(), ECHO_MAX + 1);
    }

    #[test]
    fn field_name_is_the_unescaped_last_segment_or_input_at_the_root() {
        // RFC 6901: "/" is written "~1" and "~" is written "~0" in a pointer.
        assert_eq!(field_name(&Pointer::root().key("parameters").key("a/b~c")), "a/b~c");
        assert_eq!(field_name(&Pointer::root().key("periods").index(3)), "3");
        assert_eq!(field_name(&Pointer::root()), "input");
    }

    #[test]
    fn a_root_that_is_not_an_object_expects_an_object_in_each_language() {
        // serde's text for a struct read from `null`; INPUT_TYPE's templates.
        let text = "invalid type: null, expected struct ServiceInput";
        let at = Pointer::root();
        assert_eq!(shape_issue(Lang::Nb, &at, text).message, "«input» har feil type: forventet et objekt.");
        assert_eq!(shape_issue(Lang::Nn, &at, text).message, "«input» har feil type: venta eit objekt.");
        assert_eq!(shape_issue(Lang::En, &at, text).message, "“input” has the wrong type: expected an object.");
    }

    #[test]
    fn paths_sort_numerically() {
        let mk = |p: &str| Issue { code: "c", path: p.into(), rule: None, message: String::new(), params: Vec::new() };
        let mut v = vec![mk("/periods/10/end"), mk("/periods/2/end"), mk("")];
        sort_by_path(&mut v);
        let got: Vec<_> = v.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(got, vec!["", "/periods/2/end", "/periods/10/end"]);
    }
}
