//! JS values ↔ Rust types.
//!
//! Inputs go through `lis1_core::input::deserialize`, so a structural problem
//! comes back as an issue with its JSON pointer; outputs are plain objects
//! (`json_compatible`: maps become objects, not `Map`).

use lis1_core::{input, messages as m, Issue, Lang, Pointer};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

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

/// Deserialises a typed input or returns the structural issue(s).
///
/// The input goes through JSON text: deserialising structs straight from a
/// `JsValue` (serde-wasm-bindgen) looks up only the struct's own field
/// names, so a misspelt key (`percnt`) would be ignored silently; from JSON,
/// `deny_unknown_fields` reports it with its path. JSON has no NaN or
/// Infinity (stringify writes `null`, which would read as "not given"), so
/// those are found first by walking the value, and reported at their paths.
pub fn from_js<T: DeserializeOwned>(input: JsValue, lang: Lang) -> Result<T, Vec<Issue>> {
    let mut issues = Vec::new();
    non_finite_numbers(&input, &Pointer::root(), lang, 0, &mut issues);
    if !issues.is_empty() {
        return Err(issues);
    }
    let text = js_sys::JSON::stringify(&input).ok().and_then(|t| t.as_string());
    let Some(text) = text else {
        // undefined, a function, a BigInt or a cyclic structure.
        return Err(vec![Issue::new(lang, &m::INPUT_TYPE, &Pointer::root(), &[("field", "input".into()), ("expected", expected_object(lang).into())])]);
    };
    lis1_core::input::deserialize(&mut serde_json::Deserializer::from_str(&text), lang)
}

fn expected_object(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "et objekt",
        Lang::Nn => "eit objekt",
        Lang::En => "an object",
    }
}

/// Deepest nesting walked; deeper input is rejected by serde_json's own
/// recursion limit anyway.
const MAX_DEPTH: usize = 64;

fn non_finite_numbers(value: &JsValue, at: &Pointer, lang: Lang, depth: usize, out: &mut Vec<Issue>) {
    if depth > MAX_DEPTH {
        return;
    }
    if let Some(n) = value.as_f64() {
        if !n.is_finite() {
            let field = at.as_str().rsplit('/').next().filter(|s| !s.is_empty()).unwrap_or("input").to_owned();
            out.push(Issue::new(lang, &m::NUMBER_NOT_FINITE, at, &[("field", field), ("got", input::number(n))]));
        }
    } else if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        for (i, item) in array.iter().enumerate() {
            non_finite_numbers(&item, &at.index(i), lang, depth + 1, out);
        }
    } else if value.is_object() && !value.is_function() {
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            if let Some(key) = pair.get(0).as_string() {
                non_finite_numbers(&pair.get(1), &at.key(&key), lang, depth + 1, out);
            }
        }
    }
}

/// Serialises a result as a plain JS object.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(JsValue::from)
}
