//! What a calculation reports besides numbers: issues (input problems),
//! warnings, and the assumptions (open-rule options) a result rests on.

use serde::Serialize;

use crate::{Lang, MessageDef, Pointer};

/// One problem with the input, as in API.md: `{ code, path, rule?, message }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Message code from the catalogue.
    pub code: &'static str,
    /// JSON pointer into the input, `""` for the input as a whole.
    pub path: String,
    /// Rule id from RULES.md, where one applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// Text in the requested language.
    pub message: String,
}

impl Issue {
    /// An issue at `path` from a catalogue message with its parameters.
    pub fn new(lang: Lang, def: &MessageDef, path: &Pointer, params: &[(&str, String)]) -> Self {
        Issue {
            code: def.code,
            path: path.as_str().to_owned(),
            rule: def.rule,
            message: def.render(lang, params),
        }
    }
}

/// A warning on a result: `{ code, rule?, message }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Message code from the catalogue.
    pub code: &'static str,
    /// Rule id, where one applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// Text in the requested language.
    pub message: String,
}

impl Warning {
    /// A warning from a catalogue message with its parameters.
    pub fn new(lang: Lang, def: &MessageDef, params: &[(&str, String)]) -> Self {
        Warning { code: def.code, rule: def.rule, message: def.render(lang, params) }
    }
}

/// An open-rule option a result used: `{ option, value, rule }`, e.g.
/// `{ option: "excessOnly", value: "true", rule: "A-O1" }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assumption {
    /// The option's name as in the input's `options`.
    pub option: &'static str,
    /// The value used, as text (`"true"`, `"workdays"`, a date, ...).
    pub value: String,
    /// The RULES.md id of the open question.
    pub rule: &'static str,
}

/// Why a call failed; lets JavaScript callers branch on the kind rather than
/// on message texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The input is malformed or out of range (types, dates, percent, ...).
    InvalidInput,
    /// The input is well formed but describes a history the rules forbid
    /// (e.g. municipal service before the hospital part, S-2).
    RuleViolation,
}

/// The error every calculation returns: all issues found, not only the first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lis1Error {
    /// The kind of failure.
    pub kind: ErrorKind,
    /// Every problem found, in input order.
    pub issues: Vec<Issue>,
}

impl Lis1Error {
    /// An error of `kind` holding `issues`.
    pub fn new(kind: ErrorKind, issues: Vec<Issue>) -> Self {
        Lis1Error { kind, issues }
    }

    /// A one-line summary for `Error.message`: the first issue's text and
    /// how many more there are.
    pub fn summary(&self) -> String {
        match self.issues.as_slice() {
            [] => String::from("lis1kit"),
            [one] => format!("{} ({})", one.message, display_path(&one.path)),
            [first, rest @ ..] => {
                format!("{} ({}) (+{})", first.message, display_path(&first.path), rest.len())
            }
        }
    }
}

fn display_path(path: &str) -> &str {
    if path.is_empty() {
        "/"
    } else {
        path
    }
}

impl std::fmt::Display for Lis1Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.summary())
    }
}

impl std::error::Error for Lis1Error {}
