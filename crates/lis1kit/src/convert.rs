//! JS values ↔ Rust types.
//!
//! Inputs are read by [`crate::de`], so a structural problem comes back as
//! an issue with its JSON pointer; outputs are plain objects made by
//! `JSON.parse` from serde_json's text (maps become objects, `None` null).
//! `JSON.parse` defines properties instead of assigning them, so a page's
//! setter on `Object.prototype` never runs inside a call (issue 16 item 3).

use lis1_core::{input, messages as m, Issue, Lang};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use crate::de;

#[wasm_bindgen(raw_module = "./read.js")]
extern "C" {
    /// `JSON.parse` as it was when the package loaded.
    #[wasm_bindgen(js_name = fromJson)]
    fn from_json(text: &str) -> JsValue;
}

/// The `lang` the caller asked for, read before anything else so that even
/// shape errors come in the right language. Anything but `nb`/`nn`/`en`
/// gives the default here; the typed input then reports the bad value.
pub fn requested_lang(input: &JsValue) -> Lang {
    if !input.is_object() {
        return Lang::default();
    }
    de::get(input, &JsValue::from_str("lang")).as_string().and_then(|code| Lang::parse(&code)).unwrap_or_default()
}

/// Deserialises a typed input or returns the structural issue(s).
///
/// The value is read directly by [`crate::de`], which enforces
/// `deny_unknown_fields` and reports the exact JSON pointer of a problem.
/// Every NaN or ±Infinity is an issue at its own path (`number.not-finite`);
/// a structural problem elsewhere is reported after them.
pub fn from_js<T: DeserializeOwned>(value: JsValue, lang: Lang) -> Result<T, Vec<Issue>> {
    let read = de::from_js::<T>(value);
    let mut issues: Vec<Issue> = read
        .non_finite
        .iter()
        .map(|(at, n)| {
            Issue::new(lang, &m::NUMBER_NOT_FINITE, at, &[("field", input::field_name(at)), ("got", input::number(*n))])
        })
        .collect();
    match read.value {
        Ok(value) if issues.is_empty() => Ok(value),
        Ok(_) => Err(issues),
        Err((text, at)) => {
            // A NaN where an integer belongs fails the read too: once is enough.
            if !issues.iter().any(|i| i.path == at.as_str()) {
                issues.push(input::shape_issue(lang, &at, &text));
            }
            Err(issues)
        }
    }
}

/// Serialises a result as a plain JS object.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(from_json(&text))
}
