//! `schema(kind)`: the JSON Schema (draft 2020-12) of an input kind.
//!
//! The schemas are generated natively from the Rust input types of the core
//! crates (their `schema` feature, schemars) by `tests/schemas.rs`, which
//! also fails when the committed files in `schemas/` differ from what the
//! types generate. They are **not** in the wasm (docs/size-report.md, rank
//! 9): `scripts/build.mjs` ships the committed files as `pkg/schemas/*.json`
//! and embeds the same texts into the generated module `pkg/schemas.js`,
//! which the glue imports like `lis1-error.js`. Rust keeps the checks (the
//! kind, `options.lang`) and the `Lis1Error`; the JS module only hands out a
//! fresh parsed copy.

use lis1_core::{Issue, Lang};
use wasm_bindgen::prelude::*;

use crate::{api, error, kinds};

#[wasm_bindgen(raw_module = "./schemas.js")]
extern "C" {
    /// The parsed schema of `kind`, one of [`kinds::KINDS`] (checked before).
    #[wasm_bindgen(js_name = schemaObject)]
    fn schema_object(kind: &str) -> JsValue;
}

/// The issue for a kind that is not one of [`kinds::KINDS`].
fn unknown_kind(kind: &str, lang: Lang) -> Issue {
    kinds::unknown_kind(lang, kind, kinds::KINDS)
}

/// `schema(kind, options?)`: the JSON Schema of the input of `kind` as a
/// plain object. An unknown kind throws `Lis1Error` (`kind.unknown`), in
/// the language of `options.lang`.
#[wasm_bindgen(unchecked_return_type = "JsonSchema")]
pub fn schema(
    #[wasm_bindgen(unchecked_param_type = "Kind")] kind: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LangOption")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let kind = kinds::kind_text(&kind);
    let lang = api::lang_only(options)?;
    if kinds::KINDS.contains(&kind.as_str()) {
        Ok(schema_object(&kind))
    } else {
        Err(error::invalid(vec![unknown_kind(&kind, lang)]))
    }
}
