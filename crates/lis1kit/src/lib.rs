//! lis1kit: the JavaScript face of the LIS1 calculations.
//!
//! This is the only crate that knows about wasm-bindgen, js-sys and web-sys.
//! It converts between JavaScript values and the pure Rust core crates, and
//! renders the custom elements. No calculation logic lives here: every number
//! and every rule comes from the core crates.
//!
//! - [`api`]: `version`, `ruleSets`, `validate`, `messages`;
//! - [`error`]: `Lis1Error` thrown with every issue;
//! - [`calculations`]: the table of calculations — every export, input,
//!   form and catalogue each one adds; the only file here that names them;
//! - [`convert`]: the requested `lang`, and results out as plain objects;
//! - `inputs`: how each input is read; `js_source`: a `JsValue` as a source of
//!   the field-table reader (`lis1_core::read`), its reads catching the
//!   caller's exceptions in `js/read.js`;
//! - `elements` (cargo feature `elements`): the custom elements, rendered
//!   into shadow roots. The package is built twice: without the feature for
//!   the headless API (`lis1kit_bg.wasm`) and with it for the elements and
//!   the API together (`lis1kit_elements_bg.wasm`), so that API users do not
//!   download the DOM code;
//! - [`element_texts`]: the elements' texts, in both builds because
//!   `messages()` publishes them.

pub mod api;
pub mod calculations;
pub mod convert;
pub mod element_texts;
#[cfg(feature = "elements")]
pub mod elements;
pub mod error;
pub mod forms;
mod inputs;
mod js_source;
pub mod kinds;
pub mod messages;
pub mod schema;
