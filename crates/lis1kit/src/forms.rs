//! `formSpec(kind, { lang })`: the form SDK's field specs as data, for the
//! web components and for JavaScript developers building their own UI.

use wasm_bindgen::prelude::*;

use crate::{api, convert, error, kinds};

/// The field spec of `kind`'s form (`service`, `eligibility`, `cost`) in the
/// requested language. Unknown kinds throw `Lis1Error` (`kind.unknown`).
#[wasm_bindgen(js_name = formSpec, unchecked_return_type = "FormSpec")]
pub fn form_spec(
    #[wasm_bindgen(unchecked_param_type = "FormSpec['kind']")] kind: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "LangOption")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = api::lang_only(options)?;
    match form(kind, lang) {
        Some(spec) => convert::to_js(&spec),
        None => Err(error::invalid(vec![kinds::unknown_kind(lang, kind, lis1_forms::KINDS)])),
    }
}

/// The form for `kind` in `lang`, among the calculations this module is built
/// with (cargo features `service`, `eligibility`, `cost`; all by default).
pub fn form(kind: &str, lang: lis1_core::Lang) -> Option<lis1_forms::FormSpec> {
    match kind {
        #[cfg(feature = "service")]
        "service" => Some(lis1_forms::service::form(lang)),
        #[cfg(feature = "eligibility")]
        "eligibility" => Some(lis1_forms::eligibility::form(lang)),
        #[cfg(feature = "cost")]
        "cost" => Some(lis1_forms::cost::form(lang)),
        _ => None,
    }
}
