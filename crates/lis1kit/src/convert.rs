//! JS values ↔ Rust types.
//!
//! Inputs are read by their field tables (`crate::inputs`, through
//! `crate::js_source`); outputs are plain objects made by
//! `JSON.parse` from serde_json's text (maps become objects, `None` null).
//! `JSON.parse` defines properties instead of assigning them, so a page's
//! setter on `Object.prototype` never runs inside a call (issue 16 item 3).

use lis1_core::Lang;
use serde::Serialize;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use crate::js_source::get;

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
    get(input, &JsValue::from_str("lang")).as_string().and_then(|code| Lang::parse(&code)).unwrap_or_default()
}

/// Serialises a result as a plain JS object.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(from_json(&text))
}

/// [`to_js`], and the JSON text it was made from (a form's value): no
/// `JSON.stringify` of the object, which would run a page's `toJSON`.
#[cfg(feature = "elements")]
pub fn to_js_and_text<T: Serialize + ?Sized>(value: &T) -> Result<(JsValue, String), JsValue> {
    let text = serde_json::to_string(value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok((from_json(&text), text))
}
