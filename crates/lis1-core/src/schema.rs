//! JSON Schema helpers (feature `schema`, native only): the constraints the
//! validators of [`crate::input`] enforce, for `#[schemars(transform = …)]`
//! on input fields. Enum-like fields use `#[schemars(extend("enum" = LIST))]`
//! with the crate's one `const` list, so no list is written twice.

use schemars::Schema;

use crate::date::ISO_DATE_PATTERN;
use crate::input::{PERCENT_MAX, PERCENT_MIN};

/// A strict ISO date ([`crate::input::iso_date`]).
pub fn date(schema: &mut Schema) {
    schema.insert("format".into(), "date".into());
    schema.insert("pattern".into(), ISO_DATE_PATTERN.into());
}

/// A position percentage ([`crate::input::percent`]).
pub fn percent(schema: &mut Schema) {
    schema.insert("minimum".into(), PERCENT_MIN.into());
    schema.insert("maximum".into(), PERCENT_MAX.into());
}

/// [`crate::Lang`] as a plain `enum` of its codes (not one `const` per
/// variant): `["nb", "nn", "en"]`, from [`crate::Lang::ALL`].
pub fn lang(schema: &mut Schema) {
    let codes: Vec<serde_json::Value> = crate::Lang::ALL.iter().map(|l| l.code().into()).collect();
    if let Some(obj) = schema.as_object_mut() {
        obj.remove("oneOf");
        obj.insert("type".into(), "string".into());
        obj.insert("enum".into(), codes.into());
    }
}

/// Tidies a generated schema for JavaScript users, recursively:
/// - drops `null` from every `type` list and `anyOf`: optional fields are
///   written by leaving them out (the API's convention), so the schema and the TypeScript
///   types describe `field?: T`, not `T | null`;
/// - drops schemars' non-standard number formats (`double`, `int32`, …),
///   which JSON Schema validators reject as unknown formats.
pub fn tidy(schema: &mut Schema) {
    schemars::transform::transform_subschemas(&mut tidy, schema);
    let Some(obj) = schema.as_object_mut() else { return };
    if let Some(ty) = obj.get_mut("type") {
        if let Some(types) = ty.as_array_mut() {
            types.retain(|t| t != "null");
            if let [only] = types.as_slice() {
                let only = only.clone();
                *ty = only;
            }
        }
    }
    if obj.get("type").is_some_and(|t| t == "number" || t == "integer") {
        obj.remove("format");
    }
    let any_of = obj.get_mut("anyOf").and_then(|v| v.as_array_mut());
    if let Some(list) = any_of {
        list.retain(|s| s.get("type").is_none_or(|t| t != "null"));
        if let [only] = list.as_slice() {
            let only = only.clone();
            obj.remove("anyOf");
            if let Some(inner) = only.as_object() {
                for (k, v) in inner {
                    obj.insert(k.clone(), v.clone());
                }
            }
        }
    }
}
