//! Reading an untrusted value into a typed input once, by its [`Shape`].
//!
//! A [`Source`] is where the value lives: a `JsValue` in the wasm bindings
//! (`lis1kit::js_source`, whose reads catch the caller's exceptions), a
//! `serde_json::Value` natively (`Json`, feature `json`: tests, fuzzing).
//! An input type's `read` function asks an [`Obj`] for each field by key;
//! the field table says what the key holds. The reader reports every
//! structural problem at its path, not only the first: a wrong type, a
//! missing required field, an unknown key, a NaN or ±Infinity. It reads a
//! list only to one row past its limit and a text only to one character
//! past its longest (a date or code to one past what a message echoes), so
//! an oversized value costs no more than one at the limit; an oversized
//! list or text is itself a structural issue (`list.too-long`,
//! `text.too-long`), counted on the input, so every route refuses it
//! whatever else is wrong.
//!
//! Leaf values (a date's format, a code, a range) are checked on the typed
//! value afterwards, by [`crate::shape::Check`] over the same table, so a
//! value built in Rust is checked the same way as one read here.

use crate::input::{expected_in, field_name};
use crate::messages as m;
use crate::shape::{Field, Kind, Shape, ECHO_MAX};
use crate::{Issue, Lang, Pointer};

/// What a value is, as far as the reader needs to know.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Look {
    /// Not there (a missing key; `undefined` in JavaScript).
    Absent,
    /// `null`.
    Null,
    /// A boolean.
    Flag(bool),
    /// A number (possibly NaN or ±Infinity).
    Number(f64),
    /// A string (read with [`Source::text`]).
    Text,
    /// A list (read with [`Source::rows`] and [`Source::item`]).
    List,
    /// A plain object (read with [`Source::entries`]).
    Object,
    /// Anything else: a function, a symbol, a value whose read threw.
    Other,
}

/// A value the reader can walk. Every method must be total: a value that
/// cannot be read is [`Look::Other`], never a panic or an exception.
pub trait Source: Sized {
    /// What the value is.
    fn look(&self) -> Look;
    /// The string, at most `max_chars + 1` characters of it (one more than
    /// any field accepts, so that "too long" can still be said).
    fn text(&self, max_chars: usize) -> Option<String>;
    /// A list's length, `None` when it cannot be read as one.
    fn rows(&self) -> Option<usize>;
    /// The list's row `index`.
    fn item(&self, index: usize) -> Self;
    /// An object's own enumerable keys with their values, each read once,
    /// at most `max` of them (a key of more than [`LONGEST_KEY`] characters
    /// cut and marked `…`, its value read by the whole key), or `None` when
    /// they cannot be listed.
    fn entries(&self, max: usize) -> Option<Vec<(String, Self)>>;
}

/// Most unknown keys reported per object: enough to show the pattern, and
/// an object of a million keys costs no more than one of a few.
pub const MOST_UNKNOWN_KEYS: usize = 20;

/// Longest key read whole: no field name comes near it; a longer key is cut
/// and marked `…` (and stays unknown), so a key of megabytes is neither
/// copied whole nor echoed whole in an issue.
pub const LONGEST_KEY: usize = 100;

/// Longest text read for a date or a code: one past what a message echoes.
const CODE_CHARS: usize = ECHO_MAX;

/// Reads the input at the root of `source` with `read`, or returns every
/// structural issue. The leaf checks are the caller's next step.
pub fn read<S: Source, T>(
    source: &S,
    shape: &'static Shape,
    lang: Lang,
    read: impl FnOnce(&mut Obj<'_, S>) -> T,
) -> Result<T, Vec<Issue>> {
    let mut issues = Vec::new();
    let value = Obj::open(source, Pointer::root(), shape, lang, &mut issues).map(|mut o| read(&mut o));
    match value {
        Some(value) if issues.is_empty() => Ok(value),
        _ => {
            crate::input::sort_by_path(&mut issues);
            Err(issues)
        }
    }
}

/// Reads as [`read`] does, but keeps the value whatever the issues, for an
/// input whose rows are judged one by one: in a roster of doctors, a doctor
/// whose row has a problem keeps its row, with the problem shown there. The
/// value is `None` only when the root is no object; the issues are sorted by
/// path, and the caller decides which of them refuse the whole input.
pub fn read_keeping<S: Source, T>(
    source: &S,
    shape: &'static Shape,
    lang: Lang,
    read: impl FnOnce(&mut Obj<'_, S>) -> T,
) -> (Option<T>, Vec<Issue>) {
    let mut issues = Vec::new();
    let value = Obj::open(source, Pointer::root(), shape, lang, &mut issues).map(|mut o| read(&mut o));
    crate::input::sort_by_path(&mut issues);
    (value, issues)
}

/// One object being read: the known fields present, read once each.
#[derive(Debug)]
pub struct Obj<'i, S> {
    at: Pointer,
    lang: Lang,
    shape: &'static Shape,
    present: Vec<(&'static str, S)>,
    issues: &'i mut Vec<Issue>,
}

impl<'i, S: Source> Obj<'i, S> {
    /// Opens `source` as an object of `shape` at `at`: lists its keys once,
    /// reports unknown ones and reads each known one once. `None` (with a
    /// type issue) when it is not an object.
    fn open(source: &S, at: Pointer, shape: &'static Shape, lang: Lang, issues: &'i mut Vec<Issue>) -> Option<Self> {
        let keys = match source.look() {
            Look::Object => source.entries(shape.fields.len() + MOST_UNKNOWN_KEYS),
            _ => None,
        };
        let Some(keys) = keys else {
            issues.push(type_issue(lang, &at, "struct"));
            return None;
        };
        let mut present = Vec::with_capacity(shape.fields.len());
        let mut unknown = 0;
        for (key, value) in keys {
            // As JSON.stringify: a key holding `undefined` is not there.
            if value.look() == Look::Absent {
                continue;
            }
            match shape.field(&key) {
                Some(field) => present.push((field.key, value)),
                None if unknown < MOST_UNKNOWN_KEYS => {
                    unknown += 1;
                    issues.push(Issue::new(
                        lang,
                        &m::INPUT_UNKNOWN_FIELD,
                        &at.key(&key),
                        &[("field", key.clone()), ("allowed", shape.keys())],
                    ));
                }
                None => {}
            }
        }
        Some(Obj { at, lang, shape, present, issues })
    }

    /// The field `key` of the shape and its value, if given (`null` counts
    /// as not given for an optional field); records `input.missing` for a
    /// required one.
    fn take(&mut self, key: &str) -> Option<(&'static Field, S)> {
        let field = self.shape.field(key)?;
        let value = self.present.iter().position(|(k, _)| *k == key).map(|i| self.present.swap_remove(i).1);
        match value {
            Some(value) if value.look() == Look::Null && !field.required => None,
            Some(value) => Some((field, value)),
            None => {
                if field.required {
                    self.issues.push(Issue::new(
                        self.lang,
                        &m::INPUT_MISSING,
                        &self.at.key(key),
                        &[("field", key.to_owned())],
                    ));
                }
                None
            }
        }
    }

    fn wrong_type(&mut self, key: &str, expected: &str) {
        let issue = type_issue(self.lang, &self.at.key(key), expected);
        self.issues.push(issue);
    }

    /// A text field (date, code or free text): the string, cut one past
    /// the field's longest.
    pub fn text(&mut self, key: &str) -> Option<String> {
        let (field, value) = self.take(key)?;
        let max = match field.kind {
            Kind::Text { max_chars } => max_chars,
            _ => CODE_CHARS,
        };
        let text = match value.look() {
            Look::Text => value.text(max),
            _ => None,
        };
        match &text {
            None => self.wrong_type(key, "a string"),
            // Over a free text's limit: said here, on the input itself (issue 26 item 3).
            Some(t) if matches!(field.kind, Kind::Text { .. }) => self.limit(key, crate::shape::max_chars(t, max)),
            Some(_) => {}
        }
        text
    }

    /// A limit's problem (`list.too-long`, `text.too-long`) at `key`: a
    /// structural issue, so that every route refuses an oversized input
    /// whatever else is wrong with it (issue 26 item 2).
    fn limit(&mut self, key: &str, result: Result<(), crate::shape::Problem>) {
        if let Err(problem) = result {
            let issue = problem.issue(self.lang, &self.at.key(key), key);
            self.issues.push(issue);
        }
    }

    /// A number field; NaN and ±Infinity are issues here (`number.not-finite`).
    pub fn number(&mut self, key: &str) -> Option<f64> {
        let (_, value) = self.take(key)?;
        match value.look() {
            Look::Number(n) if n.is_finite() => Some(n),
            Look::Number(n) => {
                let at = self.at.key(key);
                let issue = crate::shape::finite(n).err().map(|p| p.issue(self.lang, &at, key));
                self.issues.extend(issue);
                None
            }
            _ => {
                self.wrong_type(key, "a number");
                None
            }
        }
    }

    /// A yes/no field.
    pub fn flag(&mut self, key: &str) -> Option<bool> {
        let (_, value) = self.take(key)?;
        match value.look() {
            Look::Flag(b) => Some(b),
            _ => {
                self.wrong_type(key, "a boolean");
                None
            }
        }
    }

    /// How many rows of the list `value` at `key` to read: one past `max` at
    /// most. Its length is counted on the input itself, before any row is read
    /// (`list.too-long`, issue 26 item 2); `None`, with a type issue, when it
    /// is no list.
    fn rows_to_read(&mut self, key: &str, value: &S, max: usize) -> Option<usize> {
        let len = match value.look() {
            Look::List => value.rows(),
            _ => None,
        };
        let Some(len) = len else {
            self.wrong_type(key, "a sequence");
            return None;
        };
        self.limit(key, crate::shape::max_rows(len, max));
        Some(len.min(max.saturating_add(1)))
    }

    /// A list field: each row read with `row`, at most one row past the
    /// field's limit (the rest are not read).
    pub fn list<T>(&mut self, key: &str, mut row: impl FnMut(&mut Obj<'_, S>) -> T) -> Option<Vec<T>> {
        let (field, value) = self.take(key)?;
        let Kind::List { of, max } = field.kind else { return None };
        let read = self.rows_to_read(key, &value, max)?;
        let here = self.at.key(key);
        let mut rows = Vec::new();
        for index in 0..read {
            let item = value.item(index);
            if let Some(mut o) = Obj::open(&item, here.index(index), of, self.lang, self.issues) {
                rows.push(row(&mut o));
            }
        }
        Some(rows)
    }

    /// A nested object field.
    pub fn object<T>(&mut self, key: &str, read: impl FnOnce(&mut Obj<'_, S>) -> T) -> Option<T> {
        let (field, value) = self.take(key)?;
        let Kind::Object(of) = field.kind else { return None };
        let mut o = Obj::open(&value, self.at.key(key), of, self.lang, self.issues)?;
        Some(read(&mut o))
    }

    /// The message language field: one of `nb`, `nn`, `en`.
    pub fn lang(&mut self, key: &str) -> Option<Lang> {
        let text = self.text(key)?;
        let lang = Lang::parse(&text);
        if lang.is_none() {
            let at = self.at.key(key);
            let issue = crate::shape::one_of(&text, Lang::CODES).err().map(|p| p.issue(self.lang, &at, key));
            self.issues.extend(issue);
        }
        lang
    }

    /// A whole-number field ([`Kind::Integer`]): NaN and ±Infinity are
    /// `number.not-finite`, a fraction or a number outside `i32` a type issue.
    pub fn integer(&mut self, key: &str) -> Option<i32> {
        let n = self.number(key)?;
        #[allow(clippy::cast_possible_truncation)]
        let whole = (n.fract() == 0.0 && (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&n)).then_some(n as i32);
        if whole.is_none() {
            self.wrong_type(key, "a number");
        }
        whole
    }

    /// A map of numbers ([`Kind::NumberMap`]): its entries in the source's
    /// order, read to one past the field's limit (the rest are not read);
    /// each value that is no finite number is an issue at its key. A key
    /// holding `undefined` is not there (as `JSON.stringify`), but it counts
    /// towards the entries listed, as in `Obj::open`.
    pub fn number_map(&mut self, key: &str) -> Option<std::collections::BTreeMap<String, f64>> {
        let (field, value) = self.take(key)?;
        let Kind::NumberMap { max } = field.kind else { return None };
        let entries = match value.look() {
            Look::Object => value.entries(max.saturating_add(1)),
            _ => None,
        };
        let Some(entries) = entries else {
            // serde's words for a map, which `expected_in` reads as an object.
            self.wrong_type(key, "a map");
            return None;
        };
        // Over the limit: said here, on the input itself (issue 26 item 2); one entry past it was listed.
        self.limit(key, crate::shape::max_entries(entries.len(), max));
        let here = self.at.key(key);
        let mut map = std::collections::BTreeMap::new();
        for (name, value) in entries {
            let at = here.key(&name);
            match value.look() {
                Look::Absent => {}
                Look::Number(n) if n.is_finite() => {
                    map.insert(name, n);
                }
                Look::Number(n) => {
                    let issue = crate::shape::finite(n).err().map(|p| p.issue(self.lang, &at, &name));
                    self.issues.extend(issue);
                }
                _ => self.issues.push(type_issue(self.lang, &at, "a number")),
            }
        }
        Some(map)
    }

    /// A list-of-codes field ([`Kind::Codes`]): each row a string, cut as a
    /// code, at most one row past the field's limit (the rest are not read).
    pub fn codes(&mut self, key: &str) -> Option<Vec<String>> {
        let (field, value) = self.take(key)?;
        let Kind::Codes { max, .. } = field.kind else { return None };
        let read = self.rows_to_read(key, &value, max)?;
        let here = self.at.key(key);
        let mut rows = Vec::new();
        for index in 0..read {
            let item = value.item(index);
            let text = match item.look() {
                Look::Text => item.text(CODE_CHARS),
                _ => None,
            };
            match text {
                Some(text) => rows.push(text),
                None => self.issues.push(type_issue(self.lang, &here.index(index), "a string")),
            }
        }
        Some(rows)
    }

    /// A field of several forms ([`Kind::Forms`]), read with `read` given
    /// the index of the value's form. The keys are walked in order: the
    /// first key of one form only decides the form (a key of several forms
    /// does not, nor an unknown key); an unknown key before it is reported
    /// with the keys of every form, one after it with those of the form. An
    /// object without a deciding key is of the last form, unless it has an
    /// unknown key (then its form is unknown and only the unknown keys are
    /// reported).
    pub fn forms<T>(&mut self, key: &str, read: impl FnOnce(usize, &mut Obj<'_, S>) -> T) -> Option<T> {
        let (field, value) = self.take(key)?;
        let Kind::Forms(forms) = field.kind else { return None };
        let (form, mut o) = Obj::open_form(&value, self.at.key(key), forms, self.lang, self.issues)?;
        Some(read(form, &mut o))
    }

    /// [`Obj::open`] for a value of one of `forms` (see [`Obj::forms`]).
    fn open_form(
        source: &S,
        at: Pointer,
        forms: &'static [&'static Shape],
        lang: Lang,
        issues: &'i mut Vec<Issue>,
    ) -> Option<(usize, Self)> {
        let mut all: Vec<&str> = Vec::new();
        for key in forms.iter().flat_map(|f| f.fields.iter().map(|field| field.key)) {
            if !all.contains(&key) {
                all.push(key);
            }
        }
        let keys = match source.look() {
            Look::Object => source.entries(all.len() + MOST_UNKNOWN_KEYS),
            _ => None,
        };
        let Some(keys) = keys else {
            issues.push(type_issue(lang, &at, "struct"));
            return None;
        };
        // As JSON.stringify: a key holding `undefined` is not there.
        let keys: Vec<(String, S)> = keys.into_iter().filter(|(_, value)| value.look() != Look::Absent).collect();
        let owner = |key: &str| {
            let mut owners = forms.iter().enumerate().filter(|(_, f)| f.field(key).is_some()).map(|(i, _)| i);
            match (owners.next(), owners.next()) {
                (Some(i), None) => Some(i),
                _ => None,
            }
        };
        let decided = keys.iter().enumerate().find_map(|(at, (key, _))| owner(key).map(|form| (at, form)));
        let unknown_anywhere = keys.iter().any(|(key, _)| !all.contains(&key.as_str()));
        let form = match decided {
            Some((_, form)) => Some(form),
            None if unknown_anywhere => None,
            None => forms.len().checked_sub(1),
        };
        let shape = form.and_then(|f| forms.get(f).copied());
        let mut present = Vec::new();
        let mut unknown = 0;
        for (index, (key, value)) in keys.into_iter().enumerate() {
            match shape.and_then(|s| s.field(&key)) {
                Some(field) => present.push((field.key, value)),
                // A known key of an object whose form is unknown: not read.
                None if shape.is_none() && all.contains(&key.as_str()) => {}
                None if unknown < MOST_UNKNOWN_KEYS => {
                    unknown += 1;
                    let allowed = match (shape, decided) {
                        (Some(shape), Some((decider, _))) if index > decider => shape.keys(),
                        _ => all.join(", "),
                    };
                    issues.push(Issue::new(
                        lang,
                        &m::INPUT_UNKNOWN_FIELD,
                        &at.key(&key),
                        &[("field", key.clone()), ("allowed", allowed)],
                    ));
                }
                None => {}
            }
        }
        let (form, shape) = (form?, shape?);
        Some((form, Obj { at, lang, shape, present, issues }))
    }
}

/// `input.type` at `at`, in serde's words for what was expected (which
/// [`expected_in`] translates).
fn type_issue(lang: Lang, at: &Pointer, expected: &str) -> Issue {
    Issue::new(lang, &m::INPUT_TYPE, at, &[("field", field_name(at)), ("expected", expected_in(lang, expected))])
}

/// A `serde_json::Value` as a [`Source`], for native callers and fuzzing.
#[cfg(feature = "json")]
#[derive(Debug, Clone, Copy)]
pub struct Json<'a>(pub Option<&'a serde_json::Value>);

#[cfg(feature = "json")]
impl Source for Json<'_> {
    fn look(&self) -> Look {
        use serde_json::Value;
        match self.0 {
            None => Look::Absent,
            Some(Value::Null) => Look::Null,
            Some(Value::Bool(b)) => Look::Flag(*b),
            Some(Value::Number(n)) => n.as_f64().map_or(Look::Other, Look::Number),
            Some(Value::String(_)) => Look::Text,
            Some(Value::Array(_)) => Look::List,
            Some(Value::Object(_)) => Look::Object,
        }
    }

    fn text(&self, max_chars: usize) -> Option<String> {
        self.0.and_then(|v| v.as_str()).map(|s| s.chars().take(max_chars.saturating_add(1)).collect())
    }

    fn rows(&self) -> Option<usize> {
        self.0.and_then(|v| v.as_array()).map(Vec::len)
    }

    fn item(&self, index: usize) -> Self {
        Json(self.0.and_then(|v| v.get(index)))
    }

    fn entries(&self, max: usize) -> Option<Vec<(String, Self)>> {
        let cut = |key: &String| match key.char_indices().nth(LONGEST_KEY) {
            Some((end, _)) => format!("{}…", key.get(..end).unwrap_or_default()),
            None => key.clone(),
        };
        self.0.and_then(|v| v.as_object()).map(|o| o.iter().take(max).map(|(k, v)| (cut(k), Json(Some(v)))).collect())
    }
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::*;
    use crate::shape::{Field, Kind, Shape};
    use serde_json::json;

    // A small input: { rows: [{ day, note? }] (at most 2), size?, flag? }.
    static ROW: Shape = Shape {
        fields: &[
            Field { key: "day", kind: Kind::Date, required: true },
            Field { key: "note", kind: Kind::Text { max_chars: 3 }, required: false },
        ],
    };
    static DOC: Shape = Shape {
        fields: &[
            Field { key: "rows", kind: Kind::List { of: &ROW, max: 2 }, required: true },
            Field { key: "size", kind: Kind::Number(crate::shape::finite), required: false },
            Field { key: "flag", kind: Kind::Flag, required: false },
        ],
    };

    type Doc = (Vec<(String, Option<String>)>, Option<f64>, Option<bool>);

    fn doc(value: &serde_json::Value) -> Result<Doc, Vec<Issue>> {
        read(&Json(Some(value)), &DOC, Lang::En, |o| {
            let rows = o.list("rows", |r| (r.text("day").unwrap_or_default(), r.text("note"))).unwrap_or_default();
            (rows, o.number("size"), o.flag("flag"))
        })
    }

    fn pairs(issues: &[Issue]) -> Vec<(&str, &str)> {
        issues.iter().map(|i| (i.path.as_str(), i.code)).collect()
    }

    #[test]
    fn every_structural_problem_is_reported_at_its_path_not_only_the_first() {
        // Three problems in one input: a row without its required day, a size that is text, an unknown key.
        let issues = doc(&json!({ "rows": [{ "note": "a" }], "size": "5", "colour": 1 })).unwrap_err();
        assert_eq!(
            pairs(&issues),
            [("/colour", "input.unknown-field"), ("/rows/0/day", "input.missing"), ("/size", "input.type")]
        );
        // The type issue names what was expected in the requested language; the unknown key lists the known ones.
        assert_eq!(issues[2].message, "“size” has the wrong type: expected a number.");
        assert_eq!(issues[0].message, "Unknown field “colour”. Known fields here: rows, size, flag.");
    }

    #[test]
    fn null_is_not_given_for_an_optional_field_and_a_type_error_for_a_required_one() {
        let read = doc(&json!({ "rows": [], "size": null, "flag": null })).unwrap();
        assert_eq!(read, (vec![], None, None));
        let issues = doc(&json!({ "rows": null })).unwrap_err();
        assert_eq!(pairs(&issues), [("/rows", "input.type")]);
        assert_eq!(issues[0].message, "“rows” has the wrong type: expected a list.");
    }

    #[test]
    fn a_list_is_read_to_one_row_past_its_limit_and_a_text_to_one_character_past_its_longest() {
        // Limit 2 rows: of five rows (the fifth not even an object) at most three are read; the rows after are
        // not read, so the fifth raises no type issue.
        let issues =
            doc(&json!({ "rows": [{ "day": "a" }, { "day": "b" }, { "day": "c" }, { "day": "d" }, 5] })).unwrap_err();
        // The oversized list is an issue of the read itself, with the limit; the fifth row raises none.
        assert_eq!(pairs(&issues), [("/rows", "list.too-long")]);
        assert_eq!(issues[0].message, "“rows” has too many rows: at most 2.");
        // A note of 1 000 characters is read as 3 + 1 of them: enough to say it is too long (at most 3).
        let long = "x".repeat(1000);
        let issues = doc(&json!({ "rows": [{ "day": "2024-01-01", "note": long }] })).unwrap_err();
        assert_eq!(pairs(&issues), [("/rows/0/note", "text.too-long")]);
        let read = doc(&json!({ "rows": [{ "day": "2024-01-01", "note": "xyz" }] })).unwrap();
        assert_eq!(read.0[0].1.as_deref(), Some("xyz"));
        // A date (a code-like field) is read to one character past what a message echoes (40).
        let read = doc(&json!({ "rows": [{ "day": "9".repeat(500) }] })).unwrap();
        assert_eq!(read.0[0].0.chars().count(), crate::shape::ECHO_MAX + 1);
    }

    #[test]
    fn read_keeping_gives_the_value_with_its_issues() {
        // The second row misses its day: `read` refuses the whole, `read_keeping` keeps both rows and the issue.
        let value = json!({ "rows": [{ "day": "2024-01-01" }, { "note": "a" }] });
        let (kept, issues) = read_keeping(&Json(Some(&value)), &DOC, Lang::En, |o| {
            o.list("rows", |r| (r.text("day").unwrap_or_default(), r.text("note"))).unwrap_or_default()
        });
        assert_eq!(kept.map(|rows| rows.len()), Some(2));
        assert_eq!(pairs(&issues), [("/rows/1/day", "input.missing")]);
        // A root that is no object has no value.
        let (kept, issues) = read_keeping(&Json(Some(&json!([]))), &DOC, Lang::En, |_| ());
        assert_eq!((kept, pairs(&issues)), (None, vec![("", "input.type")]));
    }

    #[test]
    fn a_row_that_is_no_object_is_a_type_issue_at_the_row() {
        // (serde_json holds no NaN: the non-finite numbers read from JavaScript are covered by the Node tests.)
        let issues = doc(&json!({ "rows": [7] })).unwrap_err();
        assert_eq!(pairs(&issues), [("/rows/0", "input.type")]);
        assert_eq!(issues[0].message, "“0” has the wrong type: expected an object.");
    }

    #[test]
    fn a_long_unknown_key_is_cut_and_at_most_twenty_unknown_keys_are_reported() {
        let key = "k".repeat(10_000);
        let issues = doc(&json!({ "rows": [], key: 1 })).unwrap_err();
        assert_eq!(issues[0].path.chars().count(), 1 + LONGEST_KEY + 1, "“/” + 100 characters + “…”");
        let many: serde_json::Map<String, serde_json::Value> =
            (0..100).map(|i| (format!("u{i:03}"), json!(1))).chain([("rows".to_owned(), json!([]))]).collect();
        let issues = doc(&serde_json::Value::Object(many)).unwrap_err();
        assert_eq!(issues.len(), MOST_UNKNOWN_KEYS);
    }

    // Two forms: { a, both? } or { b, both? }; `both` is a key of either. A list of codes and a checked text.
    static FORM_A: Shape = Shape {
        fields: &[
            Field { key: "a", kind: Kind::Flag, required: true },
            Field { key: "both", kind: Kind::Flag, required: false },
        ],
    };
    static FORM_B: Shape = Shape {
        fields: &[
            Field { key: "b", kind: Kind::Flag, required: true },
            Field { key: "both", kind: Kind::Flag, required: false },
        ],
    };
    fn not_zero(value: &str) -> Result<(), crate::shape::Problem> {
        crate::shape::one_of(value, &["1", "2"])
    }
    static OUTER: Shape = Shape {
        fields: &[
            Field { key: "either", kind: Kind::Forms(&[&FORM_A, &FORM_B]), required: false },
            Field { key: "codes", kind: Kind::Codes { allowed: &["x", "y"], max: 2 }, required: false },
            Field { key: "checked", kind: Kind::Checked(not_zero), required: false },
        ],
    };

    type Outer = (Option<(usize, Option<bool>)>, Option<Vec<String>>, Option<String>);

    fn outer(value: &serde_json::Value) -> Result<Outer, Vec<Issue>> {
        read(&Json(Some(value)), &OUTER, Lang::En, |o| {
            let either = o.forms("either", |form, f| (form, f.flag(if form == 0 { "a" } else { "b" })));
            (either, o.codes("codes"), o.text("checked"))
        })
    }

    #[test]
    fn a_value_of_several_forms_is_of_the_form_its_first_own_key_names() {
        // `both` does not decide; `b` does (serde_json sorts the keys: both, b → b decides).
        assert_eq!(outer(&json!({ "either": { "both": true, "b": false } })).unwrap().0, Some((1, Some(false))));
        assert_eq!(outer(&json!({ "either": { "a": true } })).unwrap().0, Some((0, Some(true))));
        // A key of the other form after the deciding one is unknown there, listed with that form's keys.
        let issues = outer(&json!({ "either": { "a": true, "b": true } })).unwrap_err();
        assert_eq!(pairs(&issues), [("/either/b", "input.unknown-field")]);
        assert_eq!(issues[0].message, "Unknown field “b”. Known fields here: a, both.");
        // No deciding key: the last form (its required key missing) …
        assert_eq!(
            pairs(&outer(&json!({ "either": { "both": true } })).unwrap_err()),
            [("/either/b", "input.missing")]
        );
        // … unless a key is unknown: then the form is unknown, and the unknown key lists every form's keys.
        let issues = outer(&json!({ "either": { "c": 1 } })).unwrap_err();
        assert_eq!(pairs(&issues), [("/either/c", "input.unknown-field")]);
        assert_eq!(issues[0].message, "Unknown field “c”. Known fields here: a, both, b.");
        assert_eq!(pairs(&outer(&json!({ "either": [] })).unwrap_err()), [("/either", "input.type")]);
    }

    #[test]
    fn a_list_of_codes_is_read_to_one_row_past_its_limit_and_checked_row_by_row() {
        // Over the limit (2): said by the read itself; the fifth row (5, no text) is not read, so it raises none.
        let issues = outer(&json!({ "codes": ["x", "z", "y", "w", 5] })).unwrap_err();
        assert_eq!(pairs(&issues), [("/codes", "list.too-long")]);
        let issues = outer(&json!({ "codes": ["x", 5] })).unwrap_err();
        assert_eq!(pairs(&issues), [("/codes/1", "input.type")]);
        let read = outer(&json!({ "codes": ["x", "z"] })).unwrap();
        assert_eq!(read.1, Some(vec!["x".to_owned(), "z".to_owned()]));
        // The leaf check of a typed value (built in Rust: three codes) reports the length and each row.
        let typed = ["x", "z", "y"].map(str::to_owned);
        let mut issues = Vec::new();
        let mut check = crate::shape::Check::root(Lang::En, &OUTER, &mut issues);
        check.codes("codes", Some(&typed));
        check.text("checked", Some("0"));
        assert_eq!(
            pairs(&issues),
            [("/codes", "list.too-long"), ("/codes/1", "enum.unknown"), ("/checked", "enum.unknown")]
        );
        assert_eq!(issues[1].message, "“codes”: “z” is not a valid value. Valid values: x, y.");
    }
}
