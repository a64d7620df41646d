//! `formSpec(kind, { lang })`: each calculation's form as data, for the
//! web components and for JavaScript developers building their own UI. The
//! forms live with their calculations (`<crate>::form::form`).

use std::cell::RefCell;
use std::rc::Rc;

use lis1_core::form::FormSpec;
use lis1_core::Lang;
use wasm_bindgen::prelude::*;

use crate::{api, convert, error, kinds};

pub use crate::calculations::FORM_KINDS as KINDS;

thread_local! {
    /// The forms built so far, per kind and language (at most one per kind
    /// and language): an element's every draw, read and issue uses the one
    /// built the first time, instead of building its texts and choices again.
    static BUILT: RefCell<Vec<(&'static str, Lang, Rc<FormSpec>)>> = const { RefCell::new(Vec::new()) };
}

/// The form for `kind` in `lang`, built once; `None` for an unknown kind or
/// one of a calculation this module is built without (cargo features).
pub fn form(kind: &str, lang: Lang) -> Option<Rc<FormSpec>> {
    let built = BUILT.with(|b| b.borrow().iter().find(|(k, l, _)| *k == kind && *l == lang).map(|(.., s)| s.clone()));
    if built.is_some() {
        return built;
    }
    let (kind, spec) = crate::calculations::build_form(kind, lang)?;
    let spec = Rc::new(spec);
    BUILT.with(|b| b.borrow_mut().push((kind, lang, Rc::clone(&spec))));
    Some(spec)
}

/// The field spec of `kind`'s form (`service`, `eligibility`, `cost`) in the
/// requested language. Unknown kinds throw `Lis1Error` (`kind.unknown`).
#[wasm_bindgen(js_name = formSpec, unchecked_return_type = "FormSpec")]
pub fn form_spec(
    #[wasm_bindgen(unchecked_param_type = "FormSpec['kind']")] kind: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LangOption")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let kind = kinds::kind_text(&kind);
    let lang = api::lang_only(options)?;
    match form(&kind, lang) {
        Some(spec) => convert::to_js(&*spec),
        None => Err(error::invalid(vec![kinds::unknown_kind(lang, &kind, KINDS)])),
    }
}
