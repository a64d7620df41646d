//! `Lis1Error`: the JavaScript error thrown with every issue found.
//!
//! The class is defined in `js/lis1-error.js` (a Rust type cannot extend
//! `Error`); callers `catch (e) { if (e instanceof Lis1Error) e.issues }` and
//! branch on `e.kind` ('invalid-input' | 'rule-violation', or 'internal' from js/guard.js
//! when a call failed inside wasm), never on texts.

use lis1_core::{ErrorKind, Issue, Lis1Error};
use wasm_bindgen::prelude::*;

use crate::convert;

#[wasm_bindgen(raw_module = "./lis1-error.js")]
extern "C" {
    #[wasm_bindgen(js_name = makeLis1Error)]
    fn make_lis1_error(message: &str, kind: &str, issues: JsValue) -> JsValue;
}

fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::InvalidInput => "invalid-input",
        ErrorKind::RuleViolation => "rule-violation",
    }
}

/// The JS `Lis1Error` for a Rust error.
pub fn to_js(error: &Lis1Error) -> JsValue {
    let issues = convert::to_js(&error.issues).unwrap_or(JsValue::NULL);
    make_lis1_error(&error.summary(), kind_name(error.kind), issues)
}

/// The JS `Lis1Error` for input issues.
pub fn invalid(issues: Vec<Issue>) -> JsValue {
    to_js(&Lis1Error::new(ErrorKind::InvalidInput, issues))
}
