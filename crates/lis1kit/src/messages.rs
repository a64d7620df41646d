//! The one message catalogue of lis1kit: every crate's `messages::ALL`
//! together. `messages()` publishes it so that JavaScript UIs can show the
//! same texts the calculations use (and translators can review them).

use lis1_core::MessageDef;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::convert;

pub use crate::calculations::CATALOGUES;

/// Every message of every catalogue.
pub fn all() -> impl Iterator<Item = &'static MessageDef> {
    CATALOGUES.iter().flat_map(|c| c.iter().copied())
}

/// The catalogue entry of `code`, if any.
pub fn find(code: &str) -> Option<&'static MessageDef> {
    all().find(|d| d.code == code)
}

/// Rewrites `issues` of an input of `kind` in the words people see in its
/// form (`crate::forms::form`): a field named by its JSON key gets its visible label,
/// and an issue inside a list row starts with that row (`Periode 2: …`).
/// `code` and `path` stay as they are for programs.
pub fn in_form_words(kind: &str, lang: lis1_core::Lang, issues: &mut [lis1_core::Issue]) {
    let Some(spec) = crate::forms::form(kind, lang) else { return };
    for issue in issues {
        issue.message = spec.say(issue, find(issue.code), lang, true);
    }
}

/// TypeScript of one [`Entry`] (its fields, in the same order; a test
/// below keeps the two equal).
// wasm-bindgen copies the text at macro time, so rustc sees no use of the
// const on any target; natively only the test below reads it.
#[allow(dead_code)]
const TS_MESSAGE: &str = r#"
/** One entry of the message catalogue (`messages()`): texts with `{name}` placeholders. */
export interface Message {
  code: string;
  rule?: string;
  nb: string;
  nn: string;
  en: string;
}
"#;
#[wasm_bindgen(typescript_custom_section)]
const TS_MESSAGE_SECTION: &'static str = TS_MESSAGE;

#[derive(Serialize)]
struct Entry {
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'static str>,
    nb: &'static str,
    nn: &'static str,
    en: &'static str,
}

/// The message catalogue: `[{ code, rule?, nb, nn, en }]`, with `{name}`
/// placeholders as used by the calculations.
#[wasm_bindgen(unchecked_return_type = "Message[]")]
pub fn messages() -> Result<JsValue, JsValue> {
    let entries: Vec<Entry> =
        all().map(|m| Entry { code: m.code, rule: m.rule, nb: m.nb, nn: m.nn, en: m.en }).collect();
    convert::to_js(&entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_of_every_crate_is_unique_and_has_nb_nn_and_en_with_the_same_placeholders() {
        let union: Vec<&MessageDef> = all().collect();
        assert_eq!(lis1_core::message::check_catalogue(&union), Vec::<String>::new());
    }

    #[test]
    fn the_typescript_message_interface_has_the_entry_fields() {
        // Field names of the TS interface, `?` for optional ones.
        let ts: Vec<String> =
            TS_MESSAGE.lines().filter_map(|l| l.trim().strip_suffix(": string;")).map(str::to_owned).collect();
        // Entry serialises `rule` only when present (optional in TS).
        let with_rule = Entry { code: "c", rule: Some("S-1"), nb: "", nn: "", en: "" };
        let without = Entry { rule: None, ..with_rule };
        let keys = |e: &Entry| -> Vec<String> {
            let value = serde_json::to_value(e).unwrap_or_default();
            value.as_object().map(|map| map.keys().cloned().collect()).unwrap_or_default()
        };
        let all = keys(&with_rule);
        let required = keys(&without);
        let expected: Vec<String> =
            all.iter().map(|k| if required.contains(k) { k.clone() } else { format!("{k}?") }).collect();
        assert_eq!(expected.len(), 5, "code, rule, nb, nn, en");
        let mut ts_sorted = ts;
        ts_sorted.sort();
        let mut expected_sorted = expected;
        expected_sorted.sort();
        assert_eq!(ts_sorted, expected_sorted);
    }

    #[test]
    fn nynorsk_is_never_a_copy_of_english() {
        // A silent nn → en fallback would show up as identical texts.
        // Words that really are the same in Nynorsk and English, listed here
        // one by one so that a new identical pair is a decision, not an accident.
        const SAME_WORD: &[&str] = &["ui.rules.status"];
        let copies: Vec<&str> =
            all().filter(|m| m.nn == m.en && !SAME_WORD.contains(&m.code)).map(|m| m.code).collect();
        assert_eq!(copies, Vec::<&str>::new());
    }
}
