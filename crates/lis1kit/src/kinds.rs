//! The input kinds of `validate(kind, …)` and `schema(kind)`.

use lis1_core::{input, messages as m, Issue, Lang, Pointer};
use wasm_bindgen::{JsCast, JsValue};

pub use crate::calculations::{validate, KINDS};

/// The `kind` argument as text, whatever a caller passes: a string is read
/// at most one character past `input::ECHO_MAX` (so a long one is echoed
/// cut, never copied whole), anything else is named by its JS type in
/// parentheses, `(number)`, which no kind is. Reading a string or a type
/// runs no caller code, so this never throws (issue 16 item 4).
pub fn kind_text(kind: &JsValue) -> String {
    match kind.dyn_ref::<js_sys::JsString>() {
        #[allow(clippy::cast_possible_truncation)]
        Some(text) => String::from(text.slice(0, input::ECHO_MAX as u32 + 1)),
        None => format!("({})", kind.js_typeof().as_string().unwrap_or_default()),
    }
}

/// Reads `value` as `I` and runs the crate's validation on it.
pub(crate) fn check<I: crate::inputs::Input>(value: JsValue, lang: Lang, validate: fn(&I) -> Vec<Issue>) -> Vec<Issue> {
    match I::from_js(value, lang) {
        Ok(parsed) => validate(&parsed),
        Err(issues) => issues,
    }
}

/// The issue for a `kind` argument that is not one of `allowed`.
pub fn unknown_kind(lang: Lang, kind: &str, allowed: &[&str]) -> Issue {
    Issue::new(
        lang,
        &m::KIND_UNKNOWN,
        &Pointer::root(),
        &[("value", input::echo(kind)), ("allowed", allowed.join(", "))],
    )
}
