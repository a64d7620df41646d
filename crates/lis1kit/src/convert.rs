//! JS values ↔ Rust types.
//!
//! Inputs go through `lis1_core::input::deserialize`, so a structural problem
//! comes back as an issue with its JSON pointer; outputs are plain objects
//! (`json_compatible`: maps become objects, not `Map`).

use lis1_core::{Issue, Lang};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// The `lang` the caller asked for, read before anything else so that even
/// shape errors come in the right language. Anything but `nb`/`nn`/`en`
/// gives the default here; the typed input then reports the bad value.
pub fn requested_lang(input: &JsValue) -> Lang {
    if !input.is_object() {
        return Lang::default();
    }
    js_sys::Reflect::get(input, &JsValue::from_str("lang"))
        .ok()
        .and_then(|v| v.as_string())
        .and_then(|code| Lang::parse(&code))
        .unwrap_or_default()
}

/// Deserialises a typed input or returns the structural issue.
pub fn from_js<T: DeserializeOwned>(input: JsValue, lang: Lang) -> Result<T, Vec<Issue>> {
    lis1_core::input::deserialize(serde_wasm_bindgen::Deserializer::from(input), lang)
}

/// Serialises a result as a plain JS object.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(JsValue::from)
}
