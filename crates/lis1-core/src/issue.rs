//! What a calculation reports besides numbers: issues (input problems),
//! warnings, and the assumptions (open-rule options) a result rests on.

use serde::Serialize;

use crate::{Lang, MessageDef, Pointer};

/// One problem with the input, as the API reports it: `{ code, path, rule?, message }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Message code from the catalogue.
    pub code: &'static str,
    /// JSON pointer into the input, `""` for the input as a whole.
    pub path: String,
    /// Rule id (docs/rules.md), where one applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// Text in the requested language.
    pub message: String,
    /// The parameters `message` was rendered with (not part of the API):
    /// lets a form say the same catalogue message again with a field's
    /// visible label in place of its JSON key (`{field}`).
    #[serde(skip)]
    pub params: Vec<(String, String)>,
}

impl Issue {
    /// An issue at `path` from a catalogue message with its parameters.
    pub fn new(lang: Lang, def: &MessageDef, path: &Pointer, params: &[(&str, String)]) -> Self {
        Issue {
            code: def.code,
            path: path.as_str().to_owned(),
            rule: def.rule,
            message: def.render(lang, params),
            params: params.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect(),
        }
    }

    /// The message rendered from `def` (this issue's catalogue entry, or a
    /// form's wording of it) with the `{field}` parameter replaced by
    /// `label`. `None` when the message names no field, or another field
    /// than `key`.
    pub fn with_field_label(&self, lang: Lang, def: &MessageDef, key: &str, label: &str) -> Option<String> {
        if !self.params.iter().any(|(k, v)| k == "field" && v == key) {
            return None;
        }
        let params: Vec<(&str, String)> = self
            .params
            .iter()
            .map(|(k, v)| (k.as_str(), if k == "field" { label.to_owned() } else { v.clone() }))
            .collect();
        Some(def.render(lang, &params))
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

/// An open-rule option a result used: `{ option, value, rule, text }`, e.g.
/// `{ option: "excessOnly", value: "true", rule: "A-O1", text: "Bare fraværet
/// over grensen må tas igjen." }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assumption {
    /// The option's name as in the input's `options`.
    pub option: &'static str,
    /// The value used, as text (`"true"`, `"workdays"`, a date, ...).
    pub value: String,
    /// The rule id of the open question.
    pub rule: &'static str,
    /// The assumption as a sentence in the requested language — the words the
    /// elements show, so a caller building its own UI needs no second table.
    pub text: String,
}

impl Assumption {
    /// An assumption whose sentence is `sentence` (a catalogue message whose
    /// rule is the assumption's rule) with `{value}` filled by `shown`, the
    /// value as people read it (a date in words, a number with a decimal
    /// comma). The sentence lives beside the option in the crate that owns it.
    pub fn new(
        lang: Lang,
        sentence: &MessageDef,
        option: &'static str,
        value: impl Into<String>,
        shown: Option<String>,
    ) -> Self {
        let text = sentence.render(lang, &[("value", shown.unwrap_or_default())]);
        Assumption { option, value: value.into(), rule: sentence.rule.unwrap_or_default(), text }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{INPUT_MISSING, RANGE_END_BEFORE_START};

    #[test]
    fn a_message_naming_a_field_by_its_key_is_said_again_with_a_label() {
        let at = Pointer::root().key("periods").index(0).key("part");
        let issue = Issue::new(Lang::Nb, &INPUT_MISSING, &at, &[("field", "part".into())]);
        // The catalogue text nb "«{field}» mangler." with field = part, then with the label "Del".
        assert_eq!(issue.message, "«part» mangler.");
        assert_eq!(issue.with_field_label(Lang::Nb, &INPUT_MISSING, "part", "Del").as_deref(), Some("«Del» mangler."));
        // Another field's label is not put in.
        assert_eq!(issue.with_field_label(Lang::Nb, &INPUT_MISSING, "start", "Fra"), None);
        // A message without a field parameter has nothing to relabel.
        let dates = Issue::new(
            Lang::En,
            &RANGE_END_BEFORE_START,
            &at,
            &[("start", "2023-02-01".into()), ("end", "2023-01-01".into())],
        );
        assert_eq!(dates.with_field_label(Lang::En, &RANGE_END_BEFORE_START, "end", "To"), None);
        // The parameters are no part of the API's issue object.
        assert!(!serde_json::to_string(&issue).unwrap_or_default().contains("params"));
    }
}
