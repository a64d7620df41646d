//! `formSpec(kind, { lang })`: the form SDK's field specs as data, for the
//! web components and for JavaScript developers building their own UI.

use wasm_bindgen::prelude::*;

use crate::{api, convert, error, kinds};

/// The field spec of `kind`'s form (`service`, `eligibility`, `cost`) in the
/// requested language. Unknown kinds throw `Lis1Error` (`kind.unknown`).
#[wasm_bindgen(js_name = formSpec, unchecked_return_type = "FormSpec")]
pub fn form_spec(
    #[wasm_bindgen(unchecked_param_type = "FormSpec['kind']")] kind: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LangOption")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let kind = kinds::kind_text(&kind);
    let lang = api::lang_only(options)?;
    match lis1_forms::form(&kind, lang) {
        Some(spec) => convert::to_js(&spec),
        None => Err(error::invalid(vec![kinds::unknown_kind(lang, &kind, lis1_forms::KINDS)])),
    }
}
