//! `schema(kind)`: the JSON Schema (draft 2020-12) of an input kind.
//!
//! The schemas are generated natively from the Rust input types of the core
//! crates (their `schema` feature, schemars) by `tests/schemas.rs`, which
//! also fails when the committed files in `schemas/` differ from what the
//! types generate. The wasm embeds the committed JSON: schemars is never
//! compiled into it.

use lis1_core::{Issue, Lang};
use wasm_bindgen::prelude::*;

use crate::{api, error, kinds};

/// The committed schema of each kind, in the order of [`kinds::KINDS`].
pub const SCHEMAS: [(&str, &str); 5] = [
    ("service", include_str!("../schemas/service.schema.json")),
    ("eligibility", include_str!("../schemas/eligibility.schema.json")),
    ("cost", include_str!("../schemas/cost.schema.json")),
    ("distribution", include_str!("../schemas/distribution.schema.json")),
    ("portal", include_str!("../schemas/portal.schema.json")),
];

/// The schema text of `kind`, if it is one of [`kinds::KINDS`].
pub fn schema_text(kind: &str) -> Option<&'static str> {
    SCHEMAS.iter().find(|(k, _)| *k == kind).map(|(_, text)| *text)
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
    #[wasm_bindgen(unchecked_param_type = "Kind")] kind: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "LangOption")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = api::lang_only(options)?;
    match schema_text(kind) {
        Some(text) => js_sys::JSON::parse(text),
        None => Err(error::invalid(vec![unknown_kind(kind, lang)])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_embedded_schema_per_kind() {
        let names: Vec<&str> = SCHEMAS.iter().map(|(k, _)| *k).collect();
        assert_eq!(names, kinds::KINDS);
        assert!(schema_text("service").is_some_and(|t| t.contains("\"title\": \"ServiceInput\"")));
        assert!(schema_text("nope").is_none());
    }
}
