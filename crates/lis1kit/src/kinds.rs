//! The input kinds of `validate(kind, …)` and `schema(kind)`.

use lis1_core::{input, messages as m, Issue, Lang, Pointer};
use wasm_bindgen::JsValue;

use crate::convert;

/// The kinds, as named in API.md.
pub const KINDS: &[&str] = &["service"];

/// Every issue of `input` read as `kind`; an unknown kind is itself an issue.
pub fn validate(kind: &str, value: JsValue, lang: Lang) -> Vec<Issue> {
    match kind {
        "service" => match convert::from_js::<lis1_service::ServiceInput>(value, lang) {
            Ok(parsed) => lis1_service::validate(&parsed),
            Err(issues) => issues,
        },
        other => vec![Issue::new(
            lang,
            &m::KIND_UNKNOWN,
            &Pointer::root(),
            &[("value", input::echo(other)), ("allowed", KINDS.join(", "))],
        )],
    }
}
