//! How each calculation's input is read: by its field table
//! (`lis1_core::read`), from a caller's value (`crate::js_source`) or from a
//! form's `serde_json::Value` in wasm.

use lis1_core::{Issue, Lang};
use wasm_bindgen::JsValue;

/// An input the bindings can read from a caller's value or from a form's
/// `serde_json::Value`.
pub(crate) trait Input: Sized {
    /// From a caller's JS value, or every issue.
    fn from_js(value: JsValue, lang: Lang) -> Result<Self, Vec<Issue>>;
    /// From a form's value, read in wasm.
    #[cfg_attr(not(feature = "elements"), allow(dead_code))]
    fn from_json(value: &serde_json::Value, lang: Lang) -> Result<Self, Vec<Issue>>;
}

/// Every input is read by its own `read`, from a JS value or (in wasm, for
/// the forms) from a `serde_json::Value`.
macro_rules! read_inputs {
    ($($ty:ty),* $(,)?) => {$(
        impl $crate::inputs::Input for $ty {
            fn from_js(value: JsValue, lang: Lang) -> Result<Self, Vec<Issue>> {
                Self::read(&crate::js_source::Js(value), lang)
            }
            fn from_json(value: &serde_json::Value, lang: Lang) -> Result<Self, Vec<Issue>> {
                Self::read(&lis1_core::read::Json(Some(value)), lang)
            }
        }
    )*};
}

pub(crate) use read_inputs;
