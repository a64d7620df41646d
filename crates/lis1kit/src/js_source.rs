//! A caller's `JsValue` as a [`Source`] of the field-table reader
//! (`lis1_core::read`).
//!
//! Every read that can run the caller's code (a getter, a Proxy trap) goes
//! through `js/read.js`, which catches there: no exception enters wasm, and
//! a value that cannot be read is [`Look::Other`], a type issue at its own
//! path. A string is copied into wasm only up to what its field can hold
//! (plus one character, to say "too long"), a list is walked only to one
//! row past its limit and an object's keys only to the shape's fields plus
//! the unknown keys reported: a value of megabytes costs no more than one at
//! the limit, and wasm memory does not grow with it (issue 26 items 2–3).

use js_sys::{Array, JsString};
use lis1_core::read::{Look, Source, LONGEST_KEY};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen(raw_module = "./read.js")]
extern "C" {
    /// `value[key]`, or a symbol (no field accepts one) when reading throws.
    #[wasm_bindgen(js_name = readKey)]
    fn read_key(value: &JsValue, key: &JsValue) -> JsValue;
    /// `Array.isArray`, false when it throws (a revoked Proxy, read as an
    /// object whose keys then cannot be listed: a type error).
    #[wasm_bindgen(js_name = isList)]
    fn is_array(value: &JsValue) -> bool;
    /// `Object.keys`, null when listing them throws.
    #[wasm_bindgen(js_name = ownKeys)]
    fn own_keys(value: &JsValue) -> JsValue;
    /// `JSON.stringify` with every text, list and object cut one past `most`.
    #[cfg(feature = "elements")]
    #[wasm_bindgen(js_name = cappedJson, catch)]
    fn capped_json(value: &JsValue, most: u32) -> Result<JsValue, JsValue>;
}

/// Most characters, rows or keys of any one value in a form's copy of an input: above every field's own limit (the
/// longest text is 100 characters, the longest list 1 000 rows, the largest map far fewer entries; the schema test
/// `every_input_limit_is_within_what_a_form_copies` keeps it so), so cutting there never changes what is refused.
#[cfg(feature = "elements")]
pub const MOST_COPIED: u32 = 1_000;

/// The JSON text of a caller's value for a form (`el.input`), no value in it longer than [`MOST_COPIED`] + 1:
/// a string of megabytes is not copied into wasm (issue 26 item 3).
#[cfg(feature = "elements")]
pub(crate) fn json_text(value: &JsValue) -> Result<Option<String>, JsValue> {
    Ok(capped_json(value, MOST_COPIED)?.as_string())
}

/// `value[key]`, never throwing (see `read_key`).
pub(crate) fn get(value: &JsValue, key: &JsValue) -> JsValue {
    read_key(value, key)
}

/// Longest list walked: a Proxy or sparse array may claim a length near 2^32;
/// every list's own limit is far lower, and the reader stops one past it.
const LONGEST_LIST: f64 = 4_294_967_295.0;

/// A caller's value, read by `lis1_core::read` (a newtype: the trait and
/// `JsValue` both live in other crates).
#[derive(Debug)]
pub(crate) struct Js(pub JsValue);

impl Source for Js {
    fn look(&self) -> Look {
        let value = &self.0;
        if value.is_undefined() {
            Look::Absent
        } else if value.is_null() {
            Look::Null
        } else if let Some(b) = value.as_bool() {
            Look::Flag(b)
        } else if let Some(n) = value.as_f64() {
            Look::Number(n)
        } else if value.is_string() {
            Look::Text
        } else if is_array(value) {
            Look::List
        } else if value.is_object() && !value.is_function() {
            Look::Object
        } else {
            Look::Other
        }
    }

    fn text(&self, max_chars: usize) -> Option<String> {
        let text = self.0.dyn_ref::<JsString>()?;
        // A character is one or two UTF-16 units: 2 × (max + 1) units hold at
        // least max + 1 characters, enough to tell "too long".
        let units = u32::try_from(max_chars.saturating_add(1).saturating_mul(2)).unwrap_or(u32::MAX);
        let copied = if text.length() > units { String::from(text.slice(0, units)) } else { String::from(text) };
        Some(copied.chars().take(max_chars.saturating_add(1)).collect())
    }

    fn rows(&self) -> Option<usize> {
        // The length through `get` too: a Proxy's `get` trap may throw or answer anything.
        let n = get(&self.0, &JsValue::from_str("length")).as_f64()?;
        if !(0.0..=LONGEST_LIST).contains(&n) || n.fract() != 0.0 {
            return None;
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some(n as usize)
    }

    fn item(&self, index: usize) -> Self {
        #[allow(clippy::cast_precision_loss)]
        Js(get(&self.0, &JsValue::from_f64(index as f64)))
    }

    fn entries(&self, max: usize) -> Option<Vec<(String, Self)>> {
        let keys = own_keys(&self.0).dyn_into::<Array>().ok()?;
        let max = u32::try_from(max).unwrap_or(u32::MAX).min(keys.length());
        let entry = |key: JsValue| Some((key_text(&key)?, Js(get(&self.0, &key))));
        Some((0..max).filter_map(|i| entry(keys.get(i))).collect())
    }
}

/// An object key as text, cut after [`LONGEST_KEY`] UTF-16 units and marked `…`.
fn key_text(key: &JsValue) -> Option<String> {
    let key = key.dyn_ref::<JsString>()?;
    let longest = u32::try_from(LONGEST_KEY).unwrap_or(u32::MAX);
    if key.length() <= longest {
        return Some(String::from(key));
    }
    let mut cut = String::from(key.slice(0, longest));
    cut.push('…');
    Some(cut)
}
