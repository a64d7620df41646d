//! An input described once: each object of a calculation's input is a
//! [`Shape`], a static table of its [`Field`]s. The table drives reading
//! (types, required and unknown keys, row and text caps: `crate::read`) and
//! the leaf checks of a typed value ([`Check`]), so a field's constraint is
//! declared in one place.
//!
//! A leaf check returns a [`Problem`]: a catalogue message and its
//! parameters, without a path; the caller places it. The `validator`-based
//! checks of `crate::input` wrap these same functions for the inputs that
//! are not ported yet.

use crate::date::{self, DateError};
use crate::message::MessageDef;
use crate::messages as m;
use crate::number_text::js as number;
use crate::{Issue, Lang, Pointer};

/// The fields of one object of an input, in the order the API documents them.
#[derive(Debug)]
pub struct Shape {
    /// The fields.
    pub fields: &'static [Field],
}

impl Shape {
    /// The field named `key`.
    pub fn field(&self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The keys, as an unknown-key issue lists them (`a, b, c`).
    pub fn keys(&self) -> String {
        let keys: Vec<&str> = self.fields.iter().map(|f| f.key).collect();
        keys.join(", ")
    }
}

/// One field: its JSON key, what it holds, and whether it must be given.
#[derive(Debug)]
pub struct Field {
    /// The key as written in the input (camelCase).
    pub key: &'static str,
    /// What the value is and its constraint.
    pub kind: Kind,
    /// Whether a missing value is an issue (`input.missing`).
    pub required: bool,
}

/// A field of a table: `field("start", Kind::Date, true)`.
pub const fn field(key: &'static str, kind: Kind, required: bool) -> Field {
    Field { key, kind, required }
}

/// What a field holds, with its constraint.
#[derive(Debug)]
pub enum Kind {
    /// A strict ISO date, `YYYY-MM-DD`.
    Date,
    /// One of a fixed list of codes (`hospital`, `municipal`).
    Code(&'static [&'static str]),
    /// A number checked by the function (range, finiteness).
    Number(fn(f64) -> Result<(), Problem>),
    /// `true` or `false`.
    Flag,
    /// Free text of at most `max_chars` characters.
    Text {
        /// Longest text accepted (characters).
        max_chars: usize,
    },
    /// A list of objects of one shape, at most `max` rows.
    List {
        /// The rows' shape.
        of: &'static Shape,
        /// Most rows accepted.
        max: usize,
    },
    /// A nested object.
    Object(&'static Shape),
    /// A whole number that fits an `i32` (a year): a fraction or a number
    /// out of that range is a type issue (`a number`), as serde read an
    /// `i32`; its range is the calculation's check.
    Integer,
    /// An object of numbers under keys the caller chooses (ids, years), at
    /// most `max` entries, read to one entry past it ([`max_entries`]); each
    /// value a finite number. Which keys and values are accepted is the
    /// calculation's check.
    NumberMap {
        /// Most entries accepted.
        max: usize,
    },
    /// A text read as a code (to one character past what a message echoes)
    /// and checked by the function: a domain check such as a round date
    /// (B-2) or a kommunenummer that must exist.
    Checked(fn(&str) -> Result<(), Problem>),
    /// A list of codes, each one of `allowed`, at most `max` rows.
    Codes {
        /// The codes accepted in a row.
        allowed: &'static [&'static str],
        /// Most rows accepted.
        max: usize,
    },
    /// An object of one of several shapes, told apart by its keys: the first
    /// key of one form only decides (a key of several forms, or an unknown
    /// key, does not); an object without such a key is of the last form
    /// (`crate::read::Obj::forms`).
    Forms(&'static [&'static Shape]),
}

/// A leaf value's problem: the message and its parameters (no path yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The catalogue message.
    pub def: &'static MessageDef,
    /// Its parameters, `{field}` excepted (the caller knows the field).
    pub params: Vec<(&'static str, String)>,
}

impl Problem {
    /// A problem from a message and its parameters.
    pub fn new(def: &'static MessageDef, params: Vec<(&'static str, String)>) -> Self {
        Problem { def, params }
    }

    /// The issue at `at`, naming the field `field`.
    pub fn issue(&self, lang: Lang, at: &Pointer, field: &str) -> Issue {
        let mut params: Vec<(&str, String)> = vec![("field", field.to_owned())];
        params.extend(self.params.iter().map(|(k, v)| (*k, v.clone())));
        Issue::new(lang, self.def, at, &params)
    }
}

/// Longest user value echoed back in a message.
pub const ECHO_MAX: usize = 40;

/// Shortens a user value for echoing in a message (long strings are cut).
pub fn echo(value: &str) -> String {
    let mut out: String = value.chars().take(ECHO_MAX).collect();
    if value.chars().nth(ECHO_MAX).is_some() {
        out.push('…');
    }
    out
}

/// A strict ISO date (`date.format`, `date.impossible`).
pub fn iso_date(value: &str) -> Result<(), Problem> {
    match date::parse(value) {
        Ok(_) => Ok(()),
        Err(DateError::Format) => Err(Problem::new(&m::DATE_FORMAT, vec![("value", echo(value))])),
        Err(DateError::Impossible) => Err(Problem::new(&m::DATE_IMPOSSIBLE, vec![("value", echo(value))])),
    }
}

/// Smallest position percentage (S-4).
pub const PERCENT_MIN: f64 = 1.0;
/// Largest position percentage (S-4).
pub const PERCENT_MAX: f64 = 100.0;

/// A finite number (`number.not-finite`).
pub fn finite(value: f64) -> Result<(), Problem> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(Problem::new(&m::NUMBER_NOT_FINITE, vec![("got", number(value))]))
    }
}

/// A position percentage in [`PERCENT_MIN`]..=[`PERCENT_MAX`] (S-4).
pub fn percent(value: f64) -> Result<(), Problem> {
    finite(value)?;
    if (PERCENT_MIN..=PERCENT_MAX).contains(&value) {
        Ok(())
    } else {
        Err(Problem::new(&m::PERCENT_RANGE, vec![("got", number(value))]))
    }
}

/// `value` is one of `allowed` (`enum.unknown`, the list shown whole).
pub fn one_of(value: &str, allowed: &[&str]) -> Result<(), Problem> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(Problem::new(&m::ENUM_UNKNOWN, vec![("value", echo(value)), ("allowed", allowed.join(", "))]))
    }
}

/// A text of at most `max` characters (`text.too-long`).
pub fn max_chars(value: &str, max: usize) -> Result<(), Problem> {
    if value.chars().nth(max).is_some() {
        Err(Problem::new(&m::TEXT_TOO_LONG, vec![("max", max.to_string())]))
    } else {
        Ok(())
    }
}

/// A list of at most `max` rows (`list.too-long`).
pub fn max_rows(len: usize, max: usize) -> Result<(), Problem> {
    if len > max {
        Err(Problem::new(&m::LIST_TOO_LONG, vec![("max", max.to_string())]))
    } else {
        Ok(())
    }
}

/// The leaf checks of a typed value, by its shape: each call names a field
/// and gives its value; the constraint comes from the field's [`Kind`].
/// Every problem becomes an issue at the field's path.
#[derive(Debug)]
pub struct Check<'i> {
    lang: Lang,
    at: Pointer,
    shape: &'static Shape,
    issues: &'i mut Vec<Issue>,
}

impl<'i> Check<'i> {
    /// Checks at the input's root.
    pub fn root(lang: Lang, shape: &'static Shape, issues: &'i mut Vec<Issue>) -> Self {
        Check { lang, at: Pointer::root(), shape, issues }
    }

    fn field(&self, key: &str) -> Option<&'static Field> {
        let field = self.shape.field(key);
        debug_assert!(field.is_some(), "no field {key} in the shape");
        field
    }

    fn report(&mut self, key: &str, result: Result<(), Problem>) {
        if let Err(problem) = result {
            let issue = problem.issue(self.lang, &self.at.key(key), key);
            self.issues.push(issue);
        }
    }

    /// A text field (date, code or free text), when given.
    pub fn text(&mut self, key: &str, value: Option<&str>) {
        let (Some(field), Some(value)) = (self.field(key), value) else { return };
        let result = match field.kind {
            Kind::Date => iso_date(value),
            Kind::Code(allowed) => one_of(value, allowed),
            Kind::Text { max_chars: max } => max_chars(value, max),
            Kind::Checked(check) => check(value),
            _ => Ok(()),
        };
        self.report(key, result);
    }

    /// A number field, when given.
    pub fn number(&mut self, key: &str, value: Option<f64>) {
        let (Some(field), Some(value)) = (self.field(key), value) else { return };
        if let Kind::Number(check) = field.kind {
            self.report(key, check(value));
        }
    }

    /// A list field: its length, then each row with `row`.
    pub fn list<T>(&mut self, key: &str, rows: &[T], mut row: impl FnMut(&mut Check<'_>, &T)) {
        let Some(Kind::List { of, max }) = self.field(key).map(|f| &f.kind) else { return };
        self.report(key, max_rows(rows.len(), *max));
        let here = self.at.key(key);
        for (index, value) in rows.iter().enumerate() {
            let mut inner = Check { lang: self.lang, at: here.index(index), shape: of, issues: self.issues };
            row(&mut inner, value);
        }
    }

    /// A nested object field, when given.
    pub fn object<T>(&mut self, key: &str, value: Option<&T>, check: impl FnOnce(&mut Check<'_>, &T)) {
        let (Some(Kind::Object(of)), Some(value)) = (self.field(key).map(|f| &f.kind), value) else { return };
        let mut inner = Check { lang: self.lang, at: self.at.key(key), shape: of, issues: self.issues };
        check(&mut inner, value);
    }

    /// A list-of-codes field, when given: its length, then each row's code
    /// (`enum.unknown` at the row, naming the list).
    pub fn codes(&mut self, key: &str, rows: Option<&[String]>) {
        let (Some(Kind::Codes { allowed, max }), Some(rows)) = (self.field(key).map(|f| &f.kind), rows) else {
            return;
        };
        self.report(key, max_rows(rows.len(), *max));
        let here = self.at.key(key);
        for (index, value) in rows.iter().enumerate() {
            if let Err(problem) = one_of(value, allowed) {
                self.issues.push(problem.issue(self.lang, &here.index(index), key));
            }
        }
    }

    /// A field of several forms ([`Kind::Forms`]), when given: `form` is the
    /// index of the value's form, whose table `check` is given.
    pub fn form<T>(&mut self, key: &str, form: usize, value: Option<&T>, check: impl FnOnce(&mut Check<'_>, &T)) {
        let (Some(Kind::Forms(forms)), Some(value)) = (self.field(key).map(|f| &f.kind), value) else { return };
        let Some(of) = forms.get(form) else { return };
        let mut inner = Check { lang: self.lang, at: self.at.key(key), shape: of, issues: self.issues };
        check(&mut inner, value);
    }

    /// A map field ([`Kind::NumberMap`]), when given: its number of entries.
    pub fn number_map<V>(&mut self, key: &str, value: Option<&std::collections::BTreeMap<String, V>>) {
        let (Some(Kind::NumberMap { max }), Some(value)) = (self.field(key).map(|f| &f.kind), value) else { return };
        self.report(key, max_entries(value.len(), *max));
    }
}

/// A map of at most `max` entries (`map.too-long`).
pub fn max_entries(len: usize, max: usize) -> Result<(), Problem> {
    if len > max {
        Err(Problem::new(&m::MAP_TOO_LONG, vec![("max", max.to_string())]))
    } else {
        Ok(())
    }
}
