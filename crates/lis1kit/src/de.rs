//! A small serde `Deserializer` that reads a `JsValue` directly and knows the
//! JSON pointer of the value it is reading, so a structural problem comes
//! back with its exact path.
//!
//! Why not the libraries: serde-wasm-bindgen looks up only a struct's own
//! field names, so `deny_unknown_fields` is never enforced (a misspelt key
//! would be ignored silently); going through `JSON.stringify` + serde_json
//! enforces it but turns NaN/Infinity into `null` and, with
//! serde_path_to_error for the paths, wraps every visitor — together the
//! largest part of the wasm (docs/size-report.md, rank 1). Here the path is
//! recorded only where this deserializer itself hands out object values and
//! array elements, and each `deserialize_*` calls exactly one `visit_*`,
//! which keeps the code generated per input type small.
//!
//! Semantics, chosen to match JSON (what the API documents):
//! - a key whose value is `undefined` is skipped, as `JSON.stringify` does:
//!   for an optional field it means "not given", a required one is missing;
//! - `null` and `undefined` read as "not given" for optional fields;
//! - NaN and ±Infinity are *recorded* with their paths and reading goes on
//!   past them, so every such number read is reported, not only the first;
//!   reading stops at the first structural error (wrong type, missing or
//!   unknown field), so numbers after it are not read or reported;
//! - the deserializer follows the typed structure only: an input type is not
//!   recursive, so neither deep nor cyclic input can make it recurse without
//!   bound; a list is read element by element, and a list with a row limit
//!   (`lis1_core::input::capped_rows`) only up to one row over the limit:
//!   the limit is checked while reading, later rows are skipped without being deserialised (each is still fetched, at most
//!   `LONGEST_LIST` rows far);
//! - reading may run the caller's code (a Proxy trap, a getter). Every read
//!   that can run it goes through `js/read.js`, which catches there: no
//!   exception ever enters wasm (it would skip destructors, leave the stack
//!   pointer moved and keep a table slot), and a value that cannot be read
//!   is a type error at its own path, also for an optional field (never
//!   read as "not given").

use std::cell::RefCell;
use std::fmt;

use js_sys::Array;
use lis1_core::Pointer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
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
    pub(crate) fn is_array(value: &JsValue) -> bool;
    /// `Object.keys`, null when listing them throws.
    #[wasm_bindgen(js_name = ownKeys)]
    pub(crate) fn own_keys(value: &JsValue) -> JsValue;
}

/// `value[key]`, never throwing (see `read_key`).
pub(crate) fn get(value: &JsValue, key: &JsValue) -> JsValue {
    read_key(value, key)
}

/// A deserialisation error: serde's message text (classified into a
/// catalogue issue by `lis1_core::input::shape_issue`) and where it arose.
#[derive(Debug)]
pub struct Error {
    /// serde's text, e.g. ``missing field `periods` ``.
    pub text: String,
    /// The pointer of the value that failed; `None` until an enclosing
    /// object or list fills it in (then the root).
    pub at: Option<Pointer>,
}

impl Error {
    fn at(mut self, at: &Pointer) -> Self {
        if self.at.is_none() {
            self.at = Some(at.clone());
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error { text: msg.to_string(), at: None }
    }

    // serde's defaults write the value found (`invalid type: floating point
    // `1.5`, expected …`), which links float formatting (~11 KB gzipped);
    // `lis1_core::input::shape_issue` reads only what follows `expected `.
    fn invalid_type(_: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Error { text: format!("invalid type, expected {expected}"), at: None }
    }

    fn invalid_value(_: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Error { text: format!("invalid value, expected {expected}"), at: None }
    }
}

/// What one read found: the value or the first structural error, and every
/// non-finite number (NaN, ±Infinity) with its pointer.
#[derive(Debug)]
pub struct Read<T> {
    /// The typed value, or the first structural error with its pointer.
    pub value: Result<T, (String, Pointer)>,
    /// Every NaN/Infinity met, in input order.
    pub non_finite: Vec<(Pointer, f64)>,
}

/// Reads `T` from `value`.
pub fn from_js<T: de::DeserializeOwned>(value: JsValue) -> Read<T> {
    let non_finite = RefCell::new(Vec::new());
    let value = T::deserialize(De { value, at: Pointer::root(), non_finite: &non_finite })
        .map_err(|e| (e.text, e.at.unwrap_or_default()));
    Read { value, non_finite: non_finite.into_inner() }
}

type Found<'n> = &'n RefCell<Vec<(Pointer, f64)>>;

struct De<'n> {
    value: JsValue,
    at: Pointer,
    non_finite: Found<'n>,
}

/// How far this reader walks a list. Every list of every input has its own
/// row limit, far lower (at most 1 000 today; a test requires `maxItems`
/// under this on every list of the input schemas), and is read only to one
/// row past it (`lis1_core::input::capped_rows`); the rows after that are
/// still fetched to be skipped. A sparse array or Proxy may claim a length
/// near 2^32, so the walk ends here: the outcome, `list.too-long` with the
/// field's own limit, is the same, without visiting every index.
pub const LONGEST_LIST: u32 = 1 << 16;

/// Largest integer a JS number holds exactly (2^53 − 1).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

impl De<'_> {
    /// The number, with NaN/Infinity recorded at this value's pointer.
    fn number(&self) -> Option<f64> {
        let n = self.value.as_f64()?;
        if !n.is_finite() {
            self.non_finite.borrow_mut().push((self.at.clone(), n));
        }
        Some(n)
    }

    /// An integral number within the safe range, or `None`.
    fn integer(&self) -> Option<f64> {
        self.number().filter(|n| n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER)
    }

    /// A type error naming what was expected (the issue says only that; see
    /// `invalid_type` above for why the value found is not written).
    fn wrong_type<V: de::Expected>(&self, expected: &V) -> Error {
        de::Error::invalid_type(de::Unexpected::Other("value"), expected)
    }

    fn is_plain_object(&self) -> bool {
        self.value.is_object() && !self.value.is_function() && !is_array(&self.value)
    }
}

impl<'de, 'n> de::Deserializer<'de> for De<'n> {
    type Error = Error;

    /// Only for serde's buffered (untagged) content: the value as it is.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.value.is_undefined() || self.value.is_null() {
            visitor.visit_unit()
        } else if let Some(b) = self.value.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = self.integer() {
            // Integral values as integers, so that integer fields accept them.
            if n >= 0.0 {
                visitor.visit_u64(n as u64)
            } else {
                visitor.visit_i64(n as i64)
            }
        } else if let Some(n) = self.value.as_f64() {
            // `integer()` has recorded a non-finite number already.
            visitor.visit_f64(n)
        } else if let Some(s) = self.value.as_string() {
            visitor.visit_string(s)
        } else if is_array(&self.value) {
            self.deserialize_seq(visitor)
        } else if self.is_plain_object() {
            self.deserialize_map(visitor)
        } else {
            Err(self.wrong_type(&visitor))
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.value.is_undefined() || self.value.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.number() {
            Some(n) => visitor.visit_f64(n),
            None => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.integer() {
            Some(n) if n >= 0.0 => visitor.visit_u64(n as u64),
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.integer() {
            Some(n) => visitor.visit_i64(n as i64),
            None => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value.as_bool() {
            Some(b) => visitor.visit_bool(b),
            None => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value.as_string() {
            Some(s) => visitor.visit_string(s),
            None => Err(self.wrong_type(&visitor)),
        }
    }

    /// Enums of the input types are unit variants written as their name.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value.as_string() {
            Some(s) => visitor.visit_enum(s.into_deserializer()),
            None => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        // The length through `get` too: a Proxy's `get` trap may throw.
        let length = is_array(&self.value).then(|| get(&self.value, &JsValue::from_str("length")));
        match length.and_then(|n| n.as_f64()) {
            // An array's length is an integer in 0..2^32; a Proxy may answer anything: NaN, a
            // negative, fractional or larger number or Infinity is no list (a type issue, not an empty list).
            Some(n) if (0.0..=f64::from(u32::MAX)).contains(&n) && n.fract() == 0.0 => {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let length = n as u32;
                // Walked at most LONGEST_LIST rows far (see there): above every list's own limit.
                let length = length.min(LONGEST_LIST);
                visitor.visit_seq(Seq { items: self.value, length, next: 0, at: self.at, non_finite: self.non_finite })
            }
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if !self.is_plain_object() {
            return Err(self.wrong_type(&visitor));
        }
        let Ok(keys) = own_keys(&self.value).dyn_into::<Array>() else { return Err(self.wrong_type(&visitor)) };
        visitor.visit_map(Map {
            object: self.value,
            keys,
            next: 0,
            pending: None,
            at: self.at,
            non_finite: self.non_finite,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }
    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i128 u128 bytes byte_buf unit unit_struct tuple_struct
    }
}

/// The elements of a JS array.
struct Seq<'n> {
    items: JsValue,
    length: u32,
    next: u32,
    at: Pointer,
    non_finite: Found<'n>,
}

impl<'de> SeqAccess<'de> for Seq<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.next >= self.length {
            return Ok(None);
        }
        let value = get(&self.items, &JsValue::from(self.next));
        let at = self.at.index(self.next as usize);
        self.next += 1;
        seed.deserialize(De { value, at: at.clone(), non_finite: self.non_finite }).map(Some).map_err(|e| e.at(&at))
    }

    fn size_hint(&self) -> Option<usize> {
        // No preallocation from a caller-given length: rows are pushed as read.
        None
    }
}

/// Longest key read whole (UTF-16 units). No field name comes near it; a
/// longer key is cut and marked `…`, so a hostile key of megabytes is neither
/// copied into wasm nor echoed whole in an issue's path or message (issue 16
/// item 5). It stays unknown: no field name ends in `…`.
const LONGEST_KEY: u32 = 100;

/// An object key as text, cut after [`LONGEST_KEY`].
fn key_text(key: &JsValue) -> Option<String> {
    let key = key.dyn_ref::<js_sys::JsString>()?;
    if key.length() <= LONGEST_KEY {
        return Some(String::from(key));
    }
    let mut cut = String::from(key.slice(0, LONGEST_KEY));
    cut.push('…');
    Some(cut)
}

/// The own enumerable keys of a plain JS object, in their JS order.
struct Map<'n> {
    object: JsValue,
    keys: Array,
    next: u32,
    /// The key just handed out and its value.
    pending: Option<(String, JsValue)>,
    at: Pointer,
    non_finite: Found<'n>,
}

impl<'de> MapAccess<'de> for Map<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        loop {
            if self.next >= self.keys.length() {
                return Ok(None);
            }
            let key_value = self.keys.get(self.next);
            self.next += 1;
            let Some(key) = key_text(&key_value) else { continue };
            // A getter that throws: a type error at this key (not "missing").
            let value = get(&self.object, &key_value);
            if value.is_undefined() {
                // As JSON.stringify: a key holding `undefined` is not there.
                continue;
            }
            // An unknown key fails here; the issue then points at that key.
            let out =
                seed.deserialize(key.as_str().into_deserializer()).map_err(|e: Error| e.at(&self.at.key(&key)))?;
            self.pending = Some((key, value));
            return Ok(Some(out));
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (key, value) = self.pending.take().unwrap_or_default();
        let at = self.at.key(&key);
        seed.deserialize(De { value, at: at.clone(), non_finite: self.non_finite }).map_err(|e| e.at(&at))
    }
}
